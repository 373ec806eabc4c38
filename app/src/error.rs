//! The one error type people may see.
//!
//! Internal causes (database errors, Redis errors) are logged with their context where
//! they happen and never sent to the browser; a person sees one of these variants.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// An error a page or server function can report to the person using the site.
///
/// What it says (`Display`) is in the request's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// The thing asked for does not exist or is not public.
    NotFound,
    /// Signing in is needed first.
    Unauthorized,
    /// Signed in, but not allowed.
    Forbidden,
    /// A suspended account tried to take part; the message says until when and why.
    Suspended(String),
    /// The request was understood but cannot be done now, for the reason given (voting
    /// has closed, for example).
    Refused(String),
    /// Over a rate limit; try again after this many seconds.
    TooMany(u64),
    /// Something went wrong on our side; the details are in the server log.
    Internal,
    /// The request could not reach the server or was malformed on the way.
    Transport(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            AppError::NotFound => crate::t!("not-found-title"),
            AppError::Unauthorized => crate::t!("error-need-sign-in"),
            AppError::Forbidden => crate::t!("error-forbidden"),
            AppError::Suspended(message) | AppError::Refused(message) => message.clone(),
            AppError::TooMany(seconds) => crate::t!("error-too-many", seconds = *seconds),
            AppError::Internal | AppError::Transport(_) => crate::t!("error-internal"),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // On the server this is where arguments that do not decode end up: the caller's
        // mistake, so 400 rather than the default 500.
        #[cfg(feature = "ssr")]
        if matches!(
            value,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_)
        ) {
            set_response_status(axum::http::StatusCode::BAD_REQUEST);
        }
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The HTTP status this error answers with.
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Suspended(_) => StatusCode::FORBIDDEN,
            AppError::Refused(_) => StatusCode::CONFLICT,
            AppError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Transport(_) => StatusCode::BAD_REQUEST,
        }
    }

    /// Sets the status of the response being built (a server function's, or a page's
    /// when called while rendering one) to this error's, and returns the error: server
    /// functions otherwise answer every error with 500.
    pub fn respond(self) -> Self {
        set_response_status(self.status());
        self
    }
}

#[cfg(feature = "ssr")]
fn set_response_status(status: axum::http::StatusCode) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}
