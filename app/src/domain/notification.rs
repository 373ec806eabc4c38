//! What people are told about in the site: things that happened to their ideas and
//! comments.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum NotificationKind {
    /// A moderator changed the status of your idea.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "status_changed"))]
    StatusChanged,
    /// Someone commented on your idea.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "commented"))]
    Commented,
    /// Someone replied to your comment.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "replied"))]
    Replied,
    /// A moderator merged your idea into another as its duplicate.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "merged"))]
    Merged,
    /// Another idea that said the same was merged into yours, with its supporters.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "merged_into_yours"))]
    MergedIntoYours,
    /// A moderator did not publish your idea; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "rejected"))]
    Rejected,
    /// A moderator hid your idea; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "hidden"))]
    Hidden,
    /// A moderator hid your comment; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "comment_hidden"))]
    CommentHidden,
    /// A moderator edited your idea; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "edited"))]
    Edited,
    /// The author withdrew an idea you support.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "withdrawn"))]
    Withdrawn,
    /// A moderator did not publish your held comment; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "comment_rejected"))]
    CommentRejected,
    /// A moderator read your held idea or comment and published it.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "approved"))]
    Approved,
    /// A new idea in a campaign you follow; `detail` is who put it forward.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new_idea"))]
    NewIdea,
    /// For moderators: someone reported an idea or a comment on it; `detail` is the
    /// reason's label.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new_report"))]
    NewReport,
    /// For moderators: an idea or comment held for review, or a listing submitted;
    /// `detail` is what is waiting ("idea", "comment", "listing").
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "waiting"))]
    Waiting,
    /// A campaign you follow reached a milestone; `detail` is its
    /// `domain::campaign::Milestone` key.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "campaign_milestone"))]
    CampaignMilestone,
    /// A moderator approved your listing; `detail` is `new` or `update`.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_approved"))]
    ListingApproved,
    /// A moderator asked for changes to your listing; `detail` is what to change.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_changes"))]
    ListingChangesRequested,
    /// A moderator did not approve your listing (or its update); `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_rejected"))]
    ListingRejected,
    /// Someone reported your listing; `detail` is the reason's label.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_reported"))]
    ListingReported,
    /// A moderator hid your listing from the directory; `detail` is why.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_hidden"))]
    ListingHidden,
    /// A moderator put your hidden listing back in the directory.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "listing_restored"))]
    ListingRestored,
}

impl NotificationKind {
    /// The topic a person chooses how to hear about this under.
    pub fn topic(self) -> Topic {
        match self {
            Self::Replied => Topic::Replies,
            Self::Commented => Topic::Comments,
            Self::StatusChanged | Self::Withdrawn => Topic::Status,
            Self::Merged | Self::MergedIntoYours => Topic::Merges,
            Self::NewIdea => Topic::NewIdeas,
            Self::NewReport => Topic::Reports,
            Self::Waiting => Topic::Waiting,
            Self::CampaignMilestone => Topic::Phases,
            Self::ListingApproved
            | Self::ListingChangesRequested
            | Self::ListingRejected
            | Self::ListingReported
            | Self::ListingHidden
            | Self::ListingRestored => Topic::Listings,
            Self::Rejected
            | Self::Hidden
            | Self::CommentHidden
            | Self::Edited
            | Self::CommentRejected
            | Self::Approved => Topic::Moderation,
        }
    }

    /// The sentence for a follower of the idea who did not put it forward.
    pub fn sentence_for_follower(self, detail: &str, idea: &str) -> String {
        match self {
            Self::StatusChanged => {
                format!("\u{201c}{idea}\u{201d}, which you follow, is now {detail}")
            }
            Self::Commented => {
                format!("{detail} commented on \u{201c}{idea}\u{201d}, which you follow")
            }
            Self::MergedIntoYours => format!(
                "\u{201c}{detail}\u{201d}, which said the same, was merged into \u{201c}{idea}\u{201d}, which you follow"
            ),
            _ => self.sentence(detail, idea),
        }
    }

    /// The sentence shown in the list; `detail` is who did it or what it became, and
    /// `idea` the title of what it is about (an idea, a listing or a campaign).
    pub fn sentence(self, detail: &str, idea: &str) -> String {
        match self {
            Self::Waiting if detail == "comment" => {
                format!("A comment on \u{201c}{idea}\u{201d} is waiting for review")
            }
            Self::Waiting if detail == "listing" => {
                format!("A listing is waiting for review: \u{201c}{idea}\u{201d}")
            }
            Self::Waiting => format!("An idea is waiting for review: \u{201c}{idea}\u{201d}"),
            Self::CampaignMilestone => crate::domain::campaign::Milestone::from_key(detail)
                .map_or_else(
                    || format!("\u{201c}{idea}\u{201d} has changed"),
                    |m| m.sentence(idea),
                ),
            Self::ListingApproved if detail == "update" => format!(
                "The update to your listing \u{201c}{idea}\u{201d} was approved and is in the directory"
            ),
            Self::ListingApproved => {
                format!("Your listing \u{201c}{idea}\u{201d} was approved and is in the directory")
            }
            Self::ListingChangesRequested => format!(
                "A moderator asked for changes to your listing \u{201c}{idea}\u{201d}: {detail}"
            ),
            Self::ListingRejected => format!(
                "Your listing \u{201c}{idea}\u{201d} was not approved. The reason: {detail}"
            ),
            Self::ListingReported => format!(
                "Someone reported your listing \u{201c}{idea}\u{201d} ({detail}). A moderator will look at it; it stays in the directory meanwhile"
            ),
            Self::ListingHidden => format!(
                "Your listing \u{201c}{idea}\u{201d} was hidden from the directory by a moderator. The reason: {detail}"
            ),
            Self::ListingRestored => {
                format!("Your listing \u{201c}{idea}\u{201d} is back in the directory")
            }
            Self::NewIdea => format!("{detail} put forward a new idea: \u{201c}{idea}\u{201d}"),
            Self::NewReport => {
                format!("\u{201c}{idea}\u{201d}, or a comment on it, was reported: {detail}")
            }
            Self::StatusChanged => format!("Your idea \u{201c}{idea}\u{201d} is now {detail}"),
            Self::Commented => format!("{detail} commented on your idea \u{201c}{idea}\u{201d}"),
            Self::Replied => {
                format!("{detail} replied to your comment on \u{201c}{idea}\u{201d}")
            }
            Self::Merged => format!(
                "Your idea \u{201c}{idea}\u{201d} was merged into \u{201c}{detail}\u{201d}, which says the same"
            ),
            Self::MergedIntoYours => format!(
                "\u{201c}{detail}\u{201d}, which said the same, was merged into your idea \u{201c}{idea}\u{201d} with its supporters and comments"
            ),
            Self::Rejected => {
                format!("Your idea \u{201c}{idea}\u{201d} was not published. The reason: {detail}")
            }
            Self::Hidden => {
                format!(
                    "Your idea \u{201c}{idea}\u{201d} was hidden by a moderator. The reason: {detail}"
                )
            }
            Self::CommentHidden => format!(
                "Your comment on \u{201c}{idea}\u{201d} was hidden by a moderator. The reason: {detail}"
            ),
            Self::Edited => {
                format!("A moderator edited your idea \u{201c}{idea}\u{201d}. The reason: {detail}")
            }
            Self::CommentRejected => format!(
                "Your comment on \u{201c}{idea}\u{201d} was not published. The reason: {detail}"
            ),
            Self::Approved if detail == "comment" => {
                format!("A moderator has published your comment on \u{201c}{idea}\u{201d}")
            }
            Self::Approved => format!("A moderator has published your idea \u{201c}{idea}\u{201d}"),
            Self::Withdrawn => format!(
                "\u{201c}{idea}\u{201d}, which you support, was withdrawn by the person who put it forward"
            ),
        }
    }
}

/// What people choose how to be told about, each on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Topic {
    Replies,
    Comments,
    Status,
    Merges,
    NewIdeas,
    Moderation,
    /// Campaigns followed: opening, closing for ideas, voting closing soon, closed.
    Phases,
    /// Developers: decisions about their listings.
    Listings,
    /// Moderators only.
    Reports,
    /// Moderators only: what is held or submitted for review.
    Waiting,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::Replies,
        Topic::Comments,
        Topic::Status,
        Topic::Merges,
        Topic::NewIdeas,
        Topic::Phases,
        Topic::Moderation,
        Topic::Listings,
        Topic::Reports,
        Topic::Waiting,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Replies => "replies",
            Self::Comments => "comments",
            Self::Status => "status",
            Self::Merges => "merges",
            Self::NewIdeas => "new_ideas",
            Self::Moderation => "moderation",
            Self::Phases => "phases",
            Self::Listings => "listings",
            Self::Reports => "reports",
            Self::Waiting => "waiting",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    /// As the preferences page names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Replies => "Replies to your comments",
            Self::Comments => "Comments on ideas you follow",
            Self::Status => "Status changes and official responses",
            Self::Merges => "Ideas merged as duplicates",
            Self::NewIdeas => "New ideas in campaigns you follow",
            Self::Moderation => "What moderators decide about what you wrote",
            Self::Phases => "Campaigns you follow opening and closing",
            Self::Listings => "Decisions about your listings in the directory",
            Self::Reports => "New reports to review",
            Self::Waiting => "Ideas, comments and listings waiting for review",
        }
    }

    /// Whether a person in `role` can be told about it at all.
    pub fn applies_to(self, role: crate::domain::user::Role) -> bool {
        match self {
            Self::Reports | Self::Waiting => role >= crate::domain::user::Role::Moderator,
            Self::Listings => role >= crate::domain::user::Role::Developer,
            _ => true,
        }
    }

    /// How a person is told until they choose: the site at once, and a daily digest
    /// by email, so that a busy discussion makes one email a day. Reports are emailed
    /// to moderators at once: harmful content should not wait a day.
    pub fn default_modes(self) -> (Mode, Mode) {
        match self {
            Self::Reports => (Mode::Now, Mode::Now),
            _ => (Mode::Daily, Mode::Now),
        }
    }
}

/// How one channel tells a person about one topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    /// As it happens.
    Now,
    /// Gathered into one a day (email); in the site, the same as `Now`, since the site
    /// only shows anything when the person visits.
    Daily,
    Off,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Now, Mode::Daily, Mode::Off];

    pub fn key(self) -> &'static str {
        match self {
            Self::Now => "now",
            Self::Daily => "daily",
            Self::Off => "off",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::NotificationKind;

    #[test]
    fn sentences_name_the_idea_and_the_cause() {
        assert_eq!(
            NotificationKind::StatusChanged.sentence("shortlisted", "Sleep diary"),
            "Your idea \u{201c}Sleep diary\u{201d} is now shortlisted"
        );
        assert!(
            NotificationKind::Commented
                .sentence("Ann", "X")
                .starts_with("Ann commented")
        );
    }
}
