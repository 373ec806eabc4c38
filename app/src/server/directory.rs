//! The directory's changes: developers' profiles, listings through their review, and
//! what moderators decide. Each change runs in one transaction with its record in the
//! moderation log and the webhook deliveries it causes, so a listing is never published
//! without the services that mirror it being told, and never half changed.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

use crate::domain::idea::Visibility;
use crate::domain::identity::CurrentUser;
use crate::domain::listing::{DeveloperProfile, ReviewDecision};
use crate::domain::listing::{ListingContent, ListingStatus, joined_keys};
use crate::domain::notification::NotificationKind;
use crate::domain::slug::slugify;
use crate::domain::user::Role;
use crate::server::audit::record;
use crate::server::entities::{
    developer_profile, idea, listing, listing_idea, listing_revision, user,
};
use crate::server::notifications::{self, Target};
use crate::server::queries::directory::{is_developer, profile, revision_content};
use crate::server::webhooks::{self, Event};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileOutcome {
    Saved,
    /// A moderator revoked this person's developer access; only they can restore it.
    Revoked,
}

/// Creates or updates `user`'s organisation profile, which makes a member of the
/// public a developer.
pub async fn save_profile(
    db: &DatabaseConnection,
    user: &CurrentUser,
    new: DeveloperProfile,
    now: DateTime<Utc>,
) -> Result<ProfileOutcome, DbErr> {
    let txn = db.begin_write().await?;
    // Write first: SQLite takes its write lock here rather than failing a read-then-write.
    user::Entity::update_many()
        .col_expr(user::Column::Id, Expr::col(user::Column::Id))
        .filter(user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    match profile(&txn, user.id).await? {
        Some(existing) if existing.revoked_at.is_some() => return Ok(ProfileOutcome::Revoked),
        Some(existing) => {
            let mut model: developer_profile::ActiveModel = existing.into();
            model.organisation = Set(new.organisation);
            model.website_url = Set(new.website_url);
            model.contact_email = Set(new.contact_email);
            model.updated_at = Set(now);
            model.update(&txn).await?;
        }
        None => {
            developer_profile::ActiveModel {
                user_id: Set(user.id),
                organisation: Set(new.organisation),
                website_url: Set(new.website_url),
                contact_email: Set(new.contact_email),
                created_at: Set(now),
                updated_at: Set(now),
                revoked_at: Set(None),
                revoked_reason: Set(None),
            }
            .insert(&txn)
            .await?;
        }
    }
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(Role::Developer.key()))
        .filter(user::Column::Id.eq(user.id))
        .filter(user::Column::Role.eq(Role::Public.key()))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(ProfileOutcome::Saved)
}

/// A moderator takes away `user_id`'s developer access, with the reason they are told.
/// Their listings stay as they are (a moderator archives any that should go); they can
/// no longer create or change any. Returns false when they had no profile.
pub async fn revoke_developer(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    user_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin_write().await?;
    let updated = developer_profile::Entity::update_many()
        .col_expr(developer_profile::Column::RevokedAt, Expr::value(now))
        .col_expr(
            developer_profile::Column::RevokedReason,
            Expr::value(reason.to_owned()),
        )
        .filter(developer_profile::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(false);
    }
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(Role::Public.key()))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::Role.eq(Role::Developer.key()))
        .exec(&txn)
        .await?;
    record(
        &txn,
        Some(moderator.id),
        "developer.revoked",
        "account",
        user_id,
        Some(reason),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// What became of a saved listing form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        id: i64,
        submitted: bool,
    },
    NotFound,
    /// Waiting for a moderator, rejected or archived: not the developer's to change now.
    NotEditable(ListingStatus),
    NotDeveloper,
    /// Idea numbers that are not published ideas.
    UnknownIdeas(Vec<i64>),
}

/// Saves a listing as its developer wrote it: a new draft, or a change to one of their
/// listings. A change to a published listing becomes a pending revision; the approved
/// version stays live until a moderator approves the change. `submit` sends it for
/// review at once.
pub async fn save_listing(
    db: &DatabaseConnection,
    owner: &CurrentUser,
    id: Option<i64>,
    content: ListingContent,
    submit: bool,
    now: DateTime<Utc>,
) -> Result<SaveOutcome, DbErr> {
    let unknown = unknown_ideas(db, &content.idea_ids, true).await?;
    if !unknown.is_empty() {
        return Ok(SaveOutcome::UnknownIdeas(unknown));
    }
    let json = serde_json::to_string(&content).map_err(|e| DbErr::Custom(e.to_string()))?;
    let txn = db.begin_write().await?;
    if let Some(id) = id {
        lock(&txn, id).await?;
    }
    if !is_developer(&txn, owner.id).await? {
        return Ok(SaveOutcome::NotDeveloper);
    }
    let submitted_at = submit.then_some(now);
    let listing = match id {
        None => {
            let listing = listing::ActiveModel {
                owner_id: Set(owner.id),
                status: Set(if submit {
                    ListingStatus::Submitted
                } else {
                    ListingStatus::Draft
                }),
                slug: Set(slug_for(&content.name)),
                live_revision_id: Set(None),
                pending_revision_id: Set(None),
                name: Set(content.name.clone()),
                tagline: Set(content.tagline.clone()),
                language: Set(content.language),
                description: Set(content.description.clone()),
                organisation: Set(content.organisation.clone()),
                cost: Set(content.cost),
                platforms: Set(joined_keys(content.platforms.iter().map(|p| p.key()))),
                categories: Set(joined_keys(content.categories.iter().map(String::as_str))),
                audiences: Set(joined_keys(content.audiences.iter().map(|a| a.key()))),
                created_at: Set(now),
                changed_at: Set(now),
                last_reviewed_at: Set(None),
                published_at: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            let revision =
                new_revision(&txn, listing.id, owner.id, &json, submitted_at, now).await?;
            listing::Entity::update_many()
                .col_expr(listing::Column::PendingRevisionId, Expr::value(revision))
                .filter(listing::Column::Id.eq(listing.id))
                .exec(&txn)
                .await?;
            listing.id
        }
        Some(id) => {
            let Some(existing) = listing::Entity::find_by_id(id)
                .filter(listing::Column::OwnerId.eq(owner.id))
                .one(&txn)
                .await?
            else {
                return Ok(SaveOutcome::NotFound);
            };
            let pending = match existing.pending_revision_id {
                Some(rev) => listing_revision::Entity::find_by_id(rev).one(&txn).await?,
                None => None,
            };
            let under_review = pending.as_ref().is_some_and(|p| p.submitted_at.is_some());
            if !existing.status.is_editable() || under_review {
                return Ok(SaveOutcome::NotEditable(if under_review {
                    ListingStatus::Submitted
                } else {
                    existing.status
                }));
            }
            let revision = match pending {
                Some(pending) => {
                    let mut model: listing_revision::ActiveModel = pending.into();
                    model.content = Set(json.clone());
                    model.updated_at = Set(now);
                    model.submitted_at = Set(submitted_at);
                    model.update(&txn).await?.id
                }
                None => new_revision(&txn, id, owner.id, &json, submitted_at, now).await?,
            };
            let mut model: listing::ActiveModel = existing.clone().into();
            model.pending_revision_id = Set(Some(revision));
            if existing.status != ListingStatus::Approved {
                // Not public yet: the row shows the draft (to its developer only).
                model.status = Set(if submit {
                    ListingStatus::Submitted
                } else {
                    ListingStatus::Draft
                });
                model.slug = Set(slug_for(&content.name));
                model.name = Set(content.name.clone());
                model.tagline = Set(content.tagline.clone());
                model.language = Set(content.language);
                model.organisation = Set(content.organisation.clone());
            }
            model.update(&txn).await?;
            id
        }
    };
    if submit {
        submitted(&txn, owner.id, listing, now).await?;
    }
    txn.commit().await?;
    Ok(SaveOutcome::Saved {
        id: listing,
        submitted: submit,
    })
}

/// A listing's address name from its name (never empty).
fn slug_for(name: &str) -> String {
    let slug: String = slugify(name).chars().take(80).collect();
    if slug.is_empty() {
        "listing".to_owned()
    } else {
        slug.trim_end_matches('-').to_owned()
    }
}

async fn new_revision(
    db: &impl ConnectionTrait,
    listing_id: i64,
    author_id: i64,
    json: &str,
    submitted_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    Ok(listing_revision::ActiveModel {
        listing_id: Set(listing_id),
        author_id: Set(author_id),
        content: Set(json.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(submitted_at),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// Takes the listing's row for this transaction: a no-op update, which is a write lock
/// on SQLite and a row lock on PostgreSQL, so two decisions cannot interleave.
async fn lock(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    crate::server::locking::claim::<listing::Entity>(db, listing::Column::Id, id).await
}

/// Which of `ids` are not ideas: not published ones when `published_only` (what a
/// developer may name), or none at all (at approval, when some may have gone since).
async fn unknown_ideas(
    db: &impl ConnectionTrait,
    ids: &[i64],
    published_only: bool,
) -> Result<Vec<i64>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = idea::Entity::find().filter(idea::Column::Id.is_in(ids.iter().copied()));
    if published_only {
        query = query.filter(idea::Column::Visibility.eq(Visibility::Published));
    }
    let found: Vec<i64> = query.all(db).await?.into_iter().map(|i| i.id).collect();
    Ok(ids
        .iter()
        .copied()
        .filter(|id| !found.contains(id))
        .collect())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionOutcome {
    Done,
    NotFound,
    /// Nothing is waiting for this action (already decided, or archived).
    NotApplicable,
}

/// The developer sends their draft (or draft update) for review.
pub async fn submit(
    db: &DatabaseConnection,
    owner: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<ActionOutcome, DbErr> {
    let txn = db.begin_write().await?;
    lock(&txn, id).await?;
    let Some(existing) = listing::Entity::find_by_id(id)
        .filter(listing::Column::OwnerId.eq(owner.id))
        .one(&txn)
        .await?
    else {
        return Ok(ActionOutcome::NotFound);
    };
    if !is_developer(&txn, owner.id).await? || !existing.status.is_editable() {
        return Ok(ActionOutcome::NotApplicable);
    }
    let Some((revision, _)) = revision_content(&txn, existing.pending_revision_id).await? else {
        return Ok(ActionOutcome::NotApplicable);
    };
    if revision.submitted_at.is_some() {
        return Ok(ActionOutcome::NotApplicable);
    }
    let mut model: listing_revision::ActiveModel = revision.into();
    model.submitted_at = Set(Some(now));
    model.update(&txn).await?;
    if existing.status != ListingStatus::Approved {
        listing::Entity::update_many()
            .col_expr(
                listing::Column::Status,
                Expr::value(ListingStatus::Submitted.key()),
            )
            .filter(listing::Column::Id.eq(id))
            .exec(&txn)
            .await?;
    }
    submitted(&txn, owner.id, id, now).await?;
    txn.commit().await?;
    Ok(ActionOutcome::Done)
}

/// Listing `id` was sent for review by `owner_id`: logged, and moderators are told it
/// is waiting.
async fn submitted(
    txn: &impl ConnectionTrait,
    owner_id: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    record(
        txn,
        Some(owner_id),
        "listing.submitted",
        "listing",
        id,
        None,
        now,
    )
    .await?;
    notifications::notify_moderators(
        txn,
        NotificationKind::Waiting,
        Target::Listing(id),
        "listing",
        Some(owner_id),
        now,
    )
    .await
}

/// Links listing `id` to the ideas its live `content` answers (those that still exist).
async fn link_ideas(
    txn: &impl ConnectionTrait,
    id: i64,
    content: &ListingContent,
) -> Result<(), DbErr> {
    listing_idea::Entity::delete_many()
        .filter(listing_idea::Column::ListingId.eq(id))
        .exec(txn)
        .await?;
    let gone = unknown_ideas(txn, &content.idea_ids, false).await?;
    for idea_id in content.idea_ids.iter().filter(|i| !gone.contains(i)) {
        listing_idea::ActiveModel {
            listing_id: Set(id),
            idea_id: Set(*idea_id),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Hides a published listing after reports (`shown = false`), or restores a hidden one,
/// inside the caller's transaction. Mirrors of the open data are told either way: a
/// hidden listing is a tombstone in the feed and a `listing.archived` webhook, a
/// restored one is published again. `false` when the listing is not in a state to
/// change so.
pub async fn set_shown(
    txn: &impl ConnectionTrait,
    id: i64,
    shown: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    lock(txn, id).await?;
    let Some(existing) = listing::Entity::find_by_id(id).one(txn).await? else {
        return Ok(false);
    };
    let (from, to) = if shown {
        (ListingStatus::Hidden, ListingStatus::Approved)
    } else {
        (ListingStatus::Approved, ListingStatus::Hidden)
    };
    if existing.status != from {
        return Ok(false);
    }
    let live = revision_content(txn, existing.live_revision_id).await?;
    let mut model: listing::ActiveModel = existing.into();
    model.status = Set(to);
    model.changed_at = Set(now);
    let listing = model.update(txn).await?;
    if let Some((_, content)) = live {
        if shown {
            link_ideas(txn, id, &content).await?;
            webhooks::enqueue(txn, Event::ListingPublished, &listing, &content, now).await?;
        } else {
            listing_idea::Entity::delete_many()
                .filter(listing_idea::Column::ListingId.eq(id))
                .exec(txn)
                .await?;
            webhooks::enqueue(txn, Event::ListingArchived, &listing, &content, now).await?;
        }
    }
    Ok(true)
}

/// A moderator's decision on the submission waiting for one: approve it (publishing it,
/// or making the update live), ask for changes, or reject it. Rejecting an update to a
/// published listing leaves the published version as it was.
pub async fn decide(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    decision: ReviewDecision,
    now: DateTime<Utc>,
) -> Result<ActionOutcome, DbErr> {
    let txn = db.begin_write().await?;
    lock(&txn, id).await?;
    let Some(existing) = listing::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(ActionOutcome::NotFound);
    };
    let Some((revision, content)) = revision_content(&txn, existing.pending_revision_id).await?
    else {
        return Ok(ActionOutcome::NotApplicable);
    };
    if revision.submitted_at.is_none() || existing.status.is_withdrawn() {
        return Ok(ActionOutcome::NotApplicable);
    }
    let was_published = existing.status == ListingStatus::Approved;
    let mut model: listing::ActiveModel = existing.clone().into();
    model.last_reviewed_at = Set(Some(now));
    match &decision {
        ReviewDecision::Approve => {
            model.status = Set(ListingStatus::Approved);
            model.live_revision_id = Set(Some(revision.id));
            model.pending_revision_id = Set(None);
            model.slug = Set(slug_for(&content.name));
            model.name = Set(content.name.clone());
            model.tagline = Set(content.tagline.clone());
            model.language = Set(content.language);
            model.description = Set(content.description.clone());
            model.organisation = Set(content.organisation.clone());
            model.cost = Set(content.cost);
            model.platforms = Set(joined_keys(content.platforms.iter().map(|p| p.key())));
            model.categories = Set(joined_keys(content.categories.iter().map(String::as_str)));
            model.audiences = Set(joined_keys(content.audiences.iter().map(|a| a.key())));
            model.changed_at = Set(now);
            if existing.published_at.is_none() {
                model.published_at = Set(Some(now));
            }
        }
        ReviewDecision::RequestChanges(_) => {
            if !was_published {
                model.status = Set(ListingStatus::ChangesRequested);
            }
            let mut rev: listing_revision::ActiveModel = revision.clone().into();
            rev.submitted_at = Set(None);
            rev.update(&txn).await?;
        }
        ReviewDecision::Reject(_) => {
            if was_published {
                model.pending_revision_id = Set(None);
            } else {
                model.status = Set(ListingStatus::Rejected);
            }
        }
    }
    let listing = model.update(&txn).await?;
    let (action, reason) = match &decision {
        ReviewDecision::Approve => ("listing.approved", None),
        ReviewDecision::RequestChanges(message) => {
            ("listing.changes_requested", Some(message.as_str()))
        }
        ReviewDecision::Reject(reason) => ("listing.rejected", Some(reason.as_str())),
    };
    record(&txn, Some(moderator.id), action, "listing", id, reason, now).await?;
    // Its developer hears of the decision, unless they made it themselves.
    if existing.owner_id != moderator.id {
        let (kind, detail) = match &decision {
            ReviewDecision::Approve if was_published => {
                (NotificationKind::ListingApproved, "update")
            }
            ReviewDecision::Approve => (NotificationKind::ListingApproved, "new"),
            ReviewDecision::RequestChanges(message) => {
                (NotificationKind::ListingChangesRequested, message.as_str())
            }
            ReviewDecision::Reject(reason) => (NotificationKind::ListingRejected, reason.as_str()),
        };
        notifications::tell(
            &txn,
            &[existing.owner_id],
            kind,
            Target::Listing(id),
            detail,
            now,
        )
        .await?;
    }
    if decision == ReviewDecision::Approve {
        link_ideas(&txn, id, &content).await?;
        let event = if was_published {
            Event::ListingUpdated
        } else {
            Event::ListingPublished
        };
        webhooks::enqueue(&txn, event, &listing, &content, now).await?;
    }
    txn.commit().await?;
    Ok(ActionOutcome::Done)
}

/// Takes a listing out of the directory, by its developer or a moderator. A listing
/// that was published stays in the feed as a tombstone, so services that mirror the
/// directory remove it.
pub async fn archive(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    id: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<ActionOutcome, DbErr> {
    let txn = db.begin_write().await?;
    lock(&txn, id).await?;
    let Some(existing) = listing::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(ActionOutcome::NotFound);
    };
    let is_owner = existing.owner_id == actor.id;
    if !is_owner && actor.role < Role::Moderator {
        return Ok(ActionOutcome::NotFound);
    }
    if existing.status == ListingStatus::Archived {
        return Ok(ActionOutcome::NotApplicable);
    }
    archive_in(&txn, existing, Some(actor.id), reason, now).await?;
    txn.commit().await?;
    Ok(ActionOutcome::Done)
}

/// Archives every listing of `owner_id` that is not archived yet, inside the caller's
/// transaction (their account is being deleted: nobody is left to keep them up to date).
pub async fn archive_all_of(
    txn: &impl ConnectionTrait,
    owner_id: i64,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let theirs = listing::Entity::find()
        .filter(listing::Column::OwnerId.eq(owner_id))
        .filter(listing::Column::Status.ne(ListingStatus::Archived))
        .all(txn)
        .await?;
    let count = theirs.len() as u64;
    for existing in theirs {
        lock(txn, existing.id).await?;
        archive_in(
            txn,
            existing,
            Some(owner_id),
            // Kept with the listing's history in English, like every stored reason.
            Some(&crate::t!(
                in crate::i18n::Lang::En,
                "listing-archived-owner-deleted"
            )),
            now,
        )
        .await?;
    }
    Ok(count)
}

/// Archives `existing` (locked by the caller), logged as done by `actor_id`. Mirrors
/// are told only if it was published: a hidden listing was already withdrawn from them.
async fn archive_in(
    txn: &impl ConnectionTrait,
    existing: listing::Model,
    actor_id: Option<i64>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let id = existing.id;
    let was_published = existing.status == ListingStatus::Approved;
    let live = revision_content(txn, existing.live_revision_id).await?;
    let mut model: listing::ActiveModel = existing.into();
    model.status = Set(ListingStatus::Archived);
    model.pending_revision_id = Set(None);
    model.changed_at = Set(now);
    let listing = model.update(txn).await?;
    listing_idea::Entity::delete_many()
        .filter(listing_idea::Column::ListingId.eq(id))
        .exec(txn)
        .await?;
    record(
        txn,
        actor_id,
        "listing.archived",
        "listing",
        id,
        reason,
        now,
    )
    .await?;
    if let (Some((_, content)), true) = (live, was_published) {
        webhooks::enqueue(txn, Event::ListingArchived, &listing, &content, now).await?;
    }
    Ok(())
}
