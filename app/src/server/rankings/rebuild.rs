//! Copying the database into the rankings: after each change, at start-up, and
//! whenever they fall behind.

use std::sync::atomic::Ordering as AtomicOrdering;
use std::time::Duration;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{RankedIdea, RankingError, RankingStore, Rankings};
use crate::domain::idea::Visibility;
use crate::server::entities::idea;

/// How many ideas are read from the database at a time when rebuilding.
const REBUILD_PAGE: u64 = 5_000;

/// Columns of an idea the rankings need.
type RankedRow = (i64, i64, i64, i32, f64, Visibility, Option<i64>);

fn ranked(row: RankedRow) -> RankedIdea {
    let (id, campaign_id, version, votes, hot_rank, visibility, duplicate_of) = row;
    RankedIdea {
        id,
        campaign_id,
        version,
        votes,
        hot_rank,
        listed: visibility == Visibility::Published && duplicate_of.is_none(),
    }
}

fn ranked_columns(
    select: sea_orm::Select<idea::Entity>,
) -> sea_orm::Selector<sea_orm::SelectGetableTuple<RankedRow>> {
    select
        .select_only()
        .columns([
            idea::Column::Id,
            idea::Column::CampaignId,
            idea::Column::TallyVersion,
            idea::Column::VoteCount,
            idea::Column::HotRank,
            idea::Column::Visibility,
            idea::Column::DuplicateOfId,
        ])
        .into_tuple()
}

/// Copies the current state of `ids` from the database to the rankings. Call after the
/// transaction that changed them commits.
pub async fn sync(db: &DatabaseConnection, rankings: &Rankings, ids: &[i64]) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    let rows =
        ranked_columns(idea::Entity::find().filter(idea::Column::Id.is_in(ids.iter().copied())))
            .all(db)
            .await?;
    let ideas: Vec<RankedIdea> = rows.into_iter().map(ranked).collect();
    rankings.apply(&ideas).await;
    Ok(())
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    pub ideas: u64,
    /// False when the store failed part way; the rankings stay marked behind.
    pub complete: bool,
}

/// Copies every idea from the database to the rankings; with `forget_first`, after
/// clearing them (for when the store may hold versions the database no longer has, as
/// after restoring a backup). `progress(done, total)` follows each page.
///
/// Safe while votes flow: each copy carries its version, so a vote's newer write is
/// never overwritten by the rebuild's older one.
pub async fn rebuild(
    db: &DatabaseConnection,
    rankings: &Rankings,
    forget_first: bool,
    mut progress: impl FnMut(u64, u64),
) -> Result<Rebuilt, DbErr> {
    // Cleared before starting, so that a write missed during the rebuild marks it again.
    rankings.behind.store(false, AtomicOrdering::Release);
    let (ideas, copied) = copy_all(db, rankings.store(), forget_first, &mut progress).await?;
    let complete = match copied {
        Ok(()) => true,
        Err(err) => {
            if !matches!(err, RankingError::Away) {
                tracing::warn!(error = %err, "could not rebuild the rankings");
            }
            rankings.behind.store(true, AtomicOrdering::Release);
            false
        }
    };
    Ok(Rebuilt { ideas, complete })
}

/// The body of [`rebuild`]: how many ideas were copied, and whether the store took
/// everything (a database error ends it at once; a store error is the caller's to mark).
async fn copy_all(
    db: &DatabaseConnection,
    store: &dyn RankingStore,
    forget_first: bool,
    progress: &mut impl FnMut(u64, u64),
) -> Result<(u64, Result<(), RankingError>), DbErr> {
    if forget_first {
        let campaigns: Vec<i64> = crate::server::entities::campaign::Entity::find()
            .select_only()
            .column(crate::server::entities::campaign::Column::Id)
            .into_tuple()
            .all(db)
            .await?;
        if let Err(err) = store.clear(&campaigns).await {
            return Ok((0, Err(err)));
        }
    }
    let total = idea::Entity::find().count(db).await?;
    let mut done = 0;
    let mut after = 0_i64;
    loop {
        let rows = ranked_columns(
            idea::Entity::find()
                .filter(idea::Column::Id.gt(after))
                .order_by_asc(idea::Column::Id)
                .limit(REBUILD_PAGE),
        )
        .all(db)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.0;
        done += rows.len() as u64;
        let ideas: Vec<RankedIdea> = rows.into_iter().map(ranked).collect();
        if let Err(err) = store.apply(&ideas).await {
            return Ok((done, Err(err)));
        }
        progress(done, total);
    }
    Ok((done, store.mark_complete().await))
}

/// Rebuilds the rankings at start-up, then whenever they fall behind or lose their
/// contents, checking every `every`; and every `full_every` regardless (which repairs
/// drift no failure announced, at the cost of one pass over the ideas).
pub async fn keep_in_step(
    db: DatabaseConnection,
    rankings: Rankings,
    every: Duration,
    full_every: Duration,
) {
    let mut last_full: Option<tokio::time::Instant> = None;
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let due = match rankings.needs_rebuild().await {
            Ok(needed) => needed || last_full.is_none_or(|at| at.elapsed() >= full_every),
            // Unreachable: try again at the next tick.
            Err(_) => false,
        };
        if !due {
            continue;
        }
        last_full = Some(tokio::time::Instant::now());
        match rebuild(&db, &rankings, false, |_, _| {}).await {
            Ok(Rebuilt {
                ideas,
                complete: true,
            }) => tracing::info!(ideas, "rankings rebuilt from the database"),
            Ok(_) => {}
            Err(err) => tracing::error!(error = %err, "could not read ideas to rebuild rankings"),
        }
    }
}
