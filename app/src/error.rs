//! The one error type people may see.
//!
//! Internal causes (database errors, Redis errors) are logged with their context where
//! they happen and never sent to the browser; a person sees one of these variants.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// An error a page or server function can report to the person using the site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist or is not public.
    #[error("Page not found")]
    NotFound,
    /// Signing in is needed first.
    #[error("You need to sign in to do that.")]
    Unauthorized,
    /// Signed in, but not allowed.
    #[error("You do not have permission to do that.")]
    Forbidden,
    /// Something went wrong on our side; the details are in the server log.
    #[error("Sorry, there is a problem with the service. Try again later.")]
    Internal,
    /// The request could not reach the server or was malformed on the way.
    #[error("Sorry, there is a problem with the service. Try again later.")]
    Transport(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}
