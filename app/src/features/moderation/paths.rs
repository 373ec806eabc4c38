//! Moderation's addresses: reports, the queue, people, moderators' edits.

use crate::features::fill;

/// The moderators' queue, and where its one form posts.
pub const QUEUE: &str = "/moderation";
pub const REPORT_IDEA: &str = "/ideas/{id_slug}/report";
pub const REPORT_LISTING: &str = "/directory/{id_slug}/report";
pub const REPORT_COMMENT: &str = "/comments/{comment_id}/report";
/// A person's account, as moderators see it.
pub const PERSON: &str = "/moderation/people/{id}";
pub const SUSPEND: &str = "/moderation/people/{id}/suspend";
pub const REINSTATE: &str = "/moderation/people/{id}/reinstate";
/// A moderator's edit of an idea's words.
pub const EDIT_IDEA: &str = "/moderation/ideas/{id}/edit";

/// The report form of the idea at `href` (`/ideas/{id}-{slug}`) or the listing at its
/// public address.
pub fn report(href: &str) -> String {
    format!("{href}/report")
}

pub fn report_comment(comment_id: i64) -> String {
    fill(REPORT_COMMENT, &[&comment_id])
}

pub fn person(id: i64) -> String {
    fill(PERSON, &[&id])
}

pub fn suspend(id: i64) -> String {
    fill(SUSPEND, &[&id])
}

pub fn reinstate(id: i64) -> String {
    fill(REINSTATE, &[&id])
}

pub fn edit_idea(id: i64) -> String {
    fill(EDIT_IDEA, &[&id])
}
