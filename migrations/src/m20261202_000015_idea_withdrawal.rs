//! When an idea's author withdrew it (its visibility is then `withdrawn`): its page
//! says so, with the date.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("ideas"))
                    .add_column(timestamp_with_time_zone_null(Alias::new("withdrawn_at")))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("ideas"))
                    .drop_column(Alias::new("withdrawn_at"))
                    .to_owned(),
            )
            .await
    }
}
