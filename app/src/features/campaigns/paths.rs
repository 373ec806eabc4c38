//! The campaigns' addresses.

use crate::features::fill;

/// A campaign's page: its ideas.
pub const CAMPAIGN: &str = "/campaigns/{slug}";
/// The administrators' list of campaigns.
pub const ADMIN_CAMPAIGNS: &str = "/admin/campaigns";
/// A new campaign's form, and where it posts.
pub const NEW: &str = "/admin/campaigns/new";
/// A campaign's settings, and where they post.
pub const EDIT: &str = "/admin/campaigns/{slug}/edit";

pub fn campaign(slug: &str) -> String {
    fill(CAMPAIGN, &[&slug])
}

pub fn edit(slug: &str) -> String {
    fill(EDIT, &[&slug])
}
