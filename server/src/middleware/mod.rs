//! Layers every request passes through.

pub mod csrf;
pub mod rate_limit;
pub mod security_headers;
