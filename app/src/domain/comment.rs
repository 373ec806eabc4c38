//! Rules for comments: how long their author may edit them, and how long they may be.

use chrono::{DateTime, Duration, Utc};

/// Authors may correct a comment for this long after posting it; after that, others
/// may have replied to what it said.
pub const EDIT_WINDOW: Duration = Duration::minutes(15);

/// The longest comment: room for a considered reply, not for an essay.
pub const COMMENT_MAX: usize = 5_000;

/// Whether a comment posted at `posted_at` can still be edited at `now`.
pub fn editable(posted_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now >= posted_at && now - posted_at < EDIT_WINDOW
}

/// A comment that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewComment {
    pub body: String,
    pub parent_id: Option<i64>,
    pub submission_key: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn editing_closes_fifteen_minutes_after_posting() {
        let posted = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
        assert!(editable(posted, posted));
        assert!(editable(posted, posted + Duration::seconds(14 * 60 + 59)));
        assert!(!editable(posted, posted + Duration::minutes(15)));
        assert!(!editable(posted, posted - Duration::seconds(1)));
    }
}
