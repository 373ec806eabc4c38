//! The discussion under an idea, as readers see it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, Order, QueryFilter, QueryOrder};

use crate::domain::comment::editable;
use crate::domain::idea::Visibility;
use crate::domain::identity::CurrentUser;
use crate::domain::user::Role;
use crate::features::comments::{CommentThread, CommentView};
use crate::server::entities::{comment, user};
use crate::server::markdown::comment_to_safe_html;
use crate::server::queries::author_line;
use crate::server::queries::uk_date;

/// The discussion of `idea_id`, oldest first, as `viewer` sees it.
pub async fn threads(
    db: &impl ConnectionTrait,
    idea_id: i64,
    viewer: Option<&CurrentUser>,
    now: DateTime<Utc>,
) -> Result<Vec<CommentThread>, DbErr> {
    let rows = comment::Entity::find()
        .filter(comment::Column::IdeaId.eq(idea_id))
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .order_by(comment::Column::CreatedAt, Order::Asc)
        .order_by(comment::Column::Id, Order::Asc)
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    let view = |c: &comment::Model, author: Option<&user::Model>| {
        let deleted = c.deleted_at.is_some();
        let mine = viewer.is_some_and(|v| v.id == c.author_id);
        let moderator = viewer.is_some_and(|v| v.role >= Role::Moderator);
        CommentView {
            id: c.id,
            author: author_line(author),
            body_html: if deleted {
                String::new()
            } else {
                comment_to_safe_html(&c.body)
            },
            posted_on: uk_date(c.created_at),
            edited: c.edited_at.is_some(),
            deleted,
            can_edit: !deleted && mine && editable(c.created_at, now),
            can_delete: !deleted && (mine || moderator),
            language: c.language,
        }
    };
    let mut threads: Vec<CommentThread> = Vec::new();
    let mut position: HashMap<i64, usize> = HashMap::new();
    for (c, author) in &rows {
        if c.parent_id.is_none() {
            position.insert(c.id, threads.len());
            threads.push(CommentThread {
                comment: view(c, author.as_ref()),
                replies: Vec::new(),
            });
        }
    }
    for (c, author) in &rows {
        if let Some(parent) = c.parent_id
            && let Some(&at) = position.get(&parent)
        {
            threads[at].replies.push(view(c, author.as_ref()));
        }
    }
    // A deleted comment with no replies left under it says nothing: leave it out.
    threads.retain(|t| !t.comment.deleted || !t.replies.is_empty());
    Ok(threads)
}
