//! Topics shared by ideas and directory listings (long-term conditions, mental health…).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Categories::Id))
                    .col(string_len_uniq(Categories::Slug, 64))
                    .col(string_len(Categories::Name, 80))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Categories::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub(crate) enum Categories {
    Table,
    Id,
    Slug,
    Name,
}
