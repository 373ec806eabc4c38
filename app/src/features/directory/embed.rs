//! The directory on other sites: a compact page made to be framed (`/embed/directory`)
//! and the same list as an HTML fragment (`/api/v1/listings.html`) for sites that
//! include it server-side. Both take the directory's own filters from the address,
//! are plain HTML (nothing to hydrate, nothing that needs JavaScript), and link back
//! to the full listings here, in a new tab so the host page stays where it was.

use leptos::prelude::*;

use super::model::{DIRECTORY_PAGE_SIZE, DirectoryPage, DirectoryQuery, ListingCard};
use super::paths::{DIRECTORY, EMBED};
use crate::i18n::lang;
use crate::t;

/// Whether the list is the framed page or a fragment in someone else's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Embedding {
    /// `/embed/directory`: a document of its own, with search and pages.
    Framed,
    /// `/api/v1/listings.html`: a section to place under the host page's own heading.
    Fragment,
}

/// The framed page, as a whole HTML document.
pub fn document(page: DirectoryPage, search: &DirectoryQuery, site: &str) -> String {
    let canonical = format!("{site}{}", search.href(1));
    let list = list(page, search, site, Embedding::Framed);
    let html = view! {
        <html lang=lang().code() class="app-embed">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{format!("{} – {}", t!("embed-heading"), t!("service-name"))}</title>
                <meta name="description" content=t!("embed-description")/>
                // The directory itself is what search engines should list.
                <meta name="robots" content="noindex"/>
                <link rel="canonical" href=canonical/>
                <link rel="stylesheet" href="/pkg/ideas.css"/>
            </head>
            <body>
                <main id="maincontent" class="app-embed__main">
                    <div inner_html=list></div>
                </main>
            </body>
        </html>
    }
    .to_html();
    format!("<!DOCTYPE html>{html}")
}

/// The list of listings the search finds, as HTML.
pub fn list(page: DirectoryPage, search: &DirectoryQuery, site: &str, how: Embedding) -> String {
    let total = page.total;
    let pages = total.div_ceil(DIRECTORY_PAGE_SIZE).max(1);
    let current = search.page.max(1);
    let showing = match total {
        0 => t!("embed-none"),
        n => t!("embed-showing", count = n),
    };
    let all_href = format!("{site}{}", search.href_at(DIRECTORY, 1));
    let heading = t!("embed-heading");
    let framed = how == Embedding::Framed;
    view! {
        <section class="app-embed-directory" aria-labelledby="app-embed-directory-heading">
            {if framed {
                view! { <h1 class="nhsuk-heading-m" id="app-embed-directory-heading">{heading.clone()}</h1> }.into_any()
            } else {
                view! { <h2 class="nhsuk-heading-m" id="app-embed-directory-heading">{heading}</h2> }.into_any()
            }}
            {framed.then(|| search_form(search))}
            <p class="nhsuk-body-s">{showing}</p>
            <ul class="nhsuk-list app-embed-directory__list">
                {page.listings.into_iter().map(|card| view! { <li>{card_view(card, site)}</li> }).collect_view()}
            </ul>
            {(framed && pages > 1).then(|| view! {
                <nav class="app-embed-directory__pages" aria-label=t!("embed-pages")>
                    <p class="nhsuk-body-s">
                        {(current > 1).then(|| view! { <a href=search.href_at(EMBED, current - 1)>{t!("embed-previous")}</a>" "})}
                        {t!("embed-page-of", current = current, pages = pages)}
                        {(current < pages).then(|| view! {" "<a href=search.href_at(EMBED, current + 1)>{t!("embed-next")}</a>})}
                    </p>
                </nav>
            })}
            <p class="nhsuk-body-s">
                <a href=all_href target="_blank" rel="noopener">
                    {t!("embed-see-all", service = t!("service-name"))}
                    <span class="nhsuk-u-visually-hidden">{format!(" {}", t!("opens-in-new-tab"))}</span>
                </a>
            </p>
        </section>
    }
    .to_html()
}

/// One listing: its name (a link to its page here), what it is, who makes it, what it
/// costs and where it runs.
fn card_view(card: ListingCard, site: &str) -> impl IntoView + use<> {
    let details = [card.cost.unwrap_or_default(), card.platforms.join(", ")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let href = format!("{site}{}", card.href);
    view! {
        <div class="nhsuk-card app-embed-directory__card">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <a href=href target="_blank" rel="noopener">
                        {card.name}
                        <span class="nhsuk-u-visually-hidden">{format!(" {}", t!("opens-in-new-tab"))}</span>
                    </a>
                </h3>
                <p class="nhsuk-card__description">{card.tagline}</p>
                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">
                    {t!("embed-by", organisation = card.organisation)}
                    {(!details.is_empty()).then(|| format!(" · {details}"))}
                </p>
            </div>
        </div>
    }
}

/// A search within the framed list that keeps the host's filters.
fn search_form(search: &DirectoryQuery) -> impl IntoView + use<> {
    let hidden: Vec<(&'static str, String)> = [
        ("category", search.category.clone()),
        ("platform", search.platform.map(|p| p.key().to_owned())),
        ("cost", search.cost.map(|c| c.key().to_owned())),
        ("audience", search.audience.map(|a| a.key().to_owned())),
        (
            "sort",
            (search.sort == super::model::DirectorySort::Recent).then(|| "recent".to_owned()),
        ),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.map(|v| (name, v)))
    .collect();
    view! {
        <form method="get" action=EMBED role="search" aria-label=t!("embed-heading") class="app-embed-directory__search">
            {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
            <div class="nhsuk-form-group nhsuk-u-margin-bottom-2">
                <label class="nhsuk-label" for="embed-q">{t!("embed-search")}</label>
                <input class="nhsuk-input nhsuk-u-width-two-thirds" id="embed-q" name="q" type="search" value=search.q.clone().unwrap_or_default()/>
                " "
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">{t!("embed-search-button")}</button>
            </div>
        </form>
    }
}
