//! Addresses that start with `//`.
//!
//! A browser reads a `Location` of `//pkg/` as the host `pkg`, so a redirect built from
//! such a path (the static files' "add a slash" redirect, say) would send people off the
//! site. Collapsing the leading slashes first means no answer ever carries one.

use axum::extract::Request;
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::Response;

/// Serves `//a/b` as `/a/b`.
pub async fn one_leading_slash(mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.starts_with("//") {
        let mut collapsed = format!("/{}", path.trim_start_matches('/'));
        if let Some(query) = request.uri().query() {
            collapsed = format!("{collapsed}?{query}");
        }
        if let Ok(uri) = collapsed.parse::<Uri>() {
            *request.uri_mut() = uri;
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    #[tokio::test]
    async fn leading_slashes_collapse_and_the_query_stays() {
        let app = Router::new()
            .fallback(get(|uri: Uri| async move { uri.to_string() }))
            .layer(axum::middleware::from_fn(one_leading_slash));
        for (asked, seen) in [
            ("//pkg", "/pkg"),
            ("///evil.example/x?a=1", "/evil.example/x?a=1"),
            ("/ideas/1", "/ideas/1"),
        ] {
            let response = app
                .clone()
                .oneshot(Request::builder().uri(asked).body(Body::empty()).unwrap())
                .await
                .unwrap();
            let body = axum::body::to_bytes(response.into_body(), 1024)
                .await
                .unwrap();
            assert_eq!(body, seen.as_bytes(), "{asked}");
        }
    }
}
