//! Campaigns: the home page that leads with them, and each campaign's page.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod admin;
pub mod admin_pages;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

use crate::domain::campaign::CampaignPhase;
use crate::domain::campaign::CategoryOption;
use crate::features::ideas::{IdeaCard, IdeaListPage};
use crate::i18n::Lang;

/// A campaign as listed: its dates already formatted (UK time) on the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignSummary {
    pub slug: String,
    /// The title and summary in the reader's language, or (not written in it yet) in
    /// `language`.
    pub title: String,
    pub summary: String,
    pub language: Lang,
    pub phase: CampaignPhase,
    pub opens_on: String,
    pub closes_on: String,
    pub voting_closes_on: String,
    pub idea_count: u64,
    /// How many ideas each person may support at once; `None`: no limit.
    pub support_budget: Option<i32>,
}

impl CampaignSummary {
    /// The campaign page's address.
    pub fn href(&self) -> String {
        format!("/campaigns/{}", self.slug)
    }
}

/// A current campaign on the home page, with a few of its ideas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignWithIdeas {
    pub campaign: CampaignSummary,
    pub ideas: Vec<IdeaCard>,
}

/// Everything the home page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    pub current: Vec<CampaignWithIdeas>,
    pub upcoming: Vec<CampaignSummary>,
    pub past: Vec<CampaignSummary>,
}

/// Everything a campaign page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignDetail {
    pub campaign: CampaignSummary,
    /// Sanitised on the server; safe to insert as HTML.
    pub description_html: String,
    /// The language of the description (the reader's, unless not written in it yet).
    pub description_language: Lang,
    pub categories: Vec<CategoryOption>,
    /// The page of ideas the URL asks for.
    pub list: IdeaListPage,
}
