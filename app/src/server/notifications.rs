//! Notifications in the site: written when something happens to a person's idea or
//! comment, listed on their notifications page, counted in the header until read.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, Order, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::notification::{Mode, NotificationKind};
use crate::domain::user::Role;
use crate::features::notifications::NotificationView;
use crate::server::entities::{idea, notification, user};
use crate::server::queries::uk_date;

/// The longest `detail` stored (the column's size).
const DETAIL_MAX: usize = 200;

/// Tells `user_id` about `kind` on `idea_id`, as they chose to be told (see
/// [`tell`]).
pub async fn notify(
    db: &impl ConnectionTrait,
    user_id: i64,
    kind: NotificationKind,
    idea_id: i64,
    comment_id: Option<i64>,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    tell(db, &[user_id], kind, (idea_id, comment_id), detail, now).await
}

/// Tells everyone who follows `idea` about `kind`, except `actor` (no one is told of
/// their own action) and `except` (told already, in their own words).
pub async fn notify_followers(
    db: &impl ConnectionTrait,
    idea: &idea::Model,
    kind: NotificationKind,
    comment_id: Option<i64>,
    detail: &str,
    (actor, except): (Option<i64>, &[i64]),
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let followers: Vec<i64> = crate::server::following::idea_followers(db, idea)
        .await?
        .into_iter()
        .filter(|f| Some(*f) != actor && !except.contains(f))
        .collect();
    tell(db, &followers, kind, (idea.id, comment_id), detail, now).await
}

/// Tells every moderator (and administrator) about `kind`, except `actor`.
pub async fn notify_moderators(
    db: &impl ConnectionTrait,
    kind: NotificationKind,
    (idea_id, comment_id): (i64, Option<i64>),
    detail: &str,
    actor: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let staff: Vec<i64> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Role.is_in([Role::Moderator.key(), Role::Admin.key()]))
        .filter(user::Column::DeletedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let staff: Vec<i64> = staff.into_iter().filter(|s| Some(*s) != actor).collect();
    tell(db, &staff, kind, (idea_id, comment_id), detail, now).await
}

/// Writes one notification per person in `users` (deleted accounts are not told), as
/// each chose for the kind's topic: shown in the site or not; emailed at once (the
/// sender picks up `email_now` rows), in the day's digest (`emailed_at` left empty), or
/// not at all. A person who wants neither gets no row.
pub async fn tell(
    db: &impl ConnectionTrait,
    users: &[i64],
    kind: NotificationKind,
    (idea_id, comment_id): (i64, Option<i64>),
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if users.is_empty() {
        return Ok(());
    }
    let detail: String = detail.chars().take(DETAIL_MAX).collect();
    let modes = crate::server::preferences::for_topic(db, users, kind.topic()).await?;
    for chunk in users.chunks(500) {
        let accounts = user::Entity::find()
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .filter(user::Column::DeletedAt.is_null())
            .all(db)
            .await?;
        let rows: Vec<notification::ActiveModel> = accounts
            .iter()
            .filter(|account| kind.topic().applies_to(account.role))
            .filter_map(|account| {
                let (email, site) = modes.get(&account.id).copied()?;
                let mailable = account.email.is_some()
                    && account.email_stopped_at.is_none()
                    && email != Mode::Off;
                let shown = site != Mode::Off;
                (mailable || shown).then(|| notification::ActiveModel {
                    user_id: Set(account.id),
                    kind: Set(kind),
                    idea_id: Set(idea_id),
                    comment_id: Set(comment_id),
                    detail: Set(detail.clone()),
                    created_at: Set(now),
                    read_at: Set((!shown).then_some(now)),
                    emailed_at: Set((!mailable).then_some(now)),
                    shown: Set(shown),
                    email_now: Set(mailable && email == Mode::Now),
                    ..Default::default()
                })
            })
            .collect();
        if !rows.is_empty() {
            notification::Entity::insert_many(rows).exec(db).await?;
        }
    }
    Ok(())
}

/// How many notifications `user_id` has not read.
pub async fn unread_count(db: &impl ConnectionTrait, user_id: i64) -> Result<u64, DbErr> {
    notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::Shown.eq(true))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await
}

/// The most recent notifications of `user_id`, newest first. Unread comments and
/// replies on the same idea are one entry ("14 new comments on …"), so a busy
/// discussion does not bury everything else.
pub async fn recent(
    db: &impl ConnectionTrait,
    user_id: i64,
    limit: u64,
) -> Result<Vec<NotificationView>, DbErr> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::Shown.eq(true))
        .order_by(notification::Column::CreatedAt, Order::Desc)
        .order_by(notification::Column::Id, Order::Desc)
        // Enough to fill `limit` entries after grouping, in all but the busiest weeks.
        .limit(limit * 4)
        .find_also_related(idea::Entity)
        .all(db)
        .await?;
    let mut views: Vec<NotificationView> = Vec::new();
    // For each (kind, idea) of unread comments and replies: its entry, and how many.
    let mut grouped: std::collections::HashMap<(NotificationKind, i64), (usize, usize)> =
        std::collections::HashMap::new();
    for (n, idea) in rows {
        let Some(idea) = idea else { continue };
        let unread = n.read_at.is_none();
        let groups = unread
            && matches!(
                n.kind,
                NotificationKind::Commented | NotificationKind::Replied
            );
        if groups && let Some((entry, count)) = grouped.get_mut(&(n.kind, idea.id)) {
            *count += 1;
            views[*entry].text = group_sentence(n.kind, *count, &idea.title);
            continue;
        }
        if views.len() as u64 >= limit {
            break;
        }
        let href = if n.kind == NotificationKind::NewReport {
            Some("/moderation".to_owned())
        } else {
            // A hidden or rejected idea has no public page to go to.
            matches!(
                idea.visibility,
                Visibility::Published | Visibility::Withdrawn
            )
            .then(|| {
                let mut href = idea_href(idea.id, &idea.slug);
                if let Some(comment) = n.comment_id {
                    href.push_str(&format!("#comment-{comment}"));
                }
                href
            })
        };
        if groups {
            grouped.insert((n.kind, idea.id), (views.len(), 1));
        }
        views.push(NotificationView {
            id: n.id,
            text: sentence_for(&n, &idea, user_id),
            href,
            when: uk_date(n.created_at),
            unread,
        });
    }
    Ok(views)
}

/// What notification `n` says to `user_id`: in their own words if the idea is theirs.
pub fn sentence_for(n: &notification::Model, idea: &idea::Model, user_id: i64) -> String {
    if idea.author_id == user_id {
        n.kind.sentence(&n.detail, &idea.title)
    } else {
        n.kind.sentence_for_follower(&n.detail, &idea.title)
    }
}

/// "14 new comments on …": several unread comments or replies on one idea, as one.
fn group_sentence(kind: NotificationKind, count: usize, idea: &str) -> String {
    match kind {
        NotificationKind::Replied => {
            format!("{count} new replies to your comments on \u{201c}{idea}\u{201d}")
        }
        _ => format!("{count} new comments on \u{201c}{idea}\u{201d}"),
    }
}

/// Marks every notification of `user_id` read.
pub async fn mark_all_read(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(now))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
