//! What a vote needs to know of its idea before it writes, kept in process: which
//! campaign the idea is in, when it was submitted, and the campaign's integrity key.
//!
//! None of these changes once written (an idea never moves campaign; a campaign's key is
//! made once, at its first support), so a copy can never be stale and no instance needs
//! telling when another writes. Everything that does change (the idea's visibility, a
//! merge, the campaign's dates and budget) is checked by the vote's own statements
//! (`server::ideas::vote`), which is what lets a vote skip the read before its
//! transaction: the busiest write there is, one round trip fewer.
//!
//! Bounded, so memory stays flat however many ideas there are; an idea not in the cache
//! costs only the read it would have cost anyway.

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use quick_cache::sync::Cache;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::sync::Arc;

use crate::domain::idea::Visibility;
use crate::server::entities::{campaign, idea};

/// The facts of one idea a vote writes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdeaFacts {
    pub campaign_id: i64,
    pub created_at: DateTime<Utc>,
}

/// The cache; cheap to clone (the clones share it).
#[derive(Clone)]
pub struct VoteFacts {
    ideas: Arc<Cache<i64, IdeaFacts>>,
    keys: Arc<Cache<i64, Arc<str>>>,
    /// How many ideas it keeps.
    capacity: u64,
}

impl std::fmt::Debug for VoteFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VoteFacts")
            .field("ideas", &self.ideas.len())
            .finish_non_exhaustive()
    }
}

impl Default for VoteFacts {
    fn default() -> Self {
        Self::new(Self::IDEAS)
    }
}

impl VoteFacts {
    /// How many ideas are kept by default: all of a 100,000-idea campaign's, in a few
    /// megabytes, so that even support spread evenly over a campaign of that size finds
    /// its idea here.
    pub const IDEAS: u64 = 100_000;

    /// A cache of at most `ideas` ideas (and as many campaigns' keys, which are few).
    pub fn new(ideas: u64) -> Self {
        let ideas = ideas.max(1);
        Self {
            // An eighth to spare: the cache is sharded, its shards fill unevenly, and
            // sized to the count exactly it dropped some of a full campaign's ideas.
            ideas: Arc::new(Cache::new((ideas + ideas / 8) as usize)),
            keys: Arc::new(Cache::new(ideas.min(10_000) as usize)),
            capacity: ideas,
        }
    }

    /// Idea `idea_id`'s facts, if this instance has seen them.
    pub fn idea(&self, idea_id: i64) -> Option<IdeaFacts> {
        self.ideas.get(&idea_id)
    }

    /// Campaign `campaign_id`'s integrity key, if this instance has seen it made.
    pub fn key(&self, campaign_id: i64) -> Option<Arc<str>> {
        self.keys.get(&campaign_id)
    }

    /// Learns the ideas of the campaigns taking support at `now` (the newest first, as
    /// many as the cache keeps) and their keys, so that the first vote on each after a
    /// start need not read it either; how many ideas it learnt. At start-up, in the
    /// background: until it is done, votes read as they would without it.
    pub async fn warm(&self, db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
        let current = campaign::Entity::find()
            .filter(campaign::Model::taking_support(now))
            .all(db)
            .await?;
        for campaign in &current {
            if let Some(key) = &campaign.integrity_key {
                self.keys.insert(campaign.id, Arc::from(key.as_str()));
            }
        }
        // Streamed: collected as rows first, 100,000 ideas took about 50 MB for a moment,
        // at start-up beside the other start-up reads.
        let mut ideas = idea::Entity::find()
            .select_only()
            .columns([
                idea::Column::Id,
                idea::Column::CampaignId,
                idea::Column::CreatedAt,
            ])
            .filter(idea::Column::CampaignId.is_in(current.iter().map(|c| c.id)))
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .filter(idea::Column::DuplicateOfId.is_null())
            .order_by_desc(idea::Column::Id)
            .limit(self.capacity)
            .into_tuple::<(i64, i64, DateTime<Utc>)>()
            .stream(db)
            .await?;
        let mut learnt = 0;
        while let Some((id, campaign_id, created_at)) = ideas.try_next().await? {
            learnt += 1;
            self.ideas.insert(
                id,
                IdeaFacts {
                    campaign_id,
                    created_at,
                },
            );
        }
        Ok(learnt)
    }

    /// Keeps what a vote read of `idea` and its `campaign` (the key only once made).
    pub fn learn(&self, idea: &idea::Model, campaign: &campaign::Model) {
        self.ideas.insert(
            idea.id,
            IdeaFacts {
                campaign_id: idea.campaign_id,
                created_at: idea.created_at,
            },
        );
        if let Some(key) = &campaign.integrity_key
            && self.keys.get(&campaign.id).is_none()
        {
            self.keys.insert(campaign.id, Arc::from(key.as_str()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cache is sharded, and its shards do not fill evenly: sized to the count
    /// exactly, it dropped some of a full campaign's ideas, whose votes then took the
    /// long way.
    #[test]
    fn a_campaign_of_the_size_it_is_made_for_fits_whole() {
        let facts = VoteFacts::default();
        let created_at = Utc::now();
        for id in 1..=VoteFacts::IDEAS as i64 {
            facts.ideas.insert(
                id,
                IdeaFacts {
                    campaign_id: 1,
                    created_at,
                },
            );
        }
        let missing = (1..=VoteFacts::IDEAS as i64)
            .filter(|id| facts.idea(*id).is_none())
            .count();
        assert_eq!(missing, 0, "ideas dropped from a cache made for them all");
    }
}
