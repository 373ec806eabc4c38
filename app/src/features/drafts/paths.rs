//! The drafts' addresses.

/// Every draft published for comment.
pub const DRAFTS: &str = "/drafts";
/// One draft: its current version, or `?version=N`.
pub const DRAFT: &str = "/drafts/{slug}";
/// Commenting on a paragraph.
pub const COMMENT: &str = "/drafts/{slug}/comments";
/// Supporting or questioning a paragraph.
pub const REACT: &str = "/drafts/{slug}/reactions";
/// Every comment with its paragraph, for moderators.
pub const CSV: &str = "/drafts/{slug}/comments.csv";
/// A moderator hides a comment.
pub const HIDE: &str = "/drafts/comments/{id}/hide";
/// Administrators publish a new draft…
pub const NEW: &str = "/admin/drafts/new";
/// …or change one, publishing a new version when its words change.
pub const EDIT: &str = "/admin/drafts/{slug}/edit";

pub fn draft(slug: &str) -> String {
    crate::features::fill(DRAFT, &[&slug])
}

pub fn version(slug: &str, number: i32) -> String {
    format!("{}?version={number}", draft(slug))
}

pub fn comment(slug: &str) -> String {
    crate::features::fill(COMMENT, &[&slug])
}

pub fn react(slug: &str) -> String {
    crate::features::fill(REACT, &[&slug])
}

pub fn csv(slug: &str) -> String {
    crate::features::fill(CSV, &[&slug])
}

pub fn hide(id: i64) -> String {
    crate::features::fill(HIDE, &[&id])
}

pub fn edit(slug: &str) -> String {
    crate::features::fill(EDIT, &[&slug])
}
