//! Form posts from the account and administration pages. Each checks who is asking,
//! validates, and then either redirects (post/redirect/get) or renders the form's page
//! again with what the person typed and a message next to each field to fix.

use app::domain::user::Role;
use app::features::accounts::{CurrentUser, ProfileForm};
use app::forms::Submitted;
use app::server::accounts::{self, UnlinkOutcome};
use app::server::auth;
use app::server::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::ideas::forbidden;
use super::pages::render_page;

/// The person signed in, or the response that sends them to sign in and back to `back`.
pub async fn signed_in(
    state: &AppState,
    session: &Session,
    back: &str,
) -> Result<CurrentUser, Response> {
    match auth::user_from_session(&state.db, session).await {
        Ok(Some(user)) => Ok(user),
        Ok(None) => {
            let encoded: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
            Err(Redirect::to(&format!("/sign-in?return_to={encoded}")).into_response())
        }
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

/// The signed-in person with at least `role`, or the response that says why not.
pub async fn with_role(
    state: &AppState,
    session: &Session,
    parts: Parts,
    back: &str,
    role: Role,
) -> Result<(CurrentUser, Parts), Response> {
    let user = signed_in(state, session, back).await?;
    if user.role < role {
        return Err(forbidden(state, parts).await);
    }
    Ok((user, parts))
}

/// Answers a suspended person's attempt to take part: 403, and the page saying until
/// when and why.
pub async fn suspended(state: &AppState, parts: Parts) -> Response {
    super::pages::render_page::<()>(
        state,
        parts,
        "/account/suspended",
        StatusCode::FORBIDDEN,
        None,
    )
    .await
}

pub fn internal(err: sea_orm::DbErr) -> Response {
    tracing::error!(error = %err, "database error in a form route");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// `POST /account/profile`.
pub async fn update_profile(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Form(form): Form<ProfileForm>,
) -> Response {
    let user = match signed_in(&state, &session, "/account/profile").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    match form.validate() {
        Ok(profile) => match accounts::update_profile(&state.db, user.id, profile).await {
            Ok(()) => Redirect::to("/account?updated=profile").into_response(),
            Err(e) => internal(e),
        },
        Err(errors) => {
            let submitted = Submitted {
                values: form,
                errors,
            };
            render_page(
                &state,
                parts,
                "/account/profile",
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(submitted),
            )
            .await
        }
    }
}

/// `POST /account/delete`: deletes the signed-in person's account and signs them out.
pub async fn delete_account(State(state): State<AppState>, session: Session) -> Response {
    let user = match signed_in(&state, &session, "/account/delete").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    match accounts::delete_account(&state.db, user.id).await {
        Ok(changed) => {
            if let Err(e) = app::server::rankings::sync(&state.db, &state.rankings, &changed).await
            {
                return internal(e);
            }
        }
        Err(e) => return internal(e),
    }
    tracing::info!(user_id = user.id, "account deleted at the person's request");
    if auth::sign_out(&session).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    Redirect::to("/?account=deleted").into_response()
}

/// `POST /account/identities/{id}/remove`: stop signing in with one provider.
pub async fn remove_identity(
    State(state): State<AppState>,
    session: Session,
    Path(identity_id): Path<i64>,
) -> Response {
    let user = match signed_in(&state, &session, "/account").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    match accounts::unlink_identity(&state.db, user.id, identity_id).await {
        Ok(UnlinkOutcome::Unlinked) => Redirect::to("/account?updated=unlinked").into_response(),
        Ok(UnlinkOutcome::LastOne) => Redirect::to("/account?link_error=last").into_response(),
        Ok(UnlinkOutcome::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => internal(e),
    }
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /admin/accounts/{id}/role`: an administrator changes someone's role.
pub async fn change_role(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(account_id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Response {
    let admin = match signed_in(&state, &session, "/admin/accounts").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    if admin.role < Role::Admin {
        // The accounts page explains the refusal, with status 403.
        return render_page::<()>(
            &state,
            parts,
            "/admin/accounts",
            StatusCode::FORBIDDEN,
            None,
        )
        .await;
    }
    // Administrators cannot demote themselves, so the last one cannot lock everyone out.
    if admin.id == account_id {
        return Redirect::to("/admin/accounts?error=own-role").into_response();
    }
    let Some(role) = Role::from_key(&form.role) else {
        return Redirect::to("/admin/accounts?error=role").into_response();
    };
    match accounts::set_role(&state.db, account_id, role).await {
        Ok(Some(_)) => {
            tracing::info!(
                admin = admin.id,
                account = account_id,
                role = role.key(),
                "role changed"
            );
            Redirect::to("/admin/accounts?updated=role").into_response()
        }
        Ok(None) => Redirect::to("/admin/accounts?error=account").into_response(),
        Err(e) => internal(e),
    }
}
