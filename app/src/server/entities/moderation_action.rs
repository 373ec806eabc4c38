use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// One moderation action: the audit log's row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_actions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Who acted; `None` once their account is deleted, or for the platform itself.
    pub actor_id: Option<i64>,
    pub action: String,
    /// "listing", "idea", "comment", "account".
    pub subject_type: String,
    pub subject_id: i64,
    /// Why, as told to the person concerned.
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
