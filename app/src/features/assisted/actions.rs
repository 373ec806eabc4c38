//! Form posts for assisted digital: recording a person, supporting ideas for them, and
//! importing paper forms. Putting an idea forward for someone is the new-idea form's
//! own post, with the person's number (`features::ideas::actions::submit`).

use axum::extract::{Multipart, Path, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;

use super::{HelpedPerson, ImportPreview, PersonForm, RemoveForm, SupportForm, paths};
use crate::access::Access;
use crate::domain::identity::CurrentUser;
use crate::domain::user::Role;
use crate::forms::FieldErrors;
use crate::server::assisted;
use crate::server::ideas::VoteOutcome;
use crate::server::state::AppState;
use crate::server::web::reply::with_notice;
use crate::server::web::{
    Answer, AtLeast, Helper, OrShowAgain, Reply, RouteEntry, RouteError, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::PEOPLE,
            Access::AtLeast(Role::Helper),
            post(add_person),
        ),
        entry(
            Method::POST,
            paths::SUPPORT,
            Access::AtLeast(Role::Helper),
            post(support),
        )
        .limited(crate::server::rate_limit::LimitedAction::Vote),
        entry(
            Method::POST,
            paths::REMOVE,
            Access::AtLeast(Role::Helper),
            post(remove),
        ),
        entry(
            Method::POST,
            paths::IMPORT,
            Access::AtLeast(Role::Helper),
            post(import),
        ),
        entry(
            Method::GET,
            paths::TEMPLATE,
            Access::AtLeast(Role::Helper),
            get(template),
        ),
    ]
}

/// Person `id` (as posted), if `user` may act for them now: a helper (or moderator) who
/// is not suspended, acting for someone they recorded whose account is not suspended.
pub(crate) async fn acting_for(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<HelpedPerson, RouteError> {
    user.may_act_as(Role::Helper)?;
    let id: i64 = id.trim().parse().map_err(|_| RouteError::NotFound)?;
    let acting = assisted::acting_for(&state.db, user, id, Utc::now())
        .await?
        .ok_or(RouteError::NotFound)?;
    if acting.suspended {
        return Err(RouteError::Suspended(crate::t!(
            "helped-suspended",
            name = acting.person.display_name.clone()
        )));
    }
    Ok(acting.person)
}

/// `POST /assisted`: records a person, with their consent, and goes to their page.
async fn add_person(
    State(state): State<AppState>,
    Staff(helper, ..): Staff<Helper>,
    StrictForm(form): StrictForm<PersonForm>,
) -> Answer {
    let new = form.validate().or_show_again(paths::PEOPLE, &form)?;
    let id = assisted::add_person(&state.db, &helper, new, None, Utc::now())
        .await?
        .ok_or(RouteError::Internal)?;
    tracing::info!(
        person = id,
        helper = helper.id,
        "person recorded for assisted digital"
    );
    Ok(Reply::redirect(with_notice(
        &paths::person(id),
        "added",
        "",
    )))
}

/// `POST /assisted/people/{id}/support`: supports ideas for the person (or withdraws
/// their support). Every idea is checked first; if any cannot be supported, none is, and
/// the form comes back saying which and why.
async fn support(
    State(state): State<AppState>,
    Staff(helper, ..): Staff<Helper>,
    Path(id): Path<String>,
    StrictForm(form): StrictForm<SupportForm>,
) -> Answer {
    let person = acting_for(&state, &helper, &id).await?;
    let here = paths::person(person.id);
    let ideas = form.validate().or_show_again(here.clone(), &form)?;
    let support = !form.withdraws();
    if support {
        let now = Utc::now();
        let problems = assisted::cannot_support(&state.db, Some(person.id), &ideas, now).await?;
        if !problems.is_empty() {
            let errors = FieldErrors::one(
                "ideas",
                crate::t!("helped-nothing-supported", problems = problems.join(". ")),
            );
            return Err::<Reply, _>(errors).or_show_again(here, &form);
        }
    }
    let outcomes = assisted::support(
        &state.db,
        (&state.rankings, &state.vote_facts),
        &helper,
        person.id,
        (&ideas, support),
        Utc::now(),
    )
    .await?;
    let all_done = outcomes
        .iter()
        .all(|(_, o)| matches!(o, VoteOutcome::Counted { .. }));
    let done = match (support, all_done) {
        (true, true) => "supported",
        (false, true) => "withdrawn",
        // Changed between the check and the vote (a window closing, say).
        (_, false) => "partly",
    };
    Ok(Reply::redirect(with_notice(&here, done, "#supports")))
}

/// `POST /assisted/people/{id}/remove`: at the person's request, their account goes as
/// anyone's does when they delete it (their supports are withdrawn, their name leaves
/// their ideas), and the helper's reference for them with it.
async fn remove(
    State(state): State<AppState>,
    Staff(helper, ..): Staff<Helper>,
    Path(id): Path<String>,
    StrictForm(form): StrictForm<RemoveForm>,
) -> Answer {
    // Suspended or not: a person's data is theirs to have removed.
    helper.may_act_as(Role::Helper)?;
    let id: i64 = id.trim().parse().map_err(|_| RouteError::NotFound)?;
    assisted::acting_for(&state.db, &helper, id, Utc::now())
        .await?
        .ok_or(RouteError::NotFound)?;
    form.validate().or_show_again(paths::person(id), &form)?;
    let changed = assisted::remove(&state.db, &helper, id, Utc::now()).await?;
    crate::server::rankings::sync(&state.db, &state.rankings, &changed).await?;
    tracing::info!(
        person = id,
        helper = helper.id,
        "person removed at their request"
    );
    Ok(Reply::redirect(with_notice(paths::PEOPLE, "removed", "")))
}

/// The fields of the import form: a file, or pasted text; and "yes" to import what the
/// preview showed.
#[derive(Default)]
struct ImportForm {
    text: String,
    confirm: bool,
}

/// The largest file accepted: a thousand paper forms with long descriptions.
const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

async fn read_import(mut multipart: Multipart) -> Result<ImportForm, RouteError> {
    let unreadable = RouteError::BadForm {
        status: StatusCode::BAD_REQUEST,
        message: "import-unreadable",
    };
    let mut form = ImportForm::default();
    let mut size = 0;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| unreadable.clone())?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|_| unreadable.clone())?;
        size += bytes.len();
        if size > MAX_IMPORT_BYTES {
            return Err(RouteError::BadForm {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                message: "import-too-large",
            });
        }
        match name.as_str() {
            "file" | "csv" if !bytes.is_empty() && form.text.trim().is_empty() => {
                form.text = String::from_utf8(bytes.to_vec()).map_err(|_| RouteError::BadForm {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    message: "import-not-utf8",
                })?;
            }
            "confirm" => form.confirm = bytes.as_ref() == b"yes",
            _ => {}
        }
    }
    Ok(form)
}

/// `POST /assisted/import`: a file of paper forms. Without `confirm`, the preview:
/// every row as it would be imported, with its problems. With it, the import, only if
/// every row can be imported now (otherwise the preview again, nothing stored).
async fn import(
    State(state): State<AppState>,
    Staff(helper, ..): Staff<Helper>,
    multipart: Multipart,
) -> Answer {
    let form = read_import(multipart).await?;
    if form.text.trim().is_empty() {
        let preview = ImportPreview {
            file_problem: Some(crate::t!("import-choose-file")),
            ..Default::default()
        };
        return Ok(Reply::refused(paths::IMPORT, preview));
    }
    let now = Utc::now();
    if !form.confirm {
        let preview = assisted::import::preview(&state.db, &form.text, now).await?;
        let status = if preview.is_ready() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return Ok(Reply::page(paths::IMPORT, status, preview));
    }
    match assisted::import::import(
        &state.db,
        (&state.rankings, &state.vote_facts),
        &helper,
        &form.text,
        now,
    )
    .await?
    {
        Ok(done) => {
            tracing::info!(helper = helper.id, ?done, "paper forms imported");
            Ok(Reply::redirect(format!(
                "{}?done=imported&people={}&ideas={}&held={}&supports={}&again={}",
                paths::PEOPLE,
                done.people,
                done.ideas,
                done.held,
                done.supports,
                done.again
            )))
        }
        Err(preview) => Ok(Reply::refused(paths::IMPORT, preview)),
    }
}

/// `GET /assisted/import/template.csv`: the columns, with two example rows.
async fn template(_helper: AtLeast<Helper>) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
        (
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"paper-forms-template.csv\"",
        ),
    ];
    (headers, super::import_template()).into_response()
}
