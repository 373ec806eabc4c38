//! Form posts for moderation: reporting an idea or comment, and the moderators' queue.

use app::domain::moderation::Subject;
use app::domain::user::Role;
use app::features::moderation::edit::IdeaEditForm;
use app::features::moderation::people::SuspendForm;
use app::features::moderation::{BulkForm, ReportForm};
use app::forms::{FieldErrors, Submitted};
use app::server::edits::{self, EditOutcome};
use app::server::moderation::{self, Action, ActionOutcome, ReportOutcome};
use app::server::state::AppState;
use app::server::suspensions::{self, SuspendOutcome};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::forms::{internal, signed_in, with_role};
use super::ideas::forbidden;
use super::pages::render_page;
use super::strict_form::StrictForm;

/// `POST /ideas/{id_slug}/report`.
pub async fn report_idea(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<ReportForm>,
) -> Response {
    let here = format!("/ideas/{id_slug}/report");
    let id = app::features::ideas::pages::parse_id(&id_slug);
    report(state, session, parts, here, Subject::Idea, id, form).await
}

/// `POST /directory/{id_slug}/report`.
pub async fn report_listing(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<ReportForm>,
) -> Response {
    let here = format!("/directory/{id_slug}/report");
    let id = app::features::ideas::pages::parse_id(&id_slug);
    report(state, session, parts, here, Subject::Listing, id, form).await
}

/// `POST /comments/{comment_id}/report`.
pub async fn report_comment(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<ReportForm>,
) -> Response {
    let here = format!("/comments/{id}/report");
    report(
        state,
        session,
        parts,
        here,
        Subject::Comment,
        Some(id),
        form,
    )
    .await
}

async fn report(
    state: AppState,
    session: Session,
    parts: Parts,
    here: String,
    subject: Subject,
    id: Option<i64>,
    form: ReportForm,
) -> Response {
    let Some(id) = id else {
        return render_page::<()>(&state, parts, &here, StatusCode::NOT_FOUND, None).await;
    };
    let user = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    let context =
        match app::server::queries::moderation::report_context(&state.db, subject, id).await {
            Ok(Some(context)) => context,
            Ok(None) => {
                return render_page::<()>(&state, parts, &here, StatusCode::NOT_FOUND, None).await;
            }
            Err(e) => return internal(e),
        };
    let checked = user.unless_suspended("reason", form.validate());
    let (reason, detail) = match checked {
        Ok(valid) => valid,
        Err(errors) => {
            let values = form;
            return render_page(
                &state,
                parts,
                &here,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Submitted { values, errors }),
            )
            .await;
        }
    };
    let outcome = moderation::report(
        &state.db,
        &state.rankings,
        &user,
        (subject, id),
        (reason, detail),
        state.report_threshold,
        app::server::directory::now(),
    )
    .await;
    // The idea page says thank you; a hidden item's page is gone, so the campaign's.
    let back = context.back.split('#').next().unwrap_or("/").to_owned();
    match outcome {
        Ok(ReportOutcome::Recorded { hidden: false }) | Ok(ReportOutcome::AlreadyReported) => {
            Redirect::to(&format!("{back}?done=reported")).into_response()
        }
        // The idea is hidden now, so its page is gone: back to the home page.
        Ok(ReportOutcome::Recorded { hidden: true }) if subject == Subject::Idea => {
            Redirect::to("/").into_response()
        }
        Ok(ReportOutcome::Recorded { hidden: true }) if subject == Subject::Listing => {
            Redirect::to("/directory").into_response()
        }
        Ok(ReportOutcome::Recorded { hidden: true }) => {
            Redirect::to(&format!("{back}?done=reported")).into_response()
        }
        Ok(ReportOutcome::NotFound) => {
            render_page::<()>(&state, parts, &here, StatusCode::NOT_FOUND, None).await
        }
        Err(e) => internal(e),
    }
}

/// `POST /moderation`: one action on every ticked item.
pub async fn bulk(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    StrictForm(form): StrictForm<BulkForm>,
) -> Response {
    let here = "/moderation";
    let (moderator, parts) = match with_role(&state, &session, parts, here, Role::Moderator).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let refuse = |errors: FieldErrors, parts: Parts| {
        let state = state.clone();
        let values = form.clone();
        async move {
            render_page(
                &state,
                parts,
                here,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Submitted { values, errors }),
            )
            .await
        }
    };
    let bulk = match form.validate() {
        Ok(bulk) => bulk,
        Err(errors) => return refuse(errors, parts).await,
    };
    let action = Action::from_key(&bulk.action).expect("validated");
    let mut done = 0;
    let mut skipped = Vec::new();
    for (subject, id) in &bulk.items {
        match moderation::act(
            &state.db,
            &state.rankings,
            &moderator,
            (*subject, *id),
            action,
            bulk.reason.as_deref(),
            app::server::directory::now(),
        )
        .await
        {
            Ok(ActionOutcome::Done) => done += 1,
            Ok(_) => skipped.push(format!("{} {id}", subject.key())),
            Err(e) => return internal(e),
        }
    }
    if !skipped.is_empty() && done == 0 {
        let mut errors = FieldErrors::new();
        errors.add(
            "action",
            "That action does not apply to the ticked items (approve and reject are for ideas waiting for approval; restore is for hidden items; locking comments is for ideas)",
        );
        return refuse(errors, parts).await;
    }
    tracing::info!(
        moderator = moderator.id,
        done,
        skipped = skipped.len(),
        "moderation queue action"
    );
    match bulk.return_to {
        Some(back) => {
            let path = back.split(['?', '#']).next().unwrap_or("/");
            Redirect::to(&format!("{path}?done=moderated")).into_response()
        }
        None => Redirect::to(&format!("/moderation?done={done}")).into_response(),
    }
}

/// Read after the caller is checked, so a malformed address never says more than
/// "sign in" to someone who may not see the figures.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CsvQuery {
    campaign: Option<String>,
    table: String,
}

/// `GET /analysis.csv?campaign=…&table=…`: one table of the analysis page, as CSV.
pub async fn analysis_csv(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    axum::extract::Query(query): axum::extract::Query<CsvQuery>,
) -> Response {
    if let Err(response) = with_role(&state, &session, parts, "/analysis", Role::Moderator).await {
        return response;
    }
    let analysis = match app::server::queries::analysis::analysis(
        &state.db,
        query.campaign.as_deref(),
    )
    .await
    {
        Ok(Some(analysis)) => analysis,
        Ok(None) => return (StatusCode::NOT_FOUND, "No such campaign.").into_response(),
        Err(e) => return internal(e),
    };
    let Some(table) = analysis.table(&query.table) else {
        return (StatusCode::NOT_FOUND, "No such table.").into_response();
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut ok = writer.write_record(&table.columns).is_ok();
    for row in &table.rows {
        let safe: Vec<String> = row.iter().map(|c| super::api_v1::csv_safe(c)).collect();
        ok &= writer.write_record(&safe).is_ok();
    }
    let Ok(body) = writer.into_inner() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !ok {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let disposition = format!(
        "attachment; filename=\"{}-{}.csv\"",
        analysis.campaign.slug, table.key
    );
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (axum::http::header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// `POST /moderation/people/{id}/suspend`.
pub async fn suspend(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<SuspendForm>,
) -> Response {
    let here = format!("/moderation/people/{id}");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let now = app::server::directory::now();
    let (last_day, reason) = match form.validate(suspensions::uk_today(now)) {
        Ok(valid) => valid,
        Err(errors) => {
            let values = form;
            return render_page(
                &state,
                parts,
                &format!("{here}/suspend"),
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Submitted { values, errors }),
            )
            .await;
        }
    };
    let outcome = suspensions::suspend(&state.db, &moderator, id, last_day, &reason, now).await;
    suspension_answer(&state, parts, &here, outcome, "suspended").await
}

/// `POST /moderation/people/{id}/reinstate`.
pub async fn reinstate(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
) -> Response {
    let here = format!("/moderation/people/{id}");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let now = app::server::directory::now();
    let outcome = suspensions::reinstate(&state.db, &moderator, id, None, now).await;
    suspension_answer(&state, parts, &here, outcome, "reinstated").await
}

async fn suspension_answer(
    state: &AppState,
    parts: Parts,
    here: &str,
    outcome: Result<SuspendOutcome, sea_orm::DbErr>,
    done: &str,
) -> Response {
    match outcome {
        Ok(SuspendOutcome::Done) => {
            tracing::info!(account = here, done, "account suspension changed");
            Redirect::to(&format!("{here}?done={done}")).into_response()
        }
        // Reinstating twice (a double click) ends where the first did.
        Ok(SuspendOutcome::NotSuspended) => Redirect::to(here).into_response(),
        Ok(SuspendOutcome::NotAllowed) => forbidden(state, parts).await,
        Ok(SuspendOutcome::NotFound) => {
            render_page::<()>(state, parts, here, StatusCode::NOT_FOUND, None).await
        }
        Err(e) => internal(e),
    }
}

/// `POST /moderation/ideas/{id}/edit`: a moderator's edit, the old words kept.
pub async fn edit_idea(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<IdeaEditForm>,
) -> Response {
    let here = format!("/moderation/ideas/{id}/edit");
    let (moderator, parts) = match with_role(&state, &session, parts, &here, Role::Moderator).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (words, reason) = match form.validate() {
        Ok(valid) => valid,
        Err(errors) => {
            let values = form;
            return render_page(
                &state,
                parts,
                &here,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Submitted { values, errors }),
            )
            .await;
        }
    };
    let now = app::server::directory::now();
    match edits::edit_idea(&state.db, &moderator, id, words, &reason, now).await {
        Ok(EditOutcome::Saved { href }) => {
            Redirect::to(&format!("{href}?done=edited")).into_response()
        }
        Ok(EditOutcome::NotFound) => {
            render_page::<()>(&state, parts, &here, StatusCode::NOT_FOUND, None).await
        }
        Err(e) => internal(e),
    }
}
