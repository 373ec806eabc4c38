//! The cached counts on each idea (`vote_count`, `comment_count`) and its trending rank,
//! checked against the rows they summarise and repaired where they drifted.
//!
//! Support a moderator set aside (`server::integrity`) is left out of every count.
//!
//! Votes and comments move the counts by increments in the same transaction as the
//! row, so drift should never happen; this is the safety net for what "never" misses
//! (a bug, a manual edit, a restore), run at start-up, every few minutes, and on demand
//! by `server rebuild-tallies`.

use crate::server::locking::BeginWrite;
use futures_util::TryStreamExt;
use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::idea::Visibility;
use crate::domain::ranking::hot_rank;
use crate::server::entities::{comment, idea, vote};
use crate::server::rankings::Rankings;

/// What a reconciliation found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reconciled {
    pub ideas_checked: u64,
    /// Ideas whose counts or rank were wrong, and are now right.
    pub repaired: u64,
}

/// `domain::ranking::hot_rank` in PostgreSQL: log10 of the votes (at least 1), plus the
/// milliseconds since 1 January 2026 UTC, in seconds, over 45,000. Milliseconds are cut
/// towards zero (`trunc`, not `floor`), as Rust's `num_milliseconds` does, so ideas from
/// before 2026 get the same rank either way.
const HOT_RANK_SQL: &str = "log(greatest(vote_count, 1)::float8) + \
     (trunc(extract(epoch from (created_at - timestamptz '2026-01-01 00:00:00+00')) * 1000) \
     / 1000.0 / 45000.0)::float8";

/// Ideas are compared in pages of this many.
const PAGE: u64 = 5_000;

/// Compares every idea's cached counts and rank with its rows, repairing any that
/// drifted (or, with `everything`, recounting every idea regardless), and passing the
/// repairs on to the rankings.
/// `progress(done, total)` is called after each page of ideas.
///
/// The true counts come from one grouped query per table (a single pass over the
/// votes, which is what keeps a million of them within seconds).
pub async fn reconcile(
    db: &DatabaseConnection,
    rankings: &Rankings,
    everything: bool,
    mut progress: impl FnMut(u64, u64),
) -> Result<Reconciled, DbErr> {
    // Streamed into the maps: collected as rows first, 100,000 ideas' counts took about
    // 50 MB for a moment, at start-up beside the other start-up reads.
    let votes: HashMap<i64, i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::IdeaId)
        .column_as(vote::Column::UserId.count(), "n")
        // Support a moderator set aside is kept, and counts for nothing.
        .filter(vote::Column::SetAsideBy.is_null())
        .group_by(vote::Column::IdeaId)
        .into_tuple::<(i64, i64)>()
        .stream(db)
        .await?
        .try_collect()
        .await?;
    let comments: HashMap<i64, i64> = comment::Entity::find()
        .select_only()
        .column(comment::Column::IdeaId)
        .column_as(comment::Column::Id.count(), "n")
        .filter(comment::Column::DeletedAt.is_null())
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .group_by(comment::Column::IdeaId)
        .into_tuple::<(i64, i64)>()
        .stream(db)
        .await?
        .try_collect()
        .await?;
    let total = idea::Entity::find().count(db).await?;
    let mut report = Reconciled::default();
    let mut after = 0_i64;
    loop {
        let page: Vec<(i64, i32, i32, f64, chrono::DateTime<chrono::Utc>)> = idea::Entity::find()
            .select_only()
            .columns([
                idea::Column::Id,
                idea::Column::VoteCount,
                idea::Column::CommentCount,
                idea::Column::HotRank,
                idea::Column::CreatedAt,
            ])
            .filter(idea::Column::Id.gt(after))
            .order_by_asc(idea::Column::Id)
            .limit(PAGE)
            .into_tuple()
            .all(db)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.0;
        let mut drifted_ids = Vec::new();
        for (id, cached_votes, cached_comments, cached_rank, created_at) in page {
            report.ideas_checked += 1;
            let true_votes =
                i32::try_from(votes.get(&id).copied().unwrap_or(0)).unwrap_or(i32::MAX);
            let true_comments =
                i32::try_from(comments.get(&id).copied().unwrap_or(0)).unwrap_or(i32::MAX);
            let true_rank = hot_rank(true_votes, created_at);
            let drifted = everything
                || cached_votes != true_votes
                || cached_comments != true_comments
                || (cached_rank - true_rank).abs() > 1e-9;
            if drifted {
                drifted_ids.push(id);
            }
        }
        if !drifted_ids.is_empty() {
            repair(db, &drifted_ids).await?;
            crate::server::rankings::sync(db, rankings, &drifted_ids).await?;
            report.repaired += drifted_ids.len() as u64;
        }
        progress(report.ideas_checked, total);
    }
    Ok(report)
}

/// Recounts `ids` from their rows, in one transaction. Their rows are locked first, so
/// that votes in flight either finish before the recount (and are counted) or wait
/// until after it (and then add their increment to the right number); the recount runs
/// as a new statement after the lock, so it sees everything committed up to then.
async fn repair(db: &DatabaseConnection, ids: &[i64]) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    lock(&txn, ids).await?;
    recount(&txn, ids).await?;
    txn.commit().await
}

/// Locks the rows of `ids` for a recount in transaction `txn` (see [`repair`]).
///
/// SQLite has one writer at a time, so it needs no row locks; and a transaction there
/// must write first, since one that reads and then writes fails at once (SQLITE_BUSY)
/// if another connection wrote in between.
pub async fn lock(txn: &impl ConnectionTrait, ids: &[i64]) -> Result<(), DbErr> {
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        for ids in ids.chunks(PAGE as usize) {
            idea::Entity::find()
                .select_only()
                .column(idea::Column::Id)
                .filter(idea::Column::Id.is_in(ids.iter().copied()))
                .lock_exclusive()
                .into_tuple::<i64>()
                .all(txn)
                .await?;
        }
    }
    Ok(())
}

/// Recounts the votes and comments of `ids` from their rows and sets their trending
/// ranks to match, inside whatever transaction `db` is. Callers that may race live votes
/// lock the rows first (see [`repair`]).
pub async fn recount(db: &impl ConnectionTrait, ids: &[i64]) -> Result<(), DbErr> {
    for ids in ids.chunks(PAGE as usize) {
        recount_page(db, ids).await?;
    }
    Ok(())
}

async fn recount_page(db: &impl ConnectionTrait, ids: &[i64]) -> Result<(), DbErr> {
    idea::Entity::update_many()
        .col_expr(
            idea::Column::VoteCount,
            Expr::cust(
                "(SELECT COUNT(*) FROM votes WHERE votes.idea_id = ideas.id \
                 AND votes.set_aside_by IS NULL)",
            ),
        )
        .col_expr(
            idea::Column::CommentCount,
            Expr::cust(
                "(SELECT COUNT(*) FROM comments WHERE comments.idea_id = ideas.id \
                 AND comments.deleted_at IS NULL AND comments.visibility = 'published')",
            ),
        )
        .col_expr(
            idea::Column::TallyVersion,
            Expr::col(idea::Column::TallyVersion).add(1),
        )
        .filter(idea::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    if db.get_database_backend() == DatabaseBackend::Postgres {
        // One statement for the page: the rank formula of `domain::ranking`, in SQL.
        // (Row by row, rebuilding 100,000 ideas took 26 s over loopback: docs/benchmarks.md.)
        idea::Entity::update_many()
            .col_expr(idea::Column::HotRank, Expr::cust(HOT_RANK_SQL))
            .filter(idea::Column::Id.is_in(ids.iter().copied()))
            .exec(db)
            .await?;
    } else {
        let counted: Vec<(i64, i32, chrono::DateTime<chrono::Utc>)> = idea::Entity::find()
            .select_only()
            .columns([
                idea::Column::Id,
                idea::Column::VoteCount,
                idea::Column::CreatedAt,
            ])
            .filter(idea::Column::Id.is_in(ids.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        for (id, votes, created_at) in counted {
            idea::Entity::update_many()
                .col_expr(
                    idea::Column::HotRank,
                    Expr::value(hot_rank(votes, created_at)),
                )
                .filter(idea::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}
