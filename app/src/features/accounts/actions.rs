//! Form posts for a person's own account, their data, and administrators' role changes.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tower_sessions::Session;

use super::{ProfileForm, paths};
use crate::access::Access;
use crate::domain::user::Role;

use crate::server::accounts::{self, UnlinkOutcome};
use crate::server::state::AppState;
use crate::server::web::{
    Admin, Answer, OrShowAgain, Reply, RouteEntry, RouteError, SignedIn, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::GET,
            paths::DATA,
            Access::SignedIn,
            get(download_data),
        ),
        entry(
            Method::POST,
            paths::PROFILE,
            Access::SignedIn,
            post(update_profile),
        ),
        entry(
            Method::POST,
            paths::DELETE,
            Access::SignedIn,
            post(delete_account),
        ),
        entry(
            Method::POST,
            paths::REMOVE_IDENTITY,
            Access::SignedIn,
            post(remove_identity),
        ),
        entry(
            Method::POST,
            paths::CHANGE_ROLE,
            Access::AtLeast(Role::Admin),
            post(change_role),
        ),
    ]
}

/// `GET /account/data.json`: everything held about the signed-in person. Nobody else's
/// data can be asked for: the account is the session's.
async fn download_data(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Response, RouteError> {
    let data = accounts::export(&state.db, user.id)
        .await?
        .ok_or(RouteError::NotFound)?;
    let headers = [
        (
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"ideas-and-apps-data.json\"",
        ),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, Json(data)).into_response())
}

/// `POST /account/profile`.
async fn update_profile(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    StrictForm(form): StrictForm<ProfileForm>,
) -> Answer {
    // A suspended person keeps the name they had: a new one is taking part too.
    let profile = user
        .unless_suspended("display-name", form.validate())
        .or_show_again(paths::PROFILE, &form)?;
    accounts::update_profile(&state.db, user.id, profile).await?;
    Ok(Reply::redirect(format!(
        "{}?updated=profile",
        paths::ACCOUNT
    )))
}

/// `POST /account/delete`: deletes the signed-in person's account and signs them out.
/// Suspended people may: their data is theirs.
async fn delete_account(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    session: Session,
) -> Answer {
    let changed = accounts::delete_account(&state.db, user.id).await?;
    crate::server::rankings::sync(&state.db, &state.rankings, &changed).await?;
    tracing::info!(user_id = user.id, "account deleted at the person's request");
    crate::server::auth::sign_out(&session).await?;
    Ok(Reply::redirect("/?account=deleted"))
}

/// `POST /account/identities/{id}/remove`: stop signing in with one provider.
async fn remove_identity(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(identity_id): Path<i64>,
) -> Answer {
    let account = paths::ACCOUNT;
    match accounts::unlink_identity(&state.db, user.id, identity_id).await? {
        UnlinkOutcome::Unlinked => Ok(Reply::redirect(format!("{account}?updated=unlinked"))),
        UnlinkOutcome::LastOne => Ok(Reply::redirect(format!("{account}?link_error=last"))),
        UnlinkOutcome::NotFound => Err(RouteError::NotFound),
    }
}

#[derive(Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /admin/accounts/{id}/role`: an administrator changes someone's role.
async fn change_role(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(account_id): Path<i64>,
    StrictForm(form): StrictForm<RoleForm>,
) -> Answer {
    let accounts_page = paths::ADMIN_ACCOUNTS;
    // Administrators cannot demote themselves, so the last one cannot lock everyone out.
    if admin.id == account_id {
        return Ok(Reply::redirect(format!("{accounts_page}?error=own-role")));
    }
    let Some(role) = Role::from_key(&form.role) else {
        return Ok(Reply::redirect(format!("{accounts_page}?error=role")));
    };
    match accounts::set_role(&state.db, Some(admin.id), account_id, role).await? {
        Some(_) => {
            tracing::info!(
                admin = admin.id,
                account = account_id,
                role = role.key(),
                "role changed"
            );
            Ok(Reply::redirect(format!("{accounts_page}?updated=role")))
        }
        None => Ok(Reply::redirect(format!("{accounts_page}?error=account"))),
    }
}
