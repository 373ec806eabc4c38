//! Telling a large audience after the event rather than in its transaction: a comment on
//! an idea ten thousand people follow wrote ten thousand notification rows while holding
//! the database's write lock (a quarter of a second on SQLite; `bench/fanout`). Now an
//! event whose audience is large writes one `notification_fanouts` row instead, and the
//! worker tells its audience in batches, each batch in its own transaction, keeping its
//! place in `done_through` (the last account told, in id order). When everyone is told,
//! the row goes.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NotificationFanouts::Table)
                    .col(big_pk_auto(NotificationFanouts::Id))
                    // Who is told: `idea` (its followers) or `campaign` (its followers).
                    .col(string_len(NotificationFanouts::Audience, 16))
                    .col(big_integer(NotificationFanouts::AudienceId))
                    .col(string_len(NotificationFanouts::Kind, 24))
                    .col(big_integer_null(NotificationFanouts::IdeaId))
                    .col(big_integer_null(NotificationFanouts::CommentId))
                    .col(big_integer_null(NotificationFanouts::ListingId))
                    .col(big_integer_null(NotificationFanouts::CampaignId))
                    .col(string_len(NotificationFanouts::Detail, 200))
                    // Not told: the person who acted, and those told already in their own
                    // words (comma-separated ids).
                    .col(string_len(NotificationFanouts::Except, 200))
                    .col(timestamp_with_time_zone(NotificationFanouts::CreatedAt))
                    .col(big_integer(NotificationFanouts::DoneThrough).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NotificationFanouts::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum NotificationFanouts {
    Table,
    Id,
    Audience,
    AudienceId,
    Kind,
    IdeaId,
    CommentId,
    ListingId,
    CampaignId,
    Detail,
    Except,
    CreatedAt,
    DoneThrough,
}
