//! Form posts for the directory: developers' profiles and listings, moderators'
//! decisions, and administrators' webhooks.

use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::routing::post;

use super::forms::{DecisionForm, DeveloperForm, ListingForm, ReasonForm, WebhookForm};
use super::paths;
use super::review_pages::{ReviewSubmission, WebhookCreated};
use crate::access::Access;
use crate::domain::identity::CurrentUser;
use crate::domain::listing::NewWebhook;
use crate::domain::user::Role;
use crate::forms::{FieldErrors, Submitted};
use crate::server::directory::{self, ActionOutcome, ProfileOutcome, SaveOutcome};
use crate::server::queries;
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::web::{
    Admin, Answer, Moderator, OrShowAgain, Participant, Reply, RouteEntry, RouteError, SignedIn,
    Staff, StrictForm, entry,
};
use crate::server::webhooks;

pub fn routes() -> Vec<RouteEntry> {
    use Access::{AtLeast, SignedIn};
    let moderator = AtLeast(Role::Moderator);
    vec![
        entry(Method::POST, paths::PROFILE, SignedIn, post(save_profile)),
        entry(
            Method::POST,
            paths::NEW_LISTING,
            SignedIn,
            post(create_listing),
        )
        .limited(LimitedAction::SaveListing),
        entry(
            Method::POST,
            paths::EDIT_LISTING,
            SignedIn,
            post(edit_listing),
        )
        .limited(LimitedAction::SaveListing),
        entry(
            Method::POST,
            paths::SUBMIT_LISTING,
            SignedIn,
            post(submit_listing),
        ),
        entry(
            Method::POST,
            paths::ARCHIVE_OWN,
            SignedIn,
            post(archive_own),
        ),
        entry(Method::POST, paths::DECIDE, moderator, post(decide)),
        entry(
            Method::POST,
            paths::MODERATOR_ARCHIVE,
            moderator,
            post(moderator_archive),
        ),
        entry(
            Method::POST,
            paths::REVOKE_DEVELOPER,
            moderator,
            post(revoke_developer),
        ),
        entry(
            Method::POST,
            paths::WEBHOOKS,
            AtLeast(Role::Admin),
            post(register_webhook),
        ),
        entry(
            Method::POST,
            paths::REMOVE_WEBHOOK,
            AtLeast(Role::Admin),
            post(remove_webhook),
        ),
    ]
}

/// The answer to an action on a listing: on to `done` when it was taken, back to the
/// page when there was nothing to do.
fn answer(outcome: ActionOutcome, here: String, done: String) -> Answer {
    match outcome {
        ActionOutcome::Done => Ok(Reply::redirect(done)),
        ActionOutcome::NotApplicable => Ok(Reply::redirect(here)),
        ActionOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /developer/profile`.
async fn save_profile(
    State(state): State<AppState>,
    Participant(user): Participant,
    StrictForm(form): StrictForm<DeveloperForm>,
) -> Answer {
    let profile = form.validate().or_show_again(paths::PROFILE, &form)?;
    Ok(
        match directory::save_profile(&state.db, &user, profile, crate::server::clock::now())
            .await?
        {
            ProfileOutcome::Saved => Reply::redirect(format!("{}?done=profile", paths::DEVELOPER)),
            // The page explains the revocation; nothing to save.
            ProfileOutcome::Revoked => Reply::redirect(paths::DEVELOPER),
        },
    )
}

/// `POST /developer/listings/new`.
async fn create_listing(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    StrictForm(form): StrictForm<ListingForm>,
) -> Answer {
    save_listing(state, user, None, form).await
}

/// `POST /developer/listings/{id}/edit`.
async fn edit_listing(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ListingForm>,
) -> Answer {
    save_listing(state, user, Some(id), form).await
}

/// A listing saved as a draft or sent for review. A suspension is shown with the form
/// as typed, so nothing is lost.
async fn save_listing(
    state: AppState,
    user: CurrentUser,
    id: Option<i64>,
    form: ListingForm,
) -> Answer {
    let here = id.map_or_else(|| paths::NEW_LISTING.to_owned(), paths::edit_listing);
    let categories = queries::directory::listing_categories(&state.db).await?;
    let again = |errors| {
        Ok(Reply::refused(
            here.clone(),
            Submitted {
                values: form.clone(),
                errors,
            },
        ))
    };
    let content = match user.unless_suspended("name", form.validate(&categories)) {
        Ok(content) => content,
        Err(errors) => return again(errors),
    };
    let submit = form.wants_review();
    match directory::save_listing(
        &state.db,
        &user,
        id,
        content,
        submit,
        crate::server::clock::now(),
    )
    .await?
    {
        SaveOutcome::Saved { id, submitted } => {
            let done = if submitted { "submitted" } else { "saved" };
            Ok(Reply::redirect(format!(
                "{}?done={done}",
                paths::my_listing(id)
            )))
        }
        SaveOutcome::UnknownIdeas(ids) => {
            let list = ids
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            again(FieldErrors::one(
                "ideas",
                crate::t!("listing-error-unknown-ideas", list = list),
            ))
        }
        SaveOutcome::NotEditable(status) => again(FieldErrors::one(
            "name",
            crate::t!(
                "listing-error-not-editable",
                status = crate::i18n::tr(status.label_key())
            ),
        )),
        // The page explains how to become a developer.
        SaveOutcome::NotDeveloper => Ok(Reply::redirect(paths::DEVELOPER)),
        SaveOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /developer/listings/{id}/submit`: send a draft for review.
async fn submit_listing(
    State(state): State<AppState>,
    Participant(user): Participant,
    Path(id): Path<i64>,
) -> Answer {
    let here = paths::my_listing(id);
    let outcome = directory::submit(&state.db, &user, id, crate::server::clock::now()).await?;
    answer(outcome, here.clone(), format!("{here}?done=submitted"))
}

/// `POST /developer/listings/{id}/archive`: the developer takes their listing out.
async fn archive_own(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Answer {
    let reason = form
        .validate(false)
        .or_show_again(paths::archive_own(id), &form)?;
    // Only the owner: a moderator archives from the review page.
    if !queries::directory::is_owner(&state.db, user.id, id).await? {
        return Err(RouteError::NotFound);
    }
    archive(&state, &user, id, reason.as_deref(), paths::my_listing(id)).await
}

/// `POST /moderation/listings/{id}/decision`.
async fn decide(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<DecisionForm>,
) -> Answer {
    let decision = form
        .validate()
        .or_show_again_with(paths::decide(id), |errors| {
            ReviewSubmission::Decision(Submitted {
                values: form.clone(),
                errors,
            })
        })?;
    let outcome = directory::decide(
        &state.db,
        &moderator,
        id,
        decision,
        crate::server::clock::now(),
    )
    .await?;
    let done = format!("{}?done=decided", paths::REVIEW_QUEUE);
    answer(outcome, paths::review(id), done)
}

/// `POST /moderation/listings/{id}/archive`.
async fn moderator_archive(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Answer {
    let page = paths::moderator_archive(id);
    let reason = form.validate(true).or_show_again_with(page, |errors| {
        ReviewSubmission::Archive(Submitted {
            values: form.clone(),
            errors,
        })
    })?;
    archive(&state, &moderator, id, reason.as_deref(), paths::review(id)).await
}

/// Archives listing `id` as `who`, then back to `here` saying so.
async fn archive(
    state: &AppState,
    who: &CurrentUser,
    id: i64,
    reason: Option<&str>,
    here: String,
) -> Answer {
    let now = crate::server::clock::now();
    let outcome = directory::archive(&state.db, who, id, reason, now).await?;
    answer(outcome, here.clone(), format!("{here}?done=archived"))
}

/// `POST /moderation/listings/{id}/revoke-developer`: revokes the listing's developer.
async fn revoke_developer(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReasonForm>,
) -> Answer {
    let reason = match form.validate(true) {
        Ok(reason) => reason.unwrap_or_default(),
        Err(errors) => {
            let mut renamed = FieldErrors::new();
            for e in errors.iter() {
                renamed.add("revoke-reason", e.message.clone());
            }
            let context = ReviewSubmission::Revoke(Submitted {
                values: form,
                errors: renamed,
            });
            return Ok(Reply::refused(paths::revoke_developer(id), context));
        }
    };
    let owner = queries::directory::owner_of(&state.db, id)
        .await?
        .ok_or(RouteError::NotFound)?;
    directory::revoke_developer(
        &state.db,
        &moderator,
        owner,
        &reason,
        crate::server::clock::now(),
    )
    .await?;
    Ok(Reply::redirect(format!(
        "{}?done=revoked",
        paths::review(id)
    )))
}

/// `POST /admin/webhooks`: registers a webhook and shows its secret once.
async fn register_webhook(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    StrictForm(form): StrictForm<WebhookForm>,
) -> Answer {
    // The secret is never echoed back into the page.
    let typed = WebhookForm {
        secret: String::new(),
        ..form.clone()
    };
    // The address as typed, then as a target: https, public, without credentials.
    let new = form
        .validate()
        .and_then(|new| {
            let url = crate::server::webhook_target::check(&new.url, state.webhook_targets)
                .map_err(|key| FieldErrors::one("url", crate::i18n::tr(key)))?;
            Ok(NewWebhook {
                url: url.to_string(),
                ..new
            })
        })
        .or_show_again(paths::WEBHOOKS, &typed)?;
    let hook = webhooks::register(&state.db, admin.id, new, crate::server::clock::now()).await?;
    tracing::info!(admin = admin.id, webhook = hook.id, "webhook registered");
    let created = WebhookCreated {
        url: hook.url,
        secret: hook.secret,
    };
    Ok(Reply::page(paths::WEBHOOKS, StatusCode::OK, created))
}

/// `POST /admin/webhooks/{id}/remove`.
async fn remove_webhook(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(id): Path<i64>,
) -> Answer {
    webhooks::remove(&state.db, admin.id, id, crate::server::clock::now()).await?;
    tracing::info!(admin = admin.id, webhook = id, "webhook removed");
    Ok(Reply::redirect(paths::WEBHOOKS))
}
