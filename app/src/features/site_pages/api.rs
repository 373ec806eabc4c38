//! Server functions for the statutory pages: the pages themselves are public; the list
//! and the edit form are for administrators.

use leptos::prelude::*;

use super::{SitePageEdit, SitePageRow, SitePageView};
use crate::error::AppError;

/// Page `key` as visitors see it: as an administrator saved it, else its default.
#[server(endpoint = "site-pages/get")]
pub async fn get_site_page(key: String) -> Result<SitePageView, AppError> {
    use crate::domain::site_page::{SitePageKind, house_rules};
    let state = crate::server::state::app_state()?;
    let kind = SitePageKind::from_key(&key).ok_or(AppError::NotFound)?;
    let saved = crate::server::site_pages::saved(&state.db, kind).await?;
    let (markdown, language) =
        crate::server::site_pages::markdown_in(kind, saved.as_ref(), crate::i18n::lang());
    let rules = if kind == SitePageKind::Rules {
        house_rules()
            .into_iter()
            .map(|(name, rule)| (crate::i18n::tr(name), crate::i18n::tr(rule)))
            .collect()
    } else {
        Vec::new()
    };
    Ok(SitePageView {
        key: kind.key().to_owned(),
        title: crate::i18n::tr(kind.title_key()),
        description: crate::i18n::tr(kind.description_key()),
        html: crate::server::markdown::to_safe_html(&markdown),
        language,
        updated: saved.map(|p| {
            crate::t!(
                "site-page-updated",
                date = crate::server::queries::uk_date(p.updated_at)
            )
        }),
        rules,
    })
}

/// Every statutory page, with when it was last edited. Administrators only.
#[server(endpoint = "site-pages/list")]
pub async fn list_site_pages() -> Result<Vec<SitePageRow>, AppError> {
    use crate::domain::site_page::SitePageKind;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let state = crate::server::state::app_state()?;
    let saved = crate::server::site_pages::all_saved(&state.db).await?;
    Ok(SitePageKind::ALL
        .iter()
        .map(|kind| SitePageRow {
            key: kind.key().to_owned(),
            title: crate::i18n::tr(kind.title_key()),
            path: kind.path(),
            edited: saved
                .iter()
                .find(|p| p.slug == kind.key())
                .map(|p| crate::server::queries::uk_date(p.updated_at)),
        })
        .collect())
}

/// Page `key`'s Markdown, for its edit form. Administrators only.
#[server(endpoint = "site-pages/for-edit")]
pub async fn get_site_page_for_edit(key: String) -> Result<SitePageEdit, AppError> {
    use crate::domain::site_page::SitePageKind;
    crate::server::auth::require_role(crate::domain::user::Role::Admin).await?;
    let state = crate::server::state::app_state()?;
    let kind = SitePageKind::from_key(&key).ok_or(AppError::NotFound)?;
    let saved = crate::server::site_pages::saved(&state.db, kind).await?;
    Ok(SitePageEdit {
        key: kind.key().to_owned(),
        title: crate::i18n::tr(kind.title_key()),
        edited: saved.is_some(),
        body: crate::server::site_pages::markdown(kind, saved.as_ref()),
        body_cy: saved.map(|p| p.body_cy).unwrap_or_default(),
    })
}
