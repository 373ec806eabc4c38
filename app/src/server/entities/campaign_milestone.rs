use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A campaign milestone announced to its followers: inserted by whichever instance
/// announces it first, so that it is announced once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign_milestones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub campaign_id: i64,
    /// `domain::campaign::Milestone::key`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub milestone: String,
    /// When it falls: a date moved later is a new milestone, announced again.
    #[sea_orm(primary_key, auto_increment = false)]
    pub falls_at: DateTime<Utc>,
    pub announced_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
