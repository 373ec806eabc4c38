//! Forms that work the same with JavaScript on and off.
//!
//! A form is a plain HTML `<form method="post">` to a server route. The route checks who
//! is asking and validates; on success it redirects (post/redirect/get), and on failure
//! it renders the same page again, with status 422, from a [`Submitted`] value: what the
//! person typed and a message for each field that needs fixing. The page reads it with
//! [`submitted`] inside a resource, so the values reach the browser with the rest of the
//! page's data and hydration sees exactly what the server rendered.

use serde::{Deserialize, Serialize};

/// One message for one field: `field` is the input's `id`, so the error summary can
/// link to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The messages for a refused submission, in the order of the fields on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// One message for one field: the usual answer when a service refuses a form.
    pub fn one(field: &str, message: impl Into<String>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    /// Adds a message for `field` (the first one per field wins: fix one thing at a time).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        if self.get(field).is_none() {
            self.0.push(FieldError {
                field: field.to_owned(),
                message: message.into(),
            });
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// `Ok(value)` when there are no messages, else the messages.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// A submission the server refused: the values as typed, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submitted<T> {
    pub values: T,
    pub errors: FieldErrors,
}

/// The refused submission the server is rendering this page for, if any. In the browser
/// this is only ever called on client-side navigation (hydration reuses the server's
/// answer), when there is never one.
pub async fn submitted<T>() -> Option<Submitted<T>>
where
    T: Clone + Send + Sync + 'static,
{
    rendered_with::<Submitted<T>>().await
}

/// What a form route handed to the page it renders (see [`submitted`]), for forms whose
/// answer carries more than values and messages.
pub async fn rendered_with<T>() -> Option<T>
where
    T: Clone + Send + Sync + 'static,
{
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<T>()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The message under `words` (a `field-…` message of the Fluent files) for one rule a
/// field broke: `enter`, `one-line`, `too-short`, `too-long` or `special`.
///
/// Each field names its own messages, rather than one sentence taking the field's name:
/// Welsh mutates a noun after a verb or preposition ("Rhowch deitl", "Rhaid i'r teitl"),
/// which a sentence with a hole for the name cannot get right.
fn field_message(words: &str, rule: &str, limit: Option<usize>) -> String {
    use crate::i18n::{grouped, lang, text};
    let key = format!("{words}.{rule}");
    match limit {
        Some(n) => text(lang(), &key, &[("limit", grouped(n).into())]),
        None => text(lang(), &key, &[]),
    }
}

/// Checks a single-line text field: trimmed, required, within `min..=max` characters,
/// no control characters. Returns the trimmed text, or records a message from `words`
/// (see [`field_message`]).
pub fn single_line(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    words: &str,
    min: usize,
    max: usize,
) -> String {
    let trimmed = value.trim();
    let chars = trimmed.chars().count();
    if trimmed.is_empty() {
        errors.add(field, field_message(words, "enter", None));
    } else if trimmed.chars().any(char::is_control) {
        errors.add(field, field_message(words, "one-line", None));
    } else if chars < min {
        errors.add(field, field_message(words, "too-short", Some(min)));
    } else if chars > max {
        errors.add(field, field_message(words, "too-long", Some(max)));
    }
    trimmed.to_owned()
}

/// Checks a text area: trimmed, within `max` characters, and (when `required`) not
/// empty. Line breaks and tabs are kept; other control characters are refused.
pub fn multi_line(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    words: &str,
    required: bool,
    max: usize,
) -> String {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        if required {
            errors.add(field, field_message(words, "enter", None));
        }
    } else if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        errors.add(field, field_message(words, "special", None));
    } else if trimmed.chars().count() > max {
        errors.add(field, field_message(words, "too-long", Some(max)));
    }
    trimmed.replace("\r\n", "\n")
}

/// A multi-line field shown as one paragraph (a summary): line breaks and runs of
/// spaces become single spaces.
pub fn one_paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key printed in a form when it was shown (see `NewIdea::submission_key`), if it
/// is one we could have printed; anything else is dropped rather than refused.
pub fn submission_key(raw: &str) -> Option<String> {
    let key = raw.trim();
    (!key.is_empty()
        && key.len() <= 64
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then(|| key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_trims_and_checks_length() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            single_line(&mut errors, "n", "  Ann  ", "field-your-name", 2, 5),
            "Ann"
        );
        assert!(errors.is_empty());
        single_line(&mut errors, "n", "   ", "field-your-name", 2, 5);
        assert_eq!(
            errors.get("n"),
            Some("Enter the name to show with your ideas")
        );
        let mut errors = FieldErrors::new();
        single_line(&mut errors, "n", "Annabelle", "field-your-name", 2, 5);
        assert_eq!(
            errors.get("n"),
            Some("The name to show with your ideas must be 5 characters or fewer")
        );
        let mut errors = FieldErrors::new();
        single_line(&mut errors, "n", "A", "field-your-name", 2, 5);
        assert_eq!(
            errors.get("n"),
            Some("The name to show with your ideas must be 2 characters or more")
        );
        let mut errors = FieldErrors::new();
        single_line(&mut errors, "n", "A\u{7}b", "field-your-name", 2, 5);
        assert!(errors.get("n").unwrap().contains("one line"));
    }

    #[test]
    fn messages_follow_the_reader_s_language_and_mutate_as_welsh_does() {
        use crate::i18n::Lang;
        use leptos::prelude::{Owner, provide_context};
        let owner = Owner::new();
        owner.with(|| {
            provide_context(Lang::Cy);
            let mut errors = FieldErrors::new();
            single_line(&mut errors, "t", " ", "field-title", 5, 150);
            multi_line(
                &mut errors,
                "s",
                &"a".repeat(281),
                "field-summary",
                true,
                280,
            );
            multi_line(
                &mut errors,
                "d",
                &"b".repeat(10_001),
                "field-description",
                false,
                10_000,
            );
            assert_eq!(errors.get("t"), Some("Rhowch deitl"));
            assert_eq!(
                errors.get("s"),
                Some("Rhaid i'r crynodeb fod yn 280 nod neu lai")
            );
            assert_eq!(
                errors.get("d"),
                Some("Rhaid i'r disgrifiad fod yn 10,000 nod neu lai")
            );
        });
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let mut errors = FieldErrors::new();
        single_line(&mut errors, "n", "Zoë Ü", "field-your-name", 2, 5);
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn the_first_message_per_field_wins() {
        let mut errors = FieldErrors::new();
        errors.add("a", "first");
        errors.add("a", "second");
        errors.add("b", "other");
        assert_eq!(errors.get("a"), Some("first"));
        assert_eq!(errors.iter().count(), 2);
    }
}
