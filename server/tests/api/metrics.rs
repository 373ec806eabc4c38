//! `/metrics`: closed without a token, 401 without the right one, and with it the
//! Prometheus text an operator scrapes, counting what happened.

use app::domain::user::Role;
use secrecy::SecretString;

use crate::support::{Backend, TestConfig, spawn_app, spawn_app_with};

const TOKEN: &str = "a-long-metrics-token";

#[tokio::test]
async fn metrics_are_closed_without_a_token() {
    let app = spawn_app(Backend::Sqlite).await;
    assert_eq!(app.get("/metrics").await.status(), 404);
}

async fn scrape(app: &crate::support::TestApp, token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}/metrics", app.address))
        .bearer_auth(token)
        .send()
        .await
        .expect("request sent")
}

#[tokio::test]
async fn the_operator_reads_requests_votes_and_the_database() {
    let config = TestConfig::new(Backend::Postgres)
        .with(|s| s.metrics_token = Some(SecretString::from(TOKEN)));
    let app = spawn_app_with(config).await;
    let unauthorised = app.get("/metrics").await;
    assert_eq!(unauthorised.status(), 401);
    assert_eq!(unauthorised.headers()["www-authenticate"], "Bearer");
    assert_eq!(scrape(&app, "a-long-metrics-toke").await.status(), 401);

    app.page("/campaigns/apps-for-everyday-health", 200).await;
    app.sign_in_as(Role::Public).await;
    let idea = app.first_idea().await;
    let voted = app
        .post_form(&format!("/ideas/{}/vote", idea.id), &[("support", "yes")])
        .await;
    assert_eq!(voted.status(), 303);

    let response = scrape(&app, TOKEN).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = response.text().await.unwrap();
    for expected in [
        r#"http_requests_total{method="GET",route="/campaigns/{slug}",status="200"} 1"#,
        r#"http_requests_total{method="POST",route="/ideas/{id}/vote",status="303"} 1"#,
        r#"votes_total{change="support"} 1"#,
        r#"http_request_duration_seconds_bucket{method="GET",route="/campaigns/{slug}",le="0.5"}"#,
        r#"database_pool_connections{state="open"}"#,
        "webhook_deliveries_waiting 0",
        "redis_breaker_open 0",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
}
