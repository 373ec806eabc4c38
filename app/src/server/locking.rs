//! Taking a row's write lock at the start of a transaction.
//!
//! A SQLite transaction that reads and then writes fails at once (`SQLITE_BUSY`, which
//! no busy timeout waits out) if another connection wrote in between: its snapshot is
//! stale and cannot become a write. Writing first, with a no-op update, takes the write
//! lock before anything is read; on PostgreSQL the same statement is a row lock, so two
//! moderators acting on one item cannot interleave either.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

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
/// (`BEGIN IMMEDIATE`), waiting its turn behind other writers, so that nothing it reads
/// first can leave it with a stale snapshot that fails to become a write (see above);
/// on PostgreSQL it is an ordinary transaction.
pub trait BeginWrite {
    fn begin_write(
        &self,
    ) -> impl std::future::Future<Output = Result<sea_orm::DatabaseTransaction, DbErr>> + Send;
}

impl BeginWrite for sea_orm::DatabaseConnection {
    async fn begin_write(&self) -> Result<sea_orm::DatabaseTransaction, DbErr> {
        use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
        self.begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await
    }
}
