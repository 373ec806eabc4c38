//! Server functions for campaigns: public reads, and what administrators' forms need.

use leptos::prelude::*;

use super::admin::{CampaignAdminRow, CampaignEditContext};
use super::{CampaignDetail, HomeData};
use crate::domain::idea::IdeaListQuery;
use crate::error::AppError;

/// The home page: current campaigns with their most supported ideas, then the rest.
#[server(endpoint = "campaigns/home")]
pub async fn get_home() -> Result<HomeData, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(
        crate::server::queries::campaigns::home(&state.db, &state.rankings, chrono::Utc::now())
            .await?,
    )
}

/// One campaign with the page of its ideas that `query` asks for (sorted, filtered,
/// searched, paged).
#[server(endpoint = "campaigns/get")]
pub async fn get_campaign(
    slug: String,
    query: IdeaListQuery,
    // Whether the address named an order; without one, the campaign's own default.
    #[server(default)] sort_given: bool,
) -> Result<CampaignDetail, AppError> {
    let state = crate::server::state::app_state()?;
    // A search costs far more than a list read from the rankings.
    if query.q.is_some() {
        crate::server::auth::limit(crate::server::rate_limit::LimitedAction::HeavyRead).await?;
    }
    crate::server::queries::campaigns::detail(
        &state.db,
        &state.rankings,
        &slug,
        &query,
        sort_given,
        chrono::Utc::now(),
    )
    .await?
    .ok_or_else(|| AppError::NotFound.respond())
}

/// Every campaign, for administrators.
#[server(endpoint = "campaigns/admin-list")]
pub async fn admin_campaigns() -> Result<Vec<CampaignAdminRow>, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let all =
        crate::server::queries::campaigns::all(&state.db, &state.rankings, chrono::Utc::now())
            .await?;
    Ok(all
        .into_iter()
        .map(|(_, s)| CampaignAdminRow {
            slug: s.slug,
            title: s.title,
            phase: s.phase,
            opens_on: s.opens_on,
            closes_on: s.closes_on,
            idea_count: s.idea_count,
        })
        .collect())
}

/// The campaign form: empty for a new campaign, or campaign `slug` as it is.
#[server(endpoint = "campaigns/form")]
pub async fn get_campaign_form(slug: Option<String>) -> Result<CampaignEditContext, AppError> {
    use crate::server::campaigns::to_uk_local;
    let state = crate::server::state::app_state()?;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let categories =
        crate::server::queries::categories::all_categories(&state.db, crate::i18n::lang()).await?;
    let values = match &slug {
        None => super::admin::CampaignForm {
            moderation: "post".into(),
            ..Default::default()
        },
        Some(slug) => {
            let Some(model) = crate::server::queries::campaigns::by_slug(&state.db, slug).await?
            else {
                return Err(AppError::NotFound.respond());
            };
            let chosen = crate::server::queries::campaigns::categories(
                &state.db,
                model.id,
                crate::i18n::lang(),
            )
            .await?;
            super::admin::CampaignForm {
                title: model.title,
                slug: model.slug,
                summary: model.summary,
                description: model.description,
                title_cy: model.title_cy,
                summary_cy: model.summary_cy,
                description_cy: model.description_cy,
                opens_at: to_uk_local(model.submissions_open_at),
                closes_at: to_uk_local(model.submissions_close_at),
                voting_closes_at: to_uk_local(model.voting_closes_at),
                moderation: match model.moderation_mode {
                    crate::domain::campaign::ModerationMode::Pre => "pre".into(),
                    crate::domain::campaign::ModerationMode::Post => "post".into(),
                },
                categories: chosen.into_iter().map(|c| c.slug).collect(),
                new_categories: String::new(),
                support_budget: model
                    .support_budget
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                fair_order: if model.fair_order {
                    "yes".into()
                } else {
                    String::new()
                },
            }
        }
    };
    Ok(CampaignEditContext {
        slug,
        values,
        categories,
    })
}
