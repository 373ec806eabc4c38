//! Applies the rate limits to the routes that have one (see `routes::table`): per
//! account when someone is signed in, and always per client address.

use std::net::{IpAddr, SocketAddr};

use app::server::rate_limit::{Decision, LimitedAction};
use app::server::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;

/// What a limited route needs: the state, and which limit applies.
#[derive(Clone)]
pub struct Limited {
    pub state: AppState,
    pub action: LimitedAction,
}

/// Lets the request through, or answers 429 with `Retry-After`.
pub async fn rate_limit(State(limited): State<Limited>, request: Request, next: Next) -> Response {
    let address = client_address(&request, limited.state.trusted_proxy_hops);
    let account = match request.extensions().get::<Session>() {
        Some(session) => app::server::auth::session_account(session).await,
        None => None,
    };
    match limited
        .state
        .limits
        .check(limited.action, account, address)
        .await
    {
        Decision::Allowed => next.run(request).await,
        Decision::Limited { retry_after } => {
            let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
            tracing::info!(action = limited.action.key(), seconds, "rate limited");
            too_many(request.uri().path(), seconds.max(1))
        }
    }
}

fn client_address(request: &Request, hops: usize) -> Option<IpAddr> {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    app::server::rate_limit::client_address(request.headers(), peer, hops)
}

/// 429: JSON for the API, a short page for people.
fn too_many(path: &str, seconds: u64) -> Response {
    let mut response = if path.starts_with("/api/") {
        (
            StatusCode::TOO_MANY_REQUESTS,
            axum::Json(serde_json::json!({
                "error": format!("Too many requests. Try again in {seconds} seconds."),
                "retry_after": seconds,
            })),
        )
            .into_response()
    } else {
        let wait = match seconds {
            1 => "a second".to_owned(),
            s if s < 120 => format!("{s} seconds"),
            s => format!("{} minutes", s.div_ceil(60)),
        };
        let html = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Too many attempts – Ideas and Apps</title>\
             <link rel=\"stylesheet\" href=\"/pkg/ideas.css\"></head>\
             <body><div class=\"nhsuk-width-container\"><main class=\"nhsuk-main-wrapper\" id=\"maincontent\">\
             <h1 class=\"nhsuk-heading-xl\">Too many attempts</h1>\
             <p class=\"nhsuk-body\">You have done this many times in a short while, so we have paused it to keep the site fair for everyone.</p>\
             <p class=\"nhsuk-body\">Wait {wait}, then go back and try again. Anything you typed is still in the form when you go back.</p>\
             <p class=\"nhsuk-body\"><a href=\"/\">Go to the home page</a></p>\
             </main></div></body></html>"
        );
        (StatusCode::TOO_MANY_REQUESTS, Html(html)).into_response()
    };
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(peer: &str, forwarded: Option<&str>) -> Request {
        let mut request = Request::builder().uri("/").body(Body::empty()).unwrap();
        request
            .extensions_mut()
            .insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        if let Some(f) = forwarded {
            request
                .headers_mut()
                .insert("x-forwarded-for", HeaderValue::from_str(f).unwrap());
        }
        request
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let r = request("10.0.0.1:5000", Some("1.2.3.4"));
        assert_eq!(client_address(&r, 0), Some("10.0.0.1".parse().unwrap()));
    }

    #[test]
    fn with_one_proxy_the_last_forwarded_address_counts() {
        // The client forged "6.6.6.6"; the proxy appended the real one.
        let r = request("10.0.0.1:5000", Some("6.6.6.6, 1.2.3.4"));
        assert_eq!(client_address(&r, 1), Some("1.2.3.4".parse().unwrap()));
        assert_eq!(client_address(&r, 2), Some("6.6.6.6".parse().unwrap()));
        // Fewer entries than proxies: the connection's address.
        let r = request("10.0.0.1:5000", None);
        assert_eq!(client_address(&r, 1), Some("10.0.0.1".parse().unwrap()));
    }
}
