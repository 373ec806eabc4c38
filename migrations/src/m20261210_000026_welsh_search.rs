//! Search that finds Welsh words: a second, unstemmed index beside the English one, for
//! ideas and for listings.
//!
//! The English indexes stem words by English rules ("diaries" finds "diary"), which
//! mean nothing for Welsh, and PostgreSQL's also keeps accents, so "dwr" never found
//! "dŵr" (many people type Welsh without its circumflexes). The second index keeps each
//! word as written, accents folded: FTS5's `unicode61` tokenizer with
//! `remove_diacritics 2` on SQLite, a `simple` text-search vector over the words with
//! [`FOLD_FROM`] turned into [`FOLD_TO`] on PostgreSQL (`translate` is immutable, so
//! it may make a generated column; the `unaccent` extension needs a superuser). A
//! search matches in either index.

use sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::prelude::*;

/// The accented letters folded for search on PostgreSQL, Welsh's first; the code folds a
/// search's words the same way (`app::server::queries::search::fold`).
pub const FOLD_FROM: &str = "âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ";
/// What each letter of [`FOLD_FROM`] becomes.
pub const FOLD_TO: &str = "aeiouwyaeiouwyaeiouwyaeiouwy";

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The two tables searched, with the columns of their text.
const TABLES: [(&str, &[&str]); 2] = [
    ("ideas", &["title", "summary", "description"]),
    (
        "listings",
        &["name", "tagline", "description", "organisation"],
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, columns) in TABLES {
            for statement in up_statements(db.get_database_backend(), table, columns)? {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, _) in TABLES {
            let statements = match db.get_database_backend() {
                DatabaseBackend::Sqlite => vec![
                    format!("DROP TRIGGER IF EXISTS {table}_simple_insert"),
                    format!("DROP TRIGGER IF EXISTS {table}_simple_delete"),
                    format!("DROP TRIGGER IF EXISTS {table}_simple_update"),
                    format!("DROP TABLE IF EXISTS {table}_fts_simple"),
                ],
                _ => vec![
                    format!("DROP INDEX IF EXISTS {table}_search_simple"),
                    format!("ALTER TABLE {table} DROP COLUMN IF EXISTS search_simple"),
                ],
            };
            for statement in statements {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }
}

fn up_statements(
    backend: DatabaseBackend,
    table: &str,
    columns: &[&str],
) -> Result<Vec<String>, DbErr> {
    let list = columns.join(", ");
    let of = |row: &str| {
        columns
            .iter()
            .map(|c| format!("{row}.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (new, old) = (of("new"), of("old"));
    let fts = format!("{table}_fts_simple");
    Ok(match backend {
        DatabaseBackend::Sqlite => vec![
            format!(
                "CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({list}, \
                 content='{table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
            ),
            format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_simple_insert AFTER INSERT ON {table} BEGIN \
                     INSERT INTO {fts}(rowid, {list}) VALUES (new.id, {new}); \
                 END"
            ),
            format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_simple_delete AFTER DELETE ON {table} BEGIN \
                     INSERT INTO {fts}({fts}, rowid, {list}) VALUES ('delete', old.id, {old}); \
                 END"
            ),
            // Only when the words change: votes and comments update the row far more often.
            format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_simple_update \
                 AFTER UPDATE OF {list} ON {table} BEGIN \
                     INSERT INTO {fts}({fts}, rowid, {list}) VALUES ('delete', old.id, {old}); \
                     INSERT INTO {fts}(rowid, {list}) VALUES (new.id, {new}); \
                 END"
            ),
            format!("INSERT INTO {fts}({fts}) VALUES ('rebuild')"),
        ],
        DatabaseBackend::Postgres => {
            let text = columns
                .iter()
                .map(|c| format!("coalesce({c}, '')"))
                .collect::<Vec<_>>()
                .join(" || ' ' || ");
            vec![
                format!(
                    "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_simple tsvector \
                     GENERATED ALWAYS AS (to_tsvector('simple', \
                         translate(lower({text}), '{FOLD_FROM}', '{FOLD_TO}'))) STORED"
                ),
                format!(
                    "CREATE INDEX IF NOT EXISTS {table}_search_simple ON {table} \
                     USING GIN (search_simple)"
                ),
            ]
        }
        other => {
            return Err(DbErr::Migration(format!(
                "full-text search is not set up for {other:?}"
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folded_letter_has_its_plain_one() {
        assert_eq!(FOLD_FROM.chars().count(), FOLD_TO.chars().count());
        assert!(FOLD_TO.is_ascii());
    }
}
