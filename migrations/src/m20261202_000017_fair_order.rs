//! Whether a campaign shows its ideas in a fair order (a shuffle that changes daily)
//! by default while people support them, so early ideas do not win by being seen first.

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
                    .add_column(boolean(Alias::new("fair_order")).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("campaigns"))
                    .drop_column(Alias::new("fair_order"))
                    .to_owned(),
            )
            .await
    }
}
