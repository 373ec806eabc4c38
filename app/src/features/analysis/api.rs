//! The analysis page's data, for moderators and administrators.

use leptos::prelude::*;

use super::Answer;
use crate::error::AppError;

/// The analysis of campaign `campaign` (the newest when `None`), from the figures kept
/// for it (`server::analyses`).
#[server(endpoint = "analysis/get")]
pub async fn get_analysis(campaign: Option<String>) -> Result<Answer, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    state
        .analyses
        .answer(campaign.as_deref())
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
