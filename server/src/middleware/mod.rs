//! Layers every request passes through.

pub mod conditional;
pub mod csrf;
pub mod hosts;
pub mod language;
pub mod metrics;
pub mod page_cache;
pub mod paths;
pub mod rate_limit;
pub mod security_headers;
