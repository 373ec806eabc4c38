//! Form posts that follow, or stop following, an idea or a campaign.

use axum::extract::{Path, State};
use axum::http::Method;
use axum::routing::post;
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::paths;
use crate::access::Access;
use crate::domain::return_to::safe_return_path;
use crate::server::following::{self, Followed};
use crate::server::state::AppState;
use crate::server::web::{Answer, Reply, RouteEntry, RouteError, SignedIn, StrictForm, entry};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::FOLLOW_IDEA,
            Access::SignedIn,
            post(follow_idea),
        ),
        entry(
            Method::POST,
            paths::FOLLOW_CAMPAIGN,
            Access::SignedIn,
            post(follow_campaign),
        ),
    ]
}

#[derive(Deserialize)]
struct FollowForm {
    #[serde(default)]
    following: String,
    #[serde(default)]
    return_to: String,
}

impl FollowForm {
    fn following(&self) -> Result<bool, RouteError> {
        match self.following.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(RouteError::BadForm {
                status: axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                message: "follow-bad-form",
            }),
        }
    }

    /// Back to the page the form was on (a path on this site), or `fallback`; the
    /// form there now says what was done.
    fn back(&self, fallback: &str) -> String {
        safe_return_path(&self.return_to)
            .unwrap_or(fallback)
            .to_owned()
    }
}

/// `POST /ideas/{id}/follow`: follow a public idea, or stop.
async fn follow_idea(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(idea_id): Path<i64>,
    StrictForm(form): StrictForm<FollowForm>,
) -> Answer {
    let following = form.following()?;
    let idea = crate::server::entities::idea::Entity::find_by_id(idea_id)
        .one(&state.db)
        .await?
        .filter(|i| i.visibility == crate::domain::idea::Visibility::Published)
        .ok_or(RouteError::NotFound)?;
    let now = crate::server::clock::now();
    following::choose(
        &state.db,
        user.id,
        (Followed::Idea, idea.id),
        following,
        now,
    )
    .await?;
    let href = crate::domain::idea::idea_href(idea.id, &idea.slug);
    Ok(Reply::redirect(form.back(&href)))
}

/// `POST /campaigns/{slug}/follow`: follow a campaign, or stop.
async fn follow_campaign(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<FollowForm>,
) -> Answer {
    let following = form.following()?;
    let campaign = crate::server::queries::campaigns::by_slug(&state.db, &slug)
        .await?
        .ok_or(RouteError::NotFound)?;
    let now = crate::server::clock::now();
    following::choose(
        &state.db,
        user.id,
        (Followed::Campaign, campaign.id),
        following,
        now,
    )
    .await?;
    let href = crate::features::campaigns::paths::campaign(&campaign.slug);
    Ok(Reply::redirect(form.back(&href)))
}
