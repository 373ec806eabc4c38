//! Form posts for the discussion: a comment or reply, its author's correction, and
//! deleting it.

use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::routing::post;
use chrono::Utc;

use super::CommentForm;
use super::paths;
use crate::access::Access;
use crate::domain::safeguarding::{self, Concerns};
use crate::forms::{FieldErrors, Submitted};
use crate::server::comments::{self, ChangeOutcome, CommentOutcome};
use crate::server::queries;
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::web::reply::with_notice;
use crate::server::web::{
    Answer, OrShowAgain, Reply, RouteEntry, RouteError, SignedIn, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::POST,
            Access::SignedIn,
            post(post_comment),
        )
        .limited(LimitedAction::Comment),
        entry(
            Method::POST,
            paths::EDIT,
            Access::SignedIn,
            post(edit_comment),
        ),
        entry(
            Method::POST,
            paths::DELETE,
            Access::SignedIn,
            post(delete_comment),
        ),
    ]
}

/// `POST /ideas/{id}/comments`: a comment, or a reply to one. A suspended person's words
/// come back with the reason by the field.
async fn post_comment(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<CommentForm>,
) -> Answer {
    let idea = crate::features::ideas::actions::posted_to(&state, &id_slug).await?;
    let field = form.field_id();
    let refused = |message: &str| {
        let errors = FieldErrors::one(&field, message);
        Ok(Reply::refused(
            idea.href.clone(),
            Submitted {
                values: form.clone(),
                errors,
            },
        ))
    };
    let new = user
        .unless_suspended(&field, form.validate())
        .or_show_again(idea.href.clone(), &form)?;
    let held_for = match checked(&new.body, &form) {
        Ok(held_for) => held_for,
        Err(found) => return Ok(Reply::to_check(idea.href.clone(), &form, found)),
    };
    match comments::post(&state.db, &user, idea.id, (new, &held_for), Utc::now()).await? {
        CommentOutcome::Posted { id } => Ok(Reply::redirect(with_notice(
            &idea.href,
            "commented",
            &format!("#comment-{id}"),
        ))),
        CommentOutcome::Held { .. } => Ok(Reply::redirect(with_notice(
            &idea.href,
            held_notice(&held_for),
            "#comments",
        ))),
        CommentOutcome::IdeaNotFound => Err(RouteError::NotFound),
        CommentOutcome::BadParent => refused(&crate::t!("comment-error-bad-parent")),
        CommentOutcome::Closed => refused(&crate::t!("comment-error-closed")),
        CommentOutcome::Locked => refused(&crate::t!("comment-error-locked")),
    }
}

/// `POST /comments/{id}/edit`: the author corrects a comment within the window.
async fn edit_comment(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(comment_id): Path<i64>,
    StrictForm(form): StrictForm<CommentForm>,
) -> Answer {
    let here = paths::edit(comment_id);
    // An edit is never a reply: whatever the form says, check the text alone.
    let form = CommentForm {
        parent_id: String::new(),
        ..form
    };
    let new = user
        .unless_suspended(&form.field_id(), form.validate())
        .or_show_again(here.clone(), &form)?;
    let held_for = match checked(&new.body, &form) {
        Ok(held_for) => held_for,
        Err(found) => return Ok(Reply::to_check(here, &form, found)),
    };
    let changed = comments::edit(
        &state.db,
        &user,
        comment_id,
        (new.body, &held_for),
        Utc::now(),
    );
    match changed.await? {
        ChangeOutcome::Done { idea_id } => {
            back_to_idea(
                &state,
                idea_id,
                "comment-edited",
                &format!("#comment-{comment_id}"),
            )
            .await
        }
        ChangeOutcome::Held { idea_id } => {
            back_to_idea(&state, idea_id, held_notice(&held_for), "#comments").await
        }
        // Not theirs, or too late: the edit page explains (and 404s for others).
        ChangeOutcome::NotAllowed => Ok(Reply::page(here, StatusCode::FORBIDDEN, ())),
        ChangeOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /comments/{id}/delete`: the author (or a moderator) deletes a comment.
async fn delete_comment(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(comment_id): Path<i64>,
) -> Answer {
    match comments::delete(&state.db, &user, comment_id, Utc::now()).await? {
        ChangeOutcome::Done { idea_id } | ChangeOutcome::Held { idea_id } => {
            back_to_idea(&state, idea_id, "comment-deleted", "#comments").await
        }
        ChangeOutcome::NotAllowed => Err(RouteError::Forbidden),
        ChangeOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// The safeguarding check on a comment's words (see [`safeguarding::rules::before_storing`]).
fn checked(body: &str, form: &CommentForm) -> Result<Concerns, Concerns> {
    safeguarding::rules::before_storing(&[("in-your-comment", body)], &form.safeguarding)
}

/// What the idea page says of a held comment: with where to get help once more, when
/// its words suggest risk.
fn held_notice(held_for: &Concerns) -> &'static str {
    if held_for.at_risk() {
        "comment-held-help"
    } else {
        "comment-held"
    }
}

async fn back_to_idea(state: &AppState, idea_id: i64, done: &str, fragment: &str) -> Answer {
    Ok(match queries::ideas::idea_ref(&state.db, idea_id).await? {
        Some(idea) => Reply::redirect(with_notice(&idea.href, done, fragment)),
        None => Reply::redirect("/"),
    })
}
