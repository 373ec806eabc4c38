//! Server functions for following.

use leptos::prelude::*;

use crate::error::AppError;

/// Whether the signed-in reader follows the campaign at `slug`, with the slug;
/// `None` for readers who are not signed in. Public.
#[server(endpoint = "following/campaign")]
pub async fn campaign_following(slug: String) -> Result<Option<(String, bool)>, AppError> {
    let Some(user) = crate::server::auth::current_user().await? else {
        return Ok(None);
    };
    let state = crate::server::state::app_state()?;
    let campaign = crate::server::queries::campaigns::by_slug(&state.db, &slug)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())?;
    let following =
        crate::server::following::follows_campaign(&state.db, user.id, campaign.id).await?;
    Ok(Some((campaign.slug, following)))
}
