//! A campaign's support budget: how many of its ideas each person may support at once
//! (none: no limit). Withdrawing support frees one.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("campaigns"))
                    .add_column(integer_null(Alias::new("support_budget")))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("campaigns"))
                    .drop_column(Alias::new("support_budget"))
                    .to_owned(),
            )
            .await
    }
}
