//! Conditional GET for the open-data API and feeds: a strong `ETag` from the body, and
//! `304 Not Modified` when the client already has it (`If-None-Match`), or has a copy
//! at least as new as `Last-Modified` (`If-Modified-Since`). Mirrors that poll often
//! then cost a hash, not a transfer.

use axum::body::{Body, HttpBody, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The largest body given an ETag (the whole body is hashed in memory).
const MAX_HASHED: usize = 64 * 1024 * 1024;

pub async fn conditional_get(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let asked = request.headers().clone();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    parts.headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, no-cache"),
    );
    if body.size_hint().exact().is_none() {
        if not_modified(&asked, None, &parts.headers) {
            return unchanged(parts);
        }
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = to_bytes(body, MAX_HASHED).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&bytes)[..16]));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, value);
    }
    if not_modified(&asked, Some(&etag), &parts.headers) {
        return unchanged(parts);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// `304 Not Modified`, with the headers the full answer would have had.
fn unchanged(parts: axum::http::response::Parts) -> Response {
    let mut answer = Response::from_parts(parts, Body::empty());
    *answer.status_mut() = StatusCode::NOT_MODIFIED;
    answer.headers_mut().remove(header::CONTENT_LENGTH);
    answer
}

/// RFC 9110 §13.2.2: `If-None-Match` wins; `If-Modified-Since` only counts without it.
/// Without an `etag` of its own, only `If-None-Match: *` matches the answer.
fn not_modified(asked: &HeaderMap, etag: Option<&str>, answer: &HeaderMap) -> bool {
    if let Some(tags) = asked
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        return tags
            .split(',')
            .map(str::trim)
            .any(|tag| tag == "*" || Some(tag.trim_start_matches("W/")) == etag);
    }
    let since = asked
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(http_date);
    let modified = answer
        .get(header::LAST_MODIFIED)
        .and_then(|v| v.to_str().ok())
        .and_then(http_date);
    matches!((since, modified), (Some(since), Some(modified)) if modified <= since)
}

fn http_date(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc2822(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn etags_and_dates_decide_not_modified() {
        let answer = headers(&[(header::LAST_MODIFIED, "Sun, 29 Nov 2026 10:00:00 GMT")]);
        let tag = Some("\"abc\"");
        assert!(not_modified(
            &headers(&[(header::IF_NONE_MATCH, "\"x\", \"abc\"")]),
            tag,
            &answer
        ));
        assert!(not_modified(
            &headers(&[(header::IF_NONE_MATCH, "W/\"abc\"")]),
            tag,
            &answer
        ));
        assert!(!not_modified(
            &headers(&[(header::IF_NONE_MATCH, "\"x\"")]),
            tag,
            &answer
        ));
        // A matching date does not override a different tag.
        assert!(!not_modified(
            &headers(&[
                (header::IF_NONE_MATCH, "\"x\""),
                (header::IF_MODIFIED_SINCE, "Sun, 29 Nov 2026 10:00:00 GMT"),
            ]),
            tag,
            &answer
        ));
        assert!(not_modified(
            &headers(&[(header::IF_MODIFIED_SINCE, "Sun, 29 Nov 2026 10:00:00 GMT")]),
            tag,
            &answer
        ));
        assert!(!not_modified(
            &headers(&[(header::IF_MODIFIED_SINCE, "Sun, 29 Nov 2026 09:59:59 GMT")]),
            tag,
            &answer
        ));
        assert!(!not_modified(&HeaderMap::new(), tag, &answer));
        // A streamed answer has no tag: only a date, or `*`, can match it.
        assert!(!not_modified(
            &headers(&[(header::IF_NONE_MATCH, "\"abc\"")]),
            None,
            &answer
        ));
        assert!(not_modified(
            &headers(&[(header::IF_NONE_MATCH, "*")]),
            None,
            &answer
        ));
        assert!(not_modified(
            &headers(&[(header::IF_MODIFIED_SINCE, "Sun, 29 Nov 2026 10:00:00 GMT")]),
            None,
            &answer
        ));
    }
}
