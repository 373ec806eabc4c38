//! The time, as stored.

use chrono::{DateTime, SubsecRound, Utc};

/// Timestamps are kept to the microsecond, as PostgreSQL stores them, so that the same
/// instant compares equal on both databases (the feed pages by them).
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
