//! Server functions for email: a person's own address; the outbox for administrators.

use leptos::prelude::*;

use super::{EmailOverview, LinkCheck, OutboxMessage, OutboxView};
use crate::error::AppError;

/// The signed-in person's email address. Signed-in only.
#[server(endpoint = "email/overview")]
pub async fn get_email_overview() -> Result<EmailOverview, AppError> {
    let user = crate::server::auth::require_user().await?;
    let state = crate::server::state::app_state()?;
    crate::server::email::addresses::overview(&state.db, user.id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}

/// What a confirmation link will do. Public: the token is the credential, and answers
/// only with the address it was sent to, which its holder has read in the email.
#[server(endpoint = "email/check-link")]
pub async fn check_email_link(token: String) -> Result<LinkCheck, AppError> {
    use crate::server::email::addresses::{Confirmation, check};
    let state = crate::server::state::app_state()?;
    let now = crate::server::clock::now();
    Ok(
        match check(&state.db, &state.email.key, &token, now).await? {
            Confirmation::Confirmed { address, .. } => LinkCheck::Ready { address },
            Confirmation::AlreadyConfirmed { address, .. } => {
                LinkCheck::AlreadyConfirmed { address }
            }
            Confirmation::Expired => LinkCheck::Expired,
            Confirmation::Invalid => LinkCheck::Invalid,
        },
    )
}

/// The outbox. Administrators only: it holds people's addresses.
#[server(endpoint = "email/outbox")]
pub async fn get_outbox() -> Result<OutboxView, AppError> {
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let state = crate::server::state::app_state()?;
    let files = state.email.files.as_deref();
    Ok(crate::server::email::outbox::admin_view(&state.db, files).await?)
}

/// One email of the outbox. Administrators only.
#[server(endpoint = "email/outbox-message")]
pub async fn get_outbox_message(id: i64) -> Result<OutboxMessage, AppError> {
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let state = crate::server::state::app_state()?;
    let files = state.email.files.as_deref();
    crate::server::email::outbox::admin_message(&state.db, id, files)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())
}
