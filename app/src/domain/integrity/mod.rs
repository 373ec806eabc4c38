//! Vote integrity: signs that a campaign's support did not come from a crowd.
//!
//! Four signals are read from the supports that still count (each support's account,
//! idea, time and hashed address block) and the ideas' authors:
//!
//! - **Burst**: one idea drew far more support within an hour than its own rate before
//!   and after.
//! - **Same set**: more accounts support exactly the same ideas than chance would give,
//!   chance being what the ideas' popularity predicts.
//! - **One network**: many accounts from one address block, most of them supporting
//!   the same idea, far more than everyone else does.
//! - **One author**: more accounts than chance would give support nothing but one
//!   author's ideas.
//!
//! Each signal names a group of accounts, never what any one of them supported beyond
//! the signal itself. Honest crowds do all of these things a little (offices share a
//! network, popular ideas are supported together), so every threshold compares with
//! what the campaign's own figures predict, and the generated campaigns in
//! [`sample`] (with planted rings and without) are how they were chosen and are tested.
//! A signal is a reason to look, not a verdict: the moderator decides.

pub mod sample;

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// One support that counts: who, for which idea, when, and from which address block (a
/// keyed hash; `None` when not known).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Support {
    pub account: i64,
    pub idea: i64,
    pub at: DateTime<Utc>,
    pub block: Option<String>,
}

/// Fewer supports than this within an hour is never a burst.
pub const BURST_MIN: usize = 10;
/// A burst is at least this many times the idea's own hourly rate outside it.
pub const BURST_FACTOR: f64 = 8.0;
/// Support comes in waking hours: the busiest hours run at about this many times an
/// idea's average rate.
pub const BURST_PEAK: f64 = 2.0;
/// …and a burst is a count that busy rate reaches by chance with at most this
/// probability, so that a large campaign's millions of idea-hours give none.
pub const BURST_CHANCE: f64 = 1e-9;
/// An idea's rate is taken over at least this many hours, so that a new idea's first
/// hour is not compared with nothing.
pub const BASELINE_MIN_HOURS: f64 = 24.0;
/// Fewer accounts than this are never a group.
pub const GROUP_MIN: usize = 5;
/// A group is at least this many times what chance would give.
pub const CHANCE_FACTOR: f64 = 10.0;
/// …and chance gives it with at most this probability.
pub const GROUP_CHANCE: f64 = 1e-9;
/// Fewer accounts than this from one network are never a signal.
pub const BLOCK_MIN: usize = 8;
/// Of one network's accounts, at least this share support the same idea…
pub const BLOCK_SHARE: f64 = 0.6;
/// …and at least this many times the share of all the campaign's supporters who do.
pub const BLOCK_FACTOR: f64 = 4.0;

/// Which signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SignalKind {
    Burst,
    SameSet,
    OneNetwork,
    OneAuthor,
}

impl SignalKind {
    pub const ALL: [SignalKind; 4] = [
        SignalKind::Burst,
        SignalKind::SameSet,
        SignalKind::OneNetwork,
        SignalKind::OneAuthor,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SignalKind::Burst => "burst",
            SignalKind::SameSet => "same-set",
            SignalKind::OneNetwork => "one-network",
            SignalKind::OneAuthor => "one-author",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The key of the signal's name, as a heading.
    pub fn label_key(self) -> &'static str {
        match self {
            SignalKind::Burst => "signal-burst",
            SignalKind::SameSet => "signal-same-set",
            SignalKind::OneNetwork => "signal-one-network",
            SignalKind::OneAuthor => "signal-one-author",
        }
    }
}

/// A group of accounts whose support looks coordinated, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub kind: SignalKind,
    /// Names the signal within its campaign, so that a moderator's decision finds it
    /// again: `burst-12`, `same-set-3-7-9`, `one-network-<block>`, `one-author-55`.
    pub key: String,
    /// The group, in order.
    pub accounts: Vec<i64>,
    /// The ideas the signal is about, in order.
    pub ideas: Vec<i64>,
    /// What was seen, as a sentence for moderators, in the request's language.
    pub summary: String,
    /// The burst's hour, for a burst.
    pub window: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

impl Signal {
    /// Names the group exactly: a decision taken on a page is refused if the group has
    /// changed since (FNV-1a over the account numbers, stable across builds).
    pub fn fingerprint(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for account in &self.accounts {
            for byte in account.to_le_bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    }
}

/// Every signal in a campaign's supports: bursts first, then the groups, each kind
/// largest first. `authors` gives each idea's author.
pub fn detect(supports: &[Support], authors: &HashMap<i64, i64>) -> Vec<Signal> {
    let facts = Facts::new(supports);
    let mut signals = bursts(&facts);
    signals.extend(same_sets(&facts));
    signals.extend(one_network(&facts));
    signals.extend(one_author(&facts, authors));
    signals.sort_by(|a, b| {
        (a.kind, std::cmp::Reverse(a.accounts.len()), &a.key).cmp(&(
            b.kind,
            std::cmp::Reverse(b.accounts.len()),
            &b.key,
        ))
    });
    signals
}

/// The figures every signal reads.
struct Facts<'a> {
    supports: &'a [Support],
    /// Each idea's supports, by time.
    by_idea: BTreeMap<i64, Vec<&'a Support>>,
    /// Each account's ideas, in order, once each.
    by_account: BTreeMap<i64, Vec<i64>>,
    /// How many accounts support each idea.
    supporters: HashMap<i64, usize>,
    /// All supports.
    total: usize,
    /// How many accounts support anything.
    accounts: usize,
    /// How many accounts support exactly k ideas, by k.
    by_size: HashMap<usize, usize>,
}

impl<'a> Facts<'a> {
    fn new(supports: &'a [Support]) -> Self {
        let mut by_idea: BTreeMap<i64, Vec<&Support>> = BTreeMap::new();
        let mut by_account: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for s in supports {
            by_idea.entry(s.idea).or_default().push(s);
            by_account.entry(s.account).or_default().push(s.idea);
        }
        for list in by_idea.values_mut() {
            list.sort_by_key(|s| (s.at, s.account));
        }
        for ideas in by_account.values_mut() {
            ideas.sort_unstable();
            ideas.dedup();
        }
        let mut supporters: HashMap<i64, usize> = HashMap::new();
        let mut by_size: HashMap<usize, usize> = HashMap::new();
        for ideas in by_account.values() {
            *by_size.entry(ideas.len()).or_default() += 1;
            for idea in ideas {
                *supporters.entry(*idea).or_default() += 1;
            }
        }
        Facts {
            supports,
            total: supporters.values().sum(),
            accounts: by_account.len(),
            by_idea,
            by_account,
            supporters,
            by_size,
        }
    }

    /// The share of all supports that went to `idea`.
    fn popularity(&self, idea: i64) -> f64 {
        self.supporters.get(&idea).copied().unwrap_or(0) as f64 / self.total.max(1) as f64
    }
}

fn bursts(facts: &Facts) -> Vec<Signal> {
    let hour = Duration::hours(1);
    let mut found = Vec::new();
    for (idea, list) in &facts.by_idea {
        if list.len() < BURST_MIN {
            continue;
        }
        // The busiest hour: the most supports with less than an hour between the first
        // and the last.
        let (mut best, mut best_start, mut start) = (0, 0, 0);
        for end in 0..list.len() {
            while list[end].at - list[start].at >= hour {
                start += 1;
            }
            if end + 1 - start > best {
                best = end + 1 - start;
                best_start = start;
            }
        }
        let span = list[list.len() - 1].at - list[0].at;
        let hours = (span.num_seconds() as f64 / 3600.0).max(BASELINE_MIN_HOURS);
        let rate = (list.len() - best) as f64 / (hours - 1.0);
        if best < BURST_MIN
            || (best as f64) < BURST_FACTOR * rate
            || ln_poisson_tail(best, BURST_PEAK * rate) > BURST_CHANCE.ln()
        {
            continue;
        }
        let window = &list[best_start..best_start + best];
        let mut accounts: Vec<i64> = window.iter().map(|s| s.account).collect();
        accounts.sort_unstable();
        accounts.dedup();
        found.push(Signal {
            kind: SignalKind::Burst,
            key: format!("burst-{idea}"),
            summary: if rate < 0.05 {
                crate::t!("signal-burst-quiet", best = best)
            } else {
                crate::t!(
                    "signal-burst-rate",
                    best = best,
                    rate = format!("{rate:.1}")
                )
            },
            window: Some((window[0].at, window[best - 1].at)),
            accounts,
            ideas: vec![*idea],
        });
    }
    found
}

/// Whether `observed` accounts where chance gives `expected` is what a large campaign
/// shows somewhere anyway: fewer than `CHANCE_FACTOR` times as many, or as likely as
/// `GROUP_CHANCE` (a campaign has hundreds of thousands of sets of ideas to share).
fn unremarkable(observed: usize, expected: f64) -> bool {
    (observed as f64) < CHANCE_FACTOR * expected
        || ln_poisson_tail(observed, expected) > GROUP_CHANCE.ln()
}

/// ln P(X ≥ k) for X ~ Poisson(λ), bounded above by the first term over (1 − λ/(k+1)).
fn ln_poisson_tail(k: usize, lambda: f64) -> f64 {
    let lambda = lambda.max(1e-9);
    let first = -lambda + k as f64 * lambda.ln() - ln_factorial(k);
    let ratio = lambda / (k as f64 + 1.0);
    if ratio >= 1.0 {
        0.0
    } else {
        first - (1.0 - ratio).ln()
    }
}

/// ln(k!), for the number of orders k ideas can be chosen in.
fn ln_factorial(k: usize) -> f64 {
    (2..=k).map(|i| (i as f64).ln()).sum()
}

fn same_sets(facts: &Facts) -> Vec<Signal> {
    let mut groups: HashMap<&[i64], Vec<i64>> = HashMap::new();
    for (account, ideas) in &facts.by_account {
        if ideas.len() >= 2 {
            groups.entry(ideas.as_slice()).or_default().push(*account);
        }
    }
    let mut found = Vec::new();
    for (ideas, accounts) in groups {
        if accounts.len() < GROUP_MIN {
            continue;
        }
        // Chance: of the accounts supporting as many ideas, how many would pick exactly
        // these if each picked by popularity alone.
        let k = ideas.len();
        let ln_one = ln_factorial(k)
            + ideas
                .iter()
                .map(|i| facts.popularity(*i).max(f64::MIN_POSITIVE).ln())
                .sum::<f64>();
        let expected = facts.by_size.get(&k).copied().unwrap_or(0) as f64 * ln_one.exp();
        if unremarkable(accounts.len(), expected) {
            continue;
        }
        found.push(Signal {
            kind: SignalKind::SameSet,
            key: format!(
                "same-set-{}",
                ideas
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join("-")
            ),
            summary: crate::t!(
                "signal-same-set-summary",
                accounts = accounts.len(),
                ideas = k,
                expected = about(expected)
            ),
            window: None,
            accounts,
            ideas: ideas.to_vec(),
        });
    }
    found
}

fn one_network(facts: &Facts) -> Vec<Signal> {
    // Each account's network: the one most of its supports came from.
    let mut seen: HashMap<i64, HashMap<&str, usize>> = HashMap::new();
    for s in facts.supports {
        if let Some(block) = &s.block {
            *seen
                .entry(s.account)
                .or_default()
                .entry(block.as_str())
                .or_default() += 1;
        }
    }
    let mut networks: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for (account, blocks) in &seen {
        if let Some((block, _)) = blocks
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        {
            networks.entry(block).or_default().push(*account);
        }
    }
    let mut found = Vec::new();
    for (block, mut members) in networks {
        if members.len() < BLOCK_MIN {
            continue;
        }
        members.sort_unstable();
        let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
        for account in &members {
            for idea in &facts.by_account[account] {
                *counts.entry(*idea).or_default() += 1;
            }
        }
        let Some((idea, count)) = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(i, c)| (*i, *c))
        else {
            continue;
        };
        let share = count as f64 / members.len() as f64;
        let everyone =
            facts.supporters.get(&idea).copied().unwrap_or(0) as f64 / facts.accounts.max(1) as f64;
        if count < BLOCK_MIN || share < BLOCK_SHARE || share < BLOCK_FACTOR * everyone {
            continue;
        }
        let accounts: Vec<i64> = members
            .iter()
            .copied()
            .filter(|a| facts.by_account[a].binary_search(&idea).is_ok())
            .collect();
        found.push(Signal {
            kind: SignalKind::OneNetwork,
            key: format!("one-network-{block}"),
            summary: crate::t!(
                "signal-one-network-summary",
                count = count,
                members = members.len(),
                share = (share * 100.0).round().to_string(),
                everyone = (everyone * 100.0).round().to_string()
            ),
            window: None,
            accounts,
            ideas: vec![idea],
        });
    }
    found
}

fn one_author(facts: &Facts, authors: &HashMap<i64, i64>) -> Vec<Signal> {
    let mut fans: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (account, ideas) in &facts.by_account {
        if ideas.len() < 2 {
            continue;
        }
        let mut by = ideas.iter().map(|i| authors.get(i).copied());
        let Some(Some(author)) = by.next() else {
            continue;
        };
        if author != *account && by.all(|a| a == Some(author)) {
            fans.entry(author).or_default().push(*account);
        }
    }
    let mut found = Vec::new();
    for (author, accounts) in fans {
        if accounts.len() < GROUP_MIN {
            continue;
        }
        let theirs: Vec<i64> = authors
            .iter()
            .filter(|(_, a)| **a == author)
            .map(|(i, _)| *i)
            .collect();
        let share: f64 = theirs.iter().map(|i| facts.popularity(*i)).sum();
        // Chance: each account supporting k ideas picks only this author's k times over.
        let expected: f64 = facts
            .by_size
            .iter()
            .filter(|(k, _)| **k >= 2)
            .map(|(k, n)| *n as f64 * share.powi(*k as i32))
            .sum();
        if unremarkable(accounts.len(), expected) {
            continue;
        }
        let mut ideas: Vec<i64> = accounts
            .iter()
            .flat_map(|a| facts.by_account[a].iter().copied())
            .collect();
        ideas.sort_unstable();
        ideas.dedup();
        found.push(Signal {
            kind: SignalKind::OneAuthor,
            key: format!("one-author-{author}"),
            summary: crate::t!(
                "signal-one-author-summary",
                accounts = accounts.len(),
                expected = about(expected)
            ),
            window: None,
            accounts,
            ideas,
        });
    }
    found
}

/// A small expected count, readably: "0.02", "1.3", "12".
fn about(expected: f64) -> String {
    if expected < 0.01 {
        crate::t!("signal-expected-none")
    } else if expected < 10.0 {
        format!("{:.2}", expected)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    } else {
        format!("{expected:.0}")
    }
}

#[cfg(test)]
mod tests;
