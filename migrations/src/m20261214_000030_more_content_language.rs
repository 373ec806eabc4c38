//! The language the rest of what people write is in (`en` or `cy`), as ideas and
//! comments already say theirs: a listing (its developer says, on the listing form), a
//! draft for comment (its administrator says, on the draft form) and a comment on a
//! draft (the page it was written on). Pages mark these words with it wherever the page
//! is in the other language, and the open data says it. Everything before was English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [Tables::Listings, Tables::Drafts, Tables::DraftComments] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(text(Tables::Language).default("en"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [Tables::Listings, Tables::Drafts, Tables::DraftComments] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Tables::Language)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Tables {
    Listings,
    Drafts,
    DraftComments,
    Language,
}
