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
        match self {
            AppError::Suspended(message) | AppError::Refused(message) => f.write_str(message),
            other => f.write_str(&other.words()),
        }
    }
}

impl AppError {
    /// What a person is told of an error that carries no message of its own, in the
    /// request's language.
    #[cfg(feature = "ssr")]
    fn words(&self) -> String {
        match self {
            AppError::NotFound => crate::t!("not-found-title"),
            AppError::Unauthorized => crate::t!("error-need-sign-in"),
            AppError::Forbidden => crate::t!("error-forbidden"),
            AppError::TooMany(seconds) => crate::t!("error-too-many", seconds = *seconds),
            AppError::Suspended(message) | AppError::Refused(message) => message.clone(),
            AppError::Internal | AppError::Transport(_) => crate::t!("error-internal"),
        }
    }

    /// In the browser no translations are loaded (they would more than double what a
    /// first visit downloads), so only the messages the server wrote are known: a server
    /// function an island calls sends its refusals in words ([`AppError::in_words`]),
    /// and the island says its own words for the rest ([`AppError::said_or`]).
    #[cfg(not(feature = "ssr"))]
    fn words(&self) -> String {
        String::new()
    }

    /// The message the server wrote, or `fallback` (an island's own words) for an error
    /// that carries none, such as one on the way to the server.
    pub fn said_or(&self, fallback: &str) -> String {
        match self {
            AppError::Suspended(message) | AppError::Refused(message) => message.clone(),
            _ => fallback.to_owned(),
        }
    }

    /// The error with its words, for a server function an island calls: the status
    /// stays as set, and the browser gets a message it can show.
    #[cfg(feature = "ssr")]
    pub fn in_words(self) -> Self {
        match self {
            AppError::Suspended(_) | AppError::Refused(_) => self,
            other => AppError::Refused(other.to_string()),
        }
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
