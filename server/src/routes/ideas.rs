//! Form posts for taking part: putting an idea forward, supporting one, discussing it,
//! and moderators' statuses. Each checks who is asking, validates, then redirects
//! (post/redirect/get) or renders the page again with what was typed and why it was
//! refused. Nothing is stored from a refused form.

use app::domain::return_to::safe_return_path;
use app::domain::user::Role;
use app::features::accounts::CurrentUser;
use app::features::comments::CommentForm;
use app::features::ideas::submit::{IdeaForm, IdeaFormState};
use app::features::ideas::{IdeaRef, StatusForm};
use app::forms::{FieldErrors, Submitted};
use app::server::comments::{self, ChangeOutcome, CommentOutcome};
use app::server::ideas::{self, StatusOutcome, SubmitOutcome, VoteOutcome};
use app::server::queries;
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::forms::{internal, signed_in, suspended};
use super::pages::render_page;
use super::strict_form::StrictForm;

/// The "not found" page, with status 404.
async fn not_found(state: &AppState, parts: Parts) -> Response {
    render_page::<()>(state, parts, "/not-found", StatusCode::NOT_FOUND, None).await
}

/// The "you do not have permission" page, with status 403. (The administrators' page
/// explains a refusal to anyone who is not an administrator.)
pub async fn forbidden(state: &AppState, parts: Parts) -> Response {
    render_page::<()>(state, parts, "/admin/accounts", StatusCode::FORBIDDEN, None).await
}

/// The idea a form on its page was posted to (`{id}-{slug}`), and the signed-in person
/// who posted it; or the response that says why not (not found, or sign in first and
/// come back to the page at `fragment`).
async fn idea_and_poster(
    state: &AppState,
    session: &Session,
    parts: Parts,
    id_slug: &str,
    fragment: &str,
) -> Result<(IdeaRef, CurrentUser, Parts), Response> {
    let Some(idea_id) = app::features::ideas::pages::parse_id(id_slug) else {
        return Err(not_found(state, parts).await);
    };
    let idea = match queries::ideas::idea_ref(&state.db, idea_id).await {
        Ok(Some(idea)) => idea,
        Ok(None) => return Err(not_found(state, parts).await),
        Err(e) => return Err(internal(e)),
    };
    let user = signed_in(state, session, &format!("{}{fragment}", idea.href)).await?;
    Ok((idea, user, parts))
}

/// The idea page again, with a refused form's values and messages (status 422).
async fn refuse_on_idea_page<T>(
    state: &AppState,
    parts: Parts,
    href: &str,
    values: T,
    errors: FieldErrors,
) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let submitted = Submitted { values, errors };
    render_page(
        state,
        parts,
        href,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(submitted),
    )
    .await
}

/// `path` with `done=…` added to its query, for the banner the page shows.
fn with_notice(path: &str, done: &str, fragment: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}done={done}{fragment}")
}

/// `POST /campaigns/{slug}/ideas/new`.
pub async fn submit_idea(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<IdeaForm>,
) -> Response {
    let here = format!("/campaigns/{slug}/ideas/new");
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let campaign = match queries::campaigns::by_slug(&state.db, &slug).await {
        Ok(Some(campaign)) => campaign,
        Ok(None) => return not_found(&state, parts).await,
        Err(e) => return internal(e),
    };
    let categories = match queries::campaigns::categories(&state.db, campaign.id).await {
        Ok(categories) => categories,
        Err(e) => return internal(e),
    };
    let again = |errors: FieldErrors, similar, problem: Option<String>, status| {
        let state = state.clone();
        let here = here.clone();
        let form = form.clone();
        async move {
            let answer = IdeaFormState {
                submitted: Submitted {
                    values: form,
                    errors,
                },
                similar,
                problem,
            };
            render_page(&state, parts, &here, status, Some(answer)).await
        }
    };
    let new = match form.validate(&categories) {
        Ok(new) => new,
        Err(errors) => {
            return again(errors, Vec::new(), None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    if let Some(suspension) = &user.suspension {
        let problem = Some(suspension.message());
        return again(
            FieldErrors::new(),
            Vec::new(),
            problem,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    // "Is your idea already here?": once, before anything is stored.
    if !form.is_confirmed() {
        match queries::ideas::similar(
            &state.db,
            campaign.id,
            &new.title,
            app::features::ideas::api::SIMILAR_OFFERED,
        )
        .await
        {
            Ok(similar) if !similar.is_empty() => {
                return again(FieldErrors::new(), similar, None, StatusCode::OK).await;
            }
            Ok(_) => {}
            Err(e) => return internal(e),
        }
    }
    match ideas::submit(
        &state.db,
        &state.rankings,
        &campaign,
        user.id,
        new,
        Utc::now(),
    )
    .await
    {
        Ok(SubmitOutcome::Stored { id, slug, visible })
        | Ok(SubmitOutcome::AlreadyStored { id, slug, visible }) => {
            if visible {
                tracing::info!(idea = id, author = user.id, "idea published");
                Redirect::to(&with_notice(
                    &app::features::ideas::idea_href(id, &slug),
                    "submitted",
                    "",
                ))
                .into_response()
            } else {
                tracing::info!(idea = id, author = user.id, "idea waiting for moderation");
                Redirect::to(&format!("/campaigns/{}?submitted=pending", campaign.slug))
                    .into_response()
            }
        }
        Ok(SubmitOutcome::CampaignNotOpen(phase)) => {
            let problem = format!(
                "Your idea was not saved: this campaign is {} and not taking ideas. Here is what you wrote, so you can keep it.",
                phase.label().to_lowercase()
            );
            again(
                FieldErrors::new(),
                Vec::new(),
                Some(problem),
                StatusCode::CONFLICT,
            )
            .await
        }
        Ok(SubmitOutcome::UnknownCategory) => {
            let mut errors = FieldErrors::new();
            errors.add("category", "Select the category that fits your idea best");
            again(errors, Vec::new(), None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => internal(e),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    /// "yes" to support, "no" to withdraw.
    support: String,
    return_to: String,
}

/// `POST /ideas/{id}/vote`: support an idea, or withdraw support.
pub async fn vote(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(idea_id): Path<i64>,
    StrictForm(form): StrictForm<VoteForm>,
) -> Response {
    let idea = match queries::ideas::idea_ref(&state.db, idea_id).await {
        Ok(Some(idea)) => idea,
        Ok(None) => return not_found(&state, parts).await,
        Err(e) => return internal(e),
    };
    let back = safe_return_path(&form.return_to)
        .filter(|p| !p.contains('#'))
        .unwrap_or(&idea.href)
        .to_owned();
    let user = match signed_in(&state, &session, &back).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    if user.suspension.is_some() {
        return suspended(&state, parts).await;
    }
    let support = form.support != "no";
    match ideas::vote(
        &state.db,
        &state.rankings,
        user.id,
        idea_id,
        support,
        Utc::now(),
    )
    .await
    {
        Ok(VoteOutcome::Counted { .. }) => {
            let done = if support { "voted" } else { "withdrawn" };
            Redirect::to(&with_notice(&back, done, "")).into_response()
        }
        Ok(VoteOutcome::VotingClosed) => {
            Redirect::to(&with_notice(&back, "voting-closed", "")).into_response()
        }
        Ok(VoteOutcome::NotFound) => not_found(&state, parts).await,
        Err(e) => internal(e),
    }
}

/// `POST /ideas/{id}/status`: a moderator sets an idea's status and response.
pub async fn set_status(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<StatusForm>,
) -> Response {
    let (idea, user, parts) = match idea_and_poster(&state, &session, parts, &id_slug, "").await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let idea_id = idea.id;
    if user.role < Role::Moderator {
        return forbidden(&state, parts).await;
    }
    let refused = |errors: FieldErrors, parts: Parts| {
        refuse_on_idea_page(&state, parts, &idea.href, form.clone(), errors)
    };
    let decision = match form.validate() {
        Ok(decision) => decision,
        Err(errors) => return refused(errors, parts).await,
    };
    match ideas::set_status(
        &state.db,
        &state.rankings,
        user.id,
        idea_id,
        decision.clone(),
        Utc::now(),
    )
    .await
    {
        Ok(StatusOutcome::Changed) => {
            tracing::info!(
                moderator = user.id,
                idea = idea_id,
                status = decision.status.key(),
                "idea status changed"
            );
            Redirect::to(&with_notice(&idea.href, "status", "")).into_response()
        }
        Ok(StatusOutcome::NotFound) => not_found(&state, parts).await,
        Ok(StatusOutcome::BadOriginal) => {
            let mut errors = FieldErrors::new();
            errors.add(
                "duplicate-of",
                "Enter the number of another idea in the same campaign that is not itself a duplicate",
            );
            refused(errors, parts).await
        }
        Err(e) => internal(e),
    }
}

/// `POST /ideas/{id}/comments`: a comment, or a reply to one.
pub async fn post_comment(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<CommentForm>,
) -> Response {
    let (idea, user, parts) =
        match idea_and_poster(&state, &session, parts, &id_slug, "#comments").await {
            Ok(found) => found,
            Err(response) => return response,
        };
    let idea_id = idea.id;
    let refused = |errors: FieldErrors, parts: Parts| {
        refuse_on_idea_page(&state, parts, &idea.href, form.clone(), errors)
    };
    let new = match user.unless_suspended(&form.field_id(), form.validate()) {
        Ok(new) => new,
        Err(errors) => return refused(errors, parts).await,
    };
    match comments::post(&state.db, &user, idea_id, new, Utc::now()).await {
        Ok(CommentOutcome::Posted { id }) => Redirect::to(&with_notice(
            &idea.href,
            "commented",
            &format!("#comment-{id}"),
        ))
        .into_response(),
        Ok(CommentOutcome::IdeaNotFound) => not_found(&state, parts).await,
        Ok(CommentOutcome::BadParent) => {
            let mut errors = FieldErrors::new();
            errors.add(
                &form.field_id(),
                "The comment you are replying to could not be found",
            );
            refused(errors, parts).await
        }
        Ok(CommentOutcome::Closed) => {
            let mut errors = FieldErrors::new();
            errors.add(
                &form.field_id(),
                "This campaign has closed, so comments cannot be added. Copy your text if you want to keep it.",
            );
            refused(errors, parts).await
        }
        Ok(CommentOutcome::Locked) => {
            let mut errors = FieldErrors::new();
            errors.add(
                &form.field_id(),
                "A moderator has closed this discussion to new comments. Copy your text if you want to keep it.",
            );
            refused(errors, parts).await
        }
        Err(e) => internal(e),
    }
}

/// `POST /comments/{id}/edit`: the author corrects a comment within the window.
pub async fn edit_comment(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(comment_id): Path<i64>,
    StrictForm(form): StrictForm<CommentForm>,
) -> Response {
    let here = format!("/comments/{comment_id}/edit");
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    // An edit is never a reply: whatever the form says, check the text alone.
    let form = CommentForm {
        parent_id: String::new(),
        ..form
    };
    let new = match user.unless_suspended(&form.field_id(), form.validate()) {
        Ok(new) => new,
        Err(errors) => {
            let submitted = Submitted {
                values: form,
                errors,
            };
            return render_page(
                &state,
                parts,
                &here,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(submitted),
            )
            .await;
        }
    };
    match comments::edit(&state.db, &user, comment_id, new.body, Utc::now()).await {
        Ok(ChangeOutcome::Done { idea_id }) => {
            redirect_to_idea(
                &state,
                idea_id,
                "comment-edited",
                &format!("#comment-{comment_id}"),
            )
            .await
        }
        // Not theirs, or too late: the edit page explains (and 404s for others).
        Ok(ChangeOutcome::NotAllowed) => {
            render_page::<()>(&state, parts, &here, StatusCode::FORBIDDEN, None).await
        }
        Ok(ChangeOutcome::NotFound) => not_found(&state, parts).await,
        Err(e) => internal(e),
    }
}

/// `POST /comments/{id}/delete`: the author (or a moderator) deletes a comment.
pub async fn delete_comment(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(comment_id): Path<i64>,
) -> Response {
    let user = match signed_in(&state, &session, "/").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    match comments::delete(&state.db, &user, comment_id, Utc::now()).await {
        Ok(ChangeOutcome::Done { idea_id }) => {
            redirect_to_idea(&state, idea_id, "comment-deleted", "#comments").await
        }
        Ok(ChangeOutcome::NotAllowed) => forbidden(&state, parts).await,
        Ok(ChangeOutcome::NotFound) => not_found(&state, parts).await,
        Err(e) => internal(e),
    }
}

async fn redirect_to_idea(state: &AppState, idea_id: i64, done: &str, fragment: &str) -> Response {
    match queries::ideas::idea_ref(&state.db, idea_id).await {
        Ok(Some(idea)) => Redirect::to(&with_notice(&idea.href, done, fragment)).into_response(),
        Ok(None) => Redirect::to("/").into_response(),
        Err(e) => internal(e),
    }
}

/// `POST /notifications/read`: marks every notification read.
pub async fn read_notifications(State(state): State<AppState>, session: Session) -> Response {
    let user = match signed_in(&state, &session, "/notifications").await {
        Ok(user) => user,
        Err(response) => return response,
    };
    match app::server::notifications::mark_all_read(&state.db, user.id, Utc::now()).await {
        Ok(()) => Redirect::to("/notifications").into_response(),
        Err(e) => internal(e),
    }
}

#[cfg(test)]
mod tests {
    use super::with_notice;

    #[test]
    fn notices_join_the_query() {
        assert_eq!(
            with_notice("/ideas/1-a", "voted", ""),
            "/ideas/1-a?done=voted"
        );
        assert_eq!(
            with_notice("/campaigns/x?sort=new", "voted", "#support"),
            "/campaigns/x?sort=new&done=voted#support"
        );
    }
}
