//! Reports and the moderation log: why people report content, and what each moderation
//! action is called in the logs.

use serde::{Deserialize, Serialize};

/// Why someone reports an idea, comment or listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportReason {
    Spam,
    Offensive,
    PersonalInformation,
    Misleading,
    OffTopic,
}

impl ReportReason {
    pub const ALL: [ReportReason; 5] = [
        Self::Spam,
        Self::Offensive,
        Self::PersonalInformation,
        Self::Misleading,
        Self::OffTopic,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Spam => "spam",
            Self::Offensive => "offensive",
            Self::PersonalInformation => "personal_information",
            Self::Misleading => "misleading",
            Self::OffTopic => "off_topic",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The key of its name, as the report form offers it ("Spam or advertising").
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Spam => "report-reason-spam",
            Self::Offensive => "report-reason-offensive",
            Self::PersonalInformation => "report-reason-personal-information",
            Self::Misleading => "report-reason-misleading",
            Self::OffTopic => "report-reason-off-topic",
        }
    }

    /// The key of the rule it breaks, as a moderator's reason template: the sentence
    /// the author is told and the public log shows, before any words of the
    /// moderator's own ("It is spam or advertising.").
    pub fn rule_key(self) -> &'static str {
        match self {
            Self::Spam => "report-rule-spam",
            Self::Offensive => "report-rule-offensive",
            Self::PersonalInformation => "report-rule-personal-information",
            Self::Misleading => "report-rule-misleading",
            Self::OffTopic => "report-rule-off-topic",
        }
    }
}

/// What kind of thing a report or a moderation action is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    Idea,
    Comment,
    Listing,
    Account,
}

impl Subject {
    pub fn key(self) -> &'static str {
        match self {
            Self::Idea => "idea",
            Self::Comment => "comment",
            Self::Listing => "listing",
            Self::Account => "account",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Idea, Self::Comment, Self::Listing, Self::Account]
            .into_iter()
            .find(|s| s.key() == key)
    }

    /// "an idea", for sentences in the public log.
    /// The key of its name with an article ("An idea"), for the public log.
    pub fn with_article_key(self) -> &'static str {
        match self {
            Self::Idea => "log-subject-an-idea",
            Self::Comment => "log-subject-a-comment",
            Self::Listing => "log-subject-a-listing",
            Self::Account => "log-subject-an-account",
        }
    }
}

/// The key of how an action in the moderation log reads to the public ("{ $subject }
/// was hidden by a moderator"), without personal data. Actions about accounts are not
/// public.
pub fn public_action(action: &str) -> Option<&'static str> {
    Some(match action {
        "idea.approved" | "listing.approved" => "log-approved",
        "idea.rejected" | "listing.rejected" => "log-rejected",
        "idea.status" => "log-status",
        "idea.merged" => "log-merged",
        "idea.edited" => "log-edited",
        "idea.comments_locked" => "log-comments-locked",
        "idea.comments_unlocked" => "log-comments-unlocked",
        "idea.hidden" | "comment.hidden" | "listing.hidden" => "log-hidden",
        "idea.restored" | "comment.restored" | "listing.restored" => "log-restored",
        "idea.auto_hidden" | "comment.auto_hidden" | "listing.auto_hidden" => "log-auto-hidden",
        "idea.reports_dismissed" | "comment.reports_dismissed" | "listing.reports_dismissed" => {
            "log-dismissed"
        }
        "listing.changes_requested" => "log-changes-requested",
        "listing.archived" => "log-archived",
        _ => return None,
    })
}

/// When reports hide something before a moderator has looked (`[moderation]`).
///
/// Three throwaway accounts must not be able to silence anyone: only reports from
/// established members count towards hiding, and a directory listing is never hidden by
/// reports at all (it is announced to every mirror), only queued for a moderator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportPolicy {
    /// Reports from this many different established members hide an idea or comment.
    pub hide_after: u64,
    /// An established member's account is at least this many days old…
    pub established_after_days: u32,
    /// …and has taken part at least this many times (ideas, comments and votes).
    pub established_after_contributions: u64,
}

impl Default for ReportPolicy {
    fn default() -> Self {
        Self {
            hide_after: 3,
            established_after_days: 7,
            established_after_contributions: 3,
        }
    }
}

impl ReportPolicy {
    pub fn is_established(&self, standing: &Standing) -> bool {
        standing.account_days >= i64::from(self.established_after_days)
            && standing.contributions >= self.established_after_contributions
    }

    /// Whether reports of `subject` can hide it before review (never a listing's).
    pub fn hides(&self, subject: Subject, established_reports: u64) -> bool {
        matches!(subject, Subject::Idea | Subject::Comment)
            && established_reports >= Ord::max(self.hide_after, 1)
    }
}

/// A reporter's standing, as moderators see it beside each report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Whole days since the account was made.
    pub account_days: i64,
    /// Published ideas, comments and votes.
    pub contributions: u64,
    /// Reports they made before, and how many of those a moderator acted on (hid).
    pub earlier_reports: u64,
    pub upheld_reports: u64,
}

impl Standing {
    /// "Account 12 days old · 40 contributions · 3 earlier reports, 2 upheld", in the
    /// request's language.
    pub fn describe(&self) -> String {
        let age = crate::t!("standing-age", days = self.account_days);
        let reports = match self.earlier_reports {
            0 => crate::t!("standing-no-reports"),
            n => crate::t!("standing-reports", count = n, upheld = self.upheld_reports),
        };
        let contributions = crate::t!("standing-contributions", count = self.contributions);
        format!("{age} · {contributions} · {reports}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for reason in ReportReason::ALL {
            assert_eq!(ReportReason::from_key(reason.key()), Some(reason));
        }
        assert_eq!(ReportReason::from_key("boring"), None);
        assert_eq!(Subject::from_key("comment"), Some(Subject::Comment));
    }

    #[test]
    fn account_actions_and_submissions_stay_out_of_the_public_log() {
        assert_eq!(public_action("developer.revoked"), None);
        assert_eq!(public_action("account.suspended"), None);
        assert_eq!(public_action("listing.submitted"), None);
        assert_eq!(public_action("comment.hidden"), Some("log-hidden"));
    }

    #[test]
    fn only_established_members_count_and_listings_are_never_hidden() {
        let policy = ReportPolicy::default();
        let newcomer = Standing {
            account_days: 0,
            contributions: 50,
            earlier_reports: 0,
            upheld_reports: 0,
        };
        let lurker = Standing {
            account_days: 400,
            contributions: 2,
            ..newcomer
        };
        let member = Standing {
            account_days: 7,
            contributions: 3,
            ..newcomer
        };
        assert!(!policy.is_established(&newcomer));
        assert!(!policy.is_established(&lurker));
        assert!(policy.is_established(&member));
        assert!(policy.hides(Subject::Idea, 3));
        assert!(policy.hides(Subject::Comment, 4));
        assert!(!policy.hides(Subject::Idea, 2));
        assert!(!policy.hides(Subject::Listing, 100));
    }

    #[test]
    fn standing_reads_as_a_sentence() {
        let s = Standing {
            account_days: 1,
            contributions: 1,
            earlier_reports: 3,
            upheld_reports: 2,
        };
        assert_eq!(
            s.describe(),
            "Account 1 day old · 1 contribution · 3 earlier reports, 2 upheld"
        );
        let s = Standing {
            account_days: 0,
            contributions: 0,
            earlier_reports: 0,
            upheld_reports: 0,
        };
        assert_eq!(
            s.describe(),
            "Account made today · 0 contributions · no earlier reports"
        );
    }
}
