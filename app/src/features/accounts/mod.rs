//! Accounts: signing in and out, who is signed in, and what they may do.

pub mod api;
pub mod pages;

use serde::{Deserialize, Serialize};

use crate::domain::user::{Role, Segment};

/// The person signed in, as pages see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
}

/// The ways to sign in that the sign-in page offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInOptions {
    /// The local demo sign-in (embedded default only; refused on public addresses).
    pub demo: bool,
    /// The configured identity providers, as (id, name).
    pub providers: Vec<(String, String)>,
}

/// Why the last sign-in failed, from the `?error=` the server sends people back with.
/// Shared by server and browser so both render the same message.
pub fn sign_in_error_message(code: &str) -> Option<&'static str> {
    match code {
        "cancelled" => Some("You cancelled signing in."),
        "state" => Some("Signing in took too long or was started in another window. Try again."),
        "rejected" => Some("We could not confirm who you are with the sign-in service. Try again."),
        "unavailable" => {
            Some("The sign-in service is not available at the moment. Try again later.")
        }
        _ => None,
    }
}

/// What the account page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountOverview {
    pub user: CurrentUser,
    pub member_since: String,
    pub ideas: Vec<crate::features::ideas::IdeaCard>,
    pub votes: u64,
}
