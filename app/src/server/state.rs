//! What every request handler and server function can reach.

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sea_orm::DatabaseConnection;

use crate::error::AppError;

/// Shared application state, behind one reference count: it is cloned for every
/// extractor and layer of every request, and a field-by-field copy (the Leptos options'
/// strings, the public URL, the providers) showed in a profile of votes under load.
///
/// The server holds no other state of its own, so two instances behind a load balancer
/// that share the database and Redis behave as one.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What leptos_axum's routes take from the state.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The fields of [`AppState`].
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// `None` when no `REDIS_URL` is configured (the single-instance default).
    pub redis: Option<crate::server::redis_link::RedisLink>,
    pub auth: AuthConfig,
    pub limits: crate::server::rate_limit::RateLimits,
    /// The analysis page's figures, worked out off the request path.
    pub analyses: crate::server::analyses::Analyses,
    /// Top and Trending, in Redis or in process.
    pub rankings: crate::server::rankings::Rankings,
    /// What votes need of the ideas they are for, kept so that a vote need not read it.
    pub vote_facts: crate::server::vote_facts::VoteFacts,
    /// Where people reach the site, for absolute links (the Atom feed, the API).
    pub public_url: url::Url,
    /// When reports hide content until a moderator reviews it (`[moderation]`).
    pub reports: crate::domain::moderation::ReportPolicy,
    /// How long, and up to how much support, authors may change their ideas
    /// (`[authoring]`).
    pub authoring: crate::domain::authoring::Authoring,
    /// Which addresses webhooks may be registered for (`[webhooks] allow_local_targets`).
    pub webhook_targets: crate::server::webhook_target::TargetPolicy,
    /// How many reverse proxies' `X-Forwarded-For` entries to trust (see the settings).
    pub trusted_proxy_hops: usize,
    /// The bearer token `/metrics` asks for; `None` keeps it closed (404).
    pub metrics_token: Option<secrecy::SecretString>,
    /// The signing key of email links, and where emails go.
    pub email: crate::server::email::EmailState,
}

/// How people may sign in on this instance.
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// The local demo sign-in, for trying the platform on one's own computer.
    pub demo_sign_in: bool,
    /// Forced on for an address others can reach (`IDEAS_FORCE_DEMO_SIGN_IN`): then it
    /// is offered whatever `Host` a request names, not only this computer's.
    pub demo_forced: bool,
    /// The identity providers people sign in with.
    pub providers: crate::server::providers::Providers,
}

/// The state, from inside a server function or a component rendered on the server.
pub fn app_state() -> Result<AppState, AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState was not provided to the leptos context");
        AppError::Internal
    })
}
