//! Routes that are not Leptos pages or server functions, in one table: the router is
//! built from it, and the authorization test walks it, so no route escapes either.

pub mod account;
pub mod api_v1;
pub mod auth;
pub mod campaigns;
pub mod directory;
pub mod forms;
pub mod health;
pub mod ideas;
pub mod listings_api;
pub mod moderation;
pub mod openapi;
pub mod pages;
pub mod strict_form;

use app::access::Access;
use app::domain::user::Role;
use app::server::rate_limit::LimitedAction;
use app::server::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};

/// One route: what it answers, who may use it, the handler, and its rate limit.
pub struct RouteEntry {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub handler: MethodRouter<AppState>,
    pub limit: Option<LimitedAction>,
}

impl RouteEntry {
    /// The same route, rate limited as `action`.
    fn limited(self, action: LimitedAction) -> Self {
        Self {
            limit: Some(action),
            ..self
        }
    }
}

fn entry(
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
    /// Whether this is open data (the API and feeds): readable from any site, with
    /// conditional GET.
    pub fn is_open_data(&self) -> bool {
        self.path.starts_with("/api/v1/") || self.path.starts_with("/feeds/")
    }
}

/// Every route besides the pages and server functions.
pub fn table() -> Vec<RouteEntry> {
    use Access::*;
    vec![
        entry(Method::GET, "/healthz", Anyone, get(health::healthz)),
        entry(Method::GET, "/readyz", Anyone, get(health::readyz)),
        entry(Method::POST, "/auth/demo", Anyone, post(auth::demo_sign_in))
            .limited(LimitedAction::SignIn),
        entry(Method::POST, "/auth/sign-out", Anyone, post(auth::sign_out)),
        entry(
            Method::GET,
            "/auth/{provider}/start",
            Anyone,
            get(auth::provider_start),
        )
        .limited(LimitedAction::SignIn),
        entry(
            Method::GET,
            "/auth/{provider}/callback",
            Anyone,
            get(auth::provider_callback),
        ),
        entry(
            Method::GET,
            "/account/data.json",
            SignedIn,
            get(account::download_data),
        ),
        entry(
            Method::POST,
            "/account/profile",
            SignedIn,
            post(forms::update_profile),
        ),
        entry(
            Method::POST,
            "/account/delete",
            SignedIn,
            post(forms::delete_account),
        ),
        entry(
            Method::POST,
            "/account/identities/{id}/remove",
            SignedIn,
            post(forms::remove_identity),
        ),
        entry(
            Method::POST,
            "/admin/accounts/{id}/role",
            AtLeast(Role::Admin),
            post(forms::change_role),
        ),
        entry(
            Method::POST,
            "/campaigns/{slug}/ideas/new",
            SignedIn,
            post(ideas::submit_idea),
        )
        .limited(LimitedAction::SubmitIdea),
        entry(
            Method::POST,
            "/ideas/{id}/vote",
            SignedIn,
            post(ideas::vote),
        )
        .limited(LimitedAction::Vote),
        entry(
            Method::POST,
            "/ideas/{id_slug}/status",
            AtLeast(Role::Moderator),
            post(ideas::set_status),
        ),
        entry(
            Method::POST,
            "/ideas/{id_slug}/comments",
            SignedIn,
            post(ideas::post_comment),
        )
        .limited(LimitedAction::Comment),
        entry(
            Method::POST,
            "/comments/{comment_id}/edit",
            SignedIn,
            post(ideas::edit_comment),
        ),
        entry(
            Method::POST,
            "/comments/{comment_id}/delete",
            SignedIn,
            post(ideas::delete_comment),
        ),
        entry(
            Method::POST,
            "/notifications/read",
            SignedIn,
            post(ideas::read_notifications),
        ),
        entry(
            Method::POST,
            "/admin/campaigns/new",
            AtLeast(Role::Admin),
            post(campaigns::create),
        ),
        entry(
            Method::POST,
            "/admin/campaigns/{slug}/edit",
            AtLeast(Role::Admin),
            post(campaigns::edit),
        ),
        entry(
            Method::POST,
            "/developer/profile",
            SignedIn,
            post(directory::save_profile),
        ),
        entry(
            Method::POST,
            "/developer/listings/new",
            SignedIn,
            post(directory::create_listing),
        )
        .limited(LimitedAction::SubmitIdea),
        entry(
            Method::POST,
            "/developer/listings/{id}/edit",
            SignedIn,
            post(directory::edit_listing),
        )
        .limited(LimitedAction::SubmitIdea),
        entry(
            Method::POST,
            "/developer/listings/{id}/submit",
            SignedIn,
            post(directory::submit_listing),
        ),
        entry(
            Method::POST,
            "/developer/listings/{id}/archive",
            SignedIn,
            post(directory::archive_own),
        ),
        entry(
            Method::POST,
            "/moderation/listings/{id}/decision",
            AtLeast(Role::Moderator),
            post(directory::decide),
        ),
        entry(
            Method::POST,
            "/moderation/listings/{id}/archive",
            AtLeast(Role::Moderator),
            post(directory::moderator_archive),
        ),
        entry(
            Method::POST,
            "/moderation/listings/{id}/revoke-developer",
            AtLeast(Role::Moderator),
            post(directory::revoke_developer),
        ),
        entry(
            Method::POST,
            "/moderation",
            AtLeast(Role::Moderator),
            post(moderation::bulk),
        ),
        entry(
            Method::POST,
            "/moderation/people/{id}/suspend",
            AtLeast(Role::Moderator),
            post(moderation::suspend),
        ),
        entry(
            Method::POST,
            "/moderation/people/{id}/reinstate",
            AtLeast(Role::Moderator),
            post(moderation::reinstate),
        ),
        entry(
            Method::POST,
            "/moderation/ideas/{id}/edit",
            AtLeast(Role::Moderator),
            post(moderation::edit_idea),
        ),
        entry(
            Method::GET,
            "/analysis.csv",
            AtLeast(Role::Moderator),
            get(moderation::analysis_csv),
        ),
        entry(
            Method::POST,
            "/ideas/{id_slug}/report",
            SignedIn,
            post(moderation::report_idea),
        )
        .limited(LimitedAction::Comment),
        entry(
            Method::POST,
            "/directory/{id_slug}/report",
            SignedIn,
            post(moderation::report_listing),
        )
        .limited(LimitedAction::Comment),
        entry(
            Method::POST,
            "/comments/{comment_id}/report",
            SignedIn,
            post(moderation::report_comment),
        )
        .limited(LimitedAction::Comment),
        entry(
            Method::POST,
            "/admin/webhooks",
            AtLeast(Role::Admin),
            post(directory::register_webhook),
        ),
        entry(
            Method::POST,
            "/admin/webhooks/{id}/remove",
            AtLeast(Role::Admin),
            post(directory::remove_webhook),
        ),
        entry(
            Method::GET,
            "/api/v1/campaigns",
            Anyone,
            get(api_v1::campaigns),
        )
        .limited(LimitedAction::ApiRead),
        entry(Method::GET, "/api/v1/ideas", Anyone, get(api_v1::ideas))
            .limited(LimitedAction::ApiRead),
        entry(Method::GET, "/api/v1/ideas/{id}", Anyone, get(api_v1::idea))
            .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/ideas.csv",
            Anyone,
            get(api_v1::ideas_csv),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings",
            Anyone,
            get(listings_api::listings),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings/{id}",
            Anyone,
            get(listings_api::listing),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings.csv",
            Anyone,
            get(listings_api::listings_csv),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/openapi.json",
            Anyone,
            get(openapi::document),
        ),
        entry(
            Method::GET,
            "/feeds/listings.atom",
            Anyone,
            get(listings_api::atom),
        )
        .limited(LimitedAction::ApiRead),
    ]
}
