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
}
