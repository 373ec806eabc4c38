//! Security headers on every response.
//!
//! Pages set their own Content-Security-Policy while rendering (it carries the nonce of
//! their inline hydration script, see `app::server::csp`); every other response (JSON,
//! static files, redirects) gets the strictest policy, since none of it is a document
//! that should run anything.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::middleware::Next;
use axum::response::Response;

/// The policy for anything that is not a page.
const NON_PAGE_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Whether the site is served over https, which decides HSTS.
#[derive(Clone, Copy, Debug)]
pub struct Https(pub bool);

/// Adds the headers; never overwrites a page's own Content-Security-Policy.
pub async fn security_headers(
    State(Https(https)): State<Https>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let frameable = response
        .extensions()
        .get::<crate::routes::embed::Frameable>()
        .is_some();
    let headers = response.headers_mut();
    headers
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(NON_PAGE_POLICY));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Only the embeddable directory may be framed; its own policy says by whom.
    if !frameable {
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    // Not `no-referrer`: a form posted without JavaScript returns to its page using the
    // Referer, and the same origin needs it.
    headers.insert(
        REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if https {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
