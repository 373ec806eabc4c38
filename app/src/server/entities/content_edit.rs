use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

/// The words of an idea or comment as they were before a moderator edited them.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_edits")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `domain::moderation::Subject` key.
    pub subject_type: String,
    pub subject_id: i64,
    pub editor_id: Option<i64>,
    /// The edited fields as they were, as a JSON object.
    #[sea_orm(column_type = "Text")]
    pub previous: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub created_at: DateTime<Utc>,
    /// Changed by its author, within the limits authors have (not by a moderator).
    pub by_author: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::EditorId",
        to = "super::user::Column::Id"
    )]
    Editor,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Editor.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
