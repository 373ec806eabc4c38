use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A statutory page as an administrator last saved it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "site_pages")]
pub struct Model {
    /// `domain::site_page::SitePageKind` key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub slug: String,
    /// Markdown.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// The page in Welsh (Markdown); empty until written.
    #[sea_orm(column_type = "Text")]
    pub body_cy: String,
    pub updated_by: Option<i64>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
