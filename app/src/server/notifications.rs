//! Notifications in the site: written when something happens to a person's idea or
//! comment, listed on their notifications page, counted in the header until read.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use std::collections::HashMap;

use crate::domain::campaign::Milestone;
use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::listing::ListingStatus;
use crate::domain::notification::{Mode, NotificationKind};
use crate::domain::user::Role;
use crate::features::directory::paths::listing_href;
use crate::features::notifications::NotificationView;
use crate::i18n::Lang;
use crate::server::entities::{
    campaign, comment, follow, idea, listing, notification, notification_fanout, user, vote,
};
use crate::server::locking::{BeginWrite, claim};
use crate::server::queries::uk_date;
use crate::t;

/// The longest `detail` stored (the column's size).
const DETAIL_MAX: usize = 200;

/// What a notification is about: an idea (and, for some, a comment on it), a listing
/// in the directory, or a campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Idea(i64, Option<i64>),
    Listing(i64),
    Campaign(i64),
}

impl Target {
    /// As a notification's columns: (idea, comment, listing, campaign).
    fn columns(self) -> (Option<i64>, Option<i64>, Option<i64>, Option<i64>) {
        match self {
            Self::Idea(idea, comment) => (Some(idea), comment, None, None),
            Self::Listing(listing) => (None, None, Some(listing), None),
            Self::Campaign(campaign) => (None, None, None, Some(campaign)),
        }
    }
}

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
    tell(
        db,
        &[user_id],
        kind,
        Target::Idea(idea_id, comment_id),
        detail,
        now,
    )
    .await
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
    let except: Vec<i64> = except.iter().copied().chain(actor).collect();
    tell_audience(
        db,
        Audience::IdeaFollowers(idea.id),
        kind,
        Target::Idea(idea.id, comment_id),
        detail,
        &except,
        now,
    )
    .await
}

/// Audiences larger than this are told by the worker after the event ([`expand_due`]),
/// not in the event's transaction, which would otherwise hold the database's write lock
/// while it writes a row for each person (about 20 ms for 400 people on SQLite, 35 ms on
/// PostgreSQL; `bench/fanout`).
pub const INLINE_MAX: usize = 100;

/// How many people the worker tells in one transaction (about 25 ms of SQLite's write
/// lock).
pub const FANOUT_BATCH: usize = 1_000;

/// A group of people told together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    IdeaFollowers(i64),
    CampaignFollowers(i64),
}

impl Audience {
    fn key(self) -> (&'static str, i64) {
        match self {
            Self::IdeaFollowers(id) => ("idea", id),
            Self::CampaignFollowers(id) => ("campaign", id),
        }
    }

    fn from_key(key: &str, id: i64) -> Option<Self> {
        match key {
            "idea" => Some(Self::IdeaFollowers(id)),
            "campaign" => Some(Self::CampaignFollowers(id)),
            _ => None,
        }
    }

    /// At least how many are in it, counted without reading who: a bound from above,
    /// cheap whatever the size (the counts use indexes), so that a large audience costs
    /// its event no more than a small one.
    async fn bound(self, db: &impl ConnectionTrait) -> Result<u64, DbErr> {
        let followed = |what: &'static str, id: i64| {
            follow::Entity::find()
                .filter(follow::Column::SubjectType.eq(what))
                .filter(follow::Column::SubjectId.eq(id))
                .filter(follow::Column::Following.eq(true))
        };
        Ok(match self {
            Self::IdeaFollowers(id) => {
                // Its author, its supporters, its commenters (a comment each, at most) and
                // those who chose to follow it.
                1 + vote::Entity::find()
                    .filter(vote::Column::IdeaId.eq(id))
                    .count(db)
                    .await?
                    + comment::Entity::find()
                        .filter(comment::Column::IdeaId.eq(id))
                        .count(db)
                        .await?
                    + followed("idea", id).count(db).await?
            }
            Self::CampaignFollowers(id) => followed("campaign", id).count(db).await?,
        })
    }

    /// Who is in it now, in id order.
    async fn members(self, db: &impl ConnectionTrait) -> Result<Vec<i64>, DbErr> {
        match self {
            Self::IdeaFollowers(id) => match idea::Entity::find_by_id(id).one(db).await? {
                Some(idea) => crate::server::following::idea_followers(db, &idea).await,
                None => Ok(Vec::new()),
            },
            Self::CampaignFollowers(id) => {
                crate::server::following::campaign_followers(db, id).await
            }
        }
    }
}

/// Tells `audience`, except `except`, about `kind`: at once when it is small; when it is
/// large, by writing the event down for the worker to tell in batches.
pub async fn tell_audience(
    db: &impl ConnectionTrait,
    audience: Audience,
    kind: NotificationKind,
    target: Target,
    detail: &str,
    except: &[i64],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if audience.bound(db).await? <= INLINE_MAX as u64 {
        let members: Vec<i64> = audience
            .members(db)
            .await?
            .into_iter()
            .filter(|m| !except.contains(m))
            .collect();
        return tell(db, &members, kind, target, detail, now).await;
    }
    let (key, id) = audience.key();
    let (idea_id, comment_id, listing_id, campaign_id) = target.columns();
    notification_fanout::ActiveModel {
        audience: Set(key.to_owned()),
        audience_id: Set(id),
        kind: Set(kind),
        idea_id: Set(idea_id),
        comment_id: Set(comment_id),
        listing_id: Set(listing_id),
        campaign_id: Set(campaign_id),
        detail: Set(detail.chars().take(DETAIL_MAX).collect()),
        except: Set(except
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")),
        created_at: Set(now),
        done_through: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Tells the next batch of each large audience still being told, each batch in its own
/// transaction; how many people were told. Several instances may run this at once: a
/// batch locks its event's row and moves its place on, so each person is told once.
pub async fn expand_due(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let open: Vec<i64> = notification_fanout::Entity::find()
        .select_only()
        .column(notification_fanout::Column::Id)
        .order_by(notification_fanout::Column::Id, Order::Asc)
        .limit(20)
        .into_tuple()
        .all(db)
        .await?;
    let mut told = 0;
    for id in open {
        told += expand_one(db, id).await?;
        // Other writers get their turn between batches. SQLite's lock is not a queue: a
        // writer waiting for it sleeps in steps of up to 100 ms, and a worker taking it
        // back sooner kept comments waiting for seconds (`bench/fanout`).
        if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    Ok(told)
}

/// Tells the next batch of event `id`'s audience.
async fn expand_one(db: &DatabaseConnection, id: i64) -> Result<usize, DbErr> {
    let txn = db.begin_write().await?;
    claim::<notification_fanout::Entity>(&txn, notification_fanout::Column::Id, id).await?;
    let Some(event) = notification_fanout::Entity::find_by_id(id)
        .one(&txn)
        .await?
    else {
        return Ok(0);
    };
    let except: Vec<i64> = event
        .except
        .split(',')
        .filter_map(|e| e.parse().ok())
        .collect();
    let batch: Vec<i64> = match Audience::from_key(&event.audience, event.audience_id) {
        Some(audience) => audience
            .members(&txn)
            .await?
            .into_iter()
            .filter(|m| *m > event.done_through && !except.contains(m))
            .take(FANOUT_BATCH)
            .collect(),
        None => Vec::new(),
    };
    let target = match (event.idea_id, event.listing_id, event.campaign_id) {
        (Some(idea), _, _) => Some(Target::Idea(idea, event.comment_id)),
        (_, Some(listing), _) => Some(Target::Listing(listing)),
        (_, _, Some(campaign)) => Some(Target::Campaign(campaign)),
        _ => None,
    };
    // About nothing: nobody is told, and it is finished.
    let batch = if target.is_some() { batch } else { Vec::new() };
    if let Some(target) = target {
        // Dated when it happened, so that it falls in the right day's summary.
        tell(
            &txn,
            &batch,
            event.kind,
            target,
            &event.detail,
            event.created_at,
        )
        .await?;
    }
    if batch.len() < FANOUT_BATCH {
        // Everyone told: nothing of it is kept.
        notification_fanout::Entity::delete_by_id(event.id)
            .exec(&txn)
            .await?;
    } else {
        let mut progress: notification_fanout::ActiveModel = event.clone().into();
        progress.done_through = Set(batch.last().copied().unwrap_or(event.done_through));
        progress.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(batch.len())
}

/// Tells every moderator (and administrator) about `kind`, except `actor`.
pub async fn notify_moderators(
    db: &impl ConnectionTrait,
    kind: NotificationKind,
    target: Target,
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
    tell(db, &staff, kind, target, detail, now).await
}

/// Writes one notification per person in `users` (deleted accounts are not told), as
/// each chose for the kind's topic: shown in the site or not; emailed at once (the
/// sender picks up `email_now` rows), in the day's digest (`emailed_at` left empty), or
/// not at all. A person who wants neither gets no row.
pub async fn tell(
    db: &impl ConnectionTrait,
    users: &[i64],
    kind: NotificationKind,
    target: Target,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if users.is_empty() {
        return Ok(());
    }
    let detail: String = detail.chars().take(DETAIL_MAX).collect();
    let (idea_id, comment_id, listing_id, campaign_id) = target.columns();
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
                    listing_id: Set(listing_id),
                    campaign_id: Set(campaign_id),
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
    let lang = crate::i18n::lang();
    let rows = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::Shown.eq(true))
        .order_by(notification::Column::CreatedAt, Order::Desc)
        .order_by(notification::Column::Id, Order::Desc)
        // Enough to fill `limit` entries after grouping, in all but the busiest weeks.
        .limit(limit * 4)
        .all(db)
        .await?;
    let mut views: Vec<NotificationView> = Vec::new();
    // For each (kind, subject) of unread comments and replies: its entry, and how many.
    let mut grouped: HashMap<(NotificationKind, SubjectKey), (usize, usize)> = HashMap::new();
    for (n, about) in about_each(db, rows).await? {
        let unread = n.read_at.is_none();
        let groups = unread
            && matches!(
                n.kind,
                NotificationKind::Commented | NotificationKind::Replied
            );
        if groups && let Some((entry, count)) = grouped.get_mut(&(n.kind, about.key)) {
            *count += 1;
            views[*entry].text = group_sentence(lang, n.kind, *count, about.title_in(lang));
            continue;
        }
        if views.len() as u64 >= limit {
            break;
        }
        if groups {
            grouped.insert((n.kind, about.key), (views.len(), 1));
        }
        views.push(NotificationView {
            id: n.id,
            text: sentence_for(&n, &about, user_id, lang),
            href: link_of(&n, &about).map(|(_, href)| href),
            when: uk_date(n.created_at),
            unread,
        });
    }
    Ok(views)
}

/// Which thing a notification is about, for grouping: notifications about the same
/// thing share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubjectKey {
    Idea(i64),
    Listing(i64),
    Campaign(i64),
}

/// What a notification is about, as read back to show or email it.
#[derive(Clone, Debug)]
pub struct About {
    pub key: SubjectKey,
    /// Its title: an idea's or listing's as written, a campaign's in English with
    /// `title_cy` its Welsh (empty otherwise, or when not written). See [`Self::title_in`].
    pub title: String,
    pub title_cy: String,
    /// Whose it is: the idea's author, the listing's owner.
    pub owner_id: Option<i64>,
    /// Its public page, if it has one now (a hidden idea has none).
    pub public_href: Option<String>,
    /// An idea's official response to its status.
    pub response: Option<String>,
}

impl About {
    /// Its title for a reader of `lang`.
    pub fn title_in(&self, lang: Lang) -> &str {
        crate::i18n::written_in(lang, &self.title, &self.title_cy).0
    }
}

/// Each notification with what it is about, in the order given; a notification whose
/// subject is gone is left out.
pub async fn about_each(
    db: &impl ConnectionTrait,
    rows: Vec<notification::Model>,
) -> Result<Vec<(notification::Model, About)>, DbErr> {
    let ids = |f: fn(&notification::Model) -> Option<i64>| {
        let mut ids: Vec<i64> = rows.iter().filter_map(f).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let (idea_ids, listing_ids, campaign_ids) = (
        ids(|n| n.idea_id),
        ids(|n| n.listing_id),
        ids(|n| n.campaign_id),
    );
    let mut about: HashMap<SubjectKey, About> = HashMap::new();
    for chunk in idea_ids.chunks(500) {
        for i in idea::Entity::find()
            .filter(idea::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let key = SubjectKey::Idea(i.id);
            about.insert(
                key,
                About {
                    key,
                    public_href: matches!(
                        i.visibility,
                        Visibility::Published | Visibility::Withdrawn
                    )
                    .then(|| idea_href(i.id, &i.slug)),
                    owner_id: Some(i.author_id),
                    response: i.status_reason.filter(|r| !r.trim().is_empty()),
                    title: i.title,
                    title_cy: String::new(),
                },
            );
        }
    }
    for chunk in listing_ids.chunks(500) {
        for l in listing::Entity::find()
            .filter(listing::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let key = SubjectKey::Listing(l.id);
            about.insert(
                key,
                About {
                    key,
                    public_href: (l.status == ListingStatus::Approved)
                        .then(|| listing_href(l.id, &l.slug)),
                    owner_id: Some(l.owner_id),
                    response: None,
                    title: l.name,
                    title_cy: String::new(),
                },
            );
        }
    }
    for chunk in campaign_ids.chunks(500) {
        for c in campaign::Entity::find()
            .filter(campaign::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let key = SubjectKey::Campaign(c.id);
            about.insert(
                key,
                About {
                    key,
                    public_href: Some(format!("/campaigns/{}", c.slug)),
                    owner_id: None,
                    response: None,
                    title: c.title,
                    title_cy: c.title_cy,
                },
            );
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|n| {
            let key = match (n.idea_id, n.listing_id, n.campaign_id) {
                (Some(idea), _, _) => SubjectKey::Idea(idea),
                (_, Some(listing), _) => SubjectKey::Listing(listing),
                (_, _, Some(campaign)) => SubjectKey::Campaign(campaign),
                _ => return None,
            };
            let about = about.get(&key)?.clone();
            Some((n, about))
        })
        .collect())
}

/// Where notification `n` leads, and the key of the words for the link: the thing
/// itself, or for what moderators must review, where they review it.
pub fn link_of(n: &notification::Model, about: &About) -> Option<(&'static str, String)> {
    use crate::features::directory::paths as directory;
    match (n.kind, about.key) {
        (NotificationKind::Waiting, SubjectKey::Listing(id)) => Some((
            "notice-link-review-listing",
            directory::REVIEW.replace("{id}", &id.to_string()),
        )),
        (NotificationKind::NewReport | NotificationKind::Waiting, _) => Some((
            "notice-link-queue",
            crate::features::moderation::paths::QUEUE.to_owned(),
        )),
        (_, SubjectKey::Listing(id)) => Some((
            "notice-link-listing",
            directory::MY_LISTING.replace("{id}", &id.to_string()),
        )),
        (_, SubjectKey::Campaign(_)) => Some(("notice-link-campaign", about.public_href.clone()?)),
        (_, SubjectKey::Idea(_)) => {
            let mut href = about.public_href.clone()?;
            if let Some(comment) = n.comment_id {
                href.push_str(&format!("#comment-{comment}"));
            }
            Some(("notice-link-idea", href))
        }
    }
}

/// What notification `n` says to `user_id`, in `lang`: in their own words if the idea
/// (or listing) is theirs.
pub fn sentence_for(n: &notification::Model, about: &About, user_id: i64, lang: Lang) -> String {
    let own = about.owner_id == Some(user_id);
    if n.kind == NotificationKind::NewReport && n.listing_id.is_some() {
        let detail = detail_in(lang, &n.detail);
        return t!(in lang, "notice-new-listing-report", idea = about.title_in(lang), detail = detail);
    }
    sentence(lang, n.kind, &n.detail, about.title_in(lang), own)
}

/// The sentence for a notification of `kind`; `detail` is who did it, what it became or
/// a moderator's reason (as stored), and `idea` the title of what it is about. `own`:
/// the reader put it forward (else they follow it).
fn sentence(lang: Lang, kind: NotificationKind, detail: &str, idea: &str, own: bool) -> String {
    use NotificationKind as K;
    let key = match kind {
        K::StatusChanged if !own => "notice-follow-status-changed",
        K::Commented if !own => "notice-follow-commented",
        K::MergedIntoYours if !own => "notice-follow-merged-into",
        K::Waiting if detail == "comment" => "notice-waiting-comment",
        K::Waiting if detail == "listing" => "notice-waiting-listing",
        K::Waiting => "notice-waiting-idea",
        K::CampaignMilestone => match Milestone::from_key(detail) {
            Some(Milestone::Opened) => "notice-milestone-opened",
            Some(Milestone::SubmissionsClosed) => "notice-milestone-submissions-closed",
            Some(Milestone::ClosingSoon) => {
                let days = crate::domain::campaign::CLOSING_SOON_DAYS;
                return t!(in lang, "notice-milestone-closing-soon", idea = idea, days = days);
            }
            Some(Milestone::Closed) => "notice-milestone-closed",
            None => "notice-milestone-changed",
        },
        K::ListingApproved if detail == "update" => "notice-listing-update-approved",
        K::ListingApproved => "notice-listing-approved",
        K::ListingChangesRequested => "notice-listing-changes-requested",
        K::ListingRejected => "notice-listing-rejected",
        K::ListingReported => "notice-listing-reported",
        K::ListingHidden => "notice-listing-hidden",
        K::ListingRestored => "notice-listing-restored",
        K::NewIdea => "notice-new-idea",
        K::NewReport => "notice-new-report",
        K::StatusChanged => "notice-status-changed",
        K::Commented => "notice-commented",
        K::Replied => "notice-replied",
        K::Merged => "notice-merged",
        K::MergedIntoYours => "notice-merged-into-yours",
        K::Rejected => "notice-rejected",
        K::Hidden => "notice-hidden",
        K::CommentHidden => "notice-comment-hidden",
        K::Edited => "notice-edited",
        K::CommentRejected => "notice-comment-rejected",
        K::Approved if detail == "comment" => "notice-comment-approved",
        K::Approved => "notice-approved",
        K::Withdrawn => "notice-withdrawn",
    };
    let detail = detail_in(lang, detail);
    crate::i18n::text(
        lang,
        key,
        &[("idea", idea.into()), ("detail", detail.into())],
    )
}

/// A stored detail in `lang`: statuses and report reasons are stored in English words
/// (`server::ideas::stored_status`, `server::moderation::stored_words`), so they are
/// found again and put in the reader's language; anything else (a name, a moderator's
/// reason) is people's words and stays as written.
fn detail_in(lang: Lang, detail: &str) -> String {
    use crate::domain::idea::IdeaStatus;
    use crate::domain::moderation::ReportReason;
    let english = |key: &str| crate::i18n::text(Lang::En, key, &[]);
    if let Some(status) = IdeaStatus::ALL
        .into_iter()
        .find(|s| english(s.label_key()).to_lowercase() == detail)
    {
        return crate::i18n::text(lang, status.label_key(), &[]).to_lowercase();
    }
    if let Some(reason) = ReportReason::ALL
        .into_iter()
        .find(|r| english(r.label_key()) == detail)
    {
        return crate::i18n::text(lang, reason.label_key(), &[]);
    }
    if detail == english("moderation-default-reason") {
        return crate::i18n::text(lang, "moderation-default-reason", &[]);
    }
    detail.to_owned()
}

/// "14 new comments on …": several unread comments or replies on one idea, as one.
fn group_sentence(lang: Lang, kind: NotificationKind, count: usize, idea: &str) -> String {
    match kind {
        NotificationKind::Replied => {
            t!(in lang, "notice-group-replies", count = count, idea = idea)
        }
        _ => t!(in lang, "notice-group-comments", count = count, idea = idea),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_name_the_idea_and_the_cause_in_the_reader_s_language() {
        let status = |lang, own| {
            sentence(
                lang,
                NotificationKind::StatusChanged,
                "shortlisted",
                "Sleep diary",
                own,
            )
        };
        assert_eq!(
            status(Lang::En, true),
            "Your idea \u{201c}Sleep diary\u{201d} is now shortlisted"
        );
        assert_eq!(
            status(Lang::En, false),
            "\u{201c}Sleep diary\u{201d}, which you follow, is now shortlisted"
        );
        // The stored English status is found again and said in Welsh.
        let welsh = status(Lang::Cy, true);
        assert!(welsh.starts_with("Statws eich syniad \u{201c}Sleep diary\u{201d} bellach yw: "));
        assert!(!welsh.ends_with("shortlisted"), "{welsh}");
        // A name stays as written.
        assert!(sentence(Lang::Cy, NotificationKind::Commented, "Ann", "X", true).contains("Ann"));
        assert_eq!(
            sentence(
                Lang::En,
                NotificationKind::CampaignMilestone,
                "closing_soon",
                "Sleep",
                false
            ),
            "Voting in \u{201c}Sleep\u{201d} closes in 3 days"
        );
        assert_eq!(
            sentence(
                Lang::Cy,
                NotificationKind::CampaignMilestone,
                "closing_soon",
                "Cwsg",
                false
            ),
            "Mae'r pleidleisio yn \u{201c}Cwsg\u{201d} yn cau ymhen tri diwrnod"
        );
        assert_eq!(
            group_sentence(Lang::Cy, NotificationKind::Commented, 2, "X"),
            "2 sylw newydd ar \u{201c}X\u{201d}"
        );
        // A report's reason, stored in English, in Welsh.
        let reported = sentence(
            Lang::Cy,
            NotificationKind::ListingReported,
            "Spam or advertising",
            "X",
            true,
        );
        assert!(reported.contains("(Sbam neu hysbysebu)"), "{reported}");
    }
}
