//! Configuration, in layers: built-in defaults, then an optional TOML file, then
//! environment variables. With nothing set the server runs the embedded default:
//! SQLite under `./data`, no Redis, listening on 127.0.0.1:3000.
//!
//! Leptos's own settings (`LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`, …) are read by leptos
//! from the standard variables; this module checks them first so that a bad value stops
//! start-up with a message naming the variable.

use std::path::{Path, PathBuf};

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
}

/// One OpenID Connect provider, as configured.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderSettings {
    /// Lowercase letters, digits and hyphens; used in URLs and stored with every
    /// identity, so it must never change.
    pub id: String,
    /// Shown on the sign-in page as "Sign in with {name}".
    pub name: String,
    /// The issuer URL; its `/.well-known/openid-configuration` is read at sign-in.
    pub issuer: url::Url,
    pub client_id: String,
    #[serde(default)]
    pub client_secret: Option<SecretString>,
    /// Scopes besides `openid`, e.g. `["profile"]`.
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
}

fn default_scopes() -> Vec<String> {
    vec!["profile".to_owned()]
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

fn default_max_connections() -> u32 {
    10
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
            if !matches!(provider.issuer.scheme(), "http" | "https") {
                return Err(ConfigError::Invalid(format!(
                    "providers.{}.issuer: {} is not an http(s) address",
                    provider.id, provider.issuer
                )));
            }
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
    leptos::prelude::get_configuration(None)
        .map(|conf| conf.leptos_options)
        .map_err(|e| ConfigError::Invalid(format!("LEPTOS_* settings: {e}")))
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
}
