//! Accounts and the identities that sign in to them.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};

use crate::domain::user::{Role, Segment};
use crate::features::accounts::{AccountOverview, CurrentUser};
use crate::server::entities::{idea, identity, user, vote};

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
    if let Some(user) = by_identity(db, provider, subject).await? {
        return Ok(user);
    }
    let now = Utc::now();
    let txn = db.begin().await?;
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
            by_identity(db, provider, subject).await?.ok_or(err)
        }
    }
}

async fn by_identity(
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

/// Gives account `id` the role `role`; `None` if there is no such (undeleted) account.
pub async fn set_role(
    db: &DatabaseConnection,
    id: i64,
    role: Role,
) -> Result<Option<user::Model>, DbErr> {
    let Some(account) = user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if account.deleted_at.is_some() {
        return Ok(None);
    }
    let mut account: user::ActiveModel = account.into();
    account.role = Set(role);
    account.updated_at = Set(Utc::now());
    Ok(Some(account.update(db).await?))
}

/// The account page's figures for `user`: every idea they put forward (whatever its
/// visibility: they may see their own pending or hidden ideas) and how many they support.
pub async fn overview(
    db: &DatabaseConnection,
    user: CurrentUser,
) -> Result<AccountOverview, DbErr> {
    let account = user::Entity::find_by_id(user.id).one(db).await?;
    let member_since = account
        .map(|a| crate::server::queries::uk_date(a.created_at))
        .unwrap_or_default();
    let ideas = crate::server::queries::ideas::cards_by_author(db, user.id).await?;
    let votes = vote::Entity::find()
        .filter(vote::Column::UserId.eq(user.id))
        .count(db)
        .await?;
    Ok(AccountOverview {
        user,
        member_since,
        ideas,
        votes,
    })
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
    Ok(Some(serde_json::json!({
        "account": {
            "id": account.id,
            "display_name": account.display_name,
            "i_am_a": account.segment.label(),
            "role": account.role.key(),
            "created_at": account.created_at,
        },
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
    })))
}
