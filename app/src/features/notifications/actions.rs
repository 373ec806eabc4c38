//! Form posts for notifications.

use axum::extract::State;
use axum::http::Method;
use axum::routing::post;
use chrono::Utc;

use super::paths;
use crate::access::Access;
use crate::server::state::AppState;
use crate::server::web::{Answer, Reply, RouteEntry, SignedIn, entry};

pub fn routes() -> Vec<RouteEntry> {
    vec![entry(
        Method::POST,
        paths::READ,
        Access::SignedIn,
        post(read_all),
    )]
}

/// `POST /notifications/read`: marks every notification read.
async fn read_all(State(state): State<AppState>, SignedIn(user): SignedIn) -> Answer {
    crate::server::notifications::mark_all_read(&state.db, user.id, Utc::now()).await?;
    Ok(Reply::redirect(paths::LIST))
}
