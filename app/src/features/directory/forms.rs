//! The directory's forms, as typed, and their checks: a developer's organisation, a
//! listing, a moderator's decision or reason, an administrator's webhook.

use serde::{Deserialize, Serialize};

use crate::domain::campaign::CategoryOption;
use crate::domain::link::WebLink;
use crate::domain::listing::{
    Assurance, Audience, Cost, DeveloperProfile, DeviceClass, EvidenceTier,
    LISTING_DESCRIPTION_MAX, ListingContent, NAME_MAX, NewWebhook, ORGANISATION_MAX, Platform,
    ReviewDecision, TAGLINE_MAX,
};
use crate::forms::{FieldErrors, multi_line, one_paragraph, single_line};

/// The most app store links one listing gives.
pub const STORE_LINKS_MAX: usize = 6;
/// The most ideas one listing says it answers.
pub const IDEAS_MAX: usize = 20;
pub const EMAIL_MAX: usize = 254;
pub const REASON_MAX: usize = 2_000;

/// The developer's organisation profile, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeveloperForm {
    pub organisation: String,
    pub website_url: String,
    pub contact_email: String,
}

impl DeveloperForm {
    pub fn validate(&self) -> Result<DeveloperProfile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let organisation = single_line(
            &mut errors,
            "organisation",
            &self.organisation,
            "field-your-organisation",
            2,
            ORGANISATION_MAX,
        );
        let website_url = optional_link(&mut errors, "website-url", &self.website_url);
        let contact_email = email(&mut errors, "contact-email", &self.contact_email);
        errors.into_result(()).map(|()| DeveloperProfile {
            organisation,
            website_url,
            contact_email,
        })
    }
}

/// An email address people can write to: one `@`, a name before it and a domain with a
/// dot after it, no spaces. (Whether it is read is the developer's business.)
fn email(errors: &mut FieldErrors, field: &str, value: &str) -> String {
    let value = value.trim();
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if value.is_empty() {
        errors.add(field, crate::t!("listing-error-contact"));
    } else if value.chars().count() > EMAIL_MAX || !valid {
        errors.add(field, crate::t!("listing-error-contact-format"));
    }
    value.to_owned()
}

fn optional_link(errors: &mut FieldErrors, field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match WebLink::parse(value) {
        Ok(link) => Some(link.into_string()),
        Err(problem) => {
            errors.add(field, problem.message());
            None
        }
    }
}

/// The listing form, exactly as typed. Checkboxes arrive as lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListingForm {
    /// The language it is written in: `en` or `cy`; empty, the page's language.
    pub language: String,
    pub name: String,
    pub tagline: String,
    pub description: String,
    pub organisation: String,
    pub website_url: String,
    /// One address per line.
    pub app_store_links: String,
    pub platforms: Vec<String>,
    pub categories: Vec<String>,
    pub audiences: Vec<String>,
    pub cost: String,
    pub accessibility_url: String,
    pub privacy_url: String,
    /// "yes" when ticked.
    pub dtac_completed: String,
    pub device_class: String,
    pub evidence_tier: String,
    pub clinical_safety_officer: String,
    pub contact_email: String,
    /// Idea numbers or idea page addresses, one per line.
    pub ideas: String,
    /// "submit" to send it for review; anything else saves a draft.
    pub intent: String,
}

impl ListingForm {
    /// Whether the person asked for a review rather than a saved draft.
    pub fn wants_review(&self) -> bool {
        self.intent == "submit"
    }

    /// The listing, or a message per field. `categories` are those ideas use.
    pub fn validate(&self, categories: &[CategoryOption]) -> Result<ListingContent, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = single_line(&mut errors, "name", &self.name, "field-name", 2, NAME_MAX);
        let tagline = single_line(
            &mut errors,
            "tagline",
            &self.tagline,
            "field-tagline",
            10,
            TAGLINE_MAX,
        );
        let description = multi_line(
            &mut errors,
            "description",
            &self.description,
            "field-description",
            true,
            LISTING_DESCRIPTION_MAX,
        );
        let organisation = single_line(
            &mut errors,
            "organisation",
            &self.organisation,
            "field-provider",
            2,
            ORGANISATION_MAX,
        );
        let website_url = match self.website_url.trim() {
            "" => {
                errors.add("website-url", crate::t!("listing-error-website"));
                String::new()
            }
            text => match WebLink::parse(text) {
                Ok(link) => link.into_string(),
                Err(problem) => {
                    errors.add("website-url", problem.message());
                    String::new()
                }
            },
        };
        let mut app_store_links = Vec::new();
        let lines: Vec<&str> = self
            .app_store_links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > STORE_LINKS_MAX {
            errors.add(
                "app-store-links",
                crate::t!("links-error-too-many", max = STORE_LINKS_MAX),
            );
        }
        for (n, line) in lines.iter().take(STORE_LINKS_MAX).enumerate() {
            match WebLink::parse(line) {
                Ok(link) => app_store_links.push(link.into_string()),
                Err(problem) => {
                    let message =
                        crate::t!("links-error-link-n", n = n + 1, problem = problem.message());
                    errors.add("app-store-links", message);
                    break;
                }
            }
        }
        let platforms = choose(
            &mut errors,
            "platforms",
            &self.platforms,
            Platform::from_key,
            &crate::t!("listing-error-platforms"),
        );
        let audiences = choose(
            &mut errors,
            "audiences",
            &self.audiences,
            Audience::from_key,
            &crate::t!("listing-error-audiences"),
        );
        let mut chosen_categories = Vec::new();
        for slug in &self.categories {
            if categories.iter().any(|c| &c.slug == slug) {
                if !chosen_categories.contains(slug) {
                    chosen_categories.push(slug.clone());
                }
            } else {
                errors.add("categories", crate::t!("listing-error-categories"));
            }
        }
        if chosen_categories.is_empty() && !categories.is_empty() {
            errors.add("categories", crate::t!("listing-error-no-category"));
        }
        let cost = Cost::from_key(self.cost.trim());
        if cost.is_none() {
            errors.add("cost", crate::t!("listing-error-cost"));
        }
        let accessibility_url =
            optional_link(&mut errors, "accessibility-url", &self.accessibility_url);
        let privacy_url = optional_link(&mut errors, "privacy-url", &self.privacy_url);
        let device_class = match self.device_class.trim() {
            "" => None,
            key => {
                let class = DeviceClass::from_key(key);
                if class.is_none() {
                    errors.add("device-class", crate::t!("listing-error-device"));
                }
                class
            }
        };
        let evidence_tier = match self.evidence_tier.trim() {
            "" => None,
            key => {
                let tier = EvidenceTier::from_key(key);
                if tier.is_none() {
                    errors.add("evidence-tier", crate::t!("listing-error-tier"));
                }
                tier
            }
        };
        let officer = self.clinical_safety_officer.trim();
        let clinical_safety_officer = if officer.is_empty() {
            None
        } else {
            Some(single_line(
                &mut errors,
                "clinical-safety-officer",
                officer,
                "field-safety-officer",
                2,
                120,
            ))
        };
        let contact_email = email(&mut errors, "contact-email", &self.contact_email);
        let idea_ids = parse_ideas(&mut errors, &self.ideas);
        // Only our languages are offered; anything else (or nothing) is the page's.
        let language = crate::i18n::Lang::parse(&self.language).unwrap_or_else(crate::i18n::lang);
        errors.into_result(()).map(|()| ListingContent {
            language,
            name,
            tagline,
            description,
            organisation,
            website_url,
            app_store_links,
            platforms,
            categories: chosen_categories,
            audiences,
            cost,
            accessibility_url,
            privacy_url,
            assurance: Assurance {
                dtac_completed: self.dtac_completed == "yes",
                device_class,
                evidence_tier,
                clinical_safety_officer,
            },
            contact_email,
            idea_ids,
        })
    }

    /// The form filled in from a stored listing, for editing.
    pub fn from_content(content: &ListingContent) -> Self {
        Self {
            language: content.language.code().to_owned(),
            name: content.name.clone(),
            tagline: content.tagline.clone(),
            description: content.description.clone(),
            organisation: content.organisation.clone(),
            website_url: content.website_url.clone(),
            app_store_links: content.app_store_links.join("\n"),
            platforms: content.platforms.iter().map(|p| p.key().into()).collect(),
            categories: content.categories.clone(),
            audiences: content.audiences.iter().map(|a| a.key().into()).collect(),
            cost: content.cost.map(|c| c.key().into()).unwrap_or_default(),
            accessibility_url: content.accessibility_url.clone().unwrap_or_default(),
            privacy_url: content.privacy_url.clone().unwrap_or_default(),
            dtac_completed: if content.assurance.dtac_completed {
                "yes".into()
            } else {
                String::new()
            },
            device_class: content
                .assurance
                .device_class
                .map(|c| c.key().into())
                .unwrap_or_default(),
            evidence_tier: content
                .assurance
                .evidence_tier
                .map(|t| t.key().into())
                .unwrap_or_default(),
            clinical_safety_officer: content
                .assurance
                .clinical_safety_officer
                .clone()
                .unwrap_or_default(),
            contact_email: content.contact_email.clone(),
            ideas: content
                .idea_ids
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
            intent: String::new(),
        }
    }
}

/// Ticked choices from a closed set: at least one, each known.
fn choose<T: PartialEq>(
    errors: &mut FieldErrors,
    field: &str,
    keys: &[String],
    from_key: fn(&str) -> Option<T>,
    missing: &str,
) -> Vec<T> {
    let mut chosen = Vec::new();
    for key in keys {
        match from_key(key) {
            Some(choice) if !chosen.contains(&choice) => chosen.push(choice),
            Some(_) => {}
            None => errors.add(field, crate::t!("listing-error-choices")),
        }
    }
    if chosen.is_empty() {
        errors.add(field, missing);
    }
    chosen
}

/// Idea numbers from lines like `12`, `#12`, `/ideas/12-sleep-diary` or a full address
/// of an idea page. (Whether each idea exists is the server's check.)
fn parse_ideas(errors: &mut FieldErrors, text: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let number = match line.rsplit_once("/ideas/") {
            Some((_, rest)) => rest.split(['-', '/', '?', '#']).next().unwrap_or(""),
            None => line.trim_start_matches('#'),
        };
        match number.parse::<i64>() {
            Ok(id) if id > 0 => {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            _ => {
                errors.add("ideas", crate::t!("listing-error-not-idea", line = line));
                return ids;
            }
        }
    }
    if ids.len() > IDEAS_MAX {
        errors.add(
            "ideas",
            crate::t!("listing-error-too-many-ideas", max = IDEAS_MAX),
        );
    }
    ids
}

/// A moderator's decision on a submitted listing or update, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    /// approve, changes or reject.
    pub decision: String,
    /// Shown to the developer: what to change, or why it was rejected.
    pub message: String,
}

impl DecisionForm {
    pub fn validate(&self) -> Result<ReviewDecision, FieldErrors> {
        let mut errors = FieldErrors::new();
        let message = one_paragraph(&multi_line(
            &mut errors,
            "message",
            &self.message,
            "field-message",
            false,
            REASON_MAX,
        ));
        let decision = match self.decision.as_str() {
            "approve" => Some(ReviewDecision::Approve),
            "changes" if message.is_empty() => {
                errors.add("message", crate::t!("review-error-changes"));
                None
            }
            "changes" => Some(ReviewDecision::RequestChanges(message)),
            "reject" if message.is_empty() => {
                errors.add("message", crate::t!("review-error-reject"));
                None
            }
            "reject" => Some(ReviewDecision::Reject(message)),
            _ => {
                errors.add("decision", crate::t!("review-error-decision"));
                None
            }
        };
        errors
            .into_result(())
            .map(|()| decision.expect("checked above"))
    }
}

/// A reason typed for archiving a listing or revoking a developer (required).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

impl ReasonForm {
    pub fn validate(&self, required: bool) -> Result<Option<String>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = one_paragraph(&multi_line(
            &mut errors,
            "reason",
            &self.reason,
            "field-reason",
            required,
            REASON_MAX,
        ));
        errors
            .into_result(())
            .map(|()| (!reason.is_empty()).then_some(reason))
    }
}

/// A webhook to register, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebhookForm {
    pub url: String,
    pub description: String,
    /// Left empty, one is generated and shown once.
    pub secret: String,
}

impl WebhookForm {
    pub fn validate(&self) -> Result<NewWebhook, FieldErrors> {
        let mut errors = FieldErrors::new();
        // Only present and of a sane length here: the server parses it as a URL and
        // checks it is a public https address (`server::webhook_target`).
        let url = self.url.trim().to_owned();
        if url.is_empty() {
            errors.add("url", crate::t!("webhooks-error-url"));
        } else if url.chars().count() > crate::domain::link::LINK_MAX {
            errors.add("url", crate::t!("webhooks-error-url-long"));
        }
        let description = single_line(
            &mut errors,
            "description",
            &self.description,
            "field-webhook",
            2,
            200,
        );
        let secret = self.secret.trim();
        let secret = if secret.is_empty() {
            None
        } else {
            if secret.len() < 16 || secret.len() > 128 || !secret.is_ascii() {
                errors.add("secret", crate::t!("webhooks-error-secret"));
            }
            Some(secret.to_owned())
        };
        errors.into_result(()).map(|()| NewWebhook {
            url,
            description,
            secret,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories() -> Vec<CategoryOption> {
        vec![CategoryOption {
            slug: "sleep".into(),
            name: "Sleep".into(),
        }]
    }

    pub(crate) fn good() -> ListingForm {
        ListingForm {
            language: "en".into(),
            name: "Sleep Well".into(),
            tagline: "A sleep diary that teenagers keep".into(),
            description: "Longer **markdown**.".into(),
            organisation: "Rest Ltd".into(),
            website_url: "https://sleepwell.example.org".into(),
            app_store_links: "https://apps.apple.com/app/id1\n".into(),
            platforms: vec!["web".into(), "ios".into()],
            categories: vec!["sleep".into()],
            audiences: vec!["public".into()],
            cost: "free".into(),
            accessibility_url: String::new(),
            privacy_url: "https://sleepwell.example.org/privacy".into(),
            dtac_completed: "yes".into(),
            device_class: "not_a_device".into(),
            evidence_tier: String::new(),
            clinical_safety_officer: String::new(),
            contact_email: "hello@sleepwell.example.org".into(),
            ideas: "12\nhttps://ideas.example.org/ideas/40-a-sleep-diary\n#12".into(),
            intent: "submit".into(),
        }
    }

    #[test]
    fn a_good_listing_is_parsed() {
        let content = good().validate(&categories()).unwrap();
        assert_eq!(content.platforms, vec![Platform::Web, Platform::Ios]);
        assert_eq!(content.idea_ids, vec![12, 40]);
        assert_eq!(content.cost, Some(Cost::Free));
        assert!(content.assurance.dtac_completed);
        assert_eq!(content.accessibility_url, None);
        // The form rebuilt from the content validates to the same content.
        let again = ListingForm::from_content(&content)
            .validate(&categories())
            .unwrap();
        assert_eq!(again, content);
    }

    #[test]
    fn links_must_be_web_addresses() {
        let form = ListingForm {
            website_url: "javascript:alert(1)".into(),
            privacy_url: "data:text/html,hi".into(),
            app_store_links: "https://ok.example.org\nftp://files.example.org".into(),
            ..good()
        };
        let errors = form.validate(&categories()).unwrap_err();
        assert!(errors.get("website-url").is_some());
        assert!(errors.get("privacy-url").is_some());
        assert_eq!(
            errors.get("app-store-links"),
            Some("Link 2: Enter a web address starting with https://")
        );
    }

    #[test]
    fn required_choices_and_lengths_are_checked() {
        let form = ListingForm {
            tagline: "x".repeat(TAGLINE_MAX + 1),
            platforms: vec![],
            audiences: vec!["aliens".into()],
            categories: vec![],
            cost: "cheap".into(),
            contact_email: "not an email".into(),
            ideas: "the sleep one".into(),
            ..good()
        };
        let errors = form.validate(&categories()).unwrap_err();
        assert_eq!(
            errors.get("tagline"),
            Some("A one-line description must be 140 characters or fewer")
        );
        assert_eq!(errors.get("platforms"), Some("Select where it runs"));
        assert_eq!(
            errors.get("audiences"),
            Some("Select from the choices given")
        );
        assert_eq!(
            errors.get("categories"),
            Some("Select at least one category")
        );
        assert_eq!(errors.get("cost"), Some("Select what it costs to use"));
        assert!(errors.get("contact-email").is_some());
        assert!(errors.get("ideas").unwrap().contains("the sleep one"));
    }

    #[test]
    fn decisions_other_than_approval_need_a_message() {
        let form = DecisionForm {
            decision: "reject".into(),
            message: "  ".into(),
        };
        assert_eq!(
            form.validate().unwrap_err().get("message"),
            Some("Enter why the listing is rejected")
        );
        let form = DecisionForm {
            decision: "changes".into(),
            message: "Add a privacy policy.".into(),
        };
        assert_eq!(
            form.validate().unwrap(),
            ReviewDecision::RequestChanges("Add a privacy policy.".into())
        );
        assert!(
            DecisionForm::default()
                .validate()
                .unwrap_err()
                .get("decision")
                .is_some()
        );
    }

    #[test]
    fn developer_profiles_need_an_organisation_and_an_email() {
        let errors = DeveloperForm::default().validate().unwrap_err();
        assert!(errors.get("organisation").is_some());
        assert_eq!(
            errors.get("contact-email"),
            Some("Enter a contact email address")
        );
        let profile = DeveloperForm {
            organisation: "Rest Ltd".into(),
            website_url: String::new(),
            contact_email: "a@b.org".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(profile.website_url, None);
    }
}
