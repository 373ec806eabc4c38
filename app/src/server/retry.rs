//! Waiting longer after each failure, for the outboxes that retry (webhook deliveries,
//! emails): a receiver that is away is not hammered, and one that is back soon is not
//! kept waiting long.

use std::time::Duration;

/// The wait after `attempts` failed attempts: `base`, doubling with each further
/// failure, never more than `max`.
pub fn backoff(base: Duration, max: Duration, attempts: i32) -> Duration {
    let doublings = attempts.clamp(1, 30) as u32 - 1;
    base.checked_mul(1u32 << doublings.min(20))
        .unwrap_or(max)
        .min(max)
}

#[cfg(test)]
mod tests {
    use super::backoff;
    use std::time::Duration;

    #[test]
    fn the_wait_doubles_up_to_its_limit() {
        let (base, max) = (Duration::from_secs(30), Duration::from_secs(3600));
        assert_eq!(backoff(base, max, 0), base);
        assert_eq!(backoff(base, max, 1), base);
        assert_eq!(backoff(base, max, 3), Duration::from_secs(120));
        assert_eq!(backoff(base, max, 12), max);
        assert_eq!(backoff(base, max, i32::MAX), max);
    }
}
