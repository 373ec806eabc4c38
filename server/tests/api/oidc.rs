//! The OpenID Connect callback against a provider that misbehaves on purpose.
//!
//! The happy path and cancelling are tested end to end against the real `oidc-provider`
//! (end2end/tests/accounts.spec.ts). Here a small provider in the test process, with its
//! own RSA key, issues ID tokens that are tampered with, expired, meant for another
//! client or for another sign-in, to show each is refused.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::server::entities::identity;
use axum::extract::{Form, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Duration, Utc};
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreResponseType, CoreRsaPrivateSigningKey, CoreSubjectIdentifierType,
};
use openidconnect::{
    Audience, AuthUrl, EmptyAdditionalClaims, EmptyAdditionalProviderMetadata, EndUserName,
    IssuerUrl, JsonWebKeyId, JsonWebKeySetUrl, LocalizedClaim, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, PrivateSigningKey, ResponseTypes, StandardClaims, SubjectIdentifier,
    TokenUrl,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::config::ProviderSettings;

use crate::support::{Backend, TestApp, TestConfig, spawn_app_with, texts};

const CLIENT_ID: &str = "ideas-test";
const KEY: &str = include_str!("fixtures/oidc-test-key.pem");

/// How the fake provider's next ID token goes wrong.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Good,
    TamperedSignature,
    Expired,
    OtherAudience,
    OtherNonce,
    OtherIssuer,
}

#[derive(Clone)]
struct Fake {
    issuer: String,
    /// code -> (nonce, PKCE challenge) of the sign-in it was issued for.
    codes: Arc<Mutex<HashMap<String, (String, String)>>>,
    mode: Arc<Mutex<Token>>,
    /// Whether the last token request carried the right PKCE verifier.
    pkce_ok: Arc<Mutex<Option<bool>>>,
}

async fn discovery(State(fake): State<Fake>) -> Json<CoreProviderMetadata> {
    let issuer = &fake.issuer;
    let metadata = CoreProviderMetadata::new(
        IssuerUrl::new(issuer.clone()).unwrap(),
        AuthUrl::new(format!("{issuer}/authorize")).unwrap(),
        JsonWebKeySetUrl::new(format!("{issuer}/jwks")).unwrap(),
        vec![ResponseTypes::new(vec![CoreResponseType::Code])],
        vec![CoreSubjectIdentifierType::Public],
        vec![CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256],
        EmptyAdditionalProviderMetadata {},
    )
    .set_token_endpoint(Some(TokenUrl::new(format!("{issuer}/token")).unwrap()));
    Json(metadata)
}

fn signing_key() -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(KEY, Some(JsonWebKeyId::new("test-key".into()))).unwrap()
}

async fn jwks() -> Json<CoreJsonWebKeySet> {
    Json(CoreJsonWebKeySet::new(vec![
        signing_key().as_verification_key(),
    ]))
}

async fn token(
    State(fake): State<Fake>,
    Form(form): Form<HashMap<String, String>>,
) -> Json<serde_json::Value> {
    let (nonce, challenge) = fake
        .codes
        .lock()
        .unwrap()
        .remove(&form["code"])
        .expect("a code this provider issued");
    let verifier = PkceCodeVerifier::new(form.get("code_verifier").cloned().unwrap_or_default());
    let pkce_ok = PkceCodeChallenge::from_code_verifier_sha256(&verifier).as_str() == challenge;
    *fake.pkce_ok.lock().unwrap() = Some(pkce_ok);
    let mode = *fake.mode.lock().unwrap();
    let now = Utc::now();
    let (issued, expires) = match mode {
        Token::Expired => (now - Duration::hours(2), now - Duration::hours(1)),
        _ => (now, now + Duration::minutes(5)),
    };
    let audience = if mode == Token::OtherAudience {
        "someone-else"
    } else {
        CLIENT_ID
    };
    let issuer = if mode == Token::OtherIssuer {
        "https://impostor.example".to_owned()
    } else {
        fake.issuer.clone()
    };
    let nonce = if mode == Token::OtherNonce {
        "a-nonce-from-another-sign-in".to_owned()
    } else {
        nonce
    };
    let mut name = LocalizedClaim::new();
    name.insert(None, EndUserName::new("Fiona Fake".into()));
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(issuer).unwrap(),
        vec![Audience::new(audience.into())],
        expires,
        issued,
        StandardClaims::new(SubjectIdentifier::new("fake-subject-1".into())).set_name(Some(name)),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(nonce)));
    let id_token = CoreIdToken::new(
        claims,
        &signing_key(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap()
    .to_string();
    let id_token = if mode == Token::TamperedSignature {
        // Claim to be someone else after signing: the signature no longer matches.
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut parts: Vec<String> = id_token.split('.').map(str::to_owned).collect();
        let payload = String::from_utf8(engine.decode(&parts[1]).unwrap()).unwrap();
        assert!(payload.contains("fake-subject-1"));
        parts[1] = engine.encode(payload.replace("fake-subject-1", "fake-subject-2"));
        parts.join(".")
    } else {
        id_token
    };
    Json(serde_json::json!({
        "access_token": "an-access-token",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": id_token,
    }))
}

async fn start_fake() -> Fake {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let fake = Fake {
        issuer: format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port()),
        codes: Arc::default(),
        mode: Arc::new(Mutex::new(Token::Good)),
        pkce_ok: Arc::default(),
    };
    let router = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/token", post(token))
        .with_state(fake.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    fake
}

async fn spawn_with_fake() -> (TestApp, Fake) {
    let fake = start_fake().await;
    let provider = ProviderSettings {
        client_secret: Some("a-secret".to_owned().into()),
        ..ProviderSettings::oidc("fake", "Fake ID", fake.issuer.parse().unwrap(), CLIENT_ID)
    };
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.providers = vec![provider];
    }))
    .await;
    (app, fake)
}

/// Starts a sign-in the way the browser would, and plays the provider's part of the
/// authorization step: remembers the sign-in's nonce and PKCE challenge under a code.
/// Returns the code and the state to come back with.
async fn authorize(app: &TestApp, fake: &Fake) -> (String, String) {
    let response = app
        .get("/auth/fake/start?return_to=%2Fcampaigns%2Fapps-for-everyday-health")
        .await;
    assert_eq!(response.status(), 303);
    let location = url::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    assert!(
        location
            .as_str()
            .starts_with(&format!("{}/authorize", fake.issuer)),
        "{location}"
    );
    let query: HashMap<String, String> = location.query_pairs().into_owned().collect();
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(query["scope"].split(' ').any(|s| s == "openid"));
    let code = uuid::Uuid::new_v4().to_string();
    fake.codes.lock().unwrap().insert(
        code.clone(),
        (query["nonce"].clone(), query["code_challenge"].clone()),
    );
    (code, query["state"].clone())
}

async fn callback(app: &TestApp, code: &str, state: &str) -> String {
    let response = app
        .get(&format!("/auth/fake/callback?code={code}&state={state}"))
        .await;
    assert_eq!(response.status(), 303);
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn signed_in(app: &TestApp) -> bool {
    !texts(&app.page("/", 200).await, ".account-name").is_empty()
}

#[tokio::test]
async fn a_good_id_token_signs_in_once_per_identity() {
    let (app, fake) = spawn_with_fake().await;
    // Without a first sign-in waiting, the welcome form makes nothing.
    let response = app
        .post_form(
            "/welcome",
            &[("display_name", "Mallory"), ("segment", "public")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/welcome");
    let again = app.page("/welcome", 200).await;
    assert_eq!(texts(&again, "h1"), ["Sign in again"]);

    let (code, state) = authorize(&app, &fake).await;
    // A first sign-in: the person chooses how they appear before there is an account.
    assert_eq!(callback(&app, &code, &state).await, "/welcome");
    assert_eq!(
        *fake.pkce_ok.lock().unwrap(),
        Some(true),
        "the PKCE verifier matched the challenge"
    );
    assert!(!signed_in(&app).await);
    assert_eq!(
        identity::Entity::find()
            .filter(identity::Column::Provider.eq("fake"))
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "no account yet"
    );
    let welcome = app.page("/welcome", 200).await;
    assert_eq!(
        welcome
            .select(&scraper::Selector::parse("#display-name").unwrap())
            .next()
            .unwrap()
            .value()
            .attr("value"),
        Some("Fiona Fake"),
        "the provider's name is offered"
    );
    assert!(texts(&welcome, "p").iter().any(|p| p.contains("Fake ID")));
    // Both fields are checked as the profile form checks them, and words are kept.
    let refused = app
        .post_form("/welcome", &[("display_name", "F"), ("segment", "")])
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert_eq!(texts(&page, ".nhsuk-error-message").len(), 2);
    assert!(!signed_in(&app).await);
    let response = app
        .post_form(
            "/welcome",
            &[("display_name", "Dr F. Fake"), ("segment", "professional")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/campaigns/apps-for-everyday-health"
    );
    let page = app.page("/", 200).await;
    assert_eq!(texts(&page, ".account-name"), ["Signed in as Dr F. Fake"]);
    let made = app::server::entities::user::Entity::find()
        .filter(app::server::entities::user::Column::DisplayName.eq("Dr F. Fake"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the account, with the chosen name");
    assert_eq!(made.segment, app::domain::user::Segment::Professional);
    assert!(
        app::server::entities::user::Entity::find()
            .filter(app::server::entities::user::Column::DisplayName.eq("Fiona Fake"))
            .one(&app.db)
            .await
            .unwrap()
            .is_none(),
        "the provider's name is never stored without consent"
    );

    // Signing in again reaches the same account, straight back to the page.
    app.post_form("/auth/sign-out", &[]).await;
    let (code, state) = authorize(&app, &fake).await;
    assert_eq!(
        callback(&app, &code, &state).await,
        "/campaigns/apps-for-everyday-health"
    );
    assert!(signed_in(&app).await);
    let identities = identity::Entity::find()
        .filter(identity::Column::Provider.eq("fake"))
        .filter(identity::Column::Subject.eq("fake-subject-1"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(identities, 1);
}

#[tokio::test]
async fn bad_id_tokens_are_refused() {
    let (app, fake) = spawn_with_fake().await;
    for mode in [
        Token::TamperedSignature,
        Token::Expired,
        Token::OtherAudience,
        Token::OtherNonce,
        Token::OtherIssuer,
    ] {
        *fake.mode.lock().unwrap() = mode;
        let (code, state) = authorize(&app, &fake).await;
        assert_eq!(
            callback(&app, &code, &state).await,
            "/sign-in?error=rejected",
            "{mode:?}"
        );
        assert!(!signed_in(&app).await, "{mode:?} signed someone in");
    }
    assert_eq!(
        identity::Entity::find()
            .filter(identity::Column::Provider.eq("fake"))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_state_that_does_not_match_is_refused_and_the_sign_in_cannot_be_replayed() {
    let (app, fake) = spawn_with_fake().await;
    let (code, state) = authorize(&app, &fake).await;
    assert_eq!(
        callback(&app, &code, "forged-state").await,
        "/sign-in?error=state"
    );
    assert!(!signed_in(&app).await);
    // The pending sign-in was used up by that attempt: the right state no longer works.
    assert_eq!(callback(&app, &code, &state).await, "/sign-in?error=state");
    assert!(!signed_in(&app).await);
}

#[tokio::test]
async fn an_unknown_provider_is_not_found() {
    let (app, _fake) = spawn_with_fake().await;
    assert_eq!(app.get("/auth/nobody/start").await.status(), 404);
    assert_eq!(
        app.get("/auth/nobody/callback?code=x&state=y")
            .await
            .status(),
        404
    );
}
