//! Server functions for the directory: the public search and listing pages, what
//! developers see of their listings, and what moderators and administrators review.

use leptos::prelude::*;

use super::model::{
    DeveloperOverview, DirectoryPage, DirectoryQuery, ListingCard, ListingFormContext,
    ListingPageData, ListingReview, MyListing, QueueRow, WebhooksAdmin,
};
use crate::error::AppError;

/// A page of the public directory.
#[server(endpoint = "directory/list")]
pub async fn get_directory(query: DirectoryQuery) -> Result<DirectoryPage, AppError> {
    let state = crate::server::state::app_state()?;
    if query.q.is_some() {
        crate::server::auth::limit(crate::server::rate_limit::LimitedAction::HeavyRead).await?;
    }
    Ok(crate::server::queries::directory::search(&state.db, &query).await?)
}

/// A published listing's page.
#[server(endpoint = "directory/get")]
pub async fn get_listing(id: i64) -> Result<ListingPageData, AppError> {
    let state = crate::server::state::app_state()?;
    let site = state.public_url.origin().ascii_serialization();
    crate::server::queries::directory::listing_page(&state.db, id, &site)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// The published listings that answer an idea.
#[server(endpoint = "directory/answering")]
pub async fn listings_answering(idea_id: i64) -> Result<Vec<ListingCard>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::queries::directory::answering(&state.db, idea_id).await?)
}

/// The signed-in person's developer profile and listings.
#[server(endpoint = "directory/mine")]
pub async fn get_developer_overview() -> Result<DeveloperOverview, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    Ok(crate::server::queries::directory::developer_overview(&state.db, &user).await?)
}

/// The listing form: empty, or one of the person's own listings.
#[server(endpoint = "directory/form")]
pub async fn listing_form(id: Option<i64>) -> Result<ListingFormContext, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    crate::server::queries::directory::listing_form(&state.db, &user, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// One of the person's own listings, with its status and review history.
#[server(endpoint = "directory/my-listing")]
pub async fn get_my_listing(id: i64) -> Result<MyListing, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    crate::server::queries::directory::my_listing(&state.db, &user, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// Listings and updates waiting for a moderator.
#[server(endpoint = "directory/queue")]
pub async fn listing_queue() -> Result<Vec<QueueRow>, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    Ok(crate::server::queries::directory::queue(&state.db).await?)
}

/// A listing as a moderator reviews it.
#[server(endpoint = "directory/review")]
pub async fn get_listing_review(id: i64) -> Result<ListingReview, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Moderator).await?;
    crate::server::queries::directory::review(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// The webhooks and their latest deliveries.
#[server(endpoint = "webhooks/list")]
pub async fn admin_webhooks() -> Result<WebhooksAdmin, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    Ok(crate::server::webhooks::admin_view(&state.db).await?)
}
