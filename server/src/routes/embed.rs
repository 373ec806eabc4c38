//! `GET /embed/directory`: the directory as a compact page for other sites to frame,
//! the one kind of page that may be framed (see [`Frameable`]). The same list as a
//! fragment is [`super::api::listings::fragment`].

use std::collections::HashMap;

use app::features::directory::embed::{self, Embedding};
use app::features::directory::model::DirectoryQuery;
use app::server::queries;
use app::server::state::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// Marks a response that other sites may frame: the security headers then leave out
/// `X-Frame-Options`, and the response's own policy names who may frame it.
#[derive(Clone, Copy, Debug)]
pub struct Frameable;

/// The framed page's policy: its own stylesheet and form, nothing that runs, and any
/// site may frame it (the directory is open data).
const EMBED_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors *";

/// The search the address asks for, as the directory reads it.
pub fn search_of(params: &HashMap<String, String>) -> DirectoryQuery {
    DirectoryQuery::from_pairs(|name| params.get(name).map(String::as_str))
}

/// `GET /embed/directory?category=…&platform=…&cost=…&audience=…&q=…&sort=…&page=…`.
pub async fn directory(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let search = search_of(&params);
    let page = match queries::directory::search(&state.db, &search).await {
        Ok(page) => page,
        Err(e) => {
            tracing::error!(error = %e, "database error in the embedded directory");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let site = state.public_url.origin().ascii_serialization();
    let mut response = Html(embed::document(page, &search, &site)).into_response();
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(EMBED_POLICY),
    );
    response.extensions_mut().insert(Frameable);
    response
}

/// The list as a fragment, for [`super::api::listings::fragment`].
pub async fn fragment_html(
    state: &AppState,
    params: &HashMap<String, String>,
) -> Result<String, sea_orm::DbErr> {
    let search = search_of(params);
    let page = queries::directory::search(&state.db, &search).await?;
    let site = state.public_url.origin().ascii_serialization();
    Ok(embed::list(page, &search, &site, Embedding::Fragment))
}
