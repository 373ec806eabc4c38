//! Moderation in the open: the moderators' queue (ideas waiting for approval, reported
//! ideas and comments), reporting, and the public moderation log.

pub mod api;
pub mod pages;

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
    /// "Waiting for approval", "Hidden after 3 reports", "Reported by 1 person".
    pub state: String,
    /// Why people reported it, most common first.
    pub reasons: Vec<String>,
    pub when: String,
}

/// The moderators' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationQueue {
    pub pending: Vec<QueueItem>,
    pub reported: Vec<QueueItem>,
    /// Directory submissions waiting (reviewed on their own page).
    pub listings_waiting: u64,
}

/// The queue's form: the ticked items and what to do with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub selected: Vec<String>,
    /// approve, reject, hide, restore or dismiss.
    pub action: String,
    pub reason: String,
}

/// A checked bulk action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkAction {
    pub items: Vec<(Subject, i64)>,
    pub action: String,
    pub reason: Option<String>,
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
                None => errors.add("selected", "Select items from the queue"),
            }
        }
        if items.is_empty() {
            errors.add("selected", "Select at least one item");
        } else if items.len() > BULK_MAX {
            errors.add(
                "selected",
                format!("Select {BULK_MAX} items or fewer at once"),
            );
        }
        let needs_reason = match self.action.as_str() {
            "approve" | "restore" | "dismiss" => false,
            "reject" | "hide" => true,
            _ => {
                errors.add("action", "Select what to do");
                false
            }
        };
        let reason = one_paragraph(&multi_line(
            &mut errors,
            "reason",
            &self.reason,
            "a reason",
            false,
            REASON_MAX,
        ));
        if needs_reason && reason.is_empty() {
            errors.add(
                "reason",
                "Enter a reason: the author is told it, and it appears in the public log",
            );
        }
        errors.into_result(()).map(|()| BulkAction {
            items,
            action: self.action.clone(),
            reason: (!reason.is_empty()).then_some(reason),
        })
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
            errors.add("reason", "Select why you are reporting it");
        }
        let detail = one_paragraph(&multi_line(
            &mut errors,
            "detail",
            &self.detail,
            "more detail",
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
            reason: String::new(),
        };
        assert!(form.validate().unwrap_err().get("reason").is_some());
        let form = BulkForm {
            reason: "Personal details of a patient.".into(),
            ..form
        };
        let action = form.validate().unwrap();
        assert_eq!(
            action.items,
            vec![(Subject::Idea, 4), (Subject::Comment, 9)]
        );
        let errors = BulkForm {
            selected: vec!["user:1".into()],
            action: "explode".into(),
            reason: String::new(),
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("selected").is_some());
        assert!(errors.get("action").is_some());
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
