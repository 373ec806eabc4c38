//! Security headers and cross-site request refusal, on the running server.

use crate::support::{Backend, TestConfig, spawn_app, spawn_app_with};

fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("{name} is missing from {}", response.url()))
        .to_str()
        .unwrap()
}

#[tokio::test]
async fn pages_carry_a_nonce_policy_that_matches_their_inline_scripts() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/").await;
    let policy = header(&response, "content-security-policy").to_owned();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let nonce = crate::support::policy_nonce(&policy);
    let html = response.text().await.unwrap();
    assert!(
        html.contains(&format!(r#"nonce="{nonce}""#)),
        "the inline script carries the policy's nonce"
    );
    // A fresh nonce on every response.
    let again = app.get("/").await;
    assert!(!header(&again, "content-security-policy").contains(&nonce));
}

/// Pages keep their own policy while static files are served at the same moment (a
/// browser loads the bundle, styles and icons in parallel with the next page). With
/// `leptos_axum::file_and_error_handler` a file could take a concurrent page's headers.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_keep_their_policy_while_files_are_served_in_parallel() {
    let app = std::sync::Arc::new(spawn_app(Backend::Sqlite).await);
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..400 {
        let app = app.clone();
        tasks.spawn(async move {
            let path = if i % 2 == 0 { "/" } else { "/pkg/ideas.css" };
            let response = app.get(path).await;
            assert_eq!(response.status(), 200, "{path}");
            let policy = header(&response, "content-security-policy").to_owned();
            (path, policy)
        });
    }
    let mut wrong = 0;
    while let Some(result) = tasks.join_next().await {
        let (path, policy) = result.unwrap();
        let is_page_policy = policy.contains("'nonce-");
        if is_page_policy != (path == "/") {
            wrong += 1;
        }
    }
    assert_eq!(wrong, 0, "responses with the other kind's policy");
}

#[tokio::test]
async fn every_response_has_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in [
        "/",
        "/healthz",
        "/readyz",
        "/no-such-page",
        "/pkg/no-such-file.js",
    ] {
        let response = app.get(path).await;
        assert_eq!(
            header(&response, "x-content-type-options"),
            "nosniff",
            "{path}"
        );
        assert_eq!(
            header(&response, "referrer-policy"),
            "strict-origin-when-cross-origin",
            "{path}"
        );
        assert_eq!(header(&response, "x-frame-options"), "DENY", "{path}");
        assert!(
            header(&response, "content-security-policy").contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none(),
            "no HSTS over http: {path}"
        );
    }
    let json = app.get("/healthz").await;
    assert!(header(&json, "content-security-policy").starts_with("default-src 'none'"));
}

#[tokio::test]
async fn hsts_is_sent_when_the_public_url_is_https() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.public_url = Some("https://localhost".parse().unwrap());
    }))
    .await;
    let response = app.get("/").await;
    assert!(header(&response, "strict-transport-security").starts_with("max-age="));
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_same_site_ones_served() {
    let app = spawn_app(Backend::Sqlite).await;
    let url = format!("{}/api/campaigns/home", app.address);
    let post = |headers: &[(&'static str, String)]| {
        let mut request = app
            .client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            // As the browser's server-function client asks (a form post without
            // JavaScript would be answered with a redirect instead).
            .header("accept", "application/json")
            .body("");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        request.send()
    };
    let refused = [
        vec![("origin", "https://evil.example".to_owned())],
        vec![("origin", "null".to_owned())],
        vec![("sec-fetch-site", "cross-site".to_owned())],
        vec![
            ("sec-fetch-site", "same-site".to_owned()),
            ("origin", app.address.clone()),
        ],
    ];
    for headers in refused {
        let response = post(&headers).await.unwrap();
        assert_eq!(response.status(), 403, "{headers:?}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("came from another website")
        );
    }
    let allowed = [
        vec![("origin", app.address.clone())],
        vec![
            ("sec-fetch-site", "same-origin".to_owned()),
            ("origin", app.address.clone()),
        ],
        vec![],
    ];
    for headers in allowed {
        let response = post(&headers).await.unwrap();
        assert_eq!(response.status(), 200, "{headers:?}");
    }
    // Reads are never refused, wherever they come from.
    let response = app
        .client
        .get(format!("{}/", app.address))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// No answer sends a browser off the site: a path starting with `//` is never turned into
/// a redirect a browser reads as another host, and return paths that resolve to one are
/// refused at sign-in.
#[tokio::test]
async fn no_redirect_leaves_the_site() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["//pkg", "///pkg", "//evil.example", "//evil.example/"] {
        let response = app.get(path).await;
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert!(!location.starts_with("//"), "{path} -> {location}");
        assert!(!location.contains('\\'), "{path} -> {location}");
    }
    for evil in ["/.//pkg", "/./pkg", "/a/..//evil.example", "//pkg"] {
        let response = app
            .post_form("/auth/demo", &[("role", "public"), ("return_to", evil)])
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/", "{evil}");
    }
    // The sign-out address asked for with GET, and an unknown provider, get the site's
    // own "not found" page rather than an empty answer.
    for path in [
        "/auth/sign-out",
        "/auth/no-such-provider/start",
        "/auth/no-such-provider/callback",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let body = response.text().await.unwrap();
        assert!(body.contains("Page not found"), "{path}: {body}");
    }
}
