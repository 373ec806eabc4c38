//! Signing in with the demo sign-in, sessions, signing out, and where people return to.

use app::server::entities::{identity, session, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::on_both_databases;
use crate::support::{
    Backend, TestApp, TestConfig, redis_url, spawn_app, spawn_app_with, texts, try_spawn_app_with,
};

/// The session cookie a response sets, as the raw `Set-Cookie` value.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("ideas_session="))
        .map(str::to_owned)
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("ideas_session=")
        .to_owned()
}

async fn signed_in_name(app: &TestApp) -> Option<String> {
    let page = app.page("/", 200).await;
    texts(&page, ".account-name")
        .into_iter()
        .next()
        .map(|t| t.trim_start_matches("Signed in as ").to_owned())
}

async fn demo_sign_in_signs_in_and_returns_to_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let home = app
        .page("/campaigns/apps-for-everyday-health?sort=newest", 200)
        .await;
    let link = scraper::Selector::parse(".nhsuk-header__account-link[href^='/sign-in']").unwrap();
    let href = home
        .select(&link)
        .next()
        .expect("a sign-in link")
        .attr("href")
        .unwrap()
        .to_owned();
    assert_eq!(
        href,
        "/sign-in?return_to=%2Fcampaigns%2Fapps-for-everyday-health%3Fsort%3Dnewest"
    );
    let sign_in = app.page(&href, 200).await;
    let return_to = scraper::Selector::parse("input[name=return_to]").unwrap();
    assert_eq!(
        sign_in.select(&return_to).next().unwrap().attr("value"),
        Some("/campaigns/apps-for-everyday-health?sort=newest")
    );

    let response = app
        .post_form(
            "/auth/demo",
            &[
                ("role", "moderator"),
                (
                    "return_to",
                    "/campaigns/apps-for-everyday-health?sort=newest",
                ),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/campaigns/apps-for-everyday-health?sort=newest"
    );
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(
        !cookie.contains("Secure"),
        "no Secure flag over plain http: {cookie}"
    );
    assert_eq!(
        signed_in_name(&app).await.as_deref(),
        Some("Demo moderator")
    );

    // The account is keyed by (provider, subject) and reused next time.
    app.post_form("/auth/sign-out", &[]).await;
    app.post_form("/auth/demo", &[("role", "moderator")]).await;
    let accounts = identity::Entity::find()
        .filter(identity::Column::Provider.eq("demo"))
        .filter(identity::Column::Subject.eq("moderator"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(accounts, 1);
    let moderator = user::Entity::find()
        .filter(user::Column::DisplayName.eq("Demo moderator"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(moderator.role, app::domain::user::Role::Moderator);
}

async fn sign_out_destroys_the_session_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app.post_form("/auth/demo", &[("role", "public")]).await;
    let first_id = cookie_value(&session_cookie(&first).unwrap());
    assert_eq!(
        session::Entity::find_by_id(first_id.clone())
            .count(&app.db)
            .await
            .unwrap(),
        1
    );

    let out = app.post_form("/auth/sign-out", &[]).await;
    assert_eq!(out.status(), 303);
    assert_eq!(out.headers()["location"], "/");
    assert_eq!(
        session::Entity::find_by_id(first_id.clone())
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(signed_in_name(&app).await, None);

    // Replaying the old cookie after sign-out gets nobody.
    let replay = reqwest::Client::new()
        .get(format!("{}/", app.address))
        .header("cookie", format!("ideas_session={first_id}"))
        .send()
        .await
        .unwrap();
    let page = scraper::Html::parse_document(&replay.text().await.unwrap());
    assert!(texts(&page, ".account-name").is_empty());

    // Signing in again gets a new session id.
    let second = app.post_form("/auth/demo", &[("role", "public")]).await;
    assert_ne!(cookie_value(&session_cookie(&second).unwrap()), first_id);
}

on_both_databases!(
    demo_sign_in_signs_in_and_returns_to_the_page,
    sign_out_destroys_the_session_on_the_server,
);

#[tokio::test]
async fn return_to_never_leaves_the_site() {
    let app = spawn_app(Backend::Sqlite).await;
    for evil in [
        "//evil.example",
        "https://evil.example/",
        "/\\evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "evil.example",
    ] {
        let response = app
            .post_form("/auth/demo", &[("role", "public"), ("return_to", evil)])
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/", "{evil:?}");
        let page = app
            .page(
                &format!(
                    "/sign-in?return_to={}",
                    form_urlencoded::byte_serialize(evil.as_bytes()).collect::<String>()
                ),
                200,
            )
            .await;
        let input = scraper::Selector::parse("input[name=return_to]").unwrap();
        assert_eq!(
            page.select(&input).next().unwrap().attr("value"),
            Some("/"),
            "{evil:?}"
        );
    }
}

#[tokio::test]
async fn an_unknown_role_is_refused_and_nobody_is_signed_in() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.post_form("/auth/demo", &[("role", "root")]).await;
    assert_eq!(response.status(), 400);
    assert!(session_cookie(&response).is_none());
    assert_eq!(signed_in_name(&app).await, None);
}

#[tokio::test]
async fn a_cross_site_sign_in_is_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .client
        .post(format!("{}/auth/demo", app.address))
        .header("origin", "https://evil.example")
        .form(&[("role", "admin")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(session_cookie(&response).is_none());
}

#[tokio::test]
async fn the_session_cookie_is_secure_when_the_site_is_https() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.public_url = Some("https://localhost".parse().unwrap());
    }))
    .await;
    let response = app.post_form("/auth/demo", &[("role", "public")]).await;
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn sessions_are_copied_to_redis_when_it_is_configured() {
    let config = TestConfig::new(Backend::Sqlite).with_redis();
    let prefix = config.redis_prefix.clone();
    let app = spawn_app_with(config).await;
    let response = app.post_form("/auth/demo", &[("role", "developer")]).await;
    let id = cookie_value(&session_cookie(&response).unwrap());
    assert_eq!(
        signed_in_name(&app).await.as_deref(),
        Some("Demo developer")
    );
    let mut redis = redis::Client::open(redis_url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let key = format!("{prefix}session:{id}");
    let stored: Option<String> = redis::cmd("GET")
        .arg(&key)
        .query_async(&mut redis)
        .await
        .unwrap();
    assert!(stored.is_some(), "a copy of the session is in Redis");
    assert_eq!(
        session::Entity::find().count(&app.db).await.unwrap(),
        1,
        "and the session itself in the database"
    );
    app.post_form("/auth/sign-out", &[]).await;
    let stored: Option<String> = redis::cmd("GET")
        .arg(&key)
        .query_async(&mut redis)
        .await
        .unwrap();
    assert!(stored.is_none(), "sign-out deleted the copy");
    assert_eq!(
        session::Entity::find().count(&app.db).await.unwrap(),
        0,
        "and the session"
    );
}

#[tokio::test]
async fn the_demo_sign_in_is_refused_on_a_public_address_unless_forced() {
    let public = || {
        TestConfig::new(Backend::Sqlite).with(|s| {
            s.public_url = Some("https://ideas.example.org".parse().unwrap());
        })
    };
    let refused = try_spawn_app_with(public())
        .await
        .err()
        .expect("start-up refused");
    assert!(
        refused.to_string().contains("IDEAS_DEMO_SIGN_IN"),
        "{refused}"
    );

    // With the demo turned off, the same site starts, and the demo route is not there.
    let off = try_spawn_app_with(public().with(|s| s.demo_sign_in = Some(false)))
        .await
        .expect("starts");
    assert_eq!(as_public_site(&off, "/auth/demo").await.status(), 404);
    let page = crate::support::browser()
        .get(format!("{}/sign-in", off.address))
        .header("host", "ideas.example.org")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let page = scraper::Html::parse_document(&page.text().await.unwrap());
    assert!(texts(&page, "form.demo-sign-in").is_empty());
    // A public site answers to its own name only (health checks aside).
    assert_eq!(off.get("/sign-in").await.status(), 421);
    assert_eq!(off.get("/readyz").await.status(), 200);

    // Forced, it starts (with a loud warning in the log), under the public name too.
    let forced = try_spawn_app_with(public().with(|s| s.force_demo_sign_in = true))
        .await
        .expect("starts");
    assert_eq!(as_public_site(&forced, "/auth/demo").await.status(), 303);
}

/// Posts the demo sign-in form to `app` as a browser on https://ideas.example.org would.
async fn as_public_site(app: &crate::support::TestApp, path: &str) -> reqwest::Response {
    crate::support::browser()
        .post(format!("{}{path}", app.address))
        .header("host", "ideas.example.org")
        .header("origin", "https://ideas.example.org")
        .form(&[("role", "public")])
        .send()
        .await
        .unwrap()
}

/// The demo sign-in is opt-in, and even on it answers only requests sent to this
/// computer's own name: a proxy that forwards another name (or a forged `Host`) gets
/// nothing, and the site does not answer to names that are not its own.
#[tokio::test]
async fn the_demo_sign_in_is_opt_in_and_only_for_this_computer() {
    let off =
        spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| s.demo_sign_in = None)).await;
    assert_eq!(
        off.post_form("/auth/demo", &[("role", "admin")])
            .await
            .status(),
        404
    );
    let page = off.page("/sign-in", 200).await;
    assert!(texts(&page, "form.demo-sign-in").is_empty());

    let on = spawn_app(Backend::Sqlite).await;
    for host in ["evil.example", "ideas.example.org:3000", "10.0.0.5"] {
        let response = crate::support::browser()
            .post(format!("{}/auth/demo", on.address))
            .header("host", host)
            .form(&[("role", "admin")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 421, "{host}");
    }
    for host in ["localhost", "127.0.0.1:8080", "[::1]"] {
        let response = crate::support::browser()
            .post(format!("{}/auth/demo", on.address))
            .header("host", host)
            .form(&[("role", "public")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{host}");
    }
}

#[tokio::test]
async fn the_account_page_needs_sign_in_and_shows_the_persons_own_things() {
    let app = spawn_app(Backend::Sqlite).await;
    let anonymous = app.get("/account").await;
    assert_eq!(anonymous.status(), 302);
    assert_eq!(
        anonymous.headers()["location"],
        "/sign-in?return_to=%2Faccount"
    );

    app.post_form("/auth/demo", &[("role", "developer")]).await;
    let page = app.page("/account", 200).await;
    assert_eq!(texts(&page, "h1"), ["Your account"]);
    assert!(texts(&page, "dd").iter().any(|t| t == "Demo developer"));
    assert!(
        texts(&page, "p")
            .iter()
            .any(|t| t == "You have not put forward any ideas yet.")
    );
}

#[tokio::test]
async fn people_download_their_own_data_and_nobody_elses() {
    use app::server::entities::{idea, vote};
    use sea_orm::{ActiveModelTrait, Set};

    let app = spawn_app(Backend::Sqlite).await;
    let anonymous = app.get("/account/data.json").await;
    assert_eq!(anonymous.status(), 401);
    assert!(anonymous.text().await.unwrap().contains("Sign in"));

    app.post_form("/auth/demo", &[("role", "public")]).await;
    let me = user::Entity::find()
        .filter(user::Column::DisplayName.eq("Demo member of the public"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // One idea and one vote of theirs, among the demo's ideas and votes by others.
    let theirs = idea::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut mine: idea::ActiveModel = theirs.clone().into();
    mine.id = sea_orm::ActiveValue::NotSet;
    mine.author_id = Set(me.id);
    mine.title = Set("My own idea".into());
    let mine = mine.insert(&app.db).await.unwrap();
    vote::ActiveModel {
        user_id: Set(me.id),
        idea_id: Set(theirs.id),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();

    let response = app.get("/account/data.json").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["account"]["id"], me.id);
    assert_eq!(data["account"]["role"], "public");
    assert_eq!(data["sign_in_identities"][0]["provider"], "demo");
    let ideas = data["ideas"].as_array().unwrap();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0]["id"], mine.id);
    assert_eq!(data["votes"].as_array().unwrap().len(), 1);
    assert_eq!(data["votes"][0]["idea_id"], theirs.id);

    let page = app.page("/account", 200).await;
    assert_eq!(texts(&page, ".idea-card h3"), ["My own idea"]);
}
