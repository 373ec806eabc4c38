//! Server functions for assisted digital: helpers' reads. Helpers see the people they
//! recorded; moderators and administrators see everyone recorded.

use leptos::prelude::*;

use super::{ImportContext, PersonDetail, PersonRow};
use crate::error::AppError;

/// The people the signed-in helper acts for, newest first.
#[server(endpoint = "assisted/people")]
pub async fn helped_people() -> Result<Vec<PersonRow>, AppError> {
    let state = crate::server::state::app_state()?;
    let helper = crate::server::auth::require_role(crate::domain::user::Role::Helper).await?;
    Ok(crate::server::assisted::people(&state.db, &helper).await?)
}

/// Person `id`'s page, for a helper who may act for them.
#[server(endpoint = "assisted/person")]
pub async fn helped_person(id: i64) -> Result<PersonDetail, AppError> {
    let state = crate::server::state::app_state()?;
    let helper = crate::server::auth::require_role(crate::domain::user::Role::Helper).await?;
    crate::server::assisted::detail(&state.db, &helper, id, chrono::Utc::now())
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// What the import page lists: the campaigns a file's rows can name.
#[server(endpoint = "assisted/import-context")]
pub async fn get_import_context() -> Result<ImportContext, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Helper).await?;
    Ok(crate::server::assisted::import_context(&state.db, chrono::Utc::now()).await?)
}
