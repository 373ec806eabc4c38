//! Accounts: signing in and out, who is signed in, and what they may do.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use crate::domain::user::Profile;
use serde::{Deserialize, Serialize};

use crate::domain::user::{Role, Segment};

/// The ways to sign in that the sign-in page offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInOptions {
    /// The local demo sign-in (embedded default only; refused on public addresses).
    pub demo: bool,
    /// The configured identity providers, as (id, name).
    pub providers: Vec<(String, String)>,
}

/// What the welcome page offers after a first sign-in with a provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    /// The provider's name for the person, offered as their public name (never used
    /// without their say).
    pub suggested_name: String,
    /// The provider they signed in with, by name ("NHS login").
    pub provider: String,
}

/// Why the last sign-in failed, from the `?error=` the server sends people back with.
/// Shared by server and browser so both render the same message.
pub fn sign_in_error_message(code: &str) -> Option<String> {
    use crate::t;
    match code {
        "cancelled" => Some(t!("sign-in-error-cancelled")),
        "state" => Some(t!("sign-in-error-state")),
        "rejected" => Some(t!("sign-in-error-rejected")),
        "unavailable" => Some(t!("sign-in-error-unavailable")),
        _ => None,
    }
}

/// What the account page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountOverview {
    pub user: crate::domain::identity::CurrentUser,
    pub member_since: String,
    pub ideas: Vec<crate::features::ideas::IdeaCard>,
    pub votes: u64,
    /// The providers this account signs in with.
    pub identities: Vec<LinkedIdentity>,
    /// Configured providers not linked yet, as (id, name).
    pub linkable: Vec<(String, String)>,
    /// The confirmed email address, seen only by its owner.
    pub email: Option<String>,
}

/// One way an account signs in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedIdentity {
    pub id: i64,
    /// The provider's name as the sign-in page shows it.
    pub provider: String,
    pub linked_on: String,
}

/// The profile form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub segment: String,
}

/// The longest display name: long enough for a full name or an organisation's.
pub const DISPLAY_NAME_MAX: usize = 60;

impl ProfileForm {
    /// The profile, or a message per field.
    pub fn validate(&self) -> Result<Profile, crate::forms::FieldErrors> {
        let mut errors = crate::forms::FieldErrors::new();
        let display_name = crate::forms::single_line(
            &mut errors,
            "display-name",
            &self.display_name,
            "field-your-name",
            2,
            DISPLAY_NAME_MAX,
        );
        let segment = Segment::from_key(&self.segment);
        if segment.is_none() {
            errors.add("segment", crate::t!("profile-error-segment"));
        }
        errors.into_result(()).map(|()| Profile {
            display_name,
            segment: segment.expect("checked above"),
        })
    }
}

/// One account, as the administrators' list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
    pub member_since: String,
}

/// What the page for a flash message after a redirect says, from its `?` parameter.
pub fn account_notice(updated: Option<&str>) -> Option<String> {
    let key = match updated? {
        "profile" => "account-updated-profile",
        "unlinked" => "account-updated-unlinked",
        _ => return None,
    };
    Some(crate::i18n::tr(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_profile_is_trimmed_and_parsed() {
        let form = ProfileForm {
            display_name: "  Priya Shah ".into(),
            segment: "professional".into(),
        };
        assert_eq!(
            form.validate(),
            Ok(Profile {
                display_name: "Priya Shah".into(),
                segment: Segment::Professional
            })
        );
    }

    #[test]
    fn every_bad_field_gets_its_own_message() {
        let form = ProfileForm {
            display_name: " ".into(),
            segment: "robot".into(),
        };
        let errors = form.validate().unwrap_err();
        assert_eq!(
            errors.get("display-name"),
            Some("Enter the name to show with your ideas")
        );
        assert_eq!(
            errors.get("segment"),
            Some("Select what describes you best")
        );
        let long = ProfileForm {
            display_name: "x".repeat(DISPLAY_NAME_MAX + 1),
            segment: "public".into(),
        };
        assert!(long.validate().unwrap_err().get("display-name").is_some());
    }
}
