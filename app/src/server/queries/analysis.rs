//! The figures behind the analysis page, for one campaign.
//!
//! Everything that grows with the votes is counted by the database (per UK day, per
//! idea and group, each group's most supported ideas), so what is read and kept here
//! grows with the tables shown. The ideas' texts are read once, as a stream, and kept
//! only as the numbered words possible duplicates are found in.

use crate::i18n::{Lang, arg, text};
use std::collections::{BTreeMap, HashMap, HashSet};

use futures_util::TryStreamExt;
use sea_orm::sea_query::{
    Alias, Expr, ExprTrait, IntoColumnRef, Order, Query, SelectStatement, UnionType,
    WindowStatement,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, DerivePartialModel,
    EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect, QueryTrait, RelationTrait, Select,
    TryGetableMany,
};

use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::similarity::WordSets;
use crate::domain::user::Segment;
use crate::features::analysis::{Analysis, CampaignChoice, Duplicate, Table};
use crate::server::entities::{category, comment, idea, user, vote};

/// How alike two ideas' titles and summaries must be to be offered as duplicates.
const DUPLICATE_LIKENESS: f64 = 0.5;
/// Rows in the "top" tables.
const TOP: usize = 10;
/// The group of people taking part with help (`domain::assisted`), beside the "I am
/// a…" groups.
const WITH_HELP_KEY: &str = "with-help";

/// Words under `key` in English and in Welsh: the figures are worked out once, in the
/// background, for readers of both.
fn both(key: &str) -> (String, String) {
    (text(Lang::En, key, &[]), text(Lang::Cy, key, &[]))
}

/// An empty table with this title (in English and Welsh) and the columns under these
/// keys.
fn table(key: &str, (title, title_cy): (String, String), columns: &[&str]) -> Table {
    let (columns, columns_cy) = columns.iter().map(|c| both(c)).unzip();
    Table {
        key: key.to_owned(),
        title,
        title_cy,
        columns,
        columns_cy,
        ..Table::default()
    }
}

/// "Most supported by: {group}", with the group named by its key, in `lang`.
fn segment_title(lang: Lang, group: &str) -> String {
    let group = text(lang, group, &[]);
    text(lang, "analysis-segment-title", &[("group", arg(group))])
}

/// Adds a row whose first cell is the words under `key` (a measure's name).
fn push_named(table: &mut Table, key: &str, rest: Vec<String>) {
    let (en, cy) = both(key);
    let mut row = vec![en];
    row.extend(rest);
    table.rows.push(row);
    table.first_cy.push(Some(cy));
    table.links.push(None);
}

/// The ideas whose votes and comments count, for a query joined to `ideas`: published in
/// campaign `campaign_id` and not merged into another. A join rather than a list of ids,
/// which a campaign of 100,000 ideas would take past SQLite's limit on parameters.
fn counted_ideas(campaign_id: i64) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(idea::Column::CampaignId.eq(campaign_id))
        .add(idea::Column::Visibility.eq(Visibility::Published))
        .add(idea::Column::DuplicateOfId.is_null())
}

/// The UK day ("YYYY-MM-DD") of the instant `at`, worked out by the database, so that
/// activity is counted per day there: reading a million votes one by one to bucket them
/// here took 11-23 s and hundreds of megabytes.
///
/// PostgreSQL knows the UK's time zone. SQLite has no time-zone table, so its expression
/// writes out the UK's rule (since 1996): summer time, UTC+1, from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October, the last Sunday of a
/// month being the first on or after its 25th. Tested against `chrono_tz` on both
/// databases, through the changes (`server/tests/api/analysis.rs`).
pub fn uk_day(backend: DbBackend, at: Expr) -> Expr {
    match backend {
        DbBackend::Postgres => {
            Expr::cust_with_expr("to_char($1 AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')", at)
        }
        _ => Expr::cust_with_exprs(
            "date(?, CASE WHEN datetime(?) >= datetime(?, 'start of year', '+2 months', \
             '+24 days', 'weekday 0', '+1 hour') AND datetime(?) < datetime(?, \
             'start of year', '+9 months', '+24 days', 'weekday 0', '+1 hour') \
             THEN '+1 hour' ELSE '+0 hours' END)",
            std::iter::repeat_n(at, 5),
        ),
    }
}

/// An idea as the tables name it: not its summary or description, which at 100,000
/// ideas would be most of what is read.
#[derive(Clone, Debug, DerivePartialModel)]
#[sea_orm(entity = "idea::Entity")]
pub struct Brief {
    pub id: i64,
    pub title: String,
    pub slug: String,
    pub vote_count: i32,
    pub comment_count: i32,
}

/// One UK day's activity: the day, ideas put forward, votes, comments, people active.
type DayRow = (String, i64, i64, i64, i64);

/// Everything one campaign's figures are worked out from, counted by the database:
/// what is kept here grows with the tables shown, not with the votes (a million votes
/// held as rows took over a gigabyte, and counted here as they were read, 350 MB).
pub struct Gathered {
    days: Vec<DayRow>,
    /// The most supported ideas, most first.
    top: Vec<Brief>,
    /// Their votes per group ("I am a…" keys, and taking part with help).
    top_by_group: HashMap<(i64, String), i64>,
    /// Per group, the ideas it supported most and its votes for each, most first.
    by_group: HashMap<String, Vec<(i64, i64)>>,
    /// People taking part with help; ideas they put forward; supports they gave.
    helped: (i64, i64, i64),
    /// Per category (none for ideas without one): ideas, votes, comments.
    per_category: Vec<(Option<i64>, i64, i64, i64)>,
    /// Each category's name in English and in Welsh (English where none is written).
    categories: HashMap<i64, (String, String)>,
    /// The most discussed ideas, most first.
    discussed: Vec<Brief>,
    set_aside: Option<crate::features::analysis::SetAside>,
}

impl Gathered {
    /// The ideas the tables name beyond those read whole: every group's, and those in
    /// `duplicate_groups`.
    pub fn named(&self, duplicate_groups: &[Vec<i64>]) -> HashSet<i64> {
        self.by_group
            .values()
            .flatten()
            .map(|(id, _)| *id)
            .chain(duplicate_groups.iter().flatten().copied())
            .collect()
    }
}

/// A campaign's ideas' texts as possible duplicates are found in them.
pub struct Texts {
    /// Their words.
    pub words: WordSets,
    /// A fingerprint of the texts themselves: the same fingerprint, the same possible
    /// duplicates, so a vote need not find them again.
    pub key: u64,
}

/// Groups of possible duplicates among `words` (see `domain::similarity`).
pub fn duplicate_groups(words: WordSets) -> Vec<Vec<i64>> {
    words.groups(DUPLICATE_LIKENESS)
}

/// Runs `query` and reads each row as `T`, by column position.
async fn rows<T: TryGetableMany>(
    db: &DatabaseConnection,
    query: &SelectStatement,
) -> Result<Vec<T>, DbErr> {
    db.query_all(query)
        .await?
        .iter()
        .map(|row| row.try_get_many_by_index())
        .collect()
}

/// A sum as both databases answer it, a 64-bit integer: PostgreSQL's `SUM` of a bigint
/// is a numeric.
pub(crate) fn sum(expr: Expr) -> Expr {
    expr.sum().cast_as(Alias::new("BIGINT"))
}

/// The supports that count in campaign `campaign_id`: on its counted ideas, not set
/// aside by a moderator. Each pass over them reads every vote (about 3 s a million on
/// SQLite), so the figures make two: one per day, one per idea and group.
fn counted_votes(campaign_id: i64) -> Select<vote::Entity> {
    vote::Entity::find()
        .select_only()
        .join(JoinType::InnerJoin, vote::Relation::Idea.def())
        .filter(counted_ideas(campaign_id))
        .filter(vote::Column::SetAsideBy.is_null())
}

/// [`counted_votes`] given by people taking part with help, found from those people
/// (few) through the votes' primary key (who, then what) rather than by a pass over
/// every vote.
fn helped_votes(campaign_id: i64) -> Select<vote::Entity> {
    counted_votes(campaign_id).filter(
        vote::Column::UserId.in_subquery(
            user::Entity::find()
                .select_only()
                .column(user::Column::Id)
                .filter(user::Column::Assisted.eq(true))
                .into_query(),
        ),
    )
}

/// `rows` as activity for [`days`]: the UK day of `at`, `who`, and a 1 in the column
/// `what` ("ideas", "votes" or "comments"), 0 in the others.
fn activity<E: EntityTrait>(
    backend: DbBackend,
    rows: Select<E>,
    at: impl IntoColumnRef,
    who: impl IntoColumnRef,
    what: &str,
) -> SelectStatement {
    let mut rows = rows
        .expr_as(uk_day(backend, Expr::col(at)), "day")
        .expr_as(Expr::col(who), "who");
    for column in ["ideas", "votes", "comments"] {
        rows = rows.expr_as(Expr::cust(if column == what { "1" } else { "0" }), column);
    }
    rows.into_query()
}

/// Each UK day's ideas (merged ones too: a merged duplicate counts as an idea put
/// forward that day, and nowhere else), votes, comments and people active, counted in
/// one pass over the three.
async fn days(db: &DatabaseConnection, campaign_id: i64) -> Result<Vec<DayRow>, DbErr> {
    let backend = db.get_database_backend();
    let mut all = activity(
        backend,
        idea::Entity::find()
            .select_only()
            .filter(idea::Column::CampaignId.eq(campaign_id))
            .filter(idea::Column::Visibility.eq(Visibility::Published)),
        (idea::Entity, idea::Column::CreatedAt),
        (idea::Entity, idea::Column::AuthorId),
        "ideas",
    );
    let votes = activity(
        backend,
        counted_votes(campaign_id),
        (vote::Entity, vote::Column::CreatedAt),
        (vote::Entity, vote::Column::UserId),
        "votes",
    );
    let comments = activity(
        backend,
        comment::Entity::find()
            .select_only()
            .join(JoinType::InnerJoin, comment::Relation::Idea.def())
            .filter(counted_ideas(campaign_id))
            .filter(comment::Column::Visibility.eq(Visibility::Published)),
        (comment::Entity, comment::Column::CreatedAt),
        (comment::Entity, comment::Column::AuthorId),
        "comments",
    );
    all.union(UnionType::All, votes)
        .union(UnionType::All, comments);
    let col = |name: &'static str| Expr::col(Alias::new(name));
    let query = Query::select()
        .expr(col("day"))
        .expr(sum(col("ideas")))
        .expr(sum(col("votes")))
        .expr(sum(col("comments")))
        .expr(Expr::cust("COUNT(DISTINCT who)"))
        .from_subquery(all, Alias::new("activity"))
        .group_by_col(Alias::new("day"))
        .order_by(Alias::new("day"), Order::Asc)
        .to_owned();
    rows(db, &query).await
}

/// Per group ("I am a…", and taking part with help), the [`TOP`] ideas it supported
/// most and its votes for each, ties by id: one pass over the votes, the database
/// keeping only each group's first rows.
async fn by_group(
    db: &DatabaseConnection,
    campaign_id: i64,
) -> Result<HashMap<String, Vec<(i64, i64)>>, DbErr> {
    let mut counted = counted_votes(campaign_id)
        .join(JoinType::InnerJoin, vote::Relation::User.def())
        .column_as(user::Column::Segment, "grp")
        .column_as(vote::Column::IdeaId, "idea_id")
        .expr_as(Expr::cust("COUNT(*)"), "n")
        .group_by(user::Column::Segment)
        .group_by(vote::Column::IdeaId)
        .into_query();
    let helped = helped_votes(campaign_id)
        .expr_as(Expr::val(WITH_HELP_KEY), "grp")
        .column_as(vote::Column::IdeaId, "idea_id")
        .expr_as(Expr::cust("COUNT(*)"), "n")
        .group_by(vote::Column::IdeaId)
        .into_query();
    counted.union(UnionType::All, helped);
    let col = |name: &'static str| Expr::col(Alias::new(name));
    let placed = Query::select()
        .exprs([col("grp"), col("idea_id"), col("n")])
        .expr_window_as(
            Expr::cust("ROW_NUMBER()"),
            WindowStatement::partition_by(Alias::new("grp"))
                .order_by(Alias::new("n"), Order::Desc)
                .order_by(Alias::new("idea_id"), Order::Asc)
                .to_owned(),
            Alias::new("place"),
        )
        .from_subquery(counted, Alias::new("counted"))
        .to_owned();
    let query = Query::select()
        .exprs([col("grp"), col("idea_id"), col("n")])
        .from_subquery(placed, Alias::new("placed"))
        .and_where(col("place").lte(TOP as i64))
        .order_by(Alias::new("grp"), Order::Asc)
        .order_by(Alias::new("n"), Order::Desc)
        .order_by(Alias::new("idea_id"), Order::Asc)
        .to_owned();
    let mut groups: HashMap<String, Vec<(i64, i64)>> = HashMap::new();
    for (group, idea_id, n) in rows::<(String, i64, i64)>(db, &query).await? {
        groups.entry(group).or_default().push((idea_id, n));
    }
    Ok(groups)
}

/// Ideas `ids`' votes per group.
async fn votes_by_group(
    db: &DatabaseConnection,
    ids: &[i64],
) -> Result<HashMap<(i64, String), i64>, DbErr> {
    let counts: Vec<(i64, Segment, bool, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::IdeaId)
        .column(user::Column::Segment)
        .column(user::Column::Assisted)
        .expr(Expr::cust("COUNT(*)"))
        .join(JoinType::InnerJoin, vote::Relation::User.def())
        .filter(vote::Column::IdeaId.is_in(ids.iter().copied()))
        .filter(vote::Column::SetAsideBy.is_null())
        .group_by(vote::Column::IdeaId)
        .group_by(user::Column::Segment)
        .group_by(user::Column::Assisted)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_group: HashMap<(i64, String), i64> = HashMap::new();
    for (idea_id, segment, with_help, n) in counts {
        *by_group
            .entry((idea_id, segment.key().to_owned()))
            .or_default() += n;
        if with_help {
            *by_group
                .entry((idea_id, WITH_HELP_KEY.to_owned()))
                .or_default() += n;
        }
    }
    Ok(by_group)
}

/// Taking part with help: the people (who supported an idea or put one forward), the
/// ideas they put forward (merged ones too), and the supports they gave.
async fn helped(db: &DatabaseConnection, campaign_id: i64) -> Result<(i64, i64, i64), DbErr> {
    let authors = || {
        idea::Entity::find()
            .select_only()
            .join(JoinType::InnerJoin, idea::Relation::Author.def())
            .filter(idea::Column::CampaignId.eq(campaign_id))
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .filter(user::Column::Assisted.eq(true))
    };
    let supports = || helped_votes(campaign_id);
    let mut people = supports()
        .column_as(vote::Column::UserId, "who")
        .into_query();
    people.union(
        UnionType::Distinct,
        authors()
            .column_as(idea::Column::AuthorId, "who")
            .into_query(),
    );
    let people_query = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from_subquery(people, Alias::new("people"))
        .to_owned();
    let people = rows::<i64>(db, &people_query).await?;
    let count = || Expr::cust("COUNT(*)");
    let ideas: Option<i64> = authors().expr(count()).into_tuple().one(db).await?;
    let supports: Option<i64> = supports().expr(count()).into_tuple().one(db).await?;
    Ok((
        people.first().copied().unwrap_or(0),
        ideas.unwrap_or(0),
        supports.unwrap_or(0),
    ))
}

/// Reads and counts what campaign `campaign_id`'s figures are worked out from, and the
/// texts possible duplicates are found in (each idea's title and summary, in id order),
/// apart so they can be let go once the duplicates are found.
pub async fn gather(db: &DatabaseConnection, campaign_id: i64) -> Result<(Gathered, Texts), DbErr> {
    // Each part's reading time, for whoever looks into a slow campaign.
    let mut since = std::time::Instant::now();
    let mut lap = move || {
        let ms = since.elapsed().as_millis() as u64;
        since = std::time::Instant::now();
        ms
    };
    let counted = || idea::Entity::find().filter(counted_ideas(campaign_id));
    let top: Vec<Brief> = counted()
        .order_by_desc(idea::Column::VoteCount)
        .order_by_asc(idea::Column::Id)
        .limit(TOP as u64)
        .into_partial_model()
        .all(db)
        .await?;
    let top_ids: Vec<i64> = top.iter().map(|i| i.id).collect();
    let top_by_group = votes_by_group(db, &top_ids).await?;
    let discussed: Vec<Brief> = counted()
        .filter(idea::Column::CommentCount.gt(0))
        .order_by_desc(idea::Column::CommentCount)
        .order_by_asc(idea::Column::Id)
        .limit(TOP as u64)
        .into_partial_model()
        .all(db)
        .await?;
    let per_category: Vec<(Option<i64>, i64, i64, i64)> = counted()
        .select_only()
        .column(idea::Column::CategoryId)
        .expr(Expr::cust("COUNT(*)"))
        .expr(sum(Expr::col(idea::Column::VoteCount)))
        .expr(sum(Expr::col(idea::Column::CommentCount)))
        .group_by(idea::Column::CategoryId)
        .into_tuple()
        .all(db)
        .await?;
    let mut words = WordSets::default();
    let mut key = std::collections::hash_map::DefaultHasher::new();
    let mut read = counted()
        .select_only()
        .columns([idea::Column::Id, idea::Column::Title, idea::Column::Summary])
        .order_by_asc(idea::Column::Id)
        .into_tuple::<(i64, String, String)>()
        .stream(db)
        .await?;
    while let Some((id, title, summary)) = read.try_next().await? {
        std::hash::Hash::hash(&(id, &title, &summary), &mut key);
        words.add(id, &[&title, &summary]);
    }
    drop(read);
    let texts = Texts {
        words,
        key: std::hash::Hasher::finish(&key),
    };
    let categories = category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| {
            let welsh = if c.name_cy.is_empty() {
                c.name.clone()
            } else {
                c.name_cy.clone()
            };
            (c.id, (c.name, welsh))
        })
        .collect();
    let ideas_ms = lap();
    let days = days(db, campaign_id).await?;
    let days_ms = lap();
    let by_group = by_group(db, campaign_id).await?;
    let groups_ms = lap();
    let helped = helped(db, campaign_id).await?;
    let helped_ms = lap();
    tracing::debug!(
        campaign_id,
        ideas_ms,
        days_ms,
        groups_ms,
        helped_ms,
        "read a campaign's figures"
    );
    let gathered = Gathered {
        days,
        top,
        top_by_group,
        by_group,
        helped,
        per_category,
        categories,
        discussed,
        set_aside: crate::server::integrity::set_aside_note(db, campaign_id).await?,
    };
    Ok((gathered, texts))
}

/// The ideas of campaign `campaign_id` among `ids`, by id, read in one pass over its
/// ideas (a list of ids could pass SQLite's limit on parameters).
pub async fn briefs(
    db: &DatabaseConnection,
    campaign_id: i64,
    ids: &HashSet<i64>,
) -> Result<HashMap<i64, Brief>, DbErr> {
    let mut found = HashMap::with_capacity(ids.len());
    if ids.is_empty() {
        return Ok(found);
    }
    let mut read = idea::Entity::find()
        .filter(counted_ideas(campaign_id))
        .into_partial_model::<Brief>()
        .stream(db)
        .await?;
    while let Some(brief) = read.try_next().await? {
        if ids.contains(&brief.id) {
            found.insert(brief.id, brief);
        }
    }
    Ok(found)
}

/// Works out the figures from what [`gather`] counted, with `duplicate_groups` the
/// groups [`duplicate_groups`] found in its texts and `briefs` the ideas
/// [`Gathered::named`] names (whose titles the duplicates take rather than copy: at
/// 100,000 ideas there are tens of thousands). Only arithmetic over the tables' rows, so
/// it runs off the async threads. The campaign list is left empty, for the page to fill.
pub fn figures(
    campaign: CampaignChoice,
    gathered: Gathered,
    duplicate_groups: &[Vec<i64>],
    mut briefs: HashMap<i64, Brief>,
) -> Analysis {
    let Gathered {
        days,
        top: ranked,
        top_by_group,
        by_group,
        helped: (helped_people, helped_ideas, helped_supports),
        per_category,
        categories: names,
        discussed: by_comments,
        set_aside,
    } = gathered;

    let mut daily = table(
        "daily",
        both("analysis-daily"),
        &[
            "analysis-column-day",
            "analysis-column-ideas",
            "analysis-column-votes",
            "analysis-column-comments",
            "analysis-column-people",
        ],
    );
    for (day, ideas, votes, comments, people) in days {
        daily.rows.push(vec![
            day,
            ideas.to_string(),
            votes.to_string(),
            comments.to_string(),
            people.to_string(),
        ]);
        daily.links.push(None);
        daily.first_cy.push(None);
    }

    // The groups each idea's votes are counted by: "I am a…", then people taking part
    // with help (who are in one of those too).
    let groups: Vec<(&str, &str)> = Segment::ALL
        .iter()
        .map(|s| (s.key(), s.label_key()))
        .chain([(WITH_HELP_KEY, "analysis-with-help")])
        .collect();
    let mut top = table(
        "top",
        both("analysis-top-title"),
        &["analysis-column-idea", "analysis-column-all-votes"],
    );
    for (_, label) in &groups {
        let (en, cy) = both(label);
        top.columns.push(en);
        top.columns_cy.push(cy);
    }
    for i in &ranked {
        let mut row = vec![i.title.clone(), i.vote_count.to_string()];
        row.extend(groups.iter().map(|(key, _)| {
            top_by_group
                .get(&(i.id, (*key).to_owned()))
                .copied()
                .unwrap_or(0)
                .to_string()
        }));
        top.rows.push(row);
        top.links.push(Some(idea_href(i.id, &i.slug)));
        top.first_cy.push(None);
    }
    let mut segments = Vec::new();
    for (key, label) in &groups {
        let mut t = table(
            &format!("segment-{key}"),
            (
                segment_title(Lang::En, label),
                segment_title(Lang::Cy, label),
            ),
            &[
                "analysis-column-idea",
                "analysis-column-group-votes",
                "analysis-column-share",
            ],
        );
        for (id, n) in by_group.get(*key).into_iter().flatten() {
            let Some(i) = briefs.get(id) else { continue };
            let share = if i.vote_count > 0 {
                (n * 100 / i64::from(i.vote_count)).to_string()
            } else {
                "0".to_owned()
            };
            t.rows.push(vec![i.title.clone(), n.to_string(), share]);
            t.links.push(Some(idea_href(i.id, &i.slug)));
            t.first_cy.push(None);
        }
        segments.push(t);
    }

    // Taking part with help: its own group, counted apart from everyone else.
    let mut with_help = table(
        WITH_HELP_KEY,
        both("analysis-with-help-title"),
        &["analysis-column-measure", "analysis-column-number"],
    );
    for (measure, n) in [
        ("analysis-measure-people", helped_people),
        ("analysis-measure-ideas", helped_ideas),
        ("analysis-measure-supports", helped_supports),
    ] {
        push_named(&mut with_help, measure, vec![n.to_string()]);
    }

    // Categories, by name: two with the same names read as one.
    let mut by_name: BTreeMap<(String, String), (i64, i64, i64)> = BTreeMap::new();
    for (category, ideas, votes, comments) in per_category {
        let name = category
            .and_then(|c| names.get(&c).cloned())
            .unwrap_or_else(|| both("analysis-no-category"));
        let entry = by_name.entry(name).or_default();
        entry.0 += ideas;
        entry.1 += votes;
        entry.2 += comments;
    }
    let mut categories = table(
        "categories",
        both("analysis-categories-title"),
        &[
            "analysis-column-category",
            "analysis-column-ideas",
            "analysis-column-votes",
            "analysis-column-comments",
        ],
    );
    let mut sorted: Vec<_> = by_name.into_iter().collect();
    sorted.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    for ((name, name_cy), (n, v, c)) in sorted {
        categories
            .rows
            .push(vec![name, n.to_string(), v.to_string(), c.to_string()]);
        categories.links.push(None);
        categories.first_cy.push(Some(name_cy));
    }

    // Most discussed.
    let mut discussed = table(
        "discussed",
        both("analysis-discussed-title"),
        &[
            "analysis-column-idea",
            "analysis-column-comments",
            "analysis-column-votes",
        ],
    );
    for i in &by_comments {
        discussed.rows.push(vec![
            i.title.clone(),
            i.comment_count.to_string(),
            i.vote_count.to_string(),
        ]);
        discussed.links.push(Some(idea_href(i.id, &i.slug)));
        discussed.first_cy.push(None);
    }

    // Possible duplicates: kept as figures, the page and the CSV writing them out. An
    // idea is in one group at most, and the tables above have copied what they need.
    let duplicates = table(
        "duplicates",
        both("analysis-duplicates-title"),
        &[
            "analysis-column-group",
            "analysis-column-idea",
            "analysis-column-votes",
        ],
    );
    let mut duplicate_ideas = Vec::with_capacity(duplicate_groups.iter().map(Vec::len).sum());
    for (n, group) in duplicate_groups.iter().enumerate() {
        for id in group {
            if let Some(i) = briefs.remove(id) {
                duplicate_ideas.push(Duplicate {
                    group: n as u32 + 1,
                    id: i.id,
                    title: i.title.into_boxed_str(),
                    slug: i.slug.into_boxed_str(),
                    votes: i.vote_count,
                });
            }
        }
    }
    drop(briefs);

    Analysis {
        campaigns: Vec::new(),
        campaign,
        daily,
        top,
        segments,
        set_aside,
        with_help,
        categories,
        discussed,
        duplicates,
        duplicate_ideas,
        as_of: None,
        more_duplicates: None,
    }
}
