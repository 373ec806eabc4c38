//! Whether a report's author was an established member when they made it (only their
//! reports count towards hiding something before a moderator has looked), and whether a
//! moderator upheld it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Reports made before this column existed do not count: a moderator reviews them.
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("reports"))
                    .add_column(boolean(Alias::new("reporter_established")).default(false))
                    .to_owned(),
            )
            .await?;
        // Whether a moderator agreed with it (the item ended hidden), for the reporter's
        // standing the next time they report something.
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("reports"))
                    .add_column(boolean(Alias::new("upheld")).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["reporter_established", "upheld"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("reports"))
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
