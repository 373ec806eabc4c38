//! Reads of campaigns.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, JoinType, Order,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait,
};

use super::{ideas, uk_date};
use crate::domain::campaign::CategoryOption;
use crate::domain::idea::{IdeaListQuery, Visibility};
use crate::features::campaigns::{CampaignDetail, CampaignSummary, CampaignWithIdeas, HomeData};
use crate::server::entities::{campaign, campaign_category, category, idea};
use crate::server::rankings::Rankings;

/// How many ideas each current campaign shows on the home page.
const HOME_IDEAS_PER_CAMPAIGN: u64 = 5;

/// The home page's campaigns, split by phase at `now`.
pub async fn home(
    db: &DatabaseConnection,
    rankings: &Rankings,
    now: DateTime<Utc>,
) -> Result<HomeData, DbErr> {
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
        let summary = summary(db, rankings, &model, now).await?;
        match summary.phase {
            phase if phase.is_current() => {
                let ideas = ideas::published_cards(
                    db,
                    model.id,
                    model.default_sort(now),
                    HOME_IDEAS_PER_CAMPAIGN,
                )
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

/// One campaign by slug, with the page of its ideas that `query` asks for.
pub async fn detail(
    db: &DatabaseConnection,
    rankings: &crate::server::rankings::Rankings,
    slug: &str,
    query: &IdeaListQuery,
    sort_given: bool,
    now: DateTime<Utc>,
) -> Result<Option<CampaignDetail>, DbErr> {
    let Some(model) = by_slug(db, slug).await? else {
        return Ok(None);
    };
    let categories = categories(db, model.id, crate::i18n::lang()).await?;
    // An address without `sort` means the campaign's own default order.
    let mut query = query.clone();
    query.default_sort = model.default_sort(now);
    if !sort_given {
        query.sort = query.default_sort;
    }
    let query = &query;
    let list = ideas::list_page(db, rankings, model.id, query, ideas::PAGE_SIZE).await?;
    // A whole list's count of matches is the campaign's count of ideas: no need to ask.
    let idea_count = if query.is_unfiltered() {
        list.matching
    } else {
        listed_count(db, rankings, model.id).await?
    };
    let (description, description_language) = model.description_in(crate::i18n::lang());
    Ok(Some(CampaignDetail {
        campaign: counted_summary(&model, now, idea_count),
        description_html: crate::server::markdown::to_safe_html(description),
        description_language,
        categories,
        list,
    }))
}

/// The campaign at `slug`, if there is one.
pub async fn by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<campaign::Model>, DbErr> {
    campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// The categories `campaign_id` offers, as stored (both languages' names), by slug.
pub async fn category_rows(
    db: &DatabaseConnection,
    campaign_id: i64,
) -> Result<Vec<category::Model>, DbErr> {
    category::Entity::find()
        .join(
            JoinType::InnerJoin,
            category::Relation::CampaignCategory.def(),
        )
        .filter(campaign_category::Column::CampaignId.eq(campaign_id))
        .order_by(category::Column::Slug, Order::Asc)
        .all(db)
        .await
}

/// The categories `campaign_id` offers, by name in `lang`.
pub async fn categories(
    db: &DatabaseConnection,
    campaign_id: i64,
    lang: crate::i18n::Lang,
) -> Result<Vec<CategoryOption>, DbErr> {
    let offered = category::Entity::find()
        .join(
            JoinType::InnerJoin,
            category::Relation::CampaignCategory.def(),
        )
        .filter(campaign_category::Column::CampaignId.eq(campaign_id));
    super::categories::options(offered, db, lang).await
}

/// The category `slug`, if `campaign_id` offers it.
pub async fn category_of(
    db: &DatabaseConnection,
    campaign_id: i64,
    slug: &str,
) -> Result<Option<category::Model>, DbErr> {
    category::Entity::find()
        .join(
            JoinType::InnerJoin,
            category::Relation::CampaignCategory.def(),
        )
        .filter(campaign_category::Column::CampaignId.eq(campaign_id))
        .filter(category::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Every campaign, newest first, for the open-data API.
pub async fn all(
    db: &DatabaseConnection,
    rankings: &Rankings,
    now: DateTime<Utc>,
) -> Result<Vec<(campaign::Model, CampaignSummary)>, DbErr> {
    let models = campaign::Entity::find()
        .order_by(campaign::Column::SubmissionsOpenAt, Order::Desc)
        .order_by(campaign::Column::Id, Order::Desc)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(models.len());
    for model in models {
        let summary = summary(db, rankings, &model, now).await?;
        out.push((model, summary));
    }
    Ok(out)
}

/// The campaigns a moderators' page chooses among (newest first, as choices) and the
/// one chosen: `slug`'s, or with `None` the newest that has opened (else the newest);
/// `None` when there is no such campaign.
pub async fn chosen(
    db: &DatabaseConnection,
    slug: Option<&str>,
) -> Result<
    (
        Vec<crate::features::analysis::CampaignChoice>,
        Option<campaign::Model>,
    ),
    DbErr,
> {
    let campaigns = campaign::Entity::find()
        .order_by(campaign::Column::SubmissionsOpenAt, Order::Desc)
        .all(db)
        .await?;
    let chosen = match slug {
        Some(slug) => campaigns.iter().find(|c| c.slug == slug),
        None => campaigns
            .iter()
            .find(|c| c.submissions_open_at <= Utc::now())
            .or(campaigns.first()),
    }
    .cloned();
    let choices = campaigns
        .into_iter()
        .map(|c| crate::features::analysis::CampaignChoice {
            title: c.title_in(crate::i18n::lang()).0.to_owned(),
            slug: c.slug,
        })
        .collect();
    Ok((choices, chosen))
}

#[derive(FromQueryResult)]
struct Count {
    count: i64,
}

pub async fn summary(
    db: &DatabaseConnection,
    rankings: &Rankings,
    model: &campaign::Model,
    now: DateTime<Utc>,
) -> Result<CampaignSummary, DbErr> {
    let idea_count = listed_count(db, rankings, model.id).await?;
    Ok(counted_summary(model, now, idea_count))
}

/// The summary of `model`, which lists show `idea_count` ideas of.
fn counted_summary(
    model: &campaign::Model,
    now: DateTime<Utc>,
    idea_count: u64,
) -> CampaignSummary {
    let lang = crate::i18n::lang();
    let (title, language) = model.title_in(lang);
    CampaignSummary {
        slug: model.slug.clone(),
        title: title.to_owned(),
        summary: model.summary_in(lang).0.to_owned(),
        language,
        phase: model.phase(now),
        opens_on: uk_date(model.submissions_open_at),
        closes_on: uk_date(model.submissions_close_at),
        voting_closes_on: uk_date(model.voting_closes_at),
        idea_count,
        support_budget: model.support_budget,
    }
}

/// How many ideas of `campaign_id` lists show. The rankings hold exactly those;
/// counting them in the database means visiting every idea of the campaign (100,000 in
/// the load test), so it is only done when the rankings cannot answer.
async fn listed_count(
    db: &DatabaseConnection,
    rankings: &Rankings,
    campaign_id: i64,
) -> Result<u64, DbErr> {
    if let Some(count) = rankings.count(campaign_id).await {
        return Ok(count);
    }
    let count = idea::Entity::find()
        .select_only()
        .column_as(idea::Column::Id.count(), "count")
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .into_model::<Count>()
        .one(db)
        .await?
        .map_or(0, |c| c.count);
    Ok(u64::try_from(count).unwrap_or(0))
}
