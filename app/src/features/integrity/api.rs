//! Server functions for vote integrity: the moderators' page.

use leptos::prelude::*;

use super::IntegrityReport;
use crate::error::AppError;

/// The signals in campaign `campaign` (the newest that has opened when `None`), and
/// what moderators set aside there.
#[server(endpoint = "moderation/integrity")]
pub async fn get_integrity(campaign: Option<String>) -> Result<IntegrityReport, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    crate::server::auth::limit(crate::server::rate_limit::LimitedAction::HeavyRead).await?;
    crate::server::integrity::report(&state.db, campaign.as_deref())
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
