//! The audit log: every moderation action, who took it, on what, when and why. The
//! moderators' full record, a listing's review history, and (the public columns only,
//! see `domain::moderation::public_action`) the public moderation log read it.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

use crate::server::entities::moderation_action;

/// Writes one row of the log, inside the caller's transaction so the action and its
/// record stand or fall together. `actor_id` is `None` for the platform itself.
pub async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<i64>,
    action: &str,
    subject_type: &str,
    subject_id: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    moderation_action::ActiveModel {
        actor_id: Set(actor_id),
        action: Set(action.to_owned()),
        subject_type: Set(subject_type.to_owned()),
        subject_id: Set(subject_id),
        reason: Set(reason.map(str::to_owned)),
        detail: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
