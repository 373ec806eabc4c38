//! Rate limits: one contract for the Redis and in-process limiters, and the limits as
//! people and API clients meet them, on one instance and shared by two.

use std::time::Duration;

use app::domain::user::Role;
use app::server::rate_limit::{
    Decision, InProcessLimiter, LimitedAction, Quota, RateLimiter, RedisLimiter,
};
use app::server::redis_link::RedisLink;

use crate::support::{Backend, TestConfig, closed_port_url, redis_url, spawn_app_with};

async fn redis_limiter() -> RedisLimiter {
    let client = redis::Client::open(redis_url()).unwrap();
    let manager = redis::aio::ConnectionManager::new(client).await.unwrap();
    // A fresh prefix per test run: keys never collide with another test's.
    RedisLimiter::new(
        RedisLink::new(manager),
        &format!("test:{}:", uuid::Uuid::new_v4()),
    )
}

/// What every limiter must do.
async fn limiter_contract(limiter: &dyn RateLimiter) {
    let quota = Quota {
        burst: 3,
        every_ms: 60_000,
    };
    for n in 0..3 {
        assert_eq!(
            limiter.check("a", quota).await.unwrap(),
            Decision::Allowed,
            "{n}"
        );
    }
    match limiter.check("a", quota).await.unwrap() {
        Decision::Limited { retry_after } => {
            assert!(
                retry_after > Duration::from_secs(50) && retry_after <= Duration::from_secs(60)
            );
        }
        Decision::Allowed => panic!("the fourth in a minute is over a burst of three"),
    }
    // Other keys are untouched.
    assert_eq!(limiter.check("b", quota).await.unwrap(), Decision::Allowed);
    // A fast refill lets one more through after its interval.
    let fast = Quota {
        burst: 1,
        every_ms: 50,
    };
    assert_eq!(limiter.check("c", fast).await.unwrap(), Decision::Allowed);
    assert!(matches!(
        limiter.check("c", fast).await.unwrap(),
        Decision::Limited { .. }
    ));
    tokio::time::sleep(Duration::from_millis(80)).await;
    assert_eq!(limiter.check("c", fast).await.unwrap(), Decision::Allowed);
    // Many at once admit exactly the burst.
    let burst = Quota {
        burst: 10,
        every_ms: 60_000,
    };
    let results = futures::future::join_all((0..40).map(|_| limiter.check("d", burst))).await;
    let allowed = results
        .into_iter()
        .filter(|r| *r.as_ref().unwrap() == Decision::Allowed)
        .count();
    assert_eq!(allowed, 10);
}

#[tokio::test]
async fn the_in_process_limiter_keeps_the_contract() {
    limiter_contract(&InProcessLimiter::default()).await;
}

#[tokio::test]
async fn the_redis_limiter_keeps_the_contract() {
    limiter_contract(&redis_limiter().await).await;
}

#[tokio::test]
async fn a_person_over_the_vote_limit_is_told_to_wait() {
    let mut config = TestConfig::new(Backend::Sqlite);
    config.limit(LimitedAction::Vote, 3, 600_000);
    let app = spawn_app_with(config).await;
    app.sign_in_as(Role::Public).await;
    for _ in 0..3 {
        let response = app
            .post_form("/ideas/1/vote", &[("support", "yes"), ("return_to", "/")])
            .await;
        assert_eq!(response.status(), 303);
    }
    let response = app
        .post_form("/ideas/1/vote", &[("support", "no"), ("return_to", "/")])
        .await;
    assert_eq!(response.status(), 429);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0);
    let body = response.text().await.unwrap();
    assert!(body.contains("Too many attempts"), "{body}");
    assert!(body.contains("still in the form"));
    // Someone else is not affected.
    let other = app.signed_in_browser(Role::Developer).await;
    let response = other
        .post(format!("{}/ideas/1/vote", app.address))
        .header("origin", &app.address)
        .form(&[("support", "yes"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn api_clients_over_the_limit_get_json() {
    let mut config = TestConfig::new(Backend::Sqlite);
    // An address gets ten times an account's quota: 2 × 10 reads.
    config.limit(LimitedAction::ApiRead, 2, 600_000);
    let app = spawn_app_with(config).await;
    for n in 0..20 {
        assert_eq!(app.get("/api/v1/campaigns").await.status(), 200, "{n}");
    }
    let response = app.get("/api/v1/campaigns").await;
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    let body: serde_json::Value = response.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("Too many requests")
    );
    assert!(body["retry_after"].as_u64().unwrap() > 0);
    // Pages are not limited.
    assert_eq!(app.get("/").await.status(), 200);
}

/// Searches, similar ideas and the CSV exports cost the database far more than a page:
/// each address gets its own, smaller allowance of them, while plain pages stay free.
#[tokio::test]
async fn heavy_reads_have_a_limit_of_their_own() {
    let mut config = TestConfig::new(Backend::Sqlite);
    // One per account, so ten per address.
    config.limit(LimitedAction::HeavyRead, 1, 600_000);
    let app = spawn_app_with(config).await;
    let slug = app.demo_campaign().await.slug;
    let heavy = [
        format!("/api/v1/ideas.csv?campaign={slug}"),
        "/api/v1/listings.csv".to_owned(),
        format!("/campaigns/{slug}?q=sleep"),
        "/directory?q=sleep".to_owned(),
    ];
    let mut used = 0;
    'spending: for round in 0.. {
        for path in &heavy {
            if used == 10 {
                break 'spending;
            }
            let response = app.get(path).await;
            assert_eq!(response.status(), 200, "{path}, round {round}");
            used += 1;
        }
    }
    for path in &heavy {
        let response = app.get(path).await;
        assert_eq!(response.status(), 429, "{path}");
        assert!(response.headers().contains_key("retry-after"), "{path}");
    }
    // The page of a search says so in the site's frame.
    let page = app.get(&format!("/campaigns/{slug}?q=diary")).await;
    assert!(page.text().await.unwrap().contains("Too many attempts"));
    // Similar ideas while typing are a search too.
    let similar = app
        .call_server_fn(
            "/api/ideas/similar",
            &format!("campaign={slug}&title=sleep+diary"),
        )
        .await;
    assert_eq!(similar.status(), 429);
    // Plain pages and lists are not limited by it.
    assert_eq!(app.get(&format!("/campaigns/{slug}")).await.status(), 200);
    assert_eq!(app.get("/directory").await.status(), 200);
    assert_eq!(app.get("/api/v1/campaigns").await.status(), 200);
}

#[tokio::test]
async fn two_instances_sharing_redis_share_one_limit_exactly() {
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    let shared = |n: u32| {
        let mut config = TestConfig::new(Backend::Sqlite);
        config.redis_url = Some(redis_url().into());
        config.redis_prefix = prefix.clone();
        config.limit(LimitedAction::ApiRead, n, 600_000);
        config
    };
    let first = spawn_app_with(shared(3)).await;
    let second = spawn_app_with(shared(3)).await;
    let mut allowed = 0;
    for n in 0..60 {
        let app = if n % 2 == 0 { &first } else { &second };
        if app.get("/api/v1/campaigns").await.status() == 200 {
            allowed += 1;
        }
    }
    assert_eq!(allowed, 30, "3 × 10 for the address, across both instances");
}

#[tokio::test]
async fn limits_hold_in_process_while_redis_is_away() {
    let mut config = TestConfig::new(Backend::Sqlite);
    config.redis_url = Some(closed_port_url("redis").into());
    config.limit(LimitedAction::ApiRead, 1, 600_000);
    let app = spawn_app_with(config).await;
    for n in 0..10 {
        assert_eq!(app.get("/api/v1/campaigns").await.status(), 200, "{n}");
    }
    assert_eq!(app.get("/api/v1/campaigns").await.status(), 429);
}
