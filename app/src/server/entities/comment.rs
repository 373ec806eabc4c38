use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::idea::Visibility;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub idea_id: i64,
    pub author_id: i64,
    /// The comment this one replies to; replies are one level deep.
    pub parent_id: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub visibility: Visibility,
    pub submission_key: Option<String>,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    /// Deleted by its author: the text is gone, the place in the thread stays for the
    /// replies under it.
    pub deleted_at: Option<DateTime<Utc>>,
    /// What the safeguarding check found, when its author sent it on anyway: it waits
    /// for a moderator (see `domain::safeguarding`).
    #[sea_orm(column_type = "Text", nullable)]
    pub held_for: Option<String>,
    /// The language its author wrote it in.
    pub language: crate::i18n::Lang,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::idea::Entity",
        from = "Column::IdeaId",
        to = "super::idea::Column::Id"
    )]
    Idea,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::AuthorId",
        to = "super::user::Column::Id"
    )]
    Author,
}

impl Related<super::idea::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Idea.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
