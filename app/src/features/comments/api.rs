//! Server functions for comments. Posting, editing and deleting are form posts (see the
//! server's routes); this reads a comment for its edit page, for its author only.

use leptos::prelude::*;

use super::CommentEdit;
use crate::error::AppError;

/// Comment `id` as its author may edit it. Anyone else is told it does not exist.
#[server(endpoint = "comments/for-edit")]
pub async fn comment_for_edit(id: i64) -> Result<CommentEdit, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    let Some(found) = crate::server::comments::live_comment(&state.db, id).await? else {
        return Err(AppError::NotFound.respond());
    };
    if found.author_id != user.id {
        return Err(AppError::NotFound.respond());
    }
    let idea = crate::server::queries::ideas::idea_ref(&state.db, found.idea_id)
        .await?
        .ok_or_else(|| AppError::NotFound.respond())?;
    Ok(CommentEdit {
        id: found.id,
        body: found.body,
        idea_title: idea.title,
        idea_href: idea.href,
        editable: crate::domain::comment::editable(found.created_at, chrono::Utc::now()),
    })
}
