//! Form posts for the directory: developers' profiles and listings, moderators'
//! decisions, and administrators' webhooks. Each checks who is asking, validates, and
//! then redirects or renders the page again with what was typed and why it was refused.

use app::domain::user::Role;
use app::features::directory::review_pages::{ReviewSubmission, WebhookCreated};
use app::features::directory::{DecisionForm, DeveloperForm, ListingForm, ReasonForm, WebhookForm};
use app::forms::{FieldErrors, Submitted};
use app::server::directory::{self, ActionOutcome, ProfileOutcome, SaveOutcome};
use app::server::queries;
use app::server::state::AppState;
use app::server::webhooks;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::forms::{internal, signed_in, suspended, with_role};
use super::pages::render_page;
use super::strict_form::StrictForm;

/// The page at `path` again, with `context` (a refused form), answering 422.
async fn refuse<C: Clone + Send + Sync + 'static>(
    state: &AppState,
    parts: Parts,
    path: &str,
    context: C,
) -> Response {
    render_page(
        state,
        parts,
        path,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(context),
    )
    .await
}

async fn not_found(state: &AppState, parts: Parts, path: &str) -> Response {
    render_page::<()>(state, parts, path, StatusCode::NOT_FOUND, None).await
}

/// The answer to an action on a listing: on to `done` when it was taken, back to the
/// page when there was nothing to do, "not found", or a server error.
async fn answer(
    state: &AppState,
    parts: Parts,
    here: &str,
    done: &str,
    outcome: Result<ActionOutcome, sea_orm::DbErr>,
) -> Response {
    match outcome {
        Ok(ActionOutcome::Done) => Redirect::to(done).into_response(),
        Ok(ActionOutcome::NotApplicable) => Redirect::to(here).into_response(),
        Ok(ActionOutcome::NotFound) => not_found(state, parts, here).await,
        Err(e) => internal(e),
    }
}

/// `POST /developer/profile`.
pub async fn save_profile(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    StrictForm(form): StrictForm<DeveloperForm>,
) -> Response {
    let user = match signed_in(&state, &session, "/developer").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    if user.suspension.is_some() {
        return suspended(&state, parts).await;
    }
    let profile = match form.validate() {
        Ok(profile) => profile,
        Err(errors) => {
            let values = form;
            return refuse(
                &state,
                parts,
                "/developer/profile",
                Submitted { values, errors },
            )
            .await;
        }
    };
    match directory::save_profile(&state.db, &user, profile, directory::now()).await {
        Ok(ProfileOutcome::Saved) => Redirect::to("/developer?done=profile").into_response(),
        // The page explains the revocation; nothing to save.
        Ok(ProfileOutcome::Revoked) => Redirect::to("/developer").into_response(),
        Err(e) => internal(e),
    }
}

/// `POST /developer/listings/new`.
pub async fn create_listing(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    StrictForm(form): StrictForm<ListingForm>,
) -> Response {
    save_listing(state, session, parts, None, form).await
}

/// `POST /developer/listings/{id}/edit`.
pub async fn edit_listing(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ListingForm>,
) -> Response {
    save_listing(state, session, parts, Some(id), form).await
}

async fn save_listing(
    state: AppState,
    session: Session,
    parts: Parts,
    id: Option<i64>,
    form: ListingForm,
) -> Response {
    let here = match id {
        Some(id) => format!("/developer/listings/{id}/edit"),
        None => "/developer/listings/new".to_owned(),
    };
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let categories = match queries::directory::listing_categories(&state.db).await {
        Ok(categories) => categories,
        Err(e) => return internal(e),
    };
    let again = |errors: FieldErrors, parts: Parts| {
        let state = state.clone();
        let here = here.clone();
        let values = form.clone();
        async move { refuse(&state, parts, &here, Submitted { values, errors }).await }
    };
    // A suspension is shown with the form as typed, so nothing is lost.
    let content = match user.unless_suspended("name", form.validate(&categories)) {
        Ok(content) => content,
        Err(errors) => return again(errors, parts).await,
    };
    let submit = form.wants_review();
    match directory::save_listing(&state.db, &user, id, content, submit, directory::now()).await {
        Ok(SaveOutcome::Saved { id, submitted }) => {
            let done = if submitted { "submitted" } else { "saved" };
            Redirect::to(&format!("/developer/listings/{id}?done={done}")).into_response()
        }
        Ok(SaveOutcome::UnknownIdeas(ids)) => {
            let mut errors = FieldErrors::new();
            let list = ids
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            errors.add(
                "ideas",
                format!("There is no published idea numbered {list}: check the numbers"),
            );
            again(errors, parts).await
        }
        Ok(SaveOutcome::NotEditable(status)) => {
            let mut errors = FieldErrors::new();
            errors.add(
                "name",
                format!(
                    "This listing cannot be changed while it is \u{201c}{}\u{201d}. Nothing was saved; copy anything you want to keep.",
                    status.label()
                ),
            );
            again(errors, parts).await
        }
        // The page explains how to become a developer.
        Ok(SaveOutcome::NotDeveloper) => Redirect::to("/developer").into_response(),
        Ok(SaveOutcome::NotFound) => not_found(&state, parts, &here).await,
        Err(e) => internal(e),
    }
}

/// `POST /developer/listings/{id}/submit`: send a draft for review.
pub async fn submit_listing(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
) -> Response {
    let here = format!("/developer/listings/{id}");
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    if user.suspension.is_some() {
        return suspended(&state, parts).await;
    }
    let outcome = directory::submit(&state.db, &user, id, directory::now()).await;
    answer(
        &state,
        parts,
        &here,
        &format!("{here}?done=submitted"),
        outcome,
    )
    .await
}

/// `POST /developer/listings/{id}/archive`: the developer takes their listing out.
pub async fn archive_own(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Response {
    let here = format!("/developer/listings/{id}");
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let reason = match form.validate(false) {
        Ok(reason) => reason,
        Err(errors) => {
            let values = form;
            return refuse(
                &state,
                parts,
                &format!("{here}/archive"),
                Submitted { values, errors },
            )
            .await;
        }
    };
    // Only the owner: a moderator archives from the review page.
    let owns = match queries::directory::is_owner(&state.db, user.id, id).await {
        Ok(owns) => owns,
        Err(e) => return internal(e),
    };
    if !owns {
        return not_found(&state, parts, &here).await;
    }
    let outcome =
        directory::archive(&state.db, &user, id, reason.as_deref(), directory::now()).await;
    answer(
        &state,
        parts,
        &here,
        &format!("{here}?done=archived"),
        outcome,
    )
    .await
}

/// `POST /moderation/listings/{id}/decision`.
pub async fn decide(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<DecisionForm>,
) -> Response {
    let here = format!("/moderation/listings/{id}");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let decision = match form.validate() {
        Ok(decision) => decision,
        Err(errors) => {
            let values = form;
            let context = ReviewSubmission::Decision(Submitted { values, errors });
            return refuse(&state, parts, &format!("{here}/decision"), context).await;
        }
    };
    let outcome = directory::decide(&state.db, &moderator, id, decision, directory::now()).await;
    answer(
        &state,
        parts,
        &here,
        "/moderation/listings?done=decided",
        outcome,
    )
    .await
}

/// `POST /moderation/listings/{id}/archive`.
pub async fn moderator_archive(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Response {
    let here = format!("/moderation/listings/{id}");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let reason = match form.validate(true) {
        Ok(reason) => reason,
        Err(errors) => {
            let values = form;
            let context = ReviewSubmission::Archive(Submitted { values, errors });
            return refuse(&state, parts, &format!("{here}/archive"), context).await;
        }
    };
    let outcome = directory::archive(
        &state.db,
        &moderator,
        id,
        reason.as_deref(),
        directory::now(),
    )
    .await;
    answer(
        &state,
        parts,
        &here,
        &format!("{here}?done=archived"),
        outcome,
    )
    .await
}

/// `POST /moderation/listings/{id}/revoke-developer`: revokes the listing's developer.
pub async fn revoke_developer(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Response {
    let here = format!("/moderation/listings/{id}");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let reason = match form.validate(true) {
        Ok(reason) => reason.unwrap_or_default(),
        Err(errors) => {
            let mut renamed = FieldErrors::new();
            for e in errors.iter() {
                renamed.add("revoke-reason", e.message.clone());
            }
            let values = form;
            let context = ReviewSubmission::Revoke(Submitted {
                values,
                errors: renamed,
            });
            return refuse(&state, parts, &format!("{here}/revoke-developer"), context).await;
        }
    };
    let owner = match queries::directory::owner_of(&state.db, id).await {
        Ok(Some(owner)) => owner,
        Ok(None) => return not_found(&state, parts, &here).await,
        Err(e) => return internal(e),
    };
    match directory::revoke_developer(&state.db, &moderator, owner, &reason, directory::now()).await
    {
        Ok(_) => Redirect::to(&format!("{here}?done=revoked")).into_response(),
        Err(e) => internal(e),
    }
}

/// `POST /admin/webhooks`: registers a webhook and shows its secret once.
pub async fn register_webhook(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    StrictForm(form): StrictForm<WebhookForm>,
) -> Response {
    let here = "/admin/webhooks";
    let (admin, parts) = match with_role(&state, &session, parts, here, Role::Admin).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let new = match form.validate() {
        Ok(new) => new,
        Err(errors) => {
            // The secret is never echoed back into the page.
            let values = WebhookForm {
                secret: String::new(),
                ..form
            };
            return refuse(&state, parts, here, Submitted { values, errors }).await;
        }
    };
    match webhooks::register(&state.db, new, directory::now()).await {
        Ok(hook) => {
            tracing::info!(admin = admin.id, webhook = hook.id, "webhook registered");
            let created = WebhookCreated {
                url: hook.url,
                secret: hook.secret,
            };
            render_page(&state, parts, here, StatusCode::OK, Some(created)).await
        }
        Err(e) => internal(e),
    }
}

/// `POST /admin/webhooks/{id}/remove`.
pub async fn remove_webhook(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
) -> Response {
    let here = "/admin/webhooks";
    let (admin, _) = match with_role(&state, &session, parts, here, Role::Admin).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match webhooks::remove(&state.db, id).await {
        Ok(_) => {
            tracing::info!(admin = admin.id, webhook = id, "webhook removed");
            Redirect::to(here).into_response()
        }
        Err(e) => internal(e),
    }
}
