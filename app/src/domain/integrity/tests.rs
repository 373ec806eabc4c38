use std::collections::{BTreeSet, HashMap};

use chrono::{TimeZone, Utc};

use super::sample::{Crowd, Plant, Sample, generate};
use super::*;

fn opened() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn authors(sample: &Sample) -> HashMap<i64, i64> {
    sample.ideas.iter().map(|i| (i.id, i.author)).collect()
}

fn signals(sample: &Sample) -> Vec<Signal> {
    detect(&sample.supports, &authors(sample))
}

const SMALL: Crowd = Crowd {
    ideas: 80,
    accounts: 1_500,
    days: 21,
};

#[test]
fn honest_crowds_raise_nothing() {
    for seed in 1..=6 {
        for crowd in [SMALL, Crowd::MAPS_AND_APPS] {
            let sample = generate(seed, crowd, &[], opened());
            let found = signals(&sample);
            assert!(
                found.is_empty(),
                "seed {seed}, {} accounts: {:?}",
                crowd.accounts,
                found.iter().map(|s| &s.summary).collect::<Vec<_>>()
            );
        }
    }
}

/// Every planted ring is found by the signals it should raise, and the groups found
/// are the ring's accounts, with hardly any honest ones among them.
#[test]
fn planted_rings_are_found() {
    let plants = [
        Plant::Swarm { accounts: 30 },
        Plant::FanClub { accounts: 12 },
        Plant::OneNetwork { accounts: 15 },
    ];
    for seed in 1..=6 {
        for crowd in [SMALL, Crowd::MAPS_AND_APPS] {
            let sample = generate(seed, crowd, &plants, opened());
            let found = signals(&sample);
            let planted: BTreeSet<i64> = sample
                .rings
                .iter()
                .flat_map(|(_, m)| m.iter().copied())
                .collect();
            for (plant, members) in &sample.rings {
                let expected: &[SignalKind] = match plant {
                    Plant::Swarm { .. } => &[
                        SignalKind::Burst,
                        SignalKind::SameSet,
                        SignalKind::OneNetwork,
                    ],
                    Plant::FanClub { .. } => &[SignalKind::OneAuthor],
                    Plant::OneNetwork { .. } => &[SignalKind::OneNetwork],
                };
                for kind in expected {
                    let caught: BTreeSet<i64> = found
                        .iter()
                        .filter(|s| s.kind == *kind)
                        .flat_map(|s| s.accounts.iter().copied())
                        .collect();
                    let missed = members.iter().filter(|m| !caught.contains(m)).count();
                    assert!(
                        missed == 0,
                        "seed {seed}: {plant:?} missed {missed} of {} by {kind:?}",
                        members.len()
                    );
                }
            }
            for signal in &found {
                let honest = signal
                    .accounts
                    .iter()
                    .filter(|a| !planted.contains(a))
                    .count();
                assert!(
                    honest * 10 <= signal.accounts.len(),
                    "seed {seed}: {} honest of {} in {}",
                    honest,
                    signal.accounts.len(),
                    signal.summary
                );
            }
        }
    }
}

#[test]
fn a_burst_is_measured_against_the_ideas_own_rate() {
    let at = opened();
    let support = |account: i64, minutes: i64| Support {
        account,
        idea: 1,
        at: at + Duration::minutes(minutes),
        block: None,
    };
    // Twelve supports in half an hour after a steady one every two hours for four days.
    let mut supports: Vec<Support> = (0..48).map(|i| support(100 + i, i * 120)).collect();
    supports.extend((0..12).map(|i| support(i, 6000 + i * 2)));
    let found = detect(&supports, &HashMap::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, SignalKind::Burst);
    assert_eq!(found[0].accounts, (0..12).collect::<Vec<_>>());
    assert!(
        found[0]
            .summary
            .starts_with("12 supports for this idea within one hour")
    );
    // The same twelve against a steady two an hour is not a burst.
    let mut busy: Vec<Support> = (0..200).map(|i| support(100 + i, i * 30)).collect();
    busy.extend((0..12).map(|i| support(i, 6000 + i * 2)));
    assert!(detect(&busy, &HashMap::new()).is_empty());
}

#[test]
fn the_fingerprint_names_the_group() {
    let sample = generate(3, SMALL, &[Plant::Swarm { accounts: 20 }], opened());
    let found = signals(&sample);
    let first = &found[0];
    let mut changed = first.clone();
    changed.accounts.push(999_999);
    assert_ne!(first.fingerprint(), changed.fingerprint());
    assert_eq!(first.fingerprint(), signals(&sample)[0].fingerprint());
}

#[test]
fn kinds_round_trip() {
    for kind in SignalKind::ALL {
        assert_eq!(SignalKind::from_key(kind.key()), Some(kind));
    }
    assert_eq!(SignalKind::from_key("gut-feeling"), None);
}
