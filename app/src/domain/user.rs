//! People: what they say they are ("I am a…") and what they may do (their role).

use serde::{Deserialize, Serialize};

/// "I am a…": lets the analysis separate professional and public views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Segment {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "public"))]
    Public,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "professional"))]
    Professional,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "developer"))]
    Developer,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "organisation"))]
    Organisation,
}

impl Segment {
    /// Every segment, in the order forms offer them.
    pub const ALL: [Segment; 4] = [
        Segment::Public,
        Segment::Professional,
        Segment::Developer,
        Segment::Organisation,
    ];

    /// The segment's name in forms and exports.
    pub fn key(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Professional => "professional",
            Self::Developer => "developer",
            Self::Organisation => "organisation",
        }
    }

    /// The segment named `key`, if there is one.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The key of how the segment reads next to an author's name (`app/locales`).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Public => "segment-public",
            Self::Professional => "segment-professional",
            Self::Developer => "segment-developer",
            Self::Organisation => "segment-organisation",
        }
    }
}

/// What a person may do. Ordered: each role may do everything the ones before it may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Role {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "public"))]
    Public,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "developer"))]
    Developer,
    /// Staff who put forward and support ideas on behalf of people who take part in
    /// person, by phone or on paper (`domain::assisted`).
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "helper"))]
    Helper,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "moderator"))]
    Moderator,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "admin"))]
    Admin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Role; 5] = [
        Role::Public,
        Role::Developer,
        Role::Helper,
        Role::Moderator,
        Role::Admin,
    ];

    /// The role's name in forms, URLs and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Developer => "developer",
            Self::Helper => "helper",
            Self::Moderator => "moderator",
            Self::Admin => "admin",
        }
    }

    /// The role named `key`, if there is one.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The role's name as people read it.
    /// The key of its name, as pages show it (see [`Self::label`] for the English one
    /// stored in demo accounts' names).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Public => "role-public",
            Self::Developer => "role-developer",
            Self::Helper => "role-helper",
            Self::Moderator => "role-moderator",
            Self::Admin => "role-admin",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Public => "Member of the public",
            Self::Developer => "Developer",
            Self::Helper => "Helper (assisted digital)",
            Self::Moderator => "Moderator",
            Self::Admin => "Administrator",
        }
    }
}

/// The name a deleted account keeps in the database, in English like every stored name;
/// pages say [`deleted_account`] where they find no name.
pub const DELETED_ACCOUNT_NAME: &str = "Deleted account";

/// The name shown in place of a deleted account's, in the reader's language.
pub fn deleted_account() -> String {
    crate::t!("deleted-account")
}

/// Who put an idea forward, as shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuthorLine {
    /// "Deleted account" once the author has deleted their account.
    pub name: String,
    /// "I am a…", shown so readers can tell professional and public views apart.
    pub segment: Option<String>,
    /// Put forward by a helper for someone who took part in person, by phone or on
    /// paper (`domain::assisted`).
    #[serde(default)]
    pub with_help: bool,
}

/// A profile that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub display_name: String,
    pub segment: Segment,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_keys() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("root"), None);
    }

    #[test]
    fn segments_round_trip_through_their_keys() {
        for segment in Segment::ALL {
            assert_eq!(Segment::from_key(segment.key()), Some(segment));
        }
        assert_eq!(Segment::from_key("robot"), None);
    }

    #[test]
    fn roles_are_ordered_by_what_they_may_do() {
        assert!(Role::Admin > Role::Moderator);
        assert!(Role::Moderator > Role::Helper);
        assert!(Role::Helper > Role::Developer);
        assert!(Role::Developer > Role::Public);
    }
}
