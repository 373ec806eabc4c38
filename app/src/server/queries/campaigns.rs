//! Reads of campaigns.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, JoinType, Order,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait,
};

use super::{ideas, uk_date};
use crate::domain::idea::{IdeaSort, Visibility};
use crate::features::campaigns::{CampaignDetail, CampaignSummary, CampaignWithIdeas, HomeData};
use crate::server::entities::{campaign, campaign_category, category, idea};

/// How many ideas each current campaign shows on the home page.
const HOME_IDEAS_PER_CAMPAIGN: u64 = 5;

/// How many ideas a campaign page lists.
const CAMPAIGN_PAGE_IDEAS: u64 = 100;

/// The home page's campaigns, split by phase at `now`.
pub async fn home(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<HomeData, DbErr> {
    let campaigns = campaign::Entity::find()
        .order_by(campaign::Column::SubmissionsOpenAt, Order::Desc)
        .order_by(campaign::Column::Id, Order::Desc)
        .all(db)
        .await?;
    let mut home = HomeData {
        current: Vec::new(),
        upcoming: Vec::new(),
        past: Vec::new(),
    };
    for model in campaigns {
        let summary = summary(db, &model, now).await?;
        match summary.phase {
            phase if phase.is_current() => {
                let ideas =
                    ideas::published_cards(db, model.id, IdeaSort::Top, HOME_IDEAS_PER_CAMPAIGN)
                        .await?;
                home.current.push(CampaignWithIdeas {
                    campaign: summary,
                    ideas,
                });
            }
            crate::domain::campaign::CampaignPhase::Upcoming => home.upcoming.push(summary),
            _ => home.past.push(summary),
        }
    }
    Ok(home)
}

/// One campaign by slug, with its ideas in `sort` order.
pub async fn detail(
    db: &DatabaseConnection,
    slug: &str,
    sort: IdeaSort,
    now: DateTime<Utc>,
) -> Result<Option<CampaignDetail>, DbErr> {
    let Some(model) = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let categories = category::Entity::find()
        .join(
            JoinType::InnerJoin,
            category::Relation::CampaignCategory.def(),
        )
        .filter(campaign_category::Column::CampaignId.eq(model.id))
        .order_by(category::Column::Name, Order::Asc)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.name)
        .collect();
    let ideas = ideas::published_cards(db, model.id, sort, CAMPAIGN_PAGE_IDEAS).await?;
    Ok(Some(CampaignDetail {
        campaign: summary(db, &model, now).await?,
        description_html: crate::server::markdown::to_safe_html(&model.description),
        categories,
        sort,
        ideas,
    }))
}

#[derive(FromQueryResult)]
struct Count {
    count: i64,
}

async fn summary(
    db: &DatabaseConnection,
    model: &campaign::Model,
    now: DateTime<Utc>,
) -> Result<CampaignSummary, DbErr> {
    let idea_count = idea::Entity::find()
        .select_only()
        .column_as(idea::Column::Id.count(), "count")
        .filter(idea::Column::CampaignId.eq(model.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .into_model::<Count>()
        .one(db)
        .await?
        .map_or(0, |c| c.count);
    Ok(CampaignSummary {
        slug: model.slug.clone(),
        title: model.title.clone(),
        summary: model.summary.clone(),
        phase: model.phase(now),
        opens_on: uk_date(model.submissions_open_at),
        closes_on: uk_date(model.submissions_close_at),
        voting_closes_on: uk_date(model.voting_closes_at),
        idea_count: u64::try_from(idea_count).unwrap_or(0),
    })
}
