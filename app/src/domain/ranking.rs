//! The "Trending" order: a hot rank that favours ideas gathering support now.
//!
//! ```text
//! hot_rank = log10(max(votes, 1)) + (submitted_at − 1 January 2026) / 45,000 s
//! ```
//!
//! The first term grows with support, but each tenfold increase in votes adds only 1.
//! The second term grows with how recently the idea was submitted: every 12.5 hours
//! adds 1. So an idea submitted 12.5 hours after another ranks level with it when it
//! has a tenth of its votes, and older ideas sink unless they keep gaining support —
//! the rank "decays with age" without ever being recomputed for the passage of time.
//! That is what makes it storable, indexable and pageable by key (and a plain score in
//! a Redis sorted set): it only changes when the idea's votes do. This is the rank
//! Reddit popularised, with a campaign-scale time constant.

use chrono::{DateTime, TimeZone, Utc};

/// Seconds of recency worth one tenfold of votes.
pub const SECONDS_PER_DECADE_OF_VOTES: f64 = 45_000.0;

/// The rank of an idea with `votes` supporters, submitted at `submitted_at`.
pub fn hot_rank(votes: i32, submitted_at: DateTime<Utc>) -> f64 {
    let support = f64::from(votes.max(1)).log10();
    let epoch = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("a valid date");
    // Milliseconds keep ideas submitted in the same second apart; f64 holds them exactly.
    let age_ms = (submitted_at - epoch).num_milliseconds() as f64;
    support + age_ms / 1000.0 / SECONDS_PER_DECADE_OF_VOTES
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn at(hours: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap() + Duration::hours(hours)
    }

    #[test]
    fn more_votes_rank_higher_at_the_same_age() {
        assert!(hot_rank(10, at(0)) > hot_rank(9, at(0)));
        assert!(hot_rank(2, at(0)) > hot_rank(1, at(0)));
    }

    #[test]
    fn no_votes_rank_like_one_vote() {
        assert_eq!(hot_rank(0, at(0)), hot_rank(1, at(0)));
        assert_eq!(hot_rank(-3, at(0)), hot_rank(1, at(0)));
    }

    #[test]
    fn twelve_and_a_half_hours_are_worth_a_tenfold_of_votes() {
        let older = hot_rank(100, at(0));
        let newer = at(0) + Duration::minutes(750);
        assert!((hot_rank(10, newer) - older).abs() < 1e-9);
    }

    #[test]
    fn a_day_old_idea_needs_about_a_hundred_times_the_votes() {
        assert!(hot_rank(5, at(24)) > hot_rank(400, at(0)));
        assert!(hot_rank(5, at(24)) < hot_rank(600, at(0)));
    }

    #[test]
    fn ideas_a_moment_apart_do_not_tie() {
        let first = at(0);
        let second = first + Duration::milliseconds(1);
        assert!(hot_rank(3, second) > hot_rank(3, first));
    }
}
