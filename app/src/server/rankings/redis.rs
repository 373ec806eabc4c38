//! Rankings in Redis, shared by every instance: two Lua scripts, so that each write and
//! each page is one atomic step on the Redis server.

use std::sync::Arc;

use super::{RankSort, RankedEntry, RankedIdea, RankedPage, RankingError, RankingStore, paged};
use crate::domain::idea::Cursor;
use crate::server::redis_link::{RedisFailure, RedisLink};

/// Records ideas unless Redis has a newer version of them. ARGV: the key prefix, then
/// six values per idea: member, campaign, version, votes, trending score, listed (1/0).
/// Members are ids padded to 19 digits, so that Redis's order among equal scores (by
/// member) is the order of ids.
const APPLY_SCRIPT: &str = include_str!("apply.lua");

/// A page of one ranking: false until a whole rebuild finished, else {total, member and
/// score pairs, votes of each}. ARGV: prefix, campaign, order, how many, and optionally
/// the cursor's score and member. The page starts after the cursor's place even if its
/// idea has since moved or gone: the cursor is put at its place for a moment (inside
/// the script, so no one sees it) to learn how many ideas come before it.
const PAGE_SCRIPT: &str = include_str!("page.lua");

/// Rankings in Redis, shared by every instance that uses the same Redis and prefix.
#[derive(Clone)]
pub struct RedisRankings {
    redis: RedisLink,
    prefix: String,
    apply: Arc<redis::Script>,
    page: Arc<redis::Script>,
}

impl RedisRankings {
    pub fn new(redis: RedisLink, prefix: &str) -> Self {
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

fn redis_error(e: RedisFailure) -> RankingError {
    match e {
        RedisFailure::Away => RankingError::Away,
        RedisFailure::Failed(e) => RankingError::Failed(e.to_string()),
    }
}

/// How many ideas one call of the apply script carries.
const APPLY_BATCH: usize = 500;

#[async_trait::async_trait]
impl RankingStore for RedisRankings {
    async fn apply(&self, ideas: &[RankedIdea]) -> Result<(), RankingError> {
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
            self.redis
                .call(|mut conn| async move { call.invoke_async::<i64>(&mut conn).await })
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
        let mut call = self.page.arg(&self.prefix);
        call.arg(campaign_id).arg(sort.key()).arg(limit + 1);
        if let Some(cursor) = after {
            call.arg(cursor.key.to_string()).arg(member(cursor.id));
        }
        let reply: Option<(u64, Vec<String>, Vec<Option<i32>>)> = self
            .redis
            .call(|mut conn| async move { call.invoke_async(&mut conn).await })
            .await
            .map_err(redis_error)?;
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
        let mut pipe = redis::pipe();
        pipe.cmd("EXISTS")
            .arg(self.key("tally:complete"))
            .cmd("ZCARD")
            .arg(self.key(&format!("rank:{campaign_id}:top")));
        let (complete, count): (bool, u64) = self
            .redis
            .call(|mut conn| async move { pipe.query_async(&mut conn).await })
            .await
            .map_err(redis_error)?;
        Ok(complete.then_some(count))
    }

    async fn is_complete(&self) -> Result<bool, RankingError> {
        let mut cmd = redis::cmd("EXISTS");
        cmd.arg(self.key("tally:complete"));
        self.redis
            .call(|mut conn| async move { cmd.query_async(&mut conn).await })
            .await
            .map_err(redis_error)
    }

    async fn mark_complete(&self) -> Result<(), RankingError> {
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.key("tally:complete")).arg(1);
        self.redis
            .call(|mut conn| async move { cmd.query_async(&mut conn).await })
            .await
            .map_err(redis_error)
    }

    async fn clear(&self, campaign_ids: &[i64]) -> Result<(), RankingError> {
        let mut del = redis::cmd("DEL");
        del.arg(self.key("tally:complete"))
            .arg(self.key("tally:version"))
            .arg(self.key("tally:votes"));
        for id in campaign_ids {
            for sort in [RankSort::Top, RankSort::Trending] {
                del.arg(self.key(&format!("rank:{id}:{}", sort.key())));
            }
        }
        self.redis
            .call(|mut conn| async move { del.query_async::<i64>(&mut conn).await })
            .await
            .map(drop)
            .map_err(redis_error)
    }
}

fn bad_reply(what: &str) -> RankingError {
    RankingError::Failed(format!("unexpected member {what:?} in a ranking"))
}
