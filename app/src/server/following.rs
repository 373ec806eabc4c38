//! Who follows what. Putting an idea forward, supporting it or commenting on it
//! follows it, with no row of its own (the idea, vote or comment says so); a person's
//! own choice, either way, is a row in `follows` and wins. Campaigns are followed only
//! by choice.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};

use crate::features::ideas::FollowsIdea;
use crate::server::entities::{comment, follow, idea, vote};

/// What can be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Followed {
    Idea,
    Campaign,
}

impl Followed {
    pub fn key(self) -> &'static str {
        match self {
            Self::Idea => "idea",
            Self::Campaign => "campaign",
        }
    }
}

/// Records `user_id`'s choice to follow (or stop following) `what` number `id`.
pub async fn choose(
    db: &impl ConnectionTrait,
    user_id: i64,
    (what, id): (Followed, i64),
    following: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    follow::Entity::insert(follow::ActiveModel {
        user_id: Set(user_id),
        subject_type: Set(what.key().to_owned()),
        subject_id: Set(id),
        following: Set(following),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            follow::Column::UserId,
            follow::Column::SubjectType,
            follow::Column::SubjectId,
        ])
        .update_columns([follow::Column::Following, follow::Column::CreatedAt])
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// The person's own choice about `what` number `id`, if they made one.
async fn choice(
    db: &impl ConnectionTrait,
    user_id: i64,
    (what, id): (Followed, i64),
) -> Result<Option<bool>, DbErr> {
    Ok(
        follow::Entity::find_by_id((user_id, what.key().to_owned(), id))
            .one(db)
            .await?
            .map(|f| f.following),
    )
}

/// Whether `user_id` follows `idea`, with their support and without it: by their own
/// choice, whichever it was; otherwise supporting it follows it, as do having put it
/// forward and having commented on it.
pub async fn follows_idea(
    db: &impl ConnectionTrait,
    user_id: i64,
    idea: &idea::Model,
) -> Result<FollowsIdea, DbErr> {
    if let Some(chosen) = choice(db, user_id, (Followed::Idea, idea.id)).await? {
        return Ok(FollowsIdea {
            supporting: chosen,
            not_supporting: chosen,
        });
    }
    let otherwise = idea.author_id == user_id
        || comment::Entity::find()
            .filter(comment::Column::AuthorId.eq(user_id))
            .filter(comment::Column::IdeaId.eq(idea.id))
            .count(db)
            .await?
            > 0;
    Ok(FollowsIdea {
        supporting: true,
        not_supporting: otherwise,
    })
}

/// Whether `user_id` follows campaign `campaign_id`.
pub async fn follows_campaign(
    db: &impl ConnectionTrait,
    user_id: i64,
    campaign_id: i64,
) -> Result<bool, DbErr> {
    Ok(choice(db, user_id, (Followed::Campaign, campaign_id))
        .await?
        .unwrap_or(false))
}

/// Everyone who follows `idea`, in id order.
pub async fn idea_followers(
    db: &impl ConnectionTrait,
    idea: &idea::Model,
) -> Result<Vec<i64>, DbErr> {
    let mut followers: BTreeSet<i64> = BTreeSet::from([idea.author_id]);
    let supporters: Vec<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::UserId)
        .filter(vote::Column::IdeaId.eq(idea.id))
        .into_tuple()
        .all(db)
        .await?;
    followers.extend(supporters);
    let commenters: Vec<i64> = comment::Entity::find()
        .select_only()
        .column(comment::Column::AuthorId)
        .distinct()
        .filter(comment::Column::IdeaId.eq(idea.id))
        .into_tuple()
        .all(db)
        .await?;
    followers.extend(commenters);
    for chosen in choices_about(db, (Followed::Idea, idea.id)).await? {
        if chosen.following {
            followers.insert(chosen.user_id);
        } else {
            followers.remove(&chosen.user_id);
        }
    }
    Ok(followers.into_iter().collect())
}

/// Everyone who follows campaign `campaign_id`, in id order.
pub async fn campaign_followers(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Vec<i64>, DbErr> {
    Ok(choices_about(db, (Followed::Campaign, campaign_id))
        .await?
        .into_iter()
        .filter(|c| c.following)
        .map(|c| c.user_id)
        .collect())
}

async fn choices_about(
    db: &impl ConnectionTrait,
    (what, id): (Followed, i64),
) -> Result<Vec<follow::Model>, DbErr> {
    follow::Entity::find()
        .filter(follow::Column::SubjectType.eq(what.key()))
        .filter(follow::Column::SubjectId.eq(id))
        .all(db)
        .await
}
