//! The figures behind the analysis page, for one campaign.
//!
//! Counts are grouped in the database where they are large (votes by idea and group);
//! days are bucketed here, in UK time, from the timestamps alone.

use crate::i18n::{Lang, arg, text};
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::London;
use futures_util::TryStreamExt;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, DerivePartialModel, EntityTrait, JoinType, QueryFilter,
    QuerySelect, RelationTrait,
};

use crate::domain::idea::Visibility;
use crate::domain::idea::idea_href;
use crate::domain::similarity::similar_groups;
use crate::domain::user::Segment;
use crate::features::analysis::{Analysis, CampaignChoice, Table};
use crate::server::entities::{category, comment, idea, user, vote};

/// How alike two ideas' titles and summaries must be to be offered as duplicates.
const DUPLICATE_LIKENESS: f64 = 0.5;
/// Rows in the "top" tables.
const TOP: usize = 10;
/// The group of people taking part with help (`domain::assisted`), beside the "I am
/// a…" groups.
const WITH_HELP_KEY: &str = "with-help";

fn uk_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&London).date_naive()
}

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

/// The columns of an idea the figures use: not its description, which at 100,000 ideas
/// would be most of what is read.
#[derive(Debug, DerivePartialModel)]
#[sea_orm(entity = "idea::Entity")]
pub struct IdeaRow {
    pub id: i64,
    pub author_id: i64,
    pub category_id: Option<i64>,
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub vote_count: i32,
    pub comment_count: i32,
    pub created_at: DateTime<Utc>,
    pub duplicate_of_id: Option<i64>,
}

/// One UK day's activity.
#[derive(Default)]
struct Day {
    votes: u64,
    comments: u64,
    people: HashSet<i64>,
}

/// Everything one campaign's figures are worked out from, read from the database. Votes
/// and comments are counted as they are read rather than kept: a million votes held as
/// rows took over a gigabyte.
pub struct Gathered {
    /// Published ideas, not merged into another.
    ideas: Vec<IdeaRow>,
    /// Published ideas merged into another, which count only as put forward that day.
    merged: Vec<IdeaRow>,
    /// Votes and comments per UK day (ideas are added when the figures are worked out).
    days: BTreeMap<NaiveDate, Day>,
    /// Votes per idea and group ("I am a…", and taking part with help).
    per_group: HashMap<(i64, &'static str), u64>,
    /// Supports given with help, and the people who gave them.
    helped_supports: u64,
    helped_voters: HashSet<i64>,
    /// The authors of ideas put forward with help, one entry per idea.
    helped_authors: Vec<i64>,
    /// Each category's name in English and in Welsh (English where none is written).
    categories: HashMap<i64, (String, String)>,
    set_aside: Option<crate::features::analysis::SetAside>,
}

impl Gathered {
    /// The texts possible duplicates are found in: (idea, title and summary).
    pub fn texts(&self) -> Vec<(i64, String)> {
        self.ideas
            .iter()
            .map(|i| (i.id, format!("{} {}", i.title, i.summary)))
            .collect()
    }

    /// How many ideas the figures cover.
    pub fn idea_count(&self) -> usize {
        self.ideas.len()
    }
}

/// A fingerprint of `texts`: the same fingerprint, the same possible duplicates, so a
/// vote need not find them again.
pub fn texts_key(texts: &[(i64, String)]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    texts.hash(&mut hasher);
    hasher.finish()
}

/// Groups of possible duplicates among `texts` (see `domain::similarity`).
pub fn duplicate_groups(texts: &[(i64, String)]) -> Vec<Vec<i64>> {
    similar_groups(texts, DUPLICATE_LIKENESS)
}

/// Reads what campaign `campaign_id`'s figures are worked out from.
pub async fn gather(db: &DatabaseConnection, campaign_id: i64) -> Result<Gathered, DbErr> {
    // A merged duplicate is the same idea as its original, which holds its supporters:
    // it counts as an idea put forward that day, and nowhere else.
    let (merged, ideas): (Vec<IdeaRow>, Vec<IdeaRow>) = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .into_partial_model::<IdeaRow>()
        .all(db)
        .await?
        .into_iter()
        .partition(|i| i.duplicate_of_id.is_some());
    let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    let mut per_group: HashMap<(i64, &'static str), u64> = HashMap::new();
    let (mut helped_supports, mut helped_voters) = (0u64, HashSet::new());
    // Votes: (idea, voter's group, when, who, given with help), counted as they come.
    let mut votes = vote::Entity::find()
        .select_only()
        .column(vote::Column::IdeaId)
        .column(user::Column::Segment)
        .column(vote::Column::CreatedAt)
        .column(vote::Column::UserId)
        .column(user::Column::Assisted)
        .join(JoinType::InnerJoin, vote::Relation::User.def())
        .join(JoinType::InnerJoin, vote::Relation::Idea.def())
        .filter(counted_ideas(campaign_id))
        // Support a moderator set aside counts in no figure.
        .filter(vote::Column::SetAsideBy.is_null())
        .into_tuple::<(i64, Segment, DateTime<Utc>, i64, bool)>()
        .stream(db)
        .await?;
    while let Some((idea_id, segment, at, who, with_help)) = votes.try_next().await? {
        let day = days.entry(uk_day(at)).or_default();
        day.votes += 1;
        day.people.insert(who);
        *per_group.entry((idea_id, segment.key())).or_default() += 1;
        if with_help {
            *per_group.entry((idea_id, WITH_HELP_KEY)).or_default() += 1;
            helped_supports += 1;
            helped_voters.insert(who);
        }
    }
    drop(votes);
    let set_aside = crate::server::integrity::set_aside_note(db, campaign_id).await?;
    let mut comments = comment::Entity::find()
        .select_only()
        .column(comment::Column::CreatedAt)
        .column(comment::Column::AuthorId)
        .join(JoinType::InnerJoin, comment::Relation::Idea.def())
        .filter(counted_ideas(campaign_id))
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .into_tuple::<(DateTime<Utc>, i64)>()
        .stream(db)
        .await?;
    while let Some((at, who)) = comments.try_next().await? {
        let day = days.entry(uk_day(at)).or_default();
        day.comments += 1;
        day.people.insert(who);
    }
    drop(comments);
    let helped_authors = idea::Entity::find()
        .select_only()
        .column(idea::Column::AuthorId)
        .join(JoinType::InnerJoin, idea::Relation::Author.def())
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(user::Column::Assisted.eq(true))
        .into_tuple()
        .all(db)
        .await?;
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
    Ok(Gathered {
        ideas,
        merged,
        days,
        per_group,
        helped_supports,
        helped_voters,
        helped_authors,
        categories,
        set_aside,
    })
}

/// Works out the figures from what [`gather`] read, with `duplicates` the groups
/// [`duplicate_groups`] found in its texts. Only arithmetic: a campaign of 100,000 ideas
/// and a million votes takes a second or two, so it runs off the async threads. The
/// campaign list is left empty, for the page to fill.
pub fn figures(
    campaign: CampaignChoice,
    gathered: Gathered,
    duplicate_groups: &[Vec<i64>],
) -> Analysis {
    let Gathered {
        ideas,
        merged,
        days,
        per_group,
        helped_supports,
        helped_voters,
        helped_authors,
        categories: names,
        set_aside,
    } = gathered;
    let by_id: HashMap<i64, &IdeaRow> = ideas.iter().map(|i| (i.id, i)).collect();

    // Per day: the votes and comments counted as they were read, and the ideas.
    let mut days: BTreeMap<NaiveDate, (u64, u64, u64, HashSet<i64>)> = days
        .into_iter()
        .map(|(day, d)| (day, (0, d.votes, d.comments, d.people)))
        .collect();
    for i in ideas.iter().chain(&merged) {
        let day = days.entry(uk_day(i.created_at)).or_default();
        day.0 += 1;
        day.3.insert(i.author_id);
    }
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
    for (day, (ideas, votes, comments, people)) in days {
        daily.rows.push(vec![
            day.format("%Y-%m-%d").to_string(),
            ideas.to_string(),
            votes.to_string(),
            comments.to_string(),
            people.len().to_string(),
        ]);
        daily.links.push(None);
        daily.first_cy.push(None);
    }

    let group_votes =
        |idea_id: i64, group: &str| per_group.get(&(idea_id, group)).copied().unwrap_or(0);
    // The groups each idea's votes are counted by: "I am a…", then people taking part
    // with help (who are in one of those too).
    let groups: Vec<(&str, &str)> = Segment::ALL
        .iter()
        .map(|s| (s.key(), s.label_key()))
        .chain([(WITH_HELP_KEY, "analysis-with-help")])
        .collect();
    let mut ranked: Vec<&IdeaRow> = ideas.iter().collect();
    ranked.sort_by(|a, b| b.vote_count.cmp(&a.vote_count).then(a.id.cmp(&b.id)));
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
    for i in ranked.iter().take(TOP) {
        let mut row = vec![i.title.clone(), i.vote_count.to_string()];
        row.extend(
            groups
                .iter()
                .map(|(key, _)| group_votes(i.id, key).to_string()),
        );
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
        let mut theirs: Vec<(&IdeaRow, u64)> = ideas
            .iter()
            .map(|i| (i, group_votes(i.id, key)))
            .filter(|(_, n)| *n > 0)
            .collect();
        theirs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        for (i, n) in theirs.into_iter().take(TOP) {
            let share = if i.vote_count > 0 {
                (n * 100 / i.vote_count as u64).to_string()
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
    let helped_ideas = helped_authors.len();
    let helped_people: HashSet<i64> = helped_voters
        .iter()
        .chain(helped_authors.iter())
        .copied()
        .collect();
    let mut with_help = table(
        WITH_HELP_KEY,
        both("analysis-with-help-title"),
        &["analysis-column-measure", "analysis-column-number"],
    );
    for (measure, n) in [
        ("analysis-measure-people", helped_people.len()),
        ("analysis-measure-ideas", helped_ideas),
        ("analysis-measure-supports", helped_supports as usize),
    ] {
        push_named(&mut with_help, measure, vec![n.to_string()]);
    }

    // Categories.
    let mut per_category: BTreeMap<(String, String), (u64, u64, u64)> = BTreeMap::new();
    for i in &ideas {
        let name = i
            .category_id
            .and_then(|c| names.get(&c).cloned())
            .unwrap_or_else(|| both("analysis-no-category"));
        let entry = per_category.entry(name).or_default();
        entry.0 += 1;
        entry.1 += i.vote_count.max(0) as u64;
        entry.2 += i.comment_count.max(0) as u64;
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
    let mut sorted: Vec<_> = per_category.into_iter().collect();
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
    let mut by_comments: Vec<&IdeaRow> = ideas.iter().filter(|i| i.comment_count > 0).collect();
    by_comments.sort_by(|a, b| b.comment_count.cmp(&a.comment_count).then(a.id.cmp(&b.id)));
    for i in by_comments.into_iter().take(TOP) {
        discussed.rows.push(vec![
            i.title.clone(),
            i.comment_count.to_string(),
            i.vote_count.to_string(),
        ]);
        discussed.links.push(Some(idea_href(i.id, &i.slug)));
        discussed.first_cy.push(None);
    }

    // Possible duplicates.
    let mut duplicates = table(
        "duplicates",
        both("analysis-duplicates-title"),
        &[
            "analysis-column-group",
            "analysis-column-idea",
            "analysis-column-votes",
        ],
    );
    for (n, group) in duplicate_groups.iter().enumerate() {
        for id in group {
            if let Some(i) = by_id.get(id) {
                duplicates.rows.push(vec![
                    (n + 1).to_string(),
                    i.title.clone(),
                    i.vote_count.to_string(),
                ]);
                duplicates.links.push(Some(idea_href(i.id, &i.slug)));
                duplicates.first_cy.push(None);
            }
        }
    }

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
        as_of: None,
        more_duplicates: None,
    }
}
