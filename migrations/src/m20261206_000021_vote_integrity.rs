//! Vote integrity: what the signals of support that did not come from a crowd are read
//! from, and how moderators set a group's support aside without deleting it.
//!
//! - `votes.address_block`: a keyed hash of the /24 (IPv4) or /48 (IPv6) network a
//!   support came from, never the address or the network itself. The key is the
//!   campaign's own (`campaigns.integrity_key`, made at its first support), so blocks
//!   compare within a campaign and nowhere else.
//! - `votes.set_aside_by`: the set-aside that took this support out of every count; the
//!   row stays, and restoring the set-aside clears it.
//! - `vote_set_asides` and `vote_set_aside_accounts`: what a moderator set aside, why,
//!   which accounts, and whether it has been restored.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;
use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        columns::add(
            manager,
            "votes",
            string_len_null(Alias::new("address_block"), 32).take(),
        )
        .await?;
        columns::add(
            manager,
            "votes",
            big_integer_null(Alias::new("set_aside_by")).take(),
        )
        .await?;
        columns::add(
            manager,
            "campaigns",
            string_len_null(Alias::new("integrity_key"), 64).take(),
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteSetAsides::Table)
                    .col(big_pk_auto(VoteSetAsides::Id))
                    .col(big_integer(VoteSetAsides::CampaignId))
                    // `domain::integrity::SignalKind` key.
                    .col(string_len(VoteSetAsides::Signal, 16))
                    // What the signal said when the moderator acted on it.
                    .col(text(VoteSetAsides::Summary))
                    .col(text(VoteSetAsides::Reason))
                    .col(big_integer_null(VoteSetAsides::ModeratorId))
                    .col(timestamp_with_time_zone(VoteSetAsides::CreatedAt))
                    .col(timestamp_with_time_zone_null(VoteSetAsides::RestoredAt))
                    .col(big_integer_null(VoteSetAsides::RestoredBy))
                    .col(text_null(VoteSetAsides::RestoreReason))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteSetAsides::Table, VoteSetAsides::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteSetAsides::Table, VoteSetAsides::ModeratorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteSetAsides::Table, VoteSetAsides::RestoredBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VoteSetAsideAccounts::Table)
                    .col(big_integer(VoteSetAsideAccounts::SetAsideId))
                    .col(big_integer(VoteSetAsideAccounts::UserId))
                    .primary_key(
                        Index::create()
                            .col(VoteSetAsideAccounts::SetAsideId)
                            .col(VoteSetAsideAccounts::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                VoteSetAsideAccounts::Table,
                                VoteSetAsideAccounts::SetAsideId,
                            )
                            .to(VoteSetAsides::Table, VoteSetAsides::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteSetAsideAccounts::Table, VoteSetAsideAccounts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Each support asks whether its account is set aside in its campaign.
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_set_aside_accounts_user")
                    .table(VoteSetAsideAccounts::Table)
                    .col(VoteSetAsideAccounts::UserId)
                    .to_owned(),
            )
            .await?;
        // Restoring finds the supports a set-aside holds.
        manager
            .create_index(
                Index::create()
                    .name("idx_votes_set_aside_by")
                    .table(Alias::new("votes"))
                    .col(Alias::new("set_aside_by"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_votes_set_aside_by")
                    .table(Alias::new("votes"))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(VoteSetAsideAccounts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(VoteSetAsides::Table).to_owned())
            .await?;
        columns::drop(manager, "campaigns", "integrity_key").await?;
        columns::drop(manager, "votes", "set_aside_by").await?;
        columns::drop(manager, "votes", "address_block").await
    }
}

#[derive(DeriveIden)]
enum Campaigns {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum VoteSetAsides {
    Table,
    Id,
    CampaignId,
    Signal,
    Summary,
    Reason,
    ModeratorId,
    CreatedAt,
    RestoredAt,
    RestoredBy,
    RestoreReason,
}

#[derive(DeriveIden)]
enum VoteSetAsideAccounts {
    Table,
    SetAsideId,
    UserId,
}
