//! Configuration, in layers: built-in defaults, then an optional TOML file, then
//! environment variables. With nothing set the server runs the embedded default:
//! SQLite under `./data`, no Redis, listening on 127.0.0.1:3000.
//!
//! Leptos's own settings (`LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`, …) are read by leptos
//! from the standard variables; this module checks them first so that a bad value stops
//! start-up with a message naming the variable.

use std::path::{Path, PathBuf};

use app::domain::authoring::Authoring;
use app::domain::moderation::ReportPolicy;
use app::server::providers::{
    GITHUB_AUTHORIZE_URL, GITHUB_TOKEN_URL, GITHUB_USER_URL, GOOGLE_ISSUER, GitHubEndpoints,
    Protocol,
};
use figment::Figment;
use figment::providers::{Env, Format, Toml};
use leptos::prelude::LeptosOptions;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// Everything the server needs besides the leptos options.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Where the embedded database (and later uploads) live. `DATA_DIR`.
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`. Defaults to `DATA_DIR/ideas.db`. `DATABASE_URL`.
    #[serde(default)]
    pub database_url: Option<SecretString>,
    /// When set, Redis holds rate limits, tallies and sessions. `REDIS_URL`.
    #[serde(default)]
    pub redis_url: Option<SecretString>,
    /// Seed the demo campaign when the database has no campaigns. `IDEAS_SEED_DEMO`.
    #[serde(default = "default_true")]
    pub seed_demo: bool,
    /// `pretty` for people, `json` for log collectors. `IDEAS_LOG_FORMAT`.
    #[serde(default)]
    pub log_format: LogFormat,
    /// The address people use to reach the site, e.g. `https://ideas.example.org`.
    /// Decides secure cookies and HSTS, and which `Origin` counts as this site.
    /// Defaults to `http://` and the listen address. `IDEAS_PUBLIC_URL`.
    #[serde(default)]
    pub public_url: Option<url::Url>,
    /// OpenID Connect providers people sign in with (`[[providers]]` in the config file).
    #[serde(default)]
    pub providers: Vec<ProviderSettings>,
    /// Offer the local demo sign-in (anyone may sign in in any role). Defaults to on
    /// while no sign-in provider is configured. `IDEAS_DEMO_SIGN_IN`.
    #[serde(default)]
    pub demo_sign_in: Option<bool>,
    /// Allow the demo sign-in on an address other people can reach. Never in
    /// production. `IDEAS_FORCE_DEMO_SIGN_IN`.
    #[serde(default)]
    pub force_demo_sign_in: bool,
    /// The size of the database connection pool. `IDEAS_DATABASE_MAX_CONNECTIONS`.
    #[serde(default = "default_max_connections")]
    pub database_max_connections: u32,
    /// How often people may sign in, submit, vote, comment and read the API
    /// (`[rate_limits]` in the config file).
    #[serde(default)]
    pub rate_limits: RateLimitSettings,
    /// Put before every Redis key, so that several sites (or test runs) can share one
    /// Redis. Instances of one site must use the same. `IDEAS_REDIS_PREFIX`.
    #[serde(default = "default_redis_prefix")]
    pub redis_prefix: String,
    /// How the rankings and tallies are kept in step with the database (`[tallies]`).
    #[serde(default)]
    pub tallies: TallySettings,
    /// How webhook deliveries are retried (`[webhooks]`).
    #[serde(default)]
    pub webhooks: WebhookSettings,
    /// The bearer token a metrics scraper sends to read `/metrics`; without one,
    /// `/metrics` answers 404. `IDEAS_METRICS_TOKEN`.
    #[serde(default)]
    pub metrics_token: Option<SecretString>,
    /// `[moderation]`.
    #[serde(default)]
    pub moderation: ModerationSettings,
    /// `[authoring]`: every field is optional.
    ///
    /// ```toml
    /// [authoring]
    /// edit_max_supporters = 5   # authors may change an idea while it has this many supporters or fewer…
    /// edit_within_minutes = 60  # …or this many minutes after putting it forward
    /// ```
    #[serde(default)]
    pub authoring: Authoring,
    /// How long a public page rendered for people who are not signed in may be served
    /// again (see `middleware::page_cache`); any change to the data retires it sooner.
    /// 0 turns the cache off. `IDEAS_PAGE_CACHE_SECONDS`.
    #[serde(default = "default_page_cache_seconds")]
    pub page_cache_seconds: u64,
    /// When the analysis page's figures are worked out (`[analysis]`).
    #[serde(default)]
    pub analysis: AnalysisSettings,
    /// How email is sent (`[email]`).
    #[serde(default)]
    pub email: EmailSettings,
}

/// `[email]`: every field is optional. Without `smtp_url`, nothing is sent: each email
/// is written as a `.eml` file under `DATA_DIR/outbox`, listed at `/admin/email`.
///
/// ```toml
/// [email]
/// smtp_url = "smtps://user:password@smtp.example.org"  # smtp://host:25 for no TLS
/// from = "Ideas and Apps <noreply@example.org>"
/// reply_to = "Ideas and Apps team <ideas@example.org>"   # where replies go (none by default)
/// digest_hour = 8          # UK time: when daily digests go out
/// retry_base_secs = 60     # the wait after a failure, doubling each time…
/// retry_max_secs = 21600   # …up to this
/// max_attempts = 20        # then the email is given up (and stays in the log)
/// timeout_secs = 30        # for each SMTP command
/// poll_every_ms = 2000     # how often the outbox is looked at
/// events_token = "…"       # bearer token for bounce and complaint reports
/// ```
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmailSettings {
    pub smtp_url: Option<SecretString>,
    pub from: String,
    pub reply_to: Option<String>,
    pub digest_hour: u32,
    pub retry_base_secs: u64,
    pub retry_max_secs: u64,
    pub max_attempts: i32,
    pub timeout_secs: u64,
    pub poll_every_ms: u64,
    /// The bearer token the mail service sends its bounce and complaint reports with
    /// (`POST /hooks/email-events`); without one, that address answers 404.
    pub events_token: Option<SecretString>,
}

impl Default for EmailSettings {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "Ideas and Apps <noreply@localhost>".to_owned(),
            reply_to: None,
            digest_hour: 8,
            retry_base_secs: 60,
            retry_max_secs: 6 * 3600,
            max_attempts: 20,
            timeout_secs: 30,
            poll_every_ms: 2000,
            events_token: None,
        }
    }
}

impl EmailSettings {
    /// How the sender sends, for a site at `public_url` keeping its data in `data_dir`.
    pub fn sending(
        &self,
        public_url: &url::Url,
        data_dir: &std::path::Path,
    ) -> Result<app::server::email::send::SendSettings, ConfigError> {
        use app::server::email::send::{SendSettings, Transport};
        use std::time::Duration;
        let transport = match &self.smtp_url {
            Some(url) => Transport::smtp(
                url.expose_secret(),
                Duration::from_secs(self.timeout_secs.max(1)),
            )
            .map_err(|e| ConfigError::Invalid(format!("[email] smtp_url: {e}")))?,
            None => Transport::Files(data_dir.join("outbox")),
        };
        let mailbox = |key: &str, value: &str| {
            value.parse().map_err(|e| {
                ConfigError::Invalid(format!("[email] {key}: {value:?} is not an address ({e})"))
            })
        };
        Ok(SendSettings {
            transport,
            from: mailbox("from", &self.from)?,
            reply_to: self
                .reply_to
                .as_deref()
                .map(|r| mailbox("reply_to", r))
                .transpose()?,
            message_id_domain: public_url.host_str().unwrap_or("localhost").to_owned(),
            retry_base: Duration::from_secs(self.retry_base_secs.max(1)),
            retry_max: Duration::from_secs(self.retry_max_secs.max(1)),
            max_attempts: self.max_attempts.max(1),
            poll_every: Duration::from_millis(self.poll_every_ms.max(10)),
        })
    }
}

/// `[analysis]`: every field is optional (see `app::server::analyses`).
///
/// ```toml
/// [analysis]
/// inline_below_ms = 50    # figures quicker than this are worked out for each request…
/// check_every_secs = 10   # …slower ones are kept, and checked this often for changes
/// first_wait_secs = 20    # how long a first look at a large campaign waits for them
/// ```
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnalysisSettings {
    pub inline_below_ms: u64,
    pub check_every_secs: u64,
    pub first_wait_secs: u64,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        let timing = app::server::analyses::Timing::default();
        Self {
            inline_below_ms: timing.inline_below.as_millis() as u64,
            check_every_secs: timing.check_every.as_secs(),
            first_wait_secs: timing.first_wait.as_secs(),
        }
    }
}

impl AnalysisSettings {
    pub fn timing(&self) -> app::server::analyses::Timing {
        app::server::analyses::Timing {
            inline_below: std::time::Duration::from_millis(self.inline_below_ms),
            check_every: std::time::Duration::from_secs(self.check_every_secs),
            first_wait: std::time::Duration::from_secs(self.first_wait_secs),
        }
    }
}

/// `[moderation]`: every field is optional.
///
/// ```toml
/// [moderation]
/// hide_after_reports = 3             # established members' reports that hide an idea or comment
/// established_after_days = 7         # an established member's account is this many days old…
/// established_after_contributions = 3  # …and has made this many ideas, comments and votes
/// ```
///
/// Reports from newer accounts still reach the moderators' queue; they only do not
/// hide anything on their own. Listings are never hidden by reports.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ModerationSettings {
    pub hide_after_reports: u64,
    pub established_after_days: u32,
    pub established_after_contributions: u64,
}

impl Default for ModerationSettings {
    fn default() -> Self {
        let policy = ReportPolicy::default();
        Self {
            hide_after_reports: policy.hide_after,
            established_after_days: policy.established_after_days,
            established_after_contributions: policy.established_after_contributions,
        }
    }
}

impl ModerationSettings {
    pub fn policy(&self) -> ReportPolicy {
        ReportPolicy {
            hide_after: self.hide_after_reports,
            established_after_days: self.established_after_days,
            established_after_contributions: self.established_after_contributions,
        }
    }
}

/// `[webhooks]`: every field is optional.
///
/// ```toml
/// [webhooks]
/// retry_base_secs = 30    # the wait after a first failure; it doubles after each
/// retry_max_secs = 21600  # the longest wait between attempts
/// max_attempts = 20       # then the delivery is given up, and stays in the log
/// timeout_secs = 10       # how long a receiver has to answer
/// poll_every_ms = 2000    # how often due deliveries are looked for
/// allow_local_targets = false  # development only: deliver to loopback and private
///                              # addresses, and over plain http
/// ```
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebhookSettings {
    pub retry_base_secs: u64,
    pub retry_max_secs: u64,
    pub max_attempts: i32,
    pub timeout_secs: u64,
    pub poll_every_ms: u64,
    pub allow_local_targets: bool,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            retry_base_secs: 30,
            retry_max_secs: 6 * 3600,
            max_attempts: 20,
            timeout_secs: 10,
            poll_every_ms: 2000,
            allow_local_targets: false,
        }
    }
}

impl WebhookSettings {
    pub fn delivery(self) -> app::server::webhooks::DeliverySettings {
        use std::time::Duration;
        app::server::webhooks::DeliverySettings {
            retry_base: Duration::from_secs(self.retry_base_secs.max(1)),
            retry_max: Duration::from_secs(self.retry_max_secs.max(1)),
            max_attempts: self.max_attempts.max(1),
            timeout: Duration::from_secs(self.timeout_secs.max(1)),
            poll_every: Duration::from_millis(self.poll_every_ms.max(10)),
            targets: self.targets(),
        }
    }

    pub fn targets(self) -> app::server::webhook_target::TargetPolicy {
        app::server::webhook_target::TargetPolicy {
            allow_local: self.allow_local_targets,
        }
    }
}

fn default_redis_prefix() -> String {
    "ideas:".to_owned()
}

/// `[tallies]`: every field is optional.
///
/// ```toml
/// [tallies]
/// check_every_secs = 5    # is a rankings rebuild due (Redis restarted, a write missed)?
/// full_every_secs = 600   # recount every tally and copy every ranking regardless
/// ```
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TallySettings {
    #[serde(default = "default_check_every")]
    pub check_every_secs: u64,
    #[serde(default = "default_full_every")]
    pub full_every_secs: u64,
}

impl Default for TallySettings {
    fn default() -> Self {
        Self {
            check_every_secs: default_check_every(),
            full_every_secs: default_full_every(),
        }
    }
}

fn default_check_every() -> u64 {
    5
}

fn default_full_every() -> u64 {
    600
}

/// `[rate_limits]`: every field is optional.
///
/// ```toml
/// [rate_limits]
/// when_redis_fails = "in_process"   # or "allow"
/// trusted_proxy_hops = 1            # behind one reverse proxy: read X-Forwarded-For
/// [rate_limits.quotas]
/// vote = { burst = 60, every_ms = 1000 }
/// ```
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitSettings {
    #[serde(default)]
    pub when_redis_fails: app::server::rate_limit::WhenRedisFails,
    /// How many reverse proxies in front of the server append to `X-Forwarded-For`.
    /// 0 (the default) ignores the header, which anyone can send: the client address is
    /// the connection's. With 1, it is the last address the proxy added, and so on.
    #[serde(default)]
    pub trusted_proxy_hops: usize,
    /// Overrides of the default quotas, by action: sign_in, submit_idea,
    /// save_listing, vote, comment, report, api_read.
    #[serde(default)]
    pub quotas: std::collections::HashMap<
        app::server::rate_limit::LimitedAction,
        app::server::rate_limit::Quota,
    >,
}

/// One identity provider, as configured (`[[providers]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderSettings {
    /// Lowercase letters, digits and hyphens; used in URLs and stored with every
    /// identity, so it must never change.
    pub id: String,
    /// Shown on the sign-in page as "Sign in with {name}".
    pub name: String,
    /// `oidc` (the default: any OpenID Connect provider, NHS login included), `google`
    /// or `github`.
    #[serde(default)]
    pub kind: ProviderKind,
    /// The issuer URL; its `/.well-known/openid-configuration` is read at sign-in.
    /// Required for `oidc`; `google` knows its own; `github` has none.
    #[serde(default)]
    pub issuer: Option<url::Url>,
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Option<SecretString>,
    /// Scopes to ask for. OpenID Connect always adds `openid`; the default is
    /// `["profile"]` for OpenID Connect and none for GitHub (its public profile).
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// GitHub Enterprise Server only: its authorization, token and user API addresses.
    #[serde(default)]
    pub authorize_url: Option<url::Url>,
    #[serde(default)]
    pub token_url: Option<url::Url>,
    #[serde(default)]
    pub user_url: Option<url::Url>,
}

/// The kinds of identity provider the platform speaks to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    #[default]
    Oidc,
    Google,
    Github,
}

impl ProviderSettings {
    /// An OpenID Connect provider with the default scopes (what tests mostly need).
    pub fn oidc(id: &str, name: &str, issuer: url::Url, client_id: &str) -> Self {
        Self {
            id: id.to_owned(),
            name: name.to_owned(),
            kind: ProviderKind::Oidc,
            issuer: Some(issuer),
            client_id: client_id.to_owned(),
            client_secret: None,
            scopes: None,
            authorize_url: None,
            token_url: None,
            user_url: None,
        }
    }

    /// How the application talks to this provider. Call after [`Settings::validate`].
    pub fn protocol(&self) -> Protocol {
        let url = |configured: &Option<url::Url>, default: &str| {
            configured
                .clone()
                .unwrap_or_else(|| default.parse().expect("a valid built-in URL"))
        };
        match self.kind {
            ProviderKind::Oidc | ProviderKind::Google => Protocol::OpenIdConnect {
                issuer: self
                    .issuer
                    .as_ref()
                    .map_or(GOOGLE_ISSUER, url::Url::as_str)
                    .trim_end_matches('/')
                    .to_owned(),
            },
            ProviderKind::Github => Protocol::GitHub(Box::new(GitHubEndpoints {
                authorize_url: url(&self.authorize_url, GITHUB_AUTHORIZE_URL),
                token_url: url(&self.token_url, GITHUB_TOKEN_URL),
                user_url: url(&self.user_url, GITHUB_USER_URL),
            })),
        }
    }

    /// The scopes to ask for: as configured, or the kind's default.
    pub fn scopes(&self) -> Vec<String> {
        self.scopes.clone().unwrap_or_else(|| match self.kind {
            // `email` for an address the provider has verified (taken only when it says so).
            ProviderKind::Oidc | ProviderKind::Google => {
                vec!["profile".to_owned(), "email".to_owned()]
            }
            ProviderKind::Github => Vec::new(),
        })
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let invalid =
            |message: String| ConfigError::Invalid(format!("providers.{}.{message}", self.id));
        let urls = [
            ("issuer", &self.issuer),
            ("authorize_url", &self.authorize_url),
            ("token_url", &self.token_url),
            ("user_url", &self.user_url),
        ];
        for (key, url) in urls {
            if let Some(url) = url
                && !matches!(url.scheme(), "http" | "https")
            {
                return Err(invalid(format!("{key}: {url} is not an http(s) address")));
            }
        }
        match self.kind {
            ProviderKind::Oidc if self.issuer.is_none() => Err(invalid(
                "issuer: an OpenID Connect provider needs its issuer URL".into(),
            )),
            ProviderKind::Oidc | ProviderKind::Google => {
                match urls[1..].iter().find(|(_, url)| url.is_some()) {
                    Some((key, _)) => Err(invalid(format!(
                        "{key}: only for kind = \"github\"; OpenID Connect reads it from the issuer"
                    ))),
                    None => Ok(()),
                }
            }
            ProviderKind::Github if self.issuer.is_some() => Err(invalid(
                "issuer: GitHub has no issuer; set authorize_url, token_url and user_url for GitHub Enterprise".into(),
            )),
            ProviderKind::Github => Ok(()),
        }
    }
}

/// How log lines are written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Pretty,
    Json,
}

/// Which database engine a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    Sqlite,
    Postgres,
}

/// A setting that stops start-up. The message names the setting.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0}")]
    Invalid(String),
}

impl From<figment::Error> for ConfigError {
    /// Rewrites figment's errors so each names the setting as the person wrote it: the
    /// environment variable (`IDEAS_SEED_DEMO`), or the key and the file it is in.
    fn from(error: figment::Error) -> Self {
        let messages: Vec<String> = error
            .into_iter()
            .map(|e| {
                let key = e.path.join(".");
                let source = e
                    .metadata
                    .as_ref()
                    .map(|m| m.name.to_string())
                    .unwrap_or_default();
                let origin = e
                    .metadata
                    .as_ref()
                    .and_then(|m| m.source.as_ref())
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                let setting = if source.contains("IDEAS_") {
                    format!("IDEAS_{}", key.to_ascii_uppercase())
                } else if source.to_ascii_lowercase().contains("environment") {
                    key.to_ascii_uppercase()
                } else if !origin.is_empty() {
                    format!("{key} (in {origin})")
                } else {
                    key
                };
                let setting = if setting.is_empty() {
                    "configuration".to_owned()
                } else {
                    setting
                };
                format!("{setting}: {}", e.kind)
            })
            .collect();
        ConfigError::Invalid(messages.join("; "))
    }
}

fn default_data_dir() -> PathBuf {
    PathBuf::from("data")
}

fn default_true() -> bool {
    true
}

fn default_page_cache_seconds() -> u64 {
    10
}

fn default_max_connections() -> u32 {
    10
}

impl Default for Settings {
    /// The built-in defaults, before any file or environment variable.
    fn default() -> Self {
        Figment::new()
            .extract()
            .expect("every setting has a default")
    }
}

impl Settings {
    /// Loads the settings from `file` (if given) and the environment, and checks them.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        if let Some(file) = file {
            if !file.is_file() {
                return Err(ConfigError::Invalid(format!(
                    "config file {}: not found",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file_exact(file));
        }
        let settings: Settings = figment
            .merge(Env::raw().only(&["DATA_DIR", "DATABASE_URL", "REDIS_URL"]))
            .merge(Env::prefixed("IDEAS_").ignore(&["CONFIG"]))
            .extract()?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if let Some(url) = &self.database_url {
            database_kind(url.expose_secret())?;
        }
        if let Some(url) = &self.redis_url {
            redis::Client::open(url.expose_secret())
                .map_err(|e| ConfigError::Invalid(format!("REDIS_URL: {e}")))?;
        }
        if let Some(url) = &self.public_url
            && !matches!(url.scheme(), "http" | "https")
        {
            return Err(ConfigError::Invalid(format!(
                "IDEAS_PUBLIC_URL: {url} is not an http(s) address"
            )));
        }
        if self.email.digest_hour > 23 {
            return Err(ConfigError::Invalid(format!(
                "[email] digest_hour: {} is not an hour of the day (0 to 23)",
                self.email.digest_hour
            )));
        }
        let mut ids = std::collections::HashSet::new();
        for provider in &self.providers {
            let valid = !provider.id.is_empty()
                && provider.id.len() <= 32
                && provider
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid || provider.id == "demo" {
                return Err(ConfigError::Invalid(format!(
                    "providers: id {:?} must be 1 to 32 lowercase letters, digits or hyphens, and not \"demo\"",
                    provider.id
                )));
            }
            if !ids.insert(provider.id.as_str()) {
                return Err(ConfigError::Invalid(format!(
                    "providers: id {:?} is used twice",
                    provider.id
                )));
            }
            provider.validate()?;
        }
        for (action, quota) in &self.rate_limits.quotas {
            if quota.burst == 0 || quota.every_ms == 0 {
                return Err(ConfigError::Invalid(format!(
                    "rate_limits.quotas.{}: burst and every_ms must be at least 1",
                    action.key()
                )));
            }
        }
        if self.moderation.hide_after_reports == 0 {
            return Err(ConfigError::Invalid(
                "moderation: hide_after_reports must be at least 1".into(),
            ));
        }
        if self.authoring.edit_max_supporters < 0 || self.authoring.edit_within_minutes < 0 {
            return Err(ConfigError::Invalid(
                "authoring: edit_max_supporters and edit_within_minutes cannot be negative".into(),
            ));
        }
        if self.tallies.check_every_secs == 0 || self.tallies.full_every_secs == 0 {
            return Err(ConfigError::Invalid(
                "tallies: check_every_secs and full_every_secs must be at least 1".into(),
            ));
        }
        if self.analysis.check_every_secs == 0 {
            return Err(ConfigError::Invalid(
                "analysis: check_every_secs must be at least 1".into(),
            ));
        }
        if self.database_max_connections == 0 {
            return Err(ConfigError::Invalid(
                "IDEAS_DATABASE_MAX_CONNECTIONS: must be at least 1".into(),
            ));
        }
        Ok(())
    }

    /// The database URL: the configured one, or the SQLite file under the data directory.
    pub fn database_url(&self) -> SecretString {
        match &self.database_url {
            Some(url) => url.clone(),
            None => {
                let path = self.data_dir.join("ideas.db");
                SecretString::from(format!("sqlite://{}?mode=rwc", path.display()))
            }
        }
    }
}

/// The public address: the configured one, or `http://` and the listen address.
pub fn public_url(settings: &Settings, site_addr: std::net::SocketAddr) -> url::Url {
    settings.public_url.clone().unwrap_or_else(|| {
        url::Url::parse(&format!("http://{site_addr}")).expect("a socket address makes a valid URL")
    })
}

/// Which engine a database URL is for, or an error naming `DATABASE_URL`.
pub fn database_kind(url: &str) -> Result<DatabaseKind, ConfigError> {
    let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or_default();
    match scheme {
        "sqlite" => Ok(DatabaseKind::Sqlite),
        "postgres" | "postgresql" => Ok(DatabaseKind::Postgres),
        _ => Err(ConfigError::Invalid(format!(
            "DATABASE_URL: unsupported scheme {scheme:?}; use sqlite://PATH or postgres://USER@HOST/DB"
        ))),
    }
}

/// Leptos's options from the standard `LEPTOS_*` variables, with their values checked
/// first so that a mistake is reported against the variable that holds it.
pub fn leptos_options() -> Result<LeptosOptions, ConfigError> {
    check_env(
        "LEPTOS_SITE_ADDR",
        |v| v.parse::<std::net::SocketAddr>().is_ok(),
        "an address such as 127.0.0.1:3000",
    )?;
    check_env(
        "LEPTOS_RELOAD_PORT",
        |v| v.parse::<u32>().is_ok(),
        "a port number",
    )?;
    check_env(
        "LEPTOS_ENV",
        |v| {
            matches!(
                v.to_ascii_lowercase().as_str(),
                "dev" | "development" | "prod" | "production"
            )
        },
        "DEV or PROD",
    )?;
    let mut options = leptos::prelude::get_configuration(None)
        .map(|conf| conf.leptos_options)
        .map_err(|e| ConfigError::Invalid(format!("LEPTOS_* settings: {e}")))?;
    // The build names the bundle's files by a hash of their contents (`hash-files`) and
    // writes the hashes beside the server binary: use them whenever they are there,
    // unless `LEPTOS_HASH_FILES` says otherwise.
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        options.hash_files = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
            .is_some_and(|file| file.exists());
    }
    Ok(options)
}

fn check_env(name: &str, valid: impl Fn(&str) -> bool, expected: &str) -> Result<(), ConfigError> {
    match std::env::var(name) {
        Ok(value) if !valid(&value) => Err(ConfigError::Invalid(format!(
            "{name}: {value:?} is not valid; expected {expected}"
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_are_recognised_by_scheme() {
        assert_eq!(
            database_kind("sqlite://data/ideas.db").unwrap(),
            DatabaseKind::Sqlite
        );
        assert_eq!(
            database_kind("postgres://u@h/db").unwrap(),
            DatabaseKind::Postgres
        );
        assert_eq!(
            database_kind("postgresql://u@h/db").unwrap(),
            DatabaseKind::Postgres
        );
        let err = database_kind("mysql://u@h/db").unwrap_err().to_string();
        assert!(err.starts_with("DATABASE_URL:"), "{err}");
    }

    #[test]
    fn the_default_database_is_a_sqlite_file_in_the_data_dir() {
        let settings: Settings = Figment::new().extract().unwrap();
        assert_eq!(
            settings.database_url().expose_secret(),
            "sqlite://data/ideas.db?mode=rwc"
        );
        assert!(settings.seed_demo);
        assert!(settings.redis_url.is_none());
    }

    fn providers_from(toml: &str) -> Result<Settings, ConfigError> {
        let settings: Settings = Figment::new().merge(Toml::string(toml)).extract()?;
        settings.validate()?;
        Ok(settings)
    }

    #[test]
    fn each_kind_of_provider_gets_its_protocol_and_default_scopes() {
        let settings = providers_from(
            r#"
            [[providers]]
            id = "nhs-login"
            name = "NHS login"
            issuer = "https://auth.login.nhs.uk/"
            client_id = "a"
            scopes = ["profile", "email"]

            [[providers]]
            id = "google"
            name = "Google"
            kind = "google"
            client_id = "b"

            [[providers]]
            id = "github"
            name = "GitHub"
            kind = "github"
            client_id = "c"
            "#,
        )
        .unwrap();
        let [nhs, google, github] = &settings.providers[..] else {
            panic!("three providers")
        };
        assert_eq!(
            nhs.protocol(),
            Protocol::OpenIdConnect {
                issuer: "https://auth.login.nhs.uk".into()
            }
        );
        assert_eq!(nhs.scopes(), ["profile", "email"]);
        assert_eq!(
            google.protocol(),
            Protocol::OpenIdConnect {
                issuer: GOOGLE_ISSUER.into()
            }
        );
        assert_eq!(google.scopes(), ["profile", "email"]);
        let Protocol::GitHub(endpoints) = github.protocol() else {
            panic!("GitHub speaks OAuth2")
        };
        assert_eq!(endpoints.token_url.as_str(), GITHUB_TOKEN_URL);
        assert!(github.scopes().is_empty());
    }

    #[test]
    fn provider_mistakes_are_named() {
        let cases = [
            (
                "id = \"x\"\nname = \"X\"\nclient_id = \"a\"",
                "providers.x.issuer: an OpenID Connect provider needs its issuer URL",
            ),
            (
                "id = \"x\"\nname = \"X\"\nkind = \"github\"\nclient_id = \"a\"\nissuer = \"https://github.com\"",
                "providers.x.issuer: GitHub has no issuer",
            ),
            (
                "id = \"x\"\nname = \"X\"\nclient_id = \"a\"\nissuer = \"https://a.example\"\ntoken_url = \"https://a.example/t\"",
                "providers.x.token_url: only for kind = \"github\"",
            ),
            (
                "id = \"x\"\nname = \"X\"\nkind = \"github\"\nclient_id = \"a\"\nuser_url = \"ftp://a.example/u\"",
                "providers.x.user_url: ftp://a.example/u is not an http(s) address",
            ),
        ];
        for (provider, expected) in cases {
            let err = providers_from(&format!("[[providers]]\n{provider}"))
                .err()
                .unwrap_or_else(|| panic!("{provider} was accepted"))
                .to_string();
            assert!(err.contains(expected), "{err}");
        }
        let err = providers_from(
            "[[providers]]\nid = \"x\"\nname = \"X\"\nkind = \"facebook\"\nclient_id = \"a\"",
        )
        .err()
        .unwrap()
        .to_string();
        assert!(err.contains("facebook"), "{err}");
    }
}
