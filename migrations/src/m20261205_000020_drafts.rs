//! Commentable drafts: a document administrators publish for comment in a window of
//! dates, in versions; people comment on, support or question each paragraph of a
//! version. Comments and reactions name the version and the paragraph's position in
//! it, so a later version never moves what was said about an earlier one.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Drafts::Table)
                    .col(big_pk_auto(Drafts::Id))
                    .col(string_len(Drafts::Slug, 80).unique_key())
                    .col(string_len(Drafts::Title, 120))
                    .col(text(Drafts::Summary))
                    .col(timestamp_with_time_zone(Drafts::OpensAt))
                    .col(timestamp_with_time_zone(Drafts::ClosesAt))
                    .col(timestamp_with_time_zone(Drafts::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DraftVersions::Table)
                    .col(big_pk_auto(DraftVersions::Id))
                    .col(big_integer(DraftVersions::DraftId))
                    .col(integer(DraftVersions::Number))
                    // Markdown, as the administrator wrote it.
                    .col(text(DraftVersions::Body))
                    // What changed, in the administrator's words.
                    .col(text_null(DraftVersions::Note))
                    .col(big_integer_null(DraftVersions::PublishedBy))
                    .col(timestamp_with_time_zone(DraftVersions::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftVersions::Table, DraftVersions::DraftId)
                            .to(Drafts::Table, Drafts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftVersions::Table, DraftVersions::PublishedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_draft_versions_number")
                    .table(DraftVersions::Table)
                    .col(DraftVersions::DraftId)
                    .col(DraftVersions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DraftComments::Table)
                    .col(big_pk_auto(DraftComments::Id))
                    .col(big_integer(DraftComments::VersionId))
                    // The paragraph's position in its version, from 1.
                    .col(integer(DraftComments::Paragraph))
                    .col(big_integer(DraftComments::AuthorId))
                    .col(text(DraftComments::Body))
                    .col(timestamp_with_time_zone(DraftComments::CreatedAt))
                    // Hidden by a moderator (the audit log says why).
                    .col(timestamp_with_time_zone_null(DraftComments::HiddenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftComments::Table, DraftComments::VersionId)
                            .to(DraftVersions::Table, DraftVersions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftComments::Table, DraftComments::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_draft_comments_paragraph")
                    .table(DraftComments::Table)
                    .col(DraftComments::VersionId)
                    .col(DraftComments::Paragraph)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DraftReactions::Table)
                    .col(big_integer(DraftReactions::VersionId))
                    .col(integer(DraftReactions::Paragraph))
                    .col(big_integer(DraftReactions::UserId))
                    // `domain::draft::Reaction` key: support or question.
                    .col(string_len(DraftReactions::Kind, 16))
                    .col(timestamp_with_time_zone(DraftReactions::CreatedAt))
                    // One reaction per person per paragraph.
                    .primary_key(
                        Index::create()
                            .col(DraftReactions::VersionId)
                            .col(DraftReactions::Paragraph)
                            .col(DraftReactions::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftReactions::Table, DraftReactions::VersionId)
                            .to(DraftVersions::Table, DraftVersions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DraftReactions::Table, DraftReactions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DraftReactions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DraftComments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(DraftVersions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Drafts::Table).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Drafts {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    OpensAt,
    ClosesAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DraftVersions {
    Table,
    Id,
    DraftId,
    Number,
    Body,
    Note,
    PublishedBy,
    PublishedAt,
}

#[derive(DeriveIden)]
enum DraftComments {
    Table,
    Id,
    VersionId,
    Paragraph,
    AuthorId,
    Body,
    CreatedAt,
    HiddenAt,
}

#[derive(DeriveIden)]
enum DraftReactions {
    Table,
    VersionId,
    Paragraph,
    UserId,
    Kind,
    CreatedAt,
}
