//! What a campaign's Atom feed tells: ideas as they are put forward, and each change
//! of an idea's status, newest first. Only public ideas appear; a status change is
//! read from the moderation log, where every one is recorded with its reason.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::idea::{Visibility, idea_href};
use crate::server::entities::{idea, moderation_action};

/// One thing that happened in a campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedEvent {
    /// Stable for the event: `idea-{id}` or `status-{log id}`.
    pub key: String,
    pub at: DateTime<Utc>,
    pub title: String,
    pub summary: String,
    pub path: String,
}

/// The latest `limit` events of campaign `campaign_id`.
pub async fn campaign_events(
    db: &DatabaseConnection,
    campaign_id: i64,
    limit: u64,
) -> Result<Vec<FeedEvent>, DbErr> {
    let public = || {
        idea::Entity::find()
            .filter(idea::Column::CampaignId.eq(campaign_id))
            .filter(idea::Column::Visibility.eq(Visibility::Published))
    };
    let new_ideas = public()
        .order_by_desc(idea::Column::CreatedAt)
        .order_by_desc(idea::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let changes = moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("idea"))
        .filter(moderation_action::Column::Action.is_in(["idea.status", "idea.merged"]))
        .filter(
            moderation_action::Column::SubjectId.in_subquery(
                Query::select()
                    .column(idea::Column::Id)
                    .from(idea::Entity)
                    .and_where(idea::Column::CampaignId.eq(campaign_id))
                    .and_where(idea::Column::Visibility.eq(Visibility::Published))
                    .to_owned(),
            ),
        )
        .order_by_desc(moderation_action::Column::CreatedAt)
        .order_by_desc(moderation_action::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    // The ideas the changes are about, for their titles and addresses.
    let changed: std::collections::HashMap<i64, idea::Model> = idea::Entity::find()
        .filter(idea::Column::Id.is_in(changes.iter().map(|c| c.subject_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut events: Vec<FeedEvent> = new_ideas
        .into_iter()
        .map(|i| FeedEvent {
            key: format!("idea-{}", i.id),
            at: i.created_at,
            path: idea_href(i.id, &i.slug),
            title: i.title,
            summary: i.summary,
        })
        .collect();
    events.extend(changes.into_iter().filter_map(|c| {
        let idea = changed.get(&c.subject_id)?;
        Some(FeedEvent {
            key: format!("status-{}", c.id),
            at: c.created_at,
            title: match c.action.as_str() {
                "idea.merged" => crate::t!("feed-merged", idea = idea.title.as_str()),
                _ => crate::t!("feed-new-status", idea = idea.title.as_str()),
            },
            summary: c.reason.unwrap_or_default(),
            path: idea_href(idea.id, &idea.slug),
        })
    }));
    events.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.key.cmp(&a.key)));
    events.truncate(limit as usize);
    Ok(events)
}
