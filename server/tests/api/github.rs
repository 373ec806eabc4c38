//! Sign-in with GitHub (plain OAuth2 and its user API) against a small GitHub in the
//! test process, and linking a second way of signing in to an account.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::domain::user::Role;
use app::server::entities::{identity, user};
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use openidconnect::{PkceCodeChallenge, PkceCodeVerifier};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::config::{ProviderKind, ProviderSettings};

use crate::support::{Backend, TestApp, TestConfig, spawn_app_with, texts};

const CLIENT_ID: &str = "github-test-client";

#[derive(Clone, Default)]
struct FakeGitHub {
    base: String,
    /// code -> (PKCE challenge, the GitHub user id it signs in).
    codes: Arc<Mutex<HashMap<String, (String, u64)>>>,
    /// access token -> user id.
    tokens: Arc<Mutex<HashMap<String, u64>>>,
    /// Whether the user API refuses every token (a revoked app, say).
    refuse_user_api: Arc<Mutex<bool>>,
}

async fn token(
    State(fake): State<FakeGitHub>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Json<serde_json::Value>, StatusCode> {
    let (challenge, user_id) = fake
        .codes
        .lock()
        .unwrap()
        .remove(form.get("code").ok_or(StatusCode::BAD_REQUEST)?)
        .ok_or(StatusCode::BAD_REQUEST)?;
    let verifier = PkceCodeVerifier::new(form.get("code_verifier").cloned().unwrap_or_default());
    if PkceCodeChallenge::from_code_verifier_sha256(&verifier).as_str() != challenge {
        return Ok(Json(serde_json::json!({ "error": "invalid_grant" })));
    }
    let access = uuid::Uuid::new_v4().to_string();
    fake.tokens.lock().unwrap().insert(access.clone(), user_id);
    Ok(Json(serde_json::json!({
        "access_token": access,
        "token_type": "bearer",
        "scope": "",
    })))
}

async fn user_api(
    State(fake): State<FakeGitHub>,
    headers: HeaderMap,
) -> Result<Json<serde_json::Value>, StatusCode> {
    if *fake.refuse_user_api.lock().unwrap() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    assert!(
        headers.contains_key("user-agent"),
        "GitHub requires a User-Agent"
    );
    let bearer = headers["authorization"]
        .to_str()
        .unwrap()
        .strip_prefix("Bearer ")
        .unwrap()
        .to_owned();
    let id = *fake
        .tokens
        .lock()
        .unwrap()
        .get(&bearer)
        .ok_or(StatusCode::UNAUTHORIZED)?;
    Ok(Json(serde_json::json!({
        "id": id,
        "login": format!("octo-{id}"),
        "name": null,
    })))
}

async fn start_fake() -> FakeGitHub {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let fake = FakeGitHub {
        base: format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port()),
        ..FakeGitHub::default()
    };
    let router = Router::new()
        .route("/login/oauth/access_token", post(token))
        .route("/user", get(user_api))
        .with_state(fake.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    fake
}

async fn spawn_with_github() -> (TestApp, FakeGitHub) {
    let fake = start_fake().await;
    let url = |path: &str| Some(format!("{}{path}", fake.base).parse().unwrap());
    let provider = ProviderSettings {
        id: "github".into(),
        name: "GitHub".into(),
        kind: ProviderKind::Github,
        issuer: None,
        client_id: CLIENT_ID.into(),
        client_secret: Some("a-secret".to_owned().into()),
        scopes: None,
        authorize_url: url("/login/oauth/authorize"),
        token_url: url("/login/oauth/access_token"),
        user_url: url("/user"),
    };
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.providers = vec![provider];
        // The demo sign-in stays on beside the provider, to have a first way in.
        s.demo_sign_in = Some(true);
    }))
    .await;
    (app, fake)
}

/// Starts at `start` (a path on the app) and plays GitHub's authorization step as
/// `github_user`; returns where the callback sends the browser.
async fn through_github(app: &TestApp, fake: &FakeGitHub, start: &str, github_user: u64) -> String {
    let response = app.get(start).await;
    assert_eq!(response.status(), 303, "GET {start}");
    let location = url::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    assert!(
        location
            .as_str()
            .starts_with(&format!("{}/login/oauth/authorize", fake.base))
    );
    let query: HashMap<String, String> = location.query_pairs().into_owned().collect();
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(query["redirect_uri"].ends_with("/auth/github/callback"));
    let code = uuid::Uuid::new_v4().to_string();
    fake.codes
        .lock()
        .unwrap()
        .insert(code.clone(), (query["code_challenge"].clone(), github_user));
    let response = app
        .get(&format!(
            "/auth/github/callback?code={code}&state={}",
            query["state"]
        ))
        .await;
    assert_eq!(response.status(), 303);
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// Completes a first sign-in: chooses the public name and group on the welcome page.
/// Returns where the person is sent.
async fn welcome(app: &TestApp, name: &str) -> String {
    let response = app
        .post_form(
            "/welcome",
            &[("display_name", name), ("segment", "developer")],
        )
        .await;
    assert_eq!(response.status(), 303);
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn signed_in_as(app: &TestApp) -> Vec<String> {
    texts(&app.page("/", 200).await, ".account-name")
}

#[tokio::test]
async fn github_signs_in_by_its_numeric_id() {
    let (app, fake) = spawn_with_github().await;
    let sign_in = app.page("/sign-in", 200).await;
    assert!(texts(&sign_in, ".sign-in-providers a").contains(&"Sign in with GitHub".to_owned()));

    let back = through_github(
        &app,
        &fake,
        "/auth/github/start?return_to=%2Fcampaigns%2Fapps-for-everyday-health",
        4242,
    )
    .await;
    assert_eq!(back, "/welcome");
    assert_eq!(
        welcome(&app, "Octo Cat").await,
        "/campaigns/apps-for-everyday-health"
    );
    assert_eq!(signed_in_as(&app).await, ["Signed in as Octo Cat"]);
    let stored = identity::Entity::find()
        .filter(identity::Column::Provider.eq("github"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.subject, "4242");
}

#[tokio::test]
async fn a_token_the_user_api_refuses_signs_nobody_in() {
    let (app, fake) = spawn_with_github().await;
    *fake.refuse_user_api.lock().unwrap() = true;
    let back = through_github(&app, &fake, "/auth/github/start", 7).await;
    assert_eq!(back, "/sign-in?error=rejected");
    assert!(signed_in_as(&app).await.is_empty());
}

#[tokio::test]
async fn a_second_provider_links_to_the_same_account_and_can_be_removed() {
    let (app, fake) = spawn_with_github().await;
    // Linking needs someone signed in.
    let anonymous = app.get("/auth/github/start?link=true").await;
    assert_eq!(
        anonymous.headers()["location"],
        "/sign-in?return_to=%2Faccount"
    );

    app.sign_in_as(Role::Public).await;
    let account = app.page("/account", 200).await;
    assert_eq!(
        texts(&account, "a[href='/auth/github/start?link=true']"),
        ["Add GitHub"]
    );
    let back = through_github(&app, &fake, "/auth/github/start?link=true", 99).await;
    assert_eq!(back, "/account?linked=github");
    let account = app.page(&back, 200).await;
    assert_eq!(
        texts(&account, ".nhsuk-notification-banner__heading"),
        ["You can now sign in with either way."]
    );
    let ways = texts(&account, ".sign-in-identities li");
    assert_eq!(ways.len(), 2, "{ways:?}");
    assert!(ways[1].starts_with("GitHub, added"), "{ways:?}");

    // Signing in with GitHub now reaches the same account.
    app.post_form("/auth/sign-out", &[]).await;
    through_github(&app, &fake, "/auth/github/start", 99).await;
    assert_eq!(
        signed_in_as(&app).await,
        ["Signed in as Demo member of the public"]
    );

    // Removing the demo sign-in leaves GitHub; the last way in cannot be removed.
    let me = user::Entity::find()
        .filter(user::Column::DisplayName.eq("Demo member of the public"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mine = identity::Entity::find()
        .filter(identity::Column::UserId.eq(me.id))
        .order_by_asc(identity::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let response = app
        .post_form(&format!("/account/identities/{}/remove", mine[0].id), &[])
        .await;
    assert_eq!(response.headers()["location"], "/account?updated=unlinked");
    let response = app
        .post_form(&format!("/account/identities/{}/remove", mine[1].id), &[])
        .await;
    assert_eq!(response.headers()["location"], "/account?link_error=last");
    let left = identity::Entity::find()
        .filter(identity::Column::UserId.eq(me.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].provider, "github");
}

#[tokio::test]
async fn an_identity_that_belongs_to_another_account_is_not_moved() {
    let (app, fake) = spawn_with_github().await;
    // GitHub user 5 already has an account of their own.
    through_github(&app, &fake, "/auth/github/start", 5).await;
    welcome(&app, "octo-5").await;
    app.post_form("/auth/sign-out", &[]).await;

    app.sign_in_as(Role::Public).await;
    let back = through_github(&app, &fake, "/auth/github/start?link=true", 5).await;
    assert_eq!(back, "/account?link_error=taken&provider=github");
    let owner = identity::Entity::find()
        .filter(identity::Column::Provider.eq("github"))
        .find_also_related(user::Entity)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .1
        .unwrap();
    assert_eq!(owner.display_name, "octo-5");
    // And one cannot remove someone else's identity.
    let theirs = identity::Entity::find()
        .filter(identity::Column::Provider.eq("github"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let response = app
        .post_form(&format!("/account/identities/{}/remove", theirs.id), &[])
        .await;
    assert_eq!(response.status(), 404);
}
