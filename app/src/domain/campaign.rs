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
    /// Every phase, in the order a campaign goes through them.
    pub const ALL: [CampaignPhase; 4] = [
        CampaignPhase::Upcoming,
        CampaignPhase::Open,
        CampaignPhase::VotingOnly,
        CampaignPhase::Closed,
    ];

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

    /// The key of the label shown to people, in the NHS.UK tag (`app/locales`).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Upcoming => "phase-upcoming",
            Self::Open => "phase-open",
            Self::VotingOnly => "phase-voting-only",
            Self::Closed => "phase-closed",
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

/// A moment in a campaign's life its followers are told of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Milestone {
    /// It opened for ideas.
    Opened,
    /// It stopped taking ideas; support still counts.
    SubmissionsClosed,
    /// Voting closes in [`CLOSING_SOON_DAYS`] days.
    ClosingSoon,
    /// It closed.
    Closed,
}

/// How long before voting closes its followers are reminded.
pub const CLOSING_SOON_DAYS: i64 = 3;

/// How long after a milestone it is still worth announcing: one missed while every
/// instance was stopped for longer is let go rather than announced late.
pub const MILESTONE_FRESH_HOURS: i64 = 24;

impl Milestone {
    pub const ALL: [Milestone; 4] = [
        Milestone::Opened,
        Milestone::SubmissionsClosed,
        Milestone::ClosingSoon,
        Milestone::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Opened => "opened",
            Self::SubmissionsClosed => "submissions_closed",
            Self::ClosingSoon => "closing_soon",
            Self::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }

    /// When each milestone of a campaign with these windows falls. A campaign whose
    /// ideas and votes close together has no separate "no longer taking ideas"; a
    /// reminder that would fall before the campaign opens is not sent.
    pub fn schedule(
        opens_at: DateTime<Utc>,
        submissions_close_at: DateTime<Utc>,
        voting_closes_at: DateTime<Utc>,
    ) -> Vec<(Milestone, DateTime<Utc>)> {
        let mut at = vec![(Self::Opened, opens_at)];
        if submissions_close_at < voting_closes_at {
            at.push((Self::SubmissionsClosed, submissions_close_at));
        }
        let reminder = voting_closes_at - chrono::Duration::days(CLOSING_SOON_DAYS);
        if reminder > opens_at {
            at.push((Self::ClosingSoon, reminder));
        }
        at.push((Self::Closed, voting_closes_at));
        at
    }

    /// The milestones of a campaign with these windows to announce at `now`: fallen,
    /// and still fresh.
    pub fn due(
        now: DateTime<Utc>,
        opens_at: DateTime<Utc>,
        submissions_close_at: DateTime<Utc>,
        voting_closes_at: DateTime<Utc>,
    ) -> Vec<(Milestone, DateTime<Utc>)> {
        let fresh = chrono::Duration::hours(MILESTONE_FRESH_HOURS);
        Self::schedule(opens_at, submissions_close_at, voting_closes_at)
            .into_iter()
            .filter(|(m, at)| {
                *at <= now
                    && now < *at + fresh
                    && (*m != Self::ClosingSoon || now < voting_closes_at)
            })
            .collect()
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
    pub welsh: CampaignWelsh,
    pub opens_at: chrono::NaiveDateTime,
    pub closes_at: chrono::NaiveDateTime,
    pub voting_closes_at: chrono::NaiveDateTime,
    pub moderation: ModerationMode,
    /// How many ideas each person may support at once; `None`: no limit.
    pub support_budget: Option<i32>,
    /// Lists default to a daily shuffle while people support ideas.
    pub fair_order: bool,
    pub categories: Vec<String>,
    /// Each new category's name, and its Welsh name (empty until written).
    pub new_categories: Vec<(String, String)>,
}

/// A campaign's words in Welsh; each is empty until written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CampaignWelsh {
    pub title: String,
    pub summary: String,
    pub description: String,
}

/// The largest support budget a campaign may set: beyond it, a limit means nothing.
pub const SUPPORT_BUDGET_MAX: i32 = 1_000;

/// What a person has left of a campaign's support budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportsLeft {
    pub left: i32,
    pub budget: i32,
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
    fn milestones_are_announced_when_they_fall_and_not_a_day_late() {
        let (opens, closes, voting) = (at(10, 9), at(20, 17), at(25, 17));
        let keys = |now| {
            Milestone::due(now, opens, closes, voting)
                .into_iter()
                .map(|(m, _)| m.key())
                .collect::<Vec<_>>()
        };
        assert!(keys(at(10, 8)).is_empty());
        assert_eq!(keys(at(10, 9)), ["opened"]);
        assert!(keys(at(11, 9)).is_empty(), "a day late is let go");
        assert_eq!(keys(at(20, 18)), ["submissions_closed"]);
        assert_eq!(keys(at(22, 17)), ["closing_soon"]);
        assert_eq!(keys(at(25, 17)), ["closed"]);
        // Ideas and votes closing together: no separate "no longer taking ideas", and
        // a campaign shorter than the reminder gets none.
        let short = Milestone::schedule(at(10, 9), at(11, 9), at(11, 9));
        assert_eq!(
            short.iter().map(|(m, _)| m.key()).collect::<Vec<_>>(),
            ["opened", "closed"]
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
