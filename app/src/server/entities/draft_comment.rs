use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// A comment on one paragraph of one version of a draft.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draft_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub version_id: i64,
    /// The paragraph's position in its version, from 1.
    pub paragraph: i32,
    pub author_id: i64,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTime<Utc>,
    /// Hidden by a moderator; the audit log says why.
    pub hidden_at: Option<DateTime<Utc>>,
    /// The language of the page it was written on.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AuthorId",
        to = "super::user::Column::Id"
    )]
    Author,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
