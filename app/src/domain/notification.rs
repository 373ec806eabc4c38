//! What people are told about in the site: things that happened to their ideas and
//! comments.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl NotificationKind {
    /// The sentence shown in the list; `detail` is who did it or what it became, and
    /// `idea` the idea's title.
    pub fn sentence(self, detail: &str, idea: &str) -> String {
        match self {
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
