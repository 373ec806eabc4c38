//! The figures behind the analysis page, for one campaign.
//!
//! Counts are grouped in the database where they are large (votes by idea and group);
//! days are bucketed here, in UK time, from the timestamps alone.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QuerySelect,
    RelationTrait,
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
const WITH_HELP_LABEL: &str = "Taking part with help";

fn uk_day(at: DateTime<Utc>) -> String {
    at.with_timezone(&London).format("%Y-%m-%d").to_string()
}

fn table(key: &str, title: &str, columns: &[&str]) -> Table {
    Table {
        key: key.to_owned(),
        title: title.to_owned(),
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows: Vec::new(),
        links: Vec::new(),
    }
}

/// The analysis of campaign `slug` (the newest campaign when `None`); `None` when there
/// is no such campaign.
pub async fn analysis(
    db: &DatabaseConnection,
    slug: Option<&str>,
) -> Result<Option<Analysis>, DbErr> {
    let (campaigns, chosen) = crate::server::queries::campaigns::chosen(db, slug).await?;
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    // A merged duplicate is the same idea as its original, which holds its supporters:
    // it counts as an idea put forward that day, and nowhere else.
    let (merged, ideas): (Vec<idea::Model>, Vec<idea::Model>) = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(chosen.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .all(db)
        .await?
        .into_iter()
        .partition(|i| i.duplicate_of_id.is_some());
    let by_id: HashMap<i64, &idea::Model> = ideas.iter().map(|i| (i.id, i)).collect();
    let ids: Vec<i64> = ideas.iter().map(|i| i.id).collect();

    // Votes: (idea, voter's group, when, who, given with help), read as bare columns.
    let votes: Vec<(i64, Segment, DateTime<Utc>, i64, bool)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::IdeaId)
        .column(user::Column::Segment)
        .column(vote::Column::CreatedAt)
        .column(vote::Column::UserId)
        .column(user::Column::Assisted)
        .join(JoinType::InnerJoin, vote::Relation::User.def())
        .filter(vote::Column::IdeaId.is_in(ids.clone()))
        // Support a moderator set aside counts in no figure.
        .filter(vote::Column::SetAsideBy.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let set_aside = crate::server::integrity::set_aside_note(db, chosen.id).await?;
    let comments: Vec<(DateTime<Utc>, i64)> = comment::Entity::find()
        .select_only()
        .column(comment::Column::CreatedAt)
        .column(comment::Column::AuthorId)
        .filter(comment::Column::IdeaId.is_in(ids.clone()))
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .into_tuple()
        .all(db)
        .await?;

    // Per day.
    #[derive(Default)]
    struct Day {
        ideas: u64,
        votes: u64,
        comments: u64,
        people: BTreeSet<i64>,
    }
    let mut days: BTreeMap<String, Day> = BTreeMap::new();
    for i in ideas.iter().chain(&merged) {
        let day = days.entry(uk_day(i.created_at)).or_default();
        day.ideas += 1;
        day.people.insert(i.author_id);
    }
    for (_, _, at, who, _) in &votes {
        let day = days.entry(uk_day(*at)).or_default();
        day.votes += 1;
        day.people.insert(*who);
    }
    for (at, who) in &comments {
        let day = days.entry(uk_day(*at)).or_default();
        day.comments += 1;
        day.people.insert(*who);
    }
    let mut daily = table(
        "daily",
        "Activity per day",
        &["Day", "Ideas", "Votes", "Comments", "Active people"],
    );
    for (day, d) in days {
        daily.rows.push(vec![
            day,
            d.ideas.to_string(),
            d.votes.to_string(),
            d.comments.to_string(),
            d.people.len().to_string(),
        ]);
        daily.links.push(None);
    }

    // Votes per idea per group.
    let mut per_group: HashMap<(i64, &'static str), u64> = HashMap::new();
    for (idea_id, segment, _, _, with_help) in &votes {
        *per_group.entry((*idea_id, segment.key())).or_default() += 1;
        if *with_help {
            *per_group.entry((*idea_id, WITH_HELP_KEY)).or_default() += 1;
        }
    }
    let group_votes =
        |idea_id: i64, group: &str| per_group.get(&(idea_id, group)).copied().unwrap_or(0);
    // The groups each idea's votes are counted by: "I am a…", then people taking part
    // with help (who are in one of those too).
    let groups: Vec<(&str, String)> = Segment::ALL
        .iter()
        .map(|s| (s.key(), s.label().to_owned()))
        .chain([(WITH_HELP_KEY, WITH_HELP_LABEL.to_owned())])
        .collect();
    let mut ranked: Vec<&idea::Model> = ideas.iter().collect();
    ranked.sort_by(|a, b| b.vote_count.cmp(&a.vote_count).then(a.id.cmp(&b.id)));
    let mut columns = vec!["Idea".to_owned(), "All votes".to_owned()];
    columns.extend(groups.iter().map(|(_, label)| label.clone()));
    let mut top = table("top", "Most supported ideas, with each group's votes", &[]);
    top.columns = columns;
    for i in ranked.iter().take(TOP) {
        let mut row = vec![i.title.clone(), i.vote_count.to_string()];
        row.extend(
            groups
                .iter()
                .map(|(key, _)| group_votes(i.id, key).to_string()),
        );
        top.rows.push(row);
        top.links.push(Some(idea_href(i.id, &i.slug)));
    }
    let mut segments = Vec::new();
    for (key, label) in &groups {
        let mut t = table(
            &format!("segment-{key}"),
            &format!("Most supported by: {label}"),
            &[
                "Idea",
                "Votes from this group",
                "Share of the idea's votes (%)",
            ],
        );
        let mut theirs: Vec<(&idea::Model, u64)> = ideas
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
        }
        segments.push(t);
    }

    // Taking part with help: its own group, counted apart from everyone else.
    let helped_authors: Vec<i64> = idea::Entity::find()
        .select_only()
        .column(idea::Column::AuthorId)
        .join(JoinType::InnerJoin, idea::Relation::Author.def())
        .filter(idea::Column::CampaignId.eq(chosen.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(user::Column::Assisted.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    let helped_ideas = helped_authors.len();
    let helped_votes: Vec<i64> = votes
        .iter()
        .filter(|(.., with_help)| *with_help)
        .map(|(_, _, _, who, _)| *who)
        .collect();
    let helped_people: BTreeSet<i64> = helped_votes
        .iter()
        .copied()
        .chain(helped_authors.iter().copied())
        .collect();
    let mut with_help = table(
        WITH_HELP_KEY,
        "Taking part with help (in person, by phone or on paper)",
        &["Measure", "Number"],
    );
    for (measure, n) in [
        ("People", helped_people.len()),
        ("Ideas put forward", helped_ideas),
        ("Supports given", helped_votes.len()),
    ] {
        with_help.rows.push(vec![measure.to_owned(), n.to_string()]);
        with_help.links.push(None);
    }

    // Categories.
    let names: HashMap<i64, String> = category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut per_category: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for i in &ideas {
        let name = i
            .category_id
            .and_then(|c| names.get(&c).cloned())
            .unwrap_or_else(|| "No category".to_owned());
        let entry = per_category.entry(name).or_default();
        entry.0 += 1;
        entry.1 += i.vote_count.max(0) as u64;
        entry.2 += i.comment_count.max(0) as u64;
    }
    let mut categories = table(
        "categories",
        "Ideas by category",
        &["Category", "Ideas", "Votes", "Comments"],
    );
    let mut sorted: Vec<_> = per_category.into_iter().collect();
    sorted.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    for (name, (n, v, c)) in sorted {
        categories
            .rows
            .push(vec![name, n.to_string(), v.to_string(), c.to_string()]);
        categories.links.push(None);
    }

    // Most discussed.
    let mut discussed = table(
        "discussed",
        "Most discussed ideas",
        &["Idea", "Comments", "Votes"],
    );
    let mut by_comments: Vec<&idea::Model> = ideas.iter().filter(|i| i.comment_count > 0).collect();
    by_comments.sort_by(|a, b| b.comment_count.cmp(&a.comment_count).then(a.id.cmp(&b.id)));
    for i in by_comments.into_iter().take(TOP) {
        discussed.rows.push(vec![
            i.title.clone(),
            i.comment_count.to_string(),
            i.vote_count.to_string(),
        ]);
        discussed.links.push(Some(idea_href(i.id, &i.slug)));
    }

    // Possible duplicates.
    let texts: Vec<(i64, String)> = ideas
        .iter()
        .map(|i| (i.id, format!("{} {}", i.title, i.summary)))
        .collect();
    let mut duplicates = table(
        "duplicates",
        "Groups of ideas that may say the same thing",
        &["Group", "Idea", "Votes"],
    );
    for (n, group) in similar_groups(&texts, DUPLICATE_LIKENESS)
        .into_iter()
        .enumerate()
    {
        for id in group {
            if let Some(i) = by_id.get(&id) {
                duplicates.rows.push(vec![
                    (n + 1).to_string(),
                    i.title.clone(),
                    i.vote_count.to_string(),
                ]);
                duplicates.links.push(Some(idea_href(i.id, &i.slug)));
            }
        }
    }

    Ok(Some(Analysis {
        campaigns,
        campaign: CampaignChoice {
            slug: chosen.slug,
            title: chosen.title,
        },
        daily,
        top,
        segments,
        set_aside,
        with_help,
        categories,
        discussed,
        duplicates,
    }))
}
