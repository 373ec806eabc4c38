//! The language a listing is written in (`en` or `cy`), as its developer says when
//! writing it, so that pages mark its words with it wherever the page is in the other
//! language, and the open data says it. Every listing before was written in English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Listings::Table)
                    .add_column(text(Listings::Language).default("en"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Listings::Table)
                    .drop_column(Listings::Language)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Listings {
    Table,
    Language,
}
