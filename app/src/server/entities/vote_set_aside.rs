use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A group of accounts whose support in one campaign a moderator set aside: kept, left
/// out of every count, until restored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_set_asides")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub campaign_id: i64,
    /// `domain::integrity::SignalKind` key.
    pub signal: String,
    /// What the signal said when the moderator acted.
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub moderator_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub restored_at: Option<DateTime<Utc>>,
    pub restored_by: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub restore_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
