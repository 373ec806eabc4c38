use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// One version of a draft's words, numbered from 1; the highest is the current one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub draft_id: i64,
    pub number: i32,
    /// Markdown; its paragraphs are `domain::draft::paragraphs`.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// What changed since the version before, in the administrator's words.
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub published_by: Option<i64>,
    pub published_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
