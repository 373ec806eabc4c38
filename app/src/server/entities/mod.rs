//! sea-orm entities: the tables as the application reads and writes them.
//!
//! The schema itself is owned by the `migrations` crate; these mirror it.

pub mod campaign;
pub mod campaign_category;
pub mod category;
pub mod comment;
pub mod idea;
pub mod identity;
pub mod notification;
pub mod session;
pub mod user;
pub mod vote;
