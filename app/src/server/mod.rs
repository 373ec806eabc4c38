//! Server-only code: state, entities, queries and services. Compiled with `ssr` only,
//! so nothing here reaches the browser bundle.

pub mod accounts;
pub mod auth;
pub mod csp;
pub mod entities;
pub mod markdown;
pub mod providers;
pub mod queries;
pub mod seed;
pub mod sessions;
pub mod state;
