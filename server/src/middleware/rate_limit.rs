//! Applies the rate limits to the routes that have one (see `routes::table`): per
//! account when someone is signed in, and always per client address.

use std::net::{IpAddr, SocketAddr};

use app::server::rate_limit::{Decision, LimitedAction};
use app::server::state::AppState;
use app::server::web::RouteError;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
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
            // Rendered by the layer around the route: JSON for the API, the site's page
            // for people.
            RouteError::TooMany {
                retry_after_secs: seconds.max(1),
            }
            .into_response()
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::HeaderValue;

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
