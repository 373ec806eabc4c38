//! Administrators create and edit campaigns: the form as typed, and the campaign it
//! becomes once it passes.

use crate::domain::campaign::CampaignDraft;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::campaign::CategoryOption;
use crate::domain::campaign::{ModerationMode, SUPPORT_BUDGET_MAX};
use crate::forms::{FieldErrors, multi_line, one_paragraph, single_line};

pub const CAMPAIGN_TITLE_MAX: usize = 120;
pub const CAMPAIGN_SUMMARY_MAX: usize = 280;
pub const CAMPAIGN_DESCRIPTION_MAX: usize = 20_000;
pub const SLUG_MAX: usize = 80;

/// The campaign form, as typed. Dates and times are UK local time, as
/// `<input type="datetime-local">` sends them (`2026-12-01T09:00`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub description: String,
    /// The same in Welsh: each may be left empty until written (Welsh readers then see
    /// the English, with a notice).
    pub title_cy: String,
    pub summary_cy: String,
    pub description_cy: String,
    pub opens_at: String,
    pub closes_at: String,
    pub voting_closes_at: String,
    /// "pre" or "post".
    pub moderation: String,
    /// How many ideas each person may support; empty for no limit.
    pub support_budget: String,
    /// "yes" to show ideas in a fair order (a checkbox).
    pub fair_order: String,
    /// Slugs of the chosen existing categories.
    pub categories: Vec<String>,
    /// New categories to create, one name per line, with its Welsh name after a bar:
    /// "Young carers | Gofalwyr ifanc".
    pub new_categories: String,
}

/// The format `datetime-local` inputs use.
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// A date and time as a `datetime-local` input sends it, or a message from `words` (a
/// `field-…` message with `.enter` and `.invalid`).
pub(crate) fn parse_local(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    words: &str,
) -> Option<NaiveDateTime> {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, crate::i18n::tr(&format!("{words}.enter")));
        return None;
    }
    match NaiveDateTime::parse_from_str(value, LOCAL_FORMAT) {
        Ok(at) => Some(at),
        Err(_) => {
            errors.add(field, crate::i18n::tr(&format!("{words}.invalid")));
            None
        }
    }
}

impl CampaignForm {
    /// The campaign, or a message per field. `known` are the categories that exist.
    pub fn validate(&self, known: &[CategoryOption]) -> Result<CampaignDraft, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = single_line(
            &mut errors,
            "title",
            &self.title,
            "field-title",
            5,
            CAMPAIGN_TITLE_MAX,
        );
        let slug_source = if self.slug.trim().is_empty() {
            &title
        } else {
            self.slug.trim()
        };
        let slug = crate::domain::slug::slugify(slug_source);
        if !self.slug.trim().is_empty() && slug != self.slug.trim() {
            errors.add("slug", crate::t!("admin-campaign-error-slug"));
        } else if slug.len() > SLUG_MAX {
            errors.add(
                "slug",
                crate::t!("admin-campaign-error-slug-long", max = SLUG_MAX),
            );
        }
        let summary = one_paragraph(&multi_line(
            &mut errors,
            "summary",
            &self.summary,
            "field-summary",
            true,
            CAMPAIGN_SUMMARY_MAX,
        ));
        let description = multi_line(
            &mut errors,
            "description",
            &self.description,
            "field-description",
            true,
            CAMPAIGN_DESCRIPTION_MAX,
        );
        let optional_line = |errors: &mut FieldErrors, field, value: &str, words, max| {
            if value.trim().is_empty() {
                String::new()
            } else {
                single_line(errors, field, value, words, 5, max)
            }
        };
        let title_cy = optional_line(
            &mut errors,
            "title-cy",
            &self.title_cy,
            "field-title-welsh",
            CAMPAIGN_TITLE_MAX,
        );
        let summary_cy = one_paragraph(&multi_line(
            &mut errors,
            "summary-cy",
            &self.summary_cy,
            "field-summary-welsh",
            false,
            CAMPAIGN_SUMMARY_MAX,
        ));
        let description_cy = multi_line(
            &mut errors,
            "description-cy",
            &self.description_cy,
            "field-description-welsh",
            false,
            CAMPAIGN_DESCRIPTION_MAX,
        );
        let opens_at = parse_local(&mut errors, "opens-at", &self.opens_at, "field-ideas-open");
        let closes_at = parse_local(
            &mut errors,
            "closes-at",
            &self.closes_at,
            "field-ideas-close",
        );
        let voting_closes_at = parse_local(
            &mut errors,
            "voting-closes-at",
            &self.voting_closes_at,
            "field-voting-closes",
        );
        if let (Some(opens), Some(closes)) = (opens_at, closes_at)
            && closes <= opens
        {
            errors.add("closes-at", crate::t!("admin-campaign-error-order"));
        }
        if let (Some(closes), Some(voting)) = (closes_at, voting_closes_at)
            && voting < closes
        {
            errors.add("voting-closes-at", crate::t!("admin-campaign-error-voting"));
        }
        let support_budget = match self.support_budget.trim() {
            "" => None,
            text => match text.parse::<i32>() {
                Ok(n) if (1..=SUPPORT_BUDGET_MAX).contains(&n) => Some(n),
                _ => {
                    errors.add(
                        "support-budget",
                        crate::t!("admin-campaign-error-budget", max = SUPPORT_BUDGET_MAX),
                    );
                    None
                }
            },
        };
        let moderation = match self.moderation.as_str() {
            "pre" => Some(ModerationMode::Pre),
            "post" => Some(ModerationMode::Post),
            _ => {
                errors.add("moderation", crate::t!("admin-campaign-error-moderation"));
                None
            }
        };
        let mut categories = Vec::new();
        for slug in &self.categories {
            if known.iter().any(|k| &k.slug == slug) {
                if !categories.contains(slug) {
                    categories.push(slug.clone());
                }
            } else {
                errors.add("categories", crate::t!("admin-campaign-error-categories"));
            }
        }
        let mut new_categories: Vec<(String, String)> = Vec::new();
        for line in self
            .new_categories
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (english, welsh) = line.split_once('|').unwrap_or((line, ""));
            let mut line_errors = FieldErrors::new();
            let name = single_line(
                &mut line_errors,
                "new-categories",
                english,
                "field-category-name",
                2,
                60,
            );
            let name_cy = match welsh.trim() {
                "" => String::new(),
                welsh => single_line(
                    &mut line_errors,
                    "new-categories",
                    welsh,
                    "field-category-name",
                    2,
                    60,
                ),
            };
            if let Some(message) = line_errors.get("new-categories") {
                errors.add(
                    "new-categories",
                    format!("{message} (\u{201c}{line}\u{201d})"),
                );
            } else if !new_categories.iter().any(|(n, _)| *n == name) {
                new_categories.push((name, name_cy));
            }
        }
        errors.into_result(()).map(|()| CampaignDraft {
            title,
            slug,
            summary,
            description,
            welsh: crate::domain::campaign::CampaignWelsh {
                title: title_cy,
                summary: summary_cy,
                description: description_cy,
            },
            opens_at: opens_at.expect("checked above"),
            closes_at: closes_at.expect("checked above"),
            voting_closes_at: voting_closes_at.expect("checked above"),
            moderation: moderation.expect("checked above"),
            support_budget,
            fair_order: self.fair_order == "yes",
            categories,
            new_categories,
        })
    }
}

/// What the campaign form page needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignEditContext {
    /// `None` when creating.
    pub slug: Option<String>,
    pub values: CampaignForm,
    pub categories: Vec<CategoryOption>,
}

/// A campaign in the administrators' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignAdminRow {
    pub slug: String,
    pub title: String,
    pub phase: crate::domain::campaign::CampaignPhase,
    pub opens_on: String,
    pub closes_on: String,
    pub idea_count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<CategoryOption> {
        vec![CategoryOption {
            slug: "carers".into(),
            name: "Carers".into(),
        }]
    }

    fn good() -> CampaignForm {
        CampaignForm {
            title: "Apps for carers".into(),
            slug: String::new(),
            summary: "Ideas that help unpaid carers.".into(),
            description: "Tell us **what would help**.".into(),
            title_cy: String::new(),
            summary_cy: String::new(),
            description_cy: String::new(),
            opens_at: "2026-12-01T09:00".into(),
            closes_at: "2027-01-31T17:00".into(),
            voting_closes_at: "2027-02-14T17:00".into(),
            moderation: "pre".into(),
            categories: vec!["carers".into()],
            new_categories: "Young carers | Gofalwyr ifanc\n\nSleep".into(),
            support_budget: String::new(),
            fair_order: String::new(),
        }
    }

    #[test]
    fn a_support_budget_is_a_whole_number_or_nothing() {
        let with = |text: &str| {
            CampaignForm {
                support_budget: text.into(),
                ..good()
            }
            .validate(&known())
        };
        assert_eq!(with("").unwrap().support_budget, None);
        assert_eq!(with(" 10 ").unwrap().support_budget, Some(10));
        for bad in ["0", "-3", "ten", "2.5", "1001"] {
            let errors = with(bad).unwrap_err();
            assert!(errors.get("support-budget").is_some(), "{bad}");
        }
    }

    #[test]
    fn a_good_campaign_gets_a_slug_from_its_title() {
        let draft = good().validate(&known()).unwrap();
        assert_eq!(draft.slug, "apps-for-carers");
        assert_eq!(draft.moderation, ModerationMode::Pre);
        assert_eq!(
            draft.new_categories,
            vec![
                ("Young carers".to_owned(), "Gofalwyr ifanc".to_owned()),
                ("Sleep".to_owned(), String::new())
            ]
        );
        assert_eq!(draft.welsh, Default::default(), "Welsh can wait");
    }

    #[test]
    fn welsh_words_are_checked_as_english_ones_are_when_given() {
        let form = CampaignForm {
            title_cy: "Apiau i ofalwyr".into(),
            summary_cy: "Syniadau\nsy'n helpu gofalwyr di-dâl.".into(),
            description_cy: "Dywedwch wrthym.".into(),
            ..good()
        };
        let welsh = form.validate(&known()).unwrap().welsh;
        assert_eq!(welsh.title, "Apiau i ofalwyr");
        assert_eq!(welsh.summary, "Syniadau sy'n helpu gofalwyr di-dâl.");
        let form = CampaignForm {
            title_cy: "A\u{7}b cd".into(),
            summary_cy: "a".repeat(CAMPAIGN_SUMMARY_MAX + 1),
            ..good()
        };
        let errors = form.validate(&known()).unwrap_err();
        assert!(errors.get("title-cy").is_some());
        assert!(errors.get("summary-cy").is_some());
        assert!(errors.get("title").is_none(), "the English stays as it was");
    }

    #[test]
    fn windows_must_be_in_order() {
        let form = CampaignForm {
            closes_at: "2026-11-30T09:00".into(),
            voting_closes_at: "2026-11-01T09:00".into(),
            ..good()
        };
        let errors = form.validate(&known()).unwrap_err();
        assert_eq!(
            errors.get("closes-at"),
            Some("Ideas must close after they open")
        );
        assert_eq!(
            errors.get("voting-closes-at"),
            Some("Voting cannot close before ideas close")
        );
    }

    #[test]
    fn bad_dates_slugs_and_categories_are_refused() {
        let form = CampaignForm {
            opens_at: "2026-02-30T09:00".into(),
            slug: "Not A Slug!".into(),
            categories: vec!["astrology".into()],
            moderation: "maybe".into(),
            ..good()
        };
        let errors = form.validate(&known()).unwrap_err();
        assert!(errors.get("opens-at").unwrap().contains("real date"));
        assert!(errors.get("slug").is_some());
        assert!(errors.get("categories").is_some());
        assert!(errors.get("moderation").is_some());
    }
}
