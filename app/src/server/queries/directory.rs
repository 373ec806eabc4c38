//! Reads of the directory: the public search, a listing's page, a developer's listings,
//! the moderators' queue and review, and the open-data feed.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr,
    EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::search::{fts5_all, search_words};
use super::uk_date;
use crate::domain::campaign::CategoryOption;
use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::identity::CurrentUser;
use crate::domain::listing::{ListingContent, ListingStatus, split_keys};
use crate::features::directory::forms::DeveloperForm;
use crate::features::directory::model::{
    DIRECTORY_PAGE_SIZE, DeveloperOverview, DirectoryPage, DirectoryQuery, DirectorySort,
    HistoryEntry, IdeaLink, ListingCard, ListingFormContext, ListingPageData, ListingReview,
    MyListing, MyListingRow, QueueRow,
};
use crate::features::directory::paths::listing_href;
use crate::server::entities::{
    developer_profile, idea, listing, listing_idea, listing_revision, moderation_action, user,
};
use crate::server::markdown::to_safe_html;
use crate::server::open_data::{ListingJson, ListingRecord, listing_record};

/// Published listings matching `q` in name, tagline, organisation or description.
fn search_condition(backend: DatabaseBackend, q: &str) -> SimpleExpr {
    let words = search_words(q);
    if words.is_empty() {
        return Expr::cust("1 = 0");
    }
    match backend {
        // The English index or the unstemmed one, as for ideas (`queries::ideas`).
        DatabaseBackend::Postgres => Expr::cust_with_values(
            "(listings.search_vector @@ plainto_tsquery('english', $1) \
              OR listings.search_simple @@ plainto_tsquery('simple', $2))",
            [words.join(" "), super::search::fold(&words)],
        ),
        _ => Expr::cust_with_values(
            "listings.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ? \
              UNION SELECT rowid FROM listings_fts_simple WHERE listings_fts_simple MATCH ?)",
            [fts5_all(&words), fts5_all(&words)],
        ),
    }
}

/// `,key,` inside a `,a,b,` column.
fn has_key(column: listing::Column, key: &str) -> SimpleExpr {
    Expr::col((listing::Entity, column)).like(format!("%,{key},%"))
}

/// A page of the public directory.
pub async fn search(
    db: &DatabaseConnection,
    query: &DirectoryQuery,
) -> Result<DirectoryPage, DbErr> {
    let mut condition = Condition::all().add(listing::Column::Status.eq(ListingStatus::Approved));
    if let Some(q) = &query.q {
        condition = condition.add(search_condition(db.get_database_backend(), q));
    }
    if let Some(category) = &query.category {
        condition = condition.add(has_key(listing::Column::Categories, category));
    }
    if let Some(platform) = query.platform {
        condition = condition.add(has_key(listing::Column::Platforms, platform.key()));
    }
    if let Some(audience) = query.audience {
        condition = condition.add(has_key(listing::Column::Audiences, audience.key()));
    }
    if let Some(cost) = query.cost {
        condition = condition.add(listing::Column::Cost.eq(cost));
    }
    let base = listing::Entity::find().filter(condition);
    let total = base.clone().count(db).await?;
    let ordered = match query.sort {
        DirectorySort::Name => base
            .order_by(listing::Column::Name, Order::Asc)
            .order_by(listing::Column::Id, Order::Asc),
        DirectorySort::Recent => base
            .order_by(listing::Column::ChangedAt, Order::Desc)
            .order_by(listing::Column::Id, Order::Desc),
    };
    let rows = ordered
        .offset((Ord::max(query.page, 1) - 1) * DIRECTORY_PAGE_SIZE)
        .limit(DIRECTORY_PAGE_SIZE)
        .all(db)
        .await?;
    Ok(DirectoryPage {
        listings: rows.iter().map(card).collect(),
        total,
        categories: listing_categories(db).await?,
    })
}

fn card(row: &listing::Model) -> ListingCard {
    use crate::domain::listing::Platform;
    ListingCard {
        id: row.id,
        language: row.language,
        href: listing_href(row.id, &row.slug),
        name: row.name.clone(),
        tagline: row.tagline.clone(),
        organisation: row.organisation.clone(),
        cost: row.cost.map(|c| crate::i18n::tr(c.label_key())),
        platforms: split_keys(&row.platforms)
            .filter_map(Platform::from_key)
            .map(|p| crate::i18n::tr(p.label_key()))
            .collect(),
    }
}

/// The categories listings choose from: those ideas use, in every campaign.
pub async fn listing_categories(db: &DatabaseConnection) -> Result<Vec<CategoryOption>, DbErr> {
    super::categories::all_categories(db, crate::i18n::lang()).await
}

/// A published listing's page; `None` unless it is published.
pub async fn listing_page(
    db: &DatabaseConnection,
    id: i64,
    site: &str,
) -> Result<Option<ListingPageData>, DbErr> {
    let Some(row) = listing::Entity::find_by_id(id)
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some((_, content)) = revision_content(db, row.live_revision_id).await? else {
        return Ok(None);
    };
    let names: HashMap<String, String> = listing_categories(db)
        .await?
        .into_iter()
        .map(|c| (c.slug, c.name))
        .collect();
    let idea_ids: Vec<i64> = listing_idea::Entity::find()
        .filter(listing_idea::Column::ListingId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.idea_id)
        .collect();
    let ideas = idea::Entity::find()
        .filter(idea::Column::Id.is_in(idea_ids))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .order_by(idea::Column::Id, Order::Asc)
        .all(db)
        .await?
        .into_iter()
        .map(|i| IdeaLink {
            href: idea_href(i.id, &i.slug),
            title: i.title,
        })
        .collect();
    let page_url = format!("{site}{}", listing_href(id, &row.slug));
    let structured_data = crate::server::structured_data::listing(
        &page_url,
        &content,
        row.published_at,
        row.changed_at,
    );
    Ok(Some(ListingPageData {
        id,
        structured_data,
        description_html: to_safe_html(&content.description),
        category_names: content
            .categories
            .iter()
            .map(|slug| names.get(slug).cloned().unwrap_or_else(|| slug.clone()))
            .collect(),
        content,
        ideas,
        published_on: row.published_at.map(uk_date),
        last_reviewed_on: row.last_reviewed_at.map(uk_date),
    }))
}

/// The published listings that answer idea `idea_id`, for its page.
pub async fn answering(db: &impl ConnectionTrait, idea_id: i64) -> Result<Vec<ListingCard>, DbErr> {
    let listing_ids: Vec<i64> = listing_idea::Entity::find()
        .filter(listing_idea::Column::IdeaId.eq(idea_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.listing_id)
        .collect();
    Ok(listing::Entity::find()
        .filter(listing::Column::Id.is_in(listing_ids))
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .order_by(listing::Column::Name, Order::Asc)
        .all(db)
        .await?
        .iter()
        .map(card)
        .collect())
}

/// A listing's review history, oldest first, as its developer and moderators read it
/// (moderators are not named to developers).
async fn history(db: &impl ConnectionTrait, id: i64) -> Result<Vec<HistoryEntry>, DbErr> {
    Ok(moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("listing"))
        .filter(moderation_action::Column::SubjectId.eq(id))
        .order_by(moderation_action::Column::Id, Order::Asc)
        .all(db)
        .await?
        .into_iter()
        .map(|a| HistoryEntry {
            when: super::uk_date_time(a.created_at),
            what: crate::i18n::tr(match a.action.as_str() {
                "listing.submitted" => "listing-history-submitted",
                "listing.approved" => "listing-history-approved",
                "listing.changes_requested" => "listing-history-changes-requested",
                "listing.rejected" => "listing-history-rejected",
                "listing.archived" => "listing-history-archived",
                "listing.auto_hidden" => "listing-history-auto-hidden",
                "listing.hidden" => "listing-history-hidden",
                "listing.restored" => "listing-history-restored",
                "listing.reports_dismissed" => "listing-history-dismissed",
                _ => "listing-history-changed",
            }),
            reason: a.reason,
        })
        .collect())
}

/// What a published listing's pending change is waiting for, if it has one.
async fn pending_note(
    db: &impl ConnectionTrait,
    row: &listing::Model,
) -> Result<Option<String>, DbErr> {
    if row.status != ListingStatus::Approved {
        return Ok(None);
    }
    Ok(revision_content(db, row.pending_revision_id)
        .await?
        .map(|(rev, _)| {
            crate::i18n::tr(if rev.submitted_at.is_some() {
                "listing-pending-review"
            } else {
                "listing-pending-draft"
            })
        }))
}

/// The developer's page.
pub async fn developer_overview(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<DeveloperOverview, DbErr> {
    let profile = profile(db, user.id).await?;
    let rows = listing::Entity::find()
        .filter(listing::Column::OwnerId.eq(user.id))
        .order_by(listing::Column::Id, Order::Desc)
        .all(db)
        .await?;
    let mut listings = Vec::with_capacity(rows.len());
    for row in &rows {
        listings.push(MyListingRow {
            id: row.id,
            name: row.name.clone(),
            status: row.status,
            pending: pending_note(db, row).await?,
            changed_on: uk_date(Ord::max(row.changed_at, row.created_at)),
        });
    }
    Ok(DeveloperOverview {
        is_developer: profile.as_ref().is_some_and(|p| p.revoked_at.is_none()),
        revoked: profile.as_ref().and_then(|p| {
            p.revoked_at
                .map(|_| p.revoked_reason.clone().unwrap_or_default())
        }),
        form: profile
            .map(|p| DeveloperForm {
                organisation: p.organisation,
                website_url: p.website_url.unwrap_or_default(),
                contact_email: p.contact_email,
            })
            .unwrap_or_default(),
        listings,
    })
}

/// The version of a listing being worked on: the pending one, else the live one.
async fn working_content(
    db: &impl ConnectionTrait,
    row: &listing::Model,
) -> Result<Option<(listing_revision::Model, ListingContent)>, DbErr> {
    match revision_content(db, row.pending_revision_id).await? {
        Some(found) => Ok(Some(found)),
        None => revision_content(db, row.live_revision_id).await,
    }
}

/// The listing form: empty (with the developer's organisation) or listing `id` as its
/// developer last wrote it. `None` when `id` is not theirs.
pub async fn listing_form(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: Option<i64>,
) -> Result<Option<ListingFormContext>, DbErr> {
    let categories = listing_categories(db).await?;
    let needs_profile = !is_developer(db, user.id).await?;
    let Some(id) = id else {
        let profile = profile(db, user.id).await?;
        let values = crate::features::directory::forms::ListingForm {
            organisation: profile
                .as_ref()
                .map(|p| p.organisation.clone())
                .unwrap_or_default(),
            contact_email: profile.map(|p| p.contact_email).unwrap_or_default(),
            ..Default::default()
        };
        return Ok(Some(ListingFormContext {
            id: None,
            values,
            categories,
            is_published: false,
            needs_profile,
        }));
    };
    let Some(row) = own_listing(db, user, id).await? else {
        return Ok(None);
    };
    let content = working_content(db, &row)
        .await?
        .map(|(_, c)| c)
        .unwrap_or_default();
    Ok(Some(ListingFormContext {
        id: Some(id),
        values: crate::features::directory::forms::ListingForm::from_content(&content),
        categories,
        is_published: row.status == ListingStatus::Approved,
        needs_profile,
    }))
}

async fn own_listing(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
) -> Result<Option<listing::Model>, DbErr> {
    listing::Entity::find_by_id(id)
        .filter(listing::Column::OwnerId.eq(user.id))
        .one(db)
        .await
}

fn labelled(content: &ListingContent) -> Vec<(String, String)> {
    content
        .fields()
        .into_iter()
        .map(|(label, value)| (crate::i18n::tr(label), value))
        .collect()
}

/// One of the developer's listings, with its review history.
pub async fn my_listing(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
) -> Result<Option<MyListing>, DbErr> {
    let Some(row) = own_listing(db, user, id).await? else {
        return Ok(None);
    };
    let working = working_content(db, &row).await?;
    let awaiting = working.as_ref().is_some_and(|(rev, _)| {
        rev.submitted_at.is_some() && Some(rev.id) == row.pending_revision_id
    });
    let has_draft = working.as_ref().is_some_and(|(rev, _)| {
        rev.submitted_at.is_none() && Some(rev.id) == row.pending_revision_id
    });
    let developer = is_developer(db, user.id).await?;
    Ok(Some(MyListing {
        id,
        status: row.status,
        pending: pending_note(db, &row).await?,
        fields: working
            .as_ref()
            .map(|(_, c)| labelled(c))
            .unwrap_or_default(),
        name: row.name.clone(),
        history: history(db, id).await?,
        can_edit: developer && row.status.is_editable() && !awaiting,
        can_submit: developer && row.status.is_editable() && has_draft,
        can_archive: row.status != ListingStatus::Archived,
        public_href: (row.status == ListingStatus::Approved)
            .then(|| listing_href(row.id, &row.slug)),
    }))
}

/// Listings and updates waiting for a moderator, oldest first.
pub async fn queue(db: &DatabaseConnection) -> Result<Vec<QueueRow>, DbErr> {
    let rows = listing::Entity::find()
        .filter(listing::Column::PendingRevisionId.is_not_null())
        .filter(listing::Column::Status.is_in([ListingStatus::Submitted, ListingStatus::Approved]))
        .all(db)
        .await?;
    let mut queue = Vec::new();
    for row in rows {
        let Some((rev, content)) = revision_content(db, row.pending_revision_id).await? else {
            continue;
        };
        let Some(submitted_at) = rev.submitted_at else {
            continue;
        };
        queue.push((
            submitted_at,
            QueueRow {
                id: row.id,
                name: content.name,
                organisation: content.organisation,
                is_update: row.status == ListingStatus::Approved,
                submitted_on: super::uk_date_time(submitted_at),
            },
        ));
    }
    queue.sort_by_key(|(at, row)| (*at, row.id));
    Ok(queue.into_iter().map(|(_, row)| row).collect())
}

/// A listing as a moderator reviews it.
pub async fn review(db: &DatabaseConnection, id: i64) -> Result<Option<ListingReview>, DbErr> {
    let Some(row) = listing::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let owner = user::Entity::find_by_id(row.owner_id).one(db).await?;
    let live = revision_content(db, row.live_revision_id).await?;
    let pending = revision_content(db, row.pending_revision_id).await?;
    let awaiting = pending
        .as_ref()
        .is_some_and(|(rev, _)| rev.submitted_at.is_some())
        && !row.status.is_withdrawn();
    let shown = pending.as_ref().or(live.as_ref());
    Ok(Some(ListingReview {
        id,
        name: shown
            .map(|(_, c)| c.name.clone())
            .unwrap_or_else(|| row.name.clone()),
        status: row.status,
        owner_id: row.owner_id,
        owner_name: owner
            .as_ref()
            .map(|o| o.display_name.clone())
            .unwrap_or_else(crate::domain::user::deleted_account),
        developer_revoked: !is_developer(db, row.owner_id).await?,
        awaiting_decision: awaiting,
        is_update: awaiting && live.is_some(),
        changes: match &pending {
            Some((_, after)) if awaiting => after.changes_from(live.as_ref().map(|(_, c)| c)),
            _ => Vec::new(),
        },
        fields: shown.map(|(_, c)| labelled(c)).unwrap_or_default(),
        history: history(db, id).await?,
        public_href: (row.status == ListingStatus::Approved)
            .then(|| listing_href(row.id, &row.slug)),
    }))
}

/// Whether listing `id` belongs to `user_id`.
pub async fn is_owner(db: &DatabaseConnection, user_id: i64, id: i64) -> Result<bool, DbErr> {
    Ok(listing::Entity::find_by_id(id)
        .one(db)
        .await?
        .is_some_and(|l| l.owner_id == user_id))
}

/// Who owns listing `id`.
pub async fn owner_of(db: &DatabaseConnection, id: i64) -> Result<Option<i64>, DbErr> {
    Ok(listing::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|l| l.owner_id))
}

/// Where the open-data feed continues: after this listing in `(updated_at, id)` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeedCursor {
    pub changed_at: DateTime<Utc>,
    pub id: i64,
}

impl FeedCursor {
    /// `{microseconds}_{id}`: opaque to clients, stable across releases.
    pub fn encode(self) -> String {
        format!("{}_{}", self.changed_at.timestamp_micros(), self.id)
    }

    pub fn decode(text: &str) -> Option<Self> {
        let (micros, id) = text.split_once('_')?;
        Some(Self {
            changed_at: DateTime::from_timestamp_micros(micros.parse().ok()?)?,
            id: id.parse().ok()?,
        })
    }
}

/// A page of the feed, in `(updated_at, id)` order: the published listings, or with
/// `since`, everything changed at or after it, tombstones of archived listings included.
pub async fn feed_page(
    db: &DatabaseConnection,
    since: Option<DateTime<Utc>>,
    after: Option<FeedCursor>,
    limit: u64,
) -> Result<(Vec<ListingRecord>, Option<FeedCursor>), DbErr> {
    let mut query = listing::Entity::find();
    query = match since {
        None => query.filter(listing::Column::Status.eq(ListingStatus::Approved)),
        Some(since) => query
            .filter(listing::Column::PublishedAt.is_not_null())
            .filter(listing::Column::Status.is_in([
                ListingStatus::Approved,
                ListingStatus::Archived,
                ListingStatus::Hidden,
            ]))
            .filter(listing::Column::ChangedAt.gte(since)),
    };
    if let Some(after) = after {
        query = query.filter(
            Condition::any()
                .add(listing::Column::ChangedAt.gt(after.changed_at))
                .add(
                    Condition::all()
                        .add(listing::Column::ChangedAt.eq(after.changed_at))
                        .add(listing::Column::Id.gt(after.id)),
                ),
        );
    }
    let rows = query
        .order_by(listing::Column::ChangedAt, Order::Asc)
        .order_by(listing::Column::Id, Order::Asc)
        .limit(limit + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > limit;
    let rows = &rows[..rows.len().min(limit as usize)];
    let records = records(db, rows).await?;
    let next = more.then(|| {
        let last = rows.last().expect("a full page has a last row");
        FeedCursor {
            changed_at: last.changed_at,
            id: last.id,
        }
    });
    Ok((records, next))
}

/// The records for listing rows (tombstones for withdrawn ones), their live versions
/// read in one query.
async fn records(
    db: &DatabaseConnection,
    rows: &[listing::Model],
) -> Result<Vec<ListingRecord>, DbErr> {
    let ids: Vec<i64> = rows
        .iter()
        .filter(|r| !r.status.is_withdrawn())
        .filter_map(|r| r.live_revision_id)
        .collect();
    let revisions: HashMap<i64, listing_revision::Model> = listing_revision::Entity::find()
        .filter(listing_revision::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        // A tombstone needs no content: only live listings' revisions were read.
        let revision = row.live_revision_id.and_then(|id| revisions.get(&id));
        let content = match revision {
            Some(revision) => Some(
                serde_json::from_str::<ListingContent>(&revision.content)
                    .map_err(|e| DbErr::Custom(format!("listing revision {}: {e}", revision.id)))?,
            ),
            None => None,
        };
        out.extend(listing_record(row, content.as_ref()));
    }
    Ok(out)
}

/// The `limit` most recently published or updated listings, newest first (the Atom feed).
pub async fn latest(db: &DatabaseConnection, limit: u64) -> Result<Vec<ListingJson>, DbErr> {
    let rows = listing::Entity::find()
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .order_by(listing::Column::ChangedAt, Order::Desc)
        .order_by(listing::Column::Id, Order::Desc)
        .limit(limit)
        .all(db)
        .await?;
    let records = records(db, &rows).await?;
    Ok(records
        .into_iter()
        .filter_map(ListingRecord::into_published)
        .collect())
}

/// One listing's record: published, or the tombstone of one that was.
pub async fn record(db: &DatabaseConnection, id: i64) -> Result<Option<ListingRecord>, DbErr> {
    let Some(row) = listing::Entity::find_by_id(id)
        .filter(listing::Column::PublishedAt.is_not_null())
        .filter(listing::Column::Status.is_in([
            ListingStatus::Approved,
            ListingStatus::Archived,
            ListingStatus::Hidden,
        ]))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(records(db, std::slice::from_ref(&row)).await?.pop())
}

/// When anything in the feed last changed (for `Last-Modified`).
pub async fn last_changed(db: &DatabaseConnection) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(listing::Entity::find()
        .filter(listing::Column::PublishedAt.is_not_null())
        .order_by(listing::Column::ChangedAt, Order::Desc)
        .one(db)
        .await?
        .map(|r| r.changed_at))
}

/// The developer profile of `user_id`, revoked or not.
pub async fn profile(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Option<developer_profile::Model>, DbErr> {
    developer_profile::Entity::find_by_id(user_id).one(db).await
}

/// Whether `user_id` may list apps: a profile that has not been revoked.
pub async fn is_developer(db: &impl ConnectionTrait, user_id: i64) -> Result<bool, DbErr> {
    Ok(profile(db, user_id)
        .await?
        .is_some_and(|p| p.revoked_at.is_none()))
}

/// The content of revision `id`.
pub async fn revision_content(
    db: &impl ConnectionTrait,
    id: Option<i64>,
) -> Result<Option<(listing_revision::Model, ListingContent)>, DbErr> {
    let Some(id) = id else { return Ok(None) };
    let Some(revision) = listing_revision::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let content = serde_json::from_str(&revision.content)
        .map_err(|e| DbErr::Custom(format!("listing revision {id}: {e}")))?;
    Ok(Some((revision, content)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_cursors_round_trip() {
        let cursor = FeedCursor {
            changed_at: DateTime::from_timestamp_micros(1_790_000_000_123_456).unwrap(),
            id: 42,
        };
        assert_eq!(FeedCursor::decode(&cursor.encode()), Some(cursor));
        assert_eq!(FeedCursor::decode("nonsense"), None);
        assert_eq!(FeedCursor::decode("12_x"), None);
    }
}
