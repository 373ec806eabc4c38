//! Sign-in with OpenID Connect providers (NHS login, Google, any standard provider).
//!
//! The authorization code flow with PKCE. The `state`, `nonce` and PKCE verifier stay in
//! the server-side session, never in the browser, and are checked on the way back; the
//! ID token's signature (from the provider's JWKS), issuer, audience, expiry and nonce
//! are verified by `openidconnect`. The HTTP client never follows redirects, so a
//! provider's endpoints cannot be used to reach other addresses (SSRF).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
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

/// One configured OpenID Connect provider.
#[derive(Clone)]
pub struct OidcProvider {
    /// Used in URLs (`/auth/{id}/start`) and stored with identities: never change it.
    pub id: String,
    /// Shown on the sign-in page: "Sign in with {name}".
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
    /// Scopes besides `openid`.
    pub scopes: Vec<String>,
}

impl std::fmt::Debug for OidcProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcProvider")
            .field("id", &self.id)
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

/// What a sign-in in progress keeps in the session until the provider sends the person
/// back.
#[derive(Debug, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub provider: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
}

/// Who the provider says signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub subject: String,
    pub name: Option<String>,
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
pub struct OidcProviders {
    providers: Arc<Vec<OidcProvider>>,
    callback_base: url::Url,
    http: reqwest::Client,
    metadata: Arc<RwLock<HashMap<String, (CoreProviderMetadata, Instant)>>>,
}

impl std::fmt::Debug for OidcProviders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.providers.iter()).finish()
    }
}

impl OidcProviders {
    /// `public_url` is where the site is reached; callbacks are `/auth/{id}/callback` on it.
    pub fn new(providers: Vec<OidcProvider>, public_url: url::Url) -> reqwest::Result<Self> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(Self {
            providers: Arc::new(providers),
            callback_base: public_url,
            http,
            metadata: Arc::default(),
        })
    }

    /// Every configured provider, in configuration order.
    pub fn all(&self) -> &[OidcProvider] {
        &self.providers
    }

    pub fn get(&self, id: &str) -> Option<&OidcProvider> {
        self.providers.iter().find(|p| p.id == id)
    }

    fn redirect_url(&self, provider: &OidcProvider) -> RedirectUrl {
        let url = self
            .callback_base
            .join(&format!("/auth/{}/callback", provider.id))
            .expect("a provider id makes a valid path");
        RedirectUrl::from_url(url)
    }

    async fn metadata(
        &self,
        provider: &OidcProvider,
        refresh: bool,
    ) -> Result<CoreProviderMetadata, SignInError> {
        if !refresh
            && let Some((metadata, fetched)) = self.metadata.read().await.get(&provider.id)
            && fetched.elapsed() < METADATA_TTL
        {
            return Ok(metadata.clone());
        }
        let issuer = IssuerUrl::new(provider.issuer.clone()).map_err(|e| {
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

    fn client(&self, provider: &OidcProvider, metadata: CoreProviderMetadata) -> ConfiguredClient {
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
        provider: &OidcProvider,
        return_to: String,
    ) -> Result<(url::Url, PendingSignIn), SignInError> {
        let client = self.client(provider, self.metadata(provider, false).await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
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
        let pending = PendingSignIn {
            provider: provider.id.clone(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            return_to,
        };
        Ok((url, pending))
    }

    /// Completes a sign-in: checks `state` against the pending sign-in, exchanges the
    /// code and verifies the ID token.
    pub async fn finish(
        &self,
        provider: &OidcProvider,
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
        let client = self.client(provider, self.metadata(provider, false).await?);
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
                let client = self.client(provider, self.metadata(provider, true).await?);
                verify(&client, id_token, &nonce).map_err(|e| {
                    tracing::warn!(provider = provider.id, error = %e, first = %first, "the ID token did not verify");
                    SignInError::Rejected
                })
            }
        }
    }
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
    Ok(VerifiedIdentity {
        subject: claims.subject().as_str().to_owned(),
        name,
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
