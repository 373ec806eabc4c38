//! What taking part in a campaign needs beyond the ideas themselves: the trending rank,
//! duplicates, protection against double submission, full-text search, comments and
//! notifications.

use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;
use crate::m20261124_000004_create_ideas::Ideas;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            // The "Trending" order: see `domain::ranking`. Stored, not computed per query,
            // so that it can be indexed and paged by key like the other orders.
            ColumnDef::new(IdeasExtra::HotRank)
                .double()
                .not_null()
                .default(0.0)
                .to_owned(),
            // Set with the "duplicate" status: the idea this one repeats.
            ColumnDef::new(IdeasExtra::DuplicateOfId)
                .big_integer()
                .null()
                .to_owned(),
            // A random key printed in the submission form: a second POST of the same
            // form (a double click, a retry) finds the first idea instead of a new one.
            ColumnDef::new(IdeasExtra::SubmissionKey)
                .string_len(64)
                .null()
                .to_owned(),
            // Further links (JSON array of URLs) beyond the main `link_url`.
            ColumnDef::new(IdeasExtra::Links).text().null().to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Ideas::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for (name, column) in [
            ("ideas_campaign_hot", IdeasExtra::HotRank.into_iden()),
            ("ideas_campaign_comments", Ideas::CommentCount.into_iden()),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Ideas::Table)
                        .col(Ideas::CampaignId)
                        .col(column)
                        .col(Ideas::Id)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("ideas_author_submission")
                    .table(Ideas::Table)
                    .col(Ideas::AuthorId)
                    .col(IdeasExtra::SubmissionKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        full_text_search(manager).await?;

        manager
            .create_table(
                Table::create()
                    .table(Comments::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Comments::Id))
                    .col(big_integer(Comments::IdeaId))
                    .col(big_integer(Comments::AuthorId))
                    // A reply names the comment it answers; replies are one level deep.
                    .col(big_integer_null(Comments::ParentId))
                    .col(text(Comments::Body))
                    .col(string_len(Comments::Visibility, 16).default("published"))
                    .col(string_len_null(Comments::SubmissionKey, 64))
                    .col(timestamp_with_time_zone(Comments::CreatedAt))
                    .col(timestamp_with_time_zone_null(Comments::EditedAt))
                    .col(timestamp_with_time_zone_null(Comments::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Comments::Table, Comments::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Comments::Table, Comments::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Comments::Table, Comments::ParentId)
                            .to(Comments::Table, Comments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("comments_idea_created")
                    .table(Comments::Table)
                    .col(Comments::IdeaId)
                    .col(Comments::CreatedAt)
                    .col(Comments::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("comments_author_submission")
                    .table(Comments::Table)
                    .col(Comments::AuthorId)
                    .col(Comments::SubmissionKey)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Notifications::Id))
                    .col(big_integer(Notifications::UserId))
                    // status_changed, commented, replied, merged
                    .col(string_len(Notifications::Kind, 24))
                    .col(big_integer(Notifications::IdeaId))
                    .col(big_integer_null(Notifications::CommentId))
                    // Who or what caused it, as shown ("Priya Shah", "Shortlisted").
                    .col(string_len(Notifications::Detail, 200))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("notifications_user_created")
                    .table(Notifications::Table)
                    .col(Notifications::UserId)
                    .col(Notifications::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Comments::Table).to_owned())
            .await?;
        let db = manager.get_connection();
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for trigger in ["ideas_fts_insert", "ideas_fts_delete", "ideas_fts_update"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {trigger}"))
                        .await?;
                }
                db.execute_unprepared("DROP TABLE IF EXISTS ideas_fts")
                    .await?;
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared("ALTER TABLE ideas DROP COLUMN IF EXISTS search_vector")
                    .await?;
            }
            _ => {}
        }
        for index in [
            "ideas_author_submission",
            "ideas_campaign_comments",
            "ideas_campaign_hot",
        ] {
            manager
                .drop_index(Index::drop().name(index).table(Ideas::Table).to_owned())
                .await?;
        }
        for column in [
            IdeasExtra::Links,
            IdeasExtra::SubmissionKey,
            IdeasExtra::DuplicateOfId,
            IdeasExtra::HotRank,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Ideas::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Full-text search over title, summary and description, in each database's own way:
/// an external-content FTS5 table kept in step by triggers on SQLite, a generated,
/// weighted `tsvector` column with a GIN index on PostgreSQL.
async fn full_text_search(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            db.execute_unprepared(
                "CREATE VIRTUAL TABLE IF NOT EXISTS ideas_fts USING fts5(\
                     title, summary, description, \
                     content='ideas', content_rowid='id', tokenize='porter unicode61')",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER IF NOT EXISTS ideas_fts_insert AFTER INSERT ON ideas BEGIN \
                     INSERT INTO ideas_fts(rowid, title, summary, description) \
                     VALUES (new.id, new.title, new.summary, new.description); \
                 END",
            )
            .await?;
            db.execute_unprepared(
                "CREATE TRIGGER IF NOT EXISTS ideas_fts_delete AFTER DELETE ON ideas BEGIN \
                     INSERT INTO ideas_fts(ideas_fts, rowid, title, summary, description) \
                     VALUES ('delete', old.id, old.title, old.summary, old.description); \
                 END",
            )
            .await?;
            // Only when the searchable text changes: votes and comments update the row
            // far more often than its words.
            db.execute_unprepared(
                "CREATE TRIGGER IF NOT EXISTS ideas_fts_update \
                 AFTER UPDATE OF title, summary, description ON ideas BEGIN \
                     INSERT INTO ideas_fts(ideas_fts, rowid, title, summary, description) \
                     VALUES ('delete', old.id, old.title, old.summary, old.description); \
                     INSERT INTO ideas_fts(rowid, title, summary, description) \
                     VALUES (new.id, new.title, new.summary, new.description); \
                 END",
            )
            .await?;
            db.execute_unprepared("INSERT INTO ideas_fts(ideas_fts) VALUES ('rebuild')")
                .await?;
        }
        DatabaseBackend::Postgres => {
            db.execute_unprepared(
                "ALTER TABLE ideas ADD COLUMN IF NOT EXISTS search_vector tsvector \
                 GENERATED ALWAYS AS ( \
                     setweight(to_tsvector('english', title), 'A') || \
                     setweight(to_tsvector('english', summary), 'B') || \
                     setweight(to_tsvector('english', description), 'C') \
                 ) STORED",
            )
            .await?;
            db.execute_unprepared(
                "CREATE INDEX IF NOT EXISTS ideas_search ON ideas USING GIN (search_vector)",
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
enum IdeasExtra {
    HotRank,
    DuplicateOfId,
    SubmissionKey,
    Links,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    IdeaId,
    AuthorId,
    ParentId,
    Body,
    Visibility,
    SubmissionKey,
    CreatedAt,
    EditedAt,
    DeletedAt,
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
}
