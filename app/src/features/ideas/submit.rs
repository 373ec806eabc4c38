//! Putting an idea forward: the form as typed, and the idea it becomes once it passes.
//!
//! The same rules run on the server (which decides) and could run in the browser; they
//! are pure functions of what was typed and the campaign's categories.

use crate::domain::idea::NewIdea;
use serde::{Deserialize, Serialize};

use super::IdeaCard;
use crate::domain::campaign::CategoryOption;
use crate::domain::idea::IdeaKind;
use crate::domain::link::WebLink;
use crate::features::campaigns::CampaignSummary;
use crate::forms::{
    FieldErrors, Submitted, multi_line, one_paragraph, single_line, submission_key,
};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 120;
pub const SUMMARY_MAX: usize = 280;
pub const DESCRIPTION_MAX: usize = 10_000;
/// Further links beyond the main one.
pub const LINKS_MAX: usize = 5;

/// The idea form, exactly as typed. Every field defaults to empty so that a form with a
/// field missing is answered with a message, not a decoding error.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaForm {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub category: String,
    pub kind: String,
    pub link_url: String,
    /// One address per line.
    pub other_links: String,
    /// Printed in the form when it is first shown; see [`NewIdea::submission_key`].
    pub submission_key: String,
    /// "yes" once the person has seen the similar ideas and still wants to go on.
    pub confirmed: String,
    /// "go-ahead" once the person has seen what the safeguarding check found and sends
    /// the idea on for a moderator to read.
    pub safeguarding: String,
    /// A helper putting the idea forward for someone (`domain::assisted`): that
    /// person's number; empty for one's own idea.
    pub on_behalf_of: String,
    /// The language the idea is written in: `en` or `cy`.
    pub language: String,
}

/// The title, summary and description of an idea, checked (for the author's form and
/// for a moderator's edit alike).
pub fn check_words(
    errors: &mut FieldErrors,
    title: &str,
    summary: &str,
    description: &str,
) -> (String, String, String) {
    let title = single_line(errors, "title", title, "field-title", TITLE_MIN, TITLE_MAX);
    // A summary may be typed over several lines; it is shown as one paragraph.
    let summary = one_paragraph(&multi_line(
        errors,
        "summary",
        summary,
        "field-summary",
        true,
        SUMMARY_MAX,
    ));
    let description = multi_line(
        errors,
        "description",
        description,
        "field-description",
        false,
        DESCRIPTION_MAX,
    );
    (title, summary, description)
}

impl IdeaForm {
    /// The idea, or a message per field. `categories` are the campaign's; when it has
    /// any, choosing one is required.
    pub fn validate(&self, categories: &[CategoryOption]) -> Result<NewIdea, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (title, summary, description) =
            check_words(&mut errors, &self.title, &self.summary, &self.description);
        let category = if categories.is_empty() {
            None
        } else {
            let chosen = categories.iter().find(|c| c.slug == self.category.trim());
            if chosen.is_none() {
                errors.add("category", crate::t!("idea-error-category"));
            }
            chosen.map(|c| c.slug.clone())
        };
        let kind = IdeaKind::from_key(self.kind.trim());
        if kind.is_none() {
            errors.add("kind", crate::t!("idea-error-kind"));
        }
        let link_url = match (kind, self.link_url.trim()) {
            (Some(IdeaKind::Existing), "") => {
                errors.add("link-url", crate::t!("idea-error-link"));
                None
            }
            (_, "") => None,
            (_, text) => match WebLink::parse(text) {
                Ok(link) => Some(link.into_string()),
                Err(problem) => {
                    errors.add("link-url", problem.message());
                    None
                }
            },
        };
        let lines: Vec<&str> = self
            .other_links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut links = Vec::new();
        if lines.len() > LINKS_MAX {
            errors.add(
                "other-links",
                crate::t!("links-error-too-many", max = LINKS_MAX),
            );
        } else {
            for (n, line) in lines.iter().enumerate() {
                match WebLink::parse(line) {
                    Ok(link) => links.push(link.into_string()),
                    Err(problem) => {
                        let message =
                            crate::t!("links-error-link-n", n = n + 1, problem = problem.message());
                        errors.add("other-links", message);
                        break;
                    }
                }
            }
        }
        let submission_key = submission_key(&self.submission_key);
        errors.into_result(()).map(|()| NewIdea {
            title,
            summary,
            description,
            category,
            kind: kind.expect("checked above"),
            link_url,
            links,
            submission_key,
            language: crate::i18n::Lang::parse(&self.language),
        })
    }

    /// Whether the person has already been shown the similar ideas.
    pub fn is_confirmed(&self) -> bool {
        self.confirmed == "yes"
    }
}

/// Everything the "put forward an idea" page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionContext {
    pub campaign: CampaignSummary,
    pub categories: Vec<CategoryOption>,
    /// A fresh key for this showing of the form.
    pub submission_key: String,
    /// The person a helper is putting the idea forward for, if any.
    pub on_behalf: Option<crate::features::assisted::HelpedPerson>,
}

/// How the server answers a posted idea form it did not store: with messages to fix, or
/// with similar ideas to look at first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaFormState {
    pub submitted: Submitted<IdeaForm>,
    /// Shown on the confirmation step; empty otherwise.
    pub similar: Vec<IdeaCard>,
    /// A message about the whole form (the campaign closed meanwhile).
    pub problem: Option<String>,
    /// What the safeguarding check found, for the author to look at before going on.
    pub concerns: crate::domain::safeguarding::Concerns,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories() -> Vec<CategoryOption> {
        vec![CategoryOption {
            slug: "mental-health".into(),
            name: "Mental health".into(),
        }]
    }

    fn good() -> IdeaForm {
        IdeaForm {
            title: "  A sleep diary for teenagers ".into(),
            summary: "Track sleep\nand mood together.".into(),
            description: "Longer **markdown** text.".into(),
            category: "mental-health".into(),
            kind: "new".into(),
            link_url: String::new(),
            other_links: "https://example.org/research\n\n".into(),
            submission_key: "0b7c-41aa".into(),
            confirmed: String::new(),
            safeguarding: String::new(),
            on_behalf_of: String::new(),
            language: "cy".into(),
        }
    }

    #[test]
    fn a_good_idea_is_trimmed_and_parsed() {
        let idea = good().validate(&categories()).unwrap();
        assert_eq!(idea.title, "A sleep diary for teenagers");
        assert_eq!(idea.summary, "Track sleep and mood together.");
        assert_eq!(idea.category.as_deref(), Some("mental-health"));
        assert_eq!(idea.kind, IdeaKind::NewTool);
        assert_eq!(idea.links, vec!["https://example.org/research".to_owned()]);
        assert_eq!(idea.submission_key.as_deref(), Some("0b7c-41aa"));
        assert_eq!(idea.language, Some(crate::i18n::Lang::Cy));
        // Not said: the page's language decides when it is stored.
        let unsaid = IdeaForm {
            language: String::new(),
            ..good()
        };
        assert_eq!(unsaid.validate(&categories()).unwrap().language, None);
    }

    #[test]
    fn empty_and_whitespace_only_fields_are_refused() {
        let form = IdeaForm {
            title: "   ".into(),
            summary: "\n \t".into(),
            ..good()
        };
        let errors = form.validate(&categories()).unwrap_err();
        assert_eq!(errors.get("title"), Some("Enter a title"));
        assert_eq!(errors.get("summary"), Some("Enter a summary"));
    }

    #[test]
    fn lengths_are_checked_in_characters() {
        let form = IdeaForm {
            title: "Abc".into(),
            summary: "ü".repeat(SUMMARY_MAX + 1),
            description: "x".repeat(DESCRIPTION_MAX + 1),
            ..good()
        };
        let errors = form.validate(&categories()).unwrap_err();
        assert_eq!(
            errors.get("title"),
            Some("A title must be 5 characters or more")
        );
        assert_eq!(
            errors.get("summary"),
            Some("A summary must be 280 characters or fewer")
        );
        assert!(errors.get("description").is_some());
        let exact = IdeaForm {
            title: "ü".repeat(TITLE_MAX),
            summary: "ü".repeat(SUMMARY_MAX),
            ..good()
        };
        assert!(exact.validate(&categories()).is_ok());
    }

    #[test]
    fn unknown_category_and_kind_are_refused() {
        let form = IdeaForm {
            category: "astrology".into(),
            kind: "robot".into(),
            ..good()
        };
        let errors = form.validate(&categories()).unwrap_err();
        assert!(errors.get("category").is_some());
        assert!(errors.get("kind").is_some());
        // A campaign without categories does not ask for one.
        let idea = IdeaForm {
            category: String::new(),
            ..good()
        }
        .validate(&[])
        .unwrap();
        assert_eq!(idea.category, None);
    }

    #[test]
    fn a_recommendation_needs_a_safe_link() {
        let form = IdeaForm {
            kind: "existing".into(),
            ..good()
        };
        assert_eq!(
            form.validate(&categories()).unwrap_err().get("link-url"),
            Some("Enter the web address of the app or tool you recommend")
        );
        let form = IdeaForm {
            kind: "existing".into(),
            link_url: "javascript:alert(1)".into(),
            ..good()
        };
        assert!(
            form.validate(&categories())
                .unwrap_err()
                .get("link-url")
                .is_some()
        );
        let too_many = IdeaForm {
            other_links: "https://a.org\n".repeat(LINKS_MAX + 1),
            ..good()
        };
        assert!(
            too_many
                .validate(&categories())
                .unwrap_err()
                .get("other-links")
                .is_some()
        );
    }

    #[test]
    fn markup_is_kept_as_text_for_escaping_later() {
        let form = IdeaForm {
            title: "<script>alert(1)</script>".into(),
            ..good()
        };
        let idea = form.validate(&categories()).unwrap();
        assert_eq!(idea.title, "<script>alert(1)</script>");
    }

    #[test]
    fn a_malformed_submission_key_is_dropped_not_refused() {
        let form = IdeaForm {
            submission_key: "'; drop table ideas; --".into(),
            ..good()
        };
        assert_eq!(form.validate(&categories()).unwrap().submission_key, None);
    }
}
