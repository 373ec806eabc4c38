//! Form posts for drafts: administrators publish and change them; people comment on,
//! support or question a paragraph; moderators hide a comment and download them all.

use axum::extract::{Path, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;

use super::{DraftForm, ParagraphCommentForm, ReactionForm, paths};
use crate::access::Access;
use crate::domain::draft::Reaction;
use crate::domain::safeguarding::rules;
use crate::domain::user::Role;
use crate::forms::FieldErrors;
use crate::server::drafts::{self, SaveRefusal, TakePartRefusal};
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::web::reply::with_notice;
use crate::server::web::{
    Admin, Answer, AtLeast, Moderator, OrShowAgain, Participant, Reply, RouteEntry, RouteError,
    Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::NEW,
            Access::AtLeast(Role::Admin),
            post(create),
        ),
        entry(
            Method::POST,
            paths::EDIT,
            Access::AtLeast(Role::Admin),
            post(update),
        ),
        entry(
            Method::POST,
            paths::COMMENT,
            Access::SignedIn,
            post(comment),
        )
        .limited(LimitedAction::Comment),
        entry(Method::POST, paths::REACT, Access::SignedIn, post(react))
            .limited(LimitedAction::Vote),
        entry(
            Method::POST,
            paths::HIDE,
            Access::AtLeast(Role::Moderator),
            post(hide),
        ),
        entry(
            Method::GET,
            paths::CSV,
            Access::AtLeast(Role::Moderator),
            get(export),
        )
        .limited(LimitedAction::HeavyRead),
    ]
}

fn refusal_message(refusal: SaveRefusal) -> (&'static str, String) {
    match refusal {
        SaveRefusal::SlugTaken => ("title", crate::t!("draft-error-slug-taken")),
        SaveRefusal::NoSuchTime => ("opens-at", crate::t!("draft-error-no-such-time")),
    }
}

/// `POST /admin/drafts/new`: publishes a draft for comment.
async fn create(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    StrictForm(form): StrictForm<DraftForm>,
) -> Answer {
    let new = form.validate().or_show_again(paths::NEW, &form)?;
    match drafts::create(&state.db, &admin, new, Utc::now()).await? {
        Ok(slug) => Ok(Reply::redirect(with_notice(
            &paths::draft(&slug),
            "published",
            "",
        ))),
        Err(refusal) => {
            let (field, message) = refusal_message(refusal);
            Err::<Reply, _>(FieldErrors::one(field, message)).or_show_again(paths::NEW, &form)
        }
    }
}

/// `POST /admin/drafts/{slug}/edit`: changes a draft; new words are a new version.
async fn update(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<DraftForm>,
) -> Answer {
    let here = paths::edit(&slug);
    let new = form.validate().or_show_again(here.clone(), &form)?;
    match drafts::update(&state.db, &admin, &slug, new, Utc::now()).await? {
        None => Err(RouteError::NotFound),
        Some(Ok(_)) => Ok(Reply::redirect(with_notice(
            &paths::draft(&slug),
            "updated",
            "",
        ))),
        Some(Err(refusal)) => {
            let (field, message) = refusal_message(refusal);
            Err::<Reply, _>(FieldErrors::one(field, message)).or_show_again(here, &form)
        }
    }
}

/// Why a comment or reaction was refused, by the paragraph's field.
fn take_part_message(refusal: TakePartRefusal) -> Result<String, RouteError> {
    match refusal {
        TakePartRefusal::NotFound => Err(RouteError::NotFound),
        TakePartRefusal::Closed => Ok(crate::t!("draft-error-closed")),
        TakePartRefusal::OldVersion => Ok(crate::t!("draft-error-old-version")),
        TakePartRefusal::NoSuchParagraph => Ok(crate::t!("draft-error-paragraph")),
    }
}

/// `POST /drafts/{slug}/comments`: a comment on one paragraph. Refused words come back
/// by their paragraph; words with personal details or words of risk come back with what
/// was found (a draft's comments are about the document, so they are not held).
async fn comment(
    State(state): State<AppState>,
    Participant(user): Participant,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<ParagraphCommentForm>,
) -> Answer {
    let page = paths::draft(&slug);
    let (version, paragraph, body) = form.validate().or_show_again(page.clone(), &form)?;
    let found = rules::check(&[("in-your-comment", body.as_str())]);
    if !found.is_empty() {
        let found_text = found
            .iter()
            .map(|f| f.describe())
            .collect::<Vec<_>>()
            .join("; ");
        let message = if found.at_risk() {
            crate::t!(
                "draft-error-at-risk",
                help = crate::t!("safeguarding-help-now"),
                found = found_text
            )
        } else {
            crate::t!("draft-error-personal", found = found_text)
        };
        return Err::<Reply, _>(FieldErrors::one(&form.field(), message))
            .or_show_again(page, &form);
    }
    match drafts::comment(
        &state.db,
        &user,
        &slug,
        (version, paragraph, body),
        Utc::now(),
    )
    .await?
    {
        Ok(_) => {
            let done = with_notice(&page, "commented", &format!("#p-{paragraph}"));
            Ok(Reply::redirect(done))
        }
        Err(refusal) => {
            let message = take_part_message(refusal)?;
            Err::<Reply, _>(FieldErrors::one(&form.field(), message)).or_show_again(page, &form)
        }
    }
}

/// `POST /drafts/{slug}/reactions`: supports or questions a paragraph, or takes that
/// back (`reaction=none`).
async fn react(
    State(state): State<AppState>,
    Participant(user): Participant,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<ReactionForm>,
) -> Answer {
    let bad = RouteError::BadForm {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: "draft-reaction-bad-form",
    };
    let (Ok(version), Ok(paragraph)) = (
        form.version.trim().parse::<i32>(),
        form.paragraph.trim().parse::<i32>(),
    ) else {
        return Err(bad);
    };
    let reaction = match form.reaction.as_str() {
        "none" => None,
        key => Some(Reaction::from_key(key).ok_or(bad)?),
    };
    let page = paths::draft(&slug);
    let outcome = drafts::react(
        &state.db,
        &user,
        &slug,
        (version, paragraph),
        reaction,
        Utc::now(),
    );
    match outcome.await? {
        Ok(()) => Ok(Reply::redirect(with_notice(
            &page,
            "reacted",
            &format!("#p-{paragraph}"),
        ))),
        Err(TakePartRefusal::NotFound) => Err(RouteError::NotFound),
        Err(_) => Ok(Reply::redirect(with_notice(&page, "closed", ""))),
    }
}

#[derive(serde::Deserialize, Default, Clone)]
#[serde(default)]
struct HideForm {
    reason: String,
}

/// `POST /drafts/comments/{id}/hide`: a moderator hides a comment.
async fn hide(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id): Path<i64>,
    StrictForm(form): StrictForm<HideForm>,
) -> Answer {
    let slug = drafts::hide(&state.db, &moderator, id, &form.reason, Utc::now())
        .await?
        .ok_or(RouteError::NotFound)?;
    Ok(Reply::redirect(with_notice(
        &paths::draft(&slug),
        "hidden",
        "",
    )))
}

/// `GET /drafts/{slug}/comments.csv`: every comment with its version and paragraph.
async fn export(
    State(state): State<AppState>,
    _moderator: AtLeast<Moderator>,
    Path(slug): Path<String>,
) -> Result<Response, RouteError> {
    let (slug, rows) = drafts::export(&state.db, &slug)
        .await?
        .ok_or(RouteError::NotFound)?;
    // `table` makes each cell safe to open in a spreadsheet.
    let body = crate::server::csv::table(&drafts::EXPORT_COLUMNS, &rows)
        .map_err(|e| RouteError::internal("cannot write the draft's comments", e))?;
    let disposition = format!("attachment; filename=\"{slug}-comments.csv\"");
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
    ];
    Ok((headers, body).into_response())
}
