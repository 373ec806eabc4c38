//! Generated campaigns for the vote-integrity signals: an honest crowd (support skewed
//! to a few popular ideas, spread over weeks and waking hours, some people sharing an
//! office or mobile network) with, if asked, planted rings of each kind. Deterministic:
//! the same seed gives the same campaign. The tests, the benchmark and `server
//! seed-integrity-sample` (for moderators to practise on) all use it.

use chrono::{DateTime, Duration, Utc};

use super::Support;
use crate::domain::draw::Draw;

/// The size of the honest crowd.
#[derive(Clone, Copy, Debug)]
pub struct Crowd {
    pub ideas: u64,
    pub accounts: u64,
    /// How long the campaign has taken support.
    pub days: i64,
}

impl Crowd {
    /// About the size of "Maps and Apps": 500 ideas, 10,000 people, six weeks.
    pub const MAPS_AND_APPS: Crowd = Crowd {
        ideas: 500,
        accounts: 10_000,
        days: 42,
    };
}

/// A ring to plant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plant {
    /// New accounts made together, supporting the same few little-known ideas within the
    /// same hour, from one network.
    Swarm { accounts: u64 },
    /// Accounts spread over days and networks that support only one author's ideas.
    FanClub { accounts: u64 },
    /// Accounts from one network, over days, all supporting one idea among others.
    OneNetwork { accounts: u64 },
}

/// A generated idea: its number and its author's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleIdea {
    pub id: i64,
    pub author: i64,
}

/// A generated account: its number and when it was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleAccount {
    pub id: i64,
    pub created_at: DateTime<Utc>,
}

/// A generated campaign. Ideas and accounts are numbered from 1; the rings' accounts
/// come after the crowd's.
#[derive(Clone, Debug)]
pub struct Sample {
    pub ideas: Vec<SampleIdea>,
    pub accounts: Vec<SampleAccount>,
    pub supports: Vec<Support>,
    /// Each planted ring's accounts, in the order planted.
    pub rings: Vec<(Plant, Vec<i64>)>,
}

/// An hour of the day weighted as people are awake: most support comes between 8:00
/// and 22:00.
fn waking_hour(draw: &mut Draw) -> i64 {
    if draw.chance(0.9) {
        8 + draw.below(14) as i64
    } else {
        draw.below(24) as i64
    }
}

/// Generates a campaign that opened at `opened`, with `plants` planted in it.
pub fn generate(seed: u64, crowd: Crowd, plants: &[Plant], opened: DateTime<Utc>) -> Sample {
    let mut draw = Draw(seed | 1);
    let mut ideas: Vec<SampleIdea> = (1..=crowd.ideas as i64)
        .map(|id| SampleIdea {
            id,
            // A few people put forward several ideas.
            author: 1 + draw.skewed(crowd.accounts) as i64,
        })
        .collect();
    // Shared networks (an office, a library, a mobile operator's) are a fifth of people.
    let shared_networks = (crowd.accounts / 200).max(3);
    let mut accounts = Vec::new();
    let mut supports = Vec::new();
    for id in 1..=crowd.accounts as i64 {
        let day = draw.below(crowd.days as u64) as i64;
        let joined = opened
            + Duration::days(day)
            + Duration::hours(waking_hour(&mut draw))
            + Duration::minutes(draw.below(60) as i64);
        accounts.push(SampleAccount {
            id,
            created_at: joined,
        });
        let block = if draw.chance(0.2) {
            format!("net-{}", draw.below(shared_networks))
        } else {
            format!("home-{id}")
        };
        // Most support one to three ideas; a few support many.
        let count = 1 + draw.skewed(12);
        let mut when = joined + Duration::minutes(2);
        for _ in 0..count {
            let idea = 1 + draw.skewed(crowd.ideas) as i64;
            supports.push(Support {
                account: id,
                idea,
                at: when,
                block: Some(block.clone()),
            });
            // The next one a few minutes later, or on a later visit.
            when += if draw.chance(0.7) {
                Duration::minutes(1 + draw.below(10) as i64)
            } else {
                Duration::days(1 + draw.below(7) as i64)
            };
        }
    }
    dedup(&mut supports);

    let mut next_account = crowd.accounts as i64 + 1;
    let mut rings = Vec::new();
    for (n, plant) in plants.iter().enumerate() {
        let mut members = Vec::new();
        let n = n as u64;
        match *plant {
            Plant::Swarm { accounts: size } => {
                // Four ideas from the little-supported second half.
                let targets: Vec<i64> = (0..4)
                    .map(|i| (crowd.ideas / 2 + (n * 37 + i * 11) % (crowd.ideas / 2)) as i64)
                    .collect();
                let start = opened
                    + Duration::days(crowd.days / 2 + n as i64)
                    + Duration::hours(waking_hour(&mut draw));
                for _ in 0..size {
                    let made = start + Duration::seconds(draw.below(1800) as i64);
                    let id = new_account(&mut accounts, &mut next_account, made);
                    for (i, idea) in targets.iter().enumerate() {
                        supports.push(Support {
                            account: id,
                            idea: *idea,
                            at: made + Duration::seconds(30 + 20 * i as i64),
                            block: Some(format!("swarm-{n}")),
                        });
                    }
                    members.push(id);
                }
            }
            Plant::FanClub { accounts: size } => {
                // A new author with three ideas of their own.
                let author = new_account(&mut accounts, &mut next_account, opened);
                let first = ideas.len() as i64 + 1;
                let theirs: Vec<i64> = (first..first + 3).collect();
                ideas.extend(theirs.iter().map(|id| SampleIdea { id: *id, author }));
                for _ in 0..size {
                    let made = opened + Duration::days(draw.below(crowd.days as u64) as i64);
                    let id = new_account(&mut accounts, &mut next_account, made);
                    // Two or three of the author's ideas, on separate days.
                    let skip = draw.below(4) as usize;
                    for (i, idea) in theirs.iter().enumerate().filter(|(i, _)| *i != skip) {
                        supports.push(Support {
                            account: id,
                            idea: *idea,
                            at: made
                                + Duration::days(i as i64)
                                + Duration::hours(waking_hour(&mut draw)),
                            block: Some(format!("fan-{id}")),
                        });
                    }
                    members.push(id);
                }
            }
            Plant::OneNetwork { accounts: size } => {
                let target = (crowd.ideas / 3 + n * 7) as i64;
                for _ in 0..size {
                    let made = opened + Duration::days(draw.below(crowd.days as u64) as i64);
                    let id = new_account(&mut accounts, &mut next_account, made);
                    let block = Some(format!("office-{n}"));
                    supports.push(Support {
                        account: id,
                        idea: target,
                        at: made + Duration::hours(waking_hour(&mut draw)),
                        block: block.clone(),
                    });
                    // And one or two others, as anyone might.
                    for _ in 0..1 + draw.below(2) {
                        supports.push(Support {
                            account: id,
                            idea: 1 + draw.skewed(crowd.ideas) as i64,
                            at: made + Duration::days(1) + Duration::hours(waking_hour(&mut draw)),
                            block: block.clone(),
                        });
                    }
                    members.push(id);
                }
            }
        }
        rings.push((*plant, members));
    }
    dedup(&mut supports);
    Sample {
        ideas,
        accounts,
        supports,
        rings,
    }
}

/// A ring's account, made at `made`, numbered next.
fn new_account(accounts: &mut Vec<SampleAccount>, next: &mut i64, made: DateTime<Utc>) -> i64 {
    let id = *next;
    *next += 1;
    accounts.push(SampleAccount {
        id,
        created_at: made,
    });
    id
}

/// One support per account and idea, the first.
fn dedup(supports: &mut Vec<Support>) {
    supports.sort_by_key(|s| (s.account, s.idea, s.at));
    supports.dedup_by_key(|s| (s.account, s.idea));
}
