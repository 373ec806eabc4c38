//! The analysis page's figures, checked against a small dataset built for the test:
//! who supported what, per group and per day, and which ideas look alike.

use app::domain::campaign::ModerationMode;
use app::domain::idea::{IdeaKind, IdeaStatus, Visibility};
use app::domain::user::{Role, Segment};
use app::server::entities::{campaign, idea, user, vote};
use chrono::{Duration, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use app::server::rate_limit::LimitedAction;

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, spawn_app, spawn_app_with};

async fn person(app: &TestApp, name: &str, segment: Segment) -> i64 {
    let now = Utc::now();
    user::ActiveModel {
        display_name: Set(name.into()),
        segment: Set(segment),
        role: Set(Role::Public),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

/// A campaign `slug` taking ideas from the day before `start` for a month, and support
/// for ten days more.
async fn campaign_from(app: &TestApp, slug: &str, start: chrono::DateTime<Utc>) -> campaign::Model {
    campaign::ActiveModel {
        slug: Set(slug.into()),
        title: Set(format!("Campaign {slug}")),
        summary: Set("A campaign with known figures.".into()),
        description: Set(String::new()),
        submissions_open_at: Set(start - Duration::days(1)),
        submissions_close_at: Set(start + Duration::days(30)),
        voting_closes_at: Set(start + Duration::days(40)),
        moderation_mode: Set(ModerationMode::Post),
        created_at: Set(start),
        updated_at: Set(start),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
}

/// A published idea `title` in `campaign` by `author`, put forward `at`, for the caller
/// to change before inserting it.
fn idea_by(
    campaign: &campaign::Model,
    author: i64,
    title: &str,
    at: chrono::DateTime<Utc>,
) -> idea::ActiveModel {
    idea::ActiveModel {
        campaign_id: Set(campaign.id),
        author_id: Set(author),
        category_id: Set(None),
        kind: Set(IdeaKind::NewTool),
        title: Set(title.into()),
        slug: Set(app::domain::slug::slugify(title)),
        summary: Set("For the analysis test.".into()),
        description: Set(String::new()),
        link_url: Set(None),
        status: Set(IdeaStatus::New),
        status_reason: Set(None),
        visibility: Set(Visibility::Published),
        vote_count: Set(0),
        comment_count: Set(0),
        created_at: Set(at),
        updated_at: Set(at),
        hot_rank: Set(0.0),
        ..Default::default()
    }
}

async fn csv(app: &TestApp, client: &reqwest::Client, table: &str) -> Vec<String> {
    csv_of(app, client, "analysis-test", table).await
}

async fn csv_of(app: &TestApp, client: &reqwest::Client, slug: &str, table: &str) -> Vec<String> {
    let response = client
        .get(format!(
            "{}/analysis.csv?campaign={slug}&table={table}",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{table}");
    response
        .text()
        .await
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

async fn the_figures_match_a_known_dataset(backend: Backend) {
    let app = spawn_app(backend).await;
    // 10:00 UTC on two days in winter (UK time is UTC then).
    let day1 = Utc.with_ymd_and_hms(2026, 1, 10, 10, 0, 0).unwrap();
    let day2 = day1 + Duration::days(1);
    let test = campaign_from(&app, "analysis-test", day1).await;
    let public = [
        person(&app, "P1", Segment::Public).await,
        person(&app, "P2", Segment::Public).await,
        person(&app, "P3", Segment::Public).await,
    ];
    let pros = [
        person(&app, "D1", Segment::Professional).await,
        person(&app, "D2", Segment::Professional).await,
    ];
    let titles = [
        "Sleep diary for teenagers",
        "Teenagers sleep diary",
        "Clinic waiting times map",
    ];
    let mut ids = Vec::new();
    for (n, title) in titles.iter().enumerate() {
        let created = if n == 2 { day2 } else { day1 };
        ids.push(
            idea_by(&test, public[0], title, created)
                .insert(&app.db)
                .await
                .unwrap()
                .id,
        );
    }
    // The public back the sleep diary (3 votes); professionals back the map (2) and one
    // of them the sleep diary too.
    let votes = [
        (public[0], ids[0], day1),
        (public[1], ids[0], day1),
        (public[2], ids[0], day2),
        (pros[0], ids[2], day2),
        (pros[1], ids[2], day2),
        (pros[1], ids[0], day2),
    ];
    for (who, what, when) in votes {
        vote::ActiveModel {
            user_id: Set(who),
            idea_id: Set(what),
            created_at: Set(when),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    app::server::tallies::recount(&app.db, &ids).await.unwrap();

    let moderator = app.signed_in_browser(Role::Moderator).await;
    assert_eq!(
        csv(&app, &moderator, "segment-professional").await,
        [
            "Idea,Votes from this group,Share of the idea's votes (%)",
            "Clinic waiting times map,2,100",
            "Sleep diary for teenagers,1,25",
        ]
    );
    assert_eq!(
        csv(&app, &moderator, "segment-public").await,
        [
            "Idea,Votes from this group,Share of the idea's votes (%)",
            "Sleep diary for teenagers,3,75",
        ]
    );
    // Day 1: two ideas, two votes, by one author and two voters (P1 both).
    assert_eq!(
        csv(&app, &moderator, "daily").await,
        [
            "Day,Ideas,Votes,Comments,Active people",
            "2026-01-10,2,2,0,2",
            "2026-01-11,1,4,0,4",
        ]
    );
    let duplicates = csv(&app, &moderator, "duplicates").await;
    assert_eq!(
        duplicates[1..],
        ["1,Sleep diary for teenagers,4", "1,Teenagers sleep diary,0"]
    );
    // The page itself draws the charts and says which group backed what.
    let page = moderator
        .get(format!("{}/analysis?campaign=analysis-test", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<svg"));
    assert!(page.contains("Most supported by: "));
    // The duplicates, kept as figures, are drawn as the table's rows with their links.
    let (_, duplicates) = page.split_once("Possible duplicates").unwrap();
    for (id, title) in [
        (ids[0], "Sleep diary for teenagers"),
        (ids[1], "Teenagers sleep diary"),
    ] {
        let link = format!("href=\"/ideas/{id}-");
        assert!(duplicates.contains(&link), "{link}");
        assert!(duplicates.contains(title), "{title}");
    }
    // Nobody else sees the figures.
    let public_browser = app.signed_in_browser(Role::Public).await;
    let refused = public_browser
        .get(format!(
            "{}/analysis.csv?campaign=analysis-test&table=daily",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    // The near-duplicate gets supporters of its own (P1, who backs the original too, and
    // D1), then a moderator merges it: each person's support counts once, on the day
    // they gave it, and the duplicate is not an idea of its own in the totals.
    for (who, when) in [(public[0], day1), (pros[0], day2)] {
        vote::ActiveModel {
            user_id: Set(who),
            idea_id: Set(ids[1]),
            created_at: Set(when),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    app::server::tallies::recount(&app.db, &ids).await.unwrap();
    let merged = app
        .post_from(
            &moderator,
            &format!("/ideas/{}/status", ids[1]),
            &[
                ("status", "duplicate"),
                ("reason", ""),
                ("duplicate_of", &ids[0].to_string()),
            ],
        )
        .await;
    assert_eq!(merged.status(), 303);
    let top = csv(&app, &moderator, "top").await;
    assert!(top[0].ends_with(",Taking part with help"), "{}", top[0]);
    assert_eq!(
        top[1..3],
        [
            "Sleep diary for teenagers,5,3,2,0,0,0",
            "Clinic waiting times map,2,0,2,0,0,0"
        ]
    );
    assert_eq!(
        csv(&app, &moderator, "daily").await,
        [
            "Day,Ideas,Votes,Comments,Active people",
            "2026-01-10,2,2,0,2",
            "2026-01-11,1,5,0,4",
        ]
    );
    assert_eq!(
        csv(&app, &moderator, "categories").await,
        ["Category,Ideas,Votes,Comments", "No category,2,7,0"]
    );
    assert_eq!(
        csv(&app, &moderator, "segment-professional").await[1..],
        [
            "Sleep diary for teenagers,2,40",
            "Clinic waiting times map,2,100"
        ]
    );
}

on_both_databases!(the_figures_match_a_known_dataset);

/// A campaign whose figures take long to work out: the first look says they are being
/// worked out (and the CSV asks to be tried again), the figures come from the background
/// and say when they were worked out, and a vote shows in them without anyone asking.
/// Every computation counts as long here (`inline_below_ms = 0`).
async fn large_campaigns_are_worked_out_in_the_background(backend: Backend) {
    let mut config = TestConfig::new(backend).with(|s| {
        s.analysis = server::config::AnalysisSettings {
            inline_below_ms: 0,
            check_every_secs: 1,
            first_wait_secs: 0,
        };
    });
    config.seed_demo = false;
    config.lift_limits(&[LimitedAction::HeavyRead]);
    let app = spawn_app_with(config).await;
    let slug = app.seed_load(300, 2_000, 200).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let page = |client: &reqwest::Client| {
        let url = format!("{}/analysis?campaign={slug}", app.address);
        let client = client.clone();
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let daily_csv = |client: &reqwest::Client| {
        let url = format!("{}/analysis.csv?campaign={slug}&table=daily", app.address);
        let client = client.clone();
        async move { client.get(url).send().await.unwrap() }
    };
    // The "Votes" column of the daily table, added up.
    let votes_in = |daily: &str| -> u64 {
        daily
            .lines()
            .skip(1)
            .map(|row| row.split(',').nth(2).unwrap().parse::<u64>().unwrap())
            .sum()
    };

    // The first request, whatever it is, finds nothing worked out yet (and starts the
    // work); the next may already find the figures, so only the first is certain. The
    // page's first answer, from figures of their own against the same database:
    let own = app::server::analyses::Analyses::new(
        app.db.clone(),
        app::server::analyses::Timing {
            inline_below: std::time::Duration::ZERO,
            check_every: std::time::Duration::from_secs(1),
            first_wait: std::time::Duration::ZERO,
        },
    );
    assert!(matches!(
        own.answer(Some(slug)).await.unwrap(),
        Some(app::features::analysis::Answer::Working { .. })
    ));
    let not_yet = daily_csv(&moderator).await;
    assert_eq!(not_yet.status(), 503);
    assert_eq!(not_yet.headers()["retry-after"], "30");
    let first = page(&moderator).await;
    assert!(
        first.contains("figures are being worked out") || first.contains("Figures as at"),
        "{first}"
    );

    // The work goes on without the page: the figures arrive.
    let mut daily = String::new();
    for _ in 0..200 {
        let response = daily_csv(&moderator).await;
        if response.status() == 200 {
            daily = response.text().await.unwrap();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let before = votes_in(&daily);
    assert!(before > 1_000, "{daily}");
    let page_now = page(&moderator).await;
    assert!(page_now.contains("Figures as at "), "{page_now}");
    assert!(!page_now.contains("being worked out"));

    // Twenty new supporters for one idea: the kept figures catch up by themselves.
    let least = idea::Entity::find()
        .filter(idea::Column::CampaignId.is_not_null())
        .order_by_asc(idea::Column::VoteCount)
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for n in 0..20 {
        let voter = person(&app, &format!("Late supporter {n}"), Segment::Public).await;
        vote::ActiveModel {
            user_id: Set(voter),
            idea_id: Set(least.id),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    app::server::tallies::recount(&app.db, &[least.id])
        .await
        .unwrap();
    let mut now = before;
    for _ in 0..300 {
        now = votes_in(&daily_csv(&moderator).await.text().await.unwrap());
        if now != before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        now,
        before + 20,
        "the figures never showed the new supporters"
    );
}

on_both_databases!(large_campaigns_are_worked_out_in_the_background);

/// The database's UK day of an instant is `chrono_tz`'s, every quarter of an hour
/// through the days the clocks change, around midnight in summer and winter, and a
/// second either side of each change.
async fn days_are_uk_days_through_the_clock_changes(backend: Backend) {
    use app::server::queries::analysis::uk_day;
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Expr, Query};

    let app = spawn_app(backend).await;
    let db_backend = app.db.get_database_backend();
    let mut instants = Vec::new();
    for (y, m, d) in [
        (2025, 3, 29),
        (2025, 3, 30),
        (2025, 10, 26),
        (2026, 3, 29),
        (2026, 7, 1),
        (2026, 10, 24),
        (2026, 10, 25),
        (2026, 12, 31),
        (2027, 3, 28),
        (2027, 10, 31),
    ] {
        let midnight = Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap();
        instants.extend((0..96).map(|q| midnight + Duration::minutes(15 * q)));
    }
    for change in [
        Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 10, 25, 1, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 6, 30, 23, 0, 0).unwrap(),
    ] {
        instants.extend([
            change - Duration::seconds(1),
            change,
            change + Duration::milliseconds(1500),
        ]);
    }
    for at in instants {
        let query = Query::select()
            .expr(uk_day(db_backend, Expr::val(at)))
            .to_owned();
        let row = app.db.query_one(&query).await.unwrap().unwrap();
        let day: String = row.try_get_by_index(0).unwrap();
        let uk = at.with_timezone(&chrono_tz::Europe::London).date_naive();
        assert_eq!(day, uk.format("%Y-%m-%d").to_string(), "{at}");
    }
}

on_both_databases!(days_are_uk_days_through_the_clock_changes);

/// Every table the database counts is what counting the rows one by one gives, on a
/// campaign with something of everything: people in every group, some taking part with
/// help; ideas with and without categories, one merged, one hidden; supports across the
/// spring clock change and around midnight, some set aside; comments, some hidden; and
/// ties in every ranking.
async fn the_counted_tables_are_the_rows_counted_one_by_one(backend: Backend) {
    use app::server::entities::{category, comment};
    use std::collections::{BTreeMap, BTreeSet, HashMap};

    let app = spawn_app(backend).await;
    let start = Utc.with_ymd_and_hms(2026, 3, 26, 21, 30, 0).unwrap();
    let test = campaign_from(&app, "counted-test", start).await;
    let mut categories = Vec::new();
    for (slug, name, name_cy) in [
        ("oracle-a", "Oracle A", "Oracl A"),
        ("oracle-b", "Oracle B", ""),
    ] {
        categories.push(
            category::ActiveModel {
                slug: Set(slug.into()),
                name: Set(name.into()),
                name_cy: Set(name_cy.into()),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap()
            .id,
        );
    }
    let mut people = Vec::new();
    for n in 0..24usize {
        let id = person(&app, &format!("Counted {n}"), Segment::ALL[n % 4]).await;
        if n % 5 == 0 {
            let mut helped: user::ActiveModel = user::Entity::find_by_id(id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
            helped.assisted = Set(true);
            helped.update(&app.db).await.unwrap();
        }
        people.push(id);
    }
    // A small generator, so the data is the same every run.
    let mut seed = 0x2545_f491_u64;
    let mut draw = move |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below
    };
    let mut ids = Vec::new();
    for n in 0..30usize {
        let title = format!("Counted idea {n}");
        let created = start + Duration::minutes(7 * 60 * n as i64 + 13);
        ids.push(
            idea::ActiveModel {
                category_id: Set([None, Some(categories[0]), Some(categories[1])][n % 3]),
                visibility: Set(if n == 29 {
                    Visibility::Hidden
                } else {
                    Visibility::Published
                }),
                ..idea_by(&test, people[n % 24], &title, created)
            }
            .insert(&app.db)
            .await
            .unwrap()
            .id,
        );
    }
    for (n, &who) in people.iter().enumerate() {
        for (i, &what) in ids.iter().enumerate() {
            // Ideas 0-2 all alike, so the rankings tie.
            if i > 2 && draw(3) != 0 {
                continue;
            }
            vote::ActiveModel {
                user_id: Set(who),
                idea_id: Set(what),
                created_at: Set(start + Duration::minutes(draw(9 * 24 * 60) as i64)),
                set_aside_by: Set((n % 11 == 3 && i % 2 == 0).then_some(people[1])),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap();
            if draw(4) == 0 {
                comment::ActiveModel {
                    idea_id: Set(what),
                    author_id: Set(who),
                    parent_id: Set(None),
                    body: Set("A comment.".into()),
                    visibility: Set(if draw(3) == 0 {
                        Visibility::Hidden
                    } else {
                        Visibility::Published
                    }),
                    created_at: Set(start + Duration::minutes(draw(9 * 24 * 60) as i64)),
                    language: Set(app::i18n::Lang::En),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
            }
        }
    }
    app::server::tallies::recount(&app.db, &ids).await.unwrap();
    // Idea 28 merged into idea 0 (its supports stay where they are: counted nowhere).
    let mut merged: idea::ActiveModel = idea::Entity::find_by_id(ids[28])
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    merged.duplicate_of_id = Set(Some(ids[0]));
    merged.update(&app.db).await.unwrap();

    // Counted one by one, as the figures were before the database counted them.
    let all_ideas = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(test.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let counted: Vec<&idea::Model> = all_ideas
        .iter()
        .filter(|i| i.duplicate_of_id.is_none())
        .collect();
    let counted_ids: BTreeSet<i64> = counted.iter().map(|i| i.id).collect();
    let users: HashMap<i64, user::Model> = user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let votes: Vec<vote::Model> = vote::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|v| counted_ids.contains(&v.idea_id) && v.set_aside_by.is_none())
        .collect();
    let comments: Vec<comment::Model> = comment::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| counted_ids.contains(&c.idea_id) && c.visibility == Visibility::Published)
        .collect();
    let uk = |at: chrono::DateTime<Utc>| {
        at.with_timezone(&chrono_tz::Europe::London)
            .format("%Y-%m-%d")
            .to_string()
    };
    let mut days: BTreeMap<String, (u64, u64, u64, BTreeSet<i64>)> = BTreeMap::new();
    for i in &all_ideas {
        let day = days.entry(uk(i.created_at)).or_default();
        day.0 += 1;
        day.3.insert(i.author_id);
    }
    for v in &votes {
        let day = days.entry(uk(v.created_at)).or_default();
        day.1 += 1;
        day.3.insert(v.user_id);
    }
    for c in &comments {
        let day = days.entry(uk(c.created_at)).or_default();
        day.2 += 1;
        day.3.insert(c.author_id);
    }
    let daily: Vec<String> = days
        .iter()
        .map(|(day, (i, v, c, p))| format!("{day},{i},{v},{c},{}", p.len()))
        .collect();
    assert!(daily.len() >= 9, "{daily:?}");
    let groups = [
        "public",
        "professional",
        "developer",
        "organisation",
        "with-help",
    ];
    let mut per_group: HashMap<(i64, &str), u64> = HashMap::new();
    for v in &votes {
        let u = &users[&v.user_id];
        *per_group.entry((v.idea_id, u.segment.key())).or_default() += 1;
        if u.assisted {
            *per_group.entry((v.idea_id, "with-help")).or_default() += 1;
        }
    }
    let of = |id: i64, group: &str| per_group.get(&(id, group)).copied().unwrap_or(0);
    let mut ranked = counted.clone();
    ranked.sort_by(|a, b| b.vote_count.cmp(&a.vote_count).then(a.id.cmp(&b.id)));
    let top: Vec<String> = ranked
        .iter()
        .take(10)
        .map(|i| {
            let mut row = vec![i.title.clone(), i.vote_count.to_string()];
            row.extend(groups.iter().map(|g| of(i.id, g).to_string()));
            row.join(",")
        })
        .collect();
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let table = |name: &'static str| {
        let (app, moderator) = (&app, &moderator);
        async move { csv_of(app, moderator, "counted-test", name).await[1..].to_vec() }
    };
    assert_eq!(table("daily").await, daily);
    assert_eq!(table("top").await, top);
    for group in groups {
        let mut theirs: Vec<(&&idea::Model, u64)> = counted
            .iter()
            .map(|i| (i, of(i.id, group)))
            .filter(|(_, n)| *n > 0)
            .collect();
        theirs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        let expected: Vec<String> = theirs
            .iter()
            .take(10)
            .map(|(i, n)| format!("{},{n},{}", i.title, n * 100 / i.vote_count as u64))
            .collect();
        assert!(!expected.is_empty(), "{group}");
        let name: &'static str = format!("segment-{group}").leak();
        assert_eq!(table(name).await, expected, "{group}");
    }
    let helped_people: BTreeSet<i64> = votes
        .iter()
        .map(|v| v.user_id)
        .chain(all_ideas.iter().map(|i| i.author_id))
        .filter(|who| users[who].assisted)
        .collect();
    let helped_ideas = all_ideas
        .iter()
        .filter(|i| users[&i.author_id].assisted)
        .count();
    let helped_supports = votes.iter().filter(|v| users[&v.user_id].assisted).count();
    assert_eq!(
        table("with-help").await,
        [
            format!("People,{}", helped_people.len()),
            format!("Ideas put forward,{helped_ideas}"),
            format!("Supports given,{helped_supports}"),
        ]
    );
    let mut per_category: BTreeMap<&str, (u64, u64, u64)> = BTreeMap::new();
    for i in &counted {
        let name = match i.category_id {
            Some(c) if c == categories[0] => "Oracle A",
            Some(_) => "Oracle B",
            None => "No category",
        };
        let entry = per_category.entry(name).or_default();
        entry.0 += 1;
        entry.1 += i.vote_count as u64;
        entry.2 += i.comment_count as u64;
    }
    let mut by_ideas: Vec<_> = per_category.into_iter().collect();
    by_ideas.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    let expected: Vec<String> = by_ideas
        .iter()
        .map(|(name, (n, v, c))| format!("{name},{n},{v},{c}"))
        .collect();
    assert_eq!(table("categories").await, expected);
    let mut discussed: Vec<&&idea::Model> =
        counted.iter().filter(|i| i.comment_count > 0).collect();
    discussed.sort_by(|a, b| b.comment_count.cmp(&a.comment_count).then(a.id.cmp(&b.id)));
    let expected: Vec<String> = discussed
        .iter()
        .take(10)
        .map(|i| format!("{},{},{}", i.title, i.comment_count, i.vote_count))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(table("discussed").await, expected);
}

on_both_databases!(the_counted_tables_are_the_rows_counted_one_by_one);
