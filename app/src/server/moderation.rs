//! Moderation of ideas, comments and directory listings: approving pre-moderated ideas,
//! reports (ideas and comments hidden automatically once enough different established
//! members report them; listings only queued), hiding and restoring. Every action is
//! written to the moderation log in the same transaction.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, Set, SqlErr,
};

use crate::domain::idea::Visibility;
use crate::domain::identity::CurrentUser;
use crate::domain::listing::ListingStatus;
use crate::domain::moderation::{ReportPolicy, ReportReason, Standing, Subject};
use crate::domain::notification::NotificationKind;
use crate::server::audit::record;
use crate::server::entities::{comment, idea, listing, report, user, vote};
use crate::server::locking::claim;
use crate::server::notifications::{Target, notify, notify_moderators, tell};
use crate::server::rankings::{self, Rankings};

/// What became of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportOutcome {
    /// Recorded; `hidden` when it was the report that reached the threshold.
    Recorded {
        hidden: bool,
    },
    /// This person had already reported it (one report per person counts).
    AlreadyReported,
    NotFound,
}

/// Whose listing `id` is.
async fn listing_owner(db: &impl ConnectionTrait, id: i64) -> Result<Option<i64>, DbErr> {
    Ok(listing::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|l| l.owner_id))
}

/// The idea a reported idea or comment belongs to.
async fn idea_of(
    db: &impl ConnectionTrait,
    subject: Subject,
    id: i64,
) -> Result<Option<i64>, DbErr> {
    Ok(match subject {
        Subject::Idea => Some(id),
        Subject::Comment => comment::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| c.idea_id),
        Subject::Listing | Subject::Account => None,
    })
}

/// The visibility of `subject`, if it exists.
async fn visibility_of(
    db: &impl ConnectionTrait,
    subject: Subject,
    id: i64,
) -> Result<Option<Visibility>, DbErr> {
    Ok(match subject {
        Subject::Idea => idea::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|i| i.visibility),
        Subject::Comment => comment::Entity::find_by_id(id)
            .one(db)
            .await?
            .filter(|c| c.deleted_at.is_none())
            .map(|c| c.visibility),
        // Only a published listing can be reported; hidden is its reported state, and
        // anything else is out of moderation's reach here (reviewed on its own page).
        Subject::Listing => {
            listing::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|l| match l.status {
                    ListingStatus::Approved => Visibility::Published,
                    ListingStatus::Hidden => Visibility::Hidden,
                    _ => Visibility::Rejected,
                })
        }
        Subject::Account => None,
    })
}

async fn set_visibility(
    db: &impl ConnectionTrait,
    subject: Subject,
    id: i64,
    visibility: Visibility,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    match subject {
        Subject::Idea => {
            idea::Entity::update_many()
                .col_expr(idea::Column::Visibility, Expr::value(visibility))
                .col_expr(
                    idea::Column::TallyVersion,
                    Expr::col(idea::Column::TallyVersion).add(1),
                )
                .filter(idea::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
        Subject::Comment => {
            comment::Entity::update_many()
                .col_expr(comment::Column::Visibility, Expr::value(visibility))
                .filter(comment::Column::Id.eq(id))
                .exec(db)
                .await?;
            // The idea's comment count counts published comments only.
            if let Some(c) = comment::Entity::find_by_id(id).one(db).await? {
                crate::server::tallies::recount(db, &[c.idea_id]).await?;
            }
        }
        Subject::Listing => {
            crate::server::directory::set_shown(db, id, visibility == Visibility::Published, now)
                .await?;
        }
        Subject::Account => {}
    }
    Ok(())
}

/// A held comment just published: its idea's author (or the comment it replies to) is
/// told, as they would have been had it been posted straight away.
async fn announce_comment(
    db: &impl ConnectionTrait,
    comment_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some((stored, Some(on))) = comment::Entity::find_by_id(comment_id)
        .find_also_related(idea::Entity)
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let name = user::Entity::find_by_id(stored.author_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    crate::server::comments::tell_about(db, &stored, &on, &name, now).await
}

/// How `user_id` stands as a reporter at `now`: account age, contributions, and their
/// earlier reports.
pub async fn standing(
    db: &impl ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Standing, DbErr> {
    let Some(account) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(Standing {
            account_days: 0,
            contributions: 0,
            earlier_reports: 0,
            upheld_reports: 0,
        });
    };
    let ideas = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(user_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .count(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::AuthorId.eq(user_id))
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .filter(comment::Column::DeletedAt.is_null())
        .count(db)
        .await?;
    let votes = vote::Entity::find()
        .filter(vote::Column::UserId.eq(user_id))
        .count(db)
        .await?;
    let earlier = report::Entity::find()
        .filter(report::Column::ReporterId.eq(user_id))
        .filter(report::Column::ResolvedAt.is_not_null());
    Ok(Standing {
        account_days: Ord::max((now - account.created_at).num_days(), 0),
        contributions: ideas + comments + votes,
        earlier_reports: earlier.clone().count(db).await?,
        upheld_reports: earlier
            .filter(report::Column::Upheld.eq(true))
            .count(db)
            .await?,
    })
}

/// `reporter` reports `subject`. Once enough different established members have open
/// reports on a published idea or comment, it is hidden until a moderator reviews it;
/// a listing only joins the moderators' queue (`ReportPolicy`).
pub async fn report(
    db: &DatabaseConnection,
    rankings: &Rankings,
    reporter: &CurrentUser,
    (subject, id): (Subject, i64),
    (reason, detail): (ReportReason, Option<String>),
    policy: &ReportPolicy,
    now: DateTime<Utc>,
) -> Result<ReportOutcome, DbErr> {
    let txn = db.begin_write().await?;
    let established = policy.is_established(&standing(&txn, reporter.id, now).await?);
    let inserted = report::ActiveModel {
        reporter_id: Set(reporter.id),
        subject_type: Set(subject.key().to_owned()),
        subject_id: Set(id),
        reason: Set(reason.key().to_owned()),
        detail: Set(detail),
        created_at: Set(now),
        resolved_at: Set(None),
        reporter_established: Set(established),
        upheld: Set(false),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(ReportOutcome::AlreadyReported);
        }
        Err(e) => return Err(e),
    }
    let Some(visibility) = visibility_of(&txn, subject, id).await? else {
        return Ok(ReportOutcome::NotFound);
    };
    let counted = report::Entity::find()
        .filter(report::Column::SubjectType.eq(subject.key()))
        .filter(report::Column::SubjectId.eq(id))
        .filter(report::Column::ResolvedAt.is_null())
        .filter(report::Column::ReporterEstablished.eq(true))
        .count(&txn)
        .await?;
    // Moderators hear of it without watching the queue; a listing's developer hears of
    // it too (who reported it is not said).
    let target = match (subject, idea_of(&txn, subject, id).await?) {
        (Subject::Listing, _) => Some(Target::Listing(id)),
        (_, Some(idea_id)) => Some(Target::Idea(
            idea_id,
            (subject == Subject::Comment).then_some(id),
        )),
        _ => None,
    };
    if let Some(target) = target {
        notify_moderators(
            &txn,
            NotificationKind::NewReport,
            target,
            &stored_words(reason.label_key()),
            Some(reporter.id),
            now,
        )
        .await?;
    }
    if subject == Subject::Listing
        && let Some(owner) = listing_owner(&txn, id).await?
        && owner != reporter.id
    {
        tell(
            &txn,
            &[owner],
            NotificationKind::ListingReported,
            Target::Listing(id),
            &stored_words(reason.label_key()),
            now,
        )
        .await?;
    }
    let hidden = visibility == Visibility::Published && policy.hides(subject, counted);
    if hidden {
        set_visibility(&txn, subject, id, Visibility::Hidden, now).await?;
        record(
            &txn,
            None,
            &format!("{}.auto_hidden", subject.key()),
            subject.key(),
            id,
            // The audit log keeps its notes in English, like the rest of the record.
            Some(&crate::t!(in crate::i18n::Lang::En, "audit-auto-hidden", count = counted)),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    if hidden && subject == Subject::Idea {
        rankings::sync(db, rankings, &[id]).await?;
    }
    Ok(ReportOutcome::Recorded { hidden })
}

/// A moderator's action on an idea or comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Publish a pre-moderated idea.
    Approve,
    /// Refuse a pre-moderated idea (the author is told why).
    Reject,
    Hide,
    Restore,
    /// Keep it as it is and close its reports.
    Dismiss,
    /// Stop new comments on an idea (its discussion stays readable).
    Lock,
    /// Let people comment on an idea again.
    Unlock,
}

impl Action {
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "approve" => Self::Approve,
            "reject" => Self::Reject,
            "hide" => Self::Hide,
            "restore" => Self::Restore,
            "dismiss" => Self::Dismiss,
            "lock" => Self::Lock,
            "unlock" => Self::Unlock,
            _ => return None,
        })
    }

    fn log_name(self) -> &'static str {
        match self {
            Self::Approve => "approved",
            Self::Reject => "rejected",
            Self::Hide => "hidden",
            Self::Restore => "restored",
            Self::Dismiss => "reports_dismissed",
            Self::Lock => "comments_locked",
            Self::Unlock => "comments_unlocked",
        }
    }

    /// Whether it needs a reason (told to the author, and shown in the public log).
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::Reject | Self::Hide)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionOutcome {
    Done,
    NotFound,
    /// Not applicable in its current state (approving a published idea, …).
    NotApplicable,
}

/// What restoring hidden `subject` `id` brings it back to: published, or withdrawn for
/// an idea its author had withdrawn before it was hidden.
async fn restored(
    db: &impl ConnectionTrait,
    subject: Subject,
    id: i64,
) -> Result<Visibility, DbErr> {
    let withdrawn = match subject {
        Subject::Idea => idea::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some_and(|i| i.withdrawn_at.is_some()),
        _ => false,
    };
    Ok(if withdrawn {
        Visibility::Withdrawn
    } else {
        Visibility::Published
    })
}

/// Who wrote `subject` `id`, and the idea it is on: (author, idea, comment).
async fn author_of(
    db: &impl ConnectionTrait,
    subject: Subject,
    id: i64,
) -> Result<Option<(i64, i64, Option<i64>)>, DbErr> {
    Ok(match subject {
        Subject::Idea => idea::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|i| (i.author_id, i.id, None)),
        Subject::Comment => comment::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| (c.author_id, c.idea_id, Some(c.id))),
        Subject::Listing | Subject::Account => None,
    })
}

/// Applies `action` to `subject` `id`, resolving its open reports, logged with `reason`.
/// The author is told why their idea was rejected or their idea or comment hidden.
pub async fn act(
    db: &DatabaseConnection,
    rankings: &Rankings,
    moderator: &CurrentUser,
    (subject, id): (Subject, i64),
    action: Action,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<ActionOutcome, DbErr> {
    // What the author is told when the moderator gives no reason, stored in English
    // like every notification's detail (`stored_words`).
    let breaks_the_rules = stored_words("moderation-default-reason");
    let txn = db.begin_write().await?;
    match subject {
        Subject::Idea => claim::<idea::Entity>(&txn, idea::Column::Id, id).await?,
        Subject::Comment => claim::<comment::Entity>(&txn, comment::Column::Id, id).await?,
        Subject::Listing => claim::<listing::Entity>(&txn, listing::Column::Id, id).await?,
        Subject::Account => {}
    }
    let Some(visibility) = visibility_of(&txn, subject, id).await? else {
        return Ok(ActionOutcome::NotFound);
    };
    if let Action::Lock | Action::Unlock = action {
        let lock = action == Action::Lock;
        let changed = match subject {
            Subject::Idea => {
                idea::Entity::update_many()
                    .col_expr(idea::Column::CommentsLocked, Expr::value(lock))
                    .filter(idea::Column::Id.eq(id))
                    .filter(idea::Column::CommentsLocked.eq(!lock))
                    .exec(&txn)
                    .await?
                    .rows_affected
            }
            _ => 0,
        };
        if changed == 0 {
            return Ok(ActionOutcome::NotApplicable);
        }
    } else {
        let target = match (action, visibility) {
            (Action::Approve, Visibility::Pending) => Some(Visibility::Published),
            (Action::Reject, Visibility::Pending) => Some(Visibility::Rejected),
            // A withdrawn idea can still be reported (its page stays) and hidden.
            (Action::Hide, Visibility::Published | Visibility::Withdrawn) => {
                Some(Visibility::Hidden)
            }
            (Action::Restore, Visibility::Hidden) => Some(restored(&txn, subject, id).await?),
            (
                Action::Dismiss,
                Visibility::Published | Visibility::Hidden | Visibility::Withdrawn,
            ) => None,
            _ => return Ok(ActionOutcome::NotApplicable),
        };
        if let Some(target) = target {
            set_visibility(&txn, subject, id, target, now).await?;
            // A listing's developer hears it was hidden (and why) or restored.
            if subject == Subject::Listing
                && let Some(owner) = listing_owner(&txn, id).await?
            {
                let (kind, detail) = if target == Visibility::Hidden {
                    (
                        NotificationKind::ListingHidden,
                        reason.unwrap_or(&breaks_the_rules),
                    )
                } else {
                    (NotificationKind::ListingRestored, "")
                };
                tell(&txn, &[owner], kind, Target::Listing(id), detail, now).await?;
            }
        }
        // The reporters were right if it ends hidden (hidden now, or kept hidden).
        let upheld = target.unwrap_or(visibility) == Visibility::Hidden;
        report::Entity::update_many()
            .col_expr(report::Column::ResolvedAt, Expr::value(now))
            .col_expr(report::Column::Upheld, Expr::value(upheld))
            .filter(report::Column::SubjectType.eq(subject.key()))
            .filter(report::Column::SubjectId.eq(id))
            .filter(report::Column::ResolvedAt.is_null())
            .exec(&txn)
            .await?;
        let told = match (action, subject) {
            (Action::Reject, Subject::Comment) => Some(NotificationKind::CommentRejected),
            (Action::Reject, _) => Some(NotificationKind::Rejected),
            (Action::Approve, _) => Some(NotificationKind::Approved),
            (Action::Hide, Subject::Comment) => Some(NotificationKind::CommentHidden),
            (Action::Hide, _) => Some(NotificationKind::Hidden),
            _ => None,
        };
        if let (Some(kind), Some((author, idea_id, comment_id))) =
            (told, author_of(&txn, subject, id).await?)
        {
            let detail = match (kind, comment_id) {
                (NotificationKind::Approved, Some(_)) => "comment",
                (NotificationKind::Approved, None) => "idea",
                _ => reason.unwrap_or(&breaks_the_rules),
            };
            notify(&txn, author, kind, idea_id, comment_id, detail, now).await?;
            if let (Action::Approve, Some(comment_id)) = (action, comment_id) {
                announce_comment(&txn, comment_id, now).await?;
            }
            if let (Action::Approve, Subject::Idea) = (action, subject)
                && let Some(published) = idea::Entity::find_by_id(idea_id).one(&txn).await?
            {
                crate::server::ideas::announce_idea(&txn, &published, now).await?;
            }
        }
    }
    record(
        &txn,
        Some(moderator.id),
        &format!("{}.{}", subject.key(), action.log_name()),
        subject.key(),
        id,
        reason,
        now,
    )
    .await?;
    txn.commit().await?;
    if subject == Subject::Idea {
        rankings::sync(db, rankings, &[id]).await?;
    }
    Ok(ActionOutcome::Done)
}

/// Words as notifications store them (a report's reason): in English, since the stored
/// detail is text, not a key, like an idea's status (`server::ideas`).
fn stored_words(key: &str) -> String {
    crate::i18n::text(crate::i18n::Lang::En, key, &[])
}
