//! The discussion's addresses.

use crate::features::fill;

/// A comment or reply on the idea at `{id_slug}` (the idea page answers here too).
pub const POST: &str = "/ideas/{id_slug}/comments";
/// Correcting a comment, and its page.
pub const EDIT: &str = "/comments/{comment_id}/edit";
/// Deleting a comment.
pub const DELETE: &str = "/comments/{comment_id}/delete";

/// The comment form of the idea at `href` (`/ideas/{id}-{slug}`).
pub fn post(idea_href: &str) -> String {
    format!("{idea_href}/comments")
}

pub fn edit(comment_id: i64) -> String {
    fill(EDIT, &[&comment_id])
}

pub fn delete(comment_id: i64) -> String {
    fill(DELETE, &[&comment_id])
}
