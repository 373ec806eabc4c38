//! Time-boxed exercises, and the categories each one offers.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000002_create_categories::Categories;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Campaigns::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Campaigns::Id))
                    .col(string_len_uniq(Campaigns::Slug, 80))
                    .col(string_len(Campaigns::Title, 120))
                    .col(string_len(Campaigns::Summary, 280))
                    .col(text(Campaigns::Description))
                    .col(timestamp_with_time_zone(Campaigns::SubmissionsOpenAt))
                    .col(timestamp_with_time_zone(Campaigns::SubmissionsCloseAt))
                    .col(timestamp_with_time_zone(Campaigns::VotingClosesAt))
                    // "pre" hides new ideas until a moderator approves them; "post" shows them
                    // at once and relies on reports and review afterwards.
                    .col(string_len(Campaigns::ModerationMode, 8).default("post"))
                    .col(timestamp_with_time_zone(Campaigns::CreatedAt))
                    .col(timestamp_with_time_zone(Campaigns::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CampaignCategories::Table)
                    .if_not_exists()
                    .col(big_integer(CampaignCategories::CampaignId))
                    .col(big_integer(CampaignCategories::CategoryId))
                    .primary_key(
                        Index::create()
                            .col(CampaignCategories::CampaignId)
                            .col(CampaignCategories::CategoryId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignCategories::Table, CampaignCategories::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignCategories::Table, CampaignCategories::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CampaignCategories::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Campaigns::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub(crate) enum Campaigns {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    Description,
    SubmissionsOpenAt,
    SubmissionsCloseAt,
    VotingClosesAt,
    ModerationMode,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CampaignCategories {
    Table,
    CampaignId,
    CategoryId,
}
