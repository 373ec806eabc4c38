//! A person's own data, as a file to keep.

use app::server::accounts::export;
use app::server::auth::user_from_session;
use app::server::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// `GET /account/data.json`: everything held about the signed-in person. Nobody else's
/// data can be asked for: the account is the session's.
pub async fn download_data(State(state): State<AppState>, session: Session) -> Response {
    let user = match user_from_session(&state.db, &session).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            let body = serde_json::json!({ "error": "Sign in to download your data." });
            return (StatusCode::UNAUTHORIZED, Json(body)).into_response();
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    match export(&state.db, user.id).await {
        Ok(Some(data)) => (
            [
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"ideas-and-apps-data.json\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            Json(data),
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "cannot export account data");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
