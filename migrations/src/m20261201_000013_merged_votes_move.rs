//! Merged duplicates hold no votes. Merging used to copy a duplicate's supporters to its
//! original (dated the day of the merge) and keep them on the duplicate as well, so
//! totals over a campaign counted those people twice. This moves them for merges made
//! before: each supporter stays on the original once, from when they first supported
//! either idea, and both ideas' counts are recounted.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement, TryGetable};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let merged = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, duplicate_of_id FROM ideas WHERE duplicate_of_id IS NOT NULL ORDER BY id",
            ))
            .await?;
        for row in merged {
            let duplicate: i64 = i64::try_get(&row, "", "id").map_err(DbErr::from)?;
            let original: i64 = i64::try_get(&row, "", "duplicate_of_id").map_err(DbErr::from)?;
            for sql in [
                // The earlier of the two dates, for people already on the original.
                format!(
                    "UPDATE votes SET created_at = (SELECT d.created_at FROM votes d \
                     WHERE d.idea_id = {duplicate} AND d.user_id = votes.user_id) \
                     WHERE idea_id = {original} AND created_at > (SELECT d.created_at \
                     FROM votes d WHERE d.idea_id = {duplicate} AND d.user_id = votes.user_id)"
                ),
                format!(
                    "INSERT INTO votes (user_id, idea_id, created_at) \
                     SELECT user_id, {original}, created_at FROM votes WHERE idea_id = {duplicate} \
                     ON CONFLICT (user_id, idea_id) DO NOTHING"
                ),
                format!("DELETE FROM votes WHERE idea_id = {duplicate}"),
                format!(
                    "UPDATE ideas SET vote_count = (SELECT COUNT(*) FROM votes \
                     WHERE votes.idea_id = ideas.id), tally_version = tally_version + 1 \
                     WHERE id IN ({duplicate}, {original})"
                ),
            ] {
                db.execute_unprepared(&sql).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Nothing to undo: the votes stay with the originals, where merging now puts them.
        Ok(())
    }
}
