//! Building the application: database, Redis, routes, and the listening socket.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use app::server::providers::{Provider, Providers};
use app::server::rankings::{Rankings, RedisRankings};
use app::server::rate_limit::{RateLimits, RedisLimiter};
use app::server::redis_link::RedisLink;
use app::server::seed::{self, SeedOutcome};
use app::server::sessions::{
    AppSessionStore, CachedSessionStore, DatabaseSessionStore, RedisSessionStore,
};
use app::server::state::{AppState, AuthConfig, Shared};
use app::server::web::render::answer_deferred;
use app::{App, shell};
use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::serve::ListenerExt;
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use secrecy::ExposeSecret;
use tokio::net::TcpListener;
use tower::util::BoxCloneSyncService;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::config::Settings;
use crate::db;
use crate::middleware::csrf::{AllowedOrigins, refuse_cross_site};
use crate::middleware::page_cache::{self, PageCache};
use crate::middleware::rate_limit::{Limited, rate_limit};
use crate::middleware::security_headers::{Https, security_headers};

/// A built server, bound to its port but not yet serving.
///
/// Binding happens in [`Application::build`] so that tests can ask for port 0 and read
/// the port the system chose before the first request.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    rankings: Rankings,
}

impl Application {
    /// Connects to the database (migrating it, and seeding the demo campaign into an
    /// empty one when asked), prepares Redis when configured, and binds the listener at
    /// `leptos_options.site_addr`.
    pub async fn build(settings: Settings, leptos_options: LeptosOptions) -> anyhow::Result<Self> {
        let db = db::connect(&settings).await?;
        db::migrate(&db).await?;
        // Under the start-up lock, so instances started together seed the demo once.
        let seeded = db::with_startup_lock(&db, async {
            if settings.seed_demo && seed::is_empty(&db).await? {
                seed::seed_demo(&db, chrono::Utc::now()).await.map(Some)
            } else {
                Ok(None)
            }
        })
        .await?;
        if let Some(outcome) = seeded {
            match outcome {
                SeedOutcome::Seeded {
                    campaigns,
                    ideas,
                    votes,
                } => {
                    tracing::info!(
                        campaigns,
                        ideas,
                        votes,
                        "seeded the demo campaign into an empty database"
                    );
                }
                SeedOutcome::AlreadyPresent => {}
            }
        }
        let redis = match &settings.redis_url {
            Some(url) => Some(redis_link(url.expose_secret())?),
            None => None,
        };
        let prefix = settings.redis_prefix.as_str();
        let rankings = match &redis {
            Some(redis) => Rankings::new(Arc::new(RedisRankings::new(redis.clone(), prefix))),
            None => Rankings::in_process(),
        };
        let vote_facts = app::server::vote_facts::VoteFacts::default();
        tokio::spawn({
            let (facts, db) = (vote_facts.clone(), db.clone());
            async move {
                match facts.warm(&db, chrono::Utc::now()).await {
                    Ok(ideas) => tracing::debug!(ideas, "votes' facts learnt"),
                    Err(err) => tracing::warn!(error = %err, "could not learn votes' facts"),
                }
            }
        });
        let tallies = settings.tallies;
        tokio::spawn(reconcile_tallies(
            db.clone(),
            rankings.clone(),
            Duration::from_secs(tallies.full_every_secs),
        ));
        tokio::spawn(app::server::rankings::keep_in_step(
            db.clone(),
            rankings.clone(),
            Duration::from_secs(tallies.check_every_secs),
            Duration::from_secs(tallies.full_every_secs),
        ));
        // The static files' compressed copies, in the background: until each is written,
        // the compression layer compresses that file per request.
        let site_root = std::path::PathBuf::from(leptos_options.site_root.to_string());
        tokio::task::spawn_blocking(move || match crate::assets::precompress(&site_root) {
            Ok(done) if done.written > 0 => tracing::info!(
                written = done.written,
                original_bytes = done.original_bytes,
                brotli_bytes = done.brotli_bytes,
                "compressed the static files"
            ),
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "could not compress the static files"),
        });
        // Deliveries are written with the changes that cause them; this sends them.
        tokio::spawn(app::server::webhooks::run(
            db.clone(),
            settings.webhooks.delivery(),
        ));
        let addr = leptos_options.site_addr;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("LEPTOS_SITE_ADDR: cannot listen on {addr}: {e}"))?;
        let local_addr = listener.local_addr()?;
        let public_url = crate::config::public_url(&settings, local_addr);
        // Emails are written with the changes that cause them; this sends them.
        let sending = settings.email.sending(&public_url, &settings.data_dir)?;
        let email = app::server::email::EmailState {
            key: app::server::email::keys::LinkKey::load_or_create(&db, chrono::Utc::now()).await?,
            files: match &sending.transport {
                app::server::email::send::Transport::Files(dir) => Some(dir.clone()),
                app::server::email::send::Transport::Smtp(_) => None,
            },
            digest_hour: settings.email.digest_hour,
            events_token: settings.email.events_token.clone(),
        };
        let notices = app::server::email::notices::Notices {
            key: email.key.clone(),
            public_url: public_url.clone(),
            digest_hour: settings.email.digest_hour,
        };
        tokio::spawn(app::server::email::send::run(
            db.clone(),
            Arc::new(sending),
            notices,
        ));
        let providers = settings
            .providers
            .iter()
            .map(|p| Provider {
                id: p.id.clone(),
                name: p.name.clone(),
                protocol: p.protocol(),
                client_id: p.client_id.clone(),
                client_secret: p.client_secret.clone(),
                scopes: p.scopes(),
            })
            .collect();
        let demo_sign_in = demo_sign_in_allowed(&settings, local_addr, &public_url)?;
        let auth = AuthConfig {
            demo_sign_in,
            demo_forced: demo_sign_in && settings.force_demo_sign_in,
            providers: Providers::new(providers, public_url.clone())?,
        };
        let database_sessions = DatabaseSessionStore::new(db.clone());
        tokio::spawn(sweep_expired_sessions(database_sessions.clone()));
        let sessions = match &redis {
            Some(redis) => AppSessionStore::Cached(CachedSessionStore::new(
                database_sessions,
                RedisSessionStore::new(redis.clone(), prefix),
            )),
            None => AppSessionStore::Database(database_sessions),
        };
        let limits = RateLimits::new(
            redis
                .clone()
                .map(|r| RedisLimiter::new(r, &format!("{prefix}rl:"))),
            settings.rate_limits.when_redis_fails,
            settings.rate_limits.quotas.clone(),
        );
        let analyses = app::server::analyses::Analyses::new(db.clone(), settings.analysis.timing());
        tokio::spawn(analyses.clone().keep_current());
        let page_cache = PageCache::new(
            Duration::from_secs(settings.page_cache_seconds),
            redis.clone(),
            prefix,
            page_cache::Readers {
                db: db.clone(),
                sessions: sessions.clone(),
            },
        );
        let router = router(
            AppState::new(Shared {
                leptos_options,
                db,
                redis,
                analyses,
                auth,
                limits,
                rankings: rankings.clone(),
                vote_facts,
                public_url: public_url.clone(),
                reports: settings.moderation.policy(),
                webhook_targets: settings.webhooks.targets(),
                authoring: settings.authoring,
                trusted_proxy_hops: settings.rate_limits.trusted_proxy_hops,
                metrics_token: settings.metrics_token.clone(),
                email,
            }),
            &public_url,
            sessions,
            page_cache,
        );
        let port = local_addr.port();
        Ok(Self {
            listener,
            router,
            port,
            rankings,
        })
    }

    /// The rankings this server reads its busiest lists from (for tests that change
    /// the database behind the server's back, and then say so as the server would).
    pub fn rankings(&self) -> Rankings {
        self.rankings.clone()
    }

    /// The port the server is listening on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        tracing::info!(port = self.port, "listening");
        // The client's address reaches the rate limiter through `ConnectInfo`.
        // Without TCP_NODELAY a response written in two pieces (headers, then the body)
        // waits for the client's delayed acknowledgement: 40 ms on every keep-alive
        // request (measured in bench/http before this was set).
        let listener = self.listener.tap_io(|tcp| {
            if let Err(err) = tcp.set_nodelay(true) {
                tracing::debug!(error = %err, "could not set TCP_NODELAY");
            }
        });
        axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
    }
}

/// Checks the cached tallies at start-up and then `every` (`[tallies] full_every_secs`),
/// repairing drift and saying so in the log (drift means a bug somewhere worth finding).
async fn reconcile_tallies(db: sea_orm::DatabaseConnection, rankings: Rankings, every: Duration) {
    let mut every = tokio::time::interval(every);
    loop {
        every.tick().await;
        match app::server::tallies::reconcile(&db, &rankings, false, |_, _| {}).await {
            Ok(report) if report.repaired > 0 => {
                tracing::warn!(
                    checked = report.ideas_checked,
                    repaired = report.repaired,
                    "tallies had drifted from the vote and comment rows, and were repaired"
                );
            }
            Ok(report) => tracing::debug!(checked = report.ideas_checked, "tallies are exact"),
            Err(err) => tracing::error!(error = %err, "could not check the tallies"),
        }
    }
}

/// A Redis connection that is made on first use and remade after a failure, behind a
/// circuit breaker, so the server starts, and keeps serving at its usual pace, while
/// Redis is away.
pub fn redis_link(url: &str) -> anyhow::Result<RedisLink> {
    Ok(RedisLink::new(redis_connection(url)?))
}

/// The connection under [`redis_link`]: each call waits at most a second to connect and
/// a second for its answer.
pub fn redis_connection(url: &str) -> anyhow::Result<ConnectionManager> {
    let client = redis::Client::open(url).map_err(|e| anyhow::anyhow!("REDIS_URL: {e}"))?;
    let config = ConnectionManagerConfig::new()
        .set_connection_timeout(Some(Duration::from_secs(1)))
        .set_response_timeout(Some(Duration::from_secs(1)))
        .set_number_of_retries(1);
    Ok(ConnectionManager::new_lazy_with_config(client, config)?)
}

/// Every route the server answers, behind the layers every request passes through.
pub fn router(
    state: AppState,
    public_url: &url::Url,
    sessions: AppSessionStore,
    page_cache: Option<PageCache>,
) -> Router {
    let https = public_url.scheme() == "https";
    let session_layer = SessionManagerLayer::new(sessions)
        .with_name("ideas_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(https)
        .with_expiry(Expiry::OnInactivity(time::Duration::days(14)));
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let mut router = Router::new();
    for route in crate::routes::table() {
        let open_data = route.is_open_data();
        let handler = match route.limit {
            Some(action) => route.handler.layer(from_fn_with_state(
                Limited {
                    state: state.clone(),
                    action,
                },
                rate_limit,
            )),
            None => route.handler,
        };
        // Outside the rate limit, so a 429 is rendered like any other refusal.
        let handler = handler.layer(from_fn_with_state(state.clone(), answer_deferred));
        let handler = if open_data {
            handler
                .layer::<_, Infallible>(from_fn(crate::middleware::conditional::conditional_get))
                .layer::<_, Infallible>(open_data_cors())
        } else {
            handler
        };
        router = router.route(route.path, handler);
    }
    crate::routes::metrics::handle();
    let router = router
        .leptos_routes_with_context(&state, routes, || {}, move || shell(options.clone()))
        // After routing, so each request is counted under its route's pattern.
        .route_layer(from_fn(crate::middleware::metrics::track))
        .fallback_service(static_files_or_not_found(&state));
    // Inside every other layer: a page from the cache still gets this response's
    // security headers, compression and trace.
    let router = match page_cache {
        Some(cache) => router.layer(from_fn_with_state(cache, page_cache::serve)),
        None => router,
    };
    router
        // Outside the page cache, which keeps each language's pages apart.
        .layer(from_fn_with_state(
            Https(https),
            crate::middleware::language::choose,
        ))
        .layer(from_fn(crate::middleware::paths::one_leading_slash))
        // Inside the session layer: the session is read (lazily) within the request.
        .layer(from_fn(
            |request: axum::extract::Request, next: axum::middleware::Next| {
                app::server::sessions::with_account_read(next.run(request))
            },
        ))
        .layer(session_layer)
        .layer(from_fn_with_state(
            AllowedOrigins {
                public: public_url.origin().ascii_serialization(),
            },
            refuse_cross_site,
        ))
        .layer(from_fn_with_state(
            crate::middleware::hosts::AllowedHosts::new(public_url),
            crate::middleware::hosts::only_our_hosts,
        ))
        .layer(from_fn_with_state(
            Https(public_url.scheme() == "https"),
            security_headers,
        ))
        // Every response compressed as the browser accepts (Brotli, else gzip), except
        // static files already sent from their compressed copies. At quality 4, as is
        // usual for content made per request: the libraries' default (Brotli's 11) spent
        // tens of milliseconds of CPU on each page for a few percent fewer bytes.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(tower_http::CompressionLevel::Precise(4)),
        )
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// CORS for the open data: any site may read it with GET, send conditional requests,
/// and read the caching and rate-limit headers.
fn open_data_cors() -> tower_http::cors::CorsLayer {
    use axum::http::{Method, header};
    tower_http::cors::CorsLayer::new()
        .allow_origin(tower_http::cors::Any)
        .allow_methods([Method::GET, Method::HEAD])
        .allow_headers([header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE])
        .expose_headers([
            header::ETAG,
            header::LAST_MODIFIED,
            header::RETRY_AFTER,
            header::CONTENT_DISPOSITION,
        ])
        .max_age(Duration::from_secs(86_400))
}

/// The site's static files (the wasm bundle, styles, NHS.UK assets), and the "page not
/// found" page for any other address.
///
/// Not `leptos_axum::file_and_error_handler`: it serves each file inside
/// `Owner::new()`, which adopts whatever reactive owner the worker thread has current,
/// often a page being rendered concurrently, and then moves that page's response
/// headers (its Content-Security-Policy among them) onto the file's response. The page
/// then went out with the strict non-page policy and could not hydrate. Seen in about a
/// quarter of page loads with static files requested in parallel.
fn static_files_or_not_found(state: &AppState) -> StaticFiles {
    let site_root = state.leptos_options.site_root.to_string();
    let hashed_names = state.leptos_options.hash_files;
    let options = state.leptos_options.clone();
    let state = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || leptos::prelude::provide_context(state.clone()),
        move || shell(options.clone()),
    );
    let not_found: NotFoundPage =
        BoxCloneSyncService::new(tower::service_fn(move |request: axum::extract::Request| {
            let response = render(request);
            async move { Ok::<_, Infallible>(response.await) }
        }));
    let files = ServeDir::new(site_root)
        .precompressed_br()
        .precompressed_gzip()
        .call_fallback_on_method_not_allowed(true)
        .fallback(not_found);
    BoxCloneSyncService::new(tower::service_fn(move |request: axum::extract::Request| {
        let path = request.uri().path().to_owned();
        let files = files.clone();
        async move {
            let mut response = tower::ServiceExt::oneshot(files, request)
                .await?
                .map(axum::body::Body::new);
            // Files only: the "page not found" page is not to be kept.
            if matches!(
                response.status(),
                axum::http::StatusCode::OK | axum::http::StatusCode::NOT_MODIFIED
            ) {
                response.headers_mut().insert(
                    axum::http::header::CACHE_CONTROL,
                    axum::http::HeaderValue::from_static(crate::assets::cache_control(
                        &path,
                        hashed_names,
                    )),
                );
            }
            Ok::<_, Infallible>(response)
        }
    }))
}

/// The static files with their caching headers, then the "page not found" page.
type StaticFiles =
    BoxCloneSyncService<axum::extract::Request, axum::response::Response, Infallible>;

/// The page for an address that is neither a route nor a file (the app's router
/// answers it with its "page not found" view and status 404).
type NotFoundPage =
    BoxCloneSyncService<axum::extract::Request, axum::response::Response, Infallible>;

/// Whether to offer the demo sign-in, refusing it where other people could reach it.
///
/// The demo sign-in lets anyone act as an administrator, so it runs only when the server
/// listens on loopback and its public address is this computer, unless forced.
fn demo_sign_in_allowed(
    settings: &Settings,
    local_addr: std::net::SocketAddr,
    public_url: &url::Url,
) -> anyhow::Result<bool> {
    // Off unless asked for: a site that forgets the setting must not offer it.
    if settings.demo_sign_in != Some(true) {
        return Ok(false);
    }
    let local_host = match public_url.host() {
        Some(url::Host::Domain(domain)) => domain == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if local_addr.ip().is_loopback() && local_host {
        return Ok(true);
    }
    if settings.force_demo_sign_in {
        tracing::warn!(
            %local_addr, %public_url,
            "THE DEMO SIGN-IN IS ON FOR A PUBLIC ADDRESS: anyone who reaches this site can sign in as an administrator"
        );
        return Ok(true);
    }
    anyhow::bail!(
        "IDEAS_DEMO_SIGN_IN: the demo sign-in lets anyone sign in as an administrator, so it is refused \
         while the site listens on {local_addr} with the public URL {public_url}. Configure a sign-in \
         provider and set IDEAS_DEMO_SIGN_IN=false, or set IDEAS_FORCE_DEMO_SIGN_IN=true for a private test"
    )
}

/// Deletes expired database sessions once an hour (Redis expires its own).
async fn sweep_expired_sessions(store: DatabaseSessionStore) {
    let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        match store.delete_expired().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(sessions = n, "deleted expired sessions"),
            Err(e) => tracing::warn!(error = %e, "could not delete expired sessions"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
