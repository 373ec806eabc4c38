//! Ideas put forward in a campaign: the cards in lists and the idea page.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod authoring;
pub mod components;
pub mod pages;
pub mod paths;
pub mod submit;

use crate::domain::idea::StatusDecision;
use serde::{Deserialize, Serialize};

use crate::domain::campaign::CampaignPhase;
use crate::domain::idea::idea_href;
use crate::domain::idea::{Cursor, IdeaKind, IdeaListQuery, IdeaStatus};
use crate::domain::user::AuthorLine;
use crate::features::comments::CommentThread;

/// An idea as it appears in a list: enough to choose whether to read on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaCard {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: IdeaKind,
    pub status: IdeaStatus,
    pub category: Option<String>,
    pub vote_count: i32,
    pub comment_count: i32,
    pub author: AuthorLine,
    /// Already formatted on the server (UK time) so the browser renders the same text.
    pub submitted_on: String,
    /// The language its author wrote it in.
    pub language: crate::i18n::Lang,
}

impl IdeaCard {
    /// The idea's address, `/ideas/{id}-{slug}`: the id identifies it, the slug reads well.
    pub fn href(&self) -> String {
        idea_href(self.id, &self.slug)
    }
}

/// Everything the idea page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaDetail {
    pub card: IdeaCard,
    /// Sanitised on the server; safe to insert as HTML.
    pub description_html: String,
    pub link_url: Option<String>,
    /// Further links the author gave.
    pub links: Vec<String>,
    pub status_reason: Option<String>,
    /// The idea this one repeats, when its status is "duplicate".
    pub duplicate_of: Option<IdeaRef>,
    pub campaign_slug: String,
    pub campaign_title: String,
    pub campaign_phase: CampaignPhase,
    pub comments: Vec<CommentThread>,
    /// A moderator closed the discussion to new comments.
    pub comments_locked: bool,
    /// "Edited by a moderator on 3 December 2026: <reason>", after the latest such edit.
    pub moderator_edit: Option<String>,
    /// Its words before each change its author made since a moderator last edited it,
    /// newest first.
    pub versions: Vec<crate::features::moderation::edit::EditRecord>,
    /// "Withdrawn by the person who put it forward on 3 December 2026", once withdrawn:
    /// it then takes no more support or comments.
    pub withdrawn: Option<String>,
    /// Published apps and tools in the directory that say they answer this idea.
    pub answered_by: Vec<crate::features::directory::model::ListingCard>,
    /// What the person reading may do here; all false when signed out.
    pub viewer: IdeaViewer,
    /// schema.org JSON-LD, escaped for a `<script>` element on the server.
    pub structured_data: String,
    /// Why the public cannot see it, for the moderators who can (it is waiting, rejected
    /// or hidden); `None` for a public idea.
    pub not_public: Option<String>,
    /// What the safeguarding check found when it was held, for moderators.
    pub held: Vec<String>,
}

/// The reader's relation to an idea: what the page offers them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaViewer {
    pub signed_in: bool,
    /// They support it already.
    pub voted: bool,
    /// Whether they follow it (by choice, or by having put it forward, supported it or
    /// commented on it); `None` when not signed in.
    pub follows: Option<FollowsIdea>,
    /// Moderators set statuses.
    pub can_moderate: bool,
    /// The reader put it forward: the page offers changing and withdrawing it.
    pub is_author: bool,
    /// The author may change its words now.
    pub can_edit: bool,
    /// The author may withdraw it now.
    pub can_withdraw: bool,
    /// What the reader has left of the campaign's support budget, when it has one.
    pub supports_left: Option<crate::domain::campaign::SupportsLeft>,
    /// A fresh key for the comment forms on this showing of the page: posting the
    /// same form twice (a double click) stores one comment.
    pub form_key: String,
}

/// Whether a reader follows an idea, with their support and without it: supporting an
/// idea follows it unless they chose otherwise, so the support panel can say which
/// while it changes their support in place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowsIdea {
    pub supporting: bool,
    pub not_supporting: bool,
}

impl FollowsIdea {
    /// Whether they follow it, `voted` or not.
    pub fn when(self, voted: bool) -> bool {
        if voted {
            self.supporting
        } else {
            self.not_supporting
        }
    }
}

/// How many people support an idea, in words, as it is and as it will be once the
/// reader's support changes: the support panel shows the second the moment it is
/// clicked. Written on the server in the reader's language, since the browser carries
/// no translations (and Welsh counts take six forms).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportCount {
    pub now: String,
    pub changed: String,
}

impl SupportCount {
    /// The words for `votes` people, of whom the reader is one if `voted`.
    pub fn of(votes: i32, voted: bool) -> Self {
        let changed = if voted { votes - 1 } else { votes + 1 };
        Self {
            now: crate::t!("support-count", count = votes),
            changed: crate::t!("support-count", count = changed),
        }
    }

    /// As it is once the reader's support has changed.
    pub fn swapped(self) -> Self {
        Self {
            now: self.changed,
            changed: self.now,
        }
    }
}

/// "You have 3 of 10 supports left in this campaign.", in the request's language.
pub fn supports_left_sentence(left: crate::domain::campaign::SupportsLeft) -> String {
    crate::t!("supports-left", left = left.left, budget = left.budget)
}

/// The other words of the support panel, written on the server in the reader's
/// language (see [`SupportCount`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportWords {
    pub closed: String,
    pub sign_in: String,
    pub you_support: String,
    pub withdraw: String,
    pub support: String,
    pub not_changed: String,
    /// What an error on the way to the server is told as (the browser has no words).
    pub try_again: String,
    pub spent_hint: String,
    /// "You have N of M supports left", for the two numbers the panel can show: what
    /// the reader has left now, and once their support here changes (none when the
    /// campaign has no budget).
    pub left: Vec<(i32, String)>,
    pub follow: crate::features::following::FollowWords,
}

impl SupportWords {
    /// The words for a reader with `left` of the campaign's support budget, if it has
    /// one, who supports the idea already if `voted`.
    pub fn new(left: Option<crate::domain::campaign::SupportsLeft>, voted: bool) -> Self {
        use crate::t;
        Self {
            closed: t!("support-closed"),
            sign_in: t!("support-sign-in"),
            you_support: t!("support-you-support"),
            withdraw: t!("support-withdraw"),
            support: t!("support-support"),
            not_changed: t!("support-not-changed"),
            try_again: t!("error-internal"),
            spent_hint: t!("supports-spent-hint"),
            left: left
                .map(|now| {
                    let changed = if voted { now.left + 1 } else { now.left - 1 };
                    [now.left, changed.clamp(0, now.budget)]
                        .map(|left| {
                            (
                                left,
                                supports_left_sentence(crate::domain::campaign::SupportsLeft {
                                    left,
                                    ..now
                                }),
                            )
                        })
                        .to_vec()
                })
                .unwrap_or_default(),
            follow: crate::features::following::FollowWords::idea(),
        }
    }
}

/// Another idea named from this one (the original of a duplicate).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaRef {
    pub id: i64,
    pub title: String,
    pub href: String,
}

/// One page of a campaign's ideas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaListPage {
    pub ideas: Vec<IdeaCard>,
    /// How many ideas match the filters and search, over all pages.
    pub matching: u64,
    /// Where the next page starts, when there is one.
    pub next: Option<Cursor>,
    pub query: IdeaListQuery,
}

/// The moderators' status form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
    pub reason: String,
    /// The original's id, for the status "duplicate".
    pub duplicate_of: String,
}

/// The longest public response to an idea's status.
pub const STATUS_REASON_MAX: usize = 1_000;

impl StatusForm {
    pub fn validate(&self) -> Result<StatusDecision, crate::forms::FieldErrors> {
        let mut errors = crate::forms::FieldErrors::new();
        let status = IdeaStatus::from_key(self.status.trim());
        if status.is_none() {
            errors.add("status", crate::t!("idea-error-status"));
        }
        let reason = crate::forms::multi_line(
            &mut errors,
            "reason",
            &self.reason,
            "field-response",
            false,
            STATUS_REASON_MAX,
        );
        let duplicate_of = match (status, self.duplicate_of.trim()) {
            (Some(IdeaStatus::Duplicate), "") => {
                errors.add("duplicate-of", crate::t!("idea-error-duplicate-of"));
                None
            }
            (Some(IdeaStatus::Duplicate), text) => {
                match text.trim_start_matches('#').parse::<i64>() {
                    Ok(id) if id > 0 => Some(id),
                    _ => {
                        errors.add("duplicate-of", crate::t!("idea-error-number"));
                        None
                    }
                }
            }
            _ => None,
        };
        errors.into_result(()).map(|()| StatusDecision {
            status: status.expect("checked above"),
            reason: (!reason.is_empty()).then_some(reason),
            duplicate_of,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_names_its_original() {
        let form = StatusForm {
            status: "duplicate".into(),
            ..Default::default()
        };
        assert!(form.validate().unwrap_err().get("duplicate-of").is_some());
        let form = StatusForm {
            status: "duplicate".into(),
            duplicate_of: "#42".into(),
            reason: " Same as the other ".into(),
        };
        assert_eq!(
            form.validate().unwrap(),
            StatusDecision {
                status: IdeaStatus::Duplicate,
                reason: Some("Same as the other".into()),
                duplicate_of: Some(42)
            }
        );
    }

    #[test]
    fn an_unknown_status_is_refused() {
        let form = StatusForm {
            status: "approved-by-magic".into(),
            ..Default::default()
        };
        assert_eq!(
            form.validate().unwrap_err().get("status"),
            Some("Select a status")
        );
    }
}
