//! Accounts and the identities that sign in to them.

use crate::server::locking::BeginWrite;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, sea_query::ExprTrait,
};

use crate::domain::identity::CurrentUser;
use crate::domain::user::Profile;
use crate::domain::user::{Role, Segment};
use crate::features::accounts::{AccountOverview, AccountRow, LinkedIdentity};
use crate::server::entities::{
    comment, developer_profile, email_outbox, follow, idea, identity, listing, listing_revision,
    moderation_action, notification, notification_preference, report, user, vote,
};
use crate::server::providers::Providers;
use crate::server::queries::uk_date;

/// What a new account starts with.
pub struct NewAccount {
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
}

/// The account that `(provider, subject)` signs in to, created on first sign-in.
///
/// The unique index on (provider, subject) settles a race between two first sign-ins:
/// the loser's insert fails, and it reads the winner's account.
pub async fn find_or_create_by_identity(
    db: &DatabaseConnection,
    provider: &str,
    subject: &str,
    new: NewAccount,
) -> Result<user::Model, DbErr> {
    if let Some(user) = find_by_identity(db, provider, subject).await? {
        return Ok(user);
    }
    let now = Utc::now();
    let txn = db.begin_write().await?;
    let account = user::ActiveModel {
        display_name: Set(new.display_name),
        segment: Set(new.segment),
        role: Set(new.role),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let linked = identity::ActiveModel {
        user_id: Set(account.id),
        provider: Set(provider.to_owned()),
        subject: Set(subject.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match linked {
        Ok(_) => {
            txn.commit().await?;
            Ok(account)
        }
        Err(err) => {
            txn.rollback().await?;
            find_by_identity(db, provider, subject).await?.ok_or(err)
        }
    }
}

/// Remembers that `user_id` reads in `lang` (the page they signed in on, or their
/// choice), so that what is sent to them is in it.
pub async fn remember_language(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
    lang: crate::i18n::Lang,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(
            user::Column::Language,
            sea_orm::sea_query::Expr::value(lang.code()),
        )
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::Language.ne(lang.code()))
        .exec(db)
        .await?;
    Ok(())
}

/// The language `user_id` reads in (English for an account that is gone).
pub async fn language_of(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
) -> Result<crate::i18n::Lang, DbErr> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|u| u.language)
        .unwrap_or_default())
}

/// The account `(provider, subject)` signs in to, if there is one.
pub async fn find_by_identity(
    db: &DatabaseConnection,
    provider: &str,
    subject: &str,
) -> Result<Option<user::Model>, DbErr> {
    let found = identity::Entity::find()
        .filter(identity::Column::Provider.eq(provider))
        .filter(identity::Column::Subject.eq(subject))
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    Ok(found.and_then(|(_, user)| user))
}

/// What happened when a person added a sign-in provider to their account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOutcome {
    Linked,
    /// That identity already signs in to this account: nothing to do.
    AlreadyYours,
    /// That identity signs in to another account, and stays there: merging two people's
    /// accounts on a click would be a way to take one over.
    TakenByAnother,
}

/// Lets `(provider, subject)` sign in to account `user_id` too.
pub async fn link_identity(
    db: &DatabaseConnection,
    user_id: i64,
    provider: &str,
    subject: &str,
) -> Result<LinkOutcome, DbErr> {
    let existing = |db| async move {
        identity::Entity::find()
            .filter(identity::Column::Provider.eq(provider))
            .filter(identity::Column::Subject.eq(subject))
            .one(db)
            .await
    };
    let outcome = |found: &identity::Model| {
        if found.user_id == user_id {
            LinkOutcome::AlreadyYours
        } else {
            LinkOutcome::TakenByAnother
        }
    };
    if let Some(found) = existing(db).await? {
        return Ok(outcome(&found));
    }
    let inserted = identity::ActiveModel {
        user_id: Set(user_id),
        provider: Set(provider.to_owned()),
        subject: Set(subject.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(LinkOutcome::Linked),
        // Lost a race with another link or first sign-in of the same identity.
        Err(err) => existing(db).await?.map(|found| outcome(&found)).ok_or(err),
    }
}

/// The providers account `user_id` signs in with, oldest first.
pub async fn identities_of(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
) -> Result<Vec<identity::Model>, DbErr> {
    identity::Entity::find()
        .filter(identity::Column::UserId.eq(user_id))
        .order_by_asc(identity::Column::Id)
        .all(db)
        .await
}

/// Gives account `id` the role `role`; `None` if there is no such (undeleted) account.
///
/// `by` is the administrator who changed it (`None` from the command line); the change
/// is in the audit log, in the same transaction.
pub async fn set_role(
    db: &DatabaseConnection,
    by: Option<i64>,
    id: i64,
    role: Role,
) -> Result<Option<user::Model>, DbErr> {
    let txn = db.begin_write().await?;
    crate::server::locking::claim::<user::Entity>(&txn, user::Column::Id, id).await?;
    let Some(account) = user::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(None);
    };
    if account.deleted_at.is_some() {
        return Ok(None);
    }
    // The audit log keeps its notes in English, like the rest of the record.
    let change = crate::t!(
        in crate::i18n::Lang::En,
        "audit-role-change",
        from = account.role.key(),
        to = role.key()
    );
    let now = Utc::now();
    let mut account: user::ActiveModel = account.into();
    account.role = Set(role);
    account.updated_at = Set(now);
    let account = account.update(&txn).await?;
    let reason = Some(change.as_str());
    crate::server::audit::record(&txn, by, "account.role_changed", "account", id, reason, now)
        .await?;
    txn.commit().await?;
    Ok(Some(account))
}

/// The account page's figures for `user`: every idea they put forward (whatever its
/// visibility: they may see their own pending or hidden ideas), how many they support,
/// and how they sign in.
pub async fn overview(
    db: &DatabaseConnection,
    providers: &Providers,
    user: CurrentUser,
) -> Result<AccountOverview, DbErr> {
    let account = user::Entity::find_by_id(user.id).one(db).await?;
    let member_since = account
        .as_ref()
        .map(|a| uk_date(a.created_at))
        .unwrap_or_default();
    let email = account.and_then(|a| a.email);
    let ideas = crate::server::queries::ideas::cards_by_author(db, user.id).await?;
    let votes = vote::Entity::find()
        .filter(vote::Column::UserId.eq(user.id))
        .count(db)
        .await?;
    let linked = identities_of(db, user.id).await?;
    let provider_name = |id: &str| match providers.get(id) {
        Some(p) => p.name.clone(),
        None if id == "demo" => "Demo sign-in".to_owned(),
        // A provider since removed from the configuration.
        None => id.to_owned(),
    };
    let identities = linked
        .iter()
        .map(|i| LinkedIdentity {
            id: i.id,
            provider: provider_name(&i.provider),
            linked_on: uk_date(i.created_at),
        })
        .collect();
    let linkable = providers
        .all()
        .iter()
        .filter(|p| !linked.iter().any(|i| i.provider == p.id))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    Ok(AccountOverview {
        user,
        member_since,
        ideas,
        votes,
        identities,
        linkable,
        email,
    })
}

/// Saves a validated profile for account `id`.
pub async fn update_profile(
    db: &DatabaseConnection,
    id: i64,
    profile: Profile,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::DisplayName, profile.display_name.into())
        .col_expr(
            user::Column::Segment,
            sea_orm::sea_query::Expr::value(profile.segment.key()),
        )
        .col_expr(user::Column::UpdatedAt, Utc::now().into())
        .filter(user::Column::Id.eq(id))
        .filter(user::Column::DeletedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// What happened when a person asked to stop signing in with one provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnlinkOutcome {
    Unlinked,
    /// Their only way in: removing it would lock them out (deleting the account is the
    /// way to leave).
    LastOne,
    NotFound,
}

/// Removes identity `identity_id` from account `user_id`, unless it is the last one.
pub async fn unlink_identity(
    db: &DatabaseConnection,
    user_id: i64,
    identity_id: i64,
) -> Result<UnlinkOutcome, DbErr> {
    let txn = db.begin_write().await?;
    let mine = identities_of(&txn, user_id).await?;
    if !mine.iter().any(|i| i.id == identity_id) {
        return Ok(UnlinkOutcome::NotFound);
    }
    if mine.len() == 1 {
        return Ok(UnlinkOutcome::LastOne);
    }
    identity::Entity::delete_by_id(identity_id)
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(UnlinkOutcome::Unlinked)
}

/// Accounts for the administrators' list: the newest 100, or up to 100 whose display
/// name contains `query` (case-insensitively), never deleted ones.
pub async fn list(db: &DatabaseConnection, query: &str) -> Result<Vec<AccountRow>, DbErr> {
    let mut select = user::Entity::find()
        .filter(user::Column::DeletedAt.is_null())
        .order_by_desc(user::Column::Id);
    if !query.is_empty() {
        let pattern = format!("%{}%", query.to_lowercase().replace(['%', '_'], ""));
        select = select.filter(
            sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                sea_orm::sea_query::Expr::col(user::Column::DisplayName),
            ))
            .like(pattern),
        );
    }
    let accounts = select.paginate(db, 100).fetch_page(0).await?;
    Ok(accounts
        .into_iter()
        .map(|a| AccountRow {
            id: a.id,
            display_name: a.display_name,
            segment: a.segment,
            role: a.role,
            member_since: uk_date(a.created_at),
        })
        .collect())
}

/// Deletes account `id` at the person's request. What they wrote stays (it is part of
/// the public record of the exercise) under "Deleted account"; their name, their ways of
/// signing in and their votes go (their other sessions end at their next request, as
/// `auth::user_from_session` finds the account deleted), and the ideas they voted for are
/// recounted in the same transaction. A developer's profile (with its contact email)
/// goes, and their listings are archived, since nobody is left to answer for them; the
/// words of any reports they made go too (the reports stay, as counts, for the
/// moderation record). Returns the ideas whose tallies changed.
pub async fn delete_account(db: &DatabaseConnection, id: i64) -> Result<Vec<i64>, DbErr> {
    let txn = db.begin_write().await?;
    let now = Utc::now();
    crate::server::directory::archive_all_of(&txn, id, now).await?;
    developer_profile::Entity::delete_many()
        .filter(developer_profile::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    report::Entity::update_many()
        .col_expr(
            report::Column::Detail,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .filter(report::Column::ReporterId.eq(id))
        .exec(&txn)
        .await?;
    let voted: Vec<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::IdeaId)
        .filter(vote::Column::UserId.eq(id))
        .into_tuple()
        .all(&txn)
        .await?;
    vote::Entity::delete_many()
        .filter(vote::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    crate::server::tallies::recount(&txn, &voted).await?;
    identity::Entity::delete_many()
        .filter(identity::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    // The address goes, and with it every email to it, sent or not: the log of what
    // was sent to a person is theirs too.
    crate::server::email::addresses::forget(&txn, id, now).await?;
    email_outbox::Entity::delete_many()
        .filter(email_outbox::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    // What they followed and how they wanted to be told go too.
    follow::Entity::delete_many()
        .filter(follow::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    notification_preference::Entity::delete_many()
        .filter(notification_preference::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::DisplayName,
            crate::domain::user::DELETED_ACCOUNT_NAME.into(),
        )
        .col_expr(
            user::Column::Role,
            sea_orm::sea_query::Expr::value(Role::Public.key()),
        )
        .col_expr(user::Column::DeletedAt, Some(now).into())
        .col_expr(user::Column::UpdatedAt, now.into())
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(voted)
}

/// Everything the platform holds about account `id`, for the person to download.
pub async fn export(db: &DatabaseConnection, id: i64) -> Result<Option<serde_json::Value>, DbErr> {
    let Some(account) = user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let identities = identity::Entity::find()
        .filter(identity::Column::UserId.eq(id))
        .all(db)
        .await?;
    let ideas = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(id))
        .order_by_asc(idea::Column::Id)
        .all(db)
        .await?;
    let votes = vote::Entity::find()
        .filter(vote::Column::UserId.eq(id))
        .order_by_asc(vote::Column::CreatedAt)
        .all(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::AuthorId.eq(id))
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await?;
    let notifications = notification::Entity::find()
        .filter(notification::Column::UserId.eq(id))
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await?;
    let profile = developer_profile::Entity::find_by_id(id).one(db).await?;
    let mut listings = Vec::new();
    for l in listing::Entity::find()
        .filter(listing::Column::OwnerId.eq(id))
        .order_by_asc(listing::Column::Id)
        .all(db)
        .await?
    {
        let revisions = listing_revision::Entity::find()
            .filter(listing_revision::Column::ListingId.eq(l.id))
            .order_by_asc(listing_revision::Column::Id)
            .all(db)
            .await?;
        listings.push(serde_json::json!({
            "id": l.id,
            "name": l.name,
            "status": l.status,
            "created_at": l.created_at,
            "published_at": l.published_at,
            "last_reviewed_at": l.last_reviewed_at,
            "revisions": revisions.iter().map(|r| serde_json::json!({
                "id": r.id,
                // Stored as JSON text; given back as JSON, or as it is if unreadable.
                "content": serde_json::from_str::<serde_json::Value>(&r.content)
                    .unwrap_or_else(|_| serde_json::Value::String(r.content.clone())),
                "by_you": r.author_id == id,
                "created_at": r.created_at,
                "updated_at": r.updated_at,
                "submitted_at": r.submitted_at,
            })).collect::<Vec<_>>(),
        }));
    }
    let reports = report::Entity::find()
        .filter(report::Column::ReporterId.eq(id))
        .order_by_asc(report::Column::Id)
        .all(db)
        .await?;
    let emails = email_outbox::Entity::find()
        .filter(email_outbox::Column::UserId.eq(id))
        .order_by_asc(email_outbox::Column::Id)
        .all(db)
        .await?;
    let follows = follow::Entity::find()
        .filter(follow::Column::UserId.eq(id))
        .all(db)
        .await?;
    let preferences = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(id))
        .all(db)
        .await?;
    // Suspensions and reinstatements, from the audit log (without the moderator's name).
    let suspensions = moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("account"))
        .filter(moderation_action::Column::SubjectId.eq(id))
        .filter(
            moderation_action::Column::Action.is_in(["account.suspended", "account.reinstated"]),
        )
        .order_by_asc(moderation_action::Column::Id)
        .all(db)
        .await?;
    Ok(Some(serde_json::json!({
        "account": {
            "id": account.id,
            "display_name": account.display_name,
            "i_am_a": crate::i18n::tr(account.segment.label_key()),
            "role": account.role.key(),
            "created_at": account.created_at,
            "suspended_until": account.suspended_until,
            "suspension_reason": account.suspension_reason,
        },
        "email": {
            "address": account.email,
            "confirmed_at": account.email_verified_at,
            "waiting_for_confirmation": account.email_pending,
            "stopped_at": account.email_stopped_at,
        },
        "following": follows.iter().map(|f| serde_json::json!({
            "what": f.subject_type,
            "id": f.subject_id,
            "following": f.following,
            "since": f.created_at,
        })).collect::<Vec<_>>(),
        "notification_choices": preferences.iter().map(|p| serde_json::json!({
            "topic": p.topic,
            "email": p.email,
            "site": p.site,
        })).collect::<Vec<_>>(),
        "emails_sent": emails.iter().map(|e| serde_json::json!({
            "to": e.address,
            "subject": e.subject,
            "kind": e.kind,
            "queued_at": e.created_at,
            "sent_at": e.sent_at,
        })).collect::<Vec<_>>(),
        "suspensions": suspensions.iter().map(|a| serde_json::json!({
            "what": a.action.trim_start_matches("account."),
            "reason": a.reason,
            "at": a.created_at,
        })).collect::<Vec<_>>(),
        "developer_profile": profile.map(|p| serde_json::json!({
            "organisation": p.organisation,
            "website_url": p.website_url,
            "contact_email": p.contact_email,
            "created_at": p.created_at,
            "updated_at": p.updated_at,
            "revoked_at": p.revoked_at,
            "revoked_reason": p.revoked_reason,
        })),
        "listings": listings,
        "reports_filed": reports.iter().map(|r| serde_json::json!({
            "subject_type": r.subject_type,
            "subject_id": r.subject_id,
            "reason": r.reason,
            "detail": r.detail,
            "created_at": r.created_at,
            "resolved_at": r.resolved_at,
            "upheld": r.upheld,
        })).collect::<Vec<_>>(),
        "sign_in_identities": identities.iter().map(|i| serde_json::json!({
            "provider": i.provider,
            "subject": i.subject,
            "linked_at": i.created_at,
        })).collect::<Vec<_>>(),
        "ideas": ideas.iter().map(|i| serde_json::json!({
            "id": i.id,
            "campaign_id": i.campaign_id,
            "title": i.title,
            "summary": i.summary,
            "description": i.description,
            "link_url": i.link_url,
            "created_at": i.created_at,
            "updated_at": i.updated_at,
        })).collect::<Vec<_>>(),
        "votes": votes.iter().map(|v| serde_json::json!({
            "idea_id": v.idea_id,
            "created_at": v.created_at,
        })).collect::<Vec<_>>(),
        "comments": comments.iter().map(|c| serde_json::json!({
            "id": c.id,
            "idea_id": c.idea_id,
            "reply_to": c.parent_id,
            "text": c.body,
            "created_at": c.created_at,
            "edited_at": c.edited_at,
            "deleted_at": c.deleted_at,
        })).collect::<Vec<_>>(),
        "notifications": notifications.iter().map(|n| serde_json::json!({
            "kind": n.kind,
            "idea_id": n.idea_id,
            "comment_id": n.comment_id,
            "listing_id": n.listing_id,
            "campaign_id": n.campaign_id,
            "detail": n.detail,
            "created_at": n.created_at,
            "read_at": n.read_at,
        })).collect::<Vec<_>>(),
    })))
}
