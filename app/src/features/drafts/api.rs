//! Server functions for drafts: reading them is open to everyone; the edit form is for
//! administrators.

use leptos::prelude::*;

use super::{DraftEdit, DraftSummary, DraftView};
use crate::error::AppError;

/// Every draft published for comment.
#[server(endpoint = "drafts/list")]
pub async fn list_drafts() -> Result<Vec<DraftSummary>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::drafts::list(&state.db, chrono::Utc::now()).await?)
}

/// Draft `slug` at `version` (the newest when `None`), as the reader sees it.
#[server(endpoint = "drafts/get")]
pub async fn get_draft(slug: String, version: Option<i32>) -> Result<DraftView, AppError> {
    let state = crate::server::state::app_state()?;
    let viewer = crate::server::auth::current_user().await?;
    crate::server::drafts::view(
        &state.db,
        viewer.as_ref(),
        &slug,
        version,
        chrono::Utc::now(),
    )
    .await?
    .ok_or_else(|| AppError::NotFound.respond())
}

/// Draft `slug`'s edit form, filled in; administrators only.
#[server(endpoint = "drafts/for-edit")]
pub async fn draft_for_edit(slug: String) -> Result<DraftEdit, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    crate::server::drafts::for_edit(&state.db, &slug)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// Nothing but the check: the new-draft page is for administrators.
#[server(endpoint = "drafts/may-publish")]
pub async fn may_publish_drafts() -> Result<(), AppError> {
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    Ok(())
}
