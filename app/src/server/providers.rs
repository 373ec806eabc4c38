//! Sign-in with identity providers: OpenID Connect (NHS login, Google, any standard
//! provider, from its discovery document) and GitHub (plain OAuth2 and its user API).
//!
//! Both use the authorization code flow with PKCE. The `state`, `nonce` and PKCE
//! verifier stay in the server-side session, never in the browser, and are checked on
//! the way back. For OpenID Connect the ID token's signature (from the provider's JWKS),
//! issuer, audience, expiry and nonce are verified by `openidconnect`; GitHub has no ID
//! token, so who signed in is read from its API with the access token just issued over
//! TLS. The HTTP client never follows redirects, so a provider's endpoints cannot be used
//! to reach other addresses (SSRF).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
    TokenUrl,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

/// How long a provider's discovery document (and keys) are trusted before fetching
/// them again. A provider rotating its keys is picked up within this time, or at once
/// when a token fails to verify.
const METADATA_TTL: Duration = Duration::from_secs(3600);

/// A client built from a provider's discovery document: the authorization endpoint is
/// known, the token and user info endpoints are whatever the document says.
type ConfiguredClient = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// GitHub's own endpoints, used unless a GitHub Enterprise server (or a test) says
/// otherwise.
pub const GITHUB_AUTHORIZE_URL: &str = "https://github.com/login/oauth/authorize";
pub const GITHUB_TOKEN_URL: &str = "https://github.com/login/oauth/access_token";
pub const GITHUB_USER_URL: &str = "https://api.github.com/user";
/// Google's OpenID Connect issuer.
pub const GOOGLE_ISSUER: &str = "https://accounts.google.com";

/// How a provider tells us who signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// OpenID Connect, configured from `{issuer}/.well-known/openid-configuration`.
    OpenIdConnect { issuer: String },
    /// GitHub's OAuth2 apps: no ID token; the account comes from the user API.
    GitHub(Box<GitHubEndpoints>),
}

/// Where GitHub (or a GitHub Enterprise server) answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GitHubEndpoints {
    pub authorize_url: url::Url,
    pub token_url: url::Url,
    pub user_url: url::Url,
}

/// One configured identity provider.
#[derive(Clone)]
pub struct Provider {
    /// Used in URLs (`/auth/{id}/start`) and stored with identities: never change it.
    pub id: String,
    /// Shown on the sign-in page: "Sign in with {name}".
    pub name: String,
    pub protocol: Protocol,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
    /// Scopes to ask for (besides `openid`, always asked of OpenID Connect providers).
    pub scopes: Vec<String>,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider")
            .field("id", &self.id)
            .field("protocol", &self.protocol)
            .finish_non_exhaustive()
    }
}

/// What a sign-in in progress keeps in the session until the provider sends the person
/// back.
#[derive(Debug, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub provider: String,
    pub state: String,
    /// Empty for providers without ID tokens.
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    /// Set when a signed-in person is adding this provider to their account, rather
    /// than signing in: the account it was started from.
    #[serde(default)]
    pub link_to: Option<i64>,
}

/// Who the provider says signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub subject: String,
    pub name: Option<String>,
    /// An email address the provider says it has verified (`email_verified`); an
    /// address it does not vouch for is not taken.
    pub email: Option<String>,
}

/// Why a sign-in did not complete. Details are logged where they happen; the person is
/// sent back to the sign-in page with [`SignInError::code`], which
/// `features::accounts::sign_in_error_message` turns into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInError {
    Cancelled,
    StateMismatch,
    Rejected,
    Unavailable,
}

impl SignInError {
    /// The `?error=` code for the sign-in page.
    pub fn code(self) -> &'static str {
        match self {
            Self::Cancelled => "cancelled",
            Self::StateMismatch => "state",
            Self::Rejected => "rejected",
            Self::Unavailable => "unavailable",
        }
    }
}

/// The configured providers, their discovery documents, and the HTTP client.
#[derive(Clone)]
pub struct Providers {
    providers: Arc<Vec<Provider>>,
    callback_base: url::Url,
    http: reqwest::Client,
    metadata: Arc<RwLock<HashMap<String, (CoreProviderMetadata, Instant)>>>,
}

impl std::fmt::Debug for Providers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.providers.iter()).finish()
    }
}

impl Providers {
    /// `public_url` is where the site is reached; callbacks are `/auth/{id}/callback` on it.
    pub fn new(providers: Vec<Provider>, public_url: url::Url) -> reqwest::Result<Self> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            // GitHub's API refuses requests without one.
            .user_agent(concat!("ideas-platform/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            providers: Arc::new(providers),
            callback_base: public_url,
            http,
            metadata: Arc::default(),
        })
    }

    /// Every configured provider, in configuration order.
    pub fn all(&self) -> &[Provider] {
        &self.providers
    }

    pub fn get(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    fn redirect_url(&self, provider: &Provider) -> RedirectUrl {
        let url = self
            .callback_base
            .join(&format!("/auth/{}/callback", provider.id))
            .expect("a provider id makes a valid path");
        RedirectUrl::from_url(url)
    }

    async fn metadata(
        &self,
        provider: &Provider,
        issuer: &str,
        refresh: bool,
    ) -> Result<CoreProviderMetadata, SignInError> {
        if !refresh
            && let Some((metadata, fetched)) = self.metadata.read().await.get(&provider.id)
            && fetched.elapsed() < METADATA_TTL
        {
            return Ok(metadata.clone());
        }
        let issuer = IssuerUrl::new(issuer.to_owned()).map_err(|e| {
            tracing::error!(provider = provider.id, error = %e, "the issuer is not a URL");
            SignInError::Unavailable
        })?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| {
                tracing::warn!(provider = provider.id, error = %e, "OpenID Connect discovery failed");
                SignInError::Unavailable
            })?;
        self.metadata
            .write()
            .await
            .insert(provider.id.clone(), (metadata.clone(), Instant::now()));
        Ok(metadata)
    }

    fn client(&self, provider: &Provider, metadata: CoreProviderMetadata) -> ConfiguredClient {
        CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(provider.client_id.clone()),
            provider
                .client_secret
                .as_ref()
                .map(|s| ClientSecret::new(s.expose_secret().to_owned())),
        )
        .set_redirect_uri(self.redirect_url(provider))
    }

    /// Starts a sign-in: the provider URL to send the person to, and what to keep in
    /// their session until they come back.
    pub async fn start(
        &self,
        provider: &Provider,
        return_to: String,
        link_to: Option<i64>,
    ) -> Result<(url::Url, PendingSignIn), SignInError> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = match &provider.protocol {
            Protocol::OpenIdConnect { issuer } => {
                let client = self.client(provider, self.metadata(provider, issuer, false).await?);
                let mut request = client
                    .authorize_url(
                        CoreAuthenticationFlow::AuthorizationCode,
                        CsrfToken::new_random,
                        Nonce::new_random,
                    )
                    .set_pkce_challenge(challenge);
                for scope in &provider.scopes {
                    request = request.add_scope(Scope::new(scope.clone()));
                }
                let (url, state, nonce) = request.url();
                (url, state, nonce.secret().clone())
            }
            Protocol::GitHub(_) => {
                let client = self.github_client(provider);
                let mut request = client
                    .authorize_url(CsrfToken::new_random)
                    .set_pkce_challenge(challenge);
                for scope in &provider.scopes {
                    request = request.add_scope(Scope::new(scope.clone()));
                }
                let (url, state) = request.url();
                (url, state, String::new())
            }
        };
        let pending = PendingSignIn {
            provider: provider.id.clone(),
            state: state.secret().clone(),
            nonce,
            pkce_verifier: verifier.secret().clone(),
            return_to,
            link_to,
        };
        Ok((url, pending))
    }

    /// Completes a sign-in: checks `state` against the pending sign-in, exchanges the
    /// code and finds out who signed in.
    pub async fn finish(
        &self,
        provider: &Provider,
        pending: PendingSignIn,
        state: &str,
        code: &str,
    ) -> Result<VerifiedIdentity, SignInError> {
        if pending.provider != provider.id
            || !constant_time_eq(pending.state.as_bytes(), state.as_bytes())
        {
            tracing::warn!(provider = provider.id, "sign-in state mismatch");
            return Err(SignInError::StateMismatch);
        }
        match &provider.protocol {
            Protocol::OpenIdConnect { issuer } => {
                self.finish_oidc(provider, issuer, pending, code).await
            }
            Protocol::GitHub(endpoints) => {
                self.finish_github(provider, &endpoints.user_url, pending, code)
                    .await
            }
        }
    }

    async fn finish_oidc(
        &self,
        provider: &Provider,
        issuer: &str,
        pending: PendingSignIn,
        code: &str,
    ) -> Result<VerifiedIdentity, SignInError> {
        let client = self.client(provider, self.metadata(provider, issuer, false).await?);
        let token = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| {
                tracing::error!(provider = provider.id, error = %e, "the provider has no token endpoint");
                SignInError::Unavailable
            })?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(provider = provider.id, error = %e, "the code exchange failed");
                SignInError::Rejected
            })?;
        let id_token = token.id_token().ok_or_else(|| {
            tracing::warn!(provider = provider.id, "the token response has no ID token");
            SignInError::Rejected
        })?;
        let nonce = Nonce::new(pending.nonce);
        match verify(&client, id_token, &nonce) {
            Ok(identity) => Ok(identity),
            // The provider may have rotated its keys: fetch them once more and retry the
            // verification (never the exchange: a code is good for one use).
            Err(first) => {
                let client = self.client(provider, self.metadata(provider, issuer, true).await?);
                verify(&client, id_token, &nonce).map_err(|e| {
                    tracing::warn!(provider = provider.id, error = %e, first = %first, "the ID token did not verify");
                    SignInError::Rejected
                })
            }
        }
    }

    fn github_client(&self, provider: &Provider) -> GitHubClient {
        let Protocol::GitHub(endpoints) = &provider.protocol else {
            unreachable!("github_client is only called for GitHub providers")
        };
        let GitHubEndpoints {
            authorize_url,
            token_url,
            ..
        } = endpoints.as_ref();
        let mut client = oauth2::basic::BasicClient::new(ClientId::new(provider.client_id.clone()))
            .set_auth_uri(AuthUrl::from_url(authorize_url.clone()))
            .set_token_uri(TokenUrl::from_url(token_url.clone()))
            .set_redirect_uri(self.redirect_url(provider));
        if let Some(secret) = &provider.client_secret {
            client = client.set_client_secret(ClientSecret::new(secret.expose_secret().to_owned()));
        }
        client
    }

    async fn finish_github(
        &self,
        provider: &Provider,
        user_url: &url::Url,
        pending: PendingSignIn,
        code: &str,
    ) -> Result<VerifiedIdentity, SignInError> {
        let token = self
            .github_client(provider)
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(provider = provider.id, error = %e, "the code exchange failed");
                SignInError::Rejected
            })?;
        let response = self
            .http
            .get(user_url.clone())
            .bearer_auth(token.access_token().secret())
            .header(reqwest::header::ACCEPT, "application/vnd.github+json")
            .send()
            .await
            .map_err(|e| {
                tracing::warn!(provider = provider.id, error = %e, "the user API is unreachable");
                SignInError::Unavailable
            })?;
        if !response.status().is_success() {
            tracing::warn!(provider = provider.id, status = %response.status(), "the user API refused the token");
            return Err(SignInError::Rejected);
        }
        let user: GitHubUser = response.json().await.map_err(|e| {
            tracing::warn!(provider = provider.id, error = %e, "the user API answered something unexpected");
            SignInError::Rejected
        })?;
        // The numeric id, never the login: people can rename themselves, and a freed
        // login can be taken by someone else.
        // GitHub's public address says nothing of whether it was verified.
        Ok(VerifiedIdentity {
            subject: user.id.to_string(),
            name: user
                .name
                .filter(|n| !n.trim().is_empty())
                .or(Some(user.login)),
            email: None,
        })
    }
}

/// An OAuth2 client for GitHub: authorization and token endpoints set.
type GitHubClient = oauth2::basic::BasicClient<
    oauth2::EndpointSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

/// The part of GitHub's `GET /user` answer that says who signed in.
#[derive(Deserialize)]
struct GitHubUser {
    id: u64,
    login: String,
    name: Option<String>,
}

/// Checks the ID token's signature, issuer, audience, expiry and nonce, and reads who
/// it names.
fn verify(
    client: &ConfiguredClient,
    id_token: &openidconnect::core::CoreIdToken,
    nonce: &Nonce,
) -> Result<VerifiedIdentity, openidconnect::ClaimsVerificationError> {
    let claims = id_token.claims(&client.id_token_verifier(), nonce)?;
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().to_owned())
        .or_else(|| claims.preferred_username().map(|u| u.as_str().to_owned()));
    let email = claims
        .email()
        .filter(|_| claims.email_verified() == Some(true))
        .map(|e| e.as_str().to_owned())
        .filter(|e| {
            e.len() <= crate::features::email::EMAIL_MAX && e.parse::<lettre::Address>().is_ok()
        });
    Ok(VerifiedIdentity {
        subject: claims.subject().as_str().to_owned(),
        name,
        email,
    })
}

/// Compares secrets without leaking, through timing, how much of them matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn equal_secrets_match_and_others_do_not() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
