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

const ACCESSIBILITY: &str = "\
This accessibility statement applies to {service}.

This website is run by the organisation named on the [contact page](/contact). We want as many people as possible to be able to use it. For example, that means you should be able to:

- change colours, contrast levels and fonts using browser or device settings
- zoom in up to 400% without the text spilling off the screen
- navigate most of the website using a keyboard or speech recognition software
- listen to most of the website using a screen reader
- use every part of it with JavaScript turned off

We have also made the text as simple as possible to understand.

## How accessible this website is

We test every page against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard with automated checks (axe-core) in a real browser, with JavaScript on and off, each time the software changes. We know of no parts of this website that are not accessible. Charts on the analysis page have the same figures in tables beside them.

## Feedback and contact information

If you need information on this website in a different format, like accessible PDF, large print, easy read, audio recording or braille, use the [contact page](/contact). We will consider your request and get back to you within 5 working days.

## Reporting accessibility problems with this website

We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, tell us through the [contact page](/contact).

## Enforcement procedure

The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). If you are not happy with how we respond to your complaint, [contact the Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).

## Technical information about this website's accessibility

We are committed to making our website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.

### Compliance status

This website is fully compliant with the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/) AA standard.

### Content that is not within the scope of the accessibility regulations

Ideas, comments and listings are written by the people who take part. We check that they are shown accessibly (headings, links and lists are marked up from what people write), but we do not rewrite their words.

## Preparation of this accessibility statement

This statement was prepared from the tests run with each release of the software. The organisation running this service should review it at least once a year, and after any change to how the service is run.
";

const PRIVACY: &str = "\
This notice explains how your personal data is used when you use {service}.

## Who is responsible for your data

The organisation named on the [contact page](/contact) runs this service and is the data controller for the personal data it holds. You can contact its data protection officer through the same page.

## What we collect and why

- **Your account**: the name you chose to show with your ideas, the group you said you belong to (\"I am a…\"), and an identifier from the service you sign in with. We use these to let you take part, and the group to compare what different groups of people want. We never publish the name your sign-in service holds for you unless you choose it.
- **What you write**: ideas, comments, reports and, if you list an app or tool, its details and your organisation's contact email. Ideas, comments and listings are public; reports and contact emails are seen only by moderators.
- **Your votes**: which ideas you support. Totals are public; who voted for what is not.
- **Technical data**: your IP address is used for a few minutes to limit how often the same address can send requests, so the service cannot be flooded. It is not stored with your account.

The lawful basis is that running this engagement is a task carried out in the public interest (UK GDPR Article 6(1)(e)).

## How long we keep it

- Your account and votes: until you delete your account, which you can do at any time from your account page.
- Ideas and comments: for as long as the campaign's record is kept. If you delete your account, they stay under \"Deleted account\" without your name, because other people voted for and discussed them.
- Sign-in sessions: 14 days after you last use the service, and never more than 30 days.
- The moderation record (what was hidden and why): for as long as the campaign's record is kept.

## Your rights

You can download everything we hold about you (your account page, \"Download your data\"), correct your name and group, and delete your account. You also have the right to object to how your data is used and to ask for it to be restricted. To do so, use the [contact page](/contact).

## How to complain

If you are unhappy with how your data has been handled, contact us first. You can also complain to the [Information Commissioner's Office](https://ico.org.uk/make-a-complaint/).
";

const COOKIES: &str = "\
{service} puts a small file (a cookie) on your device only when you sign in or choose a language.

| Name | Purpose | Expires |
| --- | --- | --- |
| `ideas_session` | Keeps you signed in as you move from page to page. It holds a random number, nothing about you. | 14 days after you last use the service, and in any case 30 days after you sign in |
| `ideas_lang` | Remembers the language you chose, Welsh or English. It holds `cy` or `en`. | A year after you choose |

These cookies are strictly necessary for the service to do what you asked of it, so we do not ask for your consent to set them. We do not use analytics, advertising or any other cookies, and we do not load anything from other websites that could set them.
";

const RULES: &str = "\
Everyone who puts forward an idea, comments, votes or lists an app or tool on {service} agrees to these rules.

- Be respectful: discuss ideas, not people.
- Write about this campaign and about health and care.
- Do not share your own or anyone else's medical details or other personal information.
- Do not advertise. Developers list their apps and tools in the directory, not in ideas or comments.
- Vote once, as yourself. Do not make more than one account.

Moderators may hide anything that breaks the rules below, and suspend accounts that keep breaking them. What was hidden, and why, is in the public [moderation log](/moderation-log), without anyone's name. You can report anything you think breaks the rules with the \"Report\" link beside it.
";

const CONTACT: &str = "\
{service} is run by a public body. To ask a question, report a problem, ask for information in another format or exercise your data rights, contact the team that runs it.

The team has not published its contact details on this page yet. Until it does, you can report a problem with anything on the site using the \"Report\" link beside it, and moderators will see it.
";

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
