//! Server functions for moderation: the queue, the report page, and the public log.

use leptos::prelude::*;

use super::{ModerationQueue, PublicLogEntry, ReportContext};
use crate::error::AppError;

/// The moderators' queue.
#[server(endpoint = "moderation/queue")]
pub async fn get_queue() -> Result<ModerationQueue, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    Ok(crate::server::queries::moderation::queue(&state.db).await?)
}

/// What the report page for an idea or comment shows.
#[server(endpoint = "moderation/report-context")]
pub async fn get_report_context(subject: String, id: i64) -> Result<ReportContext, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_user().await?;
    let subject = crate::domain::moderation::Subject::from_key(&subject)
        .ok_or_else(|| AppError::NotFound.respond())?;
    crate::server::queries::moderation::report_context(&state.db, subject, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// The latest public moderation log.
#[server(endpoint = "moderation/log")]
pub async fn get_public_log() -> Result<Vec<PublicLogEntry>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::queries::moderation::public_log(&state.db, 200).await?)
}
