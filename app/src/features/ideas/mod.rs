//! Ideas put forward in a campaign: the cards in lists and the idea page.

pub mod api;
pub mod components;
pub mod pages;

use serde::{Deserialize, Serialize};

use crate::domain::idea::{IdeaKind, IdeaStatus};

/// An idea as it appears in a list: enough to choose whether to read on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaCard {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: IdeaKind,
    pub status: IdeaStatus,
    pub category: Option<String>,
    pub vote_count: i32,
    pub comment_count: i32,
    pub author: AuthorLine,
    /// Already formatted on the server (UK time) so the browser renders the same text.
    pub submitted_on: String,
}

impl IdeaCard {
    /// The idea's address, `/ideas/{id}-{slug}`: the id identifies it, the slug reads well.
    pub fn href(&self) -> String {
        idea_href(self.id, &self.slug)
    }
}

/// The address of an idea page.
pub fn idea_href(id: i64, slug: &str) -> String {
    format!("/ideas/{id}-{slug}")
}

/// Who put an idea forward, as shown next to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthorLine {
    /// "Deleted account" once the author has deleted their account.
    pub name: String,
    /// "I am a…", shown so readers can tell professional and public views apart.
    pub segment: Option<String>,
}

/// Everything the idea page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaDetail {
    pub card: IdeaCard,
    /// Sanitised on the server; safe to insert as HTML.
    pub description_html: String,
    pub link_url: Option<String>,
    pub status_reason: Option<String>,
    pub campaign_slug: String,
    pub campaign_title: String,
}
