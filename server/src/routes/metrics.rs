//! `/metrics`: what an operator's Prometheus scrapes. Closed unless a token is set
//! (`IDEAS_METRICS_TOKEN`): then only a request with `Authorization: Bearer <token>`
//! reads it, anyone else gets 401, and without a token it is 404.
//!
//! Counted as things happen: requests and their latency by route
//! (`middleware::metrics`), supports given and withdrawn (`votes_total`, in
//! `app::server::ideas::vote`). Read at each scrape: the Redis breaker, webhook
//! deliveries waiting and how long the oldest has waited, and the database pool.

use std::sync::OnceLock;

use app::server::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

/// Latency buckets, in seconds: a page is expected in milliseconds, not seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process's recorder, installed on first use (once, whatever the number of
/// servers a test starts in one process).
pub fn handle() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Suffix("duration_seconds".to_owned()),
                &LATENCY_BUCKETS,
            )
            .expect("the buckets are not empty")
            .build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("another metrics recorder was installed first: /metrics will be empty");
        }
        handle
    })
}

/// Whether `headers` carry `token` as a bearer token. The digests are compared, so
/// the time taken says nothing about how much of the token was right.
pub(crate) fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    Sha256::digest(given.trim().as_bytes()) == Sha256::digest(token.as_bytes())
}

/// `GET /metrics`: the Prometheus text format.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = &state.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !bearer_matches(&headers, token.expose_secret()) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "Send the metrics token as a bearer token.",
        )
            .into_response();
    }
    if let Err(e) = read_gauges(&state).await {
        tracing::warn!(error = %e, "metrics: could not read the database's figures");
    }
    let handle = handle();
    handle.run_upkeep();
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        handle.render(),
    )
        .into_response()
}

/// The figures read at each scrape rather than counted as they happen.
async fn read_gauges(state: &AppState) -> Result<(), sea_orm::DbErr> {
    use app::server::entities::webhook_delivery;
    let breaker_open = state.redis.as_ref().is_some_and(|r| r.is_away());
    metrics::gauge!("redis_breaker_open").set(if breaker_open { 1.0 } else { 0.0 });
    metrics::gauge!("redis_configured").set(if state.redis.is_some() { 1.0 } else { 0.0 });

    let (size, idle) = match state.db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            let pool = state.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => {
            let pool = state.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
    };
    metrics::gauge!("database_pool_connections", "state" => "open").set(f64::from(size));
    metrics::gauge!("database_pool_connections", "state" => "idle").set(idle as f64);

    let waiting = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .count(&state.db)
        .await?;
    metrics::gauge!("webhook_deliveries_waiting").set(waiting as f64);
    let oldest = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .order_by_asc(webhook_delivery::Column::CreatedAt)
        .one(&state.db)
        .await?;
    let lag = oldest.map_or(0.0, |d| {
        (chrono::Utc::now() - d.created_at)
            .num_milliseconds()
            .max(0) as f64
            / 1000.0
    });
    metrics::gauge!("webhook_oldest_waiting_seconds").set(lag);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_token_is_let_in() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::AUTHORIZATION, value.parse().unwrap());
            headers
        };
        assert!(bearer_matches(&with("Bearer s3cret-token"), "s3cret-token"));
        assert!(!bearer_matches(&with("Bearer s3cret-toke"), "s3cret-token"));
        assert!(!bearer_matches(&with("Basic s3cret-token"), "s3cret-token"));
        assert!(!bearer_matches(&HeaderMap::new(), "s3cret-token"));
    }
}
