//! Server functions for ideas.

use leptos::prelude::*;

use super::IdeaDetail;
use crate::error::AppError;

/// One published idea by id. Hidden, pending and rejected ideas answer "not found" so
/// that their existence is not disclosed.
#[server(endpoint = "ideas/get")]
pub async fn get_idea(id: i64) -> Result<IdeaDetail, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::queries::ideas::published_idea(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
