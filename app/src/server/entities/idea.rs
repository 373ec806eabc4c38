use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::idea::{IdeaKind, IdeaStatus, Visibility};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ideas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub campaign_id: i64,
    pub author_id: i64,
    pub category_id: Option<i64>,
    pub kind: IdeaKind,
    pub title: String,
    pub slug: String,
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub link_url: Option<String>,
    pub status: IdeaStatus,
    #[sea_orm(column_type = "Text", nullable)]
    pub status_reason: Option<String>,
    pub visibility: Visibility,
    pub vote_count: i32,
    pub comment_count: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// See `domain::ranking`.
    pub hot_rank: f64,
    pub duplicate_of_id: Option<i64>,
    pub submission_key: Option<String>,
    /// Further links, as a JSON array of strings.
    #[sea_orm(column_type = "Text", nullable)]
    pub links: Option<String>,
    /// Bumped with every change to the votes or to whether lists show the idea; see
    /// `server::rankings`.
    pub tally_version: i64,
    /// Set by a moderator to stop new comments on a heated discussion.
    pub comments_locked: bool,
    /// When its author withdrew it (its visibility is then `Withdrawn`).
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// What the safeguarding check found, when its author sent it on anyway: it waits
    /// for a moderator (see `domain::safeguarding`).
    #[sea_orm(column_type = "Text", nullable)]
    pub held_for: Option<String>,
    /// The language its author wrote it in.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::campaign::Entity",
        from = "Column::CampaignId",
        to = "super::campaign::Column::Id"
    )]
    Campaign,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AuthorId",
        to = "super::user::Column::Id"
    )]
    Author,
    #[sea_orm(
        belongs_to = "super::category::Entity",
        from = "Column::CategoryId",
        to = "super::category::Column::Id"
    )]
    Category,
}

impl Related<super::campaign::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Campaign.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl Related<super::category::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Category.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
