//! The directory as open data: `GET /api/v1/listings` (JSON, cursor-paged, and with
//! `updated_since` every change including tombstones), one listing, the CSV, and the
//! Atom feed. What a mirror needs to hold exactly the published directory.

use std::collections::HashMap;

use app::server::open_data::{ListingJson, ListingRecord};
use app::server::queries::directory::{self as directory, FeedCursor};
use app::server::state::AppState;
use atom_syndication::{ContentBuilder, EntryBuilder, FeedBuilder, LinkBuilder, Text};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiError, bad_id, csv, error, internal, open};
use app::server::csv::csv_safe;

const LIMIT_DEFAULT: u64 = 50;
const LIMIT_MAX: u64 = 200;
/// The Atom feed holds this many of the latest published or updated listings.
const FEED_ENTRIES: u64 = 50;

/// One page of listings.
#[derive(Serialize, ToSchema)]
pub struct ListingPageJson {
    pub items: Vec<ListingRecord>,
    /// Pass as `after` (with the same `updated_since`) for the next page; `null` on the last.
    pub next: Option<String>,
    pub next_url: Option<String>,
}

/// `GET /api/v1/listings`.
#[utoipa::path(
    get,
    path = "/api/v1/listings",
    tag = "directory",
    params(
        ("updated_since" = Option<String>, Query, description = "RFC 3339 time: every listing changed at or after it, archived ones included as tombstones (status archived). Without it, the published listings.", format = DateTime),
        ("after" = Option<String>, Query, description = "The `next` value of the previous page."),
        ("limit" = Option<u64>, Query, description = "Listings per page, 1 to 200 (default 50).", minimum = 1, maximum = 200),
    ),
    responses(
        (status = 200, description = "A page of listings, oldest change first", body = ListingPageJson),
        (status = 304, description = "Not modified since the ETag or time given"),
        (status = 400, description = "A parameter is not valid", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn listings(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let known = ["updated_since", "after", "limit"];
    if let Some(unknown) = params.keys().find(|k| !known.contains(&k.as_str())) {
        return error(
            StatusCode::BAD_REQUEST,
            format!(
                "Unknown parameter \u{201c}{unknown}\u{201d}. Known: {}.",
                known.join(", ")
            ),
            None,
        );
    }
    let since = match params.get("updated_since").map(String::as_str) {
        None | Some("") => None,
        Some(text) => match DateTime::parse_from_rfc3339(text) {
            Ok(at) => Some(at.with_timezone(&Utc)),
            Err(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "updated_since must be an RFC 3339 time, like 2026-12-01T09:00:00Z.",
                    Some("updated_since"),
                );
            }
        },
    };
    let after = match params.get("after").map(String::as_str) {
        None | Some("") => None,
        Some(text) => match FeedCursor::decode(text) {
            Some(cursor) => Some(cursor),
            None => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "after must be a value of next from an earlier page.",
                    Some("after"),
                );
            }
        },
    };
    let limit = match params.get("limit").map(String::as_str) {
        None | Some("") => LIMIT_DEFAULT,
        Some(text) => match text.parse::<u64>() {
            Ok(limit) if (1..=LIMIT_MAX).contains(&limit) => limit,
            _ => {
                return error(
                    StatusCode::BAD_REQUEST,
                    format!("limit must be a number from 1 to {LIMIT_MAX}."),
                    Some("limit"),
                );
            }
        },
    };
    let (items, next) = match directory::feed_page(&state.db, since, after, limit).await {
        Ok(page) => page,
        Err(e) => return internal(e),
    };
    let next_url = next.map(|cursor| {
        let mut url = form_urlencoded::Serializer::new(String::new());
        if let Some(since) = params.get("updated_since").filter(|s| !s.is_empty()) {
            url.append_pair("updated_since", since);
        }
        url.append_pair("after", &cursor.encode());
        if limit != LIMIT_DEFAULT {
            url.append_pair("limit", &limit.to_string());
        }
        format!("/api/v1/listings?{}", url.finish())
    });
    let body = ListingPageJson {
        items,
        next: next.map(FeedCursor::encode),
        next_url,
    };
    with_last_modified(&state, open(Json(body).into_response())).await
}

/// `GET /api/v1/listings/{id}`.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}",
    tag = "directory",
    params(("id" = i64, Path, description = "The listing's id.")),
    responses(
        (status = 200, description = "The listing, or its tombstone once archived", body = ListingRecord),
        (status = 304, description = "Not modified since the ETag or time given"),
        (status = 400, description = "The id is not a number", body = ApiError),
        (status = 404, description = "No listing with that id was ever published", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn listing(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return bad_id("listing");
    };
    match directory::record(&state.db, id).await {
        Ok(Some(record)) => {
            let modified = record.updated_at();
            let mut response = open(Json(record).into_response());
            super::set_last_modified(&mut response, modified);
            response
        }
        Ok(None) => error(
            StatusCode::NOT_FOUND,
            "No published listing has that id.",
            Some("id"),
        ),
        Err(e) => internal(e),
    }
}

/// `GET /api/v1/listings.csv`: every published listing, for spreadsheets.
#[utoipa::path(
    get,
    path = "/api/v1/listings.csv",
    tag = "directory",
    responses(
        (status = 200, description = "Every published listing, one per row", content_type = "text/csv", body = String),
        (status = 304, description = "Not modified since the time given"),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn listings_csv(State(state): State<AppState>) -> Response {
    let db = state.db.clone();
    let read = move |after: Option<FeedCursor>| {
        let db = db.clone();
        async move {
            let (items, next) = directory::feed_page(&db, None, after, CSV_BATCH).await?;
            let records = items
                .into_iter()
                .filter_map(ListingRecord::into_published)
                .map(csv_record)
                .collect();
            Ok((records, next.map(Some)))
        }
    };
    let response = csv::download("listings.csv", &CSV_COLUMNS, None, read).await;
    with_last_modified(&state, response).await
}

/// Listings read per page of `/api/v1/listings.csv`.
const CSV_BATCH: u64 = 500;

/// The columns of `/api/v1/listings.csv`, in the order [`csv_record`] writes them.
const CSV_COLUMNS: [&str; 23] = [
    "id",
    "name",
    "tagline",
    "organisation",
    "website_url",
    "app_store_links",
    "platforms",
    "categories",
    "audiences",
    "cost",
    "accessibility_statement_url",
    "privacy_policy_url",
    "dtac_completed",
    "medical_device_class",
    "nice_evidence_tier",
    "clinical_safety_officer",
    "contact_email",
    "idea_ids",
    "published_at",
    "updated_at",
    "last_reviewed_at",
    "path",
    "language",
];

/// One published listing as a row of [`CSV_COLUMNS`], the text people wrote made safe
/// to open.
fn csv_record(l: ListingJson) -> [String; 23] {
    [
        l.id.to_string(),
        csv_safe(&l.name),
        csv_safe(&l.tagline),
        csv_safe(&l.organisation),
        csv_safe(&l.website_url),
        csv_safe(&l.app_store_links.join(" ")),
        l.platforms.join(" "),
        l.categories.join(" "),
        l.audiences.join(" "),
        l.cost.unwrap_or_default(),
        csv_safe(l.accessibility_statement_url.as_deref().unwrap_or_default()),
        csv_safe(l.privacy_policy_url.as_deref().unwrap_or_default()),
        l.assurance.dtac_completed.to_string(),
        l.assurance.medical_device_class.unwrap_or_default(),
        l.assurance.nice_evidence_tier.unwrap_or_default(),
        csv_safe(
            l.assurance
                .clinical_safety_officer
                .as_deref()
                .unwrap_or_default(),
        ),
        csv_safe(&l.contact_email),
        l.idea_ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        l.published_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        l.updated_at.to_rfc3339(),
        l.last_reviewed_at
            .map(|t| t.to_rfc3339())
            .unwrap_or_default(),
        l.path,
        l.language.to_owned(),
    ]
}

/// `GET /feeds/listings.atom`: the latest published and updated listings.
pub async fn atom(State(state): State<AppState>) -> Response {
    let rows = match directory::latest(&state.db, FEED_ENTRIES).await {
        Ok(rows) => rows,
        Err(e) => return internal(e),
    };
    let base = state.public_url.as_str().trim_end_matches('/').to_owned();
    let updated = rows
        .first()
        .map(|l| l.updated_at)
        .unwrap_or_else(|| DateTime::<Utc>::UNIX_EPOCH);
    let entries: Vec<_> = rows
        .iter()
        .map(|l| {
            let href = format!("{base}{}", l.path);
            // The feed is in English; a listing written in Welsh says so.
            let written = |words: &str| Text {
                lang: (l.language != "en").then(|| l.language.to_owned()),
                ..Text::plain(words)
            };
            EntryBuilder::default()
                .id(format!("{base}/api/v1/listings/{}", l.id))
                .title(written(&l.name))
                .updated(l.updated_at.fixed_offset())
                .published(l.published_at.map(|t| t.fixed_offset()))
                .summary(Some(written(&l.tagline)))
                .content(Some(
                    ContentBuilder::default()
                        .value(Some(format!(
                            "{} By {}. {}",
                            l.tagline, l.organisation, l.website_url
                        )))
                        .content_type(Some("text".to_owned()))
                        .build(),
                ))
                .link(
                    LinkBuilder::default()
                        .rel("alternate")
                        .mime_type(Some("text/html".to_owned()))
                        .href(href)
                        .build(),
                )
                .build()
        })
        .collect();
    let feed = FeedBuilder::default()
        .lang(Some("en".to_owned()))
        .id(format!("{base}/feeds/listings.atom"))
        .title(Text::plain("Apps and tools directory"))
        .subtitle(Some(Text::plain(
            "Health apps and online tools, newly published or updated",
        )))
        .updated(updated.fixed_offset())
        .link(
            LinkBuilder::default()
                .rel("self")
                .mime_type(Some("application/atom+xml".to_owned()))
                .href(format!("{base}/feeds/listings.atom"))
                .build(),
        )
        .link(
            LinkBuilder::default()
                .rel("alternate")
                .mime_type(Some("text/html".to_owned()))
                .href(format!("{base}/directory"))
                .build(),
        )
        .entries(entries)
        .build();
    super::atom_response(&feed, (!rows.is_empty()).then_some(updated))
}

/// Adds `Last-Modified`: when anything in the feed last changed.
async fn with_last_modified(state: &AppState, mut response: Response) -> Response {
    if response.status() == StatusCode::OK
        && let Ok(Some(at)) = directory::last_changed(&state.db).await
    {
        super::set_last_modified(&mut response, at);
    }
    response
}

/// `GET /api/v1/listings.html`: the published listings a directory search finds, as an
/// HTML fragment (a `<section>` with an `<h2>`, the NHS.UK card markup, and absolute
/// links) for a site to include in its own page. The same search as `/directory`.
#[utoipa::path(
    get,
    path = "/api/v1/listings.html",
    tag = "directory",
    params(
        ("q" = Option<String>, Query, description = "Words to search for."),
        ("category" = Option<String>, Query, description = "A category slug."),
        ("platform" = Option<String>, Query, description = "web, ios, android, desktop or other."),
        ("cost" = Option<String>, Query, description = "free, freemium, paid or subscription."),
        ("audience" = Option<String>, Query, description = "public, patients, carers, professionals or children."),
        ("sort" = Option<String>, Query, description = "name (default) or recent."),
        ("page" = Option<u64>, Query, description = "From 1; 20 listings a page.", minimum = 1, maximum = 10000),
    ),
    responses(
        (status = 200, description = "The listings, as an HTML fragment", content_type = "text/html", body = String),
        (status = 400, description = "A parameter is not valid", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn fragment(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    if let Some(refused) = refusal_of(&params) {
        return refused;
    }
    match crate::routes::embed::fragment_html(&state, &params).await {
        Ok(html) => {
            with_last_modified(
                &state,
                open(
                    (
                        [(
                            header::CONTENT_TYPE,
                            HeaderValue::from_static("text/html; charset=utf-8"),
                        )],
                        html,
                    )
                        .into_response(),
                ),
            )
            .await
        }
        Err(e) => internal(e),
    }
}

/// Refuses, naming it, a parameter the directory search does not know or a value it
/// would ignore: the pages forgive a mistyped link, the API says what is wrong.
fn refusal_of(params: &HashMap<String, String>) -> Option<Response> {
    use app::domain::listing::{Audience, Cost, Platform};
    const KNOWN: [&str; 7] = [
        "q", "category", "platform", "cost", "audience", "sort", "page",
    ];
    if let Some(unknown) = params.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Some(error(
            StatusCode::BAD_REQUEST,
            format!(
                "Unknown parameter \u{201c}{unknown}\u{201d}. Known: {}.",
                KNOWN.join(", ")
            ),
            None,
        ));
    }
    let bad = |parameter: &'static str, message: &str| {
        Some(error(
            StatusCode::BAD_REQUEST,
            message.to_owned(),
            Some(parameter),
        ))
    };
    let value = |key: &str| {
        params
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    };
    if value("platform").is_some_and(|v| Platform::from_key(v).is_none()) {
        return bad(
            "platform",
            "platform must be web, ios, android, desktop or other.",
        );
    }
    if value("cost").is_some_and(|v| Cost::from_key(v).is_none()) {
        return bad("cost", "cost must be free, freemium, paid or subscription.");
    }
    if value("audience").is_some_and(|v| Audience::from_key(v).is_none()) {
        return bad(
            "audience",
            "audience must be public, patients, carers, professionals or children.",
        );
    }
    if value("sort").is_some_and(|v| !matches!(v, "name" | "recent")) {
        return bad("sort", "sort must be name or recent.");
    }
    let pages = 1..=app::features::directory::model::DIRECTORY_PAGE_MAX;
    if value("page").is_some_and(|v| {
        v.parse::<u64>()
            .ok()
            .filter(|p| pages.contains(p))
            .is_none()
    }) {
        return bad("page", "page must be a number from 1 to 10000.");
    }
    None
}
