//! Server functions for email: a person's own address; the outbox for administrators.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::TopicChoice;
use super::{
    EmailOverview, LinkCheck, OutboxMessage, OutboxView, PreferencesView, UnsubscribeCheck,
};
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

/// The signed-in person's choices of what they are told about, and how. Signed-in only.
#[server(endpoint = "email/preferences")]
pub async fn get_preferences() -> Result<PreferencesView, AppError> {
    use crate::domain::notification::{Mode, Topic};
    let user = crate::server::auth::require_user().await?;
    let state = crate::server::state::app_state()?;
    let modes = crate::server::preferences::of(&state.db, user.id).await?;
    let address = crate::server::email::addresses::overview(&state.db, user.id)
        .await?
        .and_then(|o| o.address);
    let topics = Topic::ALL
        .into_iter()
        .filter(|t| t.applies_to(user.role))
        .map(|topic| {
            let (email, site) = modes.get(&topic).copied().unwrap_or(topic.default_modes());
            TopicChoice {
                topic,
                email: email.key().to_owned(),
                site: site != Mode::Off,
            }
        })
        .collect();
    let hour = state.email.digest_hour;
    let digest_time = match hour {
        0 => crate::t!("time-midnight"),
        12 => crate::t!("time-midday"),
        h if h < 12 => crate::t!("time-am", hour = h),
        h => crate::t!("time-pm", hour = h - 12),
    };
    Ok(PreferencesView {
        address,
        topics,
        digest_time,
        language: crate::server::accounts::language_of(&state.db, user.id).await?,
    })
}

/// What an unsubscribe link will do. Public: the signed token is the credential, and
/// the answer names only the address the email went to.
#[server(endpoint = "email/unsubscribe-check")]
pub async fn check_unsubscribe(token: String) -> Result<UnsubscribeCheck, AppError> {
    let state = crate::server::state::app_state()?;
    let Some((user_id, _)) =
        crate::server::email::links::read_unsubscribe_token(&state.email.key, &token)
    else {
        return Ok(UnsubscribeCheck::Invalid);
    };
    Ok(
        match crate::server::email::addresses::overview(&state.db, user_id).await? {
            Some(overview) => UnsubscribeCheck::Ready {
                address: overview.address,
            },
            None => UnsubscribeCheck::Invalid,
        },
    )
}
