//! Comments on ideas: posting (with one level of replies), editing within the window,
//! deleting, and the threads an idea page shows.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

use crate::domain::comment::NewComment;
use crate::domain::comment::editable;
use crate::domain::idea::Visibility;
use crate::domain::identity::CurrentUser;
use crate::domain::notification::NotificationKind;
use crate::domain::safeguarding::Concerns;
use crate::domain::user::Role;
use crate::server::entities::{comment, idea};
use crate::server::notifications::notify;

/// What became of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentOutcome {
    /// Stored (or found stored already, for a form sent twice).
    Posted { id: i64 },
    /// Stored, waiting for a moderator because of what the safeguarding check found.
    Held { id: i64 },
    /// No such published idea.
    IdeaNotFound,
    /// The reply names a comment that is not a top-level comment on this idea.
    BadParent,
    /// The campaign is closed: its discussion is kept, read only.
    Closed,
    /// A moderator closed this idea's discussion to new comments.
    Locked,
}

/// Posts `new` by `author` on `idea_id`, and tells the idea's author (or, for a reply,
/// the author of the comment replied to). With `held_for` (what the safeguarding check
/// found, the author having gone ahead) it waits for a moderator: not shown, counted
/// or told to anyone until approved.
pub async fn post(
    db: &DatabaseConnection,
    author: &CurrentUser,
    idea_id: i64,
    (new, held_for): (NewComment, &Concerns),
    now: DateTime<Utc>,
) -> Result<CommentOutcome, DbErr> {
    let Some((idea, campaign)) =
        crate::server::queries::ideas::published_with_campaign(db, idea_id).await?
    else {
        return Ok(CommentOutcome::IdeaNotFound);
    };
    if !campaign.phase(now).is_current() {
        return Ok(CommentOutcome::Closed);
    }
    if idea.comments_locked {
        return Ok(CommentOutcome::Locked);
    }
    let mut new = new;
    if let Some(key) = &new.submission_key
        && let Some(existing) = comment::Entity::find()
            .filter(comment::Column::AuthorId.eq(author.id))
            .filter(comment::Column::SubmissionKey.eq(key.as_str()))
            .one(db)
            .await?
    {
        if existing.body == new.body {
            return Ok(match existing.visibility {
                Visibility::Pending => CommentOutcome::Held { id: existing.id },
                _ => CommentOutcome::Posted { id: existing.id },
            });
        }
        // The same page's key on different words (another form on that page, or the
        // back button): a new comment, which must not be lost.
        new.submission_key = None;
    }
    let parent = match new.parent_id {
        Some(parent_id) => match comment::Entity::find_by_id(parent_id).one(db).await? {
            Some(parent) if parent.idea_id == idea.id && parent.parent_id.is_none() => Some(parent),
            _ => return Ok(CommentOutcome::BadParent),
        },
        None => None,
    };
    let txn = db.begin_write().await?;
    let stored = comment::ActiveModel {
        idea_id: Set(idea.id),
        author_id: Set(author.id),
        parent_id: Set(parent.as_ref().map(|p| p.id)),
        body: Set(new.body),
        visibility: Set(if held_for.is_empty() {
            Visibility::Published
        } else {
            Visibility::Pending
        }),
        submission_key: Set(new.submission_key),
        created_at: Set(now),
        edited_at: Set(None),
        deleted_at: Set(None),
        held_for: Set(held_for.to_stored()),
        // The language of the page it was written on.
        language: Set(crate::i18n::lang()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if !held_for.is_empty() {
        waiting(&txn, &stored, now).await?;
        txn.commit().await?;
        return Ok(CommentOutcome::Held { id: stored.id });
    }
    // An increment, not a recount: exact under concurrent posts (see `ideas::vote`).
    shift_comment_count(&txn, idea.id, 1).await?;
    tell_about(&txn, &stored, &idea, &author.display_name, now).await?;
    txn.commit().await?;
    Ok(CommentOutcome::Posted { id: stored.id })
}

/// Tells the people who follow the idea of a new comment on it (its author in their
/// own words), and, for a reply, the author of the comment replied to; never the
/// person who wrote it. When it is posted, or when a moderator publishes a held one.
pub(crate) async fn tell_about(
    db: &impl ConnectionTrait,
    stored: &comment::Model,
    idea: &idea::Model,
    author_name: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let replied_to = match stored.parent_id {
        Some(parent) => comment::Entity::find_by_id(parent)
            .one(db)
            .await?
            .map(|p| p.author_id)
            .filter(|to| *to != stored.author_id),
        None => None,
    };
    if let Some(to) = replied_to {
        notify(
            db,
            to,
            NotificationKind::Replied,
            idea.id,
            Some(stored.id),
            author_name,
            now,
        )
        .await?;
    }
    let except: Vec<i64> = replied_to.into_iter().collect();
    crate::server::notifications::notify_followers(
        db,
        idea,
        NotificationKind::Commented,
        Some(stored.id),
        author_name,
        (Some(stored.author_id), &except),
        now,
    )
    .await
}

/// What became of an edit or a deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOutcome {
    Done {
        idea_id: i64,
    },
    /// Changed, and taken out of view until a moderator has read it (the safeguarding
    /// check found something and its author went ahead).
    Held {
        idea_id: i64,
    },
    NotFound,
    /// Not theirs (or, for an edit, the window has closed).
    NotAllowed,
}

/// Replaces the text of comment `id`, if `user` wrote it and the edit window is open.
/// With `held_for` the comment leaves view until a moderator approves it.
pub async fn edit(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    (body, held_for): (String, &Concerns),
    now: DateTime<Utc>,
) -> Result<ChangeOutcome, DbErr> {
    let Some(found) = live_comment(db, id).await? else {
        return Ok(ChangeOutcome::NotFound);
    };
    if found.author_id != user.id || !editable(found.created_at, now) {
        return Ok(ChangeOutcome::NotAllowed);
    }
    let txn = db.begin_write().await?;
    let mut update = comment::Entity::update_many()
        .col_expr(comment::Column::Body, Expr::value(body))
        .col_expr(comment::Column::EditedAt, Expr::value(Some(now)));
    if !held_for.is_empty() {
        update = update
            .col_expr(
                comment::Column::Visibility,
                Expr::value(Visibility::Pending),
            )
            .col_expr(comment::Column::HeldFor, Expr::value(held_for.to_stored()));
    }
    update.filter(comment::Column::Id.eq(id)).exec(&txn).await?;
    let idea_id = found.idea_id;
    if held_for.is_empty() {
        txn.commit().await?;
        return Ok(ChangeOutcome::Done { idea_id });
    }
    // Out of view, so out of the idea's count until approved.
    crate::server::tallies::recount(&txn, &[idea_id]).await?;
    waiting(&txn, &found, now).await?;
    txn.commit().await?;
    Ok(ChangeOutcome::Held { idea_id })
}

/// Moderators are told that `held` waits for them.
async fn waiting(
    db: &impl ConnectionTrait,
    held: &comment::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    crate::server::notifications::notify_moderators(
        db,
        NotificationKind::Waiting,
        crate::server::notifications::Target::Idea(held.idea_id, Some(held.id)),
        "comment",
        Some(held.author_id),
        now,
    )
    .await
}

/// Deletes comment `id` if `user` wrote it or moderates. The text goes; the place stays
/// as "Comment deleted" so the replies under it still make sense.
pub async fn delete(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<ChangeOutcome, DbErr> {
    let Some(found) = live_comment(db, id).await? else {
        return Ok(ChangeOutcome::NotFound);
    };
    if found.author_id != user.id && user.role < Role::Moderator {
        return Ok(ChangeOutcome::NotAllowed);
    }
    let txn = db.begin_write().await?;
    let deleted = comment::Entity::update_many()
        .col_expr(comment::Column::Body, Expr::value(""))
        .col_expr(comment::Column::DeletedAt, Expr::value(Some(now)))
        .filter(comment::Column::Id.eq(id))
        .filter(comment::Column::DeletedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    // Only the request that really deleted it (not a second click) counts it out.
    if deleted > 0 {
        shift_comment_count(&txn, found.idea_id, -1).await?;
    }
    txn.commit().await?;
    Ok(ChangeOutcome::Done {
        idea_id: found.idea_id,
    })
}

/// A comment that exists and is not deleted, on a published idea.
pub async fn live_comment(
    db: &DatabaseConnection,
    id: i64,
) -> Result<Option<comment::Model>, DbErr> {
    let Some((found, Some(idea))) = comment::Entity::find_by_id(id)
        .filter(comment::Column::DeletedAt.is_null())
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .find_also_related(idea::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok((idea.visibility == Visibility::Published).then_some(found))
}

async fn shift_comment_count(
    db: &impl ConnectionTrait,
    idea_id: i64,
    delta: i32,
) -> Result<(), DbErr> {
    idea::Entity::update_many()
        .col_expr(
            idea::Column::CommentCount,
            Expr::col(idea::Column::CommentCount).add(delta),
        )
        .filter(idea::Column::Id.eq(idea_id))
        .exec(db)
        .await?;
    Ok(())
}
