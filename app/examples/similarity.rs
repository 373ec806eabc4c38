//! Benchmark of finding possible duplicates (`domain::similarity::similar_groups`), run
//! by `bench/similarity`: ideas written from a vocabulary of a few thousand words drawn
//! with a Zipf-like skew (a few words very common, most rare, as in real text), with one
//! idea in fifty a reworded copy of another. Prints the time and the groups found.
//!
//!   cargo run --release -p app --example similarity -- 100000 [exact|minhash]
//!
//! With no method it runs both, and says what share of the exact method's pairs
//! MinHash finds.

use std::time::Instant;

use std::collections::HashMap;

use app::domain::similarity::{Method, similar_groups_by};

/// A small deterministic generator (xorshift), so every run sees the same ideas.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A word number with a Zipf-like skew over `vocabulary` words.
    fn word(&mut self, vocabulary: u64) -> u64 {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((vocabulary as f64).powf(u) - 1.0) as u64
    }
}

fn ideas(count: usize) -> Vec<(i64, String)> {
    const VOCABULARY: u64 = 5_000;
    let mut draw = Draw(0x9e37_79b9_7f4a_7c15);
    let mut out: Vec<(i64, String)> = Vec::with_capacity(count);
    for id in 0..count {
        let text = if id > 0 && draw.next().is_multiple_of(50) {
            // A reworded copy: the same words but one.
            let (_, original) = &out[(draw.next() % id as u64) as usize];
            let mut words: Vec<String> = original.split(' ').map(str::to_owned).collect();
            let last = words.len() - 1;
            words[last] = format!("word{}", draw.word(VOCABULARY));
            words.join(" ")
        } else {
            let n = 6 + draw.next() % 14;
            (0..n)
                .map(|_| format!("word{}", draw.word(VOCABULARY)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        out.push((id as i64, text));
    }
    out
}

/// Of the pairs of ideas `exact` puts in one group, the share `approximate` does too.
fn recall(exact: &[Vec<i64>], approximate: &[Vec<i64>]) -> f64 {
    let group_of: HashMap<i64, usize> = approximate
        .iter()
        .enumerate()
        .flat_map(|(n, g)| g.iter().map(move |id| (*id, n)))
        .collect();
    let (mut pairs, mut found) = (0u64, 0u64);
    for group in exact {
        for (n, a) in group.iter().enumerate() {
            for b in &group[n + 1..] {
                pairs += 1;
                if group_of.get(a).is_some_and(|g| group_of.get(b) == Some(g)) {
                    found += 1;
                }
            }
        }
    }
    if pairs == 0 {
        1.0
    } else {
        found as f64 / pairs as f64
    }
}

fn run(items: &[(i64, String)], method: Method) -> Vec<Vec<i64>> {
    let started = Instant::now();
    let groups = similar_groups_by(items, 0.5, method);
    let took = started.elapsed();
    let grouped: usize = groups.iter().map(Vec::len).sum();
    println!(
        "{} ideas, {method:?}: {} groups ({grouped} ideas) in {:.2} s",
        items.len(),
        groups.len(),
        took.as_secs_f64()
    );
    groups
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let items = ideas(count);
    match args.next().as_deref() {
        Some("exact") => {
            run(&items, Method::Exact);
        }
        Some("minhash") => {
            run(&items, Method::MinHash);
        }
        // Both, and how many of the exact method's pairs MinHash finds.
        _ => {
            let exact = run(&items, Method::Exact);
            let approximate = run(&items, Method::MinHash);
            println!(
                "  MinHash found {:.2} % of the pairs",
                100.0 * recall(&exact, &approximate)
            );
        }
    }
}
