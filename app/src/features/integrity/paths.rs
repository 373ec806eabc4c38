//! Vote integrity's addresses.

use crate::features::fill;

/// The signals in a campaign (`?campaign=slug`), and what was set aside.
pub const PAGE: &str = "/moderation/integrity";
/// Setting a signal's group of accounts aside.
pub const SET_ASIDE: &str = "/moderation/integrity/set-aside";
/// Restoring a set-aside.
pub const RESTORE: &str = "/moderation/integrity/set-asides/{id}/restore";

/// The page of campaign `slug`.
pub fn campaign(slug: &str) -> String {
    // Slugs are lower-case letters, digits and hyphens: nothing to escape.
    format!("{PAGE}?campaign={slug}")
}

pub fn restore(id: i64) -> String {
    fill(RESTORE, &[&id])
}
