//! The pages a public body must publish (accessibility statement, privacy notice,
//! cookies, rules, contact), as administrators have edited them. A page with no row here
//! shows its default text.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SitePages::Table)
                    // `domain::site_page::SitePageKind` key.
                    .col(string_len(SitePages::Slug, 32).primary_key())
                    .col(text(SitePages::Body))
                    .col(big_integer_null(SitePages::UpdatedBy))
                    .col(timestamp_with_time_zone(SitePages::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SitePages::Table, SitePages::UpdatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SitePages::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SitePages {
    Table,
    Slug,
    Body,
    UpdatedBy,
    UpdatedAt,
}
