use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// One person's report of an idea, comment or listing.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub reporter_id: i64,
    /// `domain::moderation::Subject` key.
    pub subject_type: String,
    pub subject_id: i64,
    /// `domain::moderation::ReportReason` key.
    pub reason: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    /// Whether the reporter was established when they reported it (`ReportPolicy`): only
    /// those reports count towards hiding before a moderator has looked.
    pub reporter_established: bool,
    /// Whether a moderator's decision left the item hidden.
    pub upheld: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
