//! Campaigns' ideas and their discussion: a page of a list, one idea, and the CSV.
//!
//! Lists take the same parameters as the pages (`sort`, `category`, `kind`, `status`,
//! `q`, `after`), read by the same parsers ([`IdeaListQuery::from_params_strict`]).

use std::collections::HashMap;
use std::sync::Arc;

use app::domain::idea::IdeaListQuery;
use app::domain::idea::Visibility;
use app::domain::idea::idea_href;
use app::i18n::Lang;
use app::server::csv::csv_safe;
use app::server::entities::{campaign, comment, idea, user};
use app::server::queries;
use app::server::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use utoipa::ToSchema;

use super::{ApiError, bad_id, csv, error, internal, open};

/// The most ideas one JSON page holds.
const LIMIT_MAX: u64 = 100;
const LIMIT_DEFAULT: u64 = 20;
/// The CSV export reads the database in pages of this many.
const CSV_BATCH: u64 = 500;

#[derive(Serialize, ToSchema)]
pub struct IdeaJson {
    id: i64,
    campaign: String,
    path: String,
    title: String,
    summary: String,
    /// Markdown, as written.
    description: String,
    /// new (an idea for a new app or tool) or existing (a recommendation).
    kind: &'static str,
    status: &'static str,
    status_reason: Option<String>,
    duplicate_of: Option<i64>,
    category: Option<String>,
    link_url: Option<String>,
    links: Vec<String>,
    vote_count: i32,
    comment_count: i32,
    author: String,
    author_segment: Option<String>,
    /// Put forward by a helper for someone who took part in person, by phone or on
    /// paper ("submitted with help").
    submitted_with_help: bool,
    submitted_at: DateTime<Utc>,
    /// When its words or status last changed (see `updated_since`).
    updated_at: DateTime<Utc>,
    /// The language its author wrote it in: `en` (English) or `cy` (Welsh).
    language: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct IdeaPageJson {
    items: Vec<IdeaJson>,
    /// How many ideas match, over all pages.
    matching: u64,
    /// Pass as `after` for the next page; `null` on the last.
    next: Option<String>,
    next_url: Option<String>,
}

/// The list parameters as the OpenAPI document describes them. The handlers read them
/// from the query string with [`IdeaListQuery::from_params_strict`], which refuses what
/// this type would not describe.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(dead_code, reason = "only describes the parameters; never built")]
struct ListParams {
    /// The campaign's slug (see /api/v1/campaigns).
    #[param(example = "apps-for-everyday-health")]
    campaign: String,
    /// top (default), trending, newest, discussed, or shuffled (the day's fair order,
    /// the same for everyone on a UK day).
    sort: Option<String>,
    /// A category slug of the campaign.
    category: Option<String>,
    /// new or existing.
    kind: Option<String>,
    /// An idea status key.
    status: Option<String>,
    /// Words to search for.
    q: Option<String>,
    /// Only ideas whose words or status changed at or after this instant (RFC 3339,
    /// e.g. 2026-12-01T09:30:00Z): fetch what changed since you last looked. Support
    /// and comment counts change without counting as a change; an idea that leaves the
    /// public list (hidden, merged, withdrawn) is simply no longer listed.
    #[param(format = DateTime, example = "2026-12-01T09:30:00Z")]
    updated_since: Option<String>,
    /// The `next` value of the previous page.
    after: Option<String>,
    /// Ideas per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<u64>,
}

/// A list request, checked strictly.
struct ListRequest {
    campaign: campaign::Model,
    query: IdeaListQuery,
    limit: u64,
}

async fn list_request(
    state: &AppState,
    params: &HashMap<String, String>,
) -> Result<ListRequest, Response> {
    let known = [
        "campaign",
        "sort",
        "category",
        "kind",
        "status",
        "q",
        "updated_since",
        "after",
        "limit",
    ];
    if let Some(unknown) = params.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            format!(
                "Unknown parameter \u{201c}{unknown}\u{201d}. Known: {}.",
                known.join(", ")
            ),
            None,
        ));
    }
    let Some(slug) = params.get("campaign").filter(|s| !s.is_empty()) else {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "Name a campaign: ?campaign={slug}. GET /api/v1/campaigns lists them.",
            Some("campaign"),
        ));
    };
    let campaign = match queries::campaigns::by_slug(&state.db, slug).await {
        Ok(Some(c)) => c,
        Ok(None) => {
            return Err(error(
                StatusCode::NOT_FOUND,
                "No campaign has that slug.",
                Some("campaign"),
            ));
        }
        Err(e) => return Err(internal(e)),
    };
    let get = |key: &str| params.get(key).cloned();
    let mut query = IdeaListQuery::from_params_strict(get)
        .map_err(|e| error(StatusCode::BAD_REQUEST, e.message, Some(e.parameter)))?;
    // Only the campaign can say whether a category is one of its own.
    if let Some(value) = &query.category {
        match queries::campaigns::category_of(&state.db, campaign.id, value).await {
            Ok(Some(c)) => query.category = Some(c.slug),
            Ok(None) => {
                return Err(error(
                    StatusCode::BAD_REQUEST,
                    "That category is not one of the campaign's.",
                    Some("category"),
                ));
            }
            Err(e) => return Err(internal(e)),
        }
    }
    let limit = match params.get("limit").map(String::as_str) {
        None | Some("") => LIMIT_DEFAULT,
        Some(value) => value
            .parse::<u64>()
            .ok()
            .filter(|l| (1..=LIMIT_MAX).contains(l))
            .ok_or_else(|| {
                error(
                    StatusCode::BAD_REQUEST,
                    format!("limit must be a number from 1 to {LIMIT_MAX}."),
                    Some("limit"),
                )
            })?,
    };
    Ok(ListRequest {
        campaign,
        query,
        limit,
    })
}

/// `GET /api/v1/ideas?campaign=…`: one page of a campaign's published ideas.
#[utoipa::path(
    get,
    path = "/api/v1/ideas",
    tag = "ideas",
    params(ListParams),
    responses(
        (status = 200, description = "A page of ideas", body = IdeaPageJson),
        (status = 304, description = "Not modified since the ETag given"),
        (status = 400, description = "A parameter is not valid", body = ApiError),
        (status = 404, description = "No such campaign", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn ideas(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let request = match list_request(&state, &params).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    let rows = match queries::ideas::list_rows(
        &state.db,
        &state.rankings,
        request.campaign.id,
        &request.query,
        request.limit,
    )
    .await
    {
        Ok(rows) => rows,
        Err(e) => return internal(e),
    };
    let categories = match queries::categories::category_names(&state.db, Lang::En).await {
        Ok(c) => c,
        Err(e) => return internal(e),
    };
    let next_url = rows.next.as_ref().map(|next| {
        let mut params = request.query.to_params(Some(next));
        if request.limit != LIMIT_DEFAULT {
            params.push_str(&format!("&limit={}", request.limit));
        }
        format!("/api/v1/ideas?campaign={}&{params}", request.campaign.slug)
    });
    let page = IdeaPageJson {
        items: rows
            .ideas
            .into_iter()
            .map(|(idea, author)| {
                idea_json(&request.campaign.slug, idea, author.as_ref(), &categories)
            })
            .collect(),
        matching: rows.matching,
        next: rows.next.map(|c| c.to_string()),
        next_url,
    };
    open(Json(page).into_response())
}

fn idea_json(
    campaign: &str,
    idea: idea::Model,
    author: Option<&user::Model>,
    categories: &HashMap<i64, String>,
) -> IdeaJson {
    // Open data reads the same whatever language the client asks for.
    let author = queries::author_line_in(Lang::En, author);
    IdeaJson {
        path: idea_href(idea.id, &idea.slug),
        id: idea.id,
        campaign: campaign.to_owned(),
        title: idea.title,
        summary: idea.summary,
        description: idea.description,
        kind: idea.kind.key(),
        status: idea.status.key(),
        status_reason: idea.status_reason,
        duplicate_of: idea.duplicate_of_id,
        category: idea.category_id.and_then(|id| categories.get(&id).cloned()),
        link_url: idea.link_url,
        links: idea
            .links
            .as_deref()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default(),
        vote_count: idea.vote_count,
        comment_count: idea.comment_count,
        author: author.name,
        author_segment: author.segment,
        submitted_with_help: author.with_help,
        submitted_at: idea.created_at,
        updated_at: idea.updated_at,
        language: idea.language.code(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct CommentJson {
    id: i64,
    /// The comment this one replies to.
    reply_to: Option<i64>,
    author: String,
    author_segment: Option<String>,
    /// Markdown, as written; `null` once its author deleted it.
    text: Option<String>,
    created_at: DateTime<Utc>,
    edited_at: Option<DateTime<Utc>>,
    /// The language its author wrote it in: `en` or `cy`.
    language: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct IdeaWithCommentsJson {
    #[serde(flatten)]
    idea: IdeaJson,
    comments: Vec<CommentJson>,
}

/// `GET /api/v1/ideas/{id}`: one published idea with its discussion, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/ideas/{id}",
    tag = "ideas",
    params(("id" = i64, Path, description = "The idea's id.")),
    responses(
        (status = 200, description = "The idea and its comments", body = IdeaWithCommentsJson),
        (status = 304, description = "Not modified since the ETag given"),
        (status = 400, description = "The id is not a number", body = ApiError),
        (status = 404, description = "No published idea has that id", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn idea(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return bad_id("idea");
    };
    let found = idea::Entity::find_by_id(id)
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .find_also_related(user::Entity)
        .one(&state.db)
        .await;
    let (model, author) = match found {
        Ok(Some(found)) => found,
        Ok(None) => {
            return error(
                StatusCode::NOT_FOUND,
                "No published idea has that id.",
                Some("id"),
            );
        }
        Err(e) => return internal(e),
    };
    let campaign = match campaign::Entity::find_by_id(model.campaign_id)
        .one(&state.db)
        .await
    {
        Ok(Some(c)) => c,
        Ok(None) => {
            return error(
                StatusCode::NOT_FOUND,
                "No published idea has that id.",
                Some("id"),
            );
        }
        Err(e) => return internal(e),
    };
    let categories = match queries::categories::category_names(&state.db, Lang::En).await {
        Ok(c) => c,
        Err(e) => return internal(e),
    };
    let comments = match comment::Entity::find()
        .filter(comment::Column::IdeaId.eq(model.id))
        .filter(comment::Column::Visibility.eq(Visibility::Published))
        .order_by_asc(comment::Column::CreatedAt)
        .order_by_asc(comment::Column::Id)
        .find_also_related(user::Entity)
        .all(&state.db)
        .await
    {
        Ok(rows) => rows,
        Err(e) => return internal(e),
    };
    let body = IdeaWithCommentsJson {
        idea: idea_json(&campaign.slug, model, author.as_ref(), &categories),
        comments: comments
            .into_iter()
            .map(|(c, author)| {
                let author = queries::author_line_in(Lang::En, author.as_ref());
                CommentJson {
                    id: c.id,
                    reply_to: c.parent_id,
                    author: author.name,
                    author_segment: author.segment,
                    text: c.deleted_at.is_none().then_some(c.body),
                    created_at: c.created_at,
                    edited_at: c.edited_at,
                    language: c.language.code(),
                }
            })
            .collect(),
    };
    open(Json(body).into_response())
}

/// `GET /api/v1/ideas.csv?campaign=…`: every matching idea (all pages) as CSV, for
/// spreadsheets. `after` and `limit` do not apply.
#[utoipa::path(
    get,
    path = "/api/v1/ideas.csv",
    tag = "ideas",
    params(ListParams),
    responses(
        (status = 200, description = "Every matching idea, one per row", content_type = "text/csv", body = String),
        (status = 400, description = "A parameter is not valid", body = ApiError),
        (status = 404, description = "No such campaign", body = ApiError),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn ideas_csv(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let mut request = match list_request(&state, &params).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    request.query.after = None;
    let categories = match queries::categories::category_names(&state.db, Lang::En).await {
        Ok(c) => Arc::new(c),
        Err(e) => return internal(e),
    };
    let campaign = request.campaign;
    let filename = format!("ideas-{}.csv", campaign.slug);
    let read = move |query: IdeaListQuery| {
        let (state, categories, slug) = (state.clone(), categories.clone(), campaign.slug.clone());
        async move {
            let rows = queries::ideas::list_rows(
                &state.db,
                &state.rankings,
                campaign.id,
                &query,
                CSV_BATCH,
            )
            .await?;
            let records = rows
                .ideas
                .into_iter()
                .map(|(idea, author)| {
                    csv_record(idea_json(&slug, idea, author.as_ref(), &categories))
                })
                .collect();
            let next = rows.next.map(|next| IdeaListQuery {
                after: Some(next),
                ..query
            });
            Ok((records, next))
        }
    };
    csv::download(&filename, &CSV_COLUMNS, request.query, read).await
}

/// The columns of `/api/v1/ideas.csv`, in the order [`csv_record`] writes them.
const CSV_COLUMNS: [&str; 17] = [
    "id",
    "campaign",
    "title",
    "summary",
    "kind",
    "status",
    "status_reason",
    "category",
    "vote_count",
    "comment_count",
    "author",
    "author_segment",
    "submitted_with_help",
    "submitted_at",
    "path",
    "link_url",
    "language",
];

/// One idea as a row of [`CSV_COLUMNS`], the text people wrote made safe to open.
fn csv_record(j: IdeaJson) -> [String; 17] {
    [
        j.id.to_string(),
        j.campaign,
        csv_safe(&j.title),
        csv_safe(&j.summary),
        j.kind.to_owned(),
        j.status.to_owned(),
        csv_safe(j.status_reason.as_deref().unwrap_or_default()),
        j.category.unwrap_or_default(),
        j.vote_count.to_string(),
        j.comment_count.to_string(),
        csv_safe(&j.author),
        j.author_segment.unwrap_or_default(),
        j.submitted_with_help.to_string(),
        j.submitted_at.to_rfc3339(),
        j.path,
        csv_safe(j.link_url.as_deref().unwrap_or_default()),
        j.language.to_owned(),
    ]
}
