//! An author looking after their own idea: changing its words within the site's limits
//! (earlier words kept, as moderators' edits keep them) and withdrawing it (its
//! supporters told; it leaves the lists; its page says so). The rules are
//! [`crate::domain::authoring`]; this is where they meet the database, each in one
//! transaction holding the idea's row, so a vote or a moderator's decision arriving
//! meanwhile is judged against the same state.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QuerySelect,
    RelationTrait,
};

use crate::domain::authoring::{Authoring, IdeaState, Refusal};
use crate::domain::idea::{IdeaWords, Visibility, idea_href};
use crate::domain::identity::CurrentUser;
use crate::domain::notification::NotificationKind;
use crate::domain::safeguarding::Concerns;
use crate::server::entities::{campaign, idea, user, vote};
use crate::server::locking::claim;
use crate::server::rankings::Rankings;

/// The reason kept with an author's own change, in the idea's history.
pub const AUTHOR_CHANGE: &str = "Changed by the person who put it forward";

/// What became of an author's change or withdrawal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorOutcome {
    /// Done; `href` is the idea's address (its slug following a new title).
    Done {
        href: String,
    },
    /// Not theirs, or no such idea: the same answer, so ids are not probed.
    NotFound,
    Refused(Refusal),
    /// Changed, and out of view until a moderator has read it; `campaign` is its slug.
    Held {
        campaign: String,
    },
}

/// The facts the authoring rules read, from the idea's row and its campaign.
pub fn state_of(idea: &idea::Model, campaign: &campaign::Model, now: DateTime<Utc>) -> IdeaState {
    IdeaState {
        visibility: idea.visibility,
        status: idea.status,
        merged: idea.duplicate_of_id.is_some(),
        supporters: idea.vote_count,
        submitted: idea.created_at,
        phase: campaign.phase(now),
    }
}

/// Idea `id` with its campaign, if `author` put it forward.
pub async fn own_idea(
    db: &impl sea_orm::ConnectionTrait,
    author: &CurrentUser,
    id: i64,
) -> Result<Option<(idea::Model, campaign::Model)>, DbErr> {
    Ok(idea::Entity::find_by_id(id)
        .filter(idea::Column::AuthorId.eq(author.id))
        .find_also_related(campaign::Entity)
        .one(db)
        .await?
        .and_then(|(idea, campaign)| Some((idea, campaign?))))
}

/// Replaces the words of `author`'s idea `id` with `new`, if the rules allow it now.
///
/// With `held_for` (what the safeguarding check found, the author having gone ahead) the
/// idea leaves view until a moderator has read it.
pub async fn edit_own(
    db: &DatabaseConnection,
    (rules, rankings): (&Authoring, &Rankings),
    author: &CurrentUser,
    id: i64,
    (new, held_for): (IdeaWords, &Concerns),
    now: DateTime<Utc>,
) -> Result<AuthorOutcome, DbErr> {
    let txn = db.begin_write().await?;
    claim::<idea::Entity>(&txn, idea::Column::Id, id).await?;
    let Some((model, campaign)) = own_idea(&txn, author, id).await? else {
        return Ok(AuthorOutcome::NotFound);
    };
    if let Err(refusal) = rules.may_edit(&state_of(&model, &campaign, now), now) {
        return Ok(AuthorOutcome::Refused(refusal));
    }
    let change = crate::server::edits::Change {
        editor_id: author.id,
        by_author: true,
        reason: AUTHOR_CHANGE,
    };
    let unchanged = idea_href(model.id, &model.slug);
    let href = match crate::server::edits::replace_words(&txn, model, change, new, now).await? {
        Some(saved) => idea_href(saved.id, &saved.slug),
        None => unchanged,
    };
    if held_for.is_empty() {
        txn.commit().await?;
        return Ok(AuthorOutcome::Done { href });
    }
    idea::Entity::update_many()
        .col_expr(idea::Column::Visibility, Expr::value(Visibility::Pending))
        .col_expr(idea::Column::HeldFor, Expr::value(held_for.to_stored()))
        .col_expr(
            idea::Column::TallyVersion,
            Expr::col(idea::Column::TallyVersion).add(1),
        )
        .filter(idea::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    crate::server::notifications::notify_moderators(
        &txn,
        NotificationKind::Waiting,
        crate::server::notifications::Target::Idea(id, None),
        "idea",
        Some(author.id),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::rankings::sync(db, rankings, &[id]).await?;
    Ok(AuthorOutcome::Held {
        campaign: campaign.slug,
    })
}

/// Withdraws `author`'s idea `id`: it leaves the lists and the rankings, takes no more
/// support or comments, and every supporter with an account is told.
pub async fn withdraw_own(
    db: &DatabaseConnection,
    rankings: &Rankings,
    author: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<AuthorOutcome, DbErr> {
    let txn = db.begin_write().await?;
    claim::<idea::Entity>(&txn, idea::Column::Id, id).await?;
    let Some((model, campaign)) = own_idea(&txn, author, id).await? else {
        return Ok(AuthorOutcome::NotFound);
    };
    if let Err(refusal) = Authoring::may_withdraw(&state_of(&model, &campaign, now)) {
        return Ok(AuthorOutcome::Refused(refusal));
    }
    idea::Entity::update_many()
        .col_expr(idea::Column::Visibility, Expr::value(Visibility::Withdrawn))
        .col_expr(idea::Column::WithdrawnAt, Expr::value(now))
        .col_expr(idea::Column::UpdatedAt, Expr::value(now))
        // Whether lists show it changed.
        .col_expr(
            idea::Column::TallyVersion,
            Expr::col(idea::Column::TallyVersion).add(1),
        )
        .filter(idea::Column::Id.eq(model.id))
        .exec(&txn)
        .await?;
    // Supporters with accounts, told as each chose.
    let supporters: Vec<i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::UserId)
        .join(JoinType::InnerJoin, vote::Relation::User.def())
        .filter(vote::Column::IdeaId.eq(model.id))
        .filter(vote::Column::UserId.ne(author.id))
        .filter(user::Column::DeletedAt.is_null())
        .into_tuple()
        .all(&txn)
        .await?;
    crate::server::notifications::tell(
        &txn,
        &supporters,
        NotificationKind::Withdrawn,
        crate::server::notifications::Target::Idea(model.id, None),
        "",
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::rankings::sync(db, rankings, &[model.id]).await?;
    Ok(AuthorOutcome::Done {
        href: idea_href(model.id, &model.slug),
    })
}
