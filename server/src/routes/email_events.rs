//! `POST /hooks/email-events`: where the mail service (or a small relay for its own
//! format) reports bounces and complaints that arrive after an email was accepted.
//! Closed (404) unless `[email] events_token` is set; then only a request with
//! `Authorization: Bearer <token>` is heard.
//!
//! ```json
//! {"address": "ann@example.org", "event": "bounce"}      // or "complaint"
//! ```

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;
use serde::Deserialize;

use app::server::email::addresses::{MailEvent, mail_event};
use app::server::state::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    address: String,
    event: MailEvent,
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// Applies one report; answers with how many accounts it reached.
pub async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(token) = &state.email.events_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !super::metrics::bearer_matches(&headers, token.expose_secret()) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            Json(serde_json::json!({ "error": "Send the events token as a bearer token." })),
        )
            .into_response();
    }
    let report: Report = match serde_json::from_slice(&body) {
        Ok(report) => report,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                &format!(
                    "Send {{\"address\": \"…\", \"event\": \"bounce\" or \"complaint\"}} as JSON ({e})."
                ),
            );
        }
    };
    match mail_event(
        &state.db,
        &report.address,
        report.event,
        app::server::clock::now(),
    )
    .await
    {
        Ok(accounts) => {
            tracing::info!(event = ?report.event, accounts, "mail event received");
            (
                StatusCode::ACCEPTED,
                Json(serde_json::json!({ "accounts": accounts })),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not apply a mail event");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "The report could not be applied; send it again.",
            )
        }
    }
}
