//! A moderator's edit of an idea: the form, and the history of earlier words that every
//! edit keeps.

use crate::domain::idea::IdeaWords;
use serde::{Deserialize, Serialize};

use super::compose_reason;
use crate::features::ideas::submit::check_words;
use crate::forms::FieldErrors;

/// The edit form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaEditForm {
    pub title: String,
    pub summary: String,
    pub description: String,
    /// A `ReportReason` key: the rule the words broke.
    pub template: String,
    pub reason: String,
}

impl IdeaEditForm {
    /// The new words and the reason (needed: the author is told it), or a message per
    /// field.
    pub fn validate(&self) -> Result<(IdeaWords, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let (title, summary, description) =
            check_words(&mut errors, &self.title, &self.summary, &self.description);
        let reason = compose_reason(&mut errors, &self.template, &self.reason);
        if reason.is_empty() {
            errors.add("template", crate::t!("edit-error-reason"));
        }
        errors.into_result(()).map(|()| {
            (
                IdeaWords {
                    title,
                    summary,
                    description,
                },
                reason,
            )
        })
    }

    /// The form filled with an idea's words as they are now.
    pub fn from_words(words: &IdeaWords) -> Self {
        Self {
            title: words.title.clone(),
            summary: words.summary.clone(),
            description: words.description.clone(),
            ..Self::default()
        }
    }
}

/// One earlier edit: the words as they were before it, and who changed them, when, why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditRecord {
    pub when: String,
    /// The idea's own author changed it (within the limits authors have).
    pub by_author: bool,
    pub editor: String,
    pub reason: String,
    pub before: IdeaWords,
}

/// What the edit page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaEditContext {
    pub id: i64,
    pub href: String,
    pub words: IdeaWords,
    /// Newest first.
    pub history: Vec<EditRecord>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_needs_a_reason_and_the_same_rules_as_the_author() {
        let form = IdeaEditForm {
            title: "Map".into(),
            summary: "Where to find help.".into(),
            ..IdeaEditForm::default()
        };
        let errors = form.validate().unwrap_err();
        assert!(errors.get("title").is_some(), "too short for any idea");
        assert!(errors.get("template").is_some());
        let (words, reason) = IdeaEditForm {
            title: "A map of help".into(),
            template: "personal_information".into(),
            reason: "Removed a patient's name.".into(),
            ..form
        }
        .validate()
        .unwrap();
        assert_eq!(words.title, "A map of help");
        assert_eq!(
            reason,
            "It shares someone's personal or medical details. Removed a patient's name."
        );
    }
}
