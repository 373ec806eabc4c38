//! Form posts for vote integrity: a moderator sets a signal's group aside, or restores
//! what was set aside, each with a reason for the moderation log.

use axum::extract::{Path, State};
use axum::http::Method;
use axum::routing::post;
use chrono::Utc;

use super::{RestoreForm, SetAsideForm, checked_reason, paths};
use crate::access::Access;
use crate::domain::user::Role;
use crate::forms::FieldErrors;
use crate::server::integrity::{self, RestoreOutcome, SetAsideOutcome};
use crate::server::state::AppState;
use crate::server::web::reply::with_notice;
use crate::server::web::{
    Answer, Moderator, OrShowAgain, Reply, RouteEntry, RouteError, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::SET_ASIDE,
            Access::AtLeast(Role::Moderator),
            post(set_aside),
        ),
        entry(
            Method::POST,
            paths::RESTORE,
            Access::AtLeast(Role::Moderator),
            post(restore),
        ),
    ]
}

/// `POST /moderation/integrity/set-aside`: sets a signal's group's support aside.
async fn set_aside(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    StrictForm(form): StrictForm<SetAsideForm>,
) -> Answer {
    let page = paths::campaign(&form.campaign);
    let reason = checked_reason(&form.reason, "reason").or_show_again(page.clone(), &form)?;
    let outcome = integrity::set_aside(
        &state.db,
        &state.rankings,
        moderator.id,
        (&form.campaign, &form.key, &form.fingerprint),
        &reason,
        Utc::now(),
    );
    match outcome.await? {
        SetAsideOutcome::Done { .. } => Ok(Reply::redirect(with_notice(&page, "set-aside", ""))),
        SetAsideOutcome::Changed => Err::<Reply, _>(FieldErrors::one(
            "reason",
            crate::t!("integrity-error-changed"),
        ))
        .or_show_again(page, &form),
        SetAsideOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /moderation/integrity/set-asides/{id}/restore`: counts a set-aside's support
/// again.
async fn restore(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<RestoreForm>,
) -> Answer {
    let field = format!("restore-{id}");
    let reason = match checked_reason(&form.reason, &field) {
        Ok(reason) => reason,
        Err(errors) => {
            let slug = integrity::set_aside_campaign(&state.db, id)
                .await?
                .ok_or(RouteError::NotFound)?;
            return Err::<Reply, _>(errors).or_show_again(paths::campaign(&slug), &form);
        }
    };
    match integrity::restore(
        &state.db,
        &state.rankings,
        moderator.id,
        id,
        &reason,
        Utc::now(),
    )
    .await?
    {
        RestoreOutcome::Done(slug) => Ok(Reply::redirect(with_notice(
            &paths::campaign(&slug),
            "restored",
            "",
        ))),
        RestoreOutcome::AlreadyRestored(slug) => Ok(Reply::redirect(with_notice(
            &paths::campaign(&slug),
            "already-restored",
            "",
        ))),
        RestoreOutcome::NotFound => Err(RouteError::NotFound),
    }
}
