//! Suspending and reinstating accounts: a suspended person can still read, and download
//! or delete their data, but cannot put ideas forward, support, comment, report or list
//! apps until the end date (a UK calendar day) has passed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::compose_reason;
use crate::forms::FieldErrors;

/// The longest suspension a moderator can set, in days; beyond it, an administrator
/// deletes the account instead.
pub const SUSPENSION_MAX_DAYS: i64 = 366 * 2;

/// The suspension form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SuspendForm {
    /// The last day, as `<input type="date">` sends it (`2027-01-12`).
    pub until: String,
    /// A `ReportReason` key: the rule broken.
    pub template: String,
    pub reason: String,
}

impl SuspendForm {
    /// The last day and the reason, or a message per field. `today` is the UK date.
    pub fn validate(&self, today: NaiveDate) -> Result<(NaiveDate, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let until = match NaiveDate::parse_from_str(self.until.trim(), "%Y-%m-%d") {
            Ok(day) if day < today => {
                errors.add("until", crate::t!("person-error-past"));
                None
            }
            Ok(day) if (day - today).num_days() > SUSPENSION_MAX_DAYS => {
                errors.add("until", crate::t!("person-error-too-long"));
                None
            }
            Ok(day) => Some(day),
            Err(_) if self.until.trim().is_empty() => {
                errors.add("until", crate::t!("person-error-enter"));
                None
            }
            Err(_) => {
                errors.add("until", crate::t!("person-error-date"));
                None
            }
        };
        let reason = compose_reason(&mut errors, &self.template, &self.reason);
        if reason.is_empty() {
            errors.add("template", crate::t!("person-error-reason"));
        }
        errors
            .into_result(())
            .map(|()| (until.expect("checked above"), reason))
    }
}

/// One entry of a person's moderation record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonLogEntry {
    pub when: String,
    pub what: String,
    pub by: String,
    pub reason: Option<String>,
}

/// A person as moderators see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub id: i64,
    pub name: String,
    pub segment: Option<String>,
    pub role: String,
    pub joined: String,
    pub ideas: u64,
    pub comments: u64,
    pub suspension: Option<crate::domain::identity::Suspension>,
    /// The moderator looking outranks them (nobody suspends their equals, or themselves).
    pub can_suspend: bool,
    /// Suspensions and reinstatements, newest first.
    pub record: Vec<PersonLogEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_suspension_ends_on_a_real_day_ahead_and_says_why() {
        let today = day("2026-12-01");
        let form = SuspendForm {
            until: "2026-11-30".into(),
            ..SuspendForm::default()
        };
        let errors = form.validate(today).unwrap_err();
        assert!(errors.get("until").unwrap().contains("today or later"));
        assert!(errors.get("template").is_some());
        for bad in ["2026-02-30", "next week", "2029-01-01"] {
            let form = SuspendForm {
                until: bad.into(),
                template: "spam".into(),
                ..SuspendForm::default()
            };
            assert!(
                form.validate(today).unwrap_err().get("until").is_some(),
                "{bad}"
            );
        }
        let (until, reason) = SuspendForm {
            until: "2026-12-01".into(),
            template: "offensive".into(),
            reason: "Third warning.".into(),
        }
        .validate(today)
        .unwrap();
        assert_eq!(until, today);
        assert_eq!(
            reason,
            "It is offensive, abusive or hateful. Third warning."
        );
    }
}
