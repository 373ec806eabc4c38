//! Email's addresses.

use crate::features::fill;

/// The signed-in person's email address: shown, added, changed.
pub const ADDRESS: &str = "/account/email";
/// Removing it.
pub const REMOVE: &str = "/account/email/remove";
/// The link in the confirmation email (`?token=`): a page with a button that posts
/// back here. A page first, because mail scanners follow links.
pub const CONFIRM: &str = "/account/email/confirm";
/// What each person is told about, and how: one page for every choice.
pub const PREFERENCES: &str = "/account/notifications";
/// The link in every email that stops them: a page with a button (GET), and the
/// one-click POST mail programs make (RFC 8058), both with `?token=`.
pub const UNSUBSCRIBE: &str = "/email/unsubscribe";
/// The administrators' view of the outbox.
pub const ADMIN: &str = "/admin/email";
/// One email in the outbox.
pub const ADMIN_MESSAGE: &str = "/admin/email/{id}";
/// One email as the `.eml` file it was written as.
pub const ADMIN_MESSAGE_FILE: &str = "/admin/email/{id}/message.eml";

pub fn admin_message(id: i64) -> String {
    fill(ADMIN_MESSAGE, &[&id])
}

pub fn admin_message_file(id: i64) -> String {
    fill(ADMIN_MESSAGE_FILE, &[&id])
}
