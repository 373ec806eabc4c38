//! The cache of public pages (`middleware::page_cache`): served again with a fresh
//! nonce, to someone signed in with their own part drawn separately, and retired by any
//! change made through any instance. Each test changes an idea's title behind the
//! server's back, which only a page drawn again can show: so the old title is proof a
//! page came from the cache, and the new one proof it did not.

use app::domain::user::Role;
use app::server::entities::idea;
use sea_orm::{ActiveModelTrait, ActiveValue::Set};

use crate::support::{
    Backend, TestApp, TestConfig, browser, closed_port_url, redis_url, spawn_app_with, texts,
};

fn cached(config: TestConfig) -> TestConfig {
    config.with(|s| s.page_cache_seconds = 60)
}

/// Renames `idea` in the database, as no page of the server knows.
async fn rename_behind_the_servers_back(app: &TestApp, idea: &idea::Model, title: &str) {
    let mut renamed: idea::ActiveModel = idea.clone().into();
    renamed.title = Set(title.to_owned());
    renamed.update(&app.db).await.unwrap();
}

/// The page as someone not signed in gets it: its body and the nonce of its policy.
async fn anonymous(app: &TestApp, path: &str) -> (String, String) {
    let response = browser()
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let nonce = crate::support::policy_nonce(&policy);
    let body = response.text().await.unwrap();
    // Every script's nonce is this response's, the cached ones' included.
    let nonces = script_nonces(&body);
    assert!(!nonces.is_empty(), "{path}");
    assert!(
        nonces.iter().all(|n| *n == nonce),
        "{path}: {nonces:?} / {nonce}"
    );
    (body, nonce)
}

/// The nonces a page's scripts carry, in order.
fn script_nonces(body: &str) -> Vec<&str> {
    body.split("nonce=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect()
}

async fn supports(app: &TestApp, client: &reqwest::Client, idea_id: i64) {
    let vote = format!("/ideas/{idea_id}/vote");
    let response = app
        .post_from(client, &vote, &[("support", "yes"), ("return_to", "/")])
        .await;
    assert_eq!(response.status(), 303);
}

async fn a_page_is_kept_until_the_data_changes(backend: Backend) {
    let app = spawn_app_with(cached(TestConfig::new(backend))).await;
    // Signing in is a change too (a session is written): done first, so the change
    // below that retires the pages is the vote.
    let member = app.signed_in_browser(Role::Public).await;
    let idea = app.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    let list = format!("/campaigns/{}", app.demo_campaign().await.slug);
    let (first, first_nonce) = anonymous(&app, &page).await;
    assert!(first.contains(&idea.title));
    anonymous(&app, &list).await;

    rename_behind_the_servers_back(&app, &idea, "Renamed where no page can see").await;
    let (again, again_nonce) = anonymous(&app, &page).await;
    assert!(again.contains(&idea.title), "served from the cache");
    assert!(!again.contains("Renamed where no page can see"));
    assert_ne!(again_nonce, first_nonce, "with a nonce of its own");
    assert!(anonymous(&app, &list).await.0.contains(&idea.title));
    // Someone signed in is never served an idea page from it: it is theirs throughout.
    let theirs = app.page_from(&member, &page, 200).await.html();
    assert!(theirs.contains("Renamed where no page can see"));

    // Any change through the server retires every page kept before it.
    supports(&app, &member, idea.id).await;
    let (after, _) = anonymous(&app, &page).await;
    assert!(
        after.contains("Renamed where no page can see"),
        "drawn again"
    );
    assert!(
        anonymous(&app, &list)
            .await
            .0
            .contains("Renamed where no page can see")
    );
}

crate::on_both_databases!(a_page_is_kept_until_the_data_changes);

/// `path` as `client` gets it, its nonce replaced by `NONCE` so that two answers
/// compare (and without Leptos's markers); `drawn_in_full` sends credentials, which the cache passes by.
async fn as_seen_by(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    drawn_in_full: bool,
) -> String {
    let mut request = client.get(format!("{}{path}", app.address));
    if drawn_in_full {
        request = request.bearer_auth("not-a-token");
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let nonce = crate::support::policy_nonce(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap(),
    );
    // Leptos leaves empty comments (`<!>`) where its views join, a few more or fewer as
    // a part is drawn inside the page or on its own: outside an island nothing reads them.
    response
        .text()
        .await
        .unwrap()
        .replace(&nonce, "NONCE")
        .replace("<!>", "")
}

/// The list as `client` gets it, asserting it came from the cache: it still has the
/// title the idea had before it was renamed behind the server's back.
async fn kept_list(
    app: &TestApp,
    client: &reqwest::Client,
    list: &str,
    title: &str,
) -> scraper::Html {
    let html = app.page_from(client, list, 200).await;
    assert!(html.html().contains(title), "served from the cache");
    assert!(!html.html().contains("Renamed where no page can see"));
    html
}

/// Someone signed in gets the page kept for everyone with their own account items in
/// its header, exactly as the page drawn in full for them has them.
async fn a_signed_in_reader_gets_the_kept_page_with_their_own_part(backend: Backend) {
    let app = spawn_app_with(cached(TestConfig::new(backend))).await;
    let member = app.signed_in_browser(Role::Public).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let idea = app.first_idea().await;
    let list = format!("/campaigns/{}", app.demo_campaign().await.slug);
    for path in ["/", list.as_str(), "/directory"] {
        let full = as_seen_by(&app, &member, path, true).await;
        // Not kept yet: drawn as for no one, kept, and given the member's part.
        let first = as_seen_by(&app, &member, path, false).await;
        // Kept: the member's part only.
        let again = as_seen_by(&app, &member, path, false).await;
        assert_eq!(first, full, "{path}: the page drawn in full, word for word");
        assert_eq!(again, full, "{path}");
    }

    rename_behind_the_servers_back(&app, &idea, "Renamed where no page can see").await;
    let members = kept_list(&app, &member, &list, &idea.title).await;
    let moderators = kept_list(&app, &moderator, &list, &idea.title).await;
    let no_ones = kept_list(&app, &browser(), &list, &idea.title).await;
    let names = |html: &scraper::Html| texts(html, ".account-name");
    assert_eq!(names(&members).len(), 1, "{:?}", names(&members));
    assert_eq!(names(&moderators).len(), 1);
    assert_ne!(names(&members), names(&moderators), "each their own");
    assert!(names(&no_ones).is_empty());
    for signed_in in [&members, &moderators] {
        assert!(
            texts(signed_in, ".nhsuk-header__account-button").len() == 1,
            "sign out"
        );
        assert!(!signed_in.html().contains("/sign-in?"));
    }
    assert!(no_ones.html().contains("/sign-in?"));

    // Signed out, the same browser gets the page as anyone not signed in.
    let signed_out = app.post_from(&member, "/auth/sign-out", &[]).await;
    assert_eq!(signed_out.status(), 303);
    let after = app.page_from(&member, &list, 200).await;
    assert!(names(&after).is_empty());
}

crate::on_both_databases!(a_signed_in_reader_gets_the_kept_page_with_their_own_part);

/// `path` as `client` gets it asking for `encoding`: how it came (`Content-Encoding`),
/// and its text unzipped with its nonce replaced by `NONCE`.
async fn encoded(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    encoding: &str,
) -> (Option<String>, String) {
    let response = client
        .get(format!("{}{path}", app.address))
        .header("accept-encoding", encoding)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let came = header("content-encoding");
    let vary: Vec<String> = response
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_lowercase())
        .collect();
    let nonce = crate::support::policy_nonce(&header("content-security-policy").unwrap());
    let bytes = response.bytes().await.unwrap();
    if came.is_none() {
        return (
            came,
            String::from_utf8(bytes.to_vec())
                .unwrap()
                .replace(&nonce, "NONCE"),
        );
    }
    assert!(
        vary.iter().any(|v| v.contains("accept-encoding")),
        "{path}: {vary:?}"
    );
    let mut text = String::new();
    if came.as_deref() == Some("gzip") {
        use std::io::Read;
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .unwrap();
    }
    // Every script's nonce is this response's.
    assert!(script_nonces(&text).iter().all(|n| *n == nonce), "{path}");
    (came, text.replace(&nonce, "NONCE"))
}

/// A browser that accepts gzip gets a kept page gzipped, the very page it would get
/// uncompressed (a fresh nonce apart), for someone not signed in and, with their own
/// parts, for someone who is; one that accepts Brotli alone gets it compressed as any
/// other response is.
#[tokio::test]
async fn a_kept_page_is_sent_gzipped_to_browsers_that_accept_it() {
    let app = spawn_app_with(cached(TestConfig::new(Backend::Sqlite))).await;
    let member = app.signed_in_browser(Role::Public).await;
    let idea = app.first_idea().await;
    let list = format!("/campaigns/{}", app.demo_campaign().await.slug);
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    for path in ["/", list.as_str(), page.as_str(), "/directory"] {
        let (came, plain) = encoded(&app, &browser(), path, "identity").await;
        assert_eq!(came, None, "{path}");
        let (came, unzipped) = encoded(&app, &browser(), path, "gzip, deflate, br, zstd").await;
        assert_eq!(came.as_deref(), Some("gzip"), "{path}");
        assert_eq!(unzipped, plain, "{path}: the same page");
    }
    // From the cache, gzipped: the title from before the rename.
    rename_behind_the_servers_back(&app, &idea, "Renamed where no page can see").await;
    let (_, kept) = encoded(&app, &browser(), &list, "gzip").await;
    assert!(kept.contains(&idea.title));
    assert!(!kept.contains("Renamed where no page can see"));

    let full = as_seen_by(&app, &member, &list, true).await;
    let (came, theirs) = encoded(&app, &member, &list, "gzip, br").await;
    assert_eq!(came.as_deref(), Some("gzip"));
    assert!(theirs.contains(&idea.title), "from the cache");
    assert_eq!(
        theirs.replace("<!>", ""),
        full.replace("Renamed where no page can see", &idea.title),
        "with the member's own parts"
    );

    let (came, _) = encoded(&app, &browser(), &list, "br").await;
    assert_eq!(
        came.as_deref(),
        Some("br"),
        "Brotli alone: compressed per response"
    );
}

/// Two instances, one database and one Redis: a vote through one retires the pages the
/// other keeps.
#[tokio::test]
async fn a_change_through_one_instance_retires_the_others_pages() {
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    let config = || {
        cached(TestConfig::new(Backend::Postgres)).with(|s| {
            s.redis_url = Some(redis_url().into());
            s.redis_prefix = prefix.clone();
        })
    };
    let first = spawn_app_with(config()).await;
    let mut second = config();
    second.database_url = Some(first.database_url.clone());
    let second = spawn_app_with(second).await;
    let member = second.signed_in_browser(Role::Public).await;
    let idea = first.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    anonymous(&first, &page).await;
    anonymous(&second, &page).await;

    rename_behind_the_servers_back(&first, &idea, "Renamed under both").await;
    assert!(anonymous(&first, &page).await.0.contains(&idea.title));
    assert!(anonymous(&second, &page).await.0.contains(&idea.title));
    supports(&second, &member, idea.id).await;
    // The instance the change went through retires its pages at once; the other within
    // the time it trusts the generation it last read.
    assert!(
        anonymous(&second, &page)
            .await
            .0
            .contains("Renamed under both")
    );
    tokio::time::sleep(server::middleware::page_cache::SHARED_FRESH).await;
    assert!(
        anonymous(&first, &page)
            .await
            .0
            .contains("Renamed under both")
    );
}

/// With Redis away the generation cannot be read, so nothing is served from the cache.
#[tokio::test]
async fn with_redis_away_every_page_is_drawn_again() {
    let app = spawn_app_with(
        cached(TestConfig::new(Backend::Sqlite))
            .with(|s| s.redis_url = Some(closed_port_url("redis").into())),
    )
    .await;
    let idea = app.first_idea().await;
    let page = format!("/ideas/{}-{}", idea.id, idea.slug);
    assert!(anonymous(&app, &page).await.0.contains(&idea.title));
    rename_behind_the_servers_back(&app, &idea, "Renamed with Redis away").await;
    assert!(
        anonymous(&app, &page)
            .await
            .0
            .contains("Renamed with Redis away")
    );
}
