//! The directory: a developer lists an app, a moderator publishes it, and consumers
//! mirror it through the API (polling `updated_since`), the feed, and webhooks.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::domain::listing::ListingStatus;
use app::domain::user::Role;
use app::server::entities::{listing, listing_revision, user, webhook, webhook_delivery};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use crate::on_both_databases;
use crate::support::{Backend, TestApp, assert_tombstone, browser, spawn_app, texts};

/// A complete, valid listing form.
pub(crate) fn listing_form<'a>(
    name: &'a str,
    idea: &'a str,
    intent: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("tagline", "Keep a sleep diary and see what helps you rest"),
        ("description", "A diary for **sleep**, with reminders."),
        ("organisation", "Rest Ltd"),
        ("website_url", "https://rest.example.org"),
        ("app_store_links", "https://apps.example.org/rest"),
        ("platforms", "web"),
        ("platforms", "android"),
        ("categories", "mental-health"),
        ("audiences", "public"),
        ("cost", "free"),
        ("accessibility_url", ""),
        ("privacy_url", "https://rest.example.org/privacy"),
        ("dtac_completed", "yes"),
        ("device_class", "not_a_device"),
        ("evidence_tier", "tier_b"),
        ("clinical_safety_officer", ""),
        ("contact_email", "hello@rest.example.org"),
        ("ideas", idea),
        ("intent", intent),
    ]
}

/// Signs `app`'s own client in as a member of the public and makes them a developer.
pub(crate) async fn become_developer(app: &TestApp) -> i64 {
    app.sign_in_as(Role::Public).await;
    let response = app
        .post_form(
            "/developer/profile",
            &[
                ("organisation", "Rest Ltd"),
                ("website_url", "https://rest.example.org"),
                ("contact_email", "team@rest.example.org"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/developer?done=profile");
    let me = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Developer.key()))
        .order_by_desc(user::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the person is now a developer");
    me.id
}

pub(crate) async fn newest_listing(app: &TestApp) -> listing::Model {
    listing::Entity::find()
        .order_by_desc(listing::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a listing")
}

async fn html(app: &TestApp, client: &reqwest::Client, path: &str) -> scraper::Html {
    let response = client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    scraper::Html::parse_document(&response.text().await.unwrap())
}

async fn a_listing_goes_from_draft_to_published_to_archived(backend: Backend) {
    let app = spawn_app(backend).await;
    let developer = become_developer(&app).await;
    let idea = app.first_idea().await;
    let idea_ref = idea.id.to_string();

    // A draft is saved, not reviewed, not public.
    let response = app
        .post_form(
            "/developer/listings/new",
            &listing_form("Rest Easy", &idea_ref, "draft"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let draft = newest_listing(&app).await;
    assert_eq!(draft.owner_id, developer);
    assert_eq!(draft.status, ListingStatus::Draft);
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let queue = html(&app, &moderator, "/moderation/listings").await;
    assert!(!texts(&queue, "td a").contains(&"Rest Easy".to_owned()));

    // Sent for review from the listing page; the queue shows it.
    let response = app
        .post_form(&format!("/developer/listings/{}/submit", draft.id), &[])
        .await;
    assert_eq!(response.status(), 303);
    let queue = html(&app, &moderator, "/moderation/listings").await;
    assert!(texts(&queue, "td a").contains(&"Rest Easy".to_owned()));
    // The moderators' main queue lists it too, so one page shows everything waiting.
    let main_queue = html(&app, &moderator, "/moderation").await;
    assert!(texts(&main_queue, "td a").contains(&"Rest Easy".to_owned()));

    // A decision without a message where one is needed is refused, with the choice kept.
    let path = format!("/moderation/listings/{}/decision", draft.id);
    let refused = app
        .post_from(
            &moderator,
            &path,
            &[("decision", "changes"), ("message", "")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = scraper::Html::parse_document(&refused.text().await.unwrap());
    assert!(
        texts(&page, ".nhsuk-error-message")
            .iter()
            .any(|m| m.contains("what the developer needs to change"))
    );
    assert_eq!(
        newest_listing(&app).await.status,
        ListingStatus::Submitted,
        "a refused decision changes nothing"
    );

    // Changes requested: the developer sees the message in the history and edits.
    let response = app
        .post_from(
            &moderator,
            &path,
            &[
                ("decision", "changes"),
                ("message", "Add an accessibility statement."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let mine = app
        .page(&format!("/developer/listings/{}", draft.id), 200)
        .await;
    assert!(texts(&mine, "strong").contains(&"Changes requested".to_owned()));
    assert!(
        texts(&mine, "li")
            .iter()
            .any(|t| t.contains("Add an accessibility statement."))
    );
    let mut form = listing_form("Rest Easy", &idea_ref, "submit");
    form.retain(|(k, _)| *k != "accessibility_url");
    form.push((
        "accessibility_url",
        "https://rest.example.org/accessibility",
    ));
    let response = app
        .post_form(&format!("/developer/listings/{}/edit", draft.id), &form)
        .await;
    assert_eq!(response.status(), 303);

    // Approved: public, with the idea it answers, and on the idea's page.
    let response = app
        .post_from(
            &moderator,
            &path,
            &[("decision", "approve"), ("message", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let published = newest_listing(&app).await;
    assert_eq!(published.status, ListingStatus::Approved);
    assert!(published.last_reviewed_at.is_some());
    let anyone = browser();
    let directory = html(&app, &anyone, "/directory").await;
    assert!(texts(&directory, "h3 a").contains(&"Rest Easy".to_owned()));
    let public_page = html(
        &app,
        &anyone,
        &format!("/directory/{}-{}", published.id, published.slug),
    )
    .await;
    assert!(texts(&public_page, "a").contains(&idea.title));
    assert!(
        texts(&public_page, "p")
            .iter()
            .any(|t| t.contains("Last reviewed by a moderator on"))
    );
    let idea_page = html(&app, &anyone, &format!("/ideas/{}-{}", idea.id, idea.slug)).await;
    assert!(
        texts(&idea_page, "h3 a").contains(&"Rest Easy".to_owned()),
        "the idea page lists it"
    );

    // An edit to the published listing waits for review; the approved version stays live.
    let response = app
        .post_form(
            &format!("/developer/listings/{}/edit", published.id),
            &listing_form("Rest Easier", &idea_ref, "submit"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let directory = html(&app, &anyone, "/directory").await;
    assert!(texts(&directory, "h3 a").contains(&"Rest Easy".to_owned()));
    assert!(!texts(&directory, "h3 a").contains(&"Rest Easier".to_owned()));
    let review = html(
        &app,
        &moderator,
        &format!("/moderation/listings/{}", published.id),
    )
    .await;
    let cells = texts(&review, "tbody tr");
    assert!(
        cells.iter().any(|row| row.contains("Name")
            && row.contains("Rest Easy")
            && row.contains("Rest Easier")),
        "the diff shows the name before and after: {cells:?}"
    );
    assert!(
        cells
            .iter()
            .any(|row| row.starts_with("Accessibility statement")),
        "and the dropped accessibility statement: {cells:?}"
    );
    assert!(
        !cells.iter().any(|row| row.starts_with("Organisation")),
        "unchanged fields are not listed"
    );
    let response = app
        .post_from(
            &moderator,
            &path,
            &[("decision", "approve"), ("message", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let directory = html(&app, &anyone, "/directory?q=easier").await;
    assert_eq!(
        texts(&directory, "h3 a"),
        vec!["Rest Easier".to_owned()],
        "search finds the new name"
    );

    // Archived by its developer: out of the directory, a tombstone in the feed.
    let response = app
        .post_form(
            &format!("/developer/listings/{}/archive", published.id),
            &[("reason", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let directory = html(&app, &anyone, "/directory").await;
    assert!(!texts(&directory, "h3 a").contains(&"Rest Easier".to_owned()));
    let gone = anyone
        .get(format!(
            "{}/directory/{}-{}",
            app.address, published.id, published.slug
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);
    let record: Value = anyone
        .get(format!("{}/api/v1/listings/{}", app.address, published.id))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_tombstone(&record);
    // The same in the page of changes a mirror polls.
    let changes: Value = anyone
        .get(format!(
            "{}/api/v1/listings?updated_since=2000-01-01T00:00:00Z",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let item = changes["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == published.id)
        .expect("the archived listing is in the changes");
    assert_tombstone(item);
    // Every step is in the history, with who could read it.
    let history = app
        .page(&format!("/developer/listings/{}", published.id), 200)
        .await;
    let steps = texts(&history, "ol li strong");
    assert_eq!(
        steps,
        [
            "Sent for review",
            "Changes requested",
            "Sent for review",
            "Approved and published",
            "Sent for review",
            "Approved and published",
            "Archived"
        ]
    );
}

async fn bad_listings_are_refused_with_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    become_developer(&app).await;
    let listings_before = listing::Entity::find().count(&app.db).await.unwrap();
    let revisions_before = listing_revision::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    let mut form = listing_form("<script>alert(1)</script>", "999999", "submit");
    form.retain(|(k, _)| *k != "website_url");
    form.push(("website_url", "javascript:alert(document.cookie)"));
    let response = app.post_form("/developer/listings/new", &form).await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(
        !body.contains("<script>alert(1)</script>"),
        "typed markup is escaped"
    );
    let page = scraper::Html::parse_document(&body);
    assert!(
        texts(&page, "#website-url-error")
            .iter()
            .any(|m| m.contains("starting with https://"))
    );
    let name = scraper::Selector::parse("#name").unwrap();
    assert_eq!(
        page.select(&name).next().unwrap().value().attr("value"),
        Some("<script>alert(1)</script>"),
        "what was typed is kept"
    );
    assert_eq!(
        listing::Entity::find().count(&app.db).await.unwrap(),
        listings_before
    );
    // An idea that does not exist is named, and nothing is stored either.
    let response = app
        .post_form(
            "/developer/listings/new",
            &listing_form("Rest Easy", "999999", "submit"),
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert!(
        texts(&page, "#ideas-error")
            .iter()
            .any(|m| m.contains("999999"))
    );
    assert_eq!(
        listing::Entity::find().count(&app.db).await.unwrap(),
        listings_before
    );
    assert_eq!(
        listing_revision::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        revisions_before
    );
}

async fn only_developers_list_and_only_owners_change(backend: Backend) {
    let app = spawn_app(backend).await;
    // Without a profile, the form explains how to become a developer; a post changes nothing.
    app.sign_in_as(Role::Public).await;
    let page = app.page("/developer/listings/new", 200).await;
    assert!(texts(&page, "h1").contains(&"Tell us about your organisation first".to_owned()));
    let response = app
        .post_form(
            "/developer/listings/new",
            &listing_form("Rest Easy", "", "submit"),
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/developer");
    assert_eq!(
        listing::Entity::find().count(&app.db).await.unwrap(),
        2,
        "the demo's two"
    );

    become_developer(&app).await;
    app.post_form(
        "/developer/listings/new",
        &listing_form("Rest Easy", "", "submit"),
    )
    .await;
    let mine = newest_listing(&app).await;
    // Another developer cannot see, change, submit or archive it.
    let other = app.signed_in_browser(Role::Developer).await;
    for path in [
        format!("/developer/listings/{}", mine.id),
        format!("/developer/listings/{}/edit", mine.id),
    ] {
        let response = other
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "GET {path}");
    }
    let response = app
        .post_from(
            &other,
            &format!("/developer/listings/{}/archive", mine.id),
            &[("reason", "")],
        )
        .await;
    assert_eq!(response.status(), 404);
    // Nor can a developer decide on their own listing.
    let response = app
        .post_form(
            &format!("/moderation/listings/{}/decision", mine.id),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(newest_listing(&app).await.status, ListingStatus::Submitted);

    // A revoked developer can no longer list, and is told why.
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/listings/{}/revoke-developer", mine.id),
            &[("reason", "Listings copied from another company.")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let page = app.page("/developer", 200).await;
    assert!(
        texts(&page, ".nhsuk-notification-banner__heading")
            .iter()
            .any(|t| t.contains("Listings copied"))
    );
    let before = listing::Entity::find().count(&app.db).await.unwrap();
    app.post_form(
        "/developer/listings/new",
        &listing_form("Another", "", "submit"),
    )
    .await;
    assert_eq!(
        listing::Entity::find().count(&app.db).await.unwrap(),
        before
    );
}

/// A consumer of the feed: polls `updated_since` (following `next`), applying records
/// and tombstones to its own copy.
struct Mirror {
    since: Option<String>,
    listings: BTreeMap<i64, Value>,
}

impl Mirror {
    async fn poll(&mut self, app: &TestApp) {
        let client = reqwest::Client::new();
        let mut url = match &self.since {
            Some(since) => format!(
                "/api/v1/listings?limit=2&updated_since={}",
                urlencode(since)
            ),
            None => "/api/v1/listings?limit=2".to_owned(),
        };
        let first_poll = self.since.is_none();
        let started = chrono::Utc::now();
        loop {
            let response = client
                .get(format!("{}{url}", app.address))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "GET {url}");
            let page: Value = response.json().await.unwrap();
            for item in page["items"].as_array().unwrap() {
                let id = item["id"].as_i64().unwrap();
                if item["status"] == "archived" {
                    self.listings.remove(&id);
                } else {
                    assert!(first_poll || item["status"] == "published");
                    self.listings.insert(id, item.clone());
                }
            }
            match page["next_url"].as_str() {
                Some(next) => url = next.to_owned(),
                None => break,
            }
        }
        // Next time, everything changed since just before this poll began.
        self.since = Some((started - chrono::Duration::seconds(1)).to_rfc3339());
    }
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

async fn published_names(app: &TestApp) -> BTreeMap<i64, String> {
    listing::Entity::find()
        .filter(listing::Column::Status.eq(ListingStatus::Approved))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| (l.id, l.name))
        .collect()
}

fn mirrored_names(mirror: &Mirror) -> BTreeMap<i64, String> {
    mirror
        .listings
        .iter()
        .map(|(id, v)| (*id, v["name"].as_str().unwrap().to_owned()))
        .collect()
}

async fn a_polling_consumer_mirrors_the_directory_exactly(backend: Backend) {
    let app = spawn_app(backend).await;
    become_developer(&app).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let approve = |id: i64| {
        let app = &app;
        let moderator = moderator.clone();
        async move {
            let response = app
                .post_from(
                    &moderator,
                    &format!("/moderation/listings/{id}/decision"),
                    &[("decision", "approve")],
                )
                .await;
            assert_eq!(response.status(), 303);
        }
    };
    let mut ids = Vec::new();
    for n in 0..5 {
        let name = format!("Tool number {n}");
        app.post_form(
            "/developer/listings/new",
            &listing_form(&name, "", "submit"),
        )
        .await;
        let id = newest_listing(&app).await.id;
        ids.push(id);
        if n != 4 {
            approve(id).await;
        }
    }
    let mut mirror = Mirror {
        since: None,
        listings: BTreeMap::new(),
    };
    mirror.poll(&app).await;
    assert_eq!(mirrored_names(&mirror), published_names(&app).await);
    assert!(
        !mirror.listings.contains_key(&ids[4]),
        "the one waiting for review is not published"
    );

    // Edits (one approved, one still pending), an archive, and a new publication.
    app.post_form(
        &format!("/developer/listings/{}/edit", ids[0]),
        &listing_form("Renamed tool", "", "submit"),
    )
    .await;
    approve(ids[0]).await;
    app.post_form(
        &format!("/developer/listings/{}/edit", ids[1]),
        &listing_form("Pending rename", "", "submit"),
    )
    .await;
    app.post_form(
        &format!("/developer/listings/{}/archive", ids[2]),
        &[("reason", "")],
    )
    .await;
    approve(ids[4]).await;
    mirror.poll(&app).await;
    let expected = published_names(&app).await;
    assert_eq!(mirrored_names(&mirror), expected);
    assert_eq!(
        expected.get(&ids[0]).map(String::as_str),
        Some("Renamed tool")
    );
    assert_eq!(
        expected.get(&ids[1]).map(String::as_str),
        Some("Tool number 1")
    );
    assert!(!expected.contains_key(&ids[2]));

    // The CSV (written as it is read, so of no length known up front) and the Atom
    // feed carry the same published set.
    let response = reqwest::get(format!("{}/api/v1/listings.csv", app.address))
        .await
        .unwrap();
    assert!(response.headers().get("content-length").is_none());
    let csv = response.text().await.unwrap();
    assert_eq!(csv.lines().count(), expected.len() + 1);
    let atom = reqwest::get(format!("{}/feeds/listings.atom", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for name in expected.values() {
        assert!(
            atom.contains(&format!("<title>{name}</title>")),
            "{name} is in the feed"
        );
    }
    assert!(!atom.contains("Tool number 2"));
}

async fn the_api_answers_conditional_and_cross_site_requests(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/listings", app.address);
    let first = client
        .get(&url)
        .header("origin", "https://other.example")
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["access-control-allow-origin"], "*");
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = client
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.text().await.unwrap().is_empty());
    // A preflight for a conditional request from another site is allowed.
    let preflight = client
        .request(reqwest::Method::OPTIONS, &url)
        .header("origin", "https://other.example")
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "if-none-match")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    // Once something is published, the tag changes and Last-Modified is given.
    become_developer(&app).await;
    app.post_form(
        "/developer/listings/new",
        &listing_form("Rest Easy", "", "submit"),
    )
    .await;
    let id = newest_listing(&app).await.id;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    app.post_from(
        &moderator,
        &format!("/moderation/listings/{id}/decision"),
        &[("decision", "approve")],
    )
    .await;
    let changed = client
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let modified = changed.headers()["last-modified"]
        .to_str()
        .unwrap()
        .to_owned();
    let since = client
        .get(&url)
        .header("if-modified-since", &modified)
        .send()
        .await
        .unwrap();
    assert_eq!(since.status(), 304);
    // Strict parameters: a clear JSON error names the one at fault.
    let bad = client
        .get(format!("{url}?updated_since=yesterday"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let body: Value = bad.json().await.unwrap();
    assert_eq!(body["parameter"], "updated_since");
}

/// What a webhook receiver was sent.
#[derive(Clone, Debug)]
struct Received {
    id: String,
    event: String,
    signature: String,
    body: String,
}

/// A real HTTP receiver on loopback that fails its first `fail_first` requests with 500.
async fn receiver(
    listener: tokio::net::TcpListener,
    fail_first: usize,
) -> Arc<Mutex<Vec<Received>>> {
    use axum::http::HeaderMap;
    let received: Arc<Mutex<Vec<Received>>> = Arc::default();
    let seen = Arc::new(Mutex::new(0usize));
    let store = received.clone();
    let handler = move |headers: HeaderMap, body: String| {
        let store = store.clone();
        let seen = seen.clone();
        async move {
            let mut count = seen.lock().unwrap();
            *count += 1;
            if *count <= fail_first {
                return axum::http::StatusCode::INTERNAL_SERVER_ERROR;
            }
            let header = |name: &str| headers[name].to_str().unwrap().to_owned();
            store.lock().unwrap().push(Received {
                id: header("webhook-id"),
                event: header("webhook-event"),
                signature: header("webhook-signature"),
                body,
            });
            axum::http::StatusCode::NO_CONTENT
        }
    };
    let router = axum::Router::new().route("/hook", axum::routing::post(handler));
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    received
}

/// Checks a delivery's signature as a receiver would.
fn verify(secret: &str, received: &Received) -> bool {
    let (t, v1) = received.signature.split_once(",v1=").unwrap();
    let timestamp: i64 = t.trim_start_matches("t=").parse().unwrap();
    app::server::webhooks::signature(secret, timestamp, &received.body) == received.signature
        && v1.len() == 64
}

async fn register_webhook(app: &TestApp, url: &str) -> String {
    let admin = app.signed_in_browser(Role::Admin).await;
    let secret = "a-long-shared-secret-for-tests";
    let response = app
        .post_from(
            &admin,
            "/admin/webhooks",
            &[
                ("url", url),
                ("description", "The national site"),
                ("secret", secret),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    secret.to_owned()
}

async fn wait_for<F: Fn() -> bool>(what: &str, done: F) {
    for _ in 0..300 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

async fn webhooks_are_signed_retried_and_never_lost(backend: Backend) {
    let app = spawn_app(backend).await;
    // A receiver that fails its first delivery, and one that is down at first.
    let flaky = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let flaky_url = format!("http://{}/hook", flaky.local_addr().unwrap());
    let flaky_got = receiver(flaky, 1).await;
    let down = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let down_addr = down.local_addr().unwrap();
    drop(down);
    let secret = register_webhook(&app, &flaky_url).await;
    register_webhook(&app, &format!("http://{down_addr}/hook")).await;

    become_developer(&app).await;
    app.post_form(
        "/developer/listings/new",
        &listing_form("Rest Easy", "", "submit"),
    )
    .await;
    let id = newest_listing(&app).await.id;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    app.post_from(
        &moderator,
        &format!("/moderation/listings/{id}/decision"),
        &[("decision", "approve")],
    )
    .await;
    app.post_form(
        &format!("/developer/listings/{id}/archive"),
        &[("reason", "")],
    )
    .await;

    // The flaky receiver gets both events, signed, after a retry.
    wait_for("two deliveries", || flaky_got.lock().unwrap().len() >= 2).await;
    let got = flaky_got.lock().unwrap().clone();
    assert!(
        got.iter().all(|r| verify(&secret, r)),
        "signatures check out"
    );
    assert!(!verify("the-wrong-secret-entirely", &got[0]));
    let events: Vec<&str> = got.iter().map(|r| r.event.as_str()).collect();
    assert!(events.contains(&"listing.published") && events.contains(&"listing.archived"));
    let archived: Value = serde_json::from_str(
        &got.iter()
            .find(|r| r.event == "listing.archived")
            .unwrap()
            .body,
    )
    .unwrap();
    assert_eq!(archived["listing"]["id"], id);
    assert_tombstone(&archived["listing"]);
    // The receiver answers before the worker records the attempt: wait for the record.
    let mut retried = 0;
    for _ in 0..100 {
        retried = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::Attempts.gt(1))
            .filter(webhook_delivery::Column::DeliveredAt.is_not_null())
            .count(&app.db)
            .await
            .unwrap();
        if retried >= 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        retried >= 1,
        "the failed attempt was retried, then delivered"
    );
    assert_ne!(got[0].id, got[1].id, "each delivery has its own id");

    // The receiver that was down comes up: nothing was lost meanwhile.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let late = tokio::net::TcpListener::bind(down_addr).await.unwrap();
    let late_got = receiver(late, 0).await;
    wait_for("the late receiver's deliveries", || {
        late_got.lock().unwrap().len() >= 2
    })
    .await;
    // The delivery log in the admin page shows the failures and the deliveries.
    let admin = app.signed_in_browser(Role::Admin).await;
    let page = html(&app, &admin, "/admin/webhooks").await;
    let rows = texts(&page, "tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("listing.published") && r.contains("Delivered"))
    );
    // Registering and removing webhooks are in the audit log, with the address.
    let hooks = webhook::Entity::find().all(&app.db).await.unwrap();
    let first = hooks[0].clone();
    let response = app
        .post_from(&admin, &format!("/admin/webhooks/{}/remove", first.id), &[])
        .await;
    assert_eq!(response.status(), 303);
    let audit = crate::support::audit_of(&app, "webhook", first.id).await;
    assert_eq!(
        audit,
        [
            ("webhook.registered".to_owned(), Some(first.url.clone())),
            ("webhook.removed".to_owned(), Some(first.url)),
        ]
    );
}

/// The receivers in these tests listen on loopback.
const LOCAL_TARGETS: app::server::webhook_target::TargetPolicy =
    app::server::webhook_target::TargetPolicy { allow_local: true };

/// Several instances' workers share one outbox: each delivery is sent once, even when
/// a slow receiver makes a batch outlast the time a claim used to be good for.
async fn several_workers_send_each_delivery_once(backend: Backend) {
    let app = spawn_app(backend).await;
    // A receiver that takes most of the timeout to answer, counting each Webhook-Id.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let got: Arc<Mutex<Vec<String>>> = Arc::default();
    let store = got.clone();
    let slow = move |headers: axum::http::HeaderMap| {
        let store = store.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(700)).await;
            let id = headers["webhook-id"].to_str().unwrap().to_owned();
            store.lock().unwrap().push(id);
            axum::http::StatusCode::NO_CONTENT
        }
    };
    let router = axum::Router::new().route("/hook", axum::routing::post(slow));
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let hook = app.webhook_at(&url).await;
    const DELIVERIES: usize = 20;
    for _ in 0..DELIVERIES {
        app.due_delivery(&hook).await;
    }
    // Six more workers beside the server's own, polling the same outbox: some stand idle
    // while others are still sending, as instances do.
    let settings = app::server::webhooks::DeliverySettings {
        timeout: Duration::from_secs(1),
        retry_base: Duration::from_secs(60),
        targets: LOCAL_TARGETS,
        ..Default::default()
    };
    let workers = (0..6).map(|_| {
        let (db, deliverer) = (
            app.db.clone(),
            app::server::webhooks::Deliverer::new(settings.clone()),
        );
        tokio::spawn(async move {
            for _ in 0..60 {
                deliverer.deliver_due(&db).await.unwrap();
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    });
    for worker in workers.collect::<Vec<_>>() {
        worker.await.unwrap();
    }
    wait_for("every delivery", || got.lock().unwrap().len() >= DELIVERIES).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut ids = got.lock().unwrap().clone();
    ids.sort();
    let sent = ids.len();
    ids.dedup();
    assert_eq!(
        sent,
        ids.len(),
        "a delivery was sent twice: {sent} posts for {} ids",
        ids.len()
    );
    assert_eq!(ids.len(), DELIVERIES);
}

/// A developer's data is theirs: the download has their profile, listings with every
/// revision, the reports they made and their suspensions; deleting the account removes
/// the contact email and profile, archives their listings (a tombstone for mirrors) and
/// the words of their reports.
async fn a_developers_data_is_downloaded_whole_and_deleted_with_the_account(backend: Backend) {
    use app::server::entities::{developer_profile, report};
    let app = spawn_app(backend).await;
    let developer = become_developer(&app).await;
    let idea = app.first_idea().await;
    let response = app
        .post_form(
            "/developer/listings/new",
            &listing_form("Rest Easy", &idea.id.to_string(), "submit"),
        )
        .await;
    assert_eq!(response.status(), 303);
    let listing = newest_listing(&app).await;
    let moderator = app.signed_in_browser(Role::Moderator).await;
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/listings/{}/decision", listing.id),
            &[("decision", "approve"), ("message", "")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let response = app
        .post_form(
            &format!("/ideas/{}-{}/report", idea.id, idea.slug),
            &[
                ("reason", "spam"),
                ("detail", "An advert for a rival of ours"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let until = (chrono::Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%d")
        .to_string();
    let response = app
        .post_from(
            &moderator,
            &format!("/moderation/people/{developer}/suspend"),
            &[
                ("until", until.as_str()),
                ("template", "spam"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);

    // Suspended, they still download everything held about them.
    let data: Value = app.get("/account/data.json").await.json().await.unwrap();
    assert_eq!(
        data["developer_profile"]["contact_email"],
        "team@rest.example.org"
    );
    assert_eq!(data["developer_profile"]["organisation"], "Rest Ltd");
    let listings = data["listings"].as_array().unwrap();
    assert_eq!(listings.len(), 1);
    assert_eq!(listings[0]["name"], "Rest Easy");
    let revisions = listings[0]["revisions"].as_array().unwrap();
    assert!(!revisions.is_empty());
    assert_eq!(revisions[0]["content"]["name"], "Rest Easy");
    assert_eq!(revisions[0]["by_you"], true);
    assert_eq!(data["reports_filed"][0]["reason"], "spam");
    assert_eq!(
        data["reports_filed"][0]["detail"],
        "An advert for a rival of ours"
    );
    assert_eq!(data["suspensions"][0]["what"], "suspended");
    assert!(data["account"]["suspended_until"].is_string());

    // Deleted: the profile and contact email go, the listing is archived (mirrors see a
    // tombstone), and the report keeps its reason but not its words.
    let response = app.post_form("/account/delete", &[]).await;
    assert_eq!(response.status(), 303);
    assert!(
        developer_profile::Entity::find_by_id(developer)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    let archived = listing::Entity::find_by_id(listing.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(archived.status, ListingStatus::Archived);
    let record: Value = app
        .get(&format!("/api/v1/listings/{}", listing.id))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(record["status"], "archived");
    assert_tombstone(&record);
    let reports = report::Entity::find()
        .filter(report::Column::ReporterId.eq(developer))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].reason, "spam");
    assert_eq!(reports[0].detail, None);
}

on_both_databases!(
    a_developers_data_is_downloaded_whole_and_deleted_with_the_account,
    several_workers_send_each_delivery_once,
    a_listing_goes_from_draft_to_published_to_archived,
    bad_listings_are_refused_with_what_was_typed,
    only_developers_list_and_only_owners_change,
    a_polling_consumer_mirrors_the_directory_exactly,
    the_api_answers_conditional_and_cross_site_requests,
    webhooks_are_signed_retried_and_never_lost,
);

#[tokio::test]
async fn the_openapi_document_covers_every_api_route() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = reqwest::get(format!("{}/api/v1/openapi.json", app.address))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for route in server::routes::table() {
        if route.path.starts_with("/api/v1/") {
            assert!(
                paths.contains_key(route.path),
                "{} is not in the OpenAPI document",
                route.path
            );
        }
    }
}
