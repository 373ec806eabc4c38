use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::listing::{Cost, ListingStatus};

/// A listing in the directory, with its published version's fields copied onto it so
/// that the public directory reads one table.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "listings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_id: i64,
    pub status: ListingStatus,
    pub slug: String,
    /// The approved revision the public sees, if any.
    pub live_revision_id: Option<i64>,
    /// The revision being drafted or reviewed, if any (while an approved one stays live).
    pub pending_revision_id: Option<i64>,
    pub name: String,
    pub tagline: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub organisation: String,
    pub cost: Option<Cost>,
    /// ",web,ios," (see the migration): filters match ",web,".
    pub platforms: String,
    pub categories: String,
    pub audiences: String,
    pub created_at: DateTime<Utc>,
    /// When what the feed shows last changed (published, updated, archived).
    pub changed_at: DateTime<Utc>,
    pub last_reviewed_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    /// The language its published version is written in.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::OwnerId",
        to = "super::user::Column::Id"
    )]
    Owner,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Owner.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
