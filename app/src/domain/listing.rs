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

            /// How people read it.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }
        }
    };
}

choices! {
    /// Where a listing is in its review. Only `Approved` listings are public.
    ListingStatus {
        Draft = "draft", "Draft";
        Submitted = "submitted", "Waiting for review";
        ChangesRequested = "changes_requested", "Changes requested";
        Approved = "approved", "Published";
        Rejected = "rejected", "Rejected";
        Archived = "archived", "Archived";
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

impl ListingStatus {
    /// Whether the developer may still change and (re)submit the listing: not while a
    /// moderator has it, nor once it is rejected or archived.
    pub fn is_editable(self) -> bool {
        matches!(self, Self::Draft | Self::ChangesRequested | Self::Approved)
    }
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
    fn only_listings_out_of_review_are_editable() {
        assert!(ListingStatus::Draft.is_editable());
        assert!(ListingStatus::Approved.is_editable());
        assert!(!ListingStatus::Submitted.is_editable());
        assert!(!ListingStatus::Archived.is_editable());
    }
}
