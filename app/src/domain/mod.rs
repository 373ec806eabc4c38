//! Pure rules and types of the platform, compiled for the server and the browser alike.
//!
//! Nothing here touches the database or the network, so every rule can be unit tested
//! and reused to check a form in the browser before it is sent.

pub mod assisted;
pub mod authoring;
pub mod campaign;
pub mod comment;
pub mod draft;
pub mod draw;
pub mod idea;
pub mod identity;
pub mod integrity;
pub mod link;
pub mod listing;
pub mod moderation;
pub mod notification;
pub mod ranking;
pub mod readability;
pub mod return_to;
pub mod safeguarding;
pub mod shuffle;
pub mod similarity;
pub mod site_page;
pub mod slug;
pub mod user;
