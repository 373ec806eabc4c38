//! What the safeguarding check found in an idea or comment its author sent on anyway
//! (JSON, see `app::domain::safeguarding::Concerns`): the item waits for a moderator,
//! who sees this. Kept after approval, so the audit trail shows why it was held.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["ideas", "comments"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            columns::add(manager, table, text_null(Alias::new("held_for"))).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            columns::drop(manager, table, "held_for").await?;
        }
        Ok(())
    }
}
