//! Routes that are not Leptos pages or server functions, declared where their handlers
//! live (each feature's `actions::routes()`) and gathered into one table by the server,
//! which builds the router from it; the authorization test walks the same table, so no
//! route escapes either.

use axum::http::Method;
use axum::routing::MethodRouter;

use crate::access::Access;
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;

/// One route: what it answers, who may use it, the handler, and its rate limit.
pub struct RouteEntry {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub handler: MethodRouter<AppState>,
    pub limit: Option<LimitedAction>,
}

/// A route without a rate limit.
pub fn entry(
    method: Method,
    path: &'static str,
    access: Access,
    handler: MethodRouter<AppState>,
) -> RouteEntry {
    RouteEntry {
        method,
        path,
        access,
        handler,
        limit: None,
    }
}

impl RouteEntry {
    /// The same route, rate limited as `action`.
    pub fn limited(self, action: LimitedAction) -> Self {
        Self {
            limit: Some(action),
            ..self
        }
    }

    /// Whether this is open data (the API and feeds): readable from any site, with
    /// conditional GET.
    pub fn is_open_data(&self) -> bool {
        self.path.starts_with("/api/v1/") || self.path.starts_with("/feeds/")
    }
}
