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

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Europe::London;

use crate::domain::user::AuthorLine;
use crate::i18n::Lang;
use crate::server::entities::user;
use crate::t;

/// Formats an instant as a date in UK time in the request's language, e.g. "5 December
/// 2026" or "5 Rhagfyr 2026".
///
/// Campaigns are run for people in the UK: a window that closes at midnight BST must
/// not read as the day before.
pub fn uk_date(at: DateTime<Utc>) -> String {
    uk_date_in(crate::i18n::lang(), at)
}

/// [`uk_date`] in a given language (for an email, say, in its reader's).
pub fn uk_date_in(lang: Lang, at: DateTime<Utc>) -> String {
    let at = at.with_timezone(&London);
    t!(in lang, "uk-date", day = at.day(), month = at.month(), year = at.year())
}

/// A UK time of day in the request's language: "2:30pm", "2:30yp".
pub fn uk_time(at: DateTime<Utc>) -> String {
    let at = at.with_timezone(&London);
    let (pm, hour) = at.hour12();
    t!(
        "uk-time",
        hour = hour,
        minute = format!("{:02}", at.minute()),
        pm = u32::from(pm)
    )
}

/// Formats an instant as a UK date and time in the request's language, e.g.
/// "5 December 2026, 2:30pm" or "5 Rhagfyr 2026, 2:30yp".
pub fn uk_date_time(at: DateTime<Utc>) -> String {
    let lang = crate::i18n::lang();
    let at = at.with_timezone(&London);
    let (pm, hour) = at.hour12();
    t!(in lang, "uk-date-time",
        day = at.day(),
        month = at.month(),
        year = at.year(),
        hour = hour,
        minute = format!("{:02}", at.minute()),
        pm = u32::from(pm),
    )
}

/// How an author is named in public, in the request's language: never more than their
/// chosen display name.
pub fn author_line(author: Option<&user::Model>) -> AuthorLine {
    author_line_in(crate::i18n::lang(), author)
}

/// [`author_line`] in a given language (open data: always English).
pub fn author_line_in(lang: Lang, author: Option<&user::Model>) -> AuthorLine {
    match author {
        Some(user) if user.deleted_at.is_none() => AuthorLine {
            name: user.display_name.clone(),
            segment: Some(crate::i18n::text(lang, user.segment.label_key(), &[])),
            with_help: user.assisted,
        },
        _ => AuthorLine {
            name: crate::i18n::text(lang, "deleted-account", &[]),
            segment: None,
            with_help: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::{uk_date, uk_date_in, uk_date_time};
    use crate::i18n::Lang;
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

    #[test]
    fn dates_are_written_in_welsh_for_welsh_readers() {
        let winter = chrono::Utc
            .with_ymd_and_hms(2026, 12, 5, 14, 30, 0)
            .unwrap();
        assert_eq!(uk_date_in(Lang::Cy, winter), "5 Rhagfyr 2026");
        assert_eq!(uk_date_in(Lang::En, winter), "5 December 2026");
        let morning = chrono::Utc.with_ymd_and_hms(2027, 2, 1, 9, 5, 0).unwrap();
        assert_eq!(uk_date_in(Lang::Cy, morning), "1 Chwefror 2027");
        assert_eq!(uk_date_time(winter), "5 December 2026, 2:30pm");
    }
}
