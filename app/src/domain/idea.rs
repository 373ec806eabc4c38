//! Ideas: what they are, the statuses moderators give them, and how lists are ordered.

use serde::{Deserialize, Serialize};

/// What a person is putting forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum IdeaKind {
    /// An idea for an app or online tool that does not exist yet.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new"))]
    NewTool,
    /// An existing app or tool the person recommends (comes with a link).
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "existing"))]
    Existing,
}

impl IdeaKind {
    /// The short label shown on idea cards.
    pub fn label(self) -> &'static str {
        match self {
            Self::NewTool => "Idea for a new app or tool",
            Self::Existing => "Recommended existing app or tool",
        }
    }
}

/// The public status moderators set, shown as a tag with their response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum IdeaStatus {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new"))]
    New,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "under_review"))]
    UnderReview,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "shortlisted"))]
    Shortlisted,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in_development"))]
    InDevelopment,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "implemented"))]
    Implemented,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "declined"))]
    Declined,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "duplicate"))]
    Duplicate,
}

impl IdeaStatus {
    /// The label shown in the status tag.
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::UnderReview => "Under review",
            Self::Shortlisted => "Shortlisted",
            Self::InDevelopment => "In development",
            Self::Implemented => "Implemented",
            Self::Declined => "Declined",
            Self::Duplicate => "Duplicate",
        }
    }

    /// The NHS.UK tag classes for the status.
    pub fn tag_class(self) -> &'static str {
        match self {
            Self::New => "nhsuk-tag nhsuk-tag--white",
            Self::UnderReview => "nhsuk-tag nhsuk-tag--blue",
            Self::Shortlisted => "nhsuk-tag nhsuk-tag--purple",
            Self::InDevelopment => "nhsuk-tag nhsuk-tag--orange",
            Self::Implemented => "nhsuk-tag nhsuk-tag--green",
            Self::Declined => "nhsuk-tag nhsuk-tag--red",
            Self::Duplicate => "nhsuk-tag nhsuk-tag--grey",
        }
    }
}

/// Whether an idea is shown to the public. Separate from [`IdeaStatus`]: an idea can be
/// "shortlisted" and later hidden after a report without losing its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Visibility {
    /// Waiting for a moderator in a pre-moderated campaign.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "pending"))]
    Pending,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "published"))]
    Published,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "rejected"))]
    Rejected,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "hidden"))]
    Hidden,
}

/// How a list of ideas is ordered. Carried in the URL (`?sort=top`) so a list can be
/// shared and the back button returns to the same order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdeaSort {
    /// Most supported first.
    #[default]
    Top,
    /// Most recently submitted first.
    Newest,
}

impl IdeaSort {
    /// Every order, in the order the sort links are shown.
    pub const ALL: [IdeaSort; 2] = [IdeaSort::Top, IdeaSort::Newest];

    /// Reads the `sort` query parameter. Anything unknown falls back to the default
    /// rather than failing: a mistyped link should still show the ideas.
    pub fn from_query(value: Option<&str>) -> Self {
        match value {
            Some("newest") => Self::Newest,
            _ => Self::Top,
        }
    }

    /// The value used in the query string.
    pub fn as_query(self) -> &'static str {
        match self {
            Self::Top => "top",
            Self::Newest => "newest",
        }
    }

    /// The link text.
    pub fn label(self) -> &'static str {
        match self {
            Self::Top => "Most supported",
            Self::Newest => "Newest",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_round_trips_through_the_query_string() {
        for sort in IdeaSort::ALL {
            assert_eq!(IdeaSort::from_query(Some(sort.as_query())), sort);
        }
    }

    #[test]
    fn unknown_or_missing_sort_falls_back_to_top() {
        assert_eq!(IdeaSort::from_query(None), IdeaSort::Top);
        assert_eq!(IdeaSort::from_query(Some("<script>")), IdeaSort::Top);
    }
}
