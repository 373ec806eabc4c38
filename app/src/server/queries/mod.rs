//! Reads that pages and the API share. Each returns the shapes in `features`, ready to
//! send, so server functions stay a few lines long. Services (`server/*.rs`) may call
//! these; these never call services.

pub mod analysis;
pub mod campaigns;
pub mod categories;
pub mod comments;
pub mod directory;
pub mod feeds;
pub mod ideas;
pub mod moderation;
pub mod search;
pub mod sitemap;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;

use crate::domain::user::AuthorLine;
use crate::server::entities::user;

/// Formats an instant as a date in UK time, e.g. "5 December 2026".
///
/// Campaigns are run for people in the UK: a window that closes at midnight BST must
/// not read as the day before.
pub fn uk_date(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%-d %B %Y").to_string()
}

/// Formats an instant as a UK date and time, e.g. "5 December 2026, 2:30pm".
pub fn uk_date_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&London)
        .format("%-d %B %Y, %-I:%M%P")
        .to_string()
}

/// How an author is named in public: never more than their chosen display name.
pub fn author_line(author: Option<&user::Model>) -> AuthorLine {
    match author {
        Some(user) if user.deleted_at.is_none() => AuthorLine {
            name: user.display_name.clone(),
            segment: Some(user.segment.label().to_owned()),
            with_help: user.assisted,
        },
        _ => AuthorLine {
            name: crate::domain::user::DELETED_ACCOUNT_NAME.to_owned(),
            segment: None,
            with_help: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::uk_date;
    use chrono::TimeZone;

    #[test]
    fn dates_are_shown_in_uk_time() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        let at = chrono::Utc
            .with_ymd_and_hms(2026, 6, 30, 23, 30, 0)
            .unwrap();
        assert_eq!(uk_date(at), "1 July 2026");
        let winter = chrono::Utc
            .with_ymd_and_hms(2026, 12, 5, 23, 30, 0)
            .unwrap();
        assert_eq!(uk_date(winter), "5 December 2026");
    }
}
