//! Safeguarding at submission: personal details and signs that someone is at risk, found
//! in an idea or comment before it is stored.
//!
//! Health ideas draw personal stories. Everything posted here is public and indexed, so
//! an NHS number, a date of birth or a home address in an idea can identify someone for
//! good; and a comment that says "I want to end my life" needs a person to read it, not
//! a vote count. The author is shown what was found and why it matters (with where to
//! get help, when words suggest risk) and may change their words; if they go ahead, the
//! item is held for a moderator, who sees what was flagged.
//!
//! The rules ([`rules::check`]) run on the server only: they use `regex`, which would
//! add to the browser's download for no gain (the server decides). They make no network
//! calls. `corpus.txt` beside this file holds examples in English and Welsh, true and
//! false positives, and the tests run every one.

#[cfg(feature = "ssr")]
pub mod rules;

use serde::{Deserialize, Serialize};

/// One kind of thing worth a second look before it is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    /// Ten digits whose last is a valid NHS number check digit (modulus 11).
    NhsNumber,
    /// A full date after "born", "date of birth", "DOB", "ganwyd" or "dyddiad geni".
    DateOfBirth,
    /// A UK mobile or landline number (01, 02, 07, or +44 before them). Organisations'
    /// numbers (03, 08, 09) and short numbers such as 111 are not flagged.
    PhoneNumber,
    EmailAddress,
    /// A house number and a street: "12 Acacia Avenue", "4 Heol y Frenhines".
    PostalAddress,
    /// A full UK postcode ("LS1 4AP"); a district alone ("LS1") is not.
    Postcode,
    /// Words that suggest the writer, or someone they speak of, may be at risk of harm.
    AtRisk,
}

impl Concern {
    pub const ALL: [Concern; 7] = [
        Concern::NhsNumber,
        Concern::DateOfBirth,
        Concern::PhoneNumber,
        Concern::EmailAddress,
        Concern::PostalAddress,
        Concern::Postcode,
        Concern::AtRisk,
    ];

    /// The key used in the corpus and in what is stored for moderators.
    pub fn key(self) -> &'static str {
        match self {
            Concern::NhsNumber => "nhs-number",
            Concern::DateOfBirth => "date-of-birth",
            Concern::PhoneNumber => "phone-number",
            Concern::EmailAddress => "email-address",
            Concern::PostalAddress => "postal-address",
            Concern::Postcode => "postcode",
            Concern::AtRisk => "at-risk",
        }
    }

    pub fn from_key(key: &str) -> Option<Concern> {
        Concern::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The key of what was found, as it reads in a sentence: "what looks like an NHS
    /// number".
    pub fn label_key(self) -> &'static str {
        match self {
            Concern::NhsNumber => "concern-nhs-number",
            Concern::DateOfBirth => "concern-date-of-birth",
            Concern::PhoneNumber => "concern-phone-number",
            Concern::EmailAddress => "concern-email-address",
            Concern::PostalAddress => "concern-postal-address",
            Concern::Postcode => "concern-postcode",
            Concern::AtRisk => "concern-at-risk",
        }
    }

    /// Whether this is a personal detail (as against a sign of risk).
    pub fn is_personal_detail(self) -> bool {
        self != Concern::AtRisk
    }
}

/// One thing found: what, in which field, and the words themselves (shown back to the
/// author, and to moderators when the item is held).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub concern: Concern,
    /// The key of where it was, as it reads in a sentence (`in-the-title`: "in the
    /// title"); held items stored before keys were used have the English words ("the
    /// title").
    pub field: String,
    pub text: String,
}

impl Found {
    /// "What looks like an NHS number in the description: “943 476 5919”", in the
    /// request's language.
    pub fn describe(&self) -> String {
        let label = crate::i18n::tr(self.concern.label_key());
        let mut first = label.chars();
        let label = match first.next() {
            Some(c) => c.to_uppercase().chain(first).collect::<String>(),
            None => String::new(),
        };
        let place = if self.field.starts_with("in-") {
            crate::i18n::tr(&self.field)
        } else {
            format!("in {}", self.field)
        };
        crate::t!(
            "concern-found",
            concern = label,
            place = place,
            text = self.text.clone()
        )
    }
}

/// Everything found in one submission.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concerns(pub Vec<Found>);

impl Concerns {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Found> {
        self.0.iter()
    }

    /// Whether any words suggest risk: the page then leads with where to get help.
    pub fn at_risk(&self) -> bool {
        self.0.iter().any(|f| f.concern == Concern::AtRisk)
    }

    /// Whether any personal details were found.
    pub fn personal_details(&self) -> bool {
        self.0.iter().any(|f| f.concern.is_personal_detail())
    }

    /// As stored with a held item (JSON), for moderators.
    #[cfg(feature = "ssr")]
    pub fn to_stored(&self) -> Option<String> {
        (!self.is_empty()).then(|| serde_json::to_string(&self.0).unwrap_or_default())
    }

    /// What was stored with a held item; nothing when unreadable.
    #[cfg(feature = "ssr")]
    pub fn from_stored(stored: Option<&str>) -> Concerns {
        Concerns(
            stored
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or_default(),
        )
    }
}

/// The value of the button that sends an item on for a moderator despite what was found.
pub const GO_AHEAD: &str = "go-ahead";
