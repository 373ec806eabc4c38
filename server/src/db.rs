//! Connecting to the database and bringing its schema up to date.

use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr,
    TransactionTrait,
};
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
        // A connection in steady use is not pinged each time it is taken from the pool
        // (sqlx's default), which cost every query and transaction a round trip of its
        // own; one left idle long enough for a proxy or firewall to have dropped it is.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
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

/// Applies every pending migration, one instance at a time (see [`with_startup_lock`]):
/// instances started together do not race to create the same tables.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    with_startup_lock(db, Migrator::up(db, None)).await
}

/// The key of the PostgreSQL advisory lock instances take for start-up work.
const STARTUP_LOCK: i64 = 0x1dea_5a99;

/// Runs `work` (migrating, seeding) while holding the instances' start-up lock: on
/// PostgreSQL a transaction-scoped advisory lock, so a second instance waits for the
/// first to finish and then finds nothing left to do, and a crashed instance releases it
/// with its connection. SQLite is one instance's file and needs none.
pub async fn with_startup_lock<T>(
    db: &DatabaseConnection,
    work: impl std::future::Future<Output = Result<T, DbErr>>,
) -> Result<T, DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return work.await;
    }
    let lock = db.begin().await?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({STARTUP_LOCK})"))
        .await?;
    let done = work.await;
    lock.commit().await?;
    done
}
