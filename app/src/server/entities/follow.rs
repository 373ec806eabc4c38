use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A person's own choice to follow an idea or campaign, or to stop.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follows")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    /// `idea` or `campaign`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub subject_type: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub subject_id: i64,
    pub following: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
