use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A document published for comment (`domain::draft`); its words are in its versions.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// Comments, supports and questions are taken from here…
    pub opens_at: DateTime<Utc>,
    /// …until here.
    pub closes_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// The language its administrator wrote it in.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
