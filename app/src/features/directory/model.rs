//! What the directory's pages show: read models, built on the server by
//! `server::queries::directory`.

use serde::{Deserialize, Serialize};

use super::forms::{DeveloperForm, ListingForm};
use crate::domain::campaign::CategoryOption;
use crate::domain::listing::{
    Audience, Cost, FieldChange, ListingContent, ListingStatus, Platform,
};

/// A listing in the public directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingCard {
    pub id: i64,
    /// The language its developer wrote it in.
    #[serde(default)]
    pub language: crate::i18n::Lang,
    pub href: String,
    pub name: String,
    pub tagline: String,
    pub organisation: String,
    pub cost: Option<String>,
    pub platforms: Vec<String>,
}

/// How the directory sorts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DirectorySort {
    /// By name, A to Z.
    #[default]
    Name,
    /// Most recently published or updated first.
    Recent,
}

/// A search of the directory, from the page's address. Unknown values are ignored
/// (a mistyped link still shows the directory).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQuery {
    pub q: Option<String>,
    pub category: Option<String>,
    pub platform: Option<Platform>,
    pub cost: Option<Cost>,
    pub audience: Option<Audience>,
    pub sort: DirectorySort,
    /// From 1.
    pub page: u64,
}

pub const DIRECTORY_PAGE_SIZE: u64 = 20;
/// The last page an address may ask for: far beyond any real directory, and small
/// enough that the offset it means fits every database's integers.
pub const DIRECTORY_PAGE_MAX: u64 = 10_000;

impl DirectoryQuery {
    /// Reads the query from an address's parameters.
    pub fn from_pairs<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Self {
        let text = |name: &str| {
            get(name)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| v.chars().take(crate::domain::idea::SEARCH_MAX).collect())
        };
        Self {
            q: text("q"),
            category: text("category"),
            platform: get("platform").and_then(Platform::from_key),
            cost: get("cost").and_then(Cost::from_key),
            audience: get("audience").and_then(Audience::from_key),
            sort: match get("sort") {
                Some("recent") => DirectorySort::Recent,
                _ => DirectorySort::Name,
            },
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| (1..=DIRECTORY_PAGE_MAX).contains(p))
                .unwrap_or(1),
        }
    }

    /// The address of this search at `page`.
    pub fn href(&self, page: u64) -> String {
        self.href_at(super::paths::DIRECTORY, page)
    }

    /// The address of this search at `page` of the list at `base` (the directory, or
    /// its embeddable version).
    pub fn href_at(&self, base: &str, page: u64) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(q) = &self.q {
            out.append_pair("q", q);
        }
        if let Some(c) = &self.category {
            out.append_pair("category", c);
        }
        if let Some(p) = self.platform {
            out.append_pair("platform", p.key());
        }
        if let Some(c) = self.cost {
            out.append_pair("cost", c.key());
        }
        if let Some(a) = self.audience {
            out.append_pair("audience", a.key());
        }
        if self.sort == DirectorySort::Recent {
            out.append_pair("sort", "recent");
        }
        if page > 1 {
            out.append_pair("page", &page.to_string());
        }
        let query = out.finish();
        if query.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{query}")
        }
    }
}

/// One page of the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub listings: Vec<ListingCard>,
    pub total: u64,
    pub categories: Vec<CategoryOption>,
}

/// An idea a listing answers, as linked from its page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaLink {
    pub href: String,
    pub title: String,
}

/// Everything a listing's public page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingPageData {
    pub id: i64,
    pub content: ListingContent,
    /// Sanitised on the server; safe to insert as HTML.
    pub description_html: String,
    pub category_names: Vec<String>,
    pub ideas: Vec<IdeaLink>,
    pub published_on: Option<String>,
    pub last_reviewed_on: Option<String>,
    /// schema.org JSON-LD, escaped for a `<script>` element on the server.
    pub structured_data: String,
}

/// One entry in a listing's review history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub when: String,
    pub what: String,
    pub reason: Option<String>,
}

/// A listing in its developer's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyListingRow {
    pub id: i64,
    pub name: String,
    pub status: ListingStatus,
    /// "An update is waiting for review", for a published listing with a pending change.
    pub pending: Option<String>,
    pub changed_on: String,
}

/// The developer's page: their organisation, and their listings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeveloperOverview {
    pub form: DeveloperForm,
    pub is_developer: bool,
    /// Why a moderator revoked the person's developer access, if they did.
    pub revoked: Option<String>,
    pub listings: Vec<MyListingRow>,
}

/// What the listing form page needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingFormContext {
    /// `None` when creating.
    pub id: Option<i64>,
    pub values: ListingForm,
    pub categories: Vec<CategoryOption>,
    /// Editing a published listing: the changes wait for review while it stays live.
    pub is_published: bool,
    /// The person has no developer profile (or it was revoked), so cannot list yet.
    pub needs_profile: bool,
}

/// One listing, as its developer sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyListing {
    pub id: i64,
    pub status: ListingStatus,
    pub pending: Option<String>,
    /// The version being worked on (the pending one, else the live one).
    pub fields: Vec<(String, String)>,
    pub name: String,
    pub history: Vec<HistoryEntry>,
    pub can_edit: bool,
    /// A draft (or a draft update) that can be sent for review.
    pub can_submit: bool,
    pub can_archive: bool,
    pub public_href: Option<String>,
}

/// A listing or update waiting in the moderators' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub is_update: bool,
    pub submitted_on: String,
}

/// A listing as a moderator reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingReview {
    pub id: i64,
    pub name: String,
    pub status: ListingStatus,
    pub owner_id: i64,
    pub owner_name: String,
    pub developer_revoked: bool,
    /// A submission (new or an update) is waiting for a decision.
    pub awaiting_decision: bool,
    pub is_update: bool,
    /// Field by field, from the live version to the submitted one.
    pub changes: Vec<FieldChange>,
    pub fields: Vec<(String, String)>,
    pub history: Vec<HistoryEntry>,
    pub public_href: Option<String>,
}

/// A webhook, as administrators manage it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookRow {
    pub id: i64,
    pub url: String,
    pub description: String,
    pub delivered: u64,
    pub waiting: u64,
}

/// One delivery in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryRow {
    pub id: i64,
    pub webhook_url: String,
    pub event: String,
    pub attempts: i32,
    pub delivered_at: Option<String>,
    pub next_attempt_at: Option<String>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
    pub created_at: String,
}

/// The webhooks page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhooksAdmin {
    pub webhooks: Vec<WebhookRow>,
    pub deliveries: Vec<DeliveryRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_queries_round_trip_through_their_address() {
        let query = DirectoryQuery {
            q: Some("sleep & rest".into()),
            category: Some("sleep".into()),
            platform: Some(Platform::Android),
            cost: Some(Cost::Free),
            audience: None,
            sort: DirectorySort::Recent,
            page: 2,
        };
        let href = query.href(2);
        let parsed_url = href.split_once('?').unwrap().1.to_owned();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(parsed_url.as_bytes())
            .into_owned()
            .collect();
        let back = DirectoryQuery::from_pairs(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        });
        assert_eq!(back, query);
        assert_eq!(DirectoryQuery::default().href(1), "/directory");
    }
}
