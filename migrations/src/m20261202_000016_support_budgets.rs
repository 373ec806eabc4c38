//! A campaign's support budget: how many of its ideas each person may support at once
//! (none: no limit). Withdrawing support frees one.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let budget = integer_null(Alias::new("support_budget"));
        columns::add(manager, "campaigns", budget).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        columns::drop(manager, "campaigns", "support_budget").await
    }
}
