//! Probes for load balancers and orchestrators.
//!
//! `/healthz` says the process is alive (it never touches a dependency, so a database
//! outage does not get every instance restarted); `/readyz` says whether this instance
//! can serve requests now, checking the database and, when configured, Redis.

use std::time::Duration;

use app::server::redis_link::RedisFailure;
use app::server::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;

/// How long a dependency may take to answer before it counts as down.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
}

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

#[derive(Serialize)]
pub struct Readiness {
    status: &'static str,
    database: &'static str,
    redis: &'static str,
}

/// `GET /readyz`: 200 when every configured dependency answers, 503 otherwise.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Readiness>) {
    let database = match tokio::time::timeout(PROBE_TIMEOUT, state.db.ping()).await {
        Ok(Ok(())) => "ok",
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: database is down");
            "down"
        }
        Err(_) => {
            tracing::warn!("readiness: database did not answer in time");
            "down"
        }
    };
    let redis = match state.redis.clone() {
        None => "not configured",
        // Through the breaker: an outage is logged once, when it trips, not at every
        // probe of a load balancer (which may ask ten times a second).
        Some(link) => {
            let ping = link.call(|mut conn| async move {
                redis::cmd("PING").query_async::<String>(&mut conn).await
            });
            match tokio::time::timeout(PROBE_TIMEOUT, ping).await {
                Ok(Ok(_)) => "ok",
                Ok(Err(RedisFailure::Away)) => "down",
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, "readiness: redis answered with an error");
                    "down"
                }
                Err(_) => "down",
            }
        }
    };
    let ready = database == "ok" && redis != "down";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = Readiness {
        status: if ready { "ready" } else { "unavailable" },
        database,
        redis,
    };
    (status, Json(body))
}
