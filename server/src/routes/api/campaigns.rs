//! `GET /api/v1/campaigns`.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use app::server::queries;
use app::server::state::AppState;

use super::{ApiError, internal, open};

#[derive(Serialize, ToSchema)]
pub struct CampaignJson {
    slug: String,
    title: String,
    summary: String,
    /// upcoming, open, voting_only or closed.
    phase: &'static str,
    submissions_open_at: DateTime<Utc>,
    submissions_close_at: DateTime<Utc>,
    voting_closes_at: DateTime<Utc>,
    /// pre (ideas appear once approved) or post (at once).
    moderation: &'static str,
    idea_count: u64,
    categories: Vec<CategoryJson>,
    path: String,
    ideas_api: String,
}

#[derive(Serialize, ToSchema)]
pub struct CategoryJson {
    slug: String,
    name: String,
}

/// `GET /api/v1/campaigns`: every campaign, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/campaigns",
    tag = "ideas",
    responses(
        (status = 200, description = "Every campaign, newest first", body = Vec<CampaignJson>),
        (status = 304, description = "Not modified since the ETag given"),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn campaigns(State(state): State<AppState>) -> Response {
    let now = Utc::now();
    let all = match queries::campaigns::all(&state.db, &state.rankings, now).await {
        Ok(all) => all,
        Err(e) => return internal(e),
    };
    let mut out = Vec::with_capacity(all.len());
    for (model, summary) in all {
        let categories = match queries::campaigns::categories(&state.db, model.id).await {
            Ok(c) => c,
            Err(e) => return internal(e),
        };
        out.push(CampaignJson {
            path: summary.href(),
            ideas_api: format!("/api/v1/ideas?campaign={}", model.slug),
            slug: model.slug,
            title: model.title,
            summary: model.summary,
            phase: match summary.phase {
                app::domain::campaign::CampaignPhase::Upcoming => "upcoming",
                app::domain::campaign::CampaignPhase::Open => "open",
                app::domain::campaign::CampaignPhase::VotingOnly => "voting_only",
                app::domain::campaign::CampaignPhase::Closed => "closed",
            },
            submissions_open_at: model.submissions_open_at,
            submissions_close_at: model.submissions_close_at,
            voting_closes_at: model.voting_closes_at,
            moderation: match model.moderation_mode {
                app::domain::campaign::ModerationMode::Pre => "pre",
                app::domain::campaign::ModerationMode::Post => "post",
            },
            idea_count: summary.idea_count,
            categories: categories
                .into_iter()
                .map(|c| CategoryJson {
                    slug: c.slug,
                    name: c.name,
                })
                .collect(),
        });
    }
    open(Json(out).into_response())
}
