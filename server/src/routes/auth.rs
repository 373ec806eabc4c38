//! Signing in and out: plain form posts that set the session and redirect, so they
//! work the same with JavaScript off. Cross-site posts never get here (see
//! `middleware::csrf`).

use app::domain::return_to::safe_return_path;
use app::domain::user::{Role, Segment};
use app::server::accounts::{
    LinkOutcome, NewAccount, find_by_identity, find_or_create_by_identity, link_identity,
};
use app::server::auth::{self, PendingAccount};
use app::server::providers::{PendingSignIn, SignInError};
use app::server::state::AppState;
use app::server::web::RouteError;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

/// The provider id of the local demo sign-in.
const DEMO_PROVIDER: &str = "demo";

#[derive(Deserialize)]
pub struct DemoSignIn {
    role: String,
    return_to: Option<String>,
}

/// `POST /auth/demo`: signs in as the demo account of the chosen role. Only where it is
/// turned on, and only for a request sent to this computer by name (`Host` on loopback):
/// a proxy forwarding a public name to a local demo does not get it.
pub async fn demo_sign_in(
    State(state): State<AppState>,
    session: Session,
    headers: axum::http::HeaderMap,
    Form(form): Form<DemoSignIn>,
) -> Response {
    let local_host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| crate::middleware::hosts::split_authority(h).0)
        .is_some_and(crate::middleware::hosts::is_loopback);
    if !state.auth.demo_sign_in || !(local_host || state.auth.demo_forced) {
        return RouteError::NotFound.into_response();
    }
    let Some(role) = Role::from_key(&form.role) else {
        return (StatusCode::BAD_REQUEST, app::i18n::tr("demo-role-bad-form")).into_response();
    };
    let segment = if role == Role::Developer {
        Segment::Developer
    } else {
        Segment::Public
    };
    let account = NewAccount {
        display_name: format!("Demo {}", role.label().to_lowercase()),
        segment,
        role,
    };
    let user = match find_or_create_by_identity(&state.db, DEMO_PROVIDER, role.key(), account).await
    {
        Ok(user) => user,
        Err(e) => {
            tracing::error!(error = %e, "demo sign-in: cannot find or create the account");
            return RouteError::Internal.into_response();
        }
    };
    if auth::sign_in(&session, user.id).await.is_err() {
        return RouteError::Internal.into_response();
    }
    // What is sent to them follows the language they signed in in.
    if let Err(e) =
        app::server::accounts::remember_language(&state.db, user.id, app::i18n::lang()).await
    {
        tracing::warn!(error = %e, "cannot remember the account's language");
    }
    tracing::info!(user_id = user.id, role = role.key(), "demo sign-in");
    let to = form
        .return_to
        .as_deref()
        .and_then(safe_return_path)
        .unwrap_or("/");
    Redirect::to(to).into_response()
}

/// `POST /auth/sign-out`: ends the session on the server and goes home.
pub async fn sign_out(session: Session) -> Response {
    if auth::sign_out(&session).await.is_err() {
        return RouteError::Internal.into_response();
    }
    Redirect::to("/").into_response()
}

/// `GET /auth/sign-out`: signing out changes something, so only a form's `POST` does it
/// (a link or an image elsewhere cannot sign anyone out); a `GET` gets the site's "not
/// found" page rather than an empty answer.
pub async fn sign_out_page() -> Response {
    RouteError::NotFound.into_response()
}

/// Session key: the OpenID Connect sign-in in progress.
const PENDING_SIGN_IN: &str = "oidc_pending";

#[derive(Deserialize)]
pub struct StartQuery {
    return_to: Option<String>,
    /// `true` when a signed-in person adds this provider to their account.
    #[serde(default)]
    link: bool,
}

/// `GET /auth/{provider}/start`: sends the person to the provider, to sign in or (with
/// `?link=true`) to add it to the account they are signed in to.
pub async fn provider_start(
    State(state): State<AppState>,
    Path(provider_id): Path<String>,
    session: Session,
    Query(query): Query<StartQuery>,
) -> Response {
    let Some(provider) = state.auth.providers.get(&provider_id) else {
        return RouteError::NotFound.into_response();
    };
    let (return_to, link_to) = if query.link {
        match auth::user_from_session(&state.db, &session).await {
            Ok(Some(user)) => ("/account".to_owned(), Some(user.id)),
            Ok(None) => return Redirect::to("/sign-in?return_to=%2Faccount").into_response(),
            Err(_) => return RouteError::Internal.into_response(),
        }
    } else {
        let return_to = query
            .return_to
            .as_deref()
            .and_then(safe_return_path)
            .unwrap_or("/");
        (return_to.to_owned(), None)
    };
    match state
        .auth
        .providers
        .start(provider, return_to, link_to)
        .await
    {
        Ok((url, pending)) => match session.insert(PENDING_SIGN_IN, pending).await {
            Ok(()) => Redirect::to(url.as_str()).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "cannot keep the pending sign-in in the session");
                RouteError::Internal.into_response()
            }
        },
        Err(e) => back_to_sign_in(e),
    }
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /auth/{provider}/callback`: the provider sends the person back here.
pub async fn provider_callback(
    State(state): State<AppState>,
    Path(provider_id): Path<String>,
    session: Session,
    Query(query): Query<CallbackQuery>,
) -> Response {
    let Some(provider) = state.auth.providers.get(&provider_id) else {
        return RouteError::NotFound.into_response();
    };
    // Taken out whatever happens next: a pending sign-in is good for one try.
    let pending: Option<PendingSignIn> = session.remove(PENDING_SIGN_IN).await.unwrap_or_default();
    if let Some(error) = &query.error {
        tracing::info!(
            provider = provider.id,
            error,
            "the provider returned an error"
        );
        let error = if error == "access_denied" {
            SignInError::Cancelled
        } else {
            SignInError::Rejected
        };
        return back_to_sign_in(error);
    }
    let (Some(pending), Some(code), Some(returned_state)) = (pending, &query.code, &query.state)
    else {
        return back_to_sign_in(SignInError::StateMismatch);
    };
    let return_to = pending.return_to.clone();
    let link_to = pending.link_to;
    let identity = match state
        .auth
        .providers
        .finish(provider, pending, returned_state, code)
        .await
    {
        Ok(identity) => identity,
        Err(e) => return back_to_sign_in(e),
    };
    if let Some(account_id) = link_to {
        // Still signed in to the account the link was started from?
        match auth::user_from_session(&state.db, &session).await {
            Ok(Some(user)) if user.id == account_id => {}
            Ok(_) => return back_to_sign_in(SignInError::StateMismatch),
            Err(_) => return RouteError::Internal.into_response(),
        }
        return match link_identity(&state.db, account_id, &provider.id, &identity.subject).await {
            Ok(LinkOutcome::Linked | LinkOutcome::AlreadyYours) => {
                tracing::info!(
                    user_id = account_id,
                    provider = provider.id,
                    "linked a provider"
                );
                Redirect::to(&format!("/account?linked={}", provider.id)).into_response()
            }
            Ok(LinkOutcome::TakenByAnother) => Redirect::to(&format!(
                "/account?link_error=taken&provider={}",
                provider.id
            ))
            .into_response(),
            Err(e) => {
                tracing::error!(error = %e, "cannot link the identity");
                RouteError::Internal.into_response()
            }
        };
    }
    let user = match find_by_identity(&state.db, &provider.id, &identity.subject).await {
        Ok(Some(user)) if user.deleted_at.is_none() => user,
        Ok(Some(_)) => return back_to_sign_in(SignInError::Rejected),
        // A first sign-in: the person chooses how they appear before there is an
        // account (the provider's name for them is only a suggestion).
        Ok(None) => {
            let pending = PendingAccount {
                provider: provider.id.clone(),
                subject: identity.subject.clone(),
                suggested_name: identity.name.clone(),
                email: identity.email.clone(),
                return_to,
            };
            if auth::hold_pending_account(&session, &pending)
                .await
                .is_err()
            {
                return RouteError::Internal.into_response();
            }
            return Redirect::to(app::features::accounts::paths::WELCOME).into_response();
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot find the account");
            return RouteError::Internal.into_response();
        }
    };
    if auth::sign_in(&session, user.id).await.is_err() {
        return RouteError::Internal.into_response();
    }
    // What is sent to them follows the language they signed in in.
    if let Err(e) =
        app::server::accounts::remember_language(&state.db, user.id, app::i18n::lang()).await
    {
        tracing::warn!(error = %e, "cannot remember the account's language");
    }
    if let Some(address) = &identity.email
        && let Err(e) = app::server::email::addresses::from_provider(
            &state.db,
            user.id,
            address,
            chrono::Utc::now(),
        )
        .await
    {
        // The sign-in stands; the address can be entered by hand.
        tracing::warn!(error = %e, "could not keep the provider's email address");
    }
    tracing::info!(user_id = user.id, provider = provider.id, "signed in");
    let to = safe_return_path(&return_to).unwrap_or("/");
    Redirect::to(to).into_response()
}

fn back_to_sign_in(error: SignInError) -> Response {
    Redirect::to(&format!("/sign-in?error={}", error.code())).into_response()
}
