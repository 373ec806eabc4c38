//! Reports of ideas, comments and listings by signed-in people, and account suspension.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One report per person per item: the threshold counts distinct people.
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(big_pk_auto(Reports::Id))
                    .col(big_integer(Reports::ReporterId))
                    .col(string_len(Reports::SubjectType, 32))
                    .col(big_integer(Reports::SubjectId))
                    .col(string_len(Reports::Reason, 32))
                    .col(text_null(Reports::Detail))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    // Set when a moderator dealt with it (hid, restored or dismissed).
                    .col(timestamp_with_time_zone_null(Reports::ResolvedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::ReporterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reports_one_per_person")
                    .table(Reports::Table)
                    .col(Reports::SubjectType)
                    .col(Reports::SubjectId)
                    .col(Reports::ReporterId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reports_open")
                    .table(Reports::Table)
                    .col(Reports::ResolvedAt)
                    .col(Reports::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Alias::new("suspended_until")))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(text_null(Alias::new("suspension_reason")))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["suspension_reason", "suspended_until"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Reports::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    ReporterId,
    SubjectType,
    SubjectId,
    Reason,
    Detail,
    CreatedAt,
    ResolvedAt,
}
