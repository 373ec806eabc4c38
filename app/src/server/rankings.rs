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

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::domain::idea::{Cursor, Visibility};
use crate::server::entities::idea;

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
#[error("rankings: {0}")]
pub struct RankingError(pub String);

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

/// An `f64` ordered totally, for keys of ordered sets.
#[derive(Debug, Clone, Copy)]
struct Score(f64);

impl PartialEq for Score {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Score {}
impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Rankings in this process: for a single instance without Redis.
#[derive(Default)]
pub struct InProcessRankings {
    state: Mutex<InProcessState>,
    complete: AtomicBool,
}

#[derive(Default)]
struct InProcessState {
    ideas: HashMap<i64, RankedIdea>,
    /// Ascending (score, id); read backwards.
    orders: HashMap<(i64, RankSort), BTreeSet<(Score, i64)>>,
}

impl InProcessState {
    fn unlist(&mut self, old: &RankedIdea) {
        for sort in [RankSort::Top, RankSort::Trending] {
            if let Some(order) = self.orders.get_mut(&(old.campaign_id, sort)) {
                order.remove(&(Score(old.score(sort)), old.id));
            }
        }
    }
}

#[async_trait::async_trait]
impl RankingStore for InProcessRankings {
    async fn apply(&self, ideas: &[RankedIdea]) -> Result<(), RankingError> {
        let mut state = self.state.lock().expect("rankings lock");
        for idea in ideas {
            if let Some(old) = state.ideas.get(&idea.id).copied() {
                if old.version >= idea.version {
                    continue;
                }
                state.unlist(&old);
            }
            if idea.listed {
                for sort in [RankSort::Top, RankSort::Trending] {
                    state
                        .orders
                        .entry((idea.campaign_id, sort))
                        .or_default()
                        .insert((Score(idea.score(sort)), idea.id));
                }
            }
            state.ideas.insert(idea.id, *idea);
        }
        Ok(())
    }

    async fn page(
        &self,
        campaign_id: i64,
        sort: RankSort,
        after: Option<Cursor>,
        limit: u64,
    ) -> Result<Option<RankedPage>, RankingError> {
        if !self.complete.load(AtomicOrdering::Acquire) {
            return Ok(None);
        }
        let state = self.state.lock().expect("rankings lock");
        let Some(order) = state.orders.get(&(campaign_id, sort)) else {
            return Ok(Some(RankedPage {
                entries: Vec::new(),
                total: 0,
                next: None,
            }));
        };
        // Everything below the cursor's place, read from the top down.
        let below = after.map_or(Bound::Unbounded, |c| Bound::Excluded((Score(c.key), c.id)));
        let entries = order
            .range((Bound::Unbounded, below))
            .rev()
            .take(limit as usize + 1)
            .map(|&(Score(score), id)| RankedEntry {
                id,
                score,
                votes: state.ideas.get(&id).map_or(0, |i| i.votes),
            })
            .collect();
        Ok(Some(paged(entries, order.len() as u64, limit)))
    }

    async fn count(&self, campaign_id: i64) -> Result<Option<u64>, RankingError> {
        if !self.complete.load(AtomicOrdering::Acquire) {
            return Ok(None);
        }
        let state = self.state.lock().expect("rankings lock");
        Ok(Some(
            state
                .orders
                .get(&(campaign_id, RankSort::Top))
                .map_or(0, |order| order.len() as u64),
        ))
    }

    async fn is_complete(&self) -> Result<bool, RankingError> {
        Ok(self.complete.load(AtomicOrdering::Acquire))
    }

    async fn mark_complete(&self) -> Result<(), RankingError> {
        self.complete.store(true, AtomicOrdering::Release);
        Ok(())
    }

    async fn clear(&self, _campaign_ids: &[i64]) -> Result<(), RankingError> {
        self.complete.store(false, AtomicOrdering::Release);
        *self.state.lock().expect("rankings lock") = InProcessState::default();
        Ok(())
    }
}

/// Trims `entries` (fetched as `limit + 1`) to a page, with a cursor if one was left over.
fn paged(mut entries: Vec<RankedEntry>, total: u64, limit: u64) -> RankedPage {
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

/// Records ideas unless Redis has a newer version of them. ARGV: the key prefix, then
/// six values per idea: member, campaign, version, votes, trending score, listed (1/0).
/// Members are ids padded to 19 digits, so that Redis's order among equal scores (by
/// member) is the order of ids.
const APPLY_SCRIPT: &str = r"
local p = ARGV[1]
local versions = p .. 'tally:version'
local votes = p .. 'tally:votes'
for i = 2, #ARGV, 6 do
  local member = ARGV[i]
  local seen = redis.call('HGET', versions, member)
  if (not seen) or tonumber(seen) < tonumber(ARGV[i + 2]) then
    redis.call('HSET', versions, member, ARGV[i + 2])
    redis.call('HSET', votes, member, ARGV[i + 3])
    local top = p .. 'rank:' .. ARGV[i + 1] .. ':top'
    local trending = p .. 'rank:' .. ARGV[i + 1] .. ':trending'
    if ARGV[i + 5] == '1' then
      redis.call('ZADD', top, ARGV[i + 3], member)
      redis.call('ZADD', trending, ARGV[i + 4], member)
    else
      redis.call('ZREM', top, member)
      redis.call('ZREM', trending, member)
    end
  end
end
return 0
";

/// A page of one ranking: false until a whole rebuild finished, else {total, member and
/// score pairs, votes of each}. ARGV: prefix, campaign, order, how many, and optionally
/// the cursor's score and member. The page starts after the cursor's place even if its
/// idea has since moved or gone: the cursor is put at its place for a moment (inside
/// the script, so no one sees it) to learn how many ideas come before it.
const PAGE_SCRIPT: &str = r"
local p = ARGV[1]
if redis.call('EXISTS', p .. 'tally:complete') == 0 then return false end
local key = p .. 'rank:' .. ARGV[2] .. ':' .. ARGV[3]
local limit = tonumber(ARGV[4])
local start = 0
if ARGV[5] then
  local member = ARGV[6]
  local old = redis.call('ZSCORE', key, member)
  redis.call('ZADD', key, ARGV[5], member)
  start = redis.call('ZREVRANK', key, member)
  if old then
    redis.call('ZADD', key, old, member)
    if tonumber(old) >= tonumber(ARGV[5]) then start = start + 1 end
  else
    redis.call('ZREM', key, member)
  end
end
local page = redis.call('ZREVRANGE', key, start, start + limit - 1, 'WITHSCORES')
local counts = {}
if #page > 0 then
  local members = {}
  for i = 1, #page, 2 do members[#members + 1] = page[i] end
  counts = redis.call('HMGET', p .. 'tally:votes', unpack(members))
end
return {redis.call('ZCARD', key), page, counts}
";

/// Rankings in Redis, shared by every instance that uses the same Redis and prefix.
#[derive(Clone)]
pub struct RedisRankings {
    redis: redis::aio::ConnectionManager,
    prefix: String,
    apply: Arc<redis::Script>,
    page: Arc<redis::Script>,
}

impl RedisRankings {
    pub fn new(redis: redis::aio::ConnectionManager, prefix: &str) -> Self {
        Self {
            redis,
            prefix: prefix.to_owned(),
            apply: Arc::new(redis::Script::new(APPLY_SCRIPT)),
            page: Arc::new(redis::Script::new(PAGE_SCRIPT)),
        }
    }

    fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }
}

fn member(id: i64) -> String {
    format!("{id:019}")
}

fn redis_error(e: redis::RedisError) -> RankingError {
    RankingError(e.to_string())
}

/// How many ideas one call of the apply script carries.
const APPLY_BATCH: usize = 500;

#[async_trait::async_trait]
impl RankingStore for RedisRankings {
    async fn apply(&self, ideas: &[RankedIdea]) -> Result<(), RankingError> {
        let mut conn = self.redis.clone();
        for batch in ideas.chunks(APPLY_BATCH) {
            let mut call = self.apply.arg(&self.prefix);
            for idea in batch {
                call.arg(member(idea.id))
                    .arg(idea.campaign_id)
                    .arg(idea.version)
                    .arg(idea.votes)
                    .arg(idea.hot_rank.to_string())
                    .arg(u8::from(idea.listed));
            }
            call.invoke_async::<i64>(&mut conn)
                .await
                .map_err(redis_error)?;
        }
        Ok(())
    }

    async fn page(
        &self,
        campaign_id: i64,
        sort: RankSort,
        after: Option<Cursor>,
        limit: u64,
    ) -> Result<Option<RankedPage>, RankingError> {
        let mut conn = self.redis.clone();
        let mut call = self.page.arg(&self.prefix);
        call.arg(campaign_id).arg(sort.key()).arg(limit + 1);
        if let Some(cursor) = after {
            call.arg(cursor.key.to_string()).arg(member(cursor.id));
        }
        let reply: Option<(u64, Vec<String>, Vec<Option<i32>>)> =
            call.invoke_async(&mut conn).await.map_err(redis_error)?;
        let Some((total, pairs, votes)) = reply else {
            return Ok(None);
        };
        let entries = pairs
            .chunks(2)
            .zip(votes)
            .map(|(pair, votes)| {
                let id = pair[0].parse().map_err(|_| bad_reply(&pair[0]))?;
                let score = pair
                    .get(1)
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| bad_reply(&pair[0]))?;
                Ok(RankedEntry {
                    id,
                    score,
                    votes: votes.unwrap_or(0),
                })
            })
            .collect::<Result<Vec<_>, RankingError>>()?;
        Ok(Some(paged(entries, total, limit)))
    }

    async fn count(&self, campaign_id: i64) -> Result<Option<u64>, RankingError> {
        let mut conn = self.redis.clone();
        let (complete, count): (bool, u64) = redis::pipe()
            .cmd("EXISTS")
            .arg(self.key("tally:complete"))
            .cmd("ZCARD")
            .arg(self.key(&format!("rank:{campaign_id}:top")))
            .query_async(&mut conn)
            .await
            .map_err(redis_error)?;
        Ok(complete.then_some(count))
    }

    async fn is_complete(&self) -> Result<bool, RankingError> {
        let mut conn = self.redis.clone();
        redis::cmd("EXISTS")
            .arg(self.key("tally:complete"))
            .query_async(&mut conn)
            .await
            .map_err(redis_error)
    }

    async fn mark_complete(&self) -> Result<(), RankingError> {
        let mut conn = self.redis.clone();
        redis::cmd("SET")
            .arg(self.key("tally:complete"))
            .arg(1)
            .query_async(&mut conn)
            .await
            .map_err(redis_error)
    }

    async fn clear(&self, campaign_ids: &[i64]) -> Result<(), RankingError> {
        let mut conn = self.redis.clone();
        let mut del = redis::cmd("DEL");
        del.arg(self.key("tally:complete"))
            .arg(self.key("tally:version"))
            .arg(self.key("tally:votes"));
        for id in campaign_ids {
            for sort in [RankSort::Top, RankSort::Trending] {
                del.arg(self.key(&format!("rank:{id}:{}", sort.key())));
            }
        }
        del.query_async::<i64>(&mut conn)
            .await
            .map(drop)
            .map_err(redis_error)
    }
}

fn bad_reply(what: &str) -> RankingError {
    RankingError(format!("unexpected member {what:?} in a ranking"))
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

    /// Records `ideas`; on failure, marks the rankings behind.
    pub async fn apply(&self, ideas: &[RankedIdea]) {
        if let Err(err) = self.store.apply(ideas).await {
            self.behind.store(true, AtomicOrdering::Release);
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
    pub async fn needs_rebuild(&self) -> Result<bool, RankingError> {
        Ok(self.behind.load(AtomicOrdering::Acquire) || !self.store.is_complete().await?)
    }
}

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
            tracing::warn!(error = %err, "could not rebuild the rankings");
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
