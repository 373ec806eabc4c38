//! Authors looking after their own ideas: when an author withdrew an idea (its
//! visibility is then `withdrawn`, and its page says so, with the date), and whether an
//! earlier version was kept because its author changed it (rather than a moderator,
//! who may also be its author).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("ideas"))
                    .add_column(timestamp_with_time_zone_null(Alias::new("withdrawn_at")))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("content_edits"))
                    .add_column(boolean(Alias::new("by_author")).default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("content_edits"))
                    .drop_column(Alias::new("by_author"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("ideas"))
                    .drop_column(Alias::new("withdrawn_at"))
                    .to_owned(),
            )
            .await
    }
}
