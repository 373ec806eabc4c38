//! Votes under load: many people supporting and withdrawing at once must leave every
//! idea's tally equal to its vote rows, with one vote per person per idea.

use std::collections::HashMap;

use app::server::entities::{idea, vote};
use app::server::rate_limit::{LimitedAction, Quota};
use sea_orm::EntityTrait;

use crate::on_both_databases;
use crate::support::{Backend, TestConfig, spawn_app_with};

async fn parallel_votes_and_withdrawals_keep_tallies_exact(backend: Backend) {
    let mut config = TestConfig::new(backend);
    // Thousands of votes from one test address in seconds: lift the limits for this.
    for action in [LimitedAction::SignIn, LimitedAction::Vote] {
        config.rate_limits.quotas.insert(
            action,
            Quota {
                burst: 1_000_000,
                every_ms: 1,
            },
        );
    }
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
