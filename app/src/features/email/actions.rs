//! Form posts for a person's email address, and the outbox's files for administrators.

use axum::extract::{Path, State};
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::EntityTrait;
use serde::Deserialize;
use tower_sessions::Session;

use super::{EmailForm, paths};
use crate::access::Access;
use crate::domain::user::Role;
use crate::server::email::addresses::{self, Confirmation};
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::web::{
    Admin, Answer, OrShowAgain, Reply, RouteEntry, RouteError, SignedIn, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        // Each sends an email to an address the person typed: limited on its own.
        entry(Method::POST, paths::ADDRESS, Access::SignedIn, post(change))
            .limited(LimitedAction::SendEmail),
        entry(Method::POST, paths::REMOVE, Access::SignedIn, post(remove)),
        // Anyone: the signed token is the credential (the link may be opened on another
        // device, signed out).
        entry(Method::POST, paths::CONFIRM, Access::Anyone, post(confirm))
            .limited(LimitedAction::SignIn),
        entry(
            Method::POST,
            paths::PREFERENCES,
            Access::SignedIn,
            post(save_preferences),
        ),
        // Anyone: mail programs make this POST themselves (RFC 8058), without a session;
        // the signed token is the credential.
        entry(
            Method::POST,
            paths::UNSUBSCRIBE,
            Access::Anyone,
            post(unsubscribe),
        )
        .limited(LimitedAction::SignIn),
        entry(
            Method::GET,
            paths::ADMIN_MESSAGE_FILE,
            Access::AtLeast(Role::Admin),
            get(message_file),
        ),
    ]
}

/// `POST /account/email`: a new address, sent a link to confirm it. Until it is
/// followed, the old address (if any) stays in use.
async fn change(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    StrictForm(form): StrictForm<EmailForm>,
) -> Answer {
    let address = form.validate().or_show_again(paths::ADDRESS, &form)?;
    let account = crate::server::entities::user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .ok_or(RouteError::NotFound)?;
    if account
        .email
        .as_deref()
        .is_some_and(|current| current.eq_ignore_ascii_case(&address))
        && account.email_stopped_at.is_none()
    {
        return Ok(Reply::redirect(format!("{}?updated=same", paths::ADDRESS)));
    }
    let now = crate::server::clock::now();
    addresses::request_change(
        &state.db,
        &state.email.key,
        &state.public_url,
        &account,
        &address,
        now,
    )
    .await?;
    tracing::info!(
        user_id = user.id,
        "confirmation link queued for a new email address"
    );
    Ok(Reply::redirect(paths::ADDRESS))
}

/// `POST /account/email/remove`: the address goes, with everything waiting to be sent.
async fn remove(State(state): State<AppState>, SignedIn(user): SignedIn) -> Answer {
    addresses::remove(&state.db, user.id, crate::server::clock::now()).await?;
    Ok(Reply::redirect(format!(
        "{}?updated=removed",
        paths::ADDRESS
    )))
}

#[derive(Deserialize)]
struct ConfirmForm {
    #[serde(default)]
    token: String,
}

/// `POST /account/email/confirm`: the button on the page the emailed link opens.
async fn confirm(
    State(state): State<AppState>,
    session: Session,
    StrictForm(form): StrictForm<ConfirmForm>,
) -> Answer {
    let now = crate::server::clock::now();
    let outcome = addresses::confirm(&state.db, &state.email.key, &form.token, now).await?;
    let here = |done: &str| {
        let token: String = form_urlencoded::byte_serialize(form.token.as_bytes()).collect();
        format!("{}?token={token}&done={done}", paths::CONFIRM)
    };
    match outcome {
        Confirmation::Confirmed { user_id, .. }
        | Confirmation::AlreadyConfirmed { user_id, .. } => {
            tracing::info!(user_id, "email address confirmed");
            // Signed in as its owner: back to their email page; otherwise a page that
            // says it worked (nothing of the account is shown to whoever holds the link).
            if crate::server::auth::session_account(&session).await == Some(user_id) {
                Ok(Reply::redirect(format!(
                    "{}?updated=confirmed",
                    paths::ADDRESS
                )))
            } else {
                Ok(Reply::redirect(here("confirmed")))
            }
        }
        Confirmation::Expired | Confirmation::Invalid => Ok(Reply::redirect(here("failed"))),
    }
}

/// `POST /account/notifications`: every choice at once. Each topic's email choice is a
/// radio button and its site choice a checkbox (`site`, repeated), so a browser always
/// sends something readable; anything else was not typed by a person and is refused.
async fn save_preferences(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    StrictForm(form): StrictForm<Vec<(String, String)>>,
) -> Answer {
    use crate::domain::notification::{Mode, Topic};
    let refused = || RouteError::BadForm {
        status: axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        message: "preferences-bad-form",
    };
    // A form from before the choice of language was offered has none: kept as it is.
    let language = match form.iter().find(|(k, _)| k == "language") {
        Some((_, value)) => Some(crate::i18n::Lang::parse(value).ok_or_else(refused)?),
        None => None,
    };
    let mut chosen = crate::server::preferences::of(&state.db, user.id).await?;
    for topic in Topic::ALL.into_iter().filter(|t| t.applies_to(user.role)) {
        let (_, name) = super::email_field(topic);
        let email = match form.iter().find(|(k, _)| k == name) {
            Some((_, value)) => Mode::from_key(value).ok_or_else(refused)?,
            None => return Err(refused()),
        };
        let shown = form.iter().any(|(k, v)| k == "site" && v == topic.key());
        chosen.insert(topic, (email, if shown { Mode::Now } else { Mode::Off }));
    }
    crate::server::preferences::save(&state.db, user.id, &chosen).await?;
    if let Some(language) = language {
        crate::server::accounts::remember_language(&state.db, user.id, language).await?;
    }
    Ok(Reply::redirect(format!(
        "{}?updated=preferences",
        paths::PREFERENCES
    )))
}

#[derive(Deserialize)]
struct UnsubscribeQuery {
    #[serde(default)]
    token: String,
    /// Set by the button on the page the link opens: answer with that page again.
    #[serde(default)]
    page: Option<String>,
}

/// `POST /email/unsubscribe?token=…`: stops every email to the account the token
/// names. The one-click POST of RFC 8058 (whose body, `List-Unsubscribe=One-Click`, says
/// nothing more and is not read) gets a short answer; the page's own button comes back
/// to the page.
async fn unsubscribe(
    State(state): State<AppState>,
    axum::extract::Query(query): axum::extract::Query<UnsubscribeQuery>,
) -> Result<Response, RouteError> {
    let token: String = form_urlencoded::byte_serialize(query.token.as_bytes()).collect();
    let Some((user_id, _)) =
        crate::server::email::links::read_unsubscribe_token(&state.email.key, &query.token)
    else {
        return Ok(match query.page {
            Some(_) => {
                Reply::redirect(format!("{}?token={token}", paths::UNSUBSCRIBE)).into_response()
            }
            None => (
                axum::http::StatusCode::NOT_FOUND,
                crate::t!("unsubscribe-link-broken"),
            )
                .into_response(),
        });
    };
    crate::server::preferences::stop_all_email(&state.db, user_id).await?;
    tracing::info!(user_id, "all email stopped from an unsubscribe link");
    Ok(match query.page {
        Some(_) => {
            Reply::redirect(format!("{}?token={token}&done=1", paths::UNSUBSCRIBE)).into_response()
        }
        None => crate::t!("unsubscribe-done-plain").into_response(),
    })
}

/// `GET /admin/email/{id}/message.eml`: an email as written to the outbox folder (when
/// no SMTP server is configured), for an administrator to open in a mail client.
async fn message_file(
    State(state): State<AppState>,
    Staff(..): Staff<Admin>,
    Path(id): Path<i64>,
) -> Result<Response, RouteError> {
    let Some(dir) = &state.email.files else {
        return Err(RouteError::NotFound);
    };
    let bytes = tokio::fs::read(dir.join(format!("{id}.eml")))
        .await
        .map_err(|_| RouteError::NotFound)?;
    let disposition = format!("attachment; filename=\"email-{id}.eml\"");
    Ok((
        [
            (header::CONTENT_TYPE, "message/rfc822".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
