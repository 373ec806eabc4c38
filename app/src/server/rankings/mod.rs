//! Each campaign's listed ideas in Top and Trending order, with their vote counts: what
//! the busiest pages read. Kept in Redis when it is configured (one copy for every
//! instance), otherwise in this process.
//!
//! The database stays the source of truth. Every change to an idea's votes, or to
//! whether lists show it, bumps the idea's `tally_version` in the same statement; what
//! is written here carries that version, and a store keeps only the highest it has
//! seen. So the writes of two votes may arrive in either order, a rebuild may race live
//! votes, and a write may be repeated, and the store still ends at the database's state.
//! A write that fails (Redis away) marks the rankings for a rebuild, which
//! [`keep_in_step`] runs once the store answers again; until then lists are read from
//! the database, so a reader never sees a ranking with a gap in it.
//!
//! The store is one trait with two implementations, [`memory`] and [`redis`]; the
//! [`Rankings`] wrapper keeps a vote's path free of their failures; [`rebuild`] copies
//! the database into them.

mod memory;
mod rebuild;
mod redis;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use crate::domain::idea::Cursor;

pub use memory::InProcessRankings;
pub use rebuild::{Rebuilt, keep_in_step, rebuild, sync};
pub use redis::RedisRankings;

/// The two orders kept ranked; the others are read from the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RankSort {
    Top,
    Trending,
}

impl RankSort {
    fn key(self) -> &'static str {
        match self {
            Self::Top => "top",
            Self::Trending => "trending",
        }
    }
}

/// One idea as the rankings see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankedIdea {
    pub id: i64,
    pub campaign_id: i64,
    /// The idea's `tally_version`: a write with a version no higher than the stored
    /// one is stale and ignored.
    pub version: i64,
    pub votes: i32,
    /// See `domain::ranking::hot_rank`.
    pub hot_rank: f64,
    /// Whether lists show it (published, and not merged into another idea).
    pub listed: bool,
}

impl RankedIdea {
    fn score(&self, sort: RankSort) -> f64 {
        match sort {
            RankSort::Top => f64::from(self.votes),
            RankSort::Trending => self.hot_rank,
        }
    }
}

/// One ranked idea on a page: its id, its place in the order, and its votes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankedEntry {
    pub id: i64,
    pub score: f64,
    pub votes: i32,
}

/// A page of a ranking, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedPage {
    pub entries: Vec<RankedEntry>,
    /// How many ideas the ranking holds in all.
    pub total: u64,
    /// Where the next page starts, if there is one.
    pub next: Option<Cursor>,
}

/// Why a store could not answer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum RankingError {
    /// Redis is unreachable: already logged once, by `RedisLink`.
    #[error("rankings: Redis is unreachable")]
    Away,
    #[error("rankings: {0}")]
    Failed(String),
}

/// A place rankings are kept. Two implementations, one contract
/// (`server/tests/api/rankings.rs` runs the same tests against both).
#[async_trait::async_trait]
pub trait RankingStore: Send + Sync {
    /// Records each idea's state, unless the store already has the same or a newer
    /// version of it.
    async fn apply(&self, ideas: &[RankedIdea]) -> Result<(), RankingError>;
    /// Up to `limit` listed ideas of `campaign_id` in `sort` order (score, then id,
    /// both descending), starting after `after`; `None` until a whole rebuild has
    /// finished (an empty or partial ranking must not be shown as the real one).
    async fn page(
        &self,
        campaign_id: i64,
        sort: RankSort,
        after: Option<Cursor>,
        limit: u64,
    ) -> Result<Option<RankedPage>, RankingError>;
    /// How many listed ideas `campaign_id` has; `None` until a whole rebuild finished.
    async fn count(&self, campaign_id: i64) -> Result<Option<u64>, RankingError>;
    /// Whether a whole rebuild has finished since the store was last empty.
    async fn is_complete(&self) -> Result<bool, RankingError>;
    /// Says that a whole rebuild has just finished.
    async fn mark_complete(&self) -> Result<(), RankingError>;
    /// Forgets everything (before a forced rebuild).
    async fn clear(&self, campaign_ids: &[i64]) -> Result<(), RankingError>;
}

/// Trims `entries` (fetched as `limit + 1`) to a page, with a cursor if one was left over.
pub(super) fn paged(mut entries: Vec<RankedEntry>, total: u64, limit: u64) -> RankedPage {
    let next = if entries.len() as u64 > limit {
        entries.truncate(limit as usize);
        entries.last().map(|e| Cursor {
            key: e.score,
            id: e.id,
        })
    } else {
        None
    };
    RankedPage {
        entries,
        total,
        next,
    }
}

/// The rankings the server uses: the store, and whether it missed a write.
///
/// Failures are logged here and never passed on: a vote is recorded once the database
/// has it, whatever becomes of its copy in the rankings.
#[derive(Clone)]
pub struct Rankings {
    store: Arc<dyn RankingStore>,
    /// Set when a write failed: the store may be behind until the next rebuild.
    behind: Arc<AtomicBool>,
}

impl Rankings {
    pub fn new(store: Arc<dyn RankingStore>) -> Self {
        Self {
            store,
            behind: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn in_process() -> Self {
        Self::new(Arc::new(InProcessRankings::default()))
    }

    pub fn store(&self) -> &dyn RankingStore {
        self.store.as_ref()
    }

    /// Records `ideas`; on failure, marks the rankings behind (logged when they fall
    /// behind, not for every update missed after that).
    pub async fn apply(&self, ideas: &[RankedIdea]) {
        if let Err(err) = self.store.apply(ideas).await
            && !self.behind.swap(true, AtomicOrdering::AcqRel)
        {
            tracing::warn!(error = %err, "rankings missed an update; they will be rebuilt");
        }
    }

    /// A page of a ranking, or `None` when the database should answer instead (the
    /// rankings are behind, being rebuilt, or unreachable).
    pub async fn page(
        &self,
        campaign_id: i64,
        sort: RankSort,
        after: Option<Cursor>,
        limit: u64,
    ) -> Option<RankedPage> {
        if self.behind.load(AtomicOrdering::Acquire) {
            return None;
        }
        match self.store.page(campaign_id, sort, after, limit).await {
            Ok(page) => page,
            Err(RankingError::Away) => None,
            Err(err) => {
                tracing::warn!(error = %err, "rankings unreadable; reading the database");
                None
            }
        }
    }

    /// How many listed ideas `campaign_id` has, or `None` when the database should
    /// count them.
    pub async fn count(&self, campaign_id: i64) -> Option<u64> {
        if self.behind.load(AtomicOrdering::Acquire) {
            return None;
        }
        self.store.count(campaign_id).await.ok().flatten()
    }

    /// Whether a rebuild is due: a write was missed, or the store lost its contents
    /// (Redis restarted without persistence) or never had them.
    ///
    /// The store is asked first, so that while it is unreachable no rebuild is tried
    /// (each would fail, and mark the rankings behind again).
    pub async fn needs_rebuild(&self) -> Result<bool, RankingError> {
        let complete = self.store.is_complete().await?;
        Ok(self.behind.load(AtomicOrdering::Acquire) || !complete)
    }
}
