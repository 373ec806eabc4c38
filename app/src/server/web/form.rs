//! A form extractor that refuses text it cannot read instead of guessing.
//!
//! axum's `Form` decodes percent-escapes leniently: bytes that are not UTF-8 become
//! U+FFFD, so a malformed submission would be stored as something the person never
//! typed. This one checks every name and value first and answers 400 with a message.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::reply::RouteError;

/// The longest form body accepted: a full idea with its description is ~15 KB; this
/// leaves room for every field at its limit in multi-byte characters.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// A URL-encoded form whose every name and value is valid UTF-8.
pub struct StrictForm<T>(pub T);

impl<S, T> FromRequest<S> for StrictForm<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = RouteError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let form_type = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form_type {
            return Err(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "form-not-web-form",
            ));
        }
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| refuse(StatusCode::BAD_REQUEST, "form-unreadable"))?;
        read_form(&body).map(StrictForm)
    }
}

/// Reads a URL-encoded form body: refused (with a message for the person) when it is too
/// large, when a name or value is not UTF-8 once decoded, or when it does not fit `T`.
/// Everything it accepts is exactly what was sent (the fuzz target `form` checks that).
pub fn read_form<T: DeserializeOwned>(body: &[u8]) -> Result<T, RouteError> {
    if body.len() > MAX_FORM_BYTES {
        return Err(refuse(StatusCode::PAYLOAD_TOO_LARGE, "form-too-large"));
    }
    if !is_readable(body) {
        return Err(refuse(StatusCode::BAD_REQUEST, "form-not-utf8"));
    }
    // serde_html_form reads repeated names (checkboxes) into lists.
    serde_html_form::from_bytes(body)
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "form-unreadable"))
}

/// Whether every name and value, once decoded, is UTF-8.
fn is_readable(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        let spaced: Vec<u8> = pair
            .iter()
            .map(|b| if *b == b'+' { b' ' } else { *b })
            .collect();
        let decoded: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
        std::str::from_utf8(&decoded).is_ok()
    })
}

/// Shown in the site's frame by the error page: this only happens to tampered or broken
/// requests, never to a form a browser filled in.
fn refuse(status: StatusCode, message: &'static str) -> RouteError {
    RouteError::BadForm { status, message }
}

#[cfg(test)]
mod tests {
    use super::is_readable;

    #[test]
    fn valid_utf8_in_any_encoding_is_readable() {
        assert!(is_readable(b"title=Caf%C3%A9+app&summary=ok"));
        assert!(is_readable("title=Café".as_bytes()));
        assert!(is_readable(b""));
    }

    #[test]
    fn broken_utf8_is_not() {
        assert!(!is_readable(b"title=%FF%FE"));
        assert!(!is_readable(b"title=%C3"));
        assert!(!is_readable(b"ti%80tle=x"));
        assert!(!is_readable(&[b't', b'=', 0xC3]));
    }
}
