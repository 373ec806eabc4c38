//! The accounts' addresses.

use crate::features::fill;

pub const ACCOUNT: &str = "/account";
/// After a first sign-in with a provider: choose your public name and group.
pub const WELCOME: &str = "/welcome";
pub const PROFILE: &str = "/account/profile";
pub const DELETE: &str = "/account/delete";
/// Everything held about the signed-in person, as a file.
pub const DATA: &str = "/account/data.json";
/// Stop signing in with one provider.
pub const REMOVE_IDENTITY: &str = "/account/identities/{id}/remove";
/// The administrators' list of accounts.
pub const ADMIN_ACCOUNTS: &str = "/admin/accounts";
/// An administrator changes someone's role.
pub const CHANGE_ROLE: &str = "/admin/accounts/{id}/role";

/// The sign-in page, coming back to `return_to` (a path on this site) afterwards.
pub fn sign_in(return_to: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(return_to.as_bytes()).collect();
    format!("/sign-in?return_to={encoded}")
}

pub fn remove_identity(identity_id: i64) -> String {
    fill(REMOVE_IDENTITY, &[&identity_id])
}

pub fn change_role(account_id: i64) -> String {
    fill(CHANGE_ROLE, &[&account_id])
}
