//! Email: a person's address (optional, confirmed, never public), and the
//! administrators' view of what has been and will be sent.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

/// The email section of a person's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailOverview {
    /// The confirmed address.
    pub address: Option<String>,
    /// When it was confirmed, as a UK date.
    pub confirmed_on: Option<String>,
    /// An address waiting for its link to be followed.
    pub pending: Option<String>,
    /// Sending stopped: emails to `address` kept failing.
    pub stopped: bool,
}

/// What a confirmation link will do, for the page it opens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkCheck {
    /// Pressing the button confirms this address.
    Ready {
        address: String,
    },
    AlreadyConfirmed {
        address: String,
    },
    Expired,
    Invalid,
}

/// The email form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub email: String,
}

/// The longest address SMTP carries (RFC 5321's path limit, less the brackets).
pub const EMAIL_MAX: usize = 254;

#[cfg(feature = "ssr")]
impl EmailForm {
    /// The address, trimmed, or a message for the field.
    pub fn validate(&self) -> Result<String, crate::forms::FieldErrors> {
        let address = self.email.trim();
        let message = if address.is_empty() {
            Some(crate::t!("email-enter"))
        } else if address.chars().count() > EMAIL_MAX {
            Some(crate::t!("email-too-long"))
        } else if address.parse::<lettre::Address>().is_err()
            || !address
                .rsplit_once('@')
                .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'))
        {
            Some(crate::t!("email-format"))
        } else {
            None
        };
        match message {
            Some(message) => Err(crate::forms::FieldErrors::one("email", message)),
            None => Ok(address.to_owned()),
        }
    }
}

/// One email in the administrators' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub id: i64,
    pub address: String,
    pub subject: String,
    pub kind: String,
    pub created_at: String,
    /// "Sent", "Waiting", "Failed".
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// The administrators' email page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxView {
    /// Where emails are written instead of sent (no SMTP server configured).
    pub files: Option<String>,
    pub rows: Vec<OutboxRow>,
    pub waiting: u64,
    pub failed: u64,
}

/// One email, as an administrator reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub row: OutboxRow,
    pub text: String,
    /// Whether its `.eml` file can be downloaded.
    pub has_file: bool,
}

/// One topic on the preferences page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicChoice {
    pub topic: crate::domain::notification::Topic,
    /// `Mode` key.
    pub email: String,
    pub site: bool,
}

/// The preferences page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferencesView {
    /// The confirmed address, if any.
    pub address: Option<String>,
    pub topics: Vec<TopicChoice>,
    /// When digests go, UK time ("8am").
    pub digest_time: String,
    /// The language emails are written in.
    pub language: crate::i18n::Lang,
}

/// The radios' id and name for `topic`'s email choice.
pub fn email_field(topic: crate::domain::notification::Topic) -> (&'static str, &'static str) {
    use crate::domain::notification::Topic;
    match topic {
        Topic::Replies => ("email-replies", "email_replies"),
        Topic::Comments => ("email-comments", "email_comments"),
        Topic::Status => ("email-status", "email_status"),
        Topic::Merges => ("email-merges", "email_merges"),
        Topic::NewIdeas => ("email-new_ideas", "email_new_ideas"),
        Topic::Moderation => ("email-moderation", "email_moderation"),
        Topic::Phases => ("email-phases", "email_phases"),
        Topic::Listings => ("email-listings", "email_listings"),
        Topic::Reports => ("email-reports", "email_reports"),
        Topic::Waiting => ("email-waiting", "email_waiting"),
    }
}

/// What an unsubscribe link will do, for the page it opens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnsubscribeCheck {
    /// Pressing the button stops every email to this address.
    Ready {
        address: Option<String>,
    },
    Invalid,
}

/// What the email page says after a redirect, from its `?updated=`.
pub fn email_notice(updated: Option<&str>) -> Option<String> {
    let key = match updated? {
        "confirmed" => "email-notice-confirmed",
        "removed" => "email-notice-removed",
        "same" => "email-notice-same",
        "preferences" => "email-notice-preferences",
        _ => return None,
    };
    Some(crate::i18n::tr(key))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::EmailForm;

    fn check(email: &str) -> Result<String, Option<String>> {
        EmailForm {
            email: email.into(),
        }
        .validate()
        .map_err(|e| e.get("email").map(str::to_owned))
    }

    #[test]
    fn a_good_address_is_trimmed() {
        assert_eq!(check("  ann@example.org "), Ok("ann@example.org".into()));
        assert_eq!(check("a.b+c@nhs.net"), Ok("a.b+c@nhs.net".into()));
    }

    #[test]
    fn each_bad_address_is_told_why() {
        assert_eq!(check(" "), Err(Some("Enter your email address".into())));
        let format =
            Some("Enter an email address in the correct format, like name@example.com".into());
        assert_eq!(check("ann"), Err(format.clone()));
        assert_eq!(check("ann@localhost"), Err(format.clone()));
        assert_eq!(check("ann@@example.org"), Err(format.clone()));
        assert_eq!(check("ann example@example.org"), Err(format));
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            check(&long),
            Err(Some("Email address must be 254 characters or fewer".into()))
        );
    }
}
