//! Server functions for campaigns. Both are public reads: no sign-in needed.

use leptos::prelude::*;

use super::{CampaignDetail, HomeData};
use crate::domain::idea::IdeaListQuery;
use crate::error::AppError;

/// The home page: current campaigns with their most supported ideas, then the rest.
#[server(endpoint = "campaigns/home")]
pub async fn get_home() -> Result<HomeData, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::queries::campaigns::home(&state.db, chrono::Utc::now()).await?)
}

/// One campaign with the page of its ideas that `query` asks for (sorted, filtered,
/// searched, paged).
#[server(endpoint = "campaigns/get")]
pub async fn get_campaign(slug: String, query: IdeaListQuery) -> Result<CampaignDetail, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::queries::campaigns::detail(&state.db, &slug, &query, chrono::Utc::now())
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
