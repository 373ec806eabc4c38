//! Taking a row's write lock at the start of a transaction.
//!
//! A SQLite transaction that reads and then writes fails at once (`SQLITE_BUSY`, which
//! no busy timeout waits out) if another connection wrote in between: its snapshot is
//! stale and cannot become a write. Writing first, with a no-op update, takes the write
//! lock before anything is read; on PostgreSQL the same statement is a row lock, so two
//! moderators acting on one item cannot interleave either.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, ExecResult, QueryFilter, QueryResult, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
};
use tokio::sync::{Mutex, OwnedMutexGuard};

/// Locks the row of `E` whose `id_column` is `id` (no row: nothing, and no error).
pub async fn claim<E: EntityTrait>(
    db: &impl ConnectionTrait,
    id_column: E::Column,
    id: i64,
) -> Result<(), DbErr> {
    E::update_many()
        .col_expr(id_column, Expr::col(id_column))
        .filter(id_column.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), so that nothing it reads first can leave it with a stale snapshot
/// that fails to become a write (see above), after waiting for this process's turn to
/// write (see [`Writing`]); on PostgreSQL it is an ordinary transaction.
pub trait BeginWrite {
    fn begin_write(&self) -> impl std::future::Future<Output = Result<Writing, DbErr>> + Send;
}

impl BeginWrite for DatabaseConnection {
    async fn begin_write(&self) -> Result<Writing, DbErr> {
        let turn = match writers_of(self) {
            Some(writers) => Some(
                tokio::time::timeout(WAIT_FOR_TURN, writers.lock_owned())
                    .await
                    .map_err(|_| {
                        DbErr::Custom(format!(
                            "the database is busy: no turn to write within {} s",
                            WAIT_FOR_TURN.as_secs()
                        ))
                    })?,
            ),
            None => None,
        };
        let txn = self
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..TransactionOptions::default()
            })
            .await?;
        Ok(Writing { txn, _turn: turn })
    }
}

/// How long a writer waits for its turn: SQLite's own busy timeout as sqlx sets it, so a
/// writer waits as long as it did when SQLite alone queued them.
const WAIT_FOR_TURN: Duration = Duration::from_secs(5);

/// A transaction begun by [`BeginWrite::begin_write`], used as the transaction itself.
///
/// On SQLite it holds this process's turn to write until it is committed, rolled back or
/// dropped. SQLite has one writer at a time, and left to itself makes the others retry
/// after sleeps that grow to 100 ms, in no order, each holding a pooled connection while
/// it sleeps: readers could find the pool taken by writers asleep, and at 20 connections
/// voting at once the slowest 1 % of votes took 83-111 ms (`bench/scale`). Taking turns
/// here, first come first served, hands the lock to the next writer as soon as it is
/// free, and a writer takes a connection only when its turn comes; the slowest 1 % took
/// 28-35 ms (`docs/benchmarks.md`). Writers in other processes (the command line's) still
/// meet SQLite's own queue.
pub struct Writing {
    txn: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl Writing {
    /// Commits the transaction, and gives up the turn to write.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }

    /// Rolls the transaction back, and gives up the turn to write.
    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Writing {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }
}

/// The queue of writers to `db`'s SQLite file, one per file (tests open many); `None` on
/// PostgreSQL, whose writers lock rows, not the database.
fn writers_of(db: &DatabaseConnection) -> Option<Arc<Mutex<()>>> {
    static QUEUES: LazyLock<std::sync::Mutex<HashMap<PathBuf, Arc<Mutex<()>>>>> =
        LazyLock::new(Default::default);
    if db.get_database_backend() != DbBackend::Sqlite {
        return None;
    }
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_owned();
    let mut queues = QUEUES.lock().expect("the writers' queues");
    Some(queues.entry(file).or_default().clone())
}
