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

/// A vote on an idea the server has voted on before reads nothing before its
/// transaction (the idea's campaign is known), and its statements still check what may
/// have changed since: the idea hidden or merged, the campaign closed or given a budget.
async fn a_vote_on_a_known_idea_reads_nothing_first_and_still_checks(backend: Backend) {
    use app::domain::idea::{IdeaStatus, StatusDecision, Visibility};
    use app::server::entities::{campaign, user};
    use app::server::ideas::{VoteOutcome, set_status, vote};
    use sea_orm::{ActiveModelTrait, ColumnTrait, Set};

    let app = spawn_app_with(TestConfig::new(backend)).await;
    let (db, said) = app.recording_connection().await;
    let heard = || said.take();
    let read_first = |statements: &[String]| {
        statements
            .iter()
            .any(|s| s.trim_start().to_uppercase().starts_with("SELECT"))
    };
    let (facts, rankings) = (
        app::server::vote_facts::VoteFacts::default(),
        app::server::rankings::Rankings::in_process(),
    );
    let people: Vec<i64> = user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|u| u.id)
        .collect();
    let ideas: Vec<idea::Model> = idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .all(&app.db)
        .await
        .unwrap();
    let campaign_id = ideas[0].campaign_id;
    let ideas: Vec<idea::Model> = ideas
        .into_iter()
        .filter(|i| i.campaign_id == campaign_id && i.duplicate_of_id.is_none())
        .take(5)
        .collect();
    assert_eq!(ideas.len(), 5, "the demo campaign has ideas to vote on");
    let tally = |id: i64| app.vote_count(id);
    let from = Some("192.0.2.9".parse().unwrap());
    let now = chrono::Utc::now;
    let person = people[0];
    let cast = |idea_id: i64, support: bool| {
        let (db, facts, rankings) = (&db, &facts, &rankings);
        async move {
            vote(db, rankings, facts, person, idea_id, support, from, now())
                .await
                .unwrap()
        }
    };

    // The first vote on each idea reads it; after that, none does.
    for idea in &ideas {
        cast(idea.id, false).await;
        let before = tally(idea.id).await;
        assert_eq!(
            cast(idea.id, true).await,
            VoteOutcome::Counted {
                votes: before + 1,
                voted: true
            }
        );
        assert_eq!(tally(idea.id).await, before + 1);
    }
    heard();
    let before = tally(ideas[0].id).await;
    assert_eq!(
        cast(ideas[0].id, false).await,
        VoteOutcome::Counted {
            votes: before - 1,
            voted: false
        }
    );
    assert_eq!(
        cast(ideas[0].id, true).await,
        VoteOutcome::Counted {
            votes: before,
            voted: true
        }
    );
    let statements = heard();
    assert!(
        !read_first(&statements),
        "a withdrawal and a support on a known idea read nothing first: {statements:#?}"
    );
    assert_eq!(tally(ideas[0].id).await, before);
    // An instance that has just started learns the current campaigns' ideas at once.
    let started = app::server::vote_facts::VoteFacts::default();
    let learnt = started.warm(&app.db, now()).await.unwrap();
    assert!(learnt >= ideas.len() as u64, "learnt {learnt}");
    heard();
    for support in [false, true] {
        vote(
            &db,
            &rankings,
            &started,
            person,
            ideas[0].id,
            support,
            from,
            now(),
        )
        .await
        .unwrap();
    }
    let statements = heard();
    assert!(
        !read_first(&statements),
        "a vote straight after a start reads nothing first: {statements:#?}"
    );
    // Supporting again is still one support, and says so.
    assert_eq!(
        cast(ideas[0].id, true).await,
        VoteOutcome::Counted {
            votes: before,
            voted: true
        }
    );
    assert_eq!(tally(ideas[0].id).await, before);

    // Hidden behind this server's back: not found, and nothing counted.
    let hidden = ideas[1].id;
    cast(hidden, false).await;
    let count = tally(hidden).await;
    let mut change: idea::ActiveModel = idea::Entity::find_by_id(hidden)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    change.visibility = Set(Visibility::Hidden);
    change.update(&app.db).await.unwrap();
    assert_eq!(cast(hidden, true).await, VoteOutcome::NotFound);
    assert_eq!(tally(hidden).await, count);
    assert!(
        vote::Entity::find_by_id((person, hidden))
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );

    // Merged into another: the support goes to the original.
    let (merged, original) = (ideas[2].id, ideas[0].id);
    cast(merged, false).await;
    cast(original, false).await;
    let moderator = people[1];
    let decision = StatusDecision {
        status: IdeaStatus::Duplicate,
        reason: None,
        duplicate_of: Some(original),
    };
    set_status(&app.db, &app.rankings, moderator, merged, decision, now())
        .await
        .unwrap();
    let at_original = tally(original).await;
    assert_eq!(
        cast(merged, true).await,
        VoteOutcome::Counted {
            votes: at_original + 1,
            voted: true
        }
    );
    assert!(
        vote::Entity::find_by_id((person, original))
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );

    // A budget set since: the support within it counted, the one past it refused,
    // though both ideas are known.
    let visible = ideas[0].id;
    let (within, past) = (ideas[3].id, ideas[4].id);
    let other = people[2];
    for idea in [within, past] {
        vote(&db, &rankings, &facts, other, idea, false, from, now())
            .await
            .unwrap();
    }
    let used = app::server::ideas::used_supports(&app.db, other, campaign_id, None)
        .await
        .unwrap() as i32;
    let campaign = campaign::Entity::find_by_id(campaign_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut budget: campaign::ActiveModel = campaign.clone().into();
    budget.support_budget = Set(Some(used + 1));
    budget.update(&app.db).await.unwrap();
    let within_before = tally(within).await;
    assert_eq!(
        vote(&db, &rankings, &facts, other, within, true, from, now())
            .await
            .unwrap(),
        VoteOutcome::Counted {
            votes: within_before + 1,
            voted: true
        }
    );
    let past_before = tally(past).await;
    assert_eq!(
        vote(&db, &rankings, &facts, other, past, true, from, now())
            .await
            .unwrap(),
        VoteOutcome::BudgetSpent { budget: used + 1 }
    );
    assert_eq!(tally(past).await, past_before);

    // Voting closed since: refused, and nothing counted.
    let mut closed: campaign::ActiveModel = campaign.into();
    closed.support_budget = Set(None);
    closed.submissions_close_at = Set(now() - chrono::Duration::days(2));
    closed.voting_closes_at = Set(now() - chrono::Duration::days(1));
    closed.update(&app.db).await.unwrap();
    let count = tally(visible).await;
    assert_eq!(cast(visible, false).await, VoteOutcome::VotingClosed);
    assert_eq!(tally(visible).await, count);
}

on_both_databases!(a_vote_on_a_known_idea_reads_nothing_first_and_still_checks);

/// Writers waiting for SQLite's one write lock wait for their turn in the process, not
/// in the database holding a pooled connection each (`server::locking::Writing`): with
/// a pool of two, one writer writing and three waiting, a reader still gets the other
/// connection at once, and every writer then writes in turn.
#[tokio::test]
async fn sqlite_writers_wait_their_turn_without_holding_connections() {
    use app::server::entities::user;
    use app::server::locking::BeginWrite;
    use sea_orm::{ConnectOptions, ConnectionTrait, Database, PaginatorTrait};
    use std::time::Duration;

    let app = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let mut options = ConnectOptions::new(app.database_url.clone());
    options
        .max_connections(2)
        .acquire_timeout(Duration::from_secs(3));
    let db = Database::connect(options).await.unwrap();
    let writing = db.begin_write().await.unwrap();
    let mut waiting = tokio::task::JoinSet::new();
    for n in 0..3 {
        let db = db.clone();
        waiting.spawn(async move {
            let writing = db.begin_write().await?;
            writing
                .execute_unprepared(&format!(
                    "UPDATE users SET display_name = 'Writer {n}' WHERE id = 1"
                ))
                .await?;
            writing.commit().await
        });
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let read = tokio::time::timeout(Duration::from_secs(1), user::Entity::find().count(&db)).await;
    assert!(
        matches!(read, Ok(Ok(n)) if n > 0),
        "a reader waited behind the writers: {read:?}"
    );
    assert!(
        waiting.try_join_next().is_none(),
        "a writer wrote while another held the lock"
    );
    writing.commit().await.unwrap();
    while let Some(done) = waiting.join_next().await {
        done.unwrap().unwrap();
    }
}
