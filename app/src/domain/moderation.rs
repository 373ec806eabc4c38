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

    pub fn label(self) -> &'static str {
        match self {
            Self::Spam => "Spam or advertising",
            Self::Offensive => "Offensive, abusive or hateful",
            Self::PersonalInformation => "It shares someone's personal or medical details",
            Self::Misleading => "Misleading or unsafe health information",
            Self::OffTopic => "Not about this campaign",
        }
    }

    /// The rule it breaks, as a moderator's reason template: the sentence the author
    /// is told and the public log shows, before any words of the moderator's own.
    pub fn rule(self) -> &'static str {
        match self {
            Self::Spam => "It is spam or advertising.",
            Self::Offensive => "It is offensive, abusive or hateful.",
            Self::PersonalInformation => "It shares someone's personal or medical details.",
            Self::Misleading => "It gives misleading or unsafe health information.",
            Self::OffTopic => "It is not about this campaign.",
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
    pub fn with_article(self) -> &'static str {
        match self {
            Self::Idea => "An idea",
            Self::Comment => "A comment",
            Self::Listing => "A directory listing",
            Self::Account => "An account",
        }
    }
}

/// How an action in the moderation log reads to the public, without personal data.
/// Actions about accounts are not public.
pub fn public_action(action: &str) -> Option<&'static str> {
    Some(match action {
        "idea.approved" => "approved and published",
        "idea.rejected" => "rejected",
        "idea.status" => "given a new status",
        "idea.merged" => "merged into the idea it repeats",
        "idea.edited" => "edited by a moderator",
        "idea.comments_locked" => "closed to new comments",
        "idea.comments_unlocked" => "opened to comments again",
        "idea.hidden" | "comment.hidden" | "listing.hidden" => "hidden by a moderator",
        "idea.restored" | "comment.restored" | "listing.restored" => "restored by a moderator",
        "idea.auto_hidden" | "comment.auto_hidden" | "listing.auto_hidden" => {
            "hidden until reviewed, after reports from several people"
        }
        "idea.reports_dismissed" | "comment.reports_dismissed" | "listing.reports_dismissed" => {
            "reviewed after reports, and kept"
        }
        "listing.approved" => "approved and published",
        "listing.changes_requested" => "sent back to its developer for changes",
        "listing.rejected" => "rejected",
        "listing.archived" => "archived",
        _ => return None,
    })
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
        assert_eq!(
            public_action("comment.hidden"),
            Some("hidden by a moderator")
        );
    }
}
