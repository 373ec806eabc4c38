//! Reads of ideas: lists (sorted, filtered, searched, paged by key), similar ideas, and
//! the idea page.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr,
    EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use super::categories::category_names;
use super::search::{fts5_all, search_words};
use super::{author_line, uk_date};
use crate::domain::idea::idea_href;
use crate::domain::idea::{Cursor, IdeaListQuery, IdeaSort, Visibility};
use crate::features::ideas::{IdeaCard, IdeaDetail, IdeaListPage, IdeaRef, IdeaViewer};
use crate::server::entities::{campaign, category, idea, user, vote};
use crate::server::markdown::to_safe_html;
use crate::server::rankings::{RankSort, RankedPage, Rankings};
use crate::server::structured_data::IdeaFacts;

/// Ideas on one page of a list.
pub const PAGE_SIZE: u64 = 20;

/// The published ideas of a campaign, in `sort` order, at most `limit` of them.
pub async fn published_cards(
    db: &DatabaseConnection,
    campaign_id: i64,
    sort: IdeaSort,
    limit: u64,
) -> Result<Vec<IdeaCard>, DbErr> {
    let query = listed(campaign_id);
    cards(
        db,
        ordered(query, sort, seed_for(sort, campaign_id)).limit(limit),
    )
    .await
}

/// The seed of campaign `campaign_id`'s fair order today (UK date) when `sort` is the
/// fair order; the other orders do not read it, so it is not worked out for them.
fn seed_for(sort: IdeaSort, campaign_id: i64) -> i64 {
    if sort != IdeaSort::Shuffled {
        return 0;
    }
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive();
    crate::domain::shuffle::seed(campaign_id, today)
}

/// One page of a campaign's published ideas, as `query` asks: filtered, searched,
/// sorted, and starting after `query.after`.
pub async fn list_page(
    db: &DatabaseConnection,
    rankings: &Rankings,
    campaign_id: i64,
    query: &IdeaListQuery,
    page_size: u64,
) -> Result<IdeaListPage, DbErr> {
    let rows = list_rows(db, rankings, campaign_id, query, page_size).await?;
    let categories = category_names(db, crate::i18n::lang()).await?;
    Ok(IdeaListPage {
        ideas: rows
            .ideas
            .into_iter()
            .map(|(idea, author)| card(idea, author.as_ref(), &categories))
            .collect(),
        matching: rows.matching,
        next: rows.next,
        query: query.clone(),
    })
}

/// The rows of one page of a list, for readers that need more than the cards (the
/// open-data API).
pub struct ListRows {
    pub ideas: Vec<(idea::Model, Option<user::Model>)>,
    pub matching: u64,
    pub next: Option<Cursor>,
}

/// One page of rows; see [`list_page`]. Top and Trending without filters come from the
/// rankings when they can answer (the busiest lists, and the only ones whose order
/// every vote changes); everything else from the database.
pub async fn list_rows(
    db: &DatabaseConnection,
    rankings: &Rankings,
    campaign_id: i64,
    query: &IdeaListQuery,
    page_size: u64,
) -> Result<ListRows, DbErr> {
    let ranked_sort = match query.sort {
        IdeaSort::Top => Some(RankSort::Top),
        IdeaSort::Trending => Some(RankSort::Trending),
        IdeaSort::Newest | IdeaSort::MostDiscussed | IdeaSort::Shuffled => None,
    };
    let seed = seed_for(query.sort, campaign_id);
    if let Some(sort) = ranked_sort.filter(|_| query.is_unfiltered())
        && let Some(page) = rankings
            .page(campaign_id, sort, query.after, page_size)
            .await
    {
        return ranked_rows(db, page).await;
    }
    let backend = db.get_database_backend();
    let mut select = listed(campaign_id);
    if let Some(slug) = &query.category {
        let category = category::Entity::find()
            .filter(category::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?;
        // An unknown category matches nothing, like any other filter.
        select = select.filter(idea::Column::CategoryId.eq(category.map_or(-1, |c| c.id)));
    }
    if let Some(kind) = query.kind {
        select = select.filter(idea::Column::Kind.eq(kind));
    }
    if let Some(status) = query.status {
        select = select.filter(idea::Column::Status.eq(status));
    }
    if let Some(q) = &query.q {
        select = select.filter(search_condition(backend, q));
    }
    if let Some(since) = query.updated_since {
        select = select.filter(idea::Column::UpdatedAt.gte(since));
    }
    let matching = select.clone().count(db).await?;
    if let Some(after) = &query.after {
        select = select.filter(after_condition(query.sort, after, seed));
    }
    // One more than a page: if it comes back, there is a next page.
    let mut ideas = ordered(select, query.sort, seed)
        .limit(page_size + 1)
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    let next = if ideas.len() as u64 > page_size {
        ideas.truncate(page_size as usize);
        ideas
            .last()
            .map(|(last, _)| cursor_of(query.sort, last, seed))
    } else {
        None
    };
    Ok(ListRows {
        ideas,
        matching,
        next,
    })
}

/// The ideas of a ranked page, in its order, with the counts the ranking holds (so the
/// numbers shown agree with the order).
async fn ranked_rows(db: &DatabaseConnection, page: RankedPage) -> Result<ListRows, DbErr> {
    let mut found: HashMap<i64, (idea::Model, Option<user::Model>)> = idea::Entity::find()
        .filter(idea::Column::Id.is_in(page.entries.iter().map(|e| e.id)))
        .find_also_related(user::Entity)
        .all(db)
        .await?
        .into_iter()
        .map(|(idea, author)| (idea.id, (idea, author)))
        .collect();
    let ideas = page
        .entries
        .iter()
        .filter_map(|entry| {
            // Gone since the ranking was written (a moment's lag): left out.
            let (mut idea, author) = found.remove(&entry.id)?;
            idea.vote_count = entry.votes;
            Some((idea, author))
        })
        .collect();
    Ok(ListRows {
        ideas,
        matching: page.total,
        next: page.next,
    })
}

/// Published ideas of `campaign_id` as lists show them: merged duplicates live on
/// through their original, so they leave the lists (their pages stay).
fn listed(campaign_id: i64) -> Select<idea::Entity> {
    idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
}

/// `query` in `sort` order (`seed`: the fair order's of today). The id breaks ties, so
/// the order is total and stable between requests, which keyset pagination needs.
fn ordered(query: Select<idea::Entity>, sort: IdeaSort, seed: i64) -> Select<idea::Entity> {
    let key: SimpleExpr = match sort {
        IdeaSort::Top => Expr::col((idea::Entity, idea::Column::VoteCount)),
        IdeaSort::Trending => Expr::col((idea::Entity, idea::Column::HotRank)),
        IdeaSort::Newest => Expr::col((idea::Entity, idea::Column::CreatedAt)),
        IdeaSort::MostDiscussed => Expr::col((idea::Entity, idea::Column::CommentCount)),
        IdeaSort::Shuffled => Expr::cust(crate::domain::shuffle::key_sql(seed)),
    };
    query
        .order_by(key, Order::Desc)
        .order_by(idea::Column::Id, Order::Desc)
}

/// Ideas after `cursor` in `sort` order: a lower key, or the same key and a lower id.
fn after_condition(sort: IdeaSort, cursor: &Cursor, seed: i64) -> Condition {
    let (lower, same): (SimpleExpr, SimpleExpr) = match sort {
        IdeaSort::Top => {
            let votes = cursor.key as i64;
            (
                idea::Column::VoteCount.lt(votes),
                idea::Column::VoteCount.eq(votes),
            )
        }
        IdeaSort::MostDiscussed => {
            let comments = cursor.key as i64;
            (
                idea::Column::CommentCount.lt(comments),
                idea::Column::CommentCount.eq(comments),
            )
        }
        IdeaSort::Trending => (
            idea::Column::HotRank.lt(cursor.key),
            idea::Column::HotRank.eq(cursor.key),
        ),
        IdeaSort::Newest => {
            let at = DateTime::<Utc>::from_timestamp_micros(cursor.key as i64).unwrap_or_default();
            (
                idea::Column::CreatedAt.lt(at),
                idea::Column::CreatedAt.eq(at),
            )
        }
        IdeaSort::Shuffled => {
            // A whole number the cursor carries; never text from the address as such.
            let place = cursor.key as i64;
            let key = crate::domain::shuffle::key_sql(seed);
            (
                Expr::cust(format!("{key} < {place}")),
                Expr::cust(format!("{key} = {place}")),
            )
        }
    };
    Condition::any().add(lower).add(
        Condition::all()
            .add(same)
            .add(idea::Column::Id.lt(cursor.id)),
    )
}

/// The position of `idea` in `sort` order.
fn cursor_of(sort: IdeaSort, idea: &idea::Model, seed: i64) -> Cursor {
    let key = match sort {
        IdeaSort::Top => f64::from(idea.vote_count),
        IdeaSort::MostDiscussed => f64::from(idea.comment_count),
        IdeaSort::Trending => idea.hot_rank,
        IdeaSort::Newest => idea.created_at.timestamp_micros() as f64,
        // Below 2³², so exact as a float.
        IdeaSort::Shuffled => crate::domain::shuffle::key(seed, idea.id) as f64,
    };
    Cursor { key, id: idea.id }
}

/// Ideas whose title, summary or description contain every word of `q`, in any form by
/// English rules (both databases stem English words, so "diaries" finds "diary") or as
/// written, accents aside (an unstemmed index, for Welsh: "dwr" finds "dŵr").
fn search_condition(backend: DatabaseBackend, q: &str) -> SimpleExpr {
    let words = search_words(q);
    if words.is_empty() {
        // Only punctuation: nothing to look for, so nothing matches.
        return Expr::cust("1 = 0");
    }
    match backend {
        DatabaseBackend::Postgres => Expr::cust_with_values(
            "(ideas.search_vector @@ plainto_tsquery('english', $1) \
              OR ideas.search_simple @@ plainto_tsquery('simple', $2))",
            [words.join(" "), super::search::fold(&words)],
        ),
        _ => Expr::cust_with_values(
            "ideas.id IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH ? \
              UNION SELECT rowid FROM ideas_fts_simple WHERE ideas_fts_simple MATCH ?)",
            [fts5_all(&words), fts5_all(&words)],
        ),
    }
}

/// Words too common to say two ideas are alike.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "app", "apps", "tool", "tools", "your", "you",
    "from", "into", "who", "what", "when", "how", "are", "can", "online", "help", "helps",
    "people",
];

/// Up to `limit` published ideas in `campaign_id` most like `title`, best first: any of
/// its meaningful words matching, ranked by the index's relevance.
pub async fn similar(
    db: &DatabaseConnection,
    campaign_id: i64,
    title: &str,
    limit: u64,
) -> Result<Vec<IdeaCard>, DbErr> {
    let words: Vec<String> = search_words(title)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let ranked: Vec<i64> = match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let query = words.join(" or ");
            idea::Entity::find()
                .select_only()
                .column(idea::Column::Id)
                .filter(idea::Column::CampaignId.eq(campaign_id))
                .filter(idea::Column::Visibility.eq(Visibility::Published))
                .filter(idea::Column::DuplicateOfId.is_null())
                .filter(Expr::cust_with_values(
                    "ideas.search_vector @@ websearch_to_tsquery('english', $1)",
                    [query.clone()],
                ))
                .order_by(
                    Expr::cust_with_values(
                        "ts_rank(ideas.search_vector, websearch_to_tsquery('english', $1))",
                        [query],
                    ),
                    Order::Desc,
                )
                .order_by(idea::Column::Id, Order::Desc)
                .limit(limit)
                .into_tuple()
                .all(db)
                .await?
        }
        _ => {
            let any = words
                .iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(" OR ");
            // bm25 ranks best first (lowest); the join keeps the campaign's published ideas.
            let rows = db
                .query_all_raw(sea_orm::Statement::from_sql_and_values(
                    DatabaseBackend::Sqlite,
                    "SELECT ideas.id FROM ideas_fts JOIN ideas ON ideas.id = ideas_fts.rowid \
                     WHERE ideas_fts MATCH ? AND ideas.campaign_id = ? \
                     AND ideas.visibility = 'published' AND ideas.duplicate_of_id IS NULL \
                     ORDER BY bm25(ideas_fts, 10.0, 3.0, 1.0), ideas.id DESC LIMIT ?",
                    [any.into(), campaign_id.into(), (limit as i64).into()],
                ))
                .await?;
            rows.iter()
                .map(|row| row.try_get::<i64>("", "id"))
                .collect::<Result<_, _>>()?
        }
    };
    if ranked.is_empty() {
        return Ok(Vec::new());
    }
    let mut found = cards(
        db,
        idea::Entity::find().filter(idea::Column::Id.is_in(ranked.clone())),
    )
    .await?;
    found.sort_by_key(|card| ranked.iter().position(|id| *id == card.id));
    Ok(found)
}

/// Every idea `author_id` put forward, newest first, whatever its visibility.
pub async fn cards_by_author(
    db: &DatabaseConnection,
    author_id: i64,
) -> Result<Vec<IdeaCard>, DbErr> {
    let query = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(author_id))
        .order_by(idea::Column::CreatedAt, Order::Desc)
        .order_by(idea::Column::Id, Order::Desc);
    cards(db, query).await
}

/// The cards for the ideas `query` selects, with their authors and categories.
pub async fn cards(
    db: &impl ConnectionTrait,
    query: Select<idea::Entity>,
) -> Result<Vec<IdeaCard>, DbErr> {
    let rows = query.find_also_related(user::Entity).all(db).await?;
    let categories = category_names(db, crate::i18n::lang()).await?;
    Ok(rows
        .into_iter()
        .map(|(idea, author)| card(idea, author.as_ref(), &categories))
        .collect())
}

/// One published idea, with what `viewer` may do on its page.
pub async fn published_idea(
    db: &DatabaseConnection,
    id: i64,
    viewer: Option<&crate::domain::identity::CurrentUser>,
    now: DateTime<Utc>,
    site: &str,
    authoring: &crate::domain::authoring::Authoring,
) -> Result<Option<IdeaDetail>, DbErr> {
    // A withdrawn idea keeps its page, which says so. Moderators also read ideas the
    // public cannot (waiting, held, rejected or hidden), to decide on them.
    let moderator = viewer.is_some_and(|v| v.role >= crate::domain::user::Role::Moderator);
    let mut found = idea::Entity::find_by_id(id);
    if !moderator {
        found = found
            .filter(idea::Column::Visibility.is_in([Visibility::Published, Visibility::Withdrawn]));
    }
    let Some((idea, author)) = found.find_also_related(user::Entity).one(db).await? else {
        return Ok(None);
    };
    let not_public = match idea.visibility {
        Visibility::Published | Visibility::Withdrawn => None,
        Visibility::Pending => Some(crate::t!("idea-not-public-pending")),
        Visibility::Rejected => Some(crate::t!("idea-not-public-rejected")),
        Visibility::Hidden => Some(crate::t!("idea-not-public-hidden")),
    };
    // What the safeguarding check found, for moderators only.
    let held: Vec<String> = if moderator {
        crate::domain::safeguarding::Concerns::from_stored(idea.held_for.as_deref())
            .iter()
            .map(|f| f.describe())
            .collect()
    } else {
        Vec::new()
    };
    let Some(campaign) = campaign::Entity::find_by_id(idea.campaign_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    // Named only while the original is public: a hidden or withdrawn one is not.
    let duplicate_of = match idea.duplicate_of_id {
        Some(original) => idea::Entity::find_by_id(original)
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .one(db)
            .await?
            .map(|o| IdeaRef {
                id: o.id,
                href: idea_href(o.id, &o.slug),
                title: o.title,
            }),
        None => None,
    };
    let state = crate::server::authoring::state_of(&idea, &campaign, now);
    let viewer_state = match viewer {
        Some(user) => {
            let is_author = user.id == idea.author_id && user.suspension.is_none();
            IdeaViewer {
                signed_in: true,
                voted: has_voted(db, user.id, idea.id).await?,
                follows: Some(crate::server::following::follows_idea(db, user.id, &idea).await?),
                can_moderate: user.role >= crate::domain::user::Role::Moderator,
                is_author,
                can_edit: is_author && authoring.may_edit(&state, now).is_ok(),
                can_withdraw: is_author
                    && crate::domain::authoring::Authoring::may_withdraw(&state).is_ok(),
                supports_left: match campaign.support_budget {
                    Some(budget) => {
                        let used =
                            crate::server::ideas::used_supports(db, user.id, campaign.id, None)
                                .await?;
                        Some(crate::domain::campaign::SupportsLeft {
                            left: (i64::from(budget) - used).max(0) as i32,
                            budget,
                        })
                    }
                    None => None,
                },
                form_key: uuid::Uuid::new_v4().to_string(),
            }
        }
        None => IdeaViewer::default(),
    };
    let comments = super::comments::threads(db, idea.id, viewer, now).await?;
    let categories = category_names(db, crate::i18n::lang()).await?;
    let description_html = to_safe_html(&idea.description);
    let links = idea
        .links
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    let link_url = idea.link_url.clone();
    let status_reason = idea.status_reason.clone();
    let answered_by = super::directory::answering(db, idea.id).await?;
    let comments_locked = idea.comments_locked;
    let history = crate::server::edits::history(db, idea.id).await?;
    let moderator_edit = history.iter().find(|v| !v.by_author).map(|v| {
        crate::t!(
            "idea-moderator-edited",
            date = v.when.as_str(),
            reason = v.reason.as_str()
        )
    });
    // The public sees its author's changes since a moderator last edited it: words a
    // moderator took out (personal details, say) must not come back as a version.
    let versions = history.into_iter().take_while(|v| v.by_author).collect();
    let withdrawn = idea
        .withdrawn_at
        .map(|at| crate::t!("idea-withdrawn-on", date = uk_date(at)));
    let campaign_title = campaign.title_in(crate::i18n::lang()).0.to_owned();
    let (submitted, updated) = (idea.created_at, idea.updated_at);
    let card = card(idea, author.as_ref(), &categories);
    let page_url = format!("{site}{}", card.href());
    let campaign_url = format!("{site}/campaigns/{}", campaign.slug);
    let structured_data = crate::server::structured_data::idea(&IdeaFacts {
        page_url: &page_url,
        title: &card.title,
        summary: &card.summary,
        author: &card.author.name,
        campaign_title: &campaign_title,
        campaign_url: &campaign_url,
        submitted,
        updated,
        supporters: card.vote_count,
        comments: card.comment_count,
    });
    Ok(Some(IdeaDetail {
        card,
        structured_data,
        description_html,
        link_url,
        links,
        status_reason,
        duplicate_of,
        campaign_phase: campaign.phase(now),
        campaign_slug: campaign.slug,
        campaign_title,
        comments,
        comments_locked,
        moderator_edit,
        versions,
        withdrawn,
        answered_by,
        viewer: viewer_state,
        not_public,
        held,
    }))
}

/// Published idea `id` with its campaign: what voting and commenting check first.
pub async fn published_with_campaign(
    db: &DatabaseConnection,
    id: i64,
) -> Result<Option<(idea::Model, campaign::Model)>, DbErr> {
    Ok(idea::Entity::find_by_id(id)
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .find_also_related(campaign::Entity)
        .one(db)
        .await?
        .and_then(|(idea, campaign)| Some((idea, campaign?))))
}

/// The title and address of idea `id`, whatever its visibility.
pub async fn idea_ref(db: &DatabaseConnection, id: i64) -> Result<Option<IdeaRef>, DbErr> {
    Ok(idea::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|o| IdeaRef {
            id: o.id,
            href: idea_href(o.id, &o.slug),
            title: o.title,
        }))
}

fn card(
    idea: idea::Model,
    author: Option<&user::Model>,
    categories: &HashMap<i64, String>,
) -> IdeaCard {
    IdeaCard {
        id: idea.id,
        slug: idea.slug,
        title: idea.title,
        summary: idea.summary,
        kind: idea.kind,
        status: idea.status,
        category: idea.category_id.and_then(|id| categories.get(&id).cloned()),
        vote_count: idea.vote_count,
        comment_count: idea.comment_count,
        author: author_line(author),
        submitted_on: uk_date(idea.created_at),
        language: idea.language,
    }
}

/// Whether `user_id` supports `idea_id`.
pub async fn has_voted(
    db: &impl ConnectionTrait,
    user_id: i64,
    idea_id: i64,
) -> Result<bool, DbErr> {
    Ok(vote::Entity::find_by_id((user_id, idea_id))
        .one(db)
        .await?
        .is_some())
}
