//! Every route that is not a Leptos page or server function, in one table: the router
//! is built from it, and the authorization test walks it, so no route escapes either.
//!
//! The binary's own routes are here (health, signing in, the open-data API and feeds);
//! each feature's form handlers come from its `actions::routes()` in the app crate.

pub mod api;
pub mod auth;
pub mod email_events;
pub mod embed;
pub mod health;
pub mod metrics;
pub mod sitemap;

use app::access::Access;
use app::features;
use app::server::rate_limit::LimitedAction;
use app::server::web::{RouteEntry, entry};
use axum::http::Method;
use axum::routing::{get, post};

/// Every route besides the pages and server functions.
pub fn table() -> Vec<RouteEntry> {
    let mut table = own_routes();
    table.extend(features::accounts::actions::routes());
    table.extend(features::campaigns::actions::routes());
    table.extend(features::ideas::actions::routes());
    table.extend(features::comments::actions::routes());
    table.extend(features::notifications::actions::routes());
    table.extend(features::directory::actions::routes());
    table.extend(features::moderation::actions::routes());
    table.extend(features::analysis::actions::routes());
    table.extend(features::assisted::actions::routes());
    table.extend(features::integrity::actions::routes());
    table.extend(features::drafts::actions::routes());
    table.extend(features::email::actions::routes());
    table.extend(features::following::actions::routes());
    table.extend(features::site_pages::actions::routes());
    table
}

/// Health, signing in and out, and the open data.
fn own_routes() -> Vec<RouteEntry> {
    use Access::Anyone;
    vec![
        entry(Method::GET, "/healthz", Anyone, get(health::healthz)),
        entry(Method::GET, "/robots.txt", Anyone, get(sitemap::robots)),
        entry(Method::GET, "/sitemap.xml", Anyone, get(sitemap::index))
            .limited(LimitedAction::ApiRead),
        entry(Method::GET, "/sitemaps/{file}", Anyone, get(sitemap::file))
            .limited(LimitedAction::ApiRead),
        entry(Method::GET, "/readyz", Anyone, get(health::readyz)),
        // Anyone may ask; only the operator's scraper, with the token, is answered.
        entry(Method::GET, "/metrics", Anyone, get(metrics::metrics)),
        // Anyone may send; only the mail service, with the token, is heard.
        entry(
            Method::POST,
            "/hooks/email-events",
            Anyone,
            post(email_events::receive),
        ),
        entry(Method::POST, "/auth/demo", Anyone, post(auth::demo_sign_in))
            .limited(LimitedAction::SignIn),
        entry(Method::POST, "/auth/sign-out", Anyone, post(auth::sign_out)),
        entry(
            Method::GET,
            "/auth/sign-out",
            Anyone,
            get(auth::sign_out_page),
        ),
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
            "/api/v1/campaigns",
            Anyone,
            get(api::campaigns::campaigns),
        )
        .limited(LimitedAction::ApiRead),
        entry(Method::GET, "/api/v1/ideas", Anyone, get(api::ideas::ideas))
            .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/ideas/{id}",
            Anyone,
            get(api::ideas::idea),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/ideas.csv",
            Anyone,
            get(api::ideas::ideas_csv),
        )
        .limited(LimitedAction::HeavyRead),
        entry(
            Method::GET,
            "/api/v1/listings",
            Anyone,
            get(api::listings::listings),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings/{id}",
            Anyone,
            get(api::listings::listing),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings.html",
            Anyone,
            get(api::listings::fragment),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/embed/directory",
            Anyone,
            get(embed::directory),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/api/v1/listings.csv",
            Anyone,
            get(api::listings::listings_csv),
        )
        .limited(LimitedAction::HeavyRead),
        entry(
            Method::GET,
            "/api/v1/openapi.json",
            Anyone,
            get(api::openapi::document),
        ),
        entry(
            Method::GET,
            "/feeds/campaigns/{file}",
            Anyone,
            get(api::campaigns::atom),
        )
        .limited(LimitedAction::ApiRead),
        entry(
            Method::GET,
            "/feeds/listings.atom",
            Anyone,
            get(api::listings::atom),
        )
        .limited(LimitedAction::ApiRead),
    ]
}
