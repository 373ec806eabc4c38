//! Signing in and out: plain form posts that set the session and redirect, so they
//! work the same with JavaScript off. Cross-site posts never get here (see
//! `middleware::csrf`).

use app::domain::return_to::safe_return_path;
use app::domain::user::{Role, Segment};
use app::server::accounts::{NewAccount, find_or_create_by_identity};
use app::server::auth;
use app::server::state::AppState;
use axum::Form;
use axum::extract::State;
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

/// `POST /auth/demo`: signs in as the demo account of the chosen role.
pub async fn demo_sign_in(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<DemoSignIn>,
) -> Response {
    if !state.auth.demo_sign_in {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Some(role) = Role::from_key(&form.role) else {
        return (
            StatusCode::BAD_REQUEST,
            "Choose one of the roles offered on the sign-in page.",
        )
            .into_response();
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
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if auth::sign_in(&session, user.id).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
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
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    Redirect::to("/").into_response()
}
