//! `/healthz` and `/readyz`.

use serde_json::Value;

use crate::on_both_databases;
use crate::support::{Backend, TestConfig, closed_port_url, spawn_app, spawn_app_with};

#[tokio::test]
async fn healthz_says_the_process_is_alive() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

async fn readyz_checks_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ready");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["redis"], "not configured");
}

on_both_databases!(readyz_checks_the_database);

#[tokio::test]
async fn readyz_checks_redis_when_it_is_configured() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with_redis()).await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["redis"], "ok");
}

#[tokio::test]
async fn readyz_reports_redis_down_while_pages_keep_working() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.redis_url = Some(closed_port_url("redis").into());
    }))
    .await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["database"], "ok");
    assert_eq!(body["redis"], "down");
    // The database is the source of truth: the site still serves without Redis.
    assert_eq!(app.get("/").await.status(), 200);
}
