//! What an idea's author may still do with it once it is out: change its words while
//! few people have supported it or soon after putting it forward (so nobody's support
//! ends up on words much changed since), and withdraw it while the campaign runs.
//!
//! The limits are the site's to set (`[authoring]` in the configuration).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::campaign::CampaignPhase;
use super::idea::{IdeaStatus, Visibility};

/// How long, and up to how much support, an author may change their idea's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Authoring {
    /// While it has no more supporters than this…
    pub edit_max_supporters: i32,
    /// …or for this many minutes after it was put forward, however many support it.
    pub edit_within_minutes: i64,
}

impl Default for Authoring {
    fn default() -> Self {
        Self {
            edit_max_supporters: 5,
            edit_within_minutes: 60,
        }
    }
}

/// The facts about an idea the rules read.
#[derive(Clone, Copy, Debug)]
pub struct IdeaState {
    pub visibility: Visibility,
    pub status: IdeaStatus,
    pub merged: bool,
    pub supporters: i32,
    pub submitted: DateTime<Utc>,
    pub phase: CampaignPhase,
}

/// Why an author may not do something, in words for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Withdrawn, merged, hidden or rejected: nothing more to change.
    Gone,
    /// The campaign no longer takes ideas (to change) or has closed (to withdraw).
    CampaignClosed,
    /// A moderator has given it a status: the words they judged stay as they were.
    Decided,
    /// Too many supporters, and too long ago.
    Supported,
}

impl Refusal {
    /// The refusal in the reader's language.
    pub fn message(self, rules: &Authoring) -> String {
        match self {
            Self::Gone => crate::t!("authoring-gone"),
            Self::CampaignClosed => crate::t!("authoring-campaign-closed"),
            Self::Decided => crate::t!("authoring-decided"),
            Self::Supported => crate::t!(
                "authoring-supported",
                supporters = rules.edit_max_supporters,
                minutes = rules.edit_within_minutes
            ),
        }
    }
}

impl Authoring {
    /// Whether the author may change the words now.
    pub fn may_edit(&self, idea: &IdeaState, now: DateTime<Utc>) -> Result<(), Refusal> {
        if idea.merged || !matches!(idea.visibility, Visibility::Published | Visibility::Pending) {
            return Err(Refusal::Gone);
        }
        if idea.phase != CampaignPhase::Open {
            return Err(Refusal::CampaignClosed);
        }
        if idea.status != IdeaStatus::New {
            return Err(Refusal::Decided);
        }
        let recent = now - idea.submitted <= Duration::minutes(self.edit_within_minutes);
        if idea.supporters <= self.edit_max_supporters || recent {
            Ok(())
        } else {
            Err(Refusal::Supported)
        }
    }

    /// Whether the author may withdraw it now: while it is out, and the campaign runs.
    pub fn may_withdraw(idea: &IdeaState) -> Result<(), Refusal> {
        if idea.merged || !matches!(idea.visibility, Visibility::Published | Visibility::Pending) {
            return Err(Refusal::Gone);
        }
        if idea.phase == CampaignPhase::Closed {
            return Err(Refusal::CampaignClosed);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea(supporters: i32, minutes_ago: i64) -> (IdeaState, DateTime<Utc>) {
        let now = DateTime::<Utc>::UNIX_EPOCH + Duration::days(400);
        (
            IdeaState {
                visibility: Visibility::Published,
                status: IdeaStatus::New,
                merged: false,
                supporters,
                submitted: now - Duration::minutes(minutes_ago),
                phase: CampaignPhase::Open,
            },
            now,
        )
    }

    #[test]
    fn changes_while_little_supported_or_new() {
        let rules = Authoring::default();
        let (few, now) = idea(5, 600);
        assert_eq!(rules.may_edit(&few, now), Ok(()));
        let (many_but_new, now) = idea(50, 60);
        assert_eq!(rules.may_edit(&many_but_new, now), Ok(()));
        let (many_and_old, now) = idea(6, 61);
        assert_eq!(rules.may_edit(&many_and_old, now), Err(Refusal::Supported));
    }

    #[test]
    fn no_changes_once_decided_merged_gone_or_closed() {
        let rules = Authoring::default();
        let (base, now) = idea(0, 1);
        let cases = [
            (
                IdeaState {
                    status: IdeaStatus::Shortlisted,
                    ..base
                },
                Refusal::Decided,
            ),
            (
                IdeaState {
                    merged: true,
                    ..base
                },
                Refusal::Gone,
            ),
            (
                IdeaState {
                    visibility: Visibility::Withdrawn,
                    ..base
                },
                Refusal::Gone,
            ),
            (
                IdeaState {
                    visibility: Visibility::Hidden,
                    ..base
                },
                Refusal::Gone,
            ),
            (
                IdeaState {
                    phase: CampaignPhase::VotingOnly,
                    ..base
                },
                Refusal::CampaignClosed,
            ),
        ];
        for (state, refusal) in cases {
            assert_eq!(rules.may_edit(&state, now), Err(refusal), "{state:?}");
        }
        let pending = IdeaState {
            visibility: Visibility::Pending,
            ..base
        };
        assert_eq!(rules.may_edit(&pending, now), Ok(()));
    }

    #[test]
    fn withdrawn_while_the_campaign_runs() {
        let (base, _) = idea(500, 10_000);
        assert_eq!(Authoring::may_withdraw(&base), Ok(()));
        let voting = IdeaState {
            phase: CampaignPhase::VotingOnly,
            status: IdeaStatus::Shortlisted,
            ..base
        };
        assert_eq!(Authoring::may_withdraw(&voting), Ok(()));
        let closed = IdeaState {
            phase: CampaignPhase::Closed,
            ..base
        };
        assert_eq!(
            Authoring::may_withdraw(&closed),
            Err(Refusal::CampaignClosed)
        );
        let again = IdeaState {
            visibility: Visibility::Withdrawn,
            ..base
        };
        assert_eq!(Authoring::may_withdraw(&again), Err(Refusal::Gone));
    }
}
