//! The authorization matrix: every page, server function and other route, asked by
//! nobody and by each role, answers as `app::access` and `server::routes::table` say.
//!
//! The list of what to ask comes from the application itself (the Leptos route table,
//! the registered server functions, the server's route table), so a route added
//! without saying who may use it fails here.

use std::collections::HashMap;

use app::access::{Access, PAGES, SERVER_FNS};
use app::domain::user::Role;
use app::server::entities::idea;
use axum::http::Method;
use sea_orm::{EntityTrait, QueryOrder};

use crate::support::{Backend, TestApp, TestConfig, browser, spawn_app_with};
use app::server::rate_limit::LimitedAction;

/// Who is asking: nobody, or someone signed in with a role.
const PERSONAS: [Option<Role>; 6] = [
    None,
    Some(Role::Public),
    Some(Role::Developer),
    Some(Role::Helper),
    Some(Role::Moderator),
    Some(Role::Admin),
];

/// What the server said, reduced to what authorization decides.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    /// Sent to sign in (a page or form) or 401 (a server function or file).
    SignIn,
    /// 403.
    Forbidden,
    /// Anything else: the request got past the checks (200, a validation 422, a 404
    /// for a made-up id, a redirect elsewhere).
    Let(u16),
}

fn answer(response: &reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default();
    match status {
        401 => Answer::SignIn,
        303 | 302 | 307 if location.starts_with("/sign-in") => Answer::SignIn,
        403 => Answer::Forbidden,
        other => Answer::Let(other),
    }
}

fn expected_for(access: Access, persona: Option<Role>) -> &'static str {
    if access.allows(persona) {
        "let through"
    } else if persona.is_none() {
        "sent to sign in"
    } else {
        "forbidden"
    }
}

fn matches(answer: &Answer, access: Access, persona: Option<Role>) -> bool {
    match expected_for(access, persona) {
        "let through" => matches!(answer, Answer::Let(_)),
        "sent to sign in" => *answer == Answer::SignIn,
        _ => *answer == Answer::Forbidden,
    }
}

/// A browser as `persona`: a fresh one per request, because some routes (sign-out,
/// deleting the account) end the session they are asked in.
async fn client_as(app: &TestApp, persona: Option<Role>) -> reqwest::Client {
    match persona {
        None => browser(),
        Some(role) => app.signed_in_browser(role).await,
    }
}

/// Fills a route's `{parameters}` with values that exist in the demo data.
fn fill(path: &str, values: &HashMap<&str, String>) -> String {
    let mut filled = path.to_owned();
    for (name, value) in values {
        filled = filled.replace(&format!("{{{name}}}"), value);
    }
    assert!(
        !filled.contains('{'),
        "no sample value for a parameter of {path}: add one to the authorization test"
    );
    filled
}

async fn sample_values(app: &TestApp) -> HashMap<&'static str, String> {
    let first = idea::Entity::find()
        .order_by_asc(idea::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo data has ideas");
    HashMap::from([
        ("slug", "apps-for-everyday-health".to_owned()),
        ("id_slug", format!("{}-{}", first.id, first.slug)),
        ("id", "1".to_owned()),
        // No such comment: who may edit or delete one is an ownership question, tested
        // with the comments; here only sign-in is.
        ("comment_id", "999999".to_owned()),
        ("provider", "no-such-provider".to_owned()),
        ("key", "contact".to_owned()),
        // The sitemap's files and the campaigns' feeds.
        ("file", "pages.xml".to_owned()),
    ])
}

/// The arguments each server function is called with (form-encoded, as the browser
/// sends them).
fn server_fn_arguments(path: &str) -> &'static str {
    match path {
        "/api/campaigns/get" => "slug=apps-for-everyday-health&query[sort]=Top",
        "/api/ideas/get" => "id=1",
        "/api/ideas/similar" => "campaign=apps-for-everyday-health&title=sleep+diary",
        "/api/ideas/new" => "campaign=apps-for-everyday-health",
        "/api/ideas/vote" => "idea_id=1&support=true",
        "/api/ideas/own" => "id=1",
        "/api/comments/for-edit" => "id=999999",
        "/api/campaigns/form" => "slug=apps-for-everyday-health",
        "/api/accounts/list" => "query=",
        "/api/email/outbox-message" => "id=1",
        "/api/email/check-link" => "token=1.2.3",
        "/api/directory/list" => "query[sort]=Name&query[page]=1",
        "/api/directory/get" => "id=1",
        "/api/directory/answering" => "idea_id=1",
        "/api/directory/my-listing" => "id=1",
        "/api/directory/review" => "id=1",
        "/api/moderation/report-context" => "subject=idea&id=1",
        "/api/moderation/person" | "/api/assisted/person" => "id=1",
        "/api/moderation/idea-edit" => "id=1",
        "/api/site-pages/get" | "/api/site-pages/for-edit" => "key=contact",
        "/api/drafts/get" | "/api/drafts/for-edit" => "slug=no-such-draft",
        _ => "",
    }
}

#[tokio::test]
async fn every_page_route_and_server_function_checks_who_is_asking() {
    // Hundreds of sign-ins from one address in a few seconds: far past what the sign-in
    // limit allows a real address, so it is lifted here.
    let mut config = TestConfig::new(Backend::Sqlite);
    config.lift_limits(&[LimitedAction::SignIn]);
    let app = spawn_app_with(config).await;
    let values = sample_values(&app).await;
    let mut failures = Vec::new();

    // Pages: the real route table, each path declared in `app::access::PAGES`.
    let routes = leptos_axum::generate_route_list(app::App);
    assert!(routes.len() >= PAGES.len());
    for route in &routes {
        let path = route.path();
        let Some((_, access)) = PAGES.iter().find(|(p, _)| *p == path) else {
            failures.push(format!("page {path} is not in app::access::PAGES"));
            continue;
        };
        let url = fill(path, &values);
        for persona in PERSONAS {
            let response = client_as(&app, persona)
                .await
                .get(format!("{}{url}", app.address))
                .send()
                .await
                .unwrap();
            let got = answer(&response);
            if !matches(&got, *access, persona) {
                failures.push(format!(
                    "GET {url} as {persona:?}: expected {}, got {got:?}",
                    expected_for(*access, persona)
                ));
            }
        }
    }

    // Server functions: every one registered, each declared in `app::access::SERVER_FNS`.
    let registered: Vec<(String, Method)> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, method)| (path.to_owned(), method))
        .collect();
    assert!(!registered.is_empty());
    for (path, method) in &registered {
        let Some((_, access)) = SERVER_FNS.iter().find(|(p, _)| p == path) else {
            failures.push(format!(
                "server function {path} is not in app::access::SERVER_FNS"
            ));
            continue;
        };
        for persona in PERSONAS {
            let response = client_as(&app, persona)
                .await
                .request(method.clone(), format!("{}{path}", app.address))
                .header("origin", &app.address)
                .header("accept", "application/json")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(server_fn_arguments(path))
                .send()
                .await
                .unwrap();
            let got = answer(&response);
            if !matches(&got, *access, persona) {
                failures.push(format!(
                    "{method} {path} as {persona:?}: expected {}, got {got:?}",
                    expected_for(*access, persona)
                ));
            }
            if let Answer::Let(status) = got
                && status >= 500
            {
                failures.push(format!("{method} {path} as {persona:?}: {status}"));
            }
        }
    }
    for (path, _) in SERVER_FNS {
        if !registered.iter().any(|(p, _)| p == path) {
            failures.push(format!("SERVER_FNS lists {path}, which is not registered"));
        }
    }

    // Every other route, from the table the router is built from.
    for route in server::routes::table() {
        let url = fill(route.path, &values);
        for persona in PERSONAS {
            let response = client_as(&app, persona)
                .await
                .request(route.method.clone(), format!("{}{url}", app.address))
                .header("origin", &app.address)
                .header("content-type", "application/x-www-form-urlencoded")
                .body("")
                .send()
                .await
                .unwrap();
            let got = answer(&response);
            if !matches(&got, route.access, persona) {
                failures.push(format!(
                    "{} {url} as {persona:?}: expected {}, got {got:?}",
                    route.method,
                    expected_for(route.access, persona)
                ));
            }
            if let Answer::Let(status) = got
                && status >= 500
            {
                failures.push(format!("{} {url} as {persona:?}: {status}", route.method));
            }
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
