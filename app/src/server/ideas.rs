//! Changes to ideas: submitting one, supporting one, and moderators' statuses. Each
//! runs in one transaction, so a failure leaves nothing half done.

use crate::server::built_once::BuiltOnce;
use crate::server::locking::BeginWrite;
use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, RelationTrait, Set,
};

use crate::domain::campaign::{CampaignPhase, ModerationMode};
use crate::domain::idea::NewIdea;
use crate::domain::idea::StatusDecision;
use crate::domain::idea::{IdeaStatus, Visibility};
use crate::domain::notification::NotificationKind;
use crate::domain::ranking::hot_rank;
use crate::domain::safeguarding::Concerns;
use crate::domain::slug::slugify;
use crate::server::entities::{campaign, comment, idea, vote};
use crate::server::notifications;
use crate::server::rankings::{RankedIdea, Rankings};
use crate::server::vote_facts::{IdeaFacts, VoteFacts};

/// What became of a submitted idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// Stored: published at once, or waiting for a moderator.
    Stored {
        id: i64,
        slug: String,
        visible: bool,
    },
    /// The same form was sent before: this is the idea it stored.
    AlreadyStored {
        id: i64,
        slug: String,
        visible: bool,
    },
    /// The campaign is not taking ideas at the moment.
    CampaignNotOpen(CampaignPhase),
    /// The category is not one of the campaign's.
    UnknownCategory,
}

/// Stores `new` as `author_id`'s idea in `campaign`, checking on the server that the
/// campaign takes ideas now and that the same form was not stored already. With
/// `held_for` (what the safeguarding check found, the author having gone ahead) it waits
/// for a moderator whatever the campaign's moderation.
pub async fn submit(
    db: &DatabaseConnection,
    rankings: &Rankings,
    campaign: &campaign::Model,
    author_id: i64,
    (new, held_for): (NewIdea, &Concerns),
    now: DateTime<Utc>,
) -> Result<SubmitOutcome, DbErr> {
    // Microseconds, as both databases keep them, so "Newest" pages by exact times.
    let now = now.trunc_subsecs(6);
    let phase = campaign.phase(now);
    if phase != CampaignPhase::Open {
        return Ok(SubmitOutcome::CampaignNotOpen(phase));
    }
    let mut new = new;
    if let Some(found) =
        find_by_submission_key(db, author_id, new.submission_key.as_deref()).await?
    {
        if found.title == new.title {
            return Ok(already_stored(found));
        }
        // The key of a form shown once, on a different idea (the back button, then a
        // new idea typed over the old): a new idea, which must not be lost.
        new.submission_key = None;
    }
    let category_id = match &new.category {
        Some(slug) => {
            match crate::server::queries::campaigns::category_of(db, campaign.id, slug).await? {
                Some(category) => Some(category.id),
                None => return Ok(SubmitOutcome::UnknownCategory),
            }
        }
        None => None,
    };
    let visibility = if campaign.moderation_mode == ModerationMode::Pre || !held_for.is_empty() {
        Visibility::Pending
    } else {
        Visibility::Published
    };
    let slug = slugify(&new.title);
    let key = new.submission_key.clone();
    let txn = db.begin_write().await?;
    let links = (!new.links.is_empty())
        .then(|| serde_json::to_string(&new.links).expect("strings serialise"));
    let inserted = idea::ActiveModel {
        campaign_id: Set(campaign.id),
        author_id: Set(author_id),
        category_id: Set(category_id),
        kind: Set(new.kind),
        title: Set(new.title),
        slug: Set(slug.clone()),
        summary: Set(new.summary),
        description: Set(new.description),
        link_url: Set(new.link_url),
        status: Set(IdeaStatus::New),
        status_reason: Set(None),
        visibility: Set(visibility),
        vote_count: Set(0),
        comment_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        hot_rank: Set(hot_rank(0, now)),
        duplicate_of_id: Set(None),
        submission_key: Set(key.clone()),
        links: Set(links),
        held_for: Set(held_for.to_stored()),
        language: Set(new.language.unwrap_or_else(crate::i18n::lang)),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(model) => {
            if visibility == Visibility::Published {
                announce_idea(&txn, &model, now).await?;
            } else {
                notifications::notify_moderators(
                    &txn,
                    NotificationKind::Waiting,
                    notifications::Target::Idea(model.id, None),
                    "idea",
                    Some(author_id),
                    now,
                )
                .await?;
            }
            txn.commit().await?;
            crate::server::rankings::sync(db, rankings, &[model.id]).await?;
            Ok(SubmitOutcome::Stored {
                id: model.id,
                slug,
                visible: visibility == Visibility::Published,
            })
        }
        // Two copies of one form raced past the check above; the unique index on
        // (author, key) let one through. Answer with that one.
        Err(err) => {
            txn.rollback().await?;
            match find_by_submission_key(db, author_id, key.as_deref()).await? {
                Some(found) => Ok(already_stored(found)),
                None => Err(err),
            }
        }
    }
}

/// Tells the people who follow the campaign of a newly published idea (not its
/// author).
pub(crate) async fn announce_idea(
    db: &impl sea_orm::ConnectionTrait,
    model: &idea::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let author = crate::server::entities::user::Entity::find_by_id(model.author_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    notifications::tell_audience(
        db,
        notifications::Audience::CampaignFollowers(model.campaign_id),
        NotificationKind::NewIdea,
        notifications::Target::Idea(model.id, None),
        &author,
        &[model.author_id],
        now,
    )
    .await
}

async fn find_by_submission_key(
    db: &DatabaseConnection,
    author_id: i64,
    key: Option<&str>,
) -> Result<Option<idea::Model>, DbErr> {
    let Some(key) = key else { return Ok(None) };
    idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(author_id))
        .filter(idea::Column::SubmissionKey.eq(key))
        .one(db)
        .await
}

fn already_stored(found: idea::Model) -> SubmitOutcome {
    SubmitOutcome::AlreadyStored {
        visible: found.visibility == Visibility::Published,
        id: found.id,
        slug: found.slug,
    }
}

/// What became of a vote or its withdrawal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteOutcome {
    /// Done (or already so: voting twice is one vote).
    Counted { votes: i32, voted: bool },
    /// The campaign's voting window is shut.
    VotingClosed,
    /// The person already supports as many of the campaign's ideas as it allows.
    BudgetSpent { budget: i32 },
    /// No such published idea.
    NotFound,
}

/// How many of campaign `campaign_id`'s listed ideas `user_id` supports, leaving out
/// `except` (the idea being voted on: supporting it again is no new support).
pub async fn used_supports(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
    campaign_id: i64,
    except: Option<i64>,
) -> Result<i64, DbErr> {
    let mut query = vote::Entity::find()
        .join(sea_orm::JoinType::InnerJoin, vote::Relation::Idea.def())
        .filter(vote::Column::UserId.eq(user_id))
        .filter(idea::Column::CampaignId.eq(campaign_id))
        // Support given to an idea since withdrawn or merged away counts for nothing.
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null());
    if let Some(except) = except {
        query = query.filter(vote::Column::IdeaId.ne(except));
    }
    Ok(query.count(db).await? as i64)
}

/// Records that `user_id` supports (or, with `support = false`, no longer supports)
/// `idea_id`. Idempotent: the (user, idea) pair is unique in the database, so double
/// clicks, retries and two tabs count once.
///
/// `origin` is the address the support came from, kept only as its network's keyed hash
/// for the vote-integrity signals (`server::integrity`); `None` for supports a helper
/// enters, whose address is the helper's. A person whose support in the campaign a
/// moderator has set aside still supports, but their new support is set aside too.
///
/// An idea this instance has voted on before (`facts`) is voted on in the transaction's
/// statements alone, which check what may have changed; any other, or any vote those
/// checks turn away, takes the long way, which reads the idea and its campaign first and
/// says why.
#[allow(clippy::too_many_arguments)]
pub async fn vote(
    db: &DatabaseConnection,
    rankings: &Rankings,
    facts: &VoteFacts,
    user_id: i64,
    idea_id: i64,
    support: bool,
    origin: Option<std::net::IpAddr>,
    now: DateTime<Utc>,
) -> Result<VoteOutcome, DbErr> {
    let ballot = Ballot {
        user_id,
        support,
        origin,
        now,
    };
    if let Some(outcome) = vote_on_known_idea(db, rankings, facts, &ballot, idea_id).await? {
        return Ok(outcome);
    }
    vote_after_reading(db, rankings, facts, &ballot, idea_id).await
}

/// Who votes, which way, from where, and when: what stays the same when a vote on a
/// merged duplicate goes to its original.
struct Ballot {
    user_id: i64,
    support: bool,
    origin: Option<std::net::IpAddr>,
    now: DateTime<Utc>,
}

/// The vote for an idea whose campaign `facts` knows, with no read before the
/// transaction: the statement that adds (or removes) the support writes only while the
/// idea is published and not merged and its campaign takes support without a budget
/// (`open_to_votes`). `None` when it wrote nothing that counts (those checks failed, the
/// person already supported, the support is set aside, or the idea was merged while the
/// vote waited for it): nothing is kept, and the caller takes the long way.
async fn vote_on_known_idea(
    db: &DatabaseConnection,
    rankings: &Rankings,
    facts: &VoteFacts,
    ballot: &Ballot,
    idea_id: i64,
) -> Result<Option<VoteOutcome>, DbErr> {
    let Some(known) = facts.idea(idea_id) else {
        return Ok(None);
    };
    let block = match ballot.origin.filter(|_| ballot.support) {
        Some(address) => match facts.key(known.campaign_id) {
            Some(key) => Some(crate::server::integrity::keyed(
                &key,
                &crate::server::integrity::network(address),
            )),
            None => return Ok(None),
        },
        None => None,
    };
    let open = OpenToVotes {
        idea_id,
        now: ballot.now,
        support: ballot.support,
    };
    let txn = db.begin_write().await?;
    let counted = if ballot.support {
        let support = NewSupport {
            user_id: ballot.user_id,
            idea_id,
            campaign_id: known.campaign_id,
            now: ballot.now,
            block,
        };
        insert_support(&txn, support, Some(&open)).await?
    } else {
        withdraw_support(&txn, ballot.user_id, idea_id, Some(&open)).await?
    };
    if counted != Some(true) {
        txn.rollback().await?;
        return Ok(None);
    }
    let delta = if ballot.support { 1 } else { -1 };
    let Ok(tally) = move_tally_and_rank(&txn, idea_id, known, delta).await? else {
        txn.rollback().await?;
        return Ok(None);
    };
    Ok(Some(
        commit_vote(txn, rankings, tally, ballot.support).await?,
    ))
}

/// The vote the long way: the idea and its campaign read first, so that a vote that
/// cannot stand says why, and a vote on a merged duplicate goes to its original.
fn vote_after_reading<'a>(
    db: &'a DatabaseConnection,
    rankings: &'a Rankings,
    facts: &'a VoteFacts,
    ballot: &'a Ballot,
    idea_id: i64,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<VoteOutcome, DbErr>> + Send + 'a>> {
    Box::pin(async move {
        let Some((idea, campaign)) =
            crate::server::queries::ideas::published_with_campaign(db, idea_id).await?
        else {
            return Ok(VoteOutcome::NotFound);
        };
        facts.learn(&idea, &campaign);
        // A merged duplicate's supporters are its original's: a vote on it goes there.
        if let Some(original) = idea.duplicate_of_id {
            return vote_after_reading(db, rankings, facts, ballot, original).await;
        }
        if !campaign.phase(ballot.now).is_current() {
            return Ok(VoteOutcome::VotingClosed);
        }
        let (user_id, support) = (ballot.user_id, ballot.support);
        let block = match ballot.origin.filter(|_| support) {
            Some(address) => {
                Some(crate::server::integrity::block_of(db, &campaign, address).await?)
            }
            None => None,
        };
        let txn = db.begin_write().await?;
        if support && let Some(budget) = campaign.support_budget {
            // The person's own row first: their votes in flight, on any instance, are
            // then counted one after another, so the budget holds exactly.
            crate::server::locking::claim::<crate::server::entities::user::Entity>(
                &txn,
                crate::server::entities::user::Column::Id,
                user_id,
            )
            .await?;
            if used_supports(&txn, user_id, campaign.id, Some(idea.id)).await? >= i64::from(budget)
            {
                return Ok(VoteOutcome::BudgetSpent { budget });
            }
        }
        // Whether a row that counts came or went (a set-aside support counts for nothing).
        let changed = if support {
            let support = NewSupport {
                user_id,
                idea_id: idea.id,
                campaign_id: campaign.id,
                now: ballot.now,
                block,
            };
            insert_support(&txn, support, None).await? == Some(true)
        } else {
            withdraw_support(&txn, user_id, idea.id, None).await? == Some(true)
        };
        if !changed {
            let votes = current_tally(&txn, idea.id).await?.0;
            txn.commit().await?;
            return Ok(VoteOutcome::Counted {
                votes,
                voted: support,
            });
        }
        let known = IdeaFacts {
            campaign_id: idea.campaign_id,
            created_at: idea.created_at,
        };
        let delta = if support { 1 } else { -1 };
        match move_tally_and_rank(&txn, idea.id, known, delta).await? {
            Ok(tally) => commit_vote(txn, rankings, tally, support).await,
            // Merged while this vote waited for the row: the merge has already moved the
            // supporters, so this vote goes to the original instead.
            Err(original) => {
                txn.rollback().await?;
                vote_after_reading(db, rankings, facts, ballot, original).await
            }
        }
    })
}

/// Removes `user_id`'s support for `idea_id`, in one statement that says whether the
/// row it took counted (two could each see a different row when a support commits
/// between them): `None` when there was none (or `guard` did not hold).
async fn withdraw_support(
    txn: &impl ConnectionTrait,
    user_id: i64,
    idea_id: i64,
    guard: Option<&OpenToVotes>,
) -> Result<Option<bool>, DbErr> {
    static GUARDED: BuiltOnce = BuiltOnce::new();
    static PLAIN: BuiltOnce = BuiltOnce::new();
    let backend = txn.get_database_backend();
    let build = |guard: Option<&OpenToVotes>| {
        use sea_orm::sea_query::Query;
        let mut delete = Query::delete();
        delete
            .from_table(vote::Entity)
            .and_where(Expr::col(vote::Column::UserId).eq(user_id))
            .and_where(Expr::col(vote::Column::IdeaId).eq(idea_id))
            .returning_col(vote::Column::SetAsideBy);
        if let Some(guard) = guard {
            delete.and_where(guard.condition());
        }
        backend.build(&delete)
    };
    let mut values = vec![user_id.into(), idea_id.into()];
    let statement = match guard {
        Some(guard) => {
            values.extend(guard.values());
            GUARDED.statement(backend, values, || build(Some(guard)))
        }
        None => PLAIN.statement(backend, values, || build(None)),
    };
    let set_aside = txn
        .query_all_raw(statement)
        .await?
        .iter()
        .map(|row| row.try_get::<Option<i64>>("", "set_aside_by"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((!set_aside.is_empty()).then(|| set_aside.iter().any(Option::is_none)))
}

/// A condition true while idea `idea_id` may be supported (or, with `support = false`,
/// have support withdrawn) at `now` without anything more to check: published, not
/// merged, in a campaign taking support, and (for support) with no budget to count.
/// Checked inside the statement that writes the vote, so nothing read earlier can have
/// gone stale.
struct OpenToVotes {
    idea_id: i64,
    now: DateTime<Utc>,
    support: bool,
}

impl OpenToVotes {
    fn condition(&self) -> sea_orm::sea_query::SimpleExpr {
        use sea_orm::{JoinType, QueryTrait};
        let mut open = idea::Entity::find()
            .select_only()
            .expr(Expr::val(1))
            .join(JoinType::InnerJoin, idea::Relation::Campaign.def())
            .filter(idea::Column::Id.eq(self.idea_id))
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .filter(idea::Column::DuplicateOfId.is_null())
            .filter(campaign::Model::taking_support(self.now));
        if self.support {
            open = open.filter(campaign::Column::SupportBudget.is_null());
        }
        Expr::exists(open.into_query())
    }

    /// The values [`Self::condition`] binds, in its order.
    fn values(&self) -> [sea_orm::Value; 5] {
        use sea_orm::ActiveEnum;
        [
            1.into(),
            self.idea_id.into(),
            Visibility::Published.into_value().into(),
            self.now.into(),
            self.now.into(),
        ]
    }
}

/// Moves the tally of the idea a support came to (or went from) by `delta` and writes
/// its rank, in `txn`; `Err(original)` when the idea was merged into `original` while
/// the vote waited for its row.
async fn move_tally_and_rank(
    txn: &impl ConnectionTrait,
    idea_id: i64,
    known: IdeaFacts,
    delta: i32,
) -> Result<Result<RankedIdea, i64>, DbErr> {
    // An increment (rather than a recount) is what stays exact under concurrency:
    // PostgreSQL re-reads the row a blocked UPDATE waited for, but would run a recount's
    // subquery on the snapshot from before the other vote committed. The row is now
    // locked by this transaction, so the count it returns is the one this vote
    // produced, and the rank written matches it.
    let (votes, version, merged_into) = move_tally(txn, idea_id, delta, known.created_at).await?;
    if let Some(original) = merged_into {
        return Ok(Err(original));
    }
    let rank = hot_rank(votes, known.created_at);
    if txn.get_database_backend() != DbBackend::Postgres {
        idea::Entity::update_many()
            .col_expr(idea::Column::HotRank, Expr::value(rank))
            .filter(idea::Column::Id.eq(idea_id))
            .exec(txn)
            .await?;
    }
    Ok(Ok(RankedIdea {
        id: idea_id,
        campaign_id: known.campaign_id,
        version,
        votes,
        hot_rank: rank,
        listed: true,
    }))
}

/// Commits a vote that moved `tally`, and tells the rankings and `/metrics`.
async fn commit_vote(
    txn: crate::server::locking::Writing,
    rankings: &Rankings,
    tally: RankedIdea,
    support: bool,
) -> Result<VoteOutcome, DbErr> {
    txn.commit().await?;
    // For operators' `/metrics`: supports given and withdrawn, once committed.
    let change = if support { "support" } else { "withdraw" };
    metrics::counter!("votes_total", "change" => change).increment(1);
    let votes = tally.votes;
    rankings.apply(&[tally]).await;
    Ok(VoteOutcome::Counted {
        votes,
        voted: support,
    })
}

/// A support to write: who, for which idea in which campaign, when, and from which
/// address block.
struct NewSupport {
    user_id: i64,
    idea_id: i64,
    campaign_id: i64,
    now: DateTime<Utc>,
    block: Option<String>,
}

/// Inserts a support in one statement, set aside at once when a moderator has set aside
/// the account's support in its campaign (vote integrity), and only while `guard` holds:
/// whether a row came that counts, `None` when none came (the person already supported
/// the idea, or `guard` did not hold). One round trip where a lookup, an insert and an
/// update were three: the vote is the busiest write there is.
async fn insert_support(
    txn: &impl ConnectionTrait,
    support: NewSupport,
    guard: Option<&OpenToVotes>,
) -> Result<Option<bool>, DbErr> {
    static GUARDED: BuiltOnce = BuiltOnce::new();
    static PLAIN: BuiltOnce = BuiltOnce::new();
    let backend = txn.get_database_backend();
    let mut values = vec![
        support.user_id.into(),
        support.idea_id.into(),
        support.now.into(),
        support.block.clone().into(),
        support.user_id.into(),
        support.campaign_id.into(),
        1u64.into(),
    ];
    let statement = match guard {
        Some(guard) => {
            values.extend(guard.values());
            GUARDED.statement(backend, values, || {
                insert_support_statement(backend, &support, Some(guard))
            })
        }
        None => PLAIN.statement(backend, values, || {
            insert_support_statement(backend, &support, None)
        }),
    };
    match txn.query_one_raw(statement).await? {
        Some(row) => Ok(Some(
            row.try_get::<Option<i64>>("", "set_aside_by")?.is_none(),
        )),
        None => Ok(None),
    }
}

/// [`insert_support`]'s statement, as sea-query builds it.
fn insert_support_statement(
    backend: DbBackend,
    support: &NewSupport,
    guard: Option<&OpenToVotes>,
) -> sea_orm::Statement {
    use crate::server::entities::{vote_set_aside, vote_set_aside_account as account};
    use sea_orm::sea_query::{OnConflict, Query};
    let set_aside = Query::select()
        .column((account::Entity, account::Column::SetAsideId))
        .from(account::Entity)
        .inner_join(
            vote_set_aside::Entity,
            Expr::col((vote_set_aside::Entity, vote_set_aside::Column::Id))
                .equals((account::Entity, account::Column::SetAsideId)),
        )
        .and_where(Expr::col((account::Entity, account::Column::UserId)).eq(support.user_id))
        .and_where(
            Expr::col((vote_set_aside::Entity, vote_set_aside::Column::CampaignId))
                .eq(support.campaign_id),
        )
        .and_where(
            Expr::col((vote_set_aside::Entity, vote_set_aside::Column::RestoredAt)).is_null(),
        )
        .limit(1)
        .to_owned();
    let values: [sea_orm::sea_query::SimpleExpr; 5] = [
        support.user_id.into(),
        support.idea_id.into(),
        support.now.into(),
        support.block.clone().into(),
        Expr::SubQuery(None, Box::new(set_aside.into())),
    ];
    let mut insert = Query::insert();
    insert.into_table(vote::Entity).columns([
        vote::Column::UserId,
        vote::Column::IdeaId,
        vote::Column::CreatedAt,
        vote::Column::AddressBlock,
        vote::Column::SetAsideBy,
    ]);
    match guard {
        // `INSERT … SELECT … WHERE`: the row only while the guard holds.
        Some(guard) => {
            let select = Query::select()
                .exprs(values)
                .and_where(guard.condition())
                .to_owned();
            insert
                .select_from(select)
                .expect("a SELECT of as many values as the columns");
        }
        None => {
            insert.values_panic(values);
        }
    }
    let insert = insert
        .on_conflict(
            OnConflict::columns([vote::Column::UserId, vote::Column::IdeaId])
                .do_nothing()
                .to_owned(),
        )
        .returning_col(vote::Column::SetAsideBy)
        .to_owned();
    backend.build(&insert)
}

/// Moves idea `idea_id`'s vote count by `delta` and its tally version on, returning
/// both and the original it was merged into, if any, in one statement. On PostgreSQL the
/// same statement writes the rank for the new count (`domain::ranking::hot_rank`, whose
/// logarithm SQLite lacks: there the caller writes it), a round trip fewer per vote.
async fn move_tally(
    txn: &impl ConnectionTrait,
    idea_id: i64,
    delta: i32,
    created_at: DateTime<Utc>,
) -> Result<(i32, i64, Option<i64>), DbErr> {
    static STATEMENT: BuiltOnce = BuiltOnce::new();
    let backend = txn.get_database_backend();
    // The rank of one vote is the age's part alone (log10 1 = 0).
    let age = hot_rank(1, created_at);
    let values = if backend == DbBackend::Postgres {
        vec![
            delta.into(),
            1.into(),
            delta.into(),
            age.into(),
            idea_id.into(),
        ]
    } else {
        vec![delta.into(), 1.into(), idea_id.into()]
    };
    let statement = STATEMENT.statement(backend, values, || {
        use sea_orm::sea_query::Query;
        let mut update = Query::update();
        update
            .table(idea::Entity)
            .value(
                idea::Column::VoteCount,
                Expr::col(idea::Column::VoteCount).add(delta),
            )
            .value(
                idea::Column::TallyVersion,
                Expr::col(idea::Column::TallyVersion).add(1),
            );
        if backend == DbBackend::Postgres {
            // `vote_count` here is the count before this statement.
            update.value(
                idea::Column::HotRank,
                Expr::cust_with_values(
                    "log(greatest(vote_count + $1, 1)::float8) + $2",
                    [sea_orm::Value::from(delta), sea_orm::Value::from(age)],
                ),
            );
        }
        let update = update
            .and_where(Expr::col(idea::Column::Id).eq(idea_id))
            .returning(Query::returning().columns([
                idea::Column::VoteCount,
                idea::Column::TallyVersion,
                idea::Column::DuplicateOfId,
            ]))
            .to_owned();
        backend.build(&update)
    });
    let row = txn
        .query_one_raw(statement)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("idea {idea_id}")))?;
    Ok((
        row.try_get("", "vote_count")?,
        row.try_get("", "tally_version")?,
        row.try_get("", "duplicate_of_id")?,
    ))
}

/// An idea's vote count, tally version, and the original it was merged into, if any.
async fn current_tally(
    db: &impl ConnectionTrait,
    idea_id: i64,
) -> Result<(i32, i64, Option<i64>), DbErr> {
    Ok(idea::Entity::find_by_id(idea_id)
        .select_only()
        .columns([
            idea::Column::VoteCount,
            idea::Column::TallyVersion,
            idea::Column::DuplicateOfId,
        ])
        .into_tuple::<(i32, i64, Option<i64>)>()
        .one(db)
        .await?
        .unwrap_or((0, 0, None)))
}

/// What became of a status change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusOutcome {
    Changed,
    NotFound,
    /// The named original does not exist, is this idea, or is in another campaign.
    BadOriginal,
}

/// Sets an idea's status and tells its author. Marking it a duplicate merges it into
/// the original: its supporters' votes move there (once each), and it leaves the lists.
/// Set back to another status, it returns to the lists without its old supporters, who
/// stay with the original.
pub async fn set_status(
    db: &DatabaseConnection,
    rankings: &Rankings,
    moderator_id: i64,
    idea_id: i64,
    change: StatusDecision,
    now: DateTime<Utc>,
) -> Result<StatusOutcome, DbErr> {
    let txn = db.begin_write().await?;
    crate::server::locking::claim::<idea::Entity>(&txn, idea::Column::Id, idea_id).await?;
    let Some(model) = idea::Entity::find_by_id(idea_id).one(&txn).await? else {
        return Ok(StatusOutcome::NotFound);
    };
    let original = match (change.status, change.duplicate_of) {
        (IdeaStatus::Duplicate, Some(original_id)) => {
            match idea::Entity::find_by_id(original_id).one(&txn).await? {
                Some(original)
                    if original.id != model.id
                        && original.campaign_id == model.campaign_id
                        && original.duplicate_of_id.is_none() =>
                {
                    Some(original)
                }
                _ => return Ok(StatusOutcome::BadOriginal),
            }
        }
        (IdeaStatus::Duplicate, None) => return Ok(StatusOutcome::BadOriginal),
        _ => None,
    };
    idea::Entity::update_many()
        .col_expr(idea::Column::Status, Expr::value(change.status.key()))
        .col_expr(
            idea::Column::StatusReason,
            Expr::value(change.reason.clone()),
        )
        .col_expr(
            idea::Column::DuplicateOfId,
            Expr::value(original.as_ref().map(|o| o.id)),
        )
        .col_expr(idea::Column::UpdatedAt, Expr::value(now))
        // Whether lists show it may have changed.
        .col_expr(
            idea::Column::TallyVersion,
            Expr::col(idea::Column::TallyVersion).add(1),
        )
        .filter(idea::Column::Id.eq(model.id))
        .exec(&txn)
        .await?;
    if let Some(original) = &original {
        // Supporters of the duplicate now support the original, from when they first
        // supported the idea (so the per-day figures show no spike on the merge date);
        // someone who supported both still counts once. The votes move rather than
        // being copied: a duplicate holds none, so no total counts a person twice.
        // A support set aside stays set aside where it goes.
        let supporters = vote::Entity::find()
            .filter(vote::Column::IdeaId.eq(model.id))
            .all(&txn)
            .await?;
        for chunk in supporters.chunks(200) {
            vote::Entity::insert_many(chunk.iter().map(|v| vote::ActiveModel {
                user_id: Set(v.user_id),
                idea_id: Set(original.id),
                created_at: Set(v.created_at),
                address_block: Set(v.address_block.clone()),
                set_aside_by: Set(v.set_aside_by),
            }))
            .on_conflict_do_nothing_on([vote::Column::UserId, vote::Column::IdeaId])
            .exec(&txn)
            .await?;
        }
        vote::Entity::delete_many()
            .filter(vote::Column::IdeaId.eq(model.id))
            .exec(&txn)
            .await?;
        // The discussion moves too, replies with their comments: the duplicate's
        // address now leads to the original, so its comments must be found there.
        comment::Entity::update_many()
            .col_expr(comment::Column::IdeaId, Expr::value(original.id))
            .filter(comment::Column::IdeaId.eq(model.id))
            .exec(&txn)
            .await?;
        crate::server::tallies::recount(&txn, &[original.id, model.id]).await?;
        notifications::notify(
            &txn,
            model.author_id,
            NotificationKind::Merged,
            model.id,
            None,
            &original.title,
            now,
        )
        .await?;
        // Everyone following the original, the duplicate's supporters now among them.
        notifications::notify_followers(
            &txn,
            original,
            NotificationKind::MergedIntoYours,
            None,
            &model.title,
            (Some(moderator_id), &[model.author_id]),
            now,
        )
        .await?;
    } else if change.status != model.status {
        notifications::notify_followers(
            &txn,
            &model,
            NotificationKind::StatusChanged,
            None,
            &stored_status(change.status),
            (Some(moderator_id), &[]),
            now,
        )
        .await?;
    }
    // The audit log; the status's public response is the reason.
    let action = if original.is_some() {
        "idea.merged"
    } else {
        "idea.status"
    };
    let reason = match &original {
        Some(o) => Some(format!("The same idea as \u{201c}{}\u{201d}", o.title)),
        None => Some(format!(
            "Now \u{201c}{}\u{201d}{}",
            stored_status(change.status),
            change
                .reason
                .as_deref()
                .map(|r| format!(": {r}"))
                .unwrap_or_default()
        )),
    };
    crate::server::audit::record(
        &txn,
        Some(moderator_id),
        action,
        "idea",
        model.id,
        reason.as_deref(),
        now,
    )
    .await?;
    txn.commit().await?;
    let mut changed = vec![model.id];
    changed.extend(original.map(|o| o.id));
    crate::server::rankings::sync(db, rankings, &changed).await?;
    Ok(StatusOutcome::Changed)
}

/// A status as notifications and the moderation log store it: in English, lower case,
/// since the stored detail is text, not a key, and is read by people of either language.
fn stored_status(status: IdeaStatus) -> String {
    crate::i18n::text(crate::i18n::Lang::En, status.label_key(), &[]).to_lowercase()
}
