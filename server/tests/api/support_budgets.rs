//! Support budgets: a campaign may let each person support at most N of its ideas at a
//! time. The budget holds exactly, also when one person's votes arrive at once through
//! two instances; withdrawing support frees one.

use app::domain::idea::Visibility;
use app::domain::user::Role;
use app::server::entities::{campaign, idea, vote};
use app::server::rate_limit::LimitedAction;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, spawn_app_with, texts};

/// Gives the demo campaign a budget of `budget` and returns its published ideas.
async fn with_budget(app: &TestApp, budget: i32) -> Vec<idea::Model> {
    let mut active = app.demo_campaign().await.into_active_model();
    active.support_budget = Set(Some(budget));
    let campaign: campaign::Model = active.update(&app.db).await.unwrap();
    idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign.id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .order_by_asc(idea::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn supports_of(app: &TestApp, user_id: i64) -> u64 {
    vote::Entity::find()
        .filter(vote::Column::UserId.eq(user_id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn user_id(app: &TestApp, name: &str) -> i64 {
    use app::server::entities::user;
    user::Entity::find()
        .filter(user::Column::DisplayName.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo account")
        .id
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn a_budget_holds_and_withdrawing_frees_one(backend: Backend) {
    let mut config = TestConfig::new(backend);
    config.lift_limits(&[LimitedAction::Vote]);
    let app = spawn_app_with(config).await;
    let ideas = with_budget(&app, 2).await;
    // A new account: the demo data's votes are other people's.
    let person = app.signed_in_browser(Role::Developer).await;
    let me = user_id(&app, "Demo developer").await;
    let before = supports_of(&app, me).await;
    assert_eq!(before, 0, "the developer supports nothing yet");
    let vote = |idea: &idea::Model, support: &'static str| {
        let path = format!("/ideas/{}/vote", idea.id);
        let back = app::domain::idea::idea_href(idea.id, &idea.slug);
        let person = person.clone();
        let app = &app;
        async move {
            app.post_from(
                &person,
                &path,
                &[("support", support), ("return_to", back.as_str())],
            )
            .await
        }
    };
    for idea in &ideas[..2] {
        let response = vote(idea, "yes").await;
        assert!(
            location(&response).contains("done=voted"),
            "{}",
            location(&response)
        );
    }
    // The third is refused, saying why, and nothing is stored.
    let refused = vote(&ideas[2], "yes").await;
    assert!(
        location(&refused).contains("done=supports-spent"),
        "{}",
        location(&refused)
    );
    assert_eq!(supports_of(&app, me).await, 2);
    // Supporting one already supported again is still one support, not a refusal.
    let again = vote(&ideas[1], "yes").await;
    assert!(location(&again).contains("done=voted"));

    // The idea page says what is left, and offers no button while none is.
    let page_of = |idea: &idea::Model| {
        let url = format!(
            "{}{}",
            app.address,
            app::domain::idea::idea_href(idea.id, &idea.slug)
        );
        let person = person.clone();
        async move {
            scraper::Html::parse_document(
                &person.get(url).send().await.unwrap().text().await.unwrap(),
            )
        }
    };
    let page = page_of(&ideas[2]).await;
    let left = texts(&page, ".supports-left").join(" ");
    assert!(
        left.contains("You have used all 2 of your supports"),
        "{left}"
    );
    assert!(texts(&page, ".vote-form button").is_empty());
    let campaign_page = app
        .page(
            &format!("/campaigns/{}", app.demo_campaign().await.slug),
            200,
        )
        .await;
    assert!(
        texts(&campaign_page, ".campaign-dates dd")
            .iter()
            .any(|t| t.contains("up to 2 ideas"))
    );

    // Withdrawing frees one.
    vote(&ideas[0], "no").await;
    let page = page_of(&ideas[2]).await;
    assert_eq!(
        texts(&page, ".supports-left"),
        ["You have 1 of 2 supports left in this campaign."]
    );
    let response = vote(&ideas[2], "yes").await;
    assert!(location(&response).contains("done=voted"));
    assert_eq!(supports_of(&app, me).await, 2);

    // With JavaScript, the server function refuses with the same words.
    let refused = app
        .call_server_fn_from(
            &person,
            "/api/ideas/vote",
            &format!("idea_id={}&support=true", ideas[3].id),
        )
        .await;
    assert!(!refused.status().is_success());
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("You have used all 2 of your supports"),
        "{body}"
    );
}

/// One person's votes on every idea of the campaign, each sent twice at once (a double
/// click, two tabs), half through each of two instances on one database, in several
/// rounds: exactly the budget is supported after each, and every idea's tally equals
/// its votes.
#[tokio::test]
async fn the_budget_holds_when_votes_race_through_two_instances() {
    let mut first_config = TestConfig::new(Backend::Postgres);
    first_config.lift_limits(&[LimitedAction::Vote, LimitedAction::SignIn]);
    let first = spawn_app_with(first_config).await;
    let mut second_config = TestConfig::new(Backend::Postgres);
    second_config.database_url = Some(first.database_url.clone());
    second_config.lift_limits(&[LimitedAction::Vote, LimitedAction::SignIn]);
    let second = std::sync::Arc::new(spawn_app_with(second_config).await);
    let first = std::sync::Arc::new(first);
    let ideas = with_budget(&first, 3).await;
    assert!(ideas.len() >= 12, "the demo campaign has enough ideas");
    // Signed in once; the session lives in the shared database, and the cookie goes to
    // both instances (same host, other port).
    let person = first.signed_in_browser(Role::Developer).await;
    let me = user_id(&first, "Demo developer").await;
    let send = |support: &'static str| {
        let mut tasks = tokio::task::JoinSet::new();
        for idea in &ideas {
            for app in [first.clone(), second.clone()] {
                let person = person.clone();
                let path = format!("/ideas/{}/vote", idea.id);
                tasks.spawn(async move {
                    let response = app
                        .post_from(&person, &path, &[("support", support), ("return_to", "/")])
                        .await;
                    assert_eq!(response.status(), 303);
                });
            }
        }
        tasks
    };
    for round in 0..4 {
        let mut tasks = send("yes");
        while let Some(done) = tasks.join_next().await {
            done.unwrap();
        }
        assert_eq!(supports_of(&first, me).await, 3, "round {round}");
        let mut tasks = send("no");
        while let Some(done) = tasks.join_next().await {
            done.unwrap();
        }
        assert_eq!(supports_of(&first, me).await, 0, "round {round}");
    }
    for idea in &ideas {
        let stored = idea::Entity::find_by_id(idea.id)
            .one(&first.db)
            .await
            .unwrap()
            .unwrap();
        let rows = vote::Entity::find()
            .filter(vote::Column::IdeaId.eq(idea.id))
            .count(&first.db)
            .await
            .unwrap();
        assert_eq!(stored.vote_count as u64, rows, "idea {}", idea.id);
    }
}

on_both_databases!(a_budget_holds_and_withdrawing_frees_one);
