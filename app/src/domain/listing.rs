//! The directory of apps and tools: what a listing says about itself, and where it is
//! in its review.

use serde::{Deserialize, Serialize};

/// Defines a closed set of choices with a stable key (stored, and used in URLs, forms
/// and the open-data feed) and a label for people.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
        #[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $(
                #[cfg_attr(feature = "ssr", sea_orm(string_value = $key))]
                $variant,
            )+
        }

        impl $name {
            /// Every choice, in the order forms offer them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name: stored, and used in forms, URLs and the feed.
            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => $key,)+
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|c| c.key() == key)
            }

            /// How people read it, in English: the open data and structured data say it
            /// this way; pages use [`Self::label_key`].
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }

            /// The key of its words in the Fluent files ("choice-Cost-free").
            pub fn label_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("choice-", stringify!($name), "-", $key),)+
                }
            }
        }
    };
}

choices! {
    /// Where a listing is in its review. Only `Approved` listings are public; `Hidden`
    /// ones were taken out by moderators after reports, until reviewed.
    ListingStatus {
        Draft = "draft", "Draft";
        Submitted = "submitted", "Waiting for review";
        ChangesRequested = "changes_requested", "Changes requested";
        Approved = "approved", "Published";
        Rejected = "rejected", "Rejected";
        Archived = "archived", "Archived";
        Hidden = "hidden", "Hidden by moderators";
    }
}

choices! {
    /// Where an app or tool runs.
    Platform {
        Web = "web", "Web";
        Ios = "ios", "iOS";
        Android = "android", "Android";
        Desktop = "desktop", "Desktop";
        Other = "other", "Other";
    }
}

choices! {
    /// What using it costs.
    Cost {
        Free = "free", "Free";
        Freemium = "freemium", "Free, with paid extras";
        Paid = "paid", "Paid";
        Subscription = "subscription", "Subscription";
    }
}

choices! {
    /// Who it is for.
    Audience {
        Public = "public", "Members of the public";
        Patients = "patients", "Patients";
        Carers = "carers", "Carers";
        Professionals = "professionals", "Health and care professionals";
        Children = "children", "Children and young people";
    }
}

choices! {
    /// UKCA or CE marking as a medical device, and its class.
    DeviceClass {
        NotADevice = "not_a_device", "Not a medical device";
        ClassI = "class_i", "Class I";
        ClassIIa = "class_iia", "Class IIa";
        ClassIIb = "class_iib", "Class IIb";
        ClassIII = "class_iii", "Class III";
    }
}

choices! {
    /// The NICE evidence standards framework tier the product falls in.
    EvidenceTier {
        Tier1 = "tier_a", "Tier A: system services";
        Tier2 = "tier_b", "Tier B: communicating with users";
        Tier3 = "tier_c", "Tier C: interventions";
    }
}

/// What a listing states about its evidence and assurance: the documented set a
/// national service asks of a health app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assurance {
    /// A Digital Technology Assessment Criteria (DTAC) assessment has been completed.
    pub dtac_completed: bool,
    pub device_class: Option<DeviceClass>,
    pub evidence_tier: Option<EvidenceTier>,
    /// A clinical safety officer is named (DCB0129).
    pub clinical_safety_officer: Option<String>,
}

/// A listing as its developer wrote it: the content of one revision. Stored as JSON
/// (revisions are compared and shown whole, never queried by field); the published
/// revision's searchable fields are also copied onto the listing row.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingContent {
    /// The language the developer wrote it in (English for versions saved before it
    /// was asked).
    pub language: crate::i18n::Lang,
    pub name: String,
    /// One line, up to [`TAGLINE_MAX`] characters.
    pub tagline: String,
    /// Markdown.
    pub description: String,
    pub organisation: String,
    pub website_url: String,
    pub app_store_links: Vec<String>,
    pub platforms: Vec<Platform>,
    /// Category slugs, from the same list campaigns offer for ideas.
    pub categories: Vec<String>,
    pub audiences: Vec<Audience>,
    pub cost: Option<Cost>,
    pub accessibility_url: Option<String>,
    pub privacy_url: Option<String>,
    pub assurance: Assurance,
    pub contact_email: String,
    /// The ideas it answers.
    pub idea_ids: Vec<i64>,
}

pub const NAME_MAX: usize = 120;
pub const TAGLINE_MAX: usize = 140;
pub const LISTING_DESCRIPTION_MAX: usize = 10_000;
pub const ORGANISATION_MAX: usize = 200;

/// One field that differs between two versions of a listing, as people read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's label, in the reader's language.
    pub field: String,
    /// Empty for a new listing.
    pub before: String,
    pub after: String,
}

impl ListingContent {
    /// Every field with the key of its label and its value as text, in the order the
    /// form asks. Choices are said in the request's language; the label is a key
    /// because a moderator and a developer may read the same change in different ones.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        use crate::i18n::tr;
        fn list<T: Copy>(items: &[T], key: fn(T) -> &'static str) -> String {
            items
                .iter()
                .map(|&i| tr(key(i)))
                .collect::<Vec<_>>()
                .join(", ")
        }
        let assurance = &self.assurance;
        let choice = |key: Option<&'static str>| key.map(tr).unwrap_or_default();
        vec![
            (
                "listing-field-language",
                self.language.own_name().to_owned(),
            ),
            ("listing-field-name", self.name.clone()),
            ("listing-form-tagline", self.tagline.clone()),
            ("listing-form-description-field", self.description.clone()),
            ("listing-form-organisation", self.organisation.clone()),
            ("listing-form-website", self.website_url.clone()),
            ("listing-field-stores", self.app_store_links.join("\n")),
            (
                "listing-platforms",
                list(&self.platforms, Platform::label_key),
            ),
            ("listing-categories", self.categories.join(", ")),
            (
                "listing-field-audiences",
                list(&self.audiences, Audience::label_key),
            ),
            ("listing-cost", choice(self.cost.map(Cost::label_key))),
            (
                "listing-accessibility",
                self.accessibility_url.clone().unwrap_or_default(),
            ),
            (
                "listing-privacy",
                self.privacy_url.clone().unwrap_or_default(),
            ),
            (
                "listing-field-dtac",
                tr(if assurance.dtac_completed {
                    "yes"
                } else {
                    "no"
                }),
            ),
            (
                "listing-device-class",
                choice(assurance.device_class.map(DeviceClass::label_key)),
            ),
            (
                "listing-evidence-tier",
                choice(assurance.evidence_tier.map(EvidenceTier::label_key)),
            ),
            (
                "listing-safety-officer",
                assurance
                    .clinical_safety_officer
                    .clone()
                    .unwrap_or_default(),
            ),
            ("listing-form-contact", self.contact_email.clone()),
            (
                "listing-ideas",
                self.idea_ids
                    .iter()
                    .map(|id| format!("#{id}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ]
    }

    /// What changed from `before` (the live version; `None` for a first submission) to
    /// `self`, field by field, for the moderator's review.
    pub fn changes_from(&self, before: Option<&ListingContent>) -> Vec<FieldChange> {
        let old = before.map(ListingContent::fields);
        self.fields()
            .into_iter()
            .enumerate()
            .filter_map(|(n, (field, after))| {
                let before = old.as_ref().map(|old| old[n].1.clone()).unwrap_or_default();
                (before != after).then(|| FieldChange {
                    field: crate::i18n::tr(field),
                    before,
                    after,
                })
            })
            .collect()
    }
}

/// Multi-valued fields as stored on the listing row, `,a,b,`, so that a filter for one
/// value is `LIKE '%,a,%'` and cannot match part of another.
pub fn joined_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from(",");
    for key in keys {
        out.push_str(key);
        out.push(',');
    }
    out
}

/// The keys of a `,a,b,` column.
pub fn split_keys(stored: &str) -> impl Iterator<Item = &str> {
    stored.split(',').filter(|k| !k.is_empty())
}

impl ListingStatus {
    /// Whether a listing that was published is, in this status, a tombstone in the open
    /// data (so mirrors remove it): archived, or hidden by moderators.
    pub fn is_withdrawn(self) -> bool {
        matches!(self, Self::Archived | Self::Hidden)
    }

    /// Whether the developer may still change and (re)submit the listing: not while a
    /// moderator has it, nor once it is rejected or archived.
    pub fn is_editable(self) -> bool {
        matches!(self, Self::Draft | Self::ChangesRequested | Self::Approved)
    }
}

/// A webhook that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewWebhook {
    pub url: String,
    pub description: String,
    pub secret: Option<String>,
}

/// A decision that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewDecision {
    Approve,
    RequestChanges(String),
    Reject(String),
}

/// A profile that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeveloperProfile {
    pub organisation: String,
    pub website_url: Option<String>,
    pub contact_email: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            key: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &choice in all {
                assert!(seen.insert(key(choice)), "{:?} repeats a key", choice);
                assert_eq!(from(key(choice)), Some(choice));
            }
            assert_eq!(from("nonsense"), None);
        }
        check(
            ListingStatus::ALL,
            ListingStatus::key,
            ListingStatus::from_key,
        );
        check(Platform::ALL, Platform::key, Platform::from_key);
        check(Cost::ALL, Cost::key, Cost::from_key);
        check(Audience::ALL, Audience::key, Audience::from_key);
        check(DeviceClass::ALL, DeviceClass::key, DeviceClass::from_key);
        check(EvidenceTier::ALL, EvidenceTier::key, EvidenceTier::from_key);
    }

    #[test]
    fn changes_name_only_the_fields_that_differ() {
        let before = ListingContent {
            name: "Sleep well".into(),
            platforms: vec![Platform::Web],
            ..Default::default()
        };
        let after = ListingContent {
            name: "Sleep well".into(),
            platforms: vec![Platform::Web, Platform::Ios],
            cost: Some(Cost::Free),
            ..Default::default()
        };
        let changes = after.changes_from(Some(&before));
        assert_eq!(
            changes,
            vec![
                FieldChange {
                    field: "Platforms".into(),
                    before: "Web".into(),
                    after: "Web, iOS".into(),
                },
                FieldChange {
                    field: "Cost".into(),
                    before: String::new(),
                    after: "Free".into(),
                },
            ]
        );
        // A first submission shows every field that has a value.
        let first = after.changes_from(None);
        assert!(
            first
                .iter()
                .any(|c| c.field == "Name" && c.after == "Sleep well")
        );
        assert!(!first.iter().any(|c| c.field == "Website"));
    }

    #[test]
    fn stored_keys_are_fenced_by_commas() {
        assert_eq!(joined_keys(["web", "ios"]), ",web,ios,");
        assert_eq!(joined_keys([]), ",");
        assert_eq!(split_keys(",web,ios,").collect::<Vec<_>>(), ["web", "ios"]);
    }

    #[test]
    fn only_listings_out_of_review_are_editable() {
        assert!(ListingStatus::Draft.is_editable());
        assert!(ListingStatus::Approved.is_editable());
        assert!(!ListingStatus::Submitted.is_editable());
        assert!(!ListingStatus::Archived.is_editable());
    }
}
