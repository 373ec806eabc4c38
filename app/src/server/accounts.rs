//! Accounts and the identities that sign in to them.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

use crate::domain::user::{Role, Segment};
use crate::server::entities::{identity, user};

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
