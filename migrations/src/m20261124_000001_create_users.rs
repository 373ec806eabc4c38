//! People with an account. Sign-in identities (provider, subject) live in their own
//! table so one account can link several providers.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Users::Id))
                    .col(string_len(Users::DisplayName, 80))
                    // "I am a…": public, professional, developer, organisation. Kept as text
                    // so the analysis can group by it on either database.
                    .col(string_len(Users::Segment, 24).default("public"))
                    .col(string_len(Users::Role, 24).default("public"))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    // Deleting an account keeps the row so that content stays attributed to
                    // "deleted account" rather than disappearing.
                    .col(timestamp_with_time_zone_null(Users::DeletedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Users::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub(crate) enum Users {
    Table,
    Id,
    DisplayName,
    Segment,
    Role,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}
