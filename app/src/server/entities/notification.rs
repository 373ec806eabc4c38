use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::notification::NotificationKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub kind: NotificationKind,
    /// What it is about: an idea (and a comment on it), a listing, or a campaign; one
    /// of the three.
    pub idea_id: Option<i64>,
    pub comment_id: Option<i64>,
    pub listing_id: Option<i64>,
    pub campaign_id: Option<i64>,
    /// Who or what caused it, as shown: a commenter's name, a status's label.
    pub detail: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
    /// When it was emailed (at once or in a digest), or settled as not to be.
    pub emailed_at: Option<DateTime<Utc>>,
    /// Whether the site lists it.
    pub shown: bool,
    /// To be emailed on its own as soon as it can, not in the day's digest.
    pub email_now: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::idea::Entity",
        from = "Column::IdeaId",
        to = "super::idea::Column::Id"
    )]
    Idea,
}

impl Related<super::idea::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Idea.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
