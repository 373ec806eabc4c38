//! What each page tells browsers, search engines and the sites its address is shared
//! on: its title, a description, its canonical address, a link-preview card (Open
//! Graph, which other sites also read for their "summary" cards), and whether it
//! belongs in search results at all.
//!
//! Every page renders exactly one [`PageMeta`], so none can be missing a description.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::i18n::{Lang, lang};
use crate::t;

/// The site's own address (scheme, host and port, no trailing slash). Canonical links
/// and link previews must be absolute: the server knows the address from its
/// configuration, the browser from where it was reached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteAddress(pub String);

impl SiteAddress {
    /// Puts the address in context for [`PageMeta`]; on the server, from the state.
    pub fn provide() {
        #[cfg(feature = "ssr")]
        let address = use_context::<crate::server::state::AppState>()
            .map(|state| state.public_url.origin().ascii_serialization())
            .unwrap_or_default();
        #[cfg(not(feature = "ssr"))]
        let address = window().location().origin().unwrap_or_default();
        provide_context(SiteAddress(address));
    }
}

/// What kind of thing a page is, for link previews.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shared {
    /// A page of the site: lists, the directory, the statutory pages.
    #[default]
    Website,
    /// One thing people wrote: an idea, a listing.
    Article,
    /// A page only its own person or the staff use (forms, accounts, moderation, the
    /// not-found page): kept out of search results, and given no preview card.
    Private,
}

/// The page's head: title, description, and (for public pages) the canonical address
/// and the preview card.
#[component]
pub fn PageMeta(
    /// The page's own title; the service's name is added after it.
    #[prop(into)]
    title: String,
    /// One or two sentences for search results and link previews.
    #[prop(into)]
    description: String,
    /// The address this page is a version of (a sorted or filtered list's is the list
    /// itself); the address it was reached at when not given.
    #[prop(optional, into)]
    canonical: Option<String>,
    #[prop(optional)] shared: Shared,
) -> impl IntoView {
    let site = use_context::<SiteAddress>().unwrap_or_default().0;
    let path = canonical.unwrap_or_else(|| use_location().pathname.get_untracked());
    let lang = lang();
    // Each language's version names the other as its alternate.
    let in_lang = |lang: Lang| format!("{site}{}", crate::i18n::address_in(&path, lang));
    let url = in_lang(lang);
    let alternates = Lang::ALL.map(|lang| (lang.code(), in_lang(lang)));
    let default_url = in_lang(Lang::En);
    let card = match shared {
        Shared::Private => None,
        Shared::Website => Some("website"),
        Shared::Article => Some("article"),
    };
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description.clone()/>
        {match card {
            None => view! { <Meta name="robots" content="noindex"/> }.into_any(),
            Some(kind) => view! {
                <Link rel="canonical" href=url.clone()/>
                {alternates.map(|(code, href)| view! { <Link rel="alternate" hreflang=code href/> }).collect_view()}
                <Link rel="alternate" hreflang="x-default" href=default_url/>
                <Meta property="og:type" content=kind/>
                <Meta property="og:site_name" content=t!("service-name")/>
                <Meta property="og:locale" content=lang.locale()/>
                <Meta property="og:locale:alternate" content=lang.other().locale()/>
                <Meta property="og:title" content=title/>
                <Meta property="og:description" content=description/>
                <Meta property="og:url" content=url/>
                <Meta property="og:image" content=format!("{site}{PREVIEW_IMAGE}")/>
                <Meta property="og:image:alt" content=t!("service-name")/>
                <Meta name="twitter:card" content="summary"/>
            }
            .into_any(),
        }}
    }
}

/// The picture link previews show, from the design system's assets.
pub const PREVIEW_IMAGE: &str = "/nhsuk/images/nhsuk-opengraph-image.png";
