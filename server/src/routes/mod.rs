//! Routes that are not Leptos pages or server functions.

pub mod auth;
pub mod health;
