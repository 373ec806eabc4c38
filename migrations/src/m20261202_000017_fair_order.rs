//! Whether a campaign shows its ideas in a fair order (a shuffle that changes daily)
//! by default while people support them, so early ideas do not win by being seen first.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let fair_order = boolean(Alias::new("fair_order")).default(false).to_owned();
        columns::add(manager, "campaigns", fair_order).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        columns::drop(manager, "campaigns", "fair_order").await
    }
}
