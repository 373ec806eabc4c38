//! Moderation in the open: the moderators' queue (ideas waiting for approval, reported
//! ideas and comments), reporting, and the public moderation log.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod edit;
pub mod pages;
pub mod paths;
pub mod people;

use serde::{Deserialize, Serialize};

use crate::domain::moderation::{ReportReason, Subject};
use crate::forms::{FieldErrors, multi_line, one_paragraph};

pub const REASON_MAX: usize = 2_000;
/// The most items one bulk action applies to.
pub const BULK_MAX: usize = 100;

/// Something in the moderators' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    /// `subject:id`, the value of its checkbox.
    pub key: String,
    pub kind: String,
    pub title: String,
    pub href: String,
    pub author: String,
    /// The author's page for moderators (suspending the account); `None` once deleted.
    pub author_href: Option<String>,
    /// "Waiting for approval", "Hidden after 3 reports", "Reported by 1 person".
    pub state: String,
    /// Why people reported it, most common first.
    pub reasons: Vec<String>,
    /// Who reported it and how each stands, so that a pile-on by new accounts shows.
    pub reporters: Vec<ReporterLine>,
    pub when: String,
    /// What the safeguarding check found, when its author sent it on anyway.
    pub flagged: Vec<String>,
    /// The whole of a held comment (its link leads to a page that does not show it).
    pub text: Option<String>,
}

/// One reporter of an item in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterLine {
    pub name: String,
    /// Their page for moderators; `None` once the account is deleted.
    pub href: Option<String>,
    /// "Account 12 days old · 40 contributions · no earlier reports".
    pub standing: String,
    /// Whether their report counts towards hiding (they were established when they made it).
    pub counts: bool,
}

/// The moderators' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationQueue {
    pub pending: Vec<QueueItem>,
    pub reported: Vec<QueueItem>,
    /// Directory submissions and revisions waiting, oldest first (each reviewed on its
    /// own page, where the changes are shown field by field).
    pub listings: Vec<crate::features::directory::model::QueueRow>,
}

/// The queue's form: the ticked items and what to do with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub selected: Vec<String>,
    /// approve, reject, hide, restore, dismiss, lock or unlock.
    pub action: String,
    /// A `ReportReason` key: the rule broken, as the reason's first sentence.
    pub template: String,
    pub reason: String,
    /// Where to go afterwards (the idea page, for its moderator buttons).
    pub return_to: String,
}

/// A checked bulk action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkAction {
    pub items: Vec<(Subject, i64)>,
    pub action: String,
    pub reason: Option<String>,
    /// A safe local path to go back to, or `None` for the queue.
    pub return_to: Option<String>,
}

impl BulkForm {
    pub fn validate(&self) -> Result<BulkAction, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut items = Vec::new();
        for key in &self.selected {
            let parsed = key
                .split_once(':')
                .and_then(|(s, id)| Some((Subject::from_key(s)?, id.parse::<i64>().ok()?)));
            match parsed {
                Some(item) if !items.contains(&item) => items.push(item),
                Some(_) => {}
                None => errors.add("selected", crate::t!("queue-error-from-queue")),
            }
        }
        if items.is_empty() {
            errors.add("selected", crate::t!("queue-error-none"));
        } else if items.len() > BULK_MAX {
            errors.add(
                "selected",
                crate::t!("queue-error-too-many", max = BULK_MAX),
            );
        }
        let needs_reason = match self.action.as_str() {
            "approve" | "restore" | "dismiss" | "lock" | "unlock" => false,
            "reject" | "hide" => true,
            _ => {
                errors.add("action", crate::t!("queue-error-action"));
                false
            }
        };
        let reason = compose_reason(&mut errors, &self.template, &self.reason);
        if needs_reason && reason.is_empty() {
            errors.add("template", crate::t!("queue-error-reason"));
        }
        let return_to =
            crate::domain::return_to::safe_return_path(&self.return_to).map(str::to_owned);
        errors.into_result(()).map(|()| BulkAction {
            items,
            action: self.action.clone(),
            reason: (!reason.is_empty()).then_some(reason),
            return_to,
        })
    }
}

/// A moderator's reason: the sentence of the rule chosen from the templates (a
/// `ReportReason` key, or empty), then their own words; empty when neither was given.
pub fn compose_reason(errors: &mut FieldErrors, template: &str, own: &str) -> String {
    let rule = match template {
        "" => None,
        key => {
            let rule = ReportReason::from_key(key).map(|r| crate::i18n::tr(r.rule_key()));
            if rule.is_none() {
                errors.add("template", crate::t!("queue-error-rule"));
            }
            rule
        }
    };
    let own = one_paragraph(&multi_line(
        errors,
        "reason",
        own,
        "field-reason",
        false,
        REASON_MAX,
    ));
    match rule {
        Some(rule) if own.is_empty() => rule,
        Some(rule) => format!("{rule} {own}"),
        None => own,
    }
}

/// The report form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    pub reason: String,
    pub detail: String,
}

impl ReportForm {
    pub fn validate(&self) -> Result<(ReportReason, Option<String>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let reason = ReportReason::from_key(&self.reason);
        if reason.is_none() {
            errors.add("reason", crate::t!("report-error-reason"));
        }
        let detail = one_paragraph(&multi_line(
            &mut errors,
            "detail",
            &self.detail,
            "field-detail",
            false,
            REASON_MAX,
        ));
        errors.into_result(()).map(|()| {
            (
                reason.expect("checked above"),
                (!detail.is_empty()).then_some(detail),
            )
        })
    }
}

/// What the report page shows about the thing reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportContext {
    pub what: String,
    pub title: String,
    pub back: String,
}

/// One entry in the public moderation log: no names, no removed text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicLogEntry {
    pub when: String,
    pub what: String,
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_actions_need_a_selection_and_a_reason_to_remove() {
        let form = BulkForm {
            selected: vec!["idea:4".into(), "comment:9".into(), "idea:4".into()],
            action: "hide".into(),
            ..BulkForm::default()
        };
        assert!(form.validate().unwrap_err().get("template").is_some());
        let form = BulkForm {
            reason: "Personal details of a patient.".into(),
            ..form
        };
        let action = form.validate().unwrap();
        assert_eq!(
            action.items,
            vec![(Subject::Idea, 4), (Subject::Comment, 9)]
        );
        assert_eq!(action.return_to, None);
        let errors = BulkForm {
            selected: vec!["user:1".into()],
            action: "explode".into(),
            template: "boring".into(),
            ..BulkForm::default()
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("selected").is_some());
        assert!(errors.get("action").is_some());
        assert!(errors.get("template").is_some());
    }

    #[test]
    fn a_rule_template_starts_the_reason_and_is_enough_alone() {
        let form = BulkForm {
            selected: vec!["comment:2".into()],
            action: "hide".into(),
            template: "spam".into(),
            return_to: "https://evil.example/".into(),
            ..BulkForm::default()
        };
        let action = form.validate().unwrap();
        assert_eq!(action.reason.as_deref(), Some("It is spam or advertising."));
        assert_eq!(action.return_to, None, "only local paths");
        let action = BulkForm {
            reason: "Links to a shop.".into(),
            return_to: "/ideas/2-x".into(),
            ..form
        }
        .validate()
        .unwrap();
        assert_eq!(
            action.reason.as_deref(),
            Some("It is spam or advertising. Links to a shop.")
        );
        assert_eq!(action.return_to.as_deref(), Some("/ideas/2-x"));
    }

    #[test]
    fn reports_need_a_known_reason() {
        assert!(ReportForm::default().validate().is_err());
        let (reason, detail) = ReportForm {
            reason: "spam".into(),
            detail: " ".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(reason, ReportReason::Spam);
        assert_eq!(detail, None);
    }
}
