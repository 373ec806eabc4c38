//! Votes under load: many people supporting and withdrawing at once must leave every
//! idea's tally equal to its vote rows, with one vote per person per idea.

use std::collections::HashMap;

use app::server::entities::{idea, vote};
use app::server::rate_limit::LimitedAction;
use sea_orm::{EntityTrait, QueryFilter};

use crate::on_both_databases;
use crate::support::{Backend, TestConfig, spawn_app_with};

async fn parallel_votes_and_withdrawals_keep_tallies_exact(backend: Backend) {
    let mut config = TestConfig::new(backend);
    // Thousands of votes from one test address in seconds: lift the limits for this.
    config.lift_limits(&[LimitedAction::SignIn, LimitedAction::Vote]);
    let app = std::sync::Arc::new(spawn_app_with(config).await);
    let ideas: Vec<i64> = idea::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .take(4)
        .map(|i| i.id)
        .collect();
    // Four people, each in their own browser, each clicking fast on the same ideas:
    // support, support again (a double click), withdraw, support.
    let mut people = Vec::new();
    for role in [
        app::domain::user::Role::Public,
        app::domain::user::Role::Developer,
        app::domain::user::Role::Moderator,
        app::domain::user::Role::Admin,
    ] {
        people.push(app.signed_in_browser(role).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (p, browser) in people.iter().enumerate() {
        for round in 0..6 {
            for &idea in &ideas {
                let browser = browser.clone();
                let app = app.clone();
                tasks.spawn(async move {
                    for support in ["yes", "yes", "no", "yes"] {
                        // Some people end withdrawn, so both directions are exercised.
                        let support = if (p + round) % 3 == 0 && support == "yes" {
                            "no"
                        } else {
                            support
                        };
                        let response = browser
                            .post(format!("{}/ideas/{idea}/vote", app.address))
                            .header("origin", &app.address)
                            .form(&[("support", support), ("return_to", "/")])
                            .send()
                            .await
                            .unwrap();
                        assert_eq!(response.status(), 303);
                    }
                });
            }
        }
    }
    while let Some(result) = tasks.join_next().await {
        result.unwrap();
    }
    let votes = vote::Entity::find().all(&app.db).await.unwrap();
    let mut counted: HashMap<i64, i32> = HashMap::new();
    let mut pairs = std::collections::HashSet::new();
    for v in &votes {
        *counted.entry(v.idea_id).or_default() += 1;
        assert!(
            pairs.insert((v.user_id, v.idea_id)),
            "two votes by one person"
        );
    }
    for model in idea::Entity::find().all(&app.db).await.unwrap() {
        let rows = counted.get(&model.id).copied().unwrap_or(0);
        assert_eq!(
            model.vote_count, rows,
            "idea {}: tally and rows differ",
            model.id
        );
        let rank = app::domain::ranking::hot_rank(model.vote_count, model.created_at);
        assert!(
            (model.hot_rank - rank).abs() < 1e-9,
            "idea {}: stale trending rank",
            model.id
        );
    }
}

on_both_databases!(parallel_votes_and_withdrawals_keep_tallies_exact);

/// The server function behind the in-page button: same rules as the form.
async fn the_in_page_vote_counts_once_and_explains_refusals(backend: Backend) {
    let mut config = TestConfig::new(backend);
    config.limit(LimitedAction::Vote, 4, 600_000);
    let app = spawn_app_with(config).await;
    app.sign_in_as(app::domain::user::Role::Public).await;
    let target = idea::Entity::find().all(&app.db).await.unwrap()[0].clone();
    let call = |support: &'static str| {
        let (app, body) = (&app, format!("idea_id={}&support={support}", target.id));
        async move { app.call_server_fn("/api/ideas/vote", &body).await }
    };
    let first: serde_json::Value = call("true").await.json().await.unwrap();
    let again: serde_json::Value = call("true").await.json().await.unwrap();
    assert_eq!(first["voted"], true);
    assert_eq!(again["votes"], first["votes"], "a second click counts once");
    let withdrawn: serde_json::Value = call("false").await.json().await.unwrap();
    assert_eq!(withdrawn["voted"], false);
    assert_eq!(
        withdrawn["votes"].as_i64().unwrap(),
        first["votes"].as_i64().unwrap() - 1
    );
    // Over the limit: 429 with a message.
    call("true").await;
    let limited = call("false").await;
    assert_eq!(limited.status(), 429);
    // In words, since the page's support panel shows it as the server says it.
    assert!(
        limited
            .text()
            .await
            .unwrap()
            .contains("You have done this many times in a short while")
    );
    // Voting closed: 409 with the reason, and nothing changes.
    let other = app
        .signed_in_browser(app::domain::user::Role::Developer)
        .await;
    let campaign = app::server::entities::campaign::Entity::find_by_id(target.campaign_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut closed: app::server::entities::campaign::ActiveModel = campaign.into();
    closed.submissions_close_at = sea_orm::Set(chrono::Utc::now() - chrono::Duration::days(2));
    closed.voting_closes_at = sea_orm::Set(chrono::Utc::now() - chrono::Duration::days(1));
    sea_orm::ActiveModelTrait::update(closed, &app.db)
        .await
        .unwrap();
    let before = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .vote_count;
    let response = other
        .post(format!("{}/api/ideas/vote", app.address))
        .header("origin", &app.address)
        .header("accept", "application/json")
        .form(&[
            ("idea_id", target.id.to_string()),
            ("support", "true".to_owned()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    assert!(response.text().await.unwrap().contains("Voting has closed"));
    let after = idea::Entity::find_by_id(target.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .vote_count;
    assert_eq!(before, after);
}

on_both_databases!(the_in_page_vote_counts_once_and_explains_refusals);

/// Drifted tallies are found and repaired from the rows.
async fn reconciliation_repairs_drifted_tallies(backend: Backend) {
    let app = spawn_app_with(TestConfig::new(backend)).await;
    let ideas = idea::Entity::find().all(&app.db).await.unwrap();
    for model in ideas.iter().take(3) {
        idea::Entity::update_many()
            .col_expr(
                idea::Column::VoteCount,
                sea_orm::sea_query::Expr::value(999),
            )
            .col_expr(
                idea::Column::CommentCount,
                sea_orm::sea_query::Expr::value(-1),
            )
            .col_expr(idea::Column::HotRank, sea_orm::sea_query::Expr::value(0.0))
            .filter(<idea::Column as sea_orm::ColumnTrait>::eq(
                &idea::Column::Id,
                model.id,
            ))
            .exec(&app.db)
            .await
            .unwrap();
    }
    let mut calls = 0;
    let report = app::server::tallies::reconcile(&app.db, &app.rankings, false, |done, total| {
        calls += 1;
        assert!(done <= total);
    })
    .await
    .unwrap();
    assert!(calls >= 1, "progress is reported");
    assert_eq!(report.ideas_checked as usize, ideas.len());
    let votes = vote::Entity::find().all(&app.db).await.unwrap();
    for model in idea::Entity::find().all(&app.db).await.unwrap() {
        let rows = votes.iter().filter(|v| v.idea_id == model.id).count() as i32;
        assert_eq!(model.vote_count, rows, "idea {}", model.id);
        assert!(model.comment_count >= 0, "idea {}", model.id);
        let rank = app::domain::ranking::hot_rank(rows, model.created_at);
        assert!((model.hot_rank - rank).abs() < 1e-9);
    }
    let again = app::server::tallies::reconcile(&app.db, &app.rankings, false, |_, _| {})
        .await
        .unwrap();
    assert_eq!(again.repaired, 0, "nothing left to repair");
}

on_both_databases!(reconciliation_repairs_drifted_tallies);

/// The benchmark dataset, small: every vote points at a real account and idea, once,
/// and the tallies match.
async fn the_load_dataset_is_consistent(backend: Backend) {
    let mut config = TestConfig::new(backend);
    config.seed_demo = false;
    let app = spawn_app_with(config).await;
    let sizes = app::server::load_seed::LoadSizes {
        ideas: 300,
        votes: 5_000,
        accounts: 400,
    };
    let made = app::server::load_seed::seed_load(
        &app.db,
        &app.rankings,
        sizes,
        chrono::Utc::now(),
        |_, _, _| {},
    )
    .await
    .unwrap()
    .expect("a fresh database");
    assert_eq!(made.ideas, 300);
    assert!(made.votes > 4_000 && made.votes <= 5_000, "{}", made.votes);
    let users: std::collections::HashSet<i64> = app::server::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.id)
        .collect();
    let ideas = idea::Entity::find().all(&app.db).await.unwrap();
    let idea_ids: std::collections::HashSet<i64> = ideas.iter().map(|i| i.id).collect();
    let votes = vote::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(votes.len() as u64, made.votes);
    assert!(
        votes
            .iter()
            .all(|v| users.contains(&v.user_id) && idea_ids.contains(&v.idea_id))
    );
    let mut per_idea: HashMap<i64, i32> = HashMap::new();
    for v in &votes {
        *per_idea.entry(v.idea_id).or_default() += 1;
    }
    for model in &ideas {
        assert_eq!(
            model.vote_count,
            per_idea.get(&model.id).copied().unwrap_or(0)
        );
    }
    // Skewed like a real exercise: the top tenth of ideas hold most of the support.
    let mut counts: Vec<i32> = ideas.iter().map(|i| i.vote_count).collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let top: i32 = counts.iter().take(30).sum();
    assert!(
        top * 10 > made.votes as i32 * 3,
        "top tenth has {top} of {}",
        made.votes
    );
    // A second run changes nothing.
    let again = app::server::load_seed::seed_load(
        &app.db,
        &app.rankings,
        sizes,
        chrono::Utc::now(),
        |_, _, _| {},
    )
    .await
    .unwrap();
    assert_eq!(again, None);
}

on_both_databases!(the_load_dataset_is_consistent);
