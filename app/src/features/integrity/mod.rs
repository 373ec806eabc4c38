//! Vote integrity, for moderators: the signals of support that did not come from a
//! crowd in a campaign (`domain::integrity`), each with its group's figures and the
//! accounts' standing but never anyone's identity or individual supports; setting a
//! group's support aside with a reason, and restoring it.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

use crate::features::analysis::CampaignChoice;
use crate::forms::{FieldErrors, multi_line};

/// The most characters a reason may have.
pub const REASON_MAX: usize = 2_000;

/// The integrity page of one campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrityReport {
    pub campaigns: Vec<CampaignChoice>,
    pub campaign: CampaignChoice,
    /// Supports that count in the campaign now.
    pub counted: u64,
    pub signals: Vec<SignalView>,
    /// What moderators set aside in the campaign, newest first.
    pub set_asides: Vec<SetAsideView>,
}

/// One signal, as moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalView {
    /// `domain::integrity::SignalKind` label.
    pub kind: String,
    /// Names the signal for the set-aside form.
    pub key: String,
    /// Names the group exactly, so that a decision on a changed group is refused.
    pub fingerprint: String,
    pub summary: String,
    /// For a burst: "3 March 2026, 14:05 to 14:48".
    pub window: Option<String>,
    /// The ideas the signal is about.
    pub ideas: Vec<SignalIdea>,
    /// How many accounts, and the supports they give in the campaign.
    pub accounts: u64,
    pub supports: u64,
    /// The group's standing in figures ("Made within a day of their first support here",
    /// "30 of 30").
    pub figures: Vec<(String, String)>,
    /// Each account's standing, without who they are: "Made 2 hours before its first
    /// support here · supports 4 ideas here · no ideas or comments".
    pub standing: Vec<String>,
    /// Accounts beyond those listed.
    pub more: u64,
}

/// An idea a signal is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalIdea {
    pub title: String,
    pub href: String,
    /// "30 of its 41 supports come from this group".
    pub share: String,
}

/// Support a moderator set aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAsideView {
    pub id: i64,
    pub kind: String,
    pub summary: String,
    pub reason: String,
    /// "Set aside on 3 March 2026 by Sam (moderator)".
    pub by: String,
    pub accounts: u64,
    pub supports: u64,
    /// "Restored on 4 March 2026 by Sam: …", once restored.
    pub restored: Option<String>,
}

/// Setting a signal's group aside.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SetAsideForm {
    pub campaign: String,
    pub key: String,
    pub fingerprint: String,
    pub reason: String,
}

/// Restoring a set-aside.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RestoreForm {
    pub reason: String,
}

/// A moderator's reason, from the textarea `field`: required, within `REASON_MAX`.
pub fn checked_reason(reason: &str, field: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let reason = multi_line(
        &mut errors,
        field,
        reason,
        "field-logged-reason",
        true,
        REASON_MAX,
    );
    errors.into_result(reason)
}
