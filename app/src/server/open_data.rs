//! The directory as other services read it: one listing's JSON, shared by the open-data
//! API, the CSV and Atom feeds and the webhooks, so that every channel says the same.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::listing::ListingContent;
use crate::features::directory::paths::listing_href;
use crate::server::entities::listing;

/// A listing as every channel of the open data gives it (the API, its pages of changes,
/// webhooks): the published record, or the tombstone of a listing that was published
/// and has been taken out (archived, or hidden after reports), which a mirror must
/// remove. A tombstone carries nothing but what removing it needs: a hidden listing's
/// words reach no one but its owner and the moderators.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ListingRecord {
    Published(Box<ListingJson>),
    Tombstone(Tombstone),
}

impl ListingRecord {
    /// When anything in this record last changed.
    pub fn updated_at(&self) -> DateTime<Utc> {
        match self {
            ListingRecord::Published(json) => json.updated_at,
            ListingRecord::Tombstone(tombstone) => tombstone.updated_at,
        }
    }

    /// The published record, if this is one.
    pub fn into_published(self) -> Option<ListingJson> {
        match self {
            ListingRecord::Published(json) => Some(*json),
            ListingRecord::Tombstone(_) => None,
        }
    }
}

/// A listing that was published and has been taken out.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Tombstone {
    pub id: i64,
    pub status: TombstoneStatus,
    /// Where the listing's page was.
    pub path: String,
    /// When it was taken out.
    pub updated_at: DateTime<Utc>,
}

/// Always `archived`: the one status a tombstone has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TombstoneStatus {
    Archived,
}

/// Always `published`: the one status a full record has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublishedStatus {
    Published,
}

/// A published listing in the open data.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ListingJson {
    /// Stable: never reused, kept through renames.
    pub id: i64,
    pub status: PublishedStatus,
    /// The listing's page on this site.
    pub path: String,
    /// The language its developer wrote it in: `en` (English) or `cy` (Welsh).
    pub language: &'static str,
    pub name: String,
    /// One line, up to 140 characters.
    pub tagline: String,
    /// Markdown, as written.
    pub description: String,
    pub organisation: String,
    pub website_url: String,
    pub app_store_links: Vec<String>,
    /// Any of web, ios, android, desktop, other.
    pub platforms: Vec<String>,
    /// Category slugs, shared with ideas.
    pub categories: Vec<String>,
    /// Any of public, patients, carers, professionals, children.
    pub audiences: Vec<String>,
    /// free, freemium, paid or subscription.
    pub cost: Option<String>,
    pub accessibility_statement_url: Option<String>,
    pub privacy_policy_url: Option<String>,
    pub assurance: AssuranceJson,
    pub contact_email: String,
    /// The ideas it answers (see `/api/v1/ideas/{id}`).
    pub idea_ids: Vec<i64>,
    pub published_at: Option<DateTime<Utc>>,
    /// When anything in this record last changed (published, updated, archived).
    pub updated_at: DateTime<Utc>,
    /// When a moderator last reviewed it.
    pub last_reviewed_at: Option<DateTime<Utc>>,
}

/// Evidence and assurance, as the developer stated them and a moderator accepted.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct AssuranceJson {
    /// A Digital Technology Assessment Criteria assessment has been completed.
    pub dtac_completed: bool,
    /// not_a_device, class_i, class_iia, class_iib or class_iii.
    pub medical_device_class: Option<String>,
    /// tier_a, tier_b or tier_c (NICE evidence standards framework).
    pub nice_evidence_tier: Option<String>,
    pub clinical_safety_officer: Option<String>,
}

/// The record for `listing`: its tombstone once withdrawn (whatever `content` is), else
/// its live version `content`, if it has one.
pub fn listing_record(
    listing: &listing::Model,
    content: Option<&ListingContent>,
) -> Option<ListingRecord> {
    if listing.status.is_withdrawn() {
        return Some(ListingRecord::Tombstone(Tombstone {
            id: listing.id,
            status: TombstoneStatus::Archived,
            path: listing_href(listing.id, &listing.slug),
            updated_at: listing.changed_at,
        }));
    }
    content.map(|content| ListingRecord::Published(Box::new(listing_json(listing, content))))
}

/// The published record of `listing`, whose live version is `content`.
fn listing_json(listing: &listing::Model, content: &ListingContent) -> ListingJson {
    ListingJson {
        id: listing.id,
        status: PublishedStatus::Published,
        path: listing_href(listing.id, &listing.slug),
        language: content.language.code(),
        name: content.name.clone(),
        tagline: content.tagline.clone(),
        description: content.description.clone(),
        organisation: content.organisation.clone(),
        website_url: content.website_url.clone(),
        app_store_links: content.app_store_links.clone(),
        platforms: content
            .platforms
            .iter()
            .map(|p| p.key().to_owned())
            .collect(),
        categories: content.categories.clone(),
        audiences: content
            .audiences
            .iter()
            .map(|a| a.key().to_owned())
            .collect(),
        cost: content.cost.map(|c| c.key().to_owned()),
        accessibility_statement_url: content.accessibility_url.clone(),
        privacy_policy_url: content.privacy_url.clone(),
        assurance: AssuranceJson {
            dtac_completed: content.assurance.dtac_completed,
            medical_device_class: content.assurance.device_class.map(|c| c.key().to_owned()),
            nice_evidence_tier: content.assurance.evidence_tier.map(|t| t.key().to_owned()),
            clinical_safety_officer: content.assurance.clinical_safety_officer.clone(),
        },
        contact_email: content.contact_email.clone(),
        idea_ids: content.idea_ids.clone(),
        published_at: listing.published_at,
        updated_at: listing.changed_at,
        last_reviewed_at: listing.last_reviewed_at,
    }
}
