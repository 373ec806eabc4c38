//! The pages a public body must publish (accessibility statement, privacy notice,
//! cookies, rules, contact), linked from every page's footer, with default texts that
//! administrators edit in Markdown.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

use crate::forms::FieldErrors;

/// The longest page, in characters: the longest default is about 4,000.
pub const BODY_MAX: usize = 50_000;

/// A statutory page as visitors see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitePageView {
    pub key: String,
    pub title: String,
    pub description: String,
    /// The Markdown, rendered and sanitised.
    pub html: String,
    /// The language `html` is in: the reader's, unless not written in it yet.
    pub language: crate::i18n::Lang,
    /// "Last updated 1 December 2026", once an administrator has edited it.
    pub updated: Option<String>,
    /// On the rules page: the rules moderators apply, as (name, rule), from the same list
    /// as the report form's reasons, whatever the editable text says.
    pub rules: Vec<(String, String)>,
}

/// A page in the administrators' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitePageRow {
    pub key: String,
    pub title: String,
    pub path: String,
    /// When an administrator last saved it; `None` while it shows its default text.
    pub edited: Option<String>,
}

/// What the edit form starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitePageEdit {
    pub key: String,
    pub title: String,
    pub body: String,
    pub body_cy: String,
    pub edited: bool,
}

/// The edit form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SitePageForm {
    pub body: String,
    /// The page in Welsh; may be left empty until a translation is ready.
    pub body_cy: String,
}

impl SitePageForm {
    /// The page's Markdown in English and in Welsh, or a message by the field.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let body = crate::forms::multi_line(
            &mut errors,
            "body",
            &self.body,
            "field-page-text",
            true,
            BODY_MAX,
        );
        let body_cy = crate::forms::multi_line(
            &mut errors,
            "body-cy",
            &self.body_cy,
            "field-page-text-welsh",
            false,
            BODY_MAX,
        );
        errors.into_result(()).map(|()| (body, body_cy))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_needs_words_and_not_too_many() {
        assert!(SitePageForm::default().validate().is_err());
        let long = SitePageForm {
            body: "a".repeat(BODY_MAX + 1),
            ..Default::default()
        };
        assert!(long.validate().is_err());
        let fine = SitePageForm {
            body: "  Write to us.  ".into(),
            body_cy: " Ysgrifennwch atom. ".into(),
        };
        assert_eq!(
            fine.validate().unwrap(),
            ("Write to us.".into(), "Ysgrifennwch atom.".into())
        );
        let long_welsh = SitePageForm {
            body: "Write to us.".into(),
            body_cy: "a".repeat(BODY_MAX + 1),
        };
        assert!(long_welsh.validate().is_err());
    }
}
