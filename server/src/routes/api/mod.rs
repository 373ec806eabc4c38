//! The open data: everything public, as JSON, CSV and Atom, for the national health
//! websites and anyone else. Read only, no sign-in, and `Access-Control-Allow-Origin: *`
//! so that other sites' pages can read it directly. Generated into an OpenAPI document
//! ([`openapi`]) from the handlers themselves.
//!
//! Unlike the pages, which forgive a mistyped link, the API answers a value it does not
//! know with 400 and `{"error", "parameter"}` naming the parameter.

pub mod campaigns;
pub mod csv;
pub mod ideas;
pub mod listings;
pub mod openapi;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// An error, as every API client gets it: a status and `{"error", "parameter"}`.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    /// What went wrong, for people.
    error: String,
    /// The query parameter at fault, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'static str>,
}

pub fn error(
    status: StatusCode,
    message: impl Into<String>,
    parameter: Option<&'static str>,
) -> Response {
    open(
        (
            status,
            Json(ApiError {
                error: message.into(),
                parameter,
            }),
        )
            .into_response(),
    )
}

pub fn internal(err: sea_orm::DbErr) -> Response {
    tracing::error!(error = %err, "database error in the open-data API");
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Try again later.",
        None,
    )
}

/// Marks a response readable from any site.
pub fn open(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// Sets `Last-Modified` to `at`.
pub fn set_last_modified(response: &mut Response, at: chrono::DateTime<chrono::Utc>) {
    let text = at.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    if let Ok(value) = HeaderValue::from_str(&text) {
        response.headers_mut().insert(header::LAST_MODIFIED, value);
    }
}

/// An Atom feed as an open response, with `Last-Modified` when it has entries.
pub fn atom_response(
    feed: &atom_syndication::Feed,
    updated: Option<chrono::DateTime<chrono::Utc>>,
) -> Response {
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/atom+xml; charset=utf-8"),
        )],
        feed.to_string(),
    )
        .into_response();
    if let Some(at) = updated {
        set_last_modified(&mut response, at);
    }
    open(response)
}

/// The answer to a path `{id}` that is not a number: 400, saying the `what`'s id must
/// be one.
pub fn bad_id(what: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        format!("The {what}'s id must be a number."),
        Some("id"),
    )
}
