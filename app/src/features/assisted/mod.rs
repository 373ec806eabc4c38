//! Assisted digital: helpers record people who take part in person, by phone or on
//! paper, with their consent, and act for them (see `domain::assisted`). Helpers see
//! the people they recorded; moderators and administrators see everyone's.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

use crate::domain::assisted::{Channel, NewPerson, REFERENCE_MAX, UNNAMED, idea_numbers};
use crate::domain::user::Segment;
use crate::features::ideas::submit::IdeaForm;
use crate::forms::{FieldErrors, single_line};

/// Someone a helper acts for, as the pages name them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpedPerson {
    pub id: i64,
    pub display_name: String,
    pub segment: String,
    pub channel: String,
    /// "1 December 2026".
    pub consented_on: String,
    /// Who recorded them; `None` once that account is gone.
    pub helper: Option<String>,
    pub reference: Option<String>,
}

/// One person in the helper's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub person: HelpedPerson,
    pub ideas: u64,
    pub supports: u64,
}

/// An idea a person put forward or supports, as their page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaLine {
    pub id: i64,
    pub title: String,
    /// `None` while it is not public (waiting for a moderator).
    pub href: Option<String>,
    /// "Published", "Waiting for a moderator"…
    pub state: String,
}

/// A campaign a helper can put an idea forward in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCampaign {
    pub title: String,
    /// The new-idea page, for this person.
    pub href: String,
}

/// A campaign as the import page lists it: the short name a file's rows use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignKey {
    pub slug: String,
    pub title: String,
    /// Its phase, "Open for ideas"…
    pub phase: String,
    /// Its categories' short names, which rows with an idea must use.
    pub categories: Vec<String>,
}

/// What the import page needs besides a preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportContext {
    /// Campaigns taking ideas or support now.
    pub campaigns: Vec<CampaignKey>,
}

/// Everything a person's page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDetail {
    pub person: HelpedPerson,
    pub ideas: Vec<IdeaLine>,
    pub supports: Vec<IdeaLine>,
    pub open_campaigns: Vec<OpenCampaign>,
}

/// The form for recording a person, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub display_name: String,
    pub segment: String,
    pub channel: String,
    pub reference: String,
    /// "yes" once the helper confirms [`CONSENT`](crate::domain::assisted::CONSENT).
    pub consent: String,
}

impl PersonForm {
    /// The person, or a message per field. Without consent nothing is recorded.
    pub fn validate(&self) -> Result<NewPerson, FieldErrors> {
        let mut errors = FieldErrors::new();
        let display_name = if self.display_name.trim().is_empty() {
            UNNAMED.to_owned()
        } else {
            single_line(
                &mut errors,
                "display-name",
                &self.display_name,
                "field-their-name",
                2,
                crate::features::accounts::DISPLAY_NAME_MAX,
            )
        };
        let segment = Segment::from_key(self.segment.trim());
        if segment.is_none() {
            errors.add("segment", crate::t!("helped-error-segment"));
        }
        let channel = Channel::from_key(&self.channel);
        if channel.is_none() {
            errors.add("channel", crate::t!("helped-error-channel"));
        }
        let reference = if self.reference.trim().is_empty() {
            None
        } else {
            Some(single_line(
                &mut errors,
                "reference",
                &self.reference,
                "field-reference",
                1,
                REFERENCE_MAX,
            ))
        };
        if self.consent != "yes" {
            errors.add("consent", crate::t!("helped-error-consent"));
        }
        errors.into_result(()).map(|()| NewPerson {
            display_name,
            segment: segment.expect("checked above"),
            channel: channel.expect("checked above"),
            reference,
        })
    }
}

/// The form for supporting ideas on someone's behalf, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportForm {
    /// Idea numbers, as on a paper form.
    pub ideas: String,
    /// "no" to withdraw their support instead.
    pub support: String,
}

impl SupportForm {
    /// The ideas to support (or withdraw from), or a message.
    pub fn validate(&self) -> Result<Vec<i64>, FieldErrors> {
        match idea_numbers(&self.ideas) {
            Ok(numbers) if numbers.is_empty() => {
                Err(FieldErrors::one("ideas", crate::t!("helped-error-ideas")))
            }
            Ok(numbers) => Ok(numbers),
            Err(message) => Err(FieldErrors::one("ideas", message)),
        }
    }

    /// Whether this withdraws support rather than gives it.
    pub fn withdraws(&self) -> bool {
        self.support == "no"
    }
}

/// The form for removing a person, as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RemoveForm {
    /// "yes" once the helper confirms the person asked.
    pub asked: String,
}

impl RemoveForm {
    /// Nothing, or the message when the helper did not confirm.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        if self.asked == "yes" {
            Ok(())
        } else {
            Err(FieldErrors::one("asked", crate::t!("helped-error-asked")))
        }
    }
}

/// The columns of an import file, in the order the template has them. Only `group`,
/// `channel` and `consent` are needed on every row; a row puts an idea forward, supports
/// ideas, or both.
pub const IMPORT_COLUMNS: [&str; 13] = [
    "name",
    "group",
    "channel",
    "consent",
    "reference",
    "campaign",
    "category",
    "kind",
    "title",
    "summary",
    "description",
    "link",
    "supports",
];

/// One row of an import file (one paper form), as written. Columns a file leaves out
/// read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportRow {
    pub name: String,
    pub group: String,
    pub channel: String,
    pub consent: String,
    pub reference: String,
    pub campaign: String,
    pub category: String,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub link: String,
    pub supports: String,
}

impl ImportRow {
    /// The person the row records, as the form would take them ("yes", "y" or "true"
    /// for consent; a group by its key or its label, in English or Welsh).
    pub fn person(&self) -> PersonForm {
        let consent = matches!(
            self.consent.trim().to_lowercase().as_str(),
            "yes" | "y" | "true"
        );
        let group = self.group.trim().to_lowercase();
        let segment = Segment::ALL
            .into_iter()
            .find(|s| {
                s.key() == group
                    || crate::i18n::Lang::ALL.into_iter().any(|lang| {
                        crate::i18n::text(lang, s.label_key(), &[]).to_lowercase() == group
                    })
            })
            .map_or(group, |s| s.key().to_owned());
        PersonForm {
            display_name: self.name.clone(),
            segment,
            channel: self.channel.clone(),
            reference: self.reference.clone(),
            consent: if consent { "yes" } else { "" }.to_owned(),
        }
    }

    /// Whether the row puts an idea forward (it has a title or a summary).
    pub fn has_idea(&self) -> bool {
        !self.title.trim().is_empty() || !self.summary.trim().is_empty()
    }

    /// The idea the row puts forward, as the new-idea form would take it (an idea for a
    /// new app unless `kind` says "existing").
    pub fn idea(&self) -> IdeaForm {
        let kind = match self.kind.trim().to_lowercase().as_str() {
            "" => "new".to_owned(),
            other => other.to_owned(),
        };
        IdeaForm {
            title: self.title.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            category: self.category.trim().to_lowercase(),
            kind,
            link_url: self.link.clone(),
            ..Default::default()
        }
    }
}

/// An import file with two example rows, for helpers to fill in.
pub fn import_template() -> String {
    let mut out = IMPORT_COLUMNS.join(",");
    out.push('\n');
    out.push_str(
        "Jo,public,paper,yes,Form 17,your-campaign,,new,A reminder app for carers,\
         \"Reminds carers of medicines, appointments and repeat prescriptions.\",,,\n",
    );
    out.push_str(",professional,phone,yes,Call 4,,,,,,,,\"12, 45\"\n");
    out
}

/// One row of an import file as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    pub person: String,
    pub idea: Option<String>,
    pub supports: String,
    /// Empty when the row can be imported.
    pub problems: Vec<String>,
    /// What will happen that the helper should know (an idea held for a moderator).
    pub notes: Vec<String>,
}

/// What an uploaded file would import, row by row; nothing is stored until every row
/// can be.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub rows: Vec<PreviewRow>,
    /// The file's text, sent back with the confirmation so it is imported as previewed.
    pub csv: String,
    /// A problem with the file as a whole (not a CSV file, no rows, too many).
    pub file_problem: Option<String>,
}

impl ImportPreview {
    /// How many rows have problems.
    pub fn rows_with_problems(&self) -> usize {
        self.rows.iter().filter(|r| !r.problems.is_empty()).count()
    }

    /// Whether the whole file can be imported.
    pub fn is_ready(&self) -> bool {
        self.file_problem.is_none() && !self.rows.is_empty() && self.rows_with_problems() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> PersonForm {
        PersonForm {
            display_name: "  Jo  ".into(),
            segment: "public".into(),
            channel: "paper".into(),
            reference: "Form 17".into(),
            consent: "yes".into(),
        }
    }

    #[test]
    fn a_person_with_consent_is_recorded() {
        let person = form().validate().unwrap();
        assert_eq!(person.display_name, "Jo");
        assert_eq!(person.segment, Segment::Public);
        assert_eq!(person.channel, Channel::Paper);
        assert_eq!(person.reference.as_deref(), Some("Form 17"));
    }

    #[test]
    fn no_consent_no_record() {
        let errors = PersonForm {
            consent: String::new(),
            ..form()
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("consent").unwrap().starts_with("Confirm that"));
    }

    #[test]
    fn a_name_is_optional_and_the_rest_is_checked() {
        let person = PersonForm {
            display_name: "   ".into(),
            reference: String::new(),
            ..form()
        }
        .validate()
        .unwrap();
        assert_eq!(person.display_name, UNNAMED);
        assert_eq!(person.reference, None);
        let errors = PersonForm {
            segment: "robot".into(),
            channel: "pigeon".into(),
            ..form()
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("segment").is_some());
        assert!(errors.get("channel").is_some());
    }

    #[test]
    fn a_support_form_needs_numbers() {
        let empty = SupportForm::default().validate().unwrap_err();
        assert_eq!(
            empty.get("ideas"),
            Some("Enter the numbers of the ideas they support")
        );
        let form = SupportForm {
            ideas: "3 4".into(),
            support: "no".into(),
        };
        assert_eq!(form.validate(), Ok(vec![3, 4]));
        assert!(form.withdraws());
    }

    #[test]
    fn an_import_row_reads_loosely_written_values() {
        let row = ImportRow {
            group: "Health or care professional".into(),
            channel: "Phone".into(),
            consent: "Y".into(),
            title: "A title".into(),
            category: " Mental-Health ".into(),
            ..Default::default()
        };
        let person = row.person().validate().unwrap();
        assert_eq!(person.segment, Segment::Professional);
        assert_eq!(person.channel, Channel::Phone);
        assert!(row.has_idea());
        let idea = row.idea();
        assert_eq!(idea.kind, "new");
        assert_eq!(idea.category, "mental-health");
        let unsure = ImportRow {
            consent: "maybe".into(),
            ..row
        };
        assert!(unsure.person().validate().is_err());
    }

    #[test]
    fn the_template_has_every_column() {
        let template = import_template();
        let header = template.lines().next().unwrap();
        assert_eq!(header.split(',').count(), IMPORT_COLUMNS.len());
    }
}
