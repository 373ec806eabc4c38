use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A developer's organisation: what makes a signed-in person a developer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "developer_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    pub organisation: String,
    pub website_url: Option<String>,
    pub contact_email: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Set when a moderator revoked it; the person is no longer a developer.
    pub revoked_at: Option<DateTime<Utc>>,
    #[sea_orm(column_type = "Text", nullable)]
    pub revoked_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
