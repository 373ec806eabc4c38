//! Reads of ideas.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, Select,
};

use super::uk_date;
use crate::domain::idea::{IdeaSort, Visibility};
use crate::features::ideas::{AuthorLine, IdeaCard, IdeaDetail};
use crate::server::entities::{campaign, category, idea, user};
use crate::server::markdown::to_safe_html;

/// The published ideas of a campaign, in `sort` order, at most `limit` of them.
pub async fn published_cards(
    db: &DatabaseConnection,
    campaign_id: i64,
    sort: IdeaSort,
    limit: u64,
) -> Result<Vec<IdeaCard>, DbErr> {
    let query = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published));
    // The id breaks ties, so the order is total and stable between requests.
    let query = match sort {
        IdeaSort::Top => query
            .order_by(idea::Column::VoteCount, Order::Desc)
            .order_by(idea::Column::Id, Order::Desc),
        IdeaSort::Newest => query
            .order_by(idea::Column::CreatedAt, Order::Desc)
            .order_by(idea::Column::Id, Order::Desc),
    };
    cards(db, query.limit(limit)).await
}

/// Every idea `author_id` put forward, newest first, whatever its visibility.
pub async fn cards_by_author(
    db: &DatabaseConnection,
    author_id: i64,
) -> Result<Vec<IdeaCard>, DbErr> {
    let query = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(author_id))
        .order_by(idea::Column::CreatedAt, Order::Desc)
        .order_by(idea::Column::Id, Order::Desc);
    cards(db, query).await
}

/// The cards for the ideas `query` selects, with their authors and categories.
async fn cards(
    db: &DatabaseConnection,
    query: Select<idea::Entity>,
) -> Result<Vec<IdeaCard>, DbErr> {
    let rows = query.find_also_related(user::Entity).all(db).await?;
    let categories = category_names(db).await?;
    Ok(rows
        .into_iter()
        .map(|(idea, author)| card(idea, author.as_ref(), &categories))
        .collect())
}

/// One idea, if it exists and is published.
pub async fn published_idea(db: &DatabaseConnection, id: i64) -> Result<Option<IdeaDetail>, DbErr> {
    let Some((idea, author)) = idea::Entity::find_by_id(id)
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(campaign) = campaign::Entity::find_by_id(idea.campaign_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let categories = category_names(db).await?;
    let description_html = to_safe_html(&idea.description);
    let link_url = idea.link_url.clone();
    let status_reason = idea.status_reason.clone();
    Ok(Some(IdeaDetail {
        card: card(idea, author.as_ref(), &categories),
        description_html,
        link_url,
        status_reason,
        campaign_slug: campaign.slug,
        campaign_title: campaign.title,
    }))
}

/// Every category's name by id. The table is small (tens of rows) and read with each
/// list, which is cheaper than a join per idea.
pub async fn category_names(db: &DatabaseConnection) -> Result<HashMap<i64, String>, DbErr> {
    Ok(category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

fn card(
    idea: idea::Model,
    author: Option<&user::Model>,
    categories: &HashMap<i64, String>,
) -> IdeaCard {
    IdeaCard {
        id: idea.id,
        slug: idea.slug,
        title: idea.title,
        summary: idea.summary,
        kind: idea.kind,
        status: idea.status,
        category: idea.category_id.and_then(|id| categories.get(&id).cloned()),
        vote_count: idea.vote_count,
        comment_count: idea.comment_count,
        author: author_line(author),
        submitted_on: uk_date(idea.created_at),
    }
}

/// How an author is named in public: never more than their chosen display name.
fn author_line(author: Option<&user::Model>) -> AuthorLine {
    match author {
        Some(user) if user.deleted_at.is_none() => AuthorLine {
            name: user.display_name.clone(),
            segment: Some(user.segment.label().to_owned()),
        },
        _ => AuthorLine {
            name: "Deleted account".to_owned(),
            segment: None,
        },
    }
}
