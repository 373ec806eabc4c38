use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::draft::Reaction;

/// A person's support for, or question about, one paragraph: one per person per
/// paragraph.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_reactions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub version_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub paragraph: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    pub kind: Reaction,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
