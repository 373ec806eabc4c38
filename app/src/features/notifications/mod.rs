//! Notifications in the site: what happened to your ideas and comments.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

/// One notification as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: i64,
    pub text: String,
    /// Where it happened; `None` when that page is not public (a hidden idea).
    pub href: Option<String>,
    pub when: String,
    pub unread: bool,
}

/// The notifications page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationList {
    pub items: Vec<NotificationView>,
    pub unread: u64,
}
