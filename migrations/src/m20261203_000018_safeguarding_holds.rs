//! What the safeguarding check found in an idea or comment its author sent on anyway
//! (JSON, see `app::domain::safeguarding::Concerns`): the item waits for a moderator,
//! who sees this. Kept after approval, so the audit trail shows why it was held.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["ideas", "comments"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(text_null(Alias::new("held_for")))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("held_for"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
