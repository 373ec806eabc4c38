//! Analysis of a campaign for policy teams: activity per day, what each group of
//! people supported, categories, discussion, and possible duplicates. Every chart has a
//! table of the same figures, and every table downloads as CSV.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

/// One table of figures: what a chart draws, what the page lists, and what the CSV holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// Stable name, used in the CSV's address (`?table=daily`).
    pub key: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// For each row, a link (an idea's page), when it has one.
    pub links: Vec<Option<String>>,
}

impl Table {
    /// The figures in column `n` (0 where a cell is not a number).
    pub fn numbers(&self, n: usize) -> Vec<u64> {
        self.rows
            .iter()
            .map(|r| r.get(n).and_then(|c| c.parse().ok()).unwrap_or(0))
            .collect()
    }
}

/// A campaign to choose in the analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignChoice {
    pub slug: String,
    pub title: String,
}

/// The analysis page for one campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub campaigns: Vec<CampaignChoice>,
    pub campaign: CampaignChoice,
    /// Ideas, votes, comments and active people per day (UK dates).
    pub daily: Table,
    /// The most supported ideas overall, with each group's votes.
    pub top: Table,
    /// For each "I am a…" group, its ten most supported ideas.
    pub segments: Vec<Table>,
    /// People taking part with help: how many, their ideas and their supports.
    pub with_help: Table,
    pub categories: Table,
    pub discussed: Table,
    /// Groups of ideas that may say the same thing.
    pub duplicates: Table,
    /// How much support moderators set aside after a vote-integrity review, which no
    /// figure here counts; `None` when none is.
    pub set_aside: Option<String>,
}

impl Analysis {
    /// Every table on the page, by key.
    pub fn table(&self, key: &str) -> Option<&Table> {
        [
            &self.daily,
            &self.top,
            &self.with_help,
            &self.categories,
            &self.discussed,
            &self.duplicates,
        ]
        .into_iter()
        .chain(self.segments.iter())
        .find(|t| t.key == key)
    }
}
