//! Benchmark of reading the vote-integrity signals (`domain::integrity::detect`), run by
//! `bench/integrity`: a generated campaign (`domain::integrity::sample`) with `scale`
//! times the crowd of "Maps and Apps" (500 ideas, 10,000 people, six weeks) and the
//! three kinds of planted ring. Prints the supports, the time to read the signals, and
//! how many rings were found.
//!
//!   cargo run --release -p app --example integrity -- 10

use std::collections::HashMap;
use std::time::Instant;

use app::domain::integrity::detect;
use app::domain::integrity::sample::{Crowd, Plant, generate};
use chrono::{TimeZone, Utc};

fn main() {
    let scale: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let crowd = Crowd {
        ideas: Crowd::MAPS_AND_APPS.ideas * scale,
        accounts: Crowd::MAPS_AND_APPS.accounts * scale,
        days: Crowd::MAPS_AND_APPS.days,
    };
    let plants = [
        Plant::Swarm { accounts: 30 },
        Plant::FanClub { accounts: 12 },
        Plant::OneNetwork { accounts: 15 },
    ];
    let opened = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    let sample = generate(1, crowd, &plants, opened);
    let authors: HashMap<i64, i64> = sample.ideas.iter().map(|i| (i.id, i.author)).collect();
    let started = Instant::now();
    let signals = detect(&sample.supports, &authors);
    let took = started.elapsed();
    let found = sample
        .rings
        .iter()
        .filter(|(_, members)| {
            signals
                .iter()
                .any(|s| members.iter().all(|m| s.accounts.contains(m)))
        })
        .count();
    // Signals about the honest crowd: groups mostly of accounts in no ring.
    let planted: std::collections::HashSet<i64> = sample
        .rings
        .iter()
        .flat_map(|(_, m)| m.iter().copied())
        .collect();
    let honest = signals
        .iter()
        .filter(|s| {
            s.accounts.iter().filter(|a| planted.contains(a)).count() * 2 < s.accounts.len()
        })
        .inspect(|s| eprintln!("  about the honest crowd: {}", s.summary))
        .count();
    println!(
        "{} ideas, {} accounts, {} supports: {} signals in {:.1} ms; {found} of {} rings found; \
         {honest} signals about the honest crowd",
        sample.ideas.len(),
        sample.accounts.len(),
        sample.supports.len(),
        signals.len(),
        took.as_secs_f64() * 1000.0,
        sample.rings.len()
    );
}
