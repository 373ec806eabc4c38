use sea_orm::entity::prelude::*;

/// How one person wants to hear about one topic, where it differs from the default.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
    /// `domain::notification::Topic` key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic: String,
    /// `domain::notification::Mode` key.
    pub email: String,
    pub site: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
