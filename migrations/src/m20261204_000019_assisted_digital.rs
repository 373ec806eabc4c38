//! Assisted digital: people who take part through a helper (in person, by phone, on
//! paper) rather than by signing in. Each has an ordinary account row, marked
//! `users.assisted` so that what they put forward reads "submitted with help", and no
//! way to sign in; `assisted_people` records who helped them, how they took part, and
//! the consent they gave.

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
            "users",
            boolean(Alias::new("assisted")).default(false).take(),
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(AssistedPeople::Table)
                    .col(big_integer(AssistedPeople::UserId).primary_key())
                    // The helper who recorded them; kept as null if that account goes.
                    .col(big_integer_null(AssistedPeople::HelperId))
                    // `domain::assisted::Channel` key.
                    .col(string_len(AssistedPeople::Channel, 16))
                    // The words the helper confirmed, as they read on that day.
                    .col(text(AssistedPeople::Consent))
                    .col(timestamp_with_time_zone(AssistedPeople::ConsentedAt))
                    // The helper's own reference (a paper form's number); never public.
                    .col(string_len_null(AssistedPeople::Reference, 60))
                    // A row of an imported file, so that importing it again adds nobody twice.
                    .col(string_len_null(AssistedPeople::ImportKey, 100).unique_key())
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssistedPeople::Table, AssistedPeople::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssistedPeople::Table, AssistedPeople::HelperId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assisted_people_helper")
                    .table(AssistedPeople::Table)
                    .col(AssistedPeople::HelperId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AssistedPeople::Table).to_owned())
            .await?;
        columns::drop(manager, "users", "assisted").await
    }
}

#[derive(DeriveIden)]
enum AssistedPeople {
    Table,
    UserId,
    HelperId,
    Channel,
    Consent,
    ConsentedAt,
    Reference,
    ImportKey,
}
