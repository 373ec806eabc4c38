//! The accounts' addresses.

use crate::features::fill;

pub const ACCOUNT: &str = "/account";
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

pub fn remove_identity(identity_id: i64) -> String {
    fill(REMOVE_IDENTITY, &[&identity_id])
}

pub fn change_role(account_id: i64) -> String {
    fill(CHANGE_ROLE, &[&account_id])
}
