//! Reads for moderation: the queue, what a report page shows, and the public log.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{uk_date, uk_date_time};
use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::listing::ListingStatus;
use crate::domain::moderation::{ReportReason, Subject, public_action};
use crate::domain::safeguarding::Concerns;
use crate::features::moderation::{
    ModerationQueue, PublicLogEntry, QueueItem, ReportContext, ReporterLine,
};
use crate::server::entities::{comment, idea, listing, moderation_action, report, user};

/// The longest excerpt of a comment shown in the queue.
const EXCERPT: usize = 120;

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT).collect();
    if text.chars().count() > EXCERPT {
        out.push('…');
    }
    out
}

async fn author_name(db: &DatabaseConnection, id: i64) -> Result<String, DbErr> {
    Ok(user::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| u.deleted_at.is_none())
        .map(|u| u.display_name)
        .unwrap_or_else(crate::domain::user::deleted_account))
}

/// A person's page for moderators.
pub fn person_href(user_id: i64) -> String {
    format!("/moderation/people/{user_id}")
}

/// Ideas waiting for approval, oldest first; then everything with open reports, most
/// reported first.
pub async fn queue(
    db: &DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ModerationQueue, DbErr> {
    let pending = waiting(db).await?;
    let open = report::Entity::find()
        .filter(report::Column::ResolvedAt.is_null())
        .order_by(report::Column::Id, Order::Asc)
        .all(db)
        .await?;
    let mut grouped: Vec<((String, i64), Vec<report::Model>)> = Vec::new();
    for r in open {
        let key = (r.subject_type.clone(), r.subject_id);
        match grouped.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(r),
            None => grouped.push((key, vec![r])),
        }
    }
    grouped.sort_by_key(|(_, list)| std::cmp::Reverse(list.len()));
    let mut reported = Vec::new();
    // A reporter's name and standing, read once however many items they reported.
    let mut known: HashMap<i64, ReporterLine> = HashMap::new();
    for ((subject, id), reports) in grouped {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for r in &reports {
            *counts.entry(r.reason.clone()).or_default() += 1;
        }
        let mut reasons: Vec<(String, usize)> = counts.into_iter().collect();
        reasons.sort_by(|(a, n), (b, m)| m.cmp(n).then_with(|| a.cmp(b)));
        let reasons = reasons
            .into_iter()
            .map(|(key, n)| match ReportReason::from_key(&key) {
                Some(reason) => format!("{} ({n})", crate::i18n::tr(reason.label_key())),
                None => format!("{key} ({n})"),
            })
            .collect();
        let when = uk_date_time(reports[0].created_at);
        let people = reports.len();
        let established = reports.iter().filter(|r| r.reporter_established).count();
        let mut reporters = Vec::new();
        for r in &reports {
            let line = match known.get(&r.reporter_id) {
                Some(line) => line.clone(),
                None => {
                    let line = reporter_line(db, r.reporter_id, now).await?;
                    known.insert(r.reporter_id, line.clone());
                    line
                }
            };
            reporters.push(ReporterLine {
                counts: r.reporter_established,
                ..line
            });
        }
        let Some(item) = describe(db, &subject, id).await? else {
            continue;
        };
        let (kind, title, href, author_id, hidden) = item;
        reported.push(QueueItem {
            key: format!("{subject}:{id}"),
            kind,
            title,
            href,
            author: author_name(db, author_id).await?,
            author_href: Some(person_href(author_id)),
            state: match hidden {
                true => crate::t!("queue-hidden-after", count = established),
                false => crate::t!("queue-reported-by", count = people),
            },
            reasons,
            reporters,
            when,
            flagged: Vec::new(),
            text: None,
        });
    }
    let listings = super::directory::queue(db).await?;
    Ok(ModerationQueue {
        pending,
        reported,
        listings,
    })
}

/// Ideas and comments waiting for a moderator: held by the safeguarding check (words of
/// risk first, as someone may need help), then oldest first.
async fn waiting(db: &DatabaseConnection) -> Result<Vec<QueueItem>, DbErr> {
    let mut waiting = Vec::new();
    for i in idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Pending))
        .order_by(idea::Column::Id, Order::Asc)
        .limit(200)
        .all(db)
        .await?
    {
        let held = Concerns::from_stored(i.held_for.as_deref());
        waiting.push((
            held.at_risk(),
            i.created_at,
            QueueItem {
                key: format!("idea:{}", i.id),
                kind: crate::t!("queue-kind-idea"),
                href: idea_href(i.id, &i.slug),
                author: author_name(db, i.author_id).await?,
                author_href: Some(person_href(i.author_id)),
                state: held_state(&held),
                reasons: Vec::new(),
                reporters: Vec::new(),
                when: uk_date_time(i.created_at),
                title: i.title,
                flagged: held.iter().map(|f| f.describe()).collect(),
                text: None,
            },
        ));
    }
    for (c, on) in comment::Entity::find()
        .filter(comment::Column::Visibility.eq(Visibility::Pending))
        .order_by(comment::Column::Id, Order::Asc)
        .find_also_related(idea::Entity)
        .limit(200)
        .all(db)
        .await?
    {
        let Some(on) = on else { continue };
        let held = Concerns::from_stored(c.held_for.as_deref());
        waiting.push((
            held.at_risk(),
            c.created_at,
            QueueItem {
                key: format!("comment:{}", c.id),
                kind: crate::t!("queue-kind-comment"),
                href: idea_href(on.id, &on.slug),
                author: author_name(db, c.author_id).await?,
                author_href: Some(person_href(c.author_id)),
                state: held_state(&held),
                reasons: Vec::new(),
                reporters: Vec::new(),
                when: uk_date_time(c.created_at),
                title: crate::t!("queue-on", title = on.title.as_str()),
                flagged: held.iter().map(|f| f.describe()).collect(),
                text: Some(c.body),
            },
        ));
    }
    waiting.sort_by_key(|(at_risk, when, _)| (!at_risk, *when));
    Ok(waiting.into_iter().map(|(.., item)| item).collect())
}

fn held_state(held: &Concerns) -> String {
    match (held.is_empty(), held.at_risk()) {
        (true, _) => crate::t!("queue-waiting"),
        (false, true) => crate::t!("queue-held-at-risk"),
        (false, false) => crate::t!("queue-held-personal"),
    }
}

/// Who `reporter_id` is and how they stand (`counts` is the report's own, set by the
/// caller).
async fn reporter_line(
    db: &DatabaseConnection,
    reporter_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ReporterLine, DbErr> {
    let account = user::Entity::find_by_id(reporter_id)
        .one(db)
        .await?
        .filter(|u| u.deleted_at.is_none());
    Ok(ReporterLine {
        name: account
            .as_ref()
            .map(|u| u.display_name.clone())
            .unwrap_or_else(crate::domain::user::deleted_account),
        href: account.map(|u| person_href(u.id)),
        standing: crate::server::moderation::standing(db, reporter_id, now)
            .await?
            .describe(),
        counts: false,
    })
}

/// (kind, title, link, author, hidden) of a reported idea or comment.
async fn describe(
    db: &DatabaseConnection,
    subject: &str,
    id: i64,
) -> Result<Option<(String, String, String, i64, bool)>, DbErr> {
    Ok(match Subject::from_key(subject) {
        Some(Subject::Idea) => idea::Entity::find_by_id(id).one(db).await?.map(|i| {
            (
                crate::t!("queue-kind-idea"),
                i.title.clone(),
                idea_href(i.id, &i.slug),
                i.author_id,
                i.visibility == Visibility::Hidden,
            )
        }),
        Some(Subject::Comment) => match comment::Entity::find_by_id(id).one(db).await? {
            Some(c) => {
                let on = idea::Entity::find_by_id(c.idea_id).one(db).await?;
                on.map(|i| {
                    (
                        crate::t!("queue-kind-comment"),
                        excerpt(&c.body),
                        format!("{}#comment-{}", idea_href(i.id, &i.slug), c.id),
                        c.author_id,
                        c.visibility == Visibility::Hidden,
                    )
                })
            }
            None => None,
        },
        Some(Subject::Listing) => listing::Entity::find_by_id(id).one(db).await?.map(|l| {
            (
                crate::t!("queue-kind-listing"),
                l.name.clone(),
                format!("/moderation/listings/{}", l.id),
                l.owner_id,
                l.status == ListingStatus::Hidden,
            )
        }),
        _ => None,
    })
}

/// What the report page shows about idea or comment `id`; `None` unless it is public.
pub async fn report_context(
    db: &DatabaseConnection,
    subject: Subject,
    id: i64,
) -> Result<Option<ReportContext>, DbErr> {
    Ok(match subject {
        Subject::Idea => idea::Entity::find_by_id(id)
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .one(db)
            .await?
            .map(|i| ReportContext {
                what: "idea".to_owned(),
                back: idea_href(i.id, &i.slug),
                title: i.title,
            }),
        Subject::Comment => {
            let Some(c) = comment::Entity::find_by_id(id)
                .filter(comment::Column::Visibility.eq(Visibility::Published))
                .filter(comment::Column::DeletedAt.is_null())
                .one(db)
                .await?
            else {
                return Ok(None);
            };
            // A comment under an idea that is not public is not public either.
            idea::Entity::find_by_id(c.idea_id)
                .filter(idea::Column::Visibility.eq(Visibility::Published))
                .one(db)
                .await?
                .map(|i| ReportContext {
                    what: "comment".to_owned(),
                    back: format!("{}#comment-{}", idea_href(i.id, &i.slug), c.id),
                    title: excerpt(&c.body),
                })
        }
        Subject::Listing => listing::Entity::find_by_id(id)
            .filter(listing::Column::Status.eq(ListingStatus::Approved))
            .one(db)
            .await?
            .map(|l| ReportContext {
                what: "listing".to_owned(),
                back: crate::features::directory::paths::listing_href(l.id, &l.slug),
                title: l.name,
            }),
        Subject::Account => None,
    })
}

/// The public moderation log, newest first: what was changed and why, never by whom
/// nor the removed words. A published idea or listing is named; anything else is not.
pub async fn public_log(db: &DatabaseConnection, limit: u64) -> Result<Vec<PublicLogEntry>, DbErr> {
    let actions = moderation_action::Entity::find()
        .order_by(moderation_action::Column::Id, Order::Desc)
        .limit(limit * 4)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for a in actions {
        let Some(what) = public_action(&a.action) else {
            continue;
        };
        let Some(subject) = Subject::from_key(&a.subject_type) else {
            continue;
        };
        let named = match subject {
            Subject::Idea => idea::Entity::find_by_id(a.subject_id)
                .filter(idea::Column::Visibility.eq(Visibility::Published))
                .one(db)
                .await?
                .map(|i| crate::t!("log-subject-idea", title = i.title)),
            Subject::Listing => listing::Entity::find_by_id(a.subject_id)
                .filter(listing::Column::PublishedAt.is_not_null())
                .one(db)
                .await?
                .map(|l| crate::t!("log-subject-listing", title = l.name)),
            _ => None,
        };
        out.push(PublicLogEntry {
            when: uk_date(a.created_at),
            what: crate::i18n::text(
                crate::i18n::lang(),
                what,
                &[(
                    "subject",
                    named
                        .unwrap_or_else(|| crate::i18n::tr(subject.with_article_key()))
                        .into(),
                )],
            ),
            reason: a.reason,
        });
        if out.len() as u64 >= limit {
            break;
        }
    }
    Ok(out)
}
