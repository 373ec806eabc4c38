//! The "fair" order: a shuffle of a campaign's ideas that changes once a day, so that
//! ideas put forward early do not gather support merely by being seen first.
//!
//! Each idea's place is `(id × 2654435761 + seed) mod 4294967291`: a multiplicative
//! hash (Knuth's constant, a prime modulus just under 2³²) that every database computes
//! the same way in plain integer arithmetic, so the order is a keyset like the others
//! and pages never skip or repeat an idea. The seed comes from the campaign and the UK
//! date, so everyone sees the same order on a day, and a new one the next day.

use chrono::{Datelike, NaiveDate};

/// Knuth's multiplicative hash constant.
pub const MULTIPLIER: i64 = 2_654_435_761;
/// The largest prime below 2³²; keeps `id × MULTIPLIER + seed` within an `i64` for ids
/// up to about 3.4 billion.
pub const MODULUS: i64 = 4_294_967_291;

/// The seed of campaign `campaign_id`'s order on `day` (the date in the UK).
pub fn seed(campaign_id: i64, day: NaiveDate) -> i64 {
    let day = day.num_days_from_ce();
    // FNV-1a over the two numbers: any change in either moves the whole order.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in campaign_id
        .to_le_bytes()
        .into_iter()
        .chain(i64::from(day).to_le_bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash % MODULUS as u64) as i64
}

/// Idea `id`'s place in the order with `seed`: lower comes first.
pub fn key(seed: i64, id: i64) -> i64 {
    (id.wrapping_mul(MULTIPLIER).wrapping_add(seed)).rem_euclid(MODULUS)
}

/// The same place as SQL, for `ORDER BY` and the keyset condition.
pub fn key_sql(seed: i64) -> String {
    format!("((ideas.id * {MULTIPLIER} + {seed}) % {MODULUS})")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn order(seed: i64, ids: &[i64]) -> Vec<i64> {
        let mut ids = ids.to_vec();
        ids.sort_by_key(|&id| (key(seed, id), id));
        ids
    }

    #[test]
    fn the_same_all_day_and_another_the_next() {
        let ids: Vec<i64> = (1..=30).collect();
        let today = order(seed(7, day(1)), &ids);
        assert_eq!(today, order(seed(7, day(1)), &ids));
        assert_ne!(today, order(seed(7, day(2)), &ids));
        assert_ne!(today, order(seed(8, day(1)), &ids), "each campaign its own");
        // A shuffle, not the order they came in or its reverse.
        assert_ne!(today, ids);
        assert_ne!(today, ids.iter().rev().copied().collect::<Vec<_>>());
    }

    #[test]
    fn early_ideas_are_not_favoured() {
        // Over many days, the first ten ideas of a hundred lead the list about as often
        // as any other ten.
        let ids: Vec<i64> = (1..=100).collect();
        let days = 400;
        let early_first = (0..days)
            .filter(|d| {
                let date = day(1) + chrono::Duration::days(*d);
                order(seed(3, date), &ids)[0] <= 10
            })
            .count();
        assert!((20..=70).contains(&early_first), "{early_first} of {days}");
    }

    #[test]
    fn the_key_fits_and_matches_its_sql() {
        let s = seed(1, day(1));
        assert!((0..MODULUS).contains(&s));
        assert!((0..MODULUS).contains(&key(s, 3_000_000_000)));
        assert_eq!(key_sql(42), "((ideas.id * 2654435761 + 42) % 4294967291)");
    }
}
