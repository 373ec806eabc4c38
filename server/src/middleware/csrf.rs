//! Cross-site request forgery protection for every state-changing request.
//!
//! Browsers say where a request comes from: `Sec-Fetch-Site` (all current browsers) or,
//! failing that, `Origin` (sent with every cross-origin and every POST request). A
//! request that changes state is refused with 403 unless it comes from this site. A
//! request with neither header did not come from a browser page, so it cannot carry a
//! victim's cookies and is let through (API clients, curl). This needs no token in
//! forms, so it works the same with JavaScript on and off.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The origins this site answers on, as `scheme://host[:port]`.
#[derive(Clone, Debug)]
pub struct AllowedOrigins {
    /// The configured public URL's origin.
    pub public: String,
}

/// Refuses cross-site state-changing requests with 403.
pub async fn refuse_cross_site(
    State(allowed): State<AllowedOrigins>,
    request: Request,
    next: Next,
) -> Response {
    if is_safe_method(request.method()) || comes_from_this_site(request.headers(), &allowed) {
        return next.run(request).await;
    }
    tracing::warn!(
        method = %request.method(),
        path = %request.uri().path(),
        origin = ?request.headers().get(header::ORIGIN),
        sec_fetch_site = ?request.headers().get("sec-fetch-site"),
        "refused a cross-site request"
    );
    (
        StatusCode::FORBIDDEN,
        app::t!(
            in super::language::of(request.uri(), request.headers()),
            "cross-site-refused"
        ),
    )
        .into_response()
}

fn is_safe_method(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

fn comes_from_this_site(headers: &HeaderMap, allowed: &AllowedOrigins) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        // "none" is a navigation the person started themselves (typed, bookmarked).
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match headers.get(header::ORIGIN) {
        None => true,
        Some(origin) => {
            let origin = origin.to_str().unwrap_or_default();
            origin == allowed.public || same_host(origin, headers.get(header::HOST))
        }
    }
}

/// Whether `origin` names the host the request was sent to (behind a proxy that keeps
/// the Host header, or when no public URL is configured).
fn same_host(origin: &str, host: Option<&axum::http::HeaderValue>) -> bool {
    let Some(host) = host.and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let Some(authority) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    authority.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    fn allowed() -> AllowedOrigins {
        AllowedOrigins {
            public: "https://ideas.example.org".into(),
        }
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(comes_from_this_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            &allowed()
        ));
        assert!(!comes_from_this_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            &allowed()
        ));
        assert!(!comes_from_this_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            &allowed()
        ));
        // A same-origin Origin does not rescue a cross-site fetch.
        assert!(!comes_from_this_site(
            &headers(&[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://ideas.example.org")
            ]),
            &allowed()
        ));
    }

    #[test]
    fn origin_must_be_this_site() {
        assert!(comes_from_this_site(
            &headers(&[("origin", "https://ideas.example.org")]),
            &allowed()
        ));
        assert!(comes_from_this_site(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            &allowed()
        ));
        assert!(!comes_from_this_site(
            &headers(&[("origin", "https://evil.example")]),
            &allowed()
        ));
        assert!(!comes_from_this_site(
            &headers(&[("origin", "null")]),
            &allowed()
        ));
        assert!(!comes_from_this_site(
            &headers(&[
                ("origin", "https://ideas.example.org.evil.example"),
                ("host", "ideas.example.org")
            ]),
            &allowed()
        ));
    }

    #[test]
    fn requests_from_outside_browsers_pass() {
        assert!(comes_from_this_site(&headers(&[]), &allowed()));
    }
}
