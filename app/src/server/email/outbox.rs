//! The outbox: each email is a row, written in the same transaction as what causes it
//! (so it is never lost, and never sent for a change that was rolled back), and sent
//! afterwards by [`super::send`].

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::compose::Letter;
use crate::server::entities::email_outbox;

/// An email to queue.
#[derive(Clone, Debug)]
pub struct Outgoing {
    /// The account it is for, if any: its unsent emails go when the account or the
    /// address does.
    pub user_id: Option<i64>,
    pub address: String,
    /// What caused it, for the log (`confirm_address`…).
    pub kind: &'static str,
    /// Unique per event and person: queueing it again does nothing.
    pub dedupe_key: String,
    pub subject: String,
    pub letter: Letter,
    /// The one-click unsubscribe address (`List-Unsubscribe`), for emails the person
    /// did not ask for there and then.
    pub unsubscribe_url: Option<String>,
}

/// Queues `outgoing`, inside the caller's transaction. Whether it was queued: `false`
/// when the same event was already queued for the same person.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    outgoing: Outgoing,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let body_html = outgoing.letter.html(&outgoing.subject);
    let inserted = email_outbox::Entity::insert(email_outbox::ActiveModel {
        user_id: Set(outgoing.user_id),
        address: Set(outgoing.address),
        kind: Set(outgoing.kind.to_owned()),
        dedupe_key: Set(outgoing.dedupe_key),
        subject: Set(outgoing.subject),
        body_text: Set(outgoing.letter.text()),
        body_html: Set(body_html),
        unsubscribe_url: Set(outgoing.unsubscribe_url),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        failed_at: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([email_outbox::Column::DedupeKey])
    .exec(db)
    .await?;
    Ok(matches!(inserted, sea_orm::TryInsertResult::Inserted(_)))
}

/// Drops the unsent emails of account `user_id`: all of them (its address went), or
/// those of one `kind` (a newer confirmation link replaces an older one).
pub async fn drop_unsent(
    db: &impl ConnectionTrait,
    user_id: i64,
    kind: Option<&str>,
) -> Result<u64, DbErr> {
    let mut unsent = email_outbox::Entity::delete_many()
        .filter(email_outbox::Column::UserId.eq(user_id))
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null());
    if let Some(kind) = kind {
        unsent = unsent.filter(email_outbox::Column::Kind.eq(kind));
    }
    Ok(unsent.exec(db).await?.rows_affected)
}

/// The outbox as the administrators' page shows it: the latest 100, newest first.
pub async fn admin_view(
    db: &sea_orm::DatabaseConnection,
    files: Option<&std::path::Path>,
) -> Result<crate::features::email::OutboxView, DbErr> {
    use sea_orm::{PaginatorTrait, QueryOrder, QuerySelect};
    let rows = email_outbox::Entity::find()
        .order_by_desc(email_outbox::Column::Id)
        .limit(100)
        .all(db)
        .await?
        .iter()
        .map(row)
        .collect();
    let waiting = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null())
        .count(db)
        .await?;
    let failed = email_outbox::Entity::find()
        .filter(email_outbox::Column::FailedAt.is_not_null())
        .count(db)
        .await?;
    Ok(crate::features::email::OutboxView {
        files: files.map(|dir| dir.display().to_string()),
        rows,
        waiting,
        failed,
    })
}

/// One email of the outbox, for an administrator.
pub async fn admin_message(
    db: &sea_orm::DatabaseConnection,
    id: i64,
    files: Option<&std::path::Path>,
) -> Result<Option<crate::features::email::OutboxMessage>, DbErr> {
    let Some(email) = email_outbox::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let has_file = files.is_some_and(|dir| dir.join(format!("{id}.eml")).is_file());
    Ok(Some(crate::features::email::OutboxMessage {
        row: row(&email),
        text: email.body_text,
        has_file,
    }))
}

fn row(email: &email_outbox::Model) -> crate::features::email::OutboxRow {
    use crate::server::queries::uk_date_time;
    let status = if let Some(sent) = email.sent_at {
        crate::t!("outbox-sent", at = uk_date_time(sent))
    } else if let Some(failed) = email.failed_at {
        crate::t!("outbox-failed", at = uk_date_time(failed))
    } else if email.attempts > 0 {
        crate::t!("outbox-retrying", at = uk_date_time(email.next_attempt_at))
    } else {
        crate::t!("outbox-waiting")
    };
    crate::features::email::OutboxRow {
        id: email.id,
        address: email.address.clone(),
        subject: email.subject.clone(),
        kind: email.kind.clone(),
        created_at: uk_date_time(email.created_at),
        status,
        attempts: email.attempts,
        last_error: email.last_error.clone(),
    }
}
