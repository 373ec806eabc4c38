//! Notifications in the site: written when something happens to a person's idea or
//! comment, listed on their notifications page, counted in the header until read.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::notification::NotificationKind;
use crate::features::notifications::NotificationView;
use crate::server::entities::{idea, notification, user};
use crate::server::queries::uk_date;

/// The longest `detail` stored (the column's size).
const DETAIL_MAX: usize = 200;

/// Tells `user_id` about `kind` on `idea_id`. Deleted accounts are not told.
pub async fn notify(
    db: &impl ConnectionTrait,
    user_id: i64,
    kind: NotificationKind,
    idea_id: i64,
    comment_id: Option<i64>,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let active = user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some_and(|u| u.deleted_at.is_none());
    if !active {
        return Ok(());
    }
    notification::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind),
        idea_id: Set(idea_id),
        comment_id: Set(comment_id),
        detail: Set(detail.chars().take(DETAIL_MAX).collect()),
        created_at: Set(now),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// How many notifications `user_id` has not read.
pub async fn unread_count(db: &impl ConnectionTrait, user_id: i64) -> Result<u64, DbErr> {
    notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await
}

/// The most recent notifications of `user_id`, newest first.
pub async fn recent(
    db: &impl ConnectionTrait,
    user_id: i64,
    limit: u64,
) -> Result<Vec<NotificationView>, DbErr> {
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .order_by(notification::Column::CreatedAt, Order::Desc)
        .order_by(notification::Column::Id, Order::Desc)
        .limit(limit)
        .find_also_related(idea::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(n, idea)| {
            let idea = idea?;
            // A hidden or rejected idea has no public page to go to.
            let href = matches!(
                idea.visibility,
                Visibility::Published | Visibility::Withdrawn
            )
            .then(|| {
                let mut href = idea_href(idea.id, &idea.slug);
                if let Some(comment) = n.comment_id {
                    href.push_str(&format!("#comment-{comment}"));
                }
                href
            });
            Some(NotificationView {
                id: n.id,
                text: n.kind.sentence(&n.detail, &idea.title),
                href,
                when: uk_date(n.created_at),
                unread: n.read_at.is_none(),
            })
        })
        .collect())
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
