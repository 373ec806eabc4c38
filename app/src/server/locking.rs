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
