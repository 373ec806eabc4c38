//! Rankings in this process: for a single instance without Redis.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use super::{RankSort, RankedEntry, RankedIdea, RankedPage, RankingError, RankingStore, paged};
use crate::domain::idea::Cursor;

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
