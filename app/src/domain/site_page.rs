//! The pages a UK public body must publish with a service like this one: the
//! accessibility statement, the privacy notice, the cookies page, the rules people take
//! part under, and how to get in touch. Each has a default text, true of this software
//! as it is built; administrators edit it in Markdown to name their organisation and
//! their own arrangements. Texts are kept whole (not assembled from fragments) so that
//! each can be translated as one.

use serde::{Deserialize, Serialize};

use crate::domain::moderation::ReportReason;

/// One of the statutory pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SitePageKind {
    Accessibility,
    Privacy,
    Cookies,
    Rules,
    Contact,
}

impl SitePageKind {
    pub const ALL: [SitePageKind; 5] = [
        Self::Accessibility,
        Self::Privacy,
        Self::Cookies,
        Self::Rules,
        Self::Contact,
    ];

    /// Its key, and the last part of its address (`/accessibility`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Accessibility => "accessibility",
            Self::Privacy => "privacy",
            Self::Cookies => "cookies",
            Self::Rules => "rules",
            Self::Contact => "contact",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The page's address.
    pub fn path(self) -> String {
        format!("/{}", self.key())
    }

    /// The key of its title (`app/locales`).
    pub fn title_key(self) -> &'static str {
        match self {
            Self::Accessibility => "site-page-accessibility",
            Self::Privacy => "site-page-privacy",
            Self::Cookies => "site-page-cookies",
            Self::Rules => "site-page-rules",
            Self::Contact => "site-page-contact",
        }
    }

    /// The key of what search engines and link previews say of it.
    pub fn description_key(self) -> &'static str {
        match self {
            Self::Accessibility => "site-page-accessibility-description",
            Self::Privacy => "site-page-privacy-description",
            Self::Cookies => "site-page-cookies-description",
            Self::Rules => "site-page-rules-description",
            Self::Contact => "site-page-contact-description",
        }
    }

    /// The text shown until an administrator edits it, in Markdown.
    pub fn default_text(self, service: &str) -> String {
        match self {
            Self::Accessibility => ACCESSIBILITY.replace("{service}", service),
            Self::Privacy => PRIVACY.replace("{service}", service),
            Self::Cookies => COOKIES.replace("{service}", service),
            Self::Rules => RULES.replace("{service}", service),
            Self::Contact => CONTACT.replace("{service}", service),
        }
    }
}

/// The rules, as every page that names them says them: the report form's reasons and
/// the moderators' templates come from the same list (`ReportReason::rule_key`). The
/// keys of each rule's name and sentence.
pub fn house_rules() -> Vec<(&'static str, &'static str)> {
    ReportReason::ALL
        .iter()
        .map(|r| (r.label_key(), r.rule_key()))
        .collect()
}

const ACCESSIBILITY: &str = include_str!("site_page/accessibility.md");

const PRIVACY: &str = include_str!("site_page/privacy.md");

const COOKIES: &str = include_str!("site_page/cookies.md");

const RULES: &str = include_str!("site_page/rules.md");

const CONTACT: &str = include_str!("site_page/contact.md");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_every_page_has_words() {
        for kind in SitePageKind::ALL {
            assert_eq!(SitePageKind::from_key(kind.key()), Some(kind));
            let text = kind.default_text("Ideas and Apps");
            assert!(text.contains("Ideas and Apps"), "{kind:?}");
            assert!(!text.contains("{service}"), "{kind:?}");
            assert!(kind.description_key().starts_with(kind.title_key()));
        }
        assert_eq!(SitePageKind::from_key("admin"), None);
    }

    #[test]
    fn the_rules_are_the_report_reasons() {
        let rules = house_rules();
        assert_eq!(rules.len(), ReportReason::ALL.len());
        assert!(rules.iter().any(|(_, rule)| rule.contains("spam")));
    }
}
