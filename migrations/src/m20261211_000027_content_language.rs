//! The language each idea and comment was written in (`en` or `cy`): people's words
//! stay in the language they wrote them in, and pages in the other language mark them
//! with it (`lang`), so that screen readers read them right and search engines know.
//! Everything written before is English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [Written::Ideas, Written::Comments] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(text(Written::Language).default("en"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [Written::Ideas, Written::Comments] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Written::Language)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Written {
    Ideas,
    Comments,
    Language,
}
