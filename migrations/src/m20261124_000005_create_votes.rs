//! Votes: one row per person per idea. The unique pair is what guarantees one vote per
//! person; `ideas.vote_count` is a cache of these rows.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;
use crate::m20261124_000004_create_ideas::Ideas;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Votes::Table)
                    .if_not_exists()
                    .col(big_integer(Votes::UserId))
                    .col(big_integer(Votes::IdeaId))
                    .col(timestamp_with_time_zone(Votes::CreatedAt))
                    .primary_key(Index::create().col(Votes::UserId).col(Votes::IdeaId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Votes::Table, Votes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Votes::Table, Votes::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Counting an idea's votes (tally rebuilds, merges) reads by idea.
        manager
            .create_index(
                Index::create()
                    .name("votes_idea")
                    .table(Votes::Table)
                    .col(Votes::IdeaId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Votes::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Votes {
    Table,
    UserId,
    IdeaId,
    CreatedAt,
}
