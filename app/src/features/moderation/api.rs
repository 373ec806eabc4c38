//! Server functions for moderation: the queue, the report page, and the public log.

use leptos::prelude::*;

use super::{ModerationQueue, PublicLogEntry, ReportContext};
use crate::error::AppError;

/// The moderators' queue.
#[server(endpoint = "moderation/queue")]
pub async fn get_queue() -> Result<ModerationQueue, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    Ok(crate::server::queries::moderation::queue(&state.db, crate::server::clock::now()).await?)
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

/// A person as a moderator sees them, with their suspension and record.
#[server(endpoint = "moderation/person")]
pub async fn get_person(id: i64) -> Result<super::people::PersonView, AppError> {
    let state = crate::server::state::app_state()?;
    let moderator = crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    crate::server::suspensions::person(&state.db, &moderator, id, chrono::Utc::now())
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// An idea's words and the history of moderators' edits, for the edit page.
#[server(endpoint = "moderation/idea-edit")]
pub async fn get_idea_edit(id: i64) -> Result<super::edit::IdeaEditContext, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    crate::server::edits::idea_context(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
