//! Moderators' edits with their history, and ideas whose comments are locked.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns;

use crate::m20261124_000001_create_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The words as they were before each moderator's edit, so that an edit can be
        // checked and undone: nothing a person wrote is lost.
        manager
            .create_table(
                Table::create()
                    .table(ContentEdits::Table)
                    .col(big_pk_auto(ContentEdits::Id))
                    .col(string_len(ContentEdits::SubjectType, 32))
                    .col(big_integer(ContentEdits::SubjectId))
                    .col(big_integer_null(ContentEdits::EditorId))
                    // JSON of the fields as they were before this edit.
                    .col(text(ContentEdits::Previous))
                    .col(text(ContentEdits::Reason))
                    .col(timestamp_with_time_zone(ContentEdits::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ContentEdits::Table, ContentEdits::EditorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("content_edits_subject")
                    .table(ContentEdits::Table)
                    .col(ContentEdits::SubjectType)
                    .col(ContentEdits::SubjectId)
                    .to_owned(),
            )
            .await?;
        let locked = boolean(Alias::new("comments_locked"))
            .default(false)
            .to_owned();
        columns::add(manager, "ideas", locked).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        columns::drop(manager, "ideas", "comments_locked").await?;
        manager
            .drop_table(Table::drop().table(ContentEdits::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ContentEdits {
    Table,
    Id,
    SubjectType,
    SubjectId,
    EditorId,
    Previous,
    Reason,
    CreatedAt,
}
