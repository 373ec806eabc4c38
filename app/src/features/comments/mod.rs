//! Discussing an idea: comments and one level of replies.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use crate::domain::comment::NewComment;
use serde::{Deserialize, Serialize};

use crate::domain::comment::COMMENT_MAX;
use crate::domain::user::AuthorLine;
use crate::forms::{FieldErrors, multi_line};

/// A comment as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i64,
    pub author: AuthorLine,
    /// Sanitised on the server; empty when the comment was deleted.
    pub body_html: String,
    pub posted_on: String,
    pub edited: bool,
    pub deleted: bool,
    /// The reader wrote it and is still within the edit window.
    pub can_edit: bool,
    /// The reader wrote it (or moderates).
    pub can_delete: bool,
    /// The language its author wrote it in.
    pub language: crate::i18n::Lang,
}

/// A comment with the replies to it, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentThread {
    pub comment: CommentView,
    pub replies: Vec<CommentView>,
}

/// The comment form as typed (also for replies and edits).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    /// The comment replied to, empty for a new thread.
    pub parent_id: String,
    pub submission_key: String,
    /// "go-ahead" once the author has seen what the safeguarding check found and sends
    /// the comment on for a moderator to read.
    pub safeguarding: String,
}

impl CommentForm {
    /// The field id messages attach to: each reply form has its own.
    pub fn field_id(&self) -> String {
        match self.parent_id.trim() {
            "" => "comment-body".to_owned(),
            parent => format!("reply-body-{parent}"),
        }
    }

    pub fn validate(&self) -> Result<NewComment, FieldErrors> {
        let mut errors = FieldErrors::new();
        let field = self.field_id();
        let body = multi_line(
            &mut errors,
            &field,
            &self.body,
            "field-comment",
            true,
            COMMENT_MAX,
        );
        let parent_id = match self.parent_id.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    errors.add(&field, crate::t!("comments-error-no-parent"));
                    None
                }
            },
        };
        let submission_key = crate::forms::submission_key(&self.submission_key);
        errors.into_result(()).map(|()| NewComment {
            body,
            parent_id,
            submission_key,
        })
    }
}

/// Everything the edit page needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentEdit {
    pub id: i64,
    pub body: String,
    pub idea_title: String,
    pub idea_href: String,
    /// The edit window is still open.
    pub editable: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_needs_words() {
        let form = CommentForm {
            body: "  \n ".into(),
            ..Default::default()
        };
        assert_eq!(
            form.validate().unwrap_err().get("comment-body"),
            Some("Enter your comment")
        );
    }

    #[test]
    fn replies_report_on_their_own_field() {
        let form = CommentForm {
            body: "x".repeat(COMMENT_MAX + 1),
            parent_id: "12".into(),
            ..Default::default()
        };
        assert_eq!(
            form.validate().unwrap_err().get("reply-body-12"),
            Some("Your comment must be 5,000 characters or fewer")
        );
        let form = CommentForm {
            body: "Agreed".into(),
            parent_id: "12".into(),
            ..Default::default()
        };
        assert_eq!(form.validate().unwrap().parent_id, Some(12));
    }

    #[test]
    fn a_bad_parent_is_refused() {
        let form = CommentForm {
            body: "Hi".into(),
            parent_id: "x".into(),
            ..Default::default()
        };
        assert!(form.validate().is_err());
    }
}
