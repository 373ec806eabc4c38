//! sea-orm entities: the tables as the application reads and writes them.
//!
//! The schema itself is owned by the `migrations` crate; these mirror it.

pub mod assisted_person;
pub mod campaign;
pub mod campaign_category;
pub mod campaign_milestone;
pub mod category;
pub mod comment;
pub mod content_edit;
pub mod developer_profile;
pub mod draft;
pub mod draft_comment;
pub mod draft_reaction;
pub mod draft_version;
pub mod email_outbox;
pub mod follow;
pub mod idea;
pub mod identity;
pub mod listing;
pub mod listing_idea;
pub mod listing_revision;
pub mod moderation_action;
pub mod notification;
pub mod notification_fanout;
pub mod notification_preference;
pub mod report;
pub mod session;
pub mod site_key;
pub mod site_page;
pub mod user;
pub mod vote;
pub mod vote_set_aside;
pub mod vote_set_aside_account;
pub mod webhook;
pub mod webhook_delivery;
