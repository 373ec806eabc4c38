//! Who is asking, as axum extractors: a handler names the kind of person it serves, and
//! the extractor refuses everyone else before the handler runs.
//!
//! The checks themselves are [`CurrentUser::may_take_part`], [`CurrentUser::holds`] and
//! [`CurrentUser::may_act_as`]; server functions make the same calls through
//! `server::auth`.

use std::marker::PhantomData;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tower_sessions::Session;

use super::reply::RouteError;
use crate::domain::identity::CurrentUser;
use crate::domain::user::Role;
use crate::server::state::AppState;

/// Anyone signed in, suspended or not (reading their own things, deleting their
/// account, and forms that give a suspended person's words back by the field).
pub struct SignedIn(pub CurrentUser);

/// Someone signed in who may take part: not suspended.
pub struct Participant(pub CurrentUser);

/// Someone signed in with `R`'s role or a more powerful one, to read what that role
/// may read.
pub struct AtLeast<R>(pub CurrentUser, pub PhantomData<R>);

/// Someone signed in with `R`'s role or a more powerful one who may act with it: not
/// suspended.
pub struct Staff<R>(pub CurrentUser, pub PhantomData<R>);

/// A role, as a type, for [`AtLeast`] and [`Staff`].
pub trait RoleFloor: Send + Sync {
    const ROLE: Role;
}

/// Helpers (assisted digital), moderators and administrators.
pub struct Helper;
/// Moderators and administrators.
pub struct Moderator;
/// Administrators only.
pub struct Admin;

impl RoleFloor for Helper {
    const ROLE: Role = Role::Helper;
}
impl RoleFloor for Moderator {
    const ROLE: Role = Role::Moderator;
}
impl RoleFloor for Admin {
    const ROLE: Role = Role::Admin;
}

/// The person on the request's session, read once per request.
async fn signed_in(parts: &mut Parts, state: &AppState) -> Result<CurrentUser, RouteError> {
    if let Some(user) = parts.extensions.get::<CurrentUser>() {
        return Ok(user.clone());
    }
    let session = Session::from_request_parts(parts, state)
        .await
        .map_err(|(_, why)| RouteError::internal("no session layer in front of a route", why))?;
    let user = crate::server::auth::user_from_session(&state.db, &session)
        .await?
        .ok_or(RouteError::SignIn)?;
    parts.extensions.insert(user.clone());
    Ok(user)
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = RouteError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RouteError> {
        signed_in(parts, state).await.map(SignedIn)
    }
}

impl FromRequestParts<AppState> for Participant {
    type Rejection = RouteError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RouteError> {
        let user = signed_in(parts, state).await?;
        user.may_take_part()?;
        Ok(Participant(user))
    }
}

impl<R: RoleFloor> FromRequestParts<AppState> for AtLeast<R> {
    type Rejection = RouteError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RouteError> {
        let user = signed_in(parts, state).await?;
        user.holds(R::ROLE)?;
        Ok(AtLeast(user, PhantomData))
    }
}

impl<R: RoleFloor> FromRequestParts<AppState> for Staff<R> {
    type Rejection = RouteError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, RouteError> {
        let user = signed_in(parts, state).await?;
        user.may_act_as(R::ROLE)?;
        Ok(Staff(user, PhantomData))
    }
}

/// The client's address, when known: the connection's, or the one the trusted proxies
/// in front saw (`rate_limit::client_address`). Never refuses.
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|axum::extract::ConnectInfo(addr)| addr.ip());
        Ok(ClientAddress(crate::server::rate_limit::client_address(
            &parts.headers,
            peer,
            state.trusted_proxy_hops,
        )))
    }
}
