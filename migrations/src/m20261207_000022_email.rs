//! Email: a person's address, the site's own signing key, and the outbox.
//!
//! - `users.email`: the confirmed address (never shown publicly); `email_pending` the
//!   address waiting for its confirmation link, so a newer request retires an older
//!   link; `email_failures` counts hard failures in a row, and `email_stopped_at` says
//!   when sending stopped because of them.
//! - `site_keys`: secrets the site makes for itself on first start (the key that signs
//!   confirmation and unsubscribe links), shared by every instance through the database.
//! - `email_outbox`: each message, written in the same transaction as what causes it,
//!   until sent (and kept afterwards as the log). `dedupe_key` is unique, so an event is
//!   queued for a person once however many times, or instances, try.

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
            string_len_null(Alias::new("email"), 254).take(),
        )
        .await?;
        columns::add(
            manager,
            "users",
            timestamp_with_time_zone_null(Alias::new("email_verified_at")).take(),
        )
        .await?;
        columns::add(
            manager,
            "users",
            string_len_null(Alias::new("email_pending"), 254).take(),
        )
        .await?;
        columns::add(
            manager,
            "users",
            integer(Alias::new("email_failures")).default(0).take(),
        )
        .await?;
        columns::add(
            manager,
            "users",
            timestamp_with_time_zone_null(Alias::new("email_stopped_at")).take(),
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(SiteKeys::Table)
                    .col(string_len(SiteKeys::Name, 40).primary_key())
                    .col(string_len(SiteKeys::Secret, 128))
                    .col(timestamp_with_time_zone(SiteKeys::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailOutbox::Table)
                    .col(big_pk_auto(EmailOutbox::Id))
                    .col(big_integer_null(EmailOutbox::UserId))
                    .col(string_len(EmailOutbox::Address, 254))
                    // What caused it (`confirm_address`, `digest`…), for the log.
                    .col(string_len(EmailOutbox::Kind, 40))
                    .col(string_len(EmailOutbox::DedupeKey, 160))
                    .col(string_len(EmailOutbox::Subject, 200))
                    .col(text(EmailOutbox::BodyText))
                    .col(text(EmailOutbox::BodyHtml))
                    // Where `List-Unsubscribe` points; none for messages a person asked
                    // for themselves (a confirmation link).
                    .col(text_null(EmailOutbox::UnsubscribeUrl))
                    .col(integer(EmailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(EmailOutbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(EmailOutbox::SentAt))
                    .col(timestamp_with_time_zone_null(EmailOutbox::FailedAt))
                    .col(text_null(EmailOutbox::LastError))
                    .col(timestamp_with_time_zone(EmailOutbox::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailOutbox::Table, EmailOutbox::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_dedupe")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::DedupeKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // The worker asks for what is due and not yet sent.
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_due")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::SentAt)
                    .col(EmailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_outbox_user")
                    .table(EmailOutbox::Table)
                    .col(EmailOutbox::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EmailOutbox::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SiteKeys::Table).to_owned())
            .await?;
        for column in [
            "email_stopped_at",
            "email_failures",
            "email_pending",
            "email_verified_at",
            "email",
        ] {
            columns::drop(manager, "users", column).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum SiteKeys {
    Table,
    Name,
    Secret,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EmailOutbox {
    Table,
    Id,
    UserId,
    Address,
    Kind,
    DedupeKey,
    Subject,
    BodyText,
    BodyHtml,
    UnsubscribeUrl,
    Attempts,
    NextAttemptAt,
    SentAt,
    FailedAt,
    LastError,
    CreatedAt,
}
