//! Routes that are not Leptos pages or server functions.

pub mod account;
pub mod auth;
pub mod health;
