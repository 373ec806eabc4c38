//! Rendering a page from a form route: the refused submission's page with the person's
//! values and messages, or a page that explains a refusal.

use app::server::state::AppState;
use app::shell;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Renders the page at `path` as a `GET` from the same person (same session and
/// headers) would see it, with `context` provided to it, answering `status`.
pub async fn render_page<C>(
    state: &AppState,
    mut parts: Parts,
    path: &str,
    status: StatusCode,
    context: Option<C>,
) -> Response
where
    C: Clone + Send + Sync + 'static,
{
    parts.method = Method::GET;
    parts.uri = match path.parse::<Uri>() {
        Ok(uri) => uri,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    parts.headers.remove(axum::http::header::CONTENT_TYPE);
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let options = state.leptos_options.clone();
    let app_state = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(app_state.clone());
            if let Some(context) = &context {
                provide_context(context.clone());
            }
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    // The page itself may have answered 403 (not allowed) or 404; keep those.
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
