use sea_orm::entity::prelude::*;

/// One account of a set-aside group.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_set_aside_accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub set_aside_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::vote_set_aside::Entity",
        from = "Column::SetAsideId",
        to = "super::vote_set_aside::Column::Id"
    )]
    SetAside,
}

impl ActiveModelBehavior for ActiveModel {}
