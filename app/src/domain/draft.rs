//! Commentable drafts: a document (Markdown) an administrator publishes for comment in
//! a window of dates. People comment on each paragraph, and support or question it;
//! later versions show what changed. A paragraph is named by its position in its
//! version, so comments stay with the words they were about.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a person says of a paragraph without writing a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Reaction {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "support"))]
    Support,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "question"))]
    Question,
}

impl Reaction {
    pub const ALL: [Reaction; 2] = [Reaction::Support, Reaction::Question];

    pub fn key(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Question => "question",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Where a draft is in its window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftPhase {
    Upcoming,
    Open,
    Closed,
}

impl DraftPhase {
    /// The phase at `now` of a draft open from `opens_at` until `closes_at`.
    pub fn at(opens_at: DateTime<Utc>, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if now < opens_at {
            Self::Upcoming
        } else if now < closes_at {
            Self::Open
        } else {
            Self::Closed
        }
    }

    /// The key of how the phase reads (`app/locales`).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Upcoming => "draft-phase-upcoming",
            Self::Open => "draft-phase-open",
            Self::Closed => "draft-phase-closed",
        }
    }

    /// The NHS.UK tag colour modifier for the phase.
    pub fn tag_class(self) -> &'static str {
        match self {
            Self::Upcoming => "nhsuk-tag--grey",
            Self::Open => "nhsuk-tag--green",
            Self::Closed => "nhsuk-tag--white",
        }
    }
}

/// The paragraphs of a Markdown document: blocks separated by blank lines, each
/// trimmed. A fenced code block is one paragraph, blank lines and all.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut fenced = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        if line.trim().is_empty() && !fenced {
            if !current.is_empty() {
                out.push(current.join("\n").trim().to_owned());
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n").trim().to_owned());
    }
    out.retain(|p| !p.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn paragraphs_are_blocks_between_blank_lines() {
        let text = "# Title\n\nFirst line\nsame paragraph.\n\n\n  \nSecond.\n\n```\ncode\n\nstill code\n```\n\n- a\n- b\n";
        assert_eq!(
            paragraphs(text),
            [
                "# Title",
                "First line\nsame paragraph.",
                "Second.",
                "```\ncode\n\nstill code\n```",
                "- a\n- b"
            ]
        );
        assert!(paragraphs("  \n\n").is_empty());
        assert_eq!(
            paragraphs("Windows\r\nline ends\r\n\r\nwork"),
            ["Windows\nline ends", "work"]
        );
    }

    #[test]
    fn a_draft_is_open_inside_its_window_only() {
        let opens = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let closes = Utc.with_ymd_and_hms(2026, 12, 15, 17, 0, 0).unwrap();
        let at = |d, h| Utc.with_ymd_and_hms(2026, 12, d, h, 0, 0).unwrap();
        assert_eq!(
            DraftPhase::at(opens, closes, at(1, 8)),
            DraftPhase::Upcoming
        );
        assert_eq!(DraftPhase::at(opens, closes, at(1, 9)), DraftPhase::Open);
        assert_eq!(
            DraftPhase::at(opens, closes, at(15, 17)),
            DraftPhase::Closed
        );
    }

    #[test]
    fn reactions_round_trip_through_their_keys() {
        for r in Reaction::ALL {
            assert_eq!(Reaction::from_key(r.key()), Some(r));
        }
        assert_eq!(Reaction::from_key("love"), None);
    }
}
