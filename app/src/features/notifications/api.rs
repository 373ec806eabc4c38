//! Server functions for notifications: the signed-in person's own only.

use leptos::prelude::*;

use super::NotificationList;
use crate::error::AppError;

/// How many notifications the page lists.
#[cfg(feature = "ssr")]
const LISTED: u64 = 50;

/// The signed-in person's recent notifications.
#[server(endpoint = "notifications/list")]
pub async fn list_notifications() -> Result<NotificationList, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    let items = crate::server::notifications::recent(&state.db, user.id, LISTED).await?;
    let unread = crate::server::notifications::unread_count(&state.db, user.id).await?;
    Ok(NotificationList { items, unread })
}

/// How many notifications the signed-in person has not read; 0 when signed out, so the
/// header can ask on every page.
#[server(endpoint = "notifications/unread")]
pub async fn unread_notifications() -> Result<u64, AppError> {
    let state = crate::server::state::app_state()?;
    match crate::server::auth::current_user().await? {
        Some(user) => Ok(crate::server::notifications::unread_count(&state.db, user.id).await?),
        None => Ok(0),
    }
}
