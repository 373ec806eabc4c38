//! Moderators' edits of ideas. Each edit keeps the words as they were (nothing a person
//! wrote is lost, and an edit can be checked or undone), writes the audit log, and tells
//! the author why.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Order,
    QueryFilter, QueryOrder, Set,
};

use crate::domain::idea::IdeaWords;
use crate::domain::idea::idea_href;
use crate::domain::identity::CurrentUser;
use crate::domain::moderation::Subject;
use crate::domain::notification::NotificationKind;
use crate::domain::slug::slugify;
use crate::features::moderation::edit::{EditRecord, IdeaEditContext};
use crate::server::audit::record;
use crate::server::entities::{content_edit, idea, user};
use crate::server::locking::claim;
use crate::server::notifications::notify;
use crate::server::queries::uk_date_time;

/// What became of an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditOutcome {
    /// Saved (or the same words as before: nothing to keep or tell); `href` is the
    /// idea's address, its slug following the new title.
    Saved {
        href: String,
    },
    NotFound,
}

fn words_of(model: &idea::Model) -> IdeaWords {
    IdeaWords {
        title: model.title.clone(),
        summary: model.summary.clone(),
        description: model.description.clone(),
    }
}

/// Replaces idea `id`'s words with `new`, keeping the old ones, in one transaction with
/// the audit log and the author's notification.
pub async fn edit_idea(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    new: IdeaWords,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<EditOutcome, DbErr> {
    let txn = db.begin_write().await?;
    claim::<idea::Entity>(&txn, idea::Column::Id, id).await?;
    let Some(model) = idea::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(EditOutcome::NotFound);
    };
    let slug = model.slug.clone();
    let author = model.author_id;
    let change = Change {
        editor_id: moderator.id,
        by_author: false,
        reason,
    };
    let Some(saved) = replace_words(&txn, model, change, new, now).await? else {
        return Ok(EditOutcome::Saved {
            href: idea_href(id, &slug),
        });
    };
    record(
        &txn,
        Some(moderator.id),
        "idea.edited",
        Subject::Idea.key(),
        id,
        Some(reason),
        now,
    )
    .await?;
    if author != moderator.id {
        notify(
            &txn,
            author,
            NotificationKind::Edited,
            saved.id,
            None,
            reason,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(EditOutcome::Saved {
        href: idea_href(saved.id, &saved.slug),
    })
}

/// Who changes an idea's words, and why.
pub struct Change<'a> {
    pub editor_id: i64,
    /// Its author, within the limits authors have; otherwise a moderator (who may also
    /// be its author).
    pub by_author: bool,
    pub reason: &'a str,
}

/// Replaces `model`'s words with `new` inside `txn`, keeping the old ones with who
/// changed them and why. `None` when the words are the same (nothing to keep).
pub async fn replace_words(
    txn: &impl ConnectionTrait,
    model: idea::Model,
    change: Change<'_>,
    new: IdeaWords,
    now: DateTime<Utc>,
) -> Result<Option<idea::Model>, DbErr> {
    let before = words_of(&model);
    if before == new {
        return Ok(None);
    }
    content_edit::ActiveModel {
        subject_type: Set(Subject::Idea.key().to_owned()),
        subject_id: Set(model.id),
        editor_id: Set(Some(change.editor_id)),
        previous: Set(serde_json::to_string(&before).expect("plain strings serialise")),
        reason: Set(change.reason.to_owned()),
        by_author: Set(change.by_author),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let mut active: idea::ActiveModel = model.into();
    active.slug = Set(slugify(&new.title));
    active.title = Set(new.title);
    active.summary = Set(new.summary);
    active.description = Set(new.description);
    active.updated_at = Set(now);
    Ok(Some(active.update(txn).await?))
}

/// Every earlier version of idea `id`, newest first: the words as they were before
/// each change, who changed them (its author, or a moderator, named), when and why.
pub async fn history(db: &impl ConnectionTrait, id: i64) -> Result<Vec<EditRecord>, DbErr> {
    let edits = content_edit::Entity::find()
        .filter(content_edit::Column::SubjectType.eq(Subject::Idea.key()))
        .filter(content_edit::Column::SubjectId.eq(id))
        .order_by(content_edit::Column::Id, Order::Desc)
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    Ok(edits
        .into_iter()
        .map(|(edit, editor)| EditRecord {
            when: uk_date_time(edit.created_at),
            by_author: edit.by_author,
            editor: editor
                .map(|u| u.display_name)
                .unwrap_or_else(crate::domain::user::deleted_account),
            reason: edit.reason,
            before: serde_json::from_str(&edit.previous).unwrap_or_default(),
        })
        .collect())
}

/// What the moderator's edit page shows: the words now, and every earlier version.
pub async fn idea_context(
    db: &DatabaseConnection,
    id: i64,
) -> Result<Option<IdeaEditContext>, DbErr> {
    let Some(model) = idea::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let history = history(db, id).await?;
    Ok(Some(IdeaEditContext {
        id,
        href: idea_href(model.id, &model.slug),
        words: words_of(&model),
        history,
    }))
}
