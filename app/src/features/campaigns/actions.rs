//! Administrators' campaign forms: create and edit.

use axum::extract::{Path, State};
use axum::http::Method;
use axum::routing::post;
use chrono::Utc;

use super::admin::CampaignForm;
use super::paths;
use crate::access::Access;
use crate::domain::user::Role;
use crate::forms::{FieldErrors, Submitted};
use crate::server::campaigns::{self, SaveOutcome};
use crate::server::queries;
use crate::server::state::AppState;
use crate::server::web::{Admin, Answer, Reply, RouteEntry, RouteError, Staff, StrictForm, entry};

pub fn routes() -> Vec<RouteEntry> {
    let admin = Access::AtLeast(Role::Admin);
    vec![
        entry(Method::POST, paths::NEW, admin, post(create)),
        entry(Method::POST, paths::EDIT, admin, post(edit)),
    ]
}

/// `POST /admin/campaigns/new`.
async fn create(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    StrictForm(form): StrictForm<CampaignForm>,
) -> Answer {
    save(state, admin.id, None, form).await
}

/// `POST /admin/campaigns/{slug}/edit`.
async fn edit(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<CampaignForm>,
) -> Answer {
    save(state, admin.id, Some(slug), form).await
}

async fn save(state: AppState, admin: i64, slug: Option<String>, form: CampaignForm) -> Answer {
    let (here, existing) = match &slug {
        Some(slug) => {
            let model = queries::campaigns::by_slug(&state.db, slug).await?;
            (paths::edit(slug), Some(model.ok_or(RouteError::NotFound)?))
        }
        None => (paths::NEW.to_owned(), None),
    };
    let known = queries::categories::all_categories(&state.db, crate::i18n::lang()).await?;
    let refuse = |errors| {
        Ok(Reply::refused(
            here.clone(),
            Submitted {
                values: form.clone(),
                errors,
            },
        ))
    };
    let draft = match form.validate(&known) {
        Ok(draft) => draft,
        Err(errors) => return refuse(errors),
    };
    match campaigns::save(&state.db, admin, existing, draft, Utc::now()).await? {
        SaveOutcome::Saved { slug } => {
            tracing::info!(admin, campaign = %slug, "campaign saved");
            Ok(Reply::redirect(format!(
                "{}?saved={slug}",
                paths::ADMIN_CAMPAIGNS
            )))
        }
        SaveOutcome::SlugTaken => refuse(FieldErrors::one(
            "slug",
            crate::t!("admin-campaign-error-taken"),
        )),
        SaveOutcome::NoSuchTime(field) => refuse(FieldErrors::one(
            field,
            crate::t!("admin-campaign-error-no-such-time"),
        )),
    }
}
