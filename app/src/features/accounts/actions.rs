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
        // Anyone: the person has no account until this form makes it.
        entry(Method::POST, paths::WELCOME, Access::Anyone, post(welcome))
            .limited(crate::server::rate_limit::LimitedAction::SignIn),
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

/// `POST /welcome`: makes the account a first sign-in with a provider is waiting for,
/// with the public name and "I am a…" group the person chose (checked as the profile
/// form checks them), and signs them in. Without a first sign-in on this session (it
/// expired, or there never was one) it is back to the welcome page, which says to sign
/// in again.
async fn welcome(
    State(state): State<AppState>,
    session: Session,
    StrictForm(form): StrictForm<ProfileForm>,
) -> Answer {
    let Some(pending) = crate::server::auth::pending_account(&session).await? else {
        return Ok(Reply::redirect(paths::WELCOME));
    };
    let profile = form.validate().or_show_again(paths::WELCOME, &form)?;
    let account = accounts::NewAccount {
        display_name: profile.display_name,
        segment: profile.segment,
        role: Role::Public,
    };
    let user = accounts::find_or_create_by_identity(
        &state.db,
        &pending.provider,
        &pending.subject,
        account,
    )
    .await?;
    if user.deleted_at.is_some() {
        return Ok(Reply::redirect("/sign-in?error=rejected"));
    }
    crate::server::auth::sign_in(&session, user.id).await?;
    accounts::remember_language(&state.db, user.id, crate::i18n::lang()).await?;
    if let Some(address) = &pending.email {
        crate::server::email::addresses::from_provider(
            &state.db,
            user.id,
            address,
            crate::server::clock::now(),
        )
        .await?;
    }
    tracing::info!(
        user_id = user.id,
        provider = pending.provider,
        "account made at first sign-in"
    );
    let to = crate::domain::return_to::safe_return_path(&pending.return_to).unwrap_or("/");
    Ok(Reply::redirect(to))
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
