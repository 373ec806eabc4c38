//! The ideas' addresses: route patterns for the route table, and the functions pages
//! build their links and forms from.

use crate::features::fill;

/// The form for a new idea, and where it posts.
pub const NEW_IDEA: &str = "/campaigns/{slug}/ideas/new";
/// Supporting an idea, or withdrawing support.
pub const VOTE: &str = "/ideas/{id}/vote";
/// A moderator's status and response (the idea page answers here too).
pub const STATUS: &str = "/ideas/{id_slug}/status";

/// The author changing their idea's words (the page, and where its form posts).
pub const CHANGE: &str = "/ideas/{id_slug}/change";
/// The author withdrawing their idea (the page, and where its form posts).
pub const WITHDRAW: &str = "/ideas/{id_slug}/withdraw";

/// The change page of the idea at `href` (`/ideas/{id}-{slug}`).
pub fn change(href: &str) -> String {
    format!("{href}/change")
}

/// The withdraw page of the idea at `href`.
pub fn withdraw(href: &str) -> String {
    format!("{href}/withdraw")
}

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
