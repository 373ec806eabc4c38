//! Following, and what each person wants to be told and how.
//!
//! - `follows`: a person's own choice to follow (`following = true`) or to stop
//!   following (`false`) an idea or a campaign. Supporting or commenting on an idea
//!   follows it without a row here (the vote or comment says so); a `false` row is how
//!   a supporter stops hearing about it.
//! - `notification_preferences`: per person and topic (`domain::notification::Topic`),
//!   how email and the site tell them (`now`, `daily`, `off`). Only choices that differ
//!   from the defaults are stored.
//! - `notifications.emailed_at`: when the notification went out by email, or was
//!   settled as not to be emailed; a daily digest gathers the rows still without it.
//!   `notifications.shown`: whether the site lists it (the person may want email only);
//!   `notifications.email_now`: to be emailed on its own rather than in the digest.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;
use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Follows::Table)
                    .col(big_integer(Follows::UserId))
                    // `idea` or `campaign`.
                    .col(string_len(Follows::SubjectType, 16))
                    .col(big_integer(Follows::SubjectId))
                    .col(boolean(Follows::Following))
                    .col(timestamp_with_time_zone(Follows::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Follows::UserId)
                            .col(Follows::SubjectType)
                            .col(Follows::SubjectId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Follows::Table, Follows::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Who follows this idea or campaign.
        manager
            .create_index(
                Index::create()
                    .name("idx_follows_subject")
                    .table(Follows::Table)
                    .col(Follows::SubjectType)
                    .col(Follows::SubjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(big_integer(NotificationPreferences::UserId))
                    .col(string_len(NotificationPreferences::Topic, 24))
                    .col(string_len(NotificationPreferences::Email, 8))
                    .col(string_len(NotificationPreferences::Site, 8))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Topic),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                NotificationPreferences::Table,
                                NotificationPreferences::UserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        columns::add(
            manager,
            "notifications",
            timestamp_with_time_zone_null(Alias::new("emailed_at")).take(),
        )
        .await?;
        columns::add(
            manager,
            "notifications",
            boolean(Alias::new("shown")).default(true).take(),
        )
        .await?;
        // To be emailed on its own as soon as it can, rather than in the day's digest.
        columns::add(
            manager,
            "notifications",
            boolean(Alias::new("email_now")).default(false).take(),
        )
        .await?;
        // What was there before is not emailed now.
        manager
            .get_connection()
            .execute_unprepared("UPDATE notifications SET emailed_at = created_at")
            .await?;
        // The digest asks for what has not been emailed yet.
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_emailed")
                    .table(Alias::new("notifications"))
                    .col(Alias::new("emailed_at"))
                    .col(Alias::new("user_id"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_notifications_emailed")
                    .table(Alias::new("notifications"))
                    .to_owned(),
            )
            .await?;
        columns::drop(manager, "notifications", "email_now").await?;
        columns::drop(manager, "notifications", "shown").await?;
        columns::drop(manager, "notifications", "emailed_at").await?;
        manager
            .drop_table(
                Table::drop()
                    .table(NotificationPreferences::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Follows::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Follows {
    Table,
    UserId,
    SubjectType,
    SubjectId,
    Following,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    Topic,
    Email,
    Site,
}
