//! Form posts for the statutory pages: administrators save or reset a page's text.

use axum::extract::{Path, State};
use axum::http::Method;
use axum::routing::post;

use super::{SitePageForm, paths};
use crate::access::Access;
use crate::domain::site_page::SitePageKind;
use crate::domain::user::Role;
use crate::server::state::AppState;
use crate::server::web::{
    Admin, Answer, OrShowAgain, Reply, RouteEntry, RouteError, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    let admin = Access::AtLeast(Role::Admin);
    vec![
        entry(Method::POST, paths::ADMIN_PAGE, admin, post(save)),
        entry(Method::POST, paths::ADMIN_PAGE_RESET, admin, post(reset)),
    ]
}

/// `POST /admin/pages/{key}`: saves the page's Markdown.
async fn save(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(key): Path<String>,
    StrictForm(form): StrictForm<SitePageForm>,
) -> Answer {
    let kind = SitePageKind::from_key(&key).ok_or(RouteError::NotFound)?;
    let bodies = form
        .validate()
        .or_show_again(paths::admin_page(kind.key()), &form)?;
    let now = crate::server::clock::now();
    crate::server::site_pages::save(&state.db, admin.id, kind, bodies, now).await?;
    tracing::info!(admin = admin.id, page = kind.key(), "statutory page edited");
    Ok(Reply::redirect(format!(
        "{}?saved={}",
        paths::ADMIN_PAGES,
        kind.key()
    )))
}

/// `POST /admin/pages/{key}/reset`: back to the default text.
async fn reset(
    State(state): State<AppState>,
    Staff(admin, ..): Staff<Admin>,
    Path(key): Path<String>,
) -> Answer {
    let kind = SitePageKind::from_key(&key).ok_or(RouteError::NotFound)?;
    crate::server::site_pages::reset(&state.db, admin.id, kind, crate::server::clock::now())
        .await?;
    Ok(Reply::redirect(format!(
        "{}?reset={}",
        paths::ADMIN_PAGES,
        kind.key()
    )))
}
