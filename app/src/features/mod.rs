//! One folder per area of the platform: its server functions (`api.rs`) and its pages.

pub mod accounts;
pub mod analysis;
pub mod campaigns;
pub mod comments;
pub mod directory;
pub mod ideas;
pub mod moderation;
pub mod notifications;
