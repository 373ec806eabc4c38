//! Layers every request passes through.

pub mod csrf;
pub mod security_headers;
