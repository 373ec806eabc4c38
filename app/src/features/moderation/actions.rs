//! Form posts for moderation: reporting an idea, comment or listing; the moderators'
//! queue; suspending and reinstating people; moderators' edits.

use axum::extract::{MatchedPath, OriginalUri, Path, State};
use axum::http::Method;
use axum::routing::post;

use super::edit::IdeaEditForm;
use super::paths;
use super::people::SuspendForm;
use super::{BulkForm, ReportForm};
use crate::access::Access;
use crate::domain::moderation::Subject;
use crate::domain::user::Role;
use crate::forms::{FieldErrors, Submitted};
use crate::server::edits::{self, EditOutcome};
use crate::server::moderation::{self, Action, ActionOutcome, ReportOutcome};
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::suspensions::{self, SuspendOutcome};
use crate::server::web::{
    Answer, Moderator, OrShowAgain, Reply, RouteEntry, RouteError, SignedIn, Staff, StrictForm,
    entry,
};

pub fn routes() -> Vec<RouteEntry> {
    use Access::{AtLeast, SignedIn};
    let moderator = AtLeast(Role::Moderator);
    vec![
        entry(Method::POST, paths::QUEUE, moderator, post(bulk)),
        entry(Method::POST, paths::SUSPEND, moderator, post(suspend)),
        entry(Method::POST, paths::REINSTATE, moderator, post(reinstate)),
        entry(Method::POST, paths::EDIT_IDEA, moderator, post(edit_idea)),
        // One handler for the three: the route it came by says what is reported.
        entry(Method::POST, paths::REPORT_IDEA, SignedIn, post(report))
            .limited(LimitedAction::Report),
        entry(Method::POST, paths::REPORT_LISTING, SignedIn, post(report))
            .limited(LimitedAction::Report),
        entry(Method::POST, paths::REPORT_COMMENT, SignedIn, post(report))
            .limited(LimitedAction::Report),
    ]
}

/// `POST /ideas/{id_slug}/report`, `/directory/{id_slug}/report` and
/// `/comments/{comment_id}/report`: a report by someone signed in. A suspended person's
/// words come back with the reason by the field.
async fn report(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    route: MatchedPath,
    OriginalUri(uri): OriginalUri,
    Path(id): Path<String>,
    StrictForm(form): StrictForm<ReportForm>,
) -> Answer {
    let subject = match route.as_str() {
        paths::REPORT_IDEA => Subject::Idea,
        paths::REPORT_LISTING => Subject::Listing,
        _ => Subject::Comment,
    };
    let id = crate::domain::slug::parse_id(&id).ok_or(RouteError::NotFound)?;
    let here = uri.path().to_owned();
    let context = crate::server::queries::moderation::report_context(&state.db, subject, id)
        .await?
        .ok_or(RouteError::NotFound)?;
    let (reason, detail) = user
        .unless_suspended("reason", form.validate())
        .or_show_again(here, &form)?;
    let outcome = moderation::report(
        &state.db,
        &state.rankings,
        &user,
        (subject, id),
        (reason, detail),
        &state.reports,
        crate::server::clock::now(),
    )
    .await?;
    // The page reported from says thank you; a hidden idea's or listing's page is gone.
    let back = context.back.split('#').next().unwrap_or("/").to_owned();
    match outcome {
        ReportOutcome::Recorded { hidden: true } if subject == Subject::Idea => {
            Ok(Reply::redirect("/"))
        }
        ReportOutcome::Recorded { hidden: true } if subject == Subject::Listing => Ok(
            Reply::redirect(crate::features::directory::paths::DIRECTORY),
        ),
        ReportOutcome::Recorded { .. } | ReportOutcome::AlreadyReported => {
            Ok(Reply::redirect(format!("{back}?done=reported")))
        }
        ReportOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /moderation`: one action on every ticked item.
async fn bulk(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    StrictForm(form): StrictForm<BulkForm>,
) -> Answer {
    let refuse = |errors| {
        Ok(Reply::refused(
            paths::QUEUE,
            Submitted {
                values: form.clone(),
                errors,
            },
        ))
    };
    let bulk = match form.validate() {
        Ok(bulk) => bulk,
        Err(errors) => return refuse(errors),
    };
    let action = Action::from_key(&bulk.action).expect("validated");
    let mut done = 0;
    let mut skipped = 0;
    for (subject, id) in &bulk.items {
        let outcome = moderation::act(
            &state.db,
            &state.rankings,
            &moderator,
            (*subject, *id),
            action,
            bulk.reason.as_deref(),
            crate::server::clock::now(),
        );
        match outcome.await? {
            ActionOutcome::Done => done += 1,
            _ => skipped += 1,
        }
    }
    if skipped > 0 && done == 0 {
        return refuse(FieldErrors::one(
            "action",
            crate::t!("queue-error-not-applicable"),
        ));
    }
    tracing::info!(
        moderator = moderator.id,
        done,
        skipped,
        "moderation queue action"
    );
    Ok(Reply::redirect(match bulk.return_to {
        Some(back) => {
            let path = back.split(['?', '#']).next().unwrap_or("/");
            format!("{path}?done=moderated")
        }
        None => format!("{}?done={done}", paths::QUEUE),
    }))
}

/// `POST /moderation/people/{id}/suspend`.
async fn suspend(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<SuspendForm>,
) -> Answer {
    let now = crate::server::clock::now();
    let (last_day, reason) = form
        .validate(suspensions::uk_today(now))
        .or_show_again(paths::suspend(id), &form)?;
    let outcome = suspensions::suspend(&state.db, &moderator, id, last_day, &reason, now).await?;
    suspension_answer(id, outcome, "suspended")
}

/// `POST /moderation/people/{id}/reinstate`.
async fn reinstate(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
) -> Answer {
    let now = crate::server::clock::now();
    let outcome = suspensions::reinstate(&state.db, &moderator, id, None, now).await?;
    suspension_answer(id, outcome, "reinstated")
}

fn suspension_answer(id: i64, outcome: SuspendOutcome, done: &str) -> Answer {
    let here = paths::person(id);
    match outcome {
        SuspendOutcome::Done => {
            tracing::info!(account = id, done, "account suspension changed");
            Ok(Reply::redirect(format!("{here}?done={done}")))
        }
        // Reinstating twice (a double click) ends where the first did.
        SuspendOutcome::NotSuspended => Ok(Reply::redirect(here)),
        SuspendOutcome::NotAllowed => Err(RouteError::Forbidden),
        SuspendOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /moderation/ideas/{id}/edit`: a moderator's edit, the old words kept.
async fn edit_idea(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<IdeaEditForm>,
) -> Answer {
    let (words, reason) = form.validate().or_show_again(paths::edit_idea(id), &form)?;
    let now = crate::server::clock::now();
    match edits::edit_idea(&state.db, &moderator, id, words, &reason, now).await? {
        EditOutcome::Saved { href } => Ok(Reply::redirect(format!("{href}?done=edited"))),
        EditOutcome::NotFound => Err(RouteError::NotFound),
    }
}
