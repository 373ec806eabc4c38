//! `GET /api/v1/openapi.json`: the OpenAPI 3 document for every `/api/v1` route,
//! generated from the handlers' annotations and the response types themselves, so it
//! cannot drift from what the server answers. (The authorization test checks that every
//! `/api/v1` route in the route table is in it; the contract test checks the answers.)

use axum::Json;
use axum::response::{IntoResponse, Response};
use utoipa::OpenApi;

use super::listings::{self, ListingPageJson};
use super::{ApiError, campaigns, ideas};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Ideas and Apps open data",
        description = "Everything public on the platform: campaigns, ideas and their discussion, and the curated directory of apps and tools. Read only, no sign-in; readable from any site (CORS); ETag and Last-Modified for conditional requests; rate limited per address (429 with Retry-After). Identifiers are stable. Version 1: fields may be added, never removed or changed in meaning.",
        version = "1",
        license(name = "Open Government Licence v3.0", url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
    ),
    paths(
        campaigns::campaigns,
        ideas::ideas,
        ideas::idea,
        ideas::ideas_csv,
        listings::listings,
        listings::listing,
        listings::listings_csv,
        listings::fragment,
        document,
    ),
    components(schemas(ApiError, ListingPageJson)),
    tags(
        (name = "ideas", description = "Campaigns and the ideas people put forward"),
        (name = "directory", description = "The curated directory of apps and tools"),
    )
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "directory",
    responses((status = 200, description = "This document", content_type = "application/json", body = Object))
)]
pub async fn document() -> Response {
    super::open(Json(ApiDoc::openapi()).into_response())
}
