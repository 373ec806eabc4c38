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

async fn csv(app: &TestApp, client: &reqwest::Client, table: &str) -> Vec<String> {
    let response = client
        .get(format!(
            "{}/analysis.csv?campaign=analysis-test&table={table}",
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
    let test = campaign::ActiveModel {
        slug: Set("analysis-test".into()),
        title: Set("Analysis test".into()),
        summary: Set("A campaign with known figures.".into()),
        description: Set(String::new()),
        submissions_open_at: Set(day1 - Duration::days(1)),
        submissions_close_at: Set(day2 + Duration::days(10)),
        voting_closes_at: Set(day2 + Duration::days(20)),
        moderation_mode: Set(ModerationMode::Post),
        created_at: Set(day1),
        updated_at: Set(day1),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
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
            idea::ActiveModel {
                campaign_id: Set(test.id),
                author_id: Set(public[0]),
                category_id: Set(None),
                kind: Set(IdeaKind::NewTool),
                title: Set((*title).into()),
                slug: Set(app::domain::slug::slugify(title)),
                summary: Set("For the analysis test.".into()),
                description: Set(String::new()),
                link_url: Set(None),
                status: Set(IdeaStatus::New),
                status_reason: Set(None),
                visibility: Set(Visibility::Published),
                vote_count: Set(0),
                comment_count: Set(0),
                created_at: Set(created),
                updated_at: Set(created),
                hot_rank: Set(0.0),
                ..Default::default()
            }
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
