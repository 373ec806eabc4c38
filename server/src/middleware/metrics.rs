//! Counts every request and times it, by method, route pattern (`/ideas/{id_slug}`,
//! never the address itself, so the series stay few) and status: the
//! `http_requests_total` counter and the `http_request_duration_seconds` histogram at
//! `/metrics` (see `routes::metrics`).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

/// Runs after routing (`Router::route_layer`), where the matched pattern is known.
pub async fn track(request: Request, next: Next) -> Response {
    let route = route_of(&request);
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!(
        "http_requests_total",
        "method" => method.clone(),
        "route" => route.clone(),
        "status" => status
    )
    .increment(1);
    metrics::histogram!(
        "http_request_duration_seconds",
        "method" => method,
        "route" => route
    )
    .record(started.elapsed().as_secs_f64());
    response
}

/// The route's pattern; for the server functions (one wildcard route), their own
/// fixed address, which names the function.
fn route_of(request: &Request) -> String {
    let pattern = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    if pattern.contains("{*") && request.uri().path().starts_with("/api/") {
        request.uri().path().to_owned()
    } else {
        pattern
    }
}
