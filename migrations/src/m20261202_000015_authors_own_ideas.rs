//! Authors looking after their own ideas: when an author withdrew an idea (its
//! visibility is then `withdrawn`, and its page says so, with the date), and whether an
//! earlier version was kept because its author changed it (rather than a moderator,
//! who may also be its author).

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let withdrawn_at = timestamp_with_time_zone_null(Alias::new("withdrawn_at"));
        columns::add(manager, "ideas", withdrawn_at).await?;
        let by_author = boolean(Alias::new("by_author")).default(false).to_owned();
        columns::add(manager, "content_edits", by_author).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        columns::drop(manager, "content_edits", "by_author").await?;
        columns::drop(manager, "ideas", "withdrawn_at").await
    }
}
