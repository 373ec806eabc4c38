//! The directory of apps and tools: developers' organisation profiles, listings and
//! their revisions, the ideas a listing answers, the record of moderation actions, and
//! the webhooks that tell other services about changes.

use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;
use crate::m20261124_000004_create_ideas::Ideas;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A person becomes a developer by describing the organisation they list apps
        // for; a moderator may revoke it (kept, with the reason, rather than deleted).
        manager
            .create_table(
                Table::create()
                    .table(DeveloperProfiles::Table)
                    .col(big_integer(DeveloperProfiles::UserId).primary_key())
                    .col(string_len(DeveloperProfiles::Organisation, 200))
                    .col(string_len_null(DeveloperProfiles::WebsiteUrl, 2048))
                    .col(string_len(DeveloperProfiles::ContactEmail, 254))
                    .col(timestamp_with_time_zone(DeveloperProfiles::CreatedAt))
                    .col(timestamp_with_time_zone(DeveloperProfiles::UpdatedAt))
                    .col(timestamp_with_time_zone_null(DeveloperProfiles::RevokedAt))
                    .col(text_null(DeveloperProfiles::RevokedReason))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DeveloperProfiles::Table, DeveloperProfiles::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        // A listing, with the published version's searchable and filterable fields
        // copied onto it (so the public directory is one indexed table). Multi-valued
        // fields are stored as ",a,b," so that a filter is a LIKE on ",a,".
        manager
            .create_table(
                Table::create()
                    .table(Listings::Table)
                    .col(big_pk_auto(Listings::Id))
                    .col(big_integer(Listings::OwnerId))
                    .col(string_len(Listings::Status, 32))
                    .col(string_len(Listings::Slug, 160))
                    .col(big_integer_null(Listings::LiveRevisionId))
                    .col(big_integer_null(Listings::PendingRevisionId))
                    .col(string_len(Listings::Name, 120))
                    .col(string_len(Listings::Tagline, 200))
                    .col(text(Listings::Description))
                    .col(string_len(Listings::Organisation, 200))
                    .col(string_len_null(Listings::Cost, 32))
                    .col(string_len(Listings::Platforms, 200))
                    .col(string_len(Listings::Categories, 1000))
                    .col(string_len(Listings::Audiences, 200))
                    .col(timestamp_with_time_zone(Listings::CreatedAt))
                    // When anything a consumer of the feed sees last changed (published,
                    // updated, archived): `updated_since` pages by it.
                    .col(timestamp_with_time_zone(Listings::ChangedAt))
                    .col(timestamp_with_time_zone_null(Listings::LastReviewedAt))
                    .col(timestamp_with_time_zone_null(Listings::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Listings::Table, Listings::OwnerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("listings_owner", vec![Listings::OwnerId, Listings::Id]),
            (
                "listings_status_name",
                vec![Listings::Status, Listings::Name],
            ),
            ("listings_changed", vec![Listings::ChangedAt, Listings::Id]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Listings::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        // Every version of a listing as its developer wrote it: drafts, submissions,
        // and the approved ones, so moderators can compare and history is kept.
        manager
            .create_table(
                Table::create()
                    .table(ListingRevisions::Table)
                    .col(big_pk_auto(ListingRevisions::Id))
                    .col(big_integer(ListingRevisions::ListingId))
                    .col(big_integer(ListingRevisions::AuthorId))
                    .col(text(ListingRevisions::Content))
                    .col(timestamp_with_time_zone(ListingRevisions::CreatedAt))
                    .col(timestamp_with_time_zone(ListingRevisions::UpdatedAt))
                    .col(timestamp_with_time_zone_null(ListingRevisions::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ListingRevisions::Table, ListingRevisions::ListingId)
                            .to(Listings::Table, Listings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("listing_revisions_listing")
                    .table(ListingRevisions::Table)
                    .col(ListingRevisions::ListingId)
                    .col(ListingRevisions::Id)
                    .to_owned(),
            )
            .await?;

        // The ideas the published version says it answers, for the idea page.
        manager
            .create_table(
                Table::create()
                    .table(ListingIdeas::Table)
                    .col(big_integer(ListingIdeas::ListingId))
                    .col(big_integer(ListingIdeas::IdeaId))
                    .primary_key(
                        Index::create()
                            .col(ListingIdeas::ListingId)
                            .col(ListingIdeas::IdeaId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ListingIdeas::Table, ListingIdeas::ListingId)
                            .to(Listings::Table, Listings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ListingIdeas::Table, ListingIdeas::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("listing_ideas_idea")
                    .table(ListingIdeas::Table)
                    .col(ListingIdeas::IdeaId)
                    .to_owned(),
            )
            .await?;

        // Every moderation action: who, what, to what, when and why. The audit log,
        // a listing's review history, and (the public columns only) the public log.
        manager
            .create_table(
                Table::create()
                    .table(ModerationActions::Table)
                    .col(big_pk_auto(ModerationActions::Id))
                    .col(big_integer_null(ModerationActions::ActorId))
                    .col(string_len(ModerationActions::Action, 64))
                    .col(string_len(ModerationActions::SubjectType, 32))
                    .col(big_integer(ModerationActions::SubjectId))
                    .col(text_null(ModerationActions::Reason))
                    .col(text_null(ModerationActions::Detail))
                    .col(timestamp_with_time_zone(ModerationActions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ModerationActions::Table, ModerationActions::ActorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "moderation_actions_subject",
                vec![
                    ModerationActions::SubjectType,
                    ModerationActions::SubjectId,
                    ModerationActions::Id,
                ],
            ),
            (
                "moderation_actions_created",
                vec![ModerationActions::CreatedAt],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(ModerationActions::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        // Services told of every publish, update and archive.
        manager
            .create_table(
                Table::create()
                    .table(Webhooks::Table)
                    .col(big_pk_auto(Webhooks::Id))
                    .col(string_len(Webhooks::Url, 2048))
                    .col(string_len(Webhooks::Secret, 128))
                    .col(string_len(Webhooks::Description, 200))
                    .col(boolean(Webhooks::Active))
                    .col(timestamp_with_time_zone(Webhooks::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookDeliveries::Table)
                    .col(big_pk_auto(WebhookDeliveries::Id))
                    .col(big_integer(WebhookDeliveries::WebhookId))
                    .col(string_len(WebhookDeliveries::Event, 64))
                    .col(text(WebhookDeliveries::Payload))
                    .col(integer(WebhookDeliveries::Attempts))
                    .col(timestamp_with_time_zone(WebhookDeliveries::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(
                        WebhookDeliveries::DeliveredAt,
                    ))
                    .col(integer_null(WebhookDeliveries::LastStatus))
                    .col(text_null(WebhookDeliveries::LastError))
                    .col(timestamp_with_time_zone(WebhookDeliveries::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WebhookDeliveries::Table, WebhookDeliveries::WebhookId)
                            .to(Webhooks::Table, Webhooks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("webhook_deliveries_due")
                    .table(WebhookDeliveries::Table)
                    .col(WebhookDeliveries::DeliveredAt)
                    .col(WebhookDeliveries::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        full_text_search(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Sqlite {
            for statement in [
                "DROP TRIGGER IF EXISTS listings_fts_insert",
                "DROP TRIGGER IF EXISTS listings_fts_delete",
                "DROP TRIGGER IF EXISTS listings_fts_update",
                "DROP TABLE IF EXISTS listings_fts",
            ] {
                db.execute_unprepared(statement).await?;
            }
        }
        for table in [
            WebhookDeliveries::Table.into_iden(),
            Webhooks::Table.into_iden(),
            ModerationActions::Table.into_iden(),
            ListingIdeas::Table.into_iden(),
            ListingRevisions::Table.into_iden(),
            Listings::Table.into_iden(),
            DeveloperProfiles::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Search over the published name, tagline, description and organisation, as for ideas:
/// an FTS5 external-content table on SQLite, a weighted generated tsvector on PostgreSQL.
async fn full_text_search(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            for statement in [
                "CREATE VIRTUAL TABLE IF NOT EXISTS listings_fts USING fts5(\
                     name, tagline, description, organisation, \
                     content='listings', content_rowid='id', tokenize='porter unicode61')",
                "CREATE TRIGGER IF NOT EXISTS listings_fts_insert AFTER INSERT ON listings BEGIN \
                     INSERT INTO listings_fts(rowid, name, tagline, description, organisation) \
                     VALUES (new.id, new.name, new.tagline, new.description, new.organisation); \
                 END",
                "CREATE TRIGGER IF NOT EXISTS listings_fts_delete AFTER DELETE ON listings BEGIN \
                     INSERT INTO listings_fts(listings_fts, rowid, name, tagline, description, organisation) \
                     VALUES ('delete', old.id, old.name, old.tagline, old.description, old.organisation); \
                 END",
                "CREATE TRIGGER IF NOT EXISTS listings_fts_update \
                 AFTER UPDATE OF name, tagline, description, organisation ON listings BEGIN \
                     INSERT INTO listings_fts(listings_fts, rowid, name, tagline, description, organisation) \
                     VALUES ('delete', old.id, old.name, old.tagline, old.description, old.organisation); \
                     INSERT INTO listings_fts(rowid, name, tagline, description, organisation) \
                     VALUES (new.id, new.name, new.tagline, new.description, new.organisation); \
                 END",
            ] {
                db.execute_unprepared(statement).await?;
            }
        }
        DatabaseBackend::Postgres => {
            db.execute_unprepared(
                "ALTER TABLE listings ADD COLUMN IF NOT EXISTS search_vector tsvector \
                 GENERATED ALWAYS AS ( \
                     setweight(to_tsvector('english', name), 'A') || \
                     setweight(to_tsvector('english', tagline), 'B') || \
                     setweight(to_tsvector('english', organisation), 'B') || \
                     setweight(to_tsvector('english', description), 'C') \
                 ) STORED",
            )
            .await?;
            db.execute_unprepared(
                "CREATE INDEX IF NOT EXISTS listings_search ON listings USING GIN (search_vector)",
            )
            .await?;
        }
        other => {
            return Err(DbErr::Migration(format!(
                "full-text search is not set up for {other:?}"
            )));
        }
    }
    Ok(())
}

#[derive(DeriveIden)]
enum DeveloperProfiles {
    Table,
    UserId,
    Organisation,
    WebsiteUrl,
    ContactEmail,
    CreatedAt,
    UpdatedAt,
    RevokedAt,
    RevokedReason,
}

#[derive(DeriveIden)]
enum Listings {
    Table,
    Id,
    OwnerId,
    Status,
    Slug,
    LiveRevisionId,
    PendingRevisionId,
    Name,
    Tagline,
    Description,
    Organisation,
    Cost,
    Platforms,
    Categories,
    Audiences,
    CreatedAt,
    ChangedAt,
    LastReviewedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum ListingRevisions {
    Table,
    Id,
    ListingId,
    AuthorId,
    /// The whole listing as the developer wrote it, as JSON: revisions are compared and
    /// shown, never queried by field.
    Content,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ListingIdeas {
    Table,
    ListingId,
    IdeaId,
}

#[derive(DeriveIden)]
enum ModerationActions {
    Table,
    Id,
    ActorId,
    Action,
    SubjectType,
    SubjectId,
    Reason,
    Detail,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Webhooks {
    Table,
    Id,
    Url,
    Secret,
    Description,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WebhookDeliveries {
    Table,
    Id,
    WebhookId,
    Event,
    Payload,
    Attempts,
    NextAttemptAt,
    DeliveredAt,
    LastStatus,
    LastError,
    CreatedAt,
}
