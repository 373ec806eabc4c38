//! The analysis's downloads.

use axum::extract::{Query, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::paths;
use crate::access::Access;
use crate::domain::user::Role;
use crate::server::state::AppState;
use crate::server::web::{AtLeast, Moderator, RouteEntry, RouteError, entry};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::GET,
            paths::CSV,
            Access::AtLeast(Role::Moderator),
            get(table_csv),
        )
        .limited(crate::server::rate_limit::LimitedAction::HeavyRead),
    ]
}

/// Read after the caller is checked, so a malformed address never says more than
/// "sign in" to someone who may not see the figures.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct CsvQuery {
    campaign: Option<String>,
    table: String,
}

/// `GET /analysis.csv?campaign=…&table=…`: one table of the analysis page, as CSV.
async fn table_csv(
    State(state): State<AppState>,
    _moderator: AtLeast<Moderator>,
    Query(query): Query<CsvQuery>,
) -> Result<Response, RouteError> {
    // The same figures the page shows, worked out once.
    let chosen = state
        .analyses
        .kept(query.campaign.as_deref())
        .await?
        .ok_or(RouteError::NotFound)?;
    let Some((kept, _)) = chosen.figures else {
        return Ok((
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "30")],
            crate::t!("analysis-still-working"),
        )
            .into_response());
    };
    let analysis = &kept.analysis;
    let table = analysis.table(&query.table).ok_or(RouteError::NotFound)?;
    let lang = crate::i18n::lang();
    let columns: Vec<&str> = table.columns_in(lang).iter().map(String::as_str).collect();
    let body = crate::server::csv::table(&columns, analysis.rows_of(table, lang))
        .map_err(|e| RouteError::internal("cannot write the analysis CSV", e))?;
    let disposition = format!(
        "attachment; filename=\"{}-{}.csv\"",
        chosen.campaign.slug, table.key
    );
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
    ];
    Ok((headers, body).into_response())
}
