//! Commentable drafts (`domain::draft`): administrators publish a document for comment;
//! people comment on, support or question each paragraph; moderators export every
//! comment with its paragraph.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::user::AuthorLine;
use crate::features::campaigns::admin::parse_local;
use crate::forms::{FieldErrors, multi_line, one_paragraph, single_line};

pub const TITLE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 280;
pub const BODY_MAX: usize = 100_000;
pub const NOTE_MAX: usize = 1_000;
pub const COMMENT_MAX: usize = 2_000;

/// A draft as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSummary {
    /// The language its administrator wrote it in.
    pub language: crate::i18n::Lang,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub phase: crate::domain::draft::DraftPhase,
    /// "1 December 2026 to 15 December 2026".
    pub window: String,
    pub versions: u64,
    pub comments: u64,
}

/// One comment beside its paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphComment {
    pub id: i64,
    /// The language of the page it was written on.
    pub language: crate::i18n::Lang,
    pub author: AuthorLine,
    pub when: String,
    /// Safe HTML.
    pub html: String,
}

/// One paragraph with what people said of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphView {
    /// Its position, from 1.
    pub number: i32,
    /// Safe HTML.
    pub html: String,
    pub supports: u64,
    pub questions: u64,
    /// The reader's own reaction ("support" or "question").
    pub mine: Option<String>,
    pub comments: Vec<ParagraphComment>,
}

/// One version in the list of versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionLine {
    pub number: i32,
    pub published_on: String,
    pub note: Option<String>,
}

/// A paragraph of the version shown compared with the version before it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeLine {
    /// "added", "removed" or "same".
    pub kind: String,
    /// Safe HTML.
    pub html: String,
}

/// Everything a draft's page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftView {
    /// The language its administrator wrote it in.
    pub language: crate::i18n::Lang,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub phase: crate::domain::draft::DraftPhase,
    pub window: String,
    /// The version shown, and the newest.
    pub version: i32,
    pub latest: i32,
    pub versions: Vec<VersionLine>,
    pub paragraphs: Vec<ParagraphView>,
    /// Against the version before (empty for the first).
    pub changes: Vec<ChangeLine>,
    /// The reader may comment, support and question (signed in, the window open, the
    /// newest version).
    pub can_take_part: bool,
    pub signed_in: bool,
    /// A moderator: may hide comments and download them all.
    pub can_moderate: bool,
    pub can_edit: bool,
}

/// The draft form, as typed. Dates are UK local time, as `datetime-local` sends them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftForm {
    /// The language it is written in: `en` or `cy`; empty, the page's language.
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub opens_at: String,
    pub closes_at: String,
    /// What changed (for a new version).
    pub note: String,
}

/// A draft's words and window, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDraft {
    pub language: crate::i18n::Lang,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub note: Option<String>,
}

impl DraftForm {
    pub fn validate(&self) -> Result<NewDraft, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = single_line(
            &mut errors,
            "title",
            &self.title,
            "field-title",
            5,
            TITLE_MAX,
        );
        let summary = one_paragraph(&multi_line(
            &mut errors,
            "summary",
            &self.summary,
            "field-summary",
            true,
            SUMMARY_MAX,
        ));
        let body = multi_line(
            &mut errors,
            "body",
            &self.body,
            "field-document",
            true,
            BODY_MAX,
        );
        let opens_at = parse_local(
            &mut errors,
            "opens-at",
            &self.opens_at,
            "field-comments-open",
        );
        let closes_at = parse_local(
            &mut errors,
            "closes-at",
            &self.closes_at,
            "field-comments-close",
        );
        if let (Some(opens), Some(closes)) = (opens_at, closes_at)
            && closes <= opens
        {
            errors.add("closes-at", crate::t!("draft-error-close-after-open"));
        }
        let note = multi_line(
            &mut errors,
            "note",
            &self.note,
            "field-change-note",
            false,
            NOTE_MAX,
        );
        // Only our languages are offered; anything else (or nothing) is the page's.
        let language = crate::i18n::Lang::parse(&self.language).unwrap_or_else(crate::i18n::lang);
        errors.into_result(()).map(|()| NewDraft {
            language,
            title,
            summary,
            body,
            opens_at: opens_at.expect("checked above"),
            closes_at: closes_at.expect("checked above"),
            note: (!note.is_empty()).then_some(note),
        })
    }
}

/// What the draft edit page needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftEdit {
    pub slug: String,
    pub form: DraftForm,
    pub latest: i32,
}

/// A comment on a paragraph, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParagraphCommentForm {
    pub version: String,
    pub paragraph: String,
    pub body: String,
}

impl ParagraphCommentForm {
    /// The paragraph's field id on the page, where its message goes.
    pub fn field(&self) -> String {
        format!("comment-{}", self.paragraph.trim())
    }

    /// (version, paragraph, words), or the message.
    pub fn validate(&self) -> Result<(i32, i32, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let (Ok(version), Ok(paragraph)) = (
            self.version.trim().parse::<i32>(),
            self.paragraph.trim().parse::<i32>(),
        ) else {
            return Err(FieldErrors::one(
                "comment",
                crate::t!("draft-error-paragraph"),
            ));
        };
        let field = self.field();
        let body = multi_line(
            &mut errors,
            &field,
            &self.body,
            "field-comment",
            true,
            COMMENT_MAX,
        );
        errors.into_result((version, paragraph, body))
    }
}

/// Supporting or questioning a paragraph, or taking that back ("none").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReactionForm {
    pub version: String,
    pub paragraph: String,
    pub reaction: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> DraftForm {
        DraftForm {
            language: "en".into(),
            title: "Our digital strategy".into(),
            summary: "What we plan, for comment.".into(),
            body: "# Aims\n\nOne.\n\nTwo.".into(),
            opens_at: "2026-12-01T09:00".into(),
            closes_at: "2026-12-15T17:00".into(),
            note: String::new(),
        }
    }

    #[test]
    fn a_draft_needs_words_and_a_window() {
        let draft = form().validate().unwrap();
        assert_eq!(draft.note, None);
        let errors = DraftForm {
            body: " ".into(),
            closes_at: "2026-11-01T09:00".into(),
            ..form()
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors.get("body"), Some("Enter the document"));
        assert_eq!(
            errors.get("closes-at"),
            Some("Comments must close after they open")
        );
    }

    #[test]
    fn a_comment_names_its_paragraph() {
        let form = ParagraphCommentForm {
            version: "2".into(),
            paragraph: "3".into(),
            body: "  Too vague.  ".into(),
        };
        assert_eq!(form.validate(), Ok((2, 3, "Too vague.".into())));
        let empty = ParagraphCommentForm {
            body: String::new(),
            ..form.clone()
        };
        assert_eq!(
            empty.validate().unwrap_err().get("comment-3"),
            Some("Enter your comment")
        );
        let lost = ParagraphCommentForm {
            paragraph: "x".into(),
            ..form
        };
        assert!(lost.validate().unwrap_err().get("comment").is_some());
    }
}
