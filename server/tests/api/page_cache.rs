//! The cache of public pages for people who are not signed in (`middleware::page_cache`):
//! served again with a fresh nonce, never to someone signed in, and retired by any
//! change made through any instance. Each test changes an idea's title behind the
//! server's back, which only a page drawn again can show: so the old title is proof a
//! page came from the cache, and the new one proof it did not.

use app::domain::user::Role;
use app::server::entities::idea;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

use crate::support::{
    Backend, TestApp, TestConfig, browser, closed_port_url, redis_url, spawn_app_with,
};

fn cached(config: TestConfig) -> TestConfig {
    config.with(|s| s.page_cache_seconds = 60)
}

/// Renames `idea` in the database, as no page of the server knows.
async fn rename_behind_the_servers_back(app: &TestApp, idea: &idea::Model, title: &str) {
    let mut renamed: idea::ActiveModel = idea.clone().into();
    renamed.title = Set(title.to_owned());
    renamed.update(&app.db).await.unwrap();
}

/// The page as someone not signed in gets it: its body and the nonce of its policy.
async fn anonymous(app: &TestApp, path: &str) -> (String, String) {
    let response = browser()
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let nonce = crate::support::policy_nonce(&policy);
    let body = response.text().await.unwrap();
    // Every script's nonce is this response's, the cached ones' included.
    let nonces: Vec<&str> = body
        .split("nonce=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert!(!nonces.is_empty(), "{path}");
    assert!(
        nonces.iter().all(|n| *n == nonce),
        "{path}: {nonces:?} / {nonce}"
    );
    (body, nonce)
}

async fn supports(app: &TestApp, client: &reqwest::Client, idea_id: i64) {
    let vote = format!("/ideas/{idea_id}/vote");
    let response = app
        .post_from(client, &vote, &[("support", "yes"), ("return_to", "/")])
        .await;
    assert_eq!(response.status(), 303);
}

async fn a_page_is_kept_until_the_data_changes(backend: Backend) {
    let app = spawn_app_with(cached(TestConfig::new(backend))).await;
    // Signing in is a change too (a session is written): done first, so the change
    // below that retires the pages is the vote.
    let member = app.signed_in_browser(Role::Public).await;
    let idea = app.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    let list = format!("/campaigns/{}", app.demo_campaign().await.slug);
    let (first, first_nonce) = anonymous(&app, &page).await;
    assert!(first.contains(&idea.title));
    anonymous(&app, &list).await;

    rename_behind_the_servers_back(&app, &idea, "Renamed where no page can see").await;
    let (again, again_nonce) = anonymous(&app, &page).await;
    assert!(again.contains(&idea.title), "served from the cache");
    assert!(!again.contains("Renamed where no page can see"));
    assert_ne!(again_nonce, first_nonce, "with a nonce of its own");
    assert!(anonymous(&app, &list).await.0.contains(&idea.title));
    // Someone signed in is never served from it.
    let theirs = app.page_from(&member, &page, 200).await.html();
    assert!(theirs.contains("Renamed where no page can see"));

    // Any change through the server retires every page kept before it.
    supports(&app, &member, idea.id).await;
    let (after, _) = anonymous(&app, &page).await;
    assert!(
        after.contains("Renamed where no page can see"),
        "drawn again"
    );
    assert!(
        anonymous(&app, &list)
            .await
            .0
            .contains("Renamed where no page can see")
    );
}

crate::on_both_databases!(a_page_is_kept_until_the_data_changes);

/// Two instances, one database and one Redis: a vote through one retires the pages the
/// other keeps.
#[tokio::test]
async fn a_change_through_one_instance_retires_the_others_pages() {
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    let config = || {
        cached(TestConfig::new(Backend::Postgres)).with(|s| {
            s.redis_url = Some(redis_url().into());
            s.redis_prefix = prefix.clone();
        })
    };
    let first = spawn_app_with(config()).await;
    let mut second = config();
    second.database_url = Some(first.database_url.clone());
    let second = spawn_app_with(second).await;
    let member = second.signed_in_browser(Role::Public).await;
    let idea = first.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    anonymous(&first, &page).await;
    anonymous(&second, &page).await;

    rename_behind_the_servers_back(&first, &idea, "Renamed under both").await;
    assert!(anonymous(&first, &page).await.0.contains(&idea.title));
    assert!(anonymous(&second, &page).await.0.contains(&idea.title));
    supports(&second, &member, idea.id).await;
    // The instance the change went through retires its pages at once; the other within
    // the time it trusts the generation it last read.
    assert!(
        anonymous(&second, &page)
            .await
            .0
            .contains("Renamed under both")
    );
    tokio::time::sleep(server::middleware::page_cache::SHARED_FRESH).await;
    assert!(
        anonymous(&first, &page)
            .await
            .0
            .contains("Renamed under both")
    );
}

/// With Redis away the generation cannot be read, so nothing is served from the cache.
#[tokio::test]
async fn with_redis_away_every_page_is_drawn_again() {
    let app = spawn_app_with(
        cached(TestConfig::new(Backend::Sqlite))
            .with(|s| s.redis_url = Some(closed_port_url("redis").into())),
    )
    .await;
    let idea = app.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    assert!(anonymous(&app, &page).await.0.contains(&idea.title));
    rename_behind_the_servers_back(&app, &idea, "Renamed with Redis away").await;
    assert!(
        anonymous(&app, &page)
            .await
            .0
            .contains("Renamed with Redis away")
    );
}
