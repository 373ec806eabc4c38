//! Who is asking: the signed-in person, read from the server-side session, and the
//! checks every server function and route makes before acting.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
use tower_sessions::Session;

use crate::domain::identity::{CurrentUser, Refusal};
use crate::domain::user::Role;
use crate::error::AppError;
use crate::server::entities::user;

/// Session key: the signed-in account's id.
pub(crate) const USER_ID: &str = "user_id";
/// Session key: when the person signed in, for the absolute expiry.
const SIGNED_IN_AT: &str = "signed_in_at";
/// Session key: a first sign-in with a provider, waiting for the person to choose how
/// they appear before an account is made.
const PENDING_ACCOUNT: &str = "pending_account";

/// Someone a provider vouched for who has no account yet. Nothing about them is stored
/// beyond their session until they confirm their public name and group: the provider's
/// name for them is only a suggestion.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PendingAccount {
    pub provider: String,
    pub subject: String,
    /// The provider's name for them, offered as the public name.
    pub suggested_name: Option<String>,
    /// The address the provider verified, taken when the account is made.
    #[serde(default)]
    pub email: Option<String>,
    /// Where to go once the account is made (checked again before use).
    pub return_to: String,
}

/// Holds a first sign-in on `session` until the person confirms their profile.
pub async fn hold_pending_account(
    session: &Session,
    pending: &PendingAccount,
) -> Result<(), AppError> {
    session
        .insert(PENDING_ACCOUNT, pending)
        .await
        .map_err(session_error)
}

/// The first sign-in held on `session`, if any.
pub async fn pending_account(session: &Session) -> Result<Option<PendingAccount>, AppError> {
    session.get(PENDING_ACCOUNT).await.map_err(session_error)
}

/// The first sign-in held on this request's session (for server functions).
pub async fn pending_account_here() -> Result<Option<PendingAccount>, AppError> {
    let session: Session = leptos_axum::extract().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer in front of a server function");
        AppError::Internal
    })?;
    pending_account(&session).await
}

/// A session ends this long after sign-in however active it is, so a forgotten shared
/// computer does not stay signed in for ever. (Idle expiry is the session layer's.)
pub const ABSOLUTE_EXPIRY: Duration = Duration::days(30);

/// Signs `user_id` in on `session`, under a new session id so that an id set before
/// sign-in (session fixation) is worthless.
pub async fn sign_in(session: &Session, user_id: i64) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    session
        .remove::<PendingAccount>(PENDING_ACCOUNT)
        .await
        .map_err(session_error)?;
    session
        .insert(USER_ID, user_id)
        .await
        .map_err(session_error)?;
    session
        .insert(SIGNED_IN_AT, Utc::now())
        .await
        .map_err(session_error)?;
    Ok(())
}

/// The account id a session was signed in with, without checking that the account or
/// the session is still good: enough to key a rate limit, never to authorise.
pub async fn session_account(session: &Session) -> Option<i64> {
    session.get::<i64>(USER_ID).await.ok().flatten()
}

/// Ends the session, deleting it on the server.
pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

/// The person signed in on `session`, if any: an account that still exists, in a
/// session younger than [`ABSOLUTE_EXPIRY`].
pub async fn user_from_session(
    db: &DatabaseConnection,
    session: &Session,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user_id) = session.get::<i64>(USER_ID).await.map_err(session_error)? else {
        return Ok(None);
    };
    let signed_in_at = session
        .get::<DateTime<Utc>>(SIGNED_IN_AT)
        .await
        .map_err(session_error)?;
    if signed_in_at.is_none_or(|at| Utc::now() - at > ABSOLUTE_EXPIRY) {
        sign_out(session).await?;
        return Ok(None);
    }
    // Read with the session when it came from the database; otherwise now.
    let read = session
        .id()
        .and_then(|id| crate::server::sessions::take_account_read(id, user_id));
    let user = match read {
        Some(account) => account,
        None => user::Entity::find_by_id(user_id).one(db).await?,
    };
    match user {
        Some(user) if user.deleted_at.is_none() => Ok(Some(CurrentUser {
            suspension: crate::server::suspensions::in_force(&user, Utc::now()),
            id: user.id,
            display_name: user.display_name,
            segment: user.segment,
            role: user.role,
        })),
        _ => {
            sign_out(session).await?;
            Ok(None)
        }
    }
}

/// The person signed in, from inside a server function or a page rendered on the server.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    let state = crate::server::state::app_state()?;
    let session: Session = leptos_axum::extract().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer in front of a server function");
        AppError::Internal
    })?;
    user_from_session(&state.db, &session).await
}

/// The person signed in, or [`AppError::Unauthorized`].
pub async fn require_user() -> Result<CurrentUser, AppError> {
    current_user()
        .await?
        .ok_or_else(|| AppError::Unauthorized.respond())
}

/// The person signed in, if they may take part (not suspended): for the server
/// functions that change something on their behalf.
pub async fn require_participant() -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    user.may_take_part().map_err(refused)?;
    Ok(user)
}

/// The person signed in with at least `role`, or an error saying why not.
pub async fn require_role(role: Role) -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    user.holds(role).map_err(refused)?;
    Ok(user)
}

/// A refusal as the error a server function answers with.
fn refused(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::Forbidden => AppError::Forbidden.respond(),
        Refusal::Suspended(suspension) => AppError::Suspended(suspension.message()).respond(),
    }
}

/// Applies the rate limit `action` to the request a server function (or a page rendered
/// on the server) is answering: per account when someone is signed in, and per client
/// address, as the route table's limits are.
pub async fn limit(action: crate::server::rate_limit::LimitedAction) -> Result<(), AppError> {
    use crate::server::rate_limit::Decision;
    let state = crate::server::state::app_state()?;
    let account = match leptos_axum::extract::<Session>().await {
        Ok(session) => session_account(&session).await,
        Err(_) => None,
    };
    let address = client_address().await?;
    match state.limits.check(action, account, address).await {
        Decision::Allowed => Ok(()),
        Decision::Limited { retry_after } => {
            Err(AppError::TooMany(retry_after.as_secs().max(1)).respond())
        }
    }
}

/// The address of the client a server function is answering (see
/// `rate_limit::client_address`), when known.
pub async fn client_address() -> Result<Option<std::net::IpAddr>, AppError> {
    let state = crate::server::state::app_state()?;
    let peer = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .ok()
        .map(|axum::extract::ConnectInfo(addr)| addr.ip());
    let headers = leptos_axum::extract::<axum::http::HeaderMap>()
        .await
        .unwrap_or_default();
    Ok(crate::server::rate_limit::client_address(
        &headers,
        peer,
        state.trusted_proxy_hops,
    ))
}

fn session_error(err: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %err, "session store error");
    AppError::Internal
}
