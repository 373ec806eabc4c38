//! Ideas put forward in a campaign.
//!
//! `vote_count` and `comment_count` are caches of rows counted elsewhere (votes,
//! comments): they keep list pages to one indexed query and can always be rebuilt.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;
use crate::m20261124_000002_create_categories::Categories;
use crate::m20261124_000003_create_campaigns::Campaigns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ideas::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Ideas::Id))
                    .col(big_integer(Ideas::CampaignId))
                    .col(big_integer(Ideas::AuthorId))
                    .col(big_integer_null(Ideas::CategoryId))
                    // "new" (an idea for a new app or tool) or "existing" (a recommendation).
                    .col(string_len(Ideas::Kind, 16))
                    .col(string_len(Ideas::Title, 120))
                    .col(string_len(Ideas::Slug, 80))
                    .col(string_len(Ideas::Summary, 280))
                    .col(text(Ideas::Description))
                    .col(string_len_null(Ideas::LinkUrl, 2048))
                    // The public status moderators set: new, under_review, shortlisted, …
                    .col(string_len(Ideas::Status, 24).default("new"))
                    .col(text_null(Ideas::StatusReason))
                    // Whether the idea is shown: pending, published, rejected, hidden.
                    .col(string_len(Ideas::Visibility, 16).default("published"))
                    .col(integer(Ideas::VoteCount).default(0))
                    .col(integer(Ideas::CommentCount).default(0))
                    .col(timestamp_with_time_zone(Ideas::CreatedAt))
                    .col(timestamp_with_time_zone(Ideas::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ideas::Table, Ideas::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ideas::Table, Ideas::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ideas::Table, Ideas::CategoryId)
                            .to(Categories::Table, Categories::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // The list pages read "ideas of a campaign, newest first" and "…, most votes first";
        // the id breaks ties so keyset pagination is stable.
        manager
            .create_index(
                Index::create()
                    .name("ideas_campaign_created")
                    .table(Ideas::Table)
                    .col(Ideas::CampaignId)
                    .col(Ideas::CreatedAt)
                    .col(Ideas::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ideas_campaign_votes")
                    .table(Ideas::Table)
                    .col(Ideas::CampaignId)
                    .col(Ideas::VoteCount)
                    .col(Ideas::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ideas_author")
                    .table(Ideas::Table)
                    .col(Ideas::AuthorId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Ideas::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub(crate) enum Ideas {
    Table,
    Id,
    CampaignId,
    AuthorId,
    CategoryId,
    Kind,
    Title,
    Slug,
    Summary,
    Description,
    LinkUrl,
    Status,
    StatusReason,
    Visibility,
    VoteCount,
    CommentCount,
    CreatedAt,
    UpdatedAt,
}
