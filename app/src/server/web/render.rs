//! Rendering the pages handlers ask for: a refused form's page again, and the page that
//! says why a request was stopped.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

use super::reply::{Deferred, PageToRender, RouteError};
use crate::components::error_panel::ProblemPage;
use crate::domain::return_to::safe_return_path;
use crate::error::AppError;
use crate::server::state::AppState;
use crate::shell;

/// The layer around every route in the table: passes the request on, and when the
/// answer is a [`PageToRender`] or a [`RouteError`], renders it for the same request.
pub async fn answer_deferred(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let copy = copy_of(&request);
    let response = next.run(request).await;
    let Some(deferred) = response.extensions().get::<Deferred>().cloned() else {
        return response;
    };
    let mut answer = match deferred {
        Deferred::Page(page) => render_page(&state, copy, page).await,
        Deferred::Error(err) => render_error(&state, copy, err).await,
    };
    // Headers the handler or a layer set (Retry-After) stay.
    for (name, value) in response.headers() {
        if name != header::CONTENT_LENGTH && name != header::CONTENT_TYPE {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// The parts of `request` a page needs (its session among the extensions), without the
/// body.
fn copy_of(request: &Request) -> Parts {
    let (mut parts, ()) = Request::new(()).into_parts();
    parts.method = request.method().clone();
    parts.uri = request.uri().clone();
    parts.version = request.version();
    parts.headers = request.headers().clone();
    parts.extensions = request.extensions().clone();
    parts
}

/// Renders the page at `page.path` as a `GET` from the same person (same session and
/// headers) would see it, with the page's context provided.
pub async fn render_page(state: &AppState, mut parts: Parts, page: PageToRender) -> Response {
    parts.method = Method::GET;
    parts.uri = match page.path.parse::<Uri>() {
        Ok(uri) => uri,
        Err(e) => return RouteError::internal("a page path that is not a URI", e).into_response(),
    };
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let options = state.leptos_options.clone();
    let app_state = state.clone();
    let context = page.context.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(app_state.clone());
            context();
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    // The page itself may have answered 403 (not allowed) or 404; keep those.
    if response.status() == StatusCode::OK {
        *response.status_mut() = page.status;
    }
    response
}

/// The answer to a stopped request: JSON for API clients and downloads of data, the
/// sign-in redirect or the site's page saying why for people.
async fn render_error(state: &AppState, parts: Parts, err: RouteError) -> Response {
    let path = parts.uri.path();
    let wants_json = path.starts_with("/api/") || path.ends_with(".json");
    if wants_json {
        let mut body = serde_json::json!({ "error": err.message() });
        if let RouteError::TooMany { retry_after_secs } = &err {
            body["retry_after"] = (*retry_after_secs).into();
        }
        let status = match err {
            RouteError::SignIn => StatusCode::UNAUTHORIZED,
            ref other => other.status(),
        };
        return (status, axum::Json(body)).into_response();
    }
    let status = err.status();
    let shown = match err {
        RouteError::SignIn => return sign_in_and_return(&parts),
        RouteError::Invalid(page) => return render_page(state, parts, *page).await,
        RouteError::Forbidden => AppError::Forbidden,
        RouteError::Suspended(message) => AppError::Suspended(message),
        RouteError::NotFound => AppError::NotFound,
        RouteError::TooMany { retry_after_secs } => AppError::TooMany(retry_after_secs),
        RouteError::BadForm { message, .. } => AppError::Refused(crate::i18n::tr(message)),
        RouteError::Internal => AppError::Internal,
    };
    let page = PageToRender::new(parts.uri.path(), status, ProblemPage(shown));
    let mut response = render_page(state, parts, page).await;
    *response.status_mut() = status;
    response
}

/// Off to sign in, then back to the page the form was on: the `Referer` when it is
/// this site's, else the address asked for (every form's address is also its page's).
fn sign_in_and_return(parts: &Parts) -> Response {
    let from_referer = parts
        .headers
        .get(header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| same_site_path(r, parts));
    let back = from_referer.unwrap_or_else(|| {
        parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned())
    });
    let back = safe_return_path(&back).unwrap_or("/");
    Redirect::to(&crate::features::accounts::paths::sign_in(back)).into_response()
}

/// The path and query of `referer` when it names the host the request was sent to.
fn same_site_path(referer: &str, parts: &Parts) -> Option<String> {
    let host = parts.headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("https://")
        .or_else(|| referer.strip_prefix("http://"))?;
    let path = rest.strip_prefix(host)?;
    path.starts_with('/').then(|| path.to_owned())
}
