use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::assisted::Channel;

/// Someone who takes part through a helper: who helped, how they took part, and the
/// consent they gave. Their account is the `users` row with the same id.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assisted_people")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    pub helper_id: Option<i64>,
    pub channel: Channel,
    /// The consent statement the helper confirmed, as worded on that day.
    #[sea_orm(column_type = "Text")]
    pub consent: String,
    pub consented_at: DateTime<Utc>,
    /// The helper's own reference (a paper form's number); never shown in public.
    pub reference: Option<String>,
    /// `{file hash}:{row}` for a person added by importing a file.
    pub import_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::UserId",
        to = "super::user::Column::Id"
    )]
    Account,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
