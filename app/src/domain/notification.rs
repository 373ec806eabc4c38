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

    /// The key of its name on the preferences page.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Replies => "topic-replies",
            Self::Comments => "topic-comments",
            Self::Status => "topic-status",
            Self::Merges => "topic-merges",
            Self::NewIdeas => "topic-new-ideas",
            Self::Moderation => "topic-moderation",
            Self::Phases => "topic-phases",
            Self::Listings => "topic-listings",
            Self::Reports => "topic-reports",
            Self::Waiting => "topic-waiting",
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
