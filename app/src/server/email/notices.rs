//! Notifications by email: each one at once for topics a person wants that way, and,
//! once a day at the operator's hour (UK time), one digest of everything else since the
//! last, grouped by what it is about. A digest is one email per person per day, whatever happened;
//! nobody is emailed about their own action (they are never told of it at all).
//!
//! The notification rows are written in the transaction of the event; this turns them
//! into outbox rows, marking each notification emailed in the same transaction, with a
//! unique key per notification (or per person and day for a digest), so that several
//! instances doing this at once email each thing once.

use crate::server::locking::BeginWrite;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::compose::{Letter, Section};
use super::keys::LinkKey;
use super::links::unsubscribe_token;
use super::outbox::{Outgoing, enqueue};
use crate::domain::notification::{Mode, NotificationKind, Topic};
use crate::i18n::Lang;
use crate::server::entities::{comment, notification, user};
use crate::server::notifications::{About, SubjectKey, about_each, link_of};
use crate::t;

/// What emails about notifications need: the key for unsubscribe links, the site's
/// address for every link, and when digests go.
#[derive(Clone, Debug)]
pub struct Notices {
    pub key: LinkKey,
    pub public_url: url::Url,
    /// The hour of the day, UK time, when digests go out.
    pub digest_hour: u32,
}

impl Notices {
    /// The full address of `path`, opening in `lang` (a Welsh reader's links say
    /// `?lang=cy`, so the page they open is in Welsh without a cookie).
    fn link(&self, path: &str, lang: Lang) -> String {
        match self.public_url.join(path) {
            Ok(mut url) => {
                super::links::opening_in(&mut url, lang);
                url.to_string()
            }
            Err(_) => path.to_owned(),
        }
    }

    fn unsubscribe_url(&self, user_id: i64, lang: Lang) -> String {
        let mut url = self
            .public_url
            .join(crate::features::email::paths::UNSUBSCRIBE)
            .expect("a path joins a base URL");
        url.query_pairs_mut()
            .append_pair("token", &unsubscribe_token(&self.key, user_id, "all"));
        super::links::opening_in(&mut url, lang);
        url.to_string()
    }

    fn manage(&self, lang: Lang) -> (String, String) {
        (
            t!(in lang, "email-manage"),
            self.link(crate::features::email::paths::PREFERENCES, lang),
        )
    }

    /// When the digest for the day of `now` is due (UK time): its cutoff.
    pub fn digest_time(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let day = now.with_timezone(&London).date_naive();
        let at = NaiveTime::from_hms_opt(self.digest_hour.min(23), 0, 0).expect("a valid hour");
        London
            .from_local_datetime(&day.and_time(at))
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc))
    }
}

/// Whether `account` can be emailed now.
fn mailable(account: &user::Model) -> bool {
    account.deleted_at.is_none() && account.email.is_some() && account.email_stopped_at.is_none()
}

/// The first words of a comment, for an email.
async fn excerpt(
    db: &impl sea_orm::ConnectionTrait,
    comment_id: Option<i64>,
) -> Result<Option<String>, DbErr> {
    let Some(id) = comment_id else {
        return Ok(None);
    };
    Ok(comment::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|c| c.deleted_at.is_none())
        .map(|c| {
            let words: String = c.body.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut short: String = words.chars().take(200).collect();
            if short.len() < words.len() {
                short.push('…');
            }
            format!("\u{201c}{short}\u{201d}")
        }))
}

/// Why this person is told, said in every email, in `lang`.
fn reason_for(kind: NotificationKind, about: &About, user_id: i64, lang: Lang) -> String {
    let key = match kind.topic() {
        Topic::Reports | Topic::Waiting => "email-reason-moderate",
        Topic::NewIdeas | Topic::Phases => "email-reason-campaign",
        Topic::Listings => "email-reason-listing",
        Topic::Moderation | Topic::Replies => "email-reason-wrote",
        _ if about.owner_id == Some(user_id) => "email-reason-own-idea",
        _ => "email-reason-follow",
    };
    crate::i18n::text(lang, key, &[])
}

/// The lines a notification adds: what happened, and what was said.
async fn lines_of(
    db: &impl sea_orm::ConnectionTrait,
    n: &notification::Model,
    about: &About,
    user_id: i64,
    lang: Lang,
) -> Result<Vec<String>, DbErr> {
    let mut lines = vec![crate::server::notifications::sentence_for(
        n, about, user_id, lang,
    )];
    if n.kind == NotificationKind::StatusChanged
        && let Some(response) = &about.response
    {
        lines.push(t!(in lang, "email-response", response = response.as_str()));
    }
    if let Some(said) = excerpt(db, n.comment_id).await? {
        lines.push(said);
    }
    Ok(lines)
}

/// Emails, each on its own, every notification to be emailed at once and not yet
/// emailed; how many emails were queued.
pub async fn send_prompt(
    db: &DatabaseConnection,
    notices: &Notices,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let due = notification::Entity::find()
        .filter(notification::Column::EmailedAt.is_null())
        .filter(notification::Column::EmailNow.eq(true))
        .order_by_asc(notification::Column::Id)
        .limit(100)
        .all(db)
        .await?;
    let due = about_each(db, due).await?;
    let mut queued = 0;
    for (n, about) in due {
        let txn = db.begin_write().await?;
        let account = user::Entity::find_by_id(n.user_id).one(&txn).await?;
        if let Some(account) = account.filter(mailable) {
            let lang = account.language;
            let lines = lines_of(&txn, &n, &about, account.id, lang).await?;
            let subject: String = lines[0].chars().take(150).collect();
            let letter = Letter {
                lang,
                greeting: t!(in lang, "email-greeting", name = account.display_name.as_str()),
                paragraphs: lines,
                action: link_of(&n, &about).map(|(label, href)| {
                    (
                        crate::i18n::text(lang, label, &[]),
                        notices.link(&href, lang),
                    )
                }),
                reason: reason_for(n.kind, &about, account.id, lang),
                manage: Some(notices.manage(lang)),
                ..Letter::default()
            };
            if enqueue(
                &txn,
                Outgoing {
                    user_id: Some(account.id),
                    address: account.email.clone().unwrap_or_default(),
                    kind: "notification",
                    dedupe_key: format!("notification:{}", n.id),
                    subject,
                    letter,
                    unsubscribe_url: Some(notices.unsubscribe_url(account.id, lang)),
                },
                now,
            )
            .await?
            {
                queued += 1;
            }
        }
        mark_emailed(&txn, &[n.id], now).await?;
        txn.commit().await?;
    }
    Ok(queued)
}

async fn mark_emailed(
    db: &impl sea_orm::ConnectionTrait,
    ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for chunk in ids.chunks(500) {
        notification::Entity::update_many()
            .col_expr(notification::Column::EmailedAt, Expr::value(now))
            .filter(notification::Column::Id.is_in(chunk.iter().copied()))
            .filter(notification::Column::EmailedAt.is_null())
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Emails each person one digest of their notifications written before `cutoff` and
/// not emailed yet; how many digests were queued.
pub async fn send_digests(
    db: &DatabaseConnection,
    notices: &Notices,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let mut queued = 0;
    loop {
        let people: Vec<i64> = notification::Entity::find()
            .select_only()
            .column(notification::Column::UserId)
            .distinct()
            .filter(notification::Column::EmailedAt.is_null())
            .filter(notification::Column::CreatedAt.lt(cutoff))
            .limit(200)
            .into_tuple()
            .all(db)
            .await?;
        if people.is_empty() {
            return Ok(queued);
        }
        for user_id in people {
            if digest_one(db, notices, user_id, cutoff, now).await? {
                queued += 1;
            }
        }
    }
}

/// One person's digest, in one transaction with the marks on what it covers.
async fn digest_one(
    db: &DatabaseConnection,
    notices: &Notices,
    user_id: i64,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin_write().await?;
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::EmailedAt.is_null())
        .filter(notification::Column::CreatedAt.lt(cutoff))
        .order_by_asc(notification::Column::Id)
        .all(&txn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|n| n.id).collect();
    let account = user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .filter(mailable);
    let mut queued = false;
    if let Some(account) = account {
        // As the person chooses now, not as they chose when it happened.
        let modes = crate::server::preferences::of(&txn, user_id).await?;
        let mut by_subject: BTreeMap<SubjectKey, (About, Vec<notification::Model>)> =
            BTreeMap::new();
        for (n, about) in about_each(&txn, rows).await? {
            let wanted = modes
                .get(&n.kind.topic())
                .is_none_or(|(email, _)| *email != Mode::Off);
            if wanted {
                by_subject
                    .entry(about.key)
                    .or_insert_with(|| (about, Vec::new()))
                    .1
                    .push(n);
            }
        }
        let count: usize = by_subject.values().map(|(_, ns)| ns.len()).sum();
        if count > 0 {
            let lang = account.language;
            let mut sections = Vec::new();
            for (about, ns) in by_subject.values() {
                sections.push(section(&txn, notices, about, ns, user_id, lang).await?);
            }
            let day = crate::server::queries::uk_date_in(lang, cutoff);
            let letter = Letter {
                lang,
                greeting: t!(in lang, "email-greeting", name = account.display_name.as_str()),
                paragraphs: vec![t!(in lang, "email-digest-intro")],
                sections,
                reason: t!(in lang, "email-digest-reason"),
                manage: Some(notices.manage(lang)),
                ..Letter::default()
            };
            queued = enqueue(
                &txn,
                Outgoing {
                    user_id: Some(user_id),
                    address: account.email.clone().unwrap_or_default(),
                    kind: "digest",
                    dedupe_key: format!("digest:{user_id}:{}", cutoff.timestamp()),
                    subject: t!(in lang, "email-digest-subject", day = day, count = count),
                    letter,
                    unsubscribe_url: Some(notices.unsubscribe_url(user_id, lang)),
                },
                now,
            )
            .await?;
            if !queued {
                // Another instance sent this digest already, and marked these.
                txn.rollback().await?;
                return Ok(false);
            }
        }
    }
    mark_emailed(&txn, &ids, now).await?;
    txn.commit().await?;
    Ok(queued)
}

/// One idea's (or listing's, or campaign's) part of a digest: what happened, with
/// comments counted beyond the first few, and a link.
async fn section(
    db: &impl sea_orm::ConnectionTrait,
    notices: &Notices,
    about: &About,
    ns: &[notification::Model],
    user_id: i64,
    lang: Lang,
) -> Result<Section, DbErr> {
    const COMMENTS_QUOTED: usize = 3;
    let mut lines = Vec::new();
    let mut comments = 0;
    for n in ns {
        let is_comment = matches!(
            n.kind,
            NotificationKind::Commented | NotificationKind::Replied
        );
        if is_comment {
            comments += 1;
            if comments > COMMENTS_QUOTED {
                continue;
            }
        }
        let mut said = lines_of(db, n, about, user_id, lang).await?;
        if is_comment && said.len() == 2 {
            // "Ann commented on …: “…”" reads better as one line.
            let words = said.pop().expect("two lines");
            said[0] = format!("{}: {words}", said[0]);
        }
        lines.extend(said);
    }
    if comments > COMMENTS_QUOTED {
        let more = comments - COMMENTS_QUOTED;
        lines.push(t!(in lang, "email-more-comments", count = more));
    }
    Ok(Section {
        heading: format!("\u{201c}{}\u{201d}", about.title_in(lang)),
        lines,
        link: link_of(&ns[0], about).map(|(label, href)| {
            (
                crate::i18n::text(lang, label, &[]),
                notices.link(&href, lang),
            )
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_are_due_at_the_hour_uk_time_in_summer_and_winter() {
        let notices = Notices {
            key: LinkKey::from_secret("k"),
            public_url: "https://example.org".parse().unwrap(),
            digest_hour: 8,
        };
        let winter = "2026-12-01T15:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(
            notices.digest_time(winter).to_rfc3339(),
            "2026-12-01T08:00:00+00:00"
        );
        let summer = "2026-07-01T15:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(
            notices.digest_time(summer).to_rfc3339(),
            "2026-07-01T07:00:00+00:00"
        );
    }
}
