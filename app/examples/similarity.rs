//! Benchmark of finding possible duplicates (`domain::similarity::similar_groups`), run
//! by `bench/similarity`: ideas written from a vocabulary of a few thousand words drawn
//! with a Zipf-like skew (a few words very common, most rare, as in real text), with one
//! idea in fifty a reworded copy of another. Prints the time and the groups found.
//!
//!   cargo run --release -p app --example similarity -- 100000

use std::time::Instant;

use app::domain::similarity::similar_groups;

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

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let items = ideas(count);
    let started = Instant::now();
    let groups = similar_groups(&items, 0.5);
    let took = started.elapsed();
    let grouped: usize = groups.iter().map(Vec::len).sum();
    println!(
        "{count} ideas: {} groups ({grouped} ideas) in {:.2} s",
        groups.len(),
        took.as_secs_f64()
    );
}
