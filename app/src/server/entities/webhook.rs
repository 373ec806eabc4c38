use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A consumer told of directory changes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhooks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub url: String,
    /// Signs each delivery (HMAC-SHA256); shown to the admin once.
    pub secret: String,
    pub description: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
