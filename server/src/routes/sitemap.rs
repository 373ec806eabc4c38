//! `robots.txt` and the sitemap: how search engines find what is public.
//!
//! `/sitemap.xml` is a sitemap index naming one file of site pages and campaigns and
//! as many files of ideas and of listings as their ids need (see
//! [`app::server::queries::sitemap`]). Nothing that needs signing in, and nothing
//! hidden, merged or unpublished, is listed.

use app::domain::site_page::SitePageKind;
use app::server::queries::sitemap::{self, File};
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use quick_xml::Writer;
use quick_xml::events::BytesText;

/// The sitemap protocol's namespace.
const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// The parts of the site people who are not signed in never need: forms, accounts,
/// the staff's pages and the machine-readable API.
const DISALLOWED: [&str; 12] = [
    "/account",
    "/admin/",
    "/auth/",
    "/developer",
    "/moderation$",
    "/moderation/",
    "/notifications",
    "/sign-in",
    "/welcome",
    "/api/",
    "/*/report",
    "/campaigns/*/ideas/new",
];

/// `GET /robots.txt`: everything public may be crawled; the sitemap says where it is.
pub async fn robots(State(state): State<AppState>) -> Response {
    let mut text = String::from("User-agent: *\n");
    for path in DISALLOWED {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    text.push_str(&format!("\nSitemap: {}/sitemap.xml\n", site(&state)));
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        text,
    )
        .into_response()
}

/// `GET /sitemap.xml`: the index of the sitemap's files.
pub async fn index(State(state): State<AppState>) -> Response {
    let (ideas, listings) = match tokio::try_join!(
        sitemap::idea_files(&state.db),
        sitemap::listing_files(&state.db)
    ) {
        Ok(files) => files,
        Err(e) => return failed(e),
    };
    let site = site(&state);
    let mut files = vec![(format!("{site}/sitemaps/pages.xml"), None)];
    let named = |kind: &str, f: &File| {
        (
            format!("{site}/sitemaps/{kind}-{}.xml", f.number),
            f.changed,
        )
    };
    files.extend(ideas.iter().map(|f| named("ideas", f)));
    files.extend(listings.iter().map(|f| named("listings", f)));
    xml(|w| {
        w.create_element("sitemapindex")
            .with_attribute(("xmlns", NAMESPACE))
            .write_inner_content(|w| {
                for (loc, changed) in &files {
                    w.create_element("sitemap").write_inner_content(|w| {
                        w.create_element("loc")
                            .write_text_content(BytesText::new(loc))?;
                        if let Some(changed) = changed {
                            w.create_element("lastmod")
                                .write_text_content(BytesText::new(&changed.to_rfc3339()))?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// `GET /sitemaps/{file}`: `pages.xml` (the home page, the directory, the site's own
/// pages and every campaign), `ideas-{n}.xml` or `listings-{n}.xml`.
pub async fn file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    if file == "pages.xml" {
        return pages(&state).await;
    }
    let (ideas, rest) = match (file.strip_prefix("ideas-"), file.strip_prefix("listings-")) {
        (Some(rest), _) => (true, rest),
        (_, Some(rest)) => (false, rest),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let number = rest
        .strip_suffix(".xml")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n >= 0);
    let Some(number) = number else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let rows = if ideas {
        sitemap::ideas_in(&state.db, number).await
    } else {
        sitemap::listings_in(&state.db, number).await
    };
    match rows {
        // A file with nothing public in it is not one of the index's.
        Ok(rows) if rows.is_empty() => StatusCode::NOT_FOUND.into_response(),
        Ok(rows) => {
            let paths: Vec<_> = rows
                .into_iter()
                .map(|e| (e.path, Some(e.changed)))
                .collect();
            urlset(&site(&state), &paths)
        }
        Err(e) => failed(e),
    }
}

async fn pages(state: &AppState) -> Response {
    let campaigns = match sitemap::campaigns(&state.db).await {
        Ok(c) => c,
        Err(e) => return failed(e),
    };
    let mut paths: Vec<(String, Option<DateTime<Utc>>)> = ["/", "/directory", "/moderation-log"]
        .into_iter()
        .map(|p| (p.to_owned(), None))
        .collect();
    paths.extend(SitePageKind::ALL.iter().map(|k| (k.path(), None)));
    paths.extend(campaigns.into_iter().map(|c| (c.path, Some(c.changed))));
    urlset(&site(state), &paths)
}

/// A `<urlset>` of absolute addresses with their last change, when known.
fn urlset(site: &str, paths: &[(String, Option<DateTime<Utc>>)]) -> Response {
    xml(|w| {
        w.create_element("urlset")
            .with_attribute(("xmlns", NAMESPACE))
            .write_inner_content(|w| {
                for (path, changed) in paths {
                    w.create_element("url").write_inner_content(|w| {
                        w.create_element("loc")
                            .write_text_content(BytesText::new(&format!("{site}{path}")))?;
                        if let Some(changed) = changed {
                            w.create_element("lastmod")
                                .write_text_content(BytesText::new(&changed.to_rfc3339()))?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// An XML document written by `body`, as a response.
fn xml(body: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>) -> Response {
    let mut writer = Writer::new(br#"<?xml version="1.0" encoding="UTF-8"?>"#.to_vec());
    if let Err(e) = body(&mut writer) {
        tracing::error!(error = %e, "the sitemap could not be written");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/xml; charset=utf-8"),
        )],
        writer.into_inner(),
    )
        .into_response()
}

fn failed(e: sea_orm::DbErr) -> Response {
    tracing::error!(error = %e, "database error in the sitemap");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// The site's address, without a trailing slash.
fn site(state: &AppState) -> String {
    state.public_url.origin().ascii_serialization()
}
