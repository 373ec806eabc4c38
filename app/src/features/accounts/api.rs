//! Server functions for accounts. Signing in and out are plain form posts to axum
//! routes (`server/src/routes/auth.rs`): they set cookies and redirect, and must work
//! the same with JavaScript off.

use leptos::prelude::*;

use super::{AccountOverview, AccountRow, SignInOptions, Welcome};
use crate::domain::identity::CurrentUser;
use crate::error::AppError;

/// The person signed in, if anyone. Public: answers `None` to anonymous callers.
#[server(endpoint = "accounts/current-user")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    crate::server::auth::current_user().await
}

/// The ways to sign in. Public.
#[server(endpoint = "accounts/sign-in-options")]
pub async fn get_sign_in_options() -> Result<SignInOptions, AppError> {
    let state = crate::server::state::app_state()?;
    let providers = state
        .auth
        .providers
        .all()
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    Ok(SignInOptions {
        demo: state.auth.demo_sign_in,
        providers,
    })
}

/// The first sign-in waiting for its profile, on this session. Public: answers `None`
/// to anyone without one.
#[server(endpoint = "accounts/welcome")]
pub async fn get_welcome() -> Result<Option<Welcome>, AppError> {
    let state = crate::server::state::app_state()?;
    let Some(pending) = crate::server::auth::pending_account_here().await? else {
        return Ok(None);
    };
    let provider = state
        .auth
        .providers
        .all()
        .iter()
        .find(|p| p.id == pending.provider)
        .map(|p| p.name.clone())
        .unwrap_or(pending.provider);
    Ok(Some(Welcome {
        suggested_name: pending.suggested_name.unwrap_or_default(),
        provider,
    }))
}

/// The signed-in person's own account: who they are here, their ideas and how many
/// ideas they support. Signed-in only.
#[server(endpoint = "accounts/overview")]
pub async fn get_account() -> Result<AccountOverview, AppError> {
    let user = crate::server::auth::require_user().await?;
    let state = crate::server::state::app_state()?;
    Ok(crate::server::accounts::overview(&state.db, &state.auth.providers, user).await?)
}

/// Accounts for the administrators' list: the most recent first, or those whose name
/// contains `query`. Administrators only.
#[server(endpoint = "accounts/list")]
pub async fn list_accounts(query: String) -> Result<Vec<AccountRow>, AppError> {
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let state = crate::server::state::app_state()?;
    Ok(crate::server::accounts::list(&state.db, query.trim()).await?)
}
