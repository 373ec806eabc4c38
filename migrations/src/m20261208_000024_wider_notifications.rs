//! Notifications about more than ideas: a developer's listing (review decisions,
//! reports, hiding and restoring) and a campaign (its phases and its closing date
//! coming), and the record of which campaign milestones have been announced.
//!
//! - `notifications.idea_id` becomes optional, beside new optional `listing_id` and
//!   `campaign_id`; each row is about exactly one of the three. PostgreSQL drops the
//!   `NOT NULL`; SQLite cannot, so the table is rebuilt (copied into a new table of the
//!   new shape, which then takes the old one's name and indexes).
//! - `campaign_milestones`: one row per campaign, milestone and the time it falls at,
//!   inserted by whichever instance announces it first. The time is in the key, so a
//!   closing date moved later is announced again.

use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;
use crate::m20261124_000003_create_campaigns::Campaigns;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every column the rebuilt table copies from the old one.
const KEPT: &str = "id, user_id, kind, idea_id, comment_id, detail, created_at, read_at, \
                    emailed_at, shown, email_now";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// On SQLite too: a rebuild half done (the old table dropped, the new one not yet
    /// named) must not be left behind.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => rebuild(manager, true).await?,
            _ => {
                db.execute_unprepared(
                    "ALTER TABLE notifications ALTER COLUMN idea_id DROP NOT NULL",
                )
                .await?;
                for (column, table) in [("listing_id", "listings"), ("campaign_id", "campaigns")] {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE notifications ADD COLUMN {column} bigint \
                         REFERENCES {table} (id) ON DELETE CASCADE"
                    ))
                    .await?;
                }
            }
        }
        manager
            .create_table(
                Table::create()
                    .table(CampaignMilestones::Table)
                    .col(big_integer(CampaignMilestones::CampaignId))
                    // `opened`, `submissions_closed`, `closing_soon`, `closed`.
                    .col(string_len(CampaignMilestones::Milestone, 24))
                    .col(timestamp_with_time_zone(CampaignMilestones::FallsAt))
                    .col(timestamp_with_time_zone(CampaignMilestones::AnnouncedAt))
                    .primary_key(
                        Index::create()
                            .col(CampaignMilestones::CampaignId)
                            .col(CampaignMilestones::Milestone)
                            .col(CampaignMilestones::FallsAt),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignMilestones::Table, CampaignMilestones::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CampaignMilestones::Table).to_owned())
            .await?;
        let db = manager.get_connection();
        // What is not about an idea cannot be kept in the old shape.
        db.execute_unprepared("DELETE FROM notifications WHERE idea_id IS NULL")
            .await?;
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => rebuild(manager, false).await,
            _ => db
                .execute_unprepared(
                    "ALTER TABLE notifications DROP COLUMN listing_id, DROP COLUMN campaign_id, \
                     ALTER COLUMN idea_id SET NOT NULL",
                )
                .await
                .map(|_| ()),
        }
    }
}

/// Rebuilds SQLite's notifications table in the shape [`notifications_table`] gives for
/// `wide`, keeping every row: a new table, the rows copied, the old one dropped and the
/// new one named as it was, with its indexes.
async fn rebuild(manager: &SchemaManager<'_>, wide: bool) -> Result<(), DbErr> {
    manager
        .create_table(notifications_table(NotificationsNew::Table, wide))
        .await?;
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "INSERT INTO notifications_new ({KEPT}) SELECT {KEPT} FROM notifications"
        ))
        .await?;
    manager
        .drop_table(Table::drop().table(Notifications::Table).to_owned())
        .await?;
    manager
        .rename_table(
            Table::rename()
                .table(NotificationsNew::Table, Notifications::Table)
                .to_owned(),
        )
        .await?;
    create_indexes(manager).await
}

/// The notifications table as SQLite rebuilds it: `wide` with the optional idea,
/// listing and campaign, otherwise as it was before this migration.
fn notifications_table(name: NotificationsNew, wide: bool) -> TableCreateStatement {
    let mut table = Table::create();
    table
        .table(name)
        .col(big_pk_auto(Notifications::Id))
        .col(big_integer(Notifications::UserId))
        .col(string_len(Notifications::Kind, 24));
    if wide {
        table.col(big_integer_null(Notifications::IdeaId));
    } else {
        table.col(big_integer(Notifications::IdeaId));
    }
    table
        .col(big_integer_null(Notifications::CommentId))
        .col(string_len(Notifications::Detail, 200))
        .col(timestamp_with_time_zone(Notifications::CreatedAt))
        .col(timestamp_with_time_zone_null(Notifications::ReadAt))
        .col(timestamp_with_time_zone_null(Notifications::EmailedAt))
        .col(boolean(Notifications::Shown).default(true))
        .col(boolean(Notifications::EmailNow).default(false))
        .foreign_key(
            ForeignKey::create()
                .from(name, Notifications::UserId)
                .to(Users::Table, Users::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(name, Notifications::IdeaId)
                .to(Alias::new("ideas"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        );
    if wide {
        table
            .col(big_integer_null(Notifications::ListingId))
            .col(big_integer_null(Notifications::CampaignId))
            .foreign_key(
                ForeignKey::create()
                    .from(name, Notifications::ListingId)
                    .to(Alias::new("listings"), Alias::new("id"))
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .foreign_key(
                ForeignKey::create()
                    .from(name, Notifications::CampaignId)
                    .to(Campaigns::Table, Campaigns::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            );
    }
    table.to_owned()
}

/// The two indexes the notifications table had, made again on the rebuilt one.
async fn create_indexes(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_index(
            Index::create()
                .name("notifications_user_created")
                .table(Notifications::Table)
                .col(Notifications::UserId)
                .col(Notifications::CreatedAt)
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_notifications_emailed")
                .table(Notifications::Table)
                .col(Notifications::EmailedAt)
                .col(Notifications::UserId)
                .to_owned(),
        )
        .await
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    IdeaId,
    CommentId,
    Detail,
    CreatedAt,
    ReadAt,
    EmailedAt,
    Shown,
    EmailNow,
    ListingId,
    CampaignId,
}

#[derive(DeriveIden, Clone, Copy)]
enum NotificationsNew {
    Table,
}

#[derive(DeriveIden)]
enum CampaignMilestones {
    Table,
    CampaignId,
    Milestone,
    FallsAt,
    AnnouncedAt,
}
