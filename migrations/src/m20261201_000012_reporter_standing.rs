//! Whether a report's author was an established member when they made it (only their
//! reports count towards hiding something before a moderator has looked), and whether a
//! moderator upheld it.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Reports made before this column existed do not count: a moderator reviews them.
        let established = boolean(Alias::new("reporter_established"))
            .default(false)
            .to_owned();
        columns::add(manager, "reports", established).await?;
        // Whether a moderator agreed with it (the item ended hidden), for the reporter's
        // standing the next time they report something.
        let upheld = boolean(Alias::new("upheld")).default(false).to_owned();
        columns::add(manager, "reports", upheld).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["reporter_established", "upheld"] {
            columns::drop(manager, "reports", column).await?;
        }
        Ok(())
    }
}
