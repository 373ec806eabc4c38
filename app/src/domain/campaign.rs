//! Campaigns: time-boxed exercises with a submission window and a voting window.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where a campaign is in its life, derived from its dates and the current time.
///
/// It is computed on the server and sent to the browser rather than recomputed there,
/// so that a page never hydrates differently from how it was rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CampaignPhase {
    /// Not yet taking ideas.
    Upcoming,
    /// Taking ideas and votes.
    Open,
    /// Submissions have closed; votes are still counted.
    VotingOnly,
    /// Read only.
    Closed,
}

impl CampaignPhase {
    /// The phase at `now` of a campaign with these dates.
    ///
    /// The windows are half-open (`[opens, closes)`): at the closing instant the window
    /// is shut, which matches what a person reads as "closes at 17:00".
    pub fn at(
        now: DateTime<Utc>,
        submissions_open_at: DateTime<Utc>,
        submissions_close_at: DateTime<Utc>,
        voting_closes_at: DateTime<Utc>,
    ) -> Self {
        if now < submissions_open_at {
            Self::Upcoming
        } else if now < submissions_close_at {
            Self::Open
        } else if now < voting_closes_at {
            Self::VotingOnly
        } else {
            Self::Closed
        }
    }

    /// The label shown to people, in the NHS.UK tag.
    pub fn label(self) -> &'static str {
        match self {
            Self::Upcoming => "Opening soon",
            Self::Open => "Open for ideas",
            Self::VotingOnly => "Voting only",
            Self::Closed => "Closed",
        }
    }

    /// The NHS.UK tag colour modifier for the phase.
    pub fn tag_class(self) -> &'static str {
        match self {
            Self::Upcoming => "nhsuk-tag nhsuk-tag--blue",
            Self::Open => "nhsuk-tag nhsuk-tag--green",
            Self::VotingOnly => "nhsuk-tag nhsuk-tag--yellow",
            Self::Closed => "nhsuk-tag nhsuk-tag--grey",
        }
    }

    /// Whether the campaign belongs in the "current" list on the home page: also when
    /// people may vote and comment.
    pub fn is_current(self) -> bool {
        matches!(self, Self::Open | Self::VotingOnly)
    }
}

/// How new ideas in a campaign become visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum ModerationMode {
    /// Hidden until a moderator approves them.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "pre"))]
    Pre,
    /// Visible at once; moderators review afterwards and on reports.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "post"))]
    Post,
}

/// A category a campaign offers: its slug (in URLs and forms) and name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CategoryOption {
    pub slug: String,
    pub name: String,
}

/// A campaign that passed validation; times still UK local (the server converts them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignDraft {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub description: String,
    pub opens_at: chrono::NaiveDateTime,
    pub closes_at: chrono::NaiveDateTime,
    pub voting_closes_at: chrono::NaiveDateTime,
    pub moderation: ModerationMode,
    /// How many ideas each person may support at once; `None`: no limit.
    pub support_budget: Option<i32>,
    /// Lists default to a daily shuffle while people support ideas.
    pub fair_order: bool,
    pub categories: Vec<String>,
    pub new_categories: Vec<String>,
}

/// The largest support budget a campaign may set: beyond it, a limit means nothing.
pub const SUPPORT_BUDGET_MAX: i32 = 1_000;

/// What to do with a support budget spent.
pub const SUPPORTS_SPENT_HINT: &str =
    "Withdraw your support from another idea to support this one.";

/// What a person has left of a campaign's support budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportsLeft {
    pub left: i32,
    pub budget: i32,
}

impl SupportsLeft {
    /// "You have 3 of 10 supports left in this campaign."
    pub fn sentence(self) -> String {
        match self.left {
            0 => format!(
                "You have used all {} of your supports in this campaign.",
                self.budget
            ),
            1 => format!(
                "You have 1 of {} supports left in this campaign.",
                self.budget
            ),
            n => format!(
                "You have {n} of {} supports left in this campaign.",
                self.budget
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    #[test]
    fn phases_follow_the_windows() {
        let (opens, closes, voting) = (at(10, 9), at(20, 17), at(25, 17));
        assert_eq!(
            CampaignPhase::at(at(1, 0), opens, closes, voting),
            CampaignPhase::Upcoming
        );
        assert_eq!(
            CampaignPhase::at(at(10, 9), opens, closes, voting),
            CampaignPhase::Open
        );
        assert_eq!(
            CampaignPhase::at(at(20, 16), opens, closes, voting),
            CampaignPhase::Open
        );
        assert_eq!(
            CampaignPhase::at(at(20, 17), opens, closes, voting),
            CampaignPhase::VotingOnly
        );
        assert_eq!(
            CampaignPhase::at(at(25, 17), opens, closes, voting),
            CampaignPhase::Closed
        );
    }

    #[test]
    fn only_open_and_voting_campaigns_are_current() {
        assert!(CampaignPhase::Open.is_current());
        assert!(CampaignPhase::VotingOnly.is_current());
        assert!(!CampaignPhase::Upcoming.is_current());
        assert!(!CampaignPhase::Closed.is_current());
    }
}
