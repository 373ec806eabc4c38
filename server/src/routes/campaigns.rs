//! Administrators' campaign forms: create and edit.

use app::domain::user::Role;
use app::features::campaigns::admin::CampaignForm;
use app::forms::{FieldErrors, Submitted};
use app::server::campaigns::{self, SaveOutcome};
use app::server::queries;
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use tower_sessions::Session;

use super::forms::{internal, signed_in};
use super::ideas::forbidden;
use super::pages::render_page;
use super::strict_form::StrictForm;

/// `POST /admin/campaigns/new`.
pub async fn create(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    StrictForm(form): StrictForm<CampaignForm>,
) -> Response {
    save(state, session, parts, None, form).await
}

/// `POST /admin/campaigns/{slug}/edit`.
pub async fn edit(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<CampaignForm>,
) -> Response {
    save(state, session, parts, Some(slug), form).await
}

async fn save(
    state: AppState,
    session: Session,
    parts: Parts,
    slug: Option<String>,
    form: CampaignForm,
) -> Response {
    let here = match &slug {
        Some(slug) => format!("/admin/campaigns/{slug}/edit"),
        None => "/admin/campaigns/new".to_owned(),
    };
    let admin = match signed_in(&state, &session, &here).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    if admin.role < Role::Admin {
        return forbidden(&state, parts).await;
    }
    let existing = match &slug {
        Some(slug) => match queries::campaigns::by_slug(&state.db, slug).await {
            Ok(Some(model)) => Some(model),
            Ok(None) => {
                return render_page::<()>(&state, parts, &here, StatusCode::NOT_FOUND, None).await;
            }
            Err(e) => return internal(e),
        },
        None => None,
    };
    let known = match queries::campaigns::all_categories(&state.db).await {
        Ok(known) => known,
        Err(e) => return internal(e),
    };
    let refuse = |errors: FieldErrors, parts: Parts| {
        let submitted = Submitted {
            values: form.clone(),
            errors,
        };
        let state = state.clone();
        let here = here.clone();
        async move {
            render_page(
                &state,
                parts,
                &here,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(submitted),
            )
            .await
        }
    };
    let draft = match form.validate(&known) {
        Ok(draft) => draft,
        Err(errors) => return refuse(errors, parts).await,
    };
    match campaigns::save(&state.db, existing, draft, Utc::now()).await {
        Ok(SaveOutcome::Saved { slug }) => {
            tracing::info!(admin = admin.id, campaign = %slug, "campaign saved");
            Redirect::to(&format!("/admin/campaigns?saved={slug}")).into_response()
        }
        Ok(SaveOutcome::SlugTaken) => {
            let mut errors = FieldErrors::new();
            errors.add(
                "slug",
                "Another campaign already uses this web address name: choose another",
            );
            refuse(errors, parts).await
        }
        Ok(SaveOutcome::NoSuchTime(field)) => {
            let mut errors = FieldErrors::new();
            errors.add(
                field,
                "That time does not exist in the UK: the clocks go forward then. Choose another",
            );
            refuse(errors, parts).await
        }
        Err(e) => internal(e),
    }
}
