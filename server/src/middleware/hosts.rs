//! Which `Host` the site answers to.
//!
//! Only the public URL's host (and, in development, loopback) is served: a request for
//! any other name did not come through the address people use, so it is answered with
//! 421 and nothing else. This keeps the site from answering under names it does not own
//! (cache poisoning, links built from a forged host) and the demo sign-in from being
//! reached through a proxy that forwards another name. Health checks are exempt: load
//! balancers often ask by address.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The hosts this instance answers to.
#[derive(Clone, Debug)]
pub struct AllowedHosts {
    /// The public URL's host, lower case, and its port (or its scheme's default).
    host: String,
    port: u16,
    /// Whether the public URL is itself on loopback (development, tests): then any
    /// loopback name is served too.
    development: bool,
}

impl AllowedHosts {
    pub fn new(public_url: &url::Url) -> Self {
        let host = public_url
            .host_str()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self {
            development: is_loopback(&host),
            port: public_url.port_or_known_default().unwrap_or(80),
            host,
        }
    }

    /// Whether `authority` (`name` or `name:port`, as in a `Host` header) is served.
    pub fn allows(&self, authority: &str) -> bool {
        let (name, port) = split_authority(authority);
        let name = name.to_ascii_lowercase();
        if self.development && is_loopback(&name) {
            return true;
        }
        name == self.host && port.is_none_or(|p| p == self.port)
    }
}

/// Whether `name` (a host, without port; IPv6 in brackets) is this computer.
pub fn is_loopback(name: &str) -> bool {
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// `name:port` split at the port's colon (IPv6 literals keep theirs: `[::1]:3000`).
pub fn split_authority(authority: &str) -> (&str, Option<u16>) {
    match authority.rsplit_once(':') {
        Some((name, port)) if !name.is_empty() && !port.contains(']') => match port.parse() {
            Ok(port) if name.starts_with('[') == name.ends_with(']') => (name, Some(port)),
            _ => (authority, None),
        },
        _ => (authority, None),
    }
}

/// The host a request was sent to: its `Host` header, or the URI's authority (HTTP/2).
pub fn request_host(request: &Request) -> Option<String> {
    request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_owned()))
}

/// Answers a request for another host with 421 Misdirected Request.
pub async fn only_our_hosts(
    State(allowed): State<AllowedHosts>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    match request_host(&request) {
        Some(host) if allowed.allows(&host) => next.run(request).await,
        host => {
            tracing::warn!(?host, "refused a request for another host");
            (
                StatusCode::MISDIRECTED_REQUEST,
                "This site does not answer to that address.",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_host_is_served_in_production() {
        let allowed = AllowedHosts::new(&"https://ideas.example.org".parse().unwrap());
        assert!(allowed.allows("ideas.example.org"));
        assert!(allowed.allows("IDEAS.example.org:443"));
        assert!(!allowed.allows("ideas.example.org:8443"));
        assert!(!allowed.allows("evil.example"));
        assert!(!allowed.allows("127.0.0.1:3000"));
        assert!(!allowed.allows("localhost"));
        assert!(!allowed.allows("ideas.example.org.evil.example"));
    }

    #[test]
    fn loopback_is_served_in_development() {
        let allowed = AllowedHosts::new(&"http://127.0.0.1:3000".parse().unwrap());
        for host in [
            "127.0.0.1:3000",
            "localhost:3000",
            "[::1]:3000",
            "127.0.0.1",
        ] {
            assert!(allowed.allows(host), "{host}");
        }
        assert!(!allowed.allows("evil.example:3000"));
        assert!(!allowed.allows("10.0.0.5:3000"));
    }

    #[test]
    fn authorities_split_at_the_port() {
        assert_eq!(split_authority("a.example:80"), ("a.example", Some(80)));
        assert_eq!(split_authority("a.example"), ("a.example", None));
        assert_eq!(split_authority("[::1]:3000"), ("[::1]", Some(3000)));
        assert_eq!(split_authority("[::1]"), ("[::1]", None));
        assert!(is_loopback("[::1]") && is_loopback("127.0.0.2") && !is_loopback("10.0.0.1"));
    }
}
