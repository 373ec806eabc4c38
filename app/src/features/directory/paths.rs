//! The directory's addresses: the public directory, developers' own pages, moderators'
//! review and administrators' webhooks.

use crate::features::fill;

pub const DIRECTORY: &str = "/directory";
/// The directory as a compact page for other sites to frame.
pub const EMBED: &str = "/embed/directory";
/// The same list as an HTML fragment, for sites that include it server-side.
pub const FRAGMENT: &str = "/api/v1/listings.html";
/// A developer's organisation and listings.
pub const DEVELOPER: &str = "/developer";
/// The organisation profile form posts here (the developer page answers here too).
pub const PROFILE: &str = "/developer/profile";
pub const NEW_LISTING: &str = "/developer/listings/new";
/// A developer's own view of one listing.
pub const MY_LISTING: &str = "/developer/listings/{id}";
pub const EDIT_LISTING: &str = "/developer/listings/{id}/edit";
pub const SUBMIT_LISTING: &str = "/developer/listings/{id}/submit";
pub const ARCHIVE_OWN: &str = "/developer/listings/{id}/archive";
/// Moderators' list of listings to review.
pub const REVIEW_QUEUE: &str = "/moderation/listings";
/// Moderators' review of one listing.
pub const REVIEW: &str = "/moderation/listings/{id}";
pub const DECIDE: &str = "/moderation/listings/{id}/decision";
pub const MODERATOR_ARCHIVE: &str = "/moderation/listings/{id}/archive";
pub const REVOKE_DEVELOPER: &str = "/moderation/listings/{id}/revoke-developer";
/// Administrators' webhooks, and where a new one is registered.
pub const WEBHOOKS: &str = "/admin/webhooks";
pub const REMOVE_WEBHOOK: &str = "/admin/webhooks/{id}/remove";

pub fn my_listing(id: i64) -> String {
    fill(MY_LISTING, &[&id])
}

pub fn edit_listing(id: i64) -> String {
    fill(EDIT_LISTING, &[&id])
}

pub fn submit_listing(id: i64) -> String {
    fill(SUBMIT_LISTING, &[&id])
}

pub fn archive_own(id: i64) -> String {
    fill(ARCHIVE_OWN, &[&id])
}

pub fn review(id: i64) -> String {
    fill(REVIEW, &[&id])
}

pub fn decide(id: i64) -> String {
    fill(DECIDE, &[&id])
}

pub fn moderator_archive(id: i64) -> String {
    fill(MODERATOR_ARCHIVE, &[&id])
}

pub fn revoke_developer(id: i64) -> String {
    fill(REVOKE_DEVELOPER, &[&id])
}

pub fn remove_webhook(id: i64) -> String {
    fill(REMOVE_WEBHOOK, &[&id])
}

/// The address of a listing's public page.
pub fn listing_href(id: i64, slug: &str) -> String {
    format!("/directory/{id}-{slug}")
}
