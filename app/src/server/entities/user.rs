use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::user::{Role, Segment};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    /// Until when a moderator has suspended the account (it can read, not take part).
    pub suspended_until: Option<DateTime<Utc>>,
    #[sea_orm(column_type = "Text", nullable)]
    pub suspension_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::idea::Entity")]
    Idea,
}

impl Related<super::idea::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Idea.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
