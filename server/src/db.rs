//! Connecting to the database and bringing its schema up to date.

use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};
use secrecy::ExposeSecret;

use crate::config::{DatabaseKind, Settings, database_kind};

/// Opens the pool described by `settings`, creating the data directory for an embedded
/// SQLite file if needed.
pub async fn connect(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let url = settings.database_url();
    let kind = database_kind(url.expose_secret())?;
    if kind == DatabaseKind::Sqlite && settings.database_url.is_none() {
        std::fs::create_dir_all(&settings.data_dir).map_err(|e| {
            anyhow::anyhow!(
                "DATA_DIR: cannot create {}: {e}",
                settings.data_dir.display()
            )
        })?;
    }
    let mut options = ConnectOptions::new(url.expose_secret().to_owned());
    options
        .max_connections(settings.database_max_connections)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .map_err(|e| anyhow::anyhow!("DATABASE_URL: cannot connect: {e}"))?;
    if kind == DatabaseKind::Sqlite {
        // WAL lets readers carry on while a vote is written; the setting is stored in the
        // file, so once is enough.
        db.execute_unprepared("PRAGMA journal_mode = WAL").await?;
    }
    Ok(db)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}
