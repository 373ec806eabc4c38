//! The ideas' addresses: route patterns for the route table, and the functions pages
//! build their links and forms from.

use crate::features::fill;

/// The form for a new idea, and where it posts.
pub const NEW_IDEA: &str = "/campaigns/{slug}/ideas/new";
/// Supporting an idea, or withdrawing support.
pub const VOTE: &str = "/ideas/{id}/vote";
/// A moderator's status and response (the idea page answers here too).
pub const STATUS: &str = "/ideas/{id_slug}/status";

pub fn new_idea(campaign_slug: &str) -> String {
    fill(NEW_IDEA, &[&campaign_slug])
}

pub fn vote(idea_id: i64) -> String {
    fill(VOTE, &[&idea_id])
}

/// The status form of the idea at `href` (`/ideas/{id}-{slug}`).
pub fn status(href: &str) -> String {
    format!("{href}/status")
}
