//! `spawn_app()` and the services the tests run against.
//!
//! PostgreSQL and Redis are real servers started by `scripts/test` (see
//! `scripts/services`), which exports `TEST_POSTGRES_URL` and `TEST_REDIS_URL`. A test
//! that needs one fails with a message saying how to start it, rather than being
//! skipped: a suite that quietly skips its PostgreSQL half proves nothing.

use std::net::SocketAddr;
use std::path::Path;

use app::server::rate_limit::{LimitedAction, Quota};
use leptos::prelude::LeptosOptions;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use secrecy::SecretString;
use server::config::{LogFormat, Settings};
use server::startup::Application;

/// The statements a [`TestApp::recording_connection`] has sent.
#[derive(Clone, Default)]
pub struct Statements(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Statements {
    /// Those sent since the last call.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// Which database a test runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running server and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    /// Cookies on, redirects off: tests see every redirect the server sends.
    pub client: reqwest::Client,
    /// A second connection to the same database, to arrange and check state directly.
    pub db: DatabaseConnection,
    /// The server's rankings: a test that writes ideas or votes straight into the
    /// database passes them on with `app::server::rankings::sync`, as the server does.
    pub rankings: app::server::rankings::Rankings,
    /// The database this server uses (another instance may be pointed at it).
    pub database_url: String,
    /// Kept so the SQLite file outlives the test.
    _data_dir: tempfile::TempDir,
}

/// How a test wants its server: the server's own [`Settings`] (reached through this,
/// as `config.rate_limits`, `config.redis_url`…), with the test's defaults, and the
/// database to use.
pub struct TestConfig {
    pub backend: Backend,
    /// An existing database to use (another instance's), instead of a fresh one.
    pub database_url: Option<String>,
    pub settings: Settings,
}

impl TestConfig {
    pub fn new(backend: Backend) -> Self {
        let settings = Settings {
            // The tests sign in with the demo sign-in, which is off unless turned on.
            demo_sign_in: Some(true),
            // Every test gets its own Redis keys unless it shares them on purpose.
            redis_prefix: format!("test-{}:", uuid::Uuid::new_v4().simple()),
            database_max_connections: 5,
            // Most tests change the database behind the server's back and read the page
            // at once; the page cache's own tests turn it on.
            page_cache_seconds: 0,
            // The analysis figures of the tests' small campaigns are worked out for each
            // request, as on a quick machine: by the time (50 ms by default) they would
            // be kept and served a little behind when the CPU is slow or shared, and a
            // test reading them just after a change failed now and then. The test of
            // the background work sets its own.
            analysis: server::config::AnalysisSettings {
                inline_below_ms: 60_000,
                ..Default::default()
            },
            // The tests' receivers listen on loopback, over plain http.
            webhooks: server::config::WebhookSettings {
                retry_base_secs: 1,
                poll_every_ms: 100,
                allow_local_targets: true,
                ..Default::default()
            },
            ..Settings::default()
        };
        Self {
            backend,
            database_url: None,
            settings,
        }
    }

    /// The same, changed by `change`.
    pub fn with(mut self, change: impl FnOnce(&mut Settings)) -> Self {
        change(&mut self.settings);
        self
    }

    /// Uses the test Redis server.
    pub fn with_redis(self) -> Self {
        self.with(|s| s.redis_url = Some(redis_url().into()))
    }

    /// Lifts the rate limits on `actions`, for tests that do in seconds what no person
    /// does (hundreds of sign-ins or votes from one address).
    pub fn lift_limits(&mut self, actions: &[LimitedAction]) {
        for action in actions {
            self.limit(*action, 1_000_000, 1);
        }
    }

    /// Sets the quota of `action`: `burst` at once, then one more every `every_ms`.
    pub fn limit(&mut self, action: LimitedAction, burst: u32, every_ms: u64) {
        self.settings
            .rate_limits
            .quotas
            .insert(action, Quota { burst, every_ms });
    }
}

impl std::ops::Deref for TestConfig {
    type Target = Settings;

    fn deref(&self) -> &Settings {
        &self.settings
    }
}

impl std::ops::DerefMut for TestConfig {
    fn deref_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }
}

/// Starts the server with the demo data on `backend`.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(TestConfig::new(backend)).await
}

/// Starts the server as `config` says.
pub async fn spawn_app_with(config: TestConfig) -> TestApp {
    try_spawn_app_with(config).await.expect("the server builds")
}

/// Starts the server as `config` says, or says why it would not start.
pub async fn try_spawn_app_with(config: TestConfig) -> anyhow::Result<TestApp> {
    server::telemetry::init(LogFormat::Pretty);
    let data_dir = tempfile::tempdir().expect("temp dir");
    let database_url = match (config.database_url, config.backend) {
        (Some(url), _) => url,
        (None, Backend::Sqlite) => format!(
            "sqlite://{}?mode=rwc",
            data_dir.path().join("test.db").display()
        ),
        (None, Backend::Postgres) => fresh_postgres_database().await,
    };
    let settings = Settings {
        data_dir: data_dir.path().to_path_buf(),
        database_url: Some(SecretString::from(database_url.clone())),
        ..config.settings
    };
    let options = LeptosOptions::builder()
        .output_name("ideas")
        .site_root(site_root(data_dir.path()))
        .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
        .build();
    let app = Application::build(settings, options).await?;
    let address = format!("http://127.0.0.1:{}", app.port());
    let rankings = app.rankings();
    tokio::spawn(app.run_until_stopped());
    // Like a browser: asks for HTML, keeps cookies; unlike one, shows every redirect.
    let client = browser();
    let db = Database::connect(&database_url)
        .await
        .expect("test connection");
    Ok(TestApp {
        address,
        client,
        db,
        rankings,
        database_url,
        _data_dir: data_dir,
    })
}

/// A new HTTP client that behaves like a browser with its own cookies: asks for HTML,
/// keeps cookies; unlike one, shows every redirect.
pub fn browser() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT,
        reqwest::header::HeaderValue::from_static("text/html,application/xhtml+xml,*/*;q=0.8"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

impl TestApp {
    /// Idea `id`'s vote count as stored.
    pub async fn vote_count(&self, id: i64) -> i32 {
        use sea_orm::EntityTrait;
        app::server::entities::idea::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .unwrap()
            .expect("the idea exists")
            .vote_count
    }

    /// A connection of its own to this server's database that records every statement
    /// it sends: for tests that count what a piece of the server asks of the database.
    pub async fn recording_connection(&self) -> (DatabaseConnection, Statements) {
        let statements = Statements::default();
        let mut db = Database::connect(&self.database_url).await.unwrap();
        let log = statements.clone();
        db.set_metric_callback(move |info| log.0.lock().unwrap().push(info.statement.sql.clone()));
        (db, statements)
    }

    /// The site's static files, as the server serves them.
    pub fn site_root(&self) -> std::path::PathBuf {
        self._data_dir.path().join("site")
    }

    /// The demo campaign the seed creates.
    pub async fn demo_campaign(&self) -> app::server::entities::campaign::Model {
        use app::server::entities::campaign;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        campaign::Entity::find()
            .filter(campaign::Column::Slug.eq(app::server::seed::DEMO_CAMPAIGN_SLUG))
            .one(&self.db)
            .await
            .unwrap()
            .expect("the demo campaign was seeded")
    }

    /// Builds the load-test campaign at `ideas`, `votes` and `accounts` in this app's
    /// fresh database (as `server seed-load` does), returning its slug.
    pub async fn seed_load(&self, ideas: u64, votes: u64, accounts: u64) -> &'static str {
        let sizes = app::server::load_seed::LoadSizes {
            ideas,
            votes,
            accounts,
        };
        app::server::load_seed::seed_load(
            &self.db,
            &self.rankings,
            sizes,
            chrono::Utc::now(),
            |_, _, _| {},
        )
        .await
        .unwrap()
        .expect("a fresh database");
        app::server::load_seed::LOAD_CAMPAIGN_SLUG
    }

    /// Makes `count` accounts of members of the public named "`prefix` 0", "`prefix` 1"…,
    /// a thousand to a statement; their ids, in order.
    pub async fn accounts(&self, prefix: &str, count: usize) -> Vec<i64> {
        use app::domain::user::{Role, Segment};
        use app::server::entities::user;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
        let now = chrono::Utc::now();
        let people: Vec<user::ActiveModel> = (0..count)
            .map(|n| user::ActiveModel {
                display_name: Set(format!("{prefix} {n}")),
                segment: Set(Segment::Public),
                role: Set(Role::Public),
                created_at: Set(now),
                updated_at: Set(now),
                deleted_at: Set(None),
                ..Default::default()
            })
            .collect();
        for chunk in people.chunks(1_000) {
            user::Entity::insert_many(chunk.to_vec())
                .exec(&self.db)
                .await
                .unwrap();
        }
        user::Entity::find()
            .filter(user::Column::DisplayName.like(format!("{prefix} %")))
            .order_by_asc(user::Column::Id)
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.id)
            .collect()
    }

    /// The first published idea that is not a merged duplicate.
    pub async fn first_idea(&self) -> app::server::entities::idea::Model {
        use app::domain::idea::Visibility;
        use app::server::entities::idea;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        idea::Entity::find()
            .filter(idea::Column::Visibility.eq(Visibility::Published))
            .filter(idea::Column::DuplicateOfId.is_null())
            .order_by_asc(idea::Column::Id)
            .one(&self.db)
            .await
            .unwrap()
            .expect("the demo data has ideas")
    }

    /// A webhook for `url`, stored as registration would store it (without its checks:
    /// tests of delivery reach addresses the form refuses).
    pub async fn webhook_at(&self, url: &str) -> app::server::entities::webhook::Model {
        use sea_orm::{ActiveModelTrait, Set};
        app::server::entities::webhook::ActiveModel {
            url: Set(url.to_owned()),
            secret: Set("a-secret-of-sixteen".into()),
            description: Set("Test".into()),
            active: Set(true),
            created_at: Set(app::server::clock::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
    }

    /// A delivery to `hook`, due now.
    pub async fn due_delivery(
        &self,
        hook: &app::server::entities::webhook::Model,
    ) -> app::server::entities::webhook_delivery::Model {
        use sea_orm::{ActiveModelTrait, Set};
        let now = app::server::clock::now();
        app::server::entities::webhook_delivery::ActiveModel {
            webhook_id: Set(hook.id),
            event: Set("listing.updated".into()),
            payload: Set("{}".into()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            delivered_at: Set(None),
            last_status: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
    }
}

impl TestApp {
    /// A new browser signed in with the demo sign-in as `role`.
    pub async fn signed_in_browser(&self, role: app::domain::user::Role) -> reqwest::Client {
        let client = browser();
        let response = client
            .post(format!("{}/auth/demo", self.address))
            .header("origin", &self.address)
            .form(&[("role", role.key()), ("return_to", "/")])
            .send()
            .await
            .expect("request sent");
        assert_eq!(response.status(), 303, "demo sign-in as {role:?}");
        client
    }

    /// Signs this app's own client in with the demo sign-in as `role`.
    pub async fn sign_in_as(&self, role: app::domain::user::Role) {
        let response = self
            .post_form("/auth/demo", &[("role", role.key()), ("return_to", "/")])
            .await;
        assert_eq!(response.status(), 303, "demo sign-in as {role:?}");
    }

    /// POSTs a form as a page on this site would (same-origin).
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("request sent")
    }

    /// POSTs a form from another browser (`client`) as a page on this site would.
    pub async fn post_from(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("request sent")
    }

    /// Calls a server function as the page's own script would: same-origin, form-encoded
    /// arguments, JSON back.
    pub async fn call_server_fn(&self, path: &str, arguments: &str) -> reqwest::Response {
        self.call_server_fn_from(&self.client, path, arguments)
            .await
    }

    /// Calls a server function from another browser (`client`), as its page would.
    pub async fn call_server_fn_from(
        &self,
        client: &reqwest::Client,
        path: &str,
        arguments: &str,
    ) -> reqwest::Response {
        client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .header("accept", "application/json")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(arguments.to_owned())
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    /// GETs a page and parses it, asserting the status first.
    pub async fn page(&self, path: &str, status: u16) -> scraper::Html {
        self.page_from(&self.client, path, status).await
    }

    /// GETs a page in another browser (`client`) and parses it, asserting the status.
    pub async fn page_from(
        &self,
        client: &reqwest::Client,
        path: &str,
        status: u16,
    ) -> scraper::Html {
        let response = client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent");
        assert_eq!(response.status().as_u16(), status, "GET {path}");
        scraper::Html::parse_document(&response.text().await.expect("body"))
    }

    /// A moderator (signed in in `client`) applies `action` to the queue's item `key`
    /// ("idea:12", "comment:7"), giving no reason.
    pub async fn moderate(
        &self,
        client: &reqwest::Client,
        key: &str,
        action: &str,
    ) -> reqwest::Response {
        let form = [("selected", key), ("action", action), ("reason", "")];
        self.post_from(client, "/moderation", &form).await
    }
}

/// The texts of every element matching `selector`, trimmed and with whitespace folded.
pub fn texts(html: &scraper::Html, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).expect("valid selector");
    html.select(&selector)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A site root with a stand-in stylesheet, so static file serving is tested without
/// depending on whether (or where) cargo-leptos has built the real site.
fn site_root(data_dir: &Path) -> String {
    let site = data_dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site directory");
    // Large enough to be worth compressing (the server writes its compressed copies).
    let css = ".idea-card { margin: 0 0 16px }\n".repeat(100);
    std::fs::write(site.join("pkg/ideas.css"), css).expect("stylesheet");
    site.display().to_string()
}

/// The URL of the test PostgreSQL server, or a failure that says how to start one.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run the tests with scripts/test, or start the test \
         services with `eval \"$(scripts/services start)\"`",
    )
}

/// The URL of the test Redis server, or a failure that says how to start one.
pub fn redis_url() -> String {
    std::env::var("TEST_REDIS_URL").expect(
        "TEST_REDIS_URL is not set: run the tests with scripts/test, or start the test \
         services with `eval \"$(scripts/services start)\"`",
    )
}

/// Creates an empty database on the test server and returns its URL.
pub async fn fresh_postgres_database() -> String {
    let admin_url = postgres_admin_url();
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to the test PostgreSQL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create a test database");
    admin.close().await.ok();
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("TEST_POSTGRES_URL ends in /DATABASE");
    format!("{base}/{name}")
}

/// A loopback address where nothing listens: a dependency that is down.
pub fn closed_port_url(scheme: &str) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("{scheme}://127.0.0.1:{port}")
}

/// Runs a test body once against SQLite and once against PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name($crate::support::Backend::Sqlite).await
                }

                #[tokio::test]
                async fn postgres() {
                    super::$name($crate::support::Backend::Postgres).await
                }
            }
        )*
    };
}

/// Checks that `record` is a listing's tombstone and carries nothing else: the id, the
/// status, where its page was, and when it was taken out. A withdrawn listing's words
/// reach no mirror.
pub fn assert_tombstone(record: &serde_json::Value) {
    let mut keys: Vec<&str> = record
        .as_object()
        .expect("a record is an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["id", "path", "status", "updated_at"], "{record}");
    assert_eq!(record["status"], "archived");
}

/// The audit log's entries about `subject_type` `subject_id`, oldest first, as
/// `(action, reason)`.
pub async fn audit_of(
    app: &TestApp,
    subject_type: &str,
    subject_id: i64,
) -> Vec<(String, Option<String>)> {
    use app::server::entities::moderation_action;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq(subject_type))
        .filter(moderation_action::Column::SubjectId.eq(subject_id))
        .order_by_asc(moderation_action::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| (row.action, row.reason))
        .collect()
}

/// `path` from `app` with `Accept-Encoding: encoding` (none when `None`).
pub async fn fetch(app: &TestApp, path: &str, encoding: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(encoding) = encoding {
        request = request.header("accept-encoding", encoding);
    }
    request.send().await.expect("request sent")
}

/// A Brotli-compressed body, decompressed.
pub fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut std::io::Cursor::new(bytes), &mut out).expect("Brotli");
    out
}

/// A gzip-compressed body, decompressed.
pub fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).expect("gzip");
    out
}

/// The nonce a page's Content-Security-Policy names (`'nonce-…'`).
pub fn policy_nonce(policy: &str) -> String {
    policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("the policy names a nonce")
        .to_owned()
}
