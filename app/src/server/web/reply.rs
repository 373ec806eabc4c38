//! What a handler answers: a [`Reply`] when the request was handled, a [`RouteError`]
//! when something stopped it.
//!
//! Both are turned into a response whose page is rendered later, by
//! [`super::render::answer_deferred`]: the handler names the page, and the layer, which
//! holds the request (its session, its headers), renders it.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::domain::identity::Refusal;
use crate::error::AppError;
use crate::forms::{FieldErrors, Submitted};

/// What every form handler returns.
pub type Answer = Result<Reply, RouteError>;

/// Why a request was stopped. Each variant is answered with the site's own page for a
/// browser, and with `{"error": …}` for an API client (see `render`).
#[derive(Clone, Debug)]
pub enum RouteError {
    /// Nobody is signed in: off to sign in, and back to the page the form was on.
    SignIn,
    /// Signed in without the role needed: 403.
    Forbidden,
    /// Suspended, so they may read but not take part: 403 and the page saying until
    /// when and why (the message).
    Suspended(String),
    /// No such thing, or not public: 404.
    NotFound,
    /// Over a rate limit: 429 with `Retry-After`.
    TooMany { retry_after_secs: u64 },
    /// A request no browser form sends (not a form, too large, not UTF-8): the status
    /// and what to do.
    BadForm {
        status: StatusCode,
        /// The key of the message (`app/locales`), said in the request's language.
        message: &'static str,
    },
    /// A form that did not pass its checks: its page again, with what was typed and a
    /// message by each field (422), so nothing the person wrote is lost.
    Invalid(Box<PageToRender>),
    /// Something failed on our side; the cause was logged where it happened.
    Internal,
}

impl RouteError {
    pub fn status(&self) -> StatusCode {
        match self {
            RouteError::SignIn => StatusCode::SEE_OTHER,
            RouteError::Forbidden | RouteError::Suspended(_) => StatusCode::FORBIDDEN,
            RouteError::NotFound => StatusCode::NOT_FOUND,
            RouteError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            RouteError::BadForm { status, .. } => *status,
            RouteError::Invalid(page) => page.status,
            RouteError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What a person (or an API client) is told.
    pub fn message(&self) -> String {
        match self {
            RouteError::SignIn => crate::t!("error-sign-in"),
            RouteError::Forbidden => crate::t!("error-forbidden"),
            RouteError::Suspended(message) => message.clone(),
            RouteError::NotFound => crate::t!("error-not-found"),
            RouteError::TooMany { retry_after_secs } => {
                crate::t!("error-too-many-requests", seconds = *retry_after_secs)
            }
            RouteError::BadForm { message, .. } => crate::i18n::tr(message),
            RouteError::Invalid(_) => crate::t!("error-check-form"),
            RouteError::Internal => crate::t!("error-internal"),
        }
    }

    /// Logs an internal cause with its context, and answers with [`RouteError::Internal`].
    pub fn internal(context: &str, cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "{context}");
        RouteError::Internal
    }
}

impl From<sea_orm::DbErr> for RouteError {
    fn from(err: sea_orm::DbErr) -> Self {
        RouteError::internal("database error in a route", err)
    }
}

impl From<AppError> for RouteError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::NotFound => RouteError::NotFound,
            AppError::Unauthorized => RouteError::SignIn,
            AppError::Forbidden => RouteError::Forbidden,
            AppError::Suspended(message) => RouteError::Suspended(message),
            AppError::TooMany(secs) => RouteError::TooMany {
                retry_after_secs: secs,
            },
            AppError::Refused(_) | AppError::Internal | AppError::Transport(_) => {
                RouteError::Internal
            }
        }
    }
}

impl From<Refusal> for RouteError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Forbidden => RouteError::Forbidden,
            Refusal::Suspended(suspension) => RouteError::Suspended(suspension.message()),
        }
    }
}

/// A handler's answer when the request was handled.
#[derive(Clone)]
pub enum Reply {
    /// 303 See Other: post/redirect/get.
    Redirect(String),
    /// The page at `path`, rendered as the same person's `GET` would see it, with
    /// `context` provided to it (a refused form's values and messages).
    Page(PageToRender),
}

/// A page a handler asked for; see [`Reply::Page`].
#[derive(Clone)]
pub struct PageToRender {
    pub path: String,
    pub status: StatusCode,
    /// Provides the page's context (a refused form, say) while it renders.
    pub context: Arc<dyn Fn() + Send + Sync>,
}

impl PageToRender {
    /// The page at `path`, answering `status`, with `context` provided to it.
    pub fn new<C>(path: impl Into<String>, status: StatusCode, context: C) -> Self
    where
        C: Clone + Send + Sync + 'static,
    {
        Self {
            path: path.into(),
            status,
            context: Arc::new(move || leptos::prelude::provide_context(context.clone())),
        }
    }
}

impl std::fmt::Debug for PageToRender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageToRender")
            .field("path", &self.path)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// A form's checks, answered with `?`: the valid value, or the form's page again.
///
/// ```ignore
/// let new = form.validate().or_show_again(paths::PROFILE, &form)?;
/// ```
pub trait OrShowAgain<T> {
    /// The value, or the page at `page` again with `values` and the messages (422).
    fn or_show_again<F>(self, page: impl Into<String>, values: &F) -> Result<T, RouteError>
    where
        F: Clone + Send + Sync + 'static;

    /// The value, or the page at `page` again with the context `context` makes of the
    /// messages, for pages whose forms come back in a context of their own.
    fn or_show_again_with<C>(
        self,
        page: impl Into<String>,
        context: impl FnOnce(FieldErrors) -> C,
    ) -> Result<T, RouteError>
    where
        C: Clone + Send + Sync + 'static;
}

impl<T> OrShowAgain<T> for Result<T, FieldErrors> {
    fn or_show_again<F>(self, page: impl Into<String>, values: &F) -> Result<T, RouteError>
    where
        F: Clone + Send + Sync + 'static,
    {
        self.or_show_again_with(page, |errors| Submitted {
            values: values.clone(),
            errors,
        })
    }

    fn or_show_again_with<C>(
        self,
        page: impl Into<String>,
        context: impl FnOnce(FieldErrors) -> C,
    ) -> Result<T, RouteError>
    where
        C: Clone + Send + Sync + 'static,
    {
        self.map_err(|errors| RouteError::refused(page, context(errors)))
    }
}

impl RouteError {
    /// The form's page again with `context` (what was typed and why it was refused).
    pub fn refused<C>(page: impl Into<String>, context: C) -> Self
    where
        C: Clone + Send + Sync + 'static,
    {
        let page = PageToRender::new(page, StatusCode::UNPROCESSABLE_ENTITY, context);
        RouteError::Invalid(Box::new(page))
    }
}

impl Reply {
    /// On to `to` (a path on this site).
    pub fn redirect(to: impl Into<String>) -> Self {
        Reply::Redirect(to.into())
    }

    /// The page at `path`, answering `status`, with `context` provided to it.
    pub fn page<C>(path: impl Into<String>, status: StatusCode, context: C) -> Self
    where
        C: Clone + Send + Sync + 'static,
    {
        Reply::Page(PageToRender::new(path, status, context))
    }

    /// The form's page again with `values` as typed (and no messages), and what the
    /// safeguarding check found in them for their author to look at (200: nothing is
    /// wrong with the form; it waits for their choice).
    pub fn to_check<F>(
        path: impl Into<String>,
        values: &F,
        concerns: crate::domain::safeguarding::Concerns,
    ) -> Self
    where
        F: Clone + Send + Sync + 'static,
    {
        let shown = crate::forms::Submitted {
            values: values.clone(),
            errors: crate::forms::FieldErrors::new(),
        };
        Reply::Page(PageToRender {
            path: path.into(),
            status: StatusCode::OK,
            context: Arc::new(move || {
                leptos::prelude::provide_context(shown.clone());
                leptos::prelude::provide_context(concerns.clone());
            }),
        })
    }

    /// The form's page again with `context` (what was typed and why it was refused),
    /// answering 422 Unprocessable Content.
    pub fn refused<C>(path: impl Into<String>, context: C) -> Self
    where
        C: Clone + Send + Sync + 'static,
    {
        Reply::page(path, StatusCode::UNPROCESSABLE_ENTITY, context)
    }
}

/// Carried in a response's extensions until [`super::render::answer_deferred`] renders it.
#[derive(Clone)]
pub(super) enum Deferred {
    Page(PageToRender),
    Error(RouteError),
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self {
            Reply::Redirect(to) => Redirect::to(&to).into_response(),
            Reply::Page(page) => {
                let mut response = page.status.into_response();
                response.extensions_mut().insert(Deferred::Page(page));
                response
            }
        }
    }
}

impl IntoResponse for RouteError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        if let RouteError::TooMany { retry_after_secs } = &self
            && let Ok(value) = retry_after_secs.to_string().parse()
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response.extensions_mut().insert(Deferred::Error(self));
        response
    }
}

/// `path` with `done=…` added to its query, and `fragment` after it: the banner the
/// page shows after a redirect.
pub fn with_notice(path: &str, done: &str, fragment: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}done={done}{fragment}")
}

#[cfg(test)]
mod tests {
    use super::with_notice;

    #[test]
    fn notices_join_the_query() {
        assert_eq!(
            with_notice("/ideas/1-a", "voted", ""),
            "/ideas/1-a?done=voted"
        );
        assert_eq!(
            with_notice("/campaigns/x?sort=new", "voted", "#support"),
            "/campaigns/x?sort=new&done=voted#support"
        );
    }
}
