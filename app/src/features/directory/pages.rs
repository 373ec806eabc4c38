//! The directory's public pages, and developers' pages for their profile and listings.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    get_developer_overview, get_directory, get_listing, get_my_listing, listing_form,
};
use super::forms::{DeveloperForm, ListingForm, ReasonForm};
use super::model::DirectoryPage as DirectoryData;
use super::model::{
    DeveloperOverview, DirectoryQuery, DirectorySort, HistoryEntry, ListingCard,
    ListingFormContext, ListingPageData, MyListing,
};
use crate::components::error_panel::Refused;
use crate::components::forms::{
    Banner, Checkboxes, ErrorSummary, LanguageChoice, Radios, Select, TextArea, TextInput,
    form_title,
};
use crate::domain::listing::{Audience, Cost, DeviceClass, EvidenceTier, ListingStatus, Platform};
use crate::domain::slug::parse_id;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::i18n::tr;
use crate::t;

/// The NHS.UK tag colour for a listing's status.
pub fn status_tag(status: ListingStatus) -> &'static str {
    match status {
        ListingStatus::Draft => "nhsuk-tag nhsuk-tag--grey",
        ListingStatus::Submitted => "nhsuk-tag nhsuk-tag--blue",
        ListingStatus::ChangesRequested => "nhsuk-tag nhsuk-tag--yellow",
        ListingStatus::Approved => "nhsuk-tag nhsuk-tag--green",
        ListingStatus::Rejected => "nhsuk-tag nhsuk-tag--red",
        ListingStatus::Archived => "nhsuk-tag nhsuk-tag--grey",
        ListingStatus::Hidden => "nhsuk-tag nhsuk-tag--orange",
    }
}

/// (key, label) pairs for one of the directory's fixed choices, labelled in the
/// reader's language (`label_key`).
fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label_key: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&c| (key(c).to_owned(), tr(label_key(c))))
        .collect()
}

/// What a redirect back to a directory page says, from its `done` parameter.
fn notice(key: Option<&str>) -> Option<String> {
    let key = match key? {
        "profile" => "directory-done-profile",
        "saved" => "directory-done-saved",
        "submitted" => "directory-done-submitted",
        "archived" => "directory-done-archived",
        "decided" => "directory-done-decided",
        "revoked" => "directory-done-revoked",
        "webhook-removed" => "directory-done-webhook-removed",
        "reported" => "directory-done-reported",
        _ => return None,
    };
    Some(tr(key))
}

/// `GET /directory`: browse, search and filter the published listings.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.with(|q| DirectoryQuery::from_pairs(|name| q.get_str(name)));
    let data = Resource::new(search, |search| async move {
        (get_directory(search.clone()).await, search)
    });
    view! {
        <PageMeta title=t!("directory-title") description=t!("directory-description") canonical="/directory" shared=Shared::Website/>
        <Link rel="alternate" type_="application/atom+xml" title=t!("directory-feed") href="/feeds/listings.atom"/>
        <h1 class="nhsuk-heading-xl">{t!("directory-title")}</h1>
        <p class="nhsuk-lede-text">{t!("directory-description")}</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(page), search) => view! { <DirectoryResults page search/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here="/directory".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DirectoryResults(page: DirectoryData, search: DirectoryQuery) -> impl IntoView {
    let mut categories = vec![(String::new(), t!("directory-any-category"))];
    categories.extend(
        page.categories
            .iter()
            .map(|c| (c.slug.clone(), c.name.clone())),
    );
    let any = |label: String, mut rest: Vec<(String, String)>| {
        rest.insert(0, (String::new(), label));
        rest
    };
    let no_errors = FieldErrors::new();
    let pages = page
        .total
        .div_ceil(super::model::DIRECTORY_PAGE_SIZE)
        .max(1);
    let current = search.page.max(1);
    let showing = t!("directory-count", count = page.total);
    view! {
        <form method="get" action="/directory" class="nhsuk-u-margin-bottom-5" role="search" aria-label=t!("directory-search-label")>
            <TextInput id="q" name="q" label=t!("directory-search") value=search.q.clone().unwrap_or_default() errors=no_errors.clone()/>
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="category" name="category" label=t!("directory-category") options=categories
                        value=search.category.clone().unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="platform" name="platform" label=t!("directory-platform")
                        options=any(t!("directory-any-platform"), options(Platform::ALL, Platform::key, Platform::label_key))
                        value=search.platform.map(|p| p.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="cost" name="cost" label=t!("directory-cost")
                        options=any(t!("directory-any-cost"), options(Cost::ALL, Cost::key, Cost::label_key))
                        value=search.cost.map(|c| c.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="audience" name="audience" label=t!("directory-audience")
                        options=any(t!("directory-anyone"), options(Audience::ALL, Audience::key, Audience::label_key))
                        value=search.audience.map(|a| a.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
            </div>
            <Select id="sort" name="sort" label=t!("directory-sort")
                options=vec![("name".to_owned(), t!("directory-sort-name")), ("recent".to_owned(), t!("directory-sort-recent"))]
                value=if search.sort == DirectorySort::Recent { "recent".to_owned() } else { "name".to_owned() }
                errors=no_errors/>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("directory-show")}</button>
        </form>
        <h2 class="nhsuk-heading-m" id="results" aria-live="polite">{showing}</h2>
        {if page.listings.is_empty() {
            view! { <p class="nhsuk-body">{t!("directory-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list" aria-labelledby="results">
                    {page.listings.into_iter().map(|card| view! { <li><ListingCardView card/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(pages > 1).then(|| view! {
            <nav class="nhsuk-pagination" role="navigation" aria-label=t!("directory-pages")>
                <ul class="nhsuk-list nhsuk-pagination__list">
                    {(current > 1).then(|| view! {
                        <li class="nhsuk-pagination-item--previous">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=search.href(current - 1)>
                                <span class="nhsuk-pagination__title">{t!("directory-previous")}</span>
                                <span class="nhsuk-u-visually-hidden">":"</span>
                                <span class="nhsuk-pagination__page">{t!("directory-page-of", page = current - 1, pages = pages)}</span>
                            </a>
                        </li>
                    })}
                    {(current < pages).then(|| view! {
                        <li class="nhsuk-pagination-item--next">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=search.href(current + 1)>
                                <span class="nhsuk-pagination__title">{t!("directory-next")}</span>
                                <span class="nhsuk-u-visually-hidden">":"</span>
                                <span class="nhsuk-pagination__page">{t!("directory-page-of", page = current + 1, pages = pages)}</span>
                            </a>
                        </li>
                    })}
                </ul>
            </nav>
        })}
    }
}

/// A listing in a list: the directory, or an idea page's "apps that answer this".
#[component]
pub fn ListingCardView(card: ListingCard) -> impl IntoView {
    let details = [
        card.cost.clone().unwrap_or_default(),
        card.platforms.join(", "),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    // The developer's words in their language, where the page's is the other.
    let written = crate::i18n::lang_if_other(card.language);
    view! {
        <div class="nhsuk-card nhsuk-card--clickable">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <a class="nhsuk-card__link" href=card.href lang=written>{card.name}</a>
                </h3>
                <p class="nhsuk-card__description" lang=written>{card.tagline}</p>
                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{t!("directory-by", organisation = card.organisation.as_str())}{(!details.is_empty()).then(|| format!(" · {details}"))}</p>
            </div>
        </div>
    }
}

/// `GET /directory/{id_slug}`: one published listing.
#[component]
pub fn ListingPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id_slug").and_then(|s| parse_id(&s)));
    let data = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_listing(id).await,
            None => Err(crate::error::AppError::NotFound),
        }
    });
    let query = use_query_map();
    let done = move || query.with(|q| notice(q.get_str("done")));
    let location = leptos_router::hooks::use_location();
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(listing) => view! {
                        {done().map(|m| view! { <Banner message=m success=true/> })}
                        <ListingView listing here=location.pathname.get_untracked()/>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/directory".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ListingView(listing: ListingPageData, here: String) -> impl IntoView {
    let c = listing.content;
    let platforms = c
        .platforms
        .iter()
        .map(|p| tr(p.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let audiences = c
        .audiences
        .iter()
        .map(|a| tr(a.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    let assurance = c.assurance.clone();
    let reviewed = listing
        .last_reviewed_on
        .map(|d| t!("listing-reviewed-on", date = d));
    // The developer's words in their language, where the page's is the other.
    let written = crate::i18n::lang_if_other(c.language);
    view! {
        <PageMeta title=c.name.clone() description=c.tagline.clone() canonical=here.clone() shared=Shared::Article/>
        <script type="application/ld+json" inner_html=listing.structured_data.clone()></script>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href="/directory" class="nhsuk-back-link__link">{t!("listing-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2" lang=written>{c.name.clone()}</h1>
        <p class="nhsuk-lede-text" lang=written>{c.tagline.clone()}</p>
        <p class="nhsuk-body">{t!("directory-by", organisation = c.organisation.as_str())}</p>
        <a class="nhsuk-button" href=c.website_url.clone() rel="noopener noreferrer">
            {t!("listing-website")}<span class="nhsuk-u-visually-hidden">" "{t!("listing-website-of", name = c.name.as_str())}</span>
        </a>
        <div class="nhsuk-body" lang=written inner_html=listing.description_html></div>
        <h2 class="nhsuk-heading-m">{t!("listing-about")}</h2>
        <dl class="nhsuk-summary-list">
            <SummaryRow key=t!("listing-platforms") value=platforms/>
            <SummaryRow key=t!("listing-audiences") value=audiences/>
            <SummaryRow key=t!("listing-cost") value=c.cost.map(|c| tr(c.label_key())).unwrap_or_default()/>
            <SummaryRow key=t!("listing-categories") value=listing.category_names.join(", ")/>
            <SummaryRow key=t!("listing-dtac") value=if assurance.dtac_completed { t!("listing-dtac-done") } else { t!("listing-not-stated") }/>
            <SummaryRow key=t!("listing-device-class") value=assurance.device_class.map(|d| tr(d.label_key())).unwrap_or_else(|| t!("listing-not-stated"))/>
            <SummaryRow key=t!("listing-evidence-tier") value=assurance.evidence_tier.map(|t| tr(t.label_key())).unwrap_or_else(|| t!("listing-not-stated"))/>
            <SummaryRow key=t!("listing-safety-officer") value=assurance.clinical_safety_officer.clone().unwrap_or_else(|| t!("listing-not-named"))/>
            <SummaryRow key=t!("listing-contact") value=c.contact_email.clone()/>
        </dl>
        {(!c.app_store_links.is_empty() || c.accessibility_url.is_some() || c.privacy_url.is_some()).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("listing-links")}</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {c.app_store_links.iter().map(|link| view! {
                    <li><a href=link.clone() rel="noopener noreferrer">{t!("listing-app-store", link = link.as_str())}</a></li>
                }).collect_view()}
                {c.accessibility_url.clone().map(|link| view! { <li><a href=link rel="noopener noreferrer">{t!("listing-accessibility")}</a></li> })}
                {c.privacy_url.clone().map(|link| view! { <li><a href=link rel="noopener noreferrer">{t!("listing-privacy")}</a></li> })}
            </ul>
        })}
        {(!listing.ideas.is_empty()).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("listing-ideas")}</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {listing.ideas.into_iter().map(|idea| view! { <li><a href=idea.href>{idea.title}</a></li> }).collect_view()}
            </ul>
        })}
        <p class="nhsuk-body-s">
            {listing.published_on.map(|d| t!("listing-listed-on", date = d) + " ")}
            {reviewed}
        </p>
        <p class="nhsuk-body-s">
            <a href=format!("{here}/report")>{t!("listing-report")}</a>
            " "{t!("listing-report-if")}" "<a href="/moderation-log">{t!("listing-report-rules")}</a>{t!("listing-report-end")}
        </p>
    }
}

#[component]
fn SummaryRow(key: String, value: String) -> impl IntoView {
    view! {
        <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">{key}</dt>
            <dd class="nhsuk-summary-list__value">{value}</dd>
        </div>
    }
}

/// `GET /developer`: become a developer (the organisation profile), and the listings.
#[component]
pub fn DeveloperPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async move {
            (
                get_developer_overview().await,
                submitted::<DeveloperForm>().await,
            )
        },
    );
    let query = use_query_map();
    let done = move || query.with(|q| notice(q.get_str("done")));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(overview), submission) => view! {
                        {done().map(|m| view! { <Banner message=m.to_owned() success=true/> })}
                        <DeveloperView overview submission/>
                    }.into_any(),
                    (Err(err), _) => view! { <Refused err here="/developer".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DeveloperView(
    overview: DeveloperOverview,
    submission: Option<Submitted<DeveloperForm>>,
) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: overview.form.clone(),
        errors: FieldErrors::new(),
    });
    view! {
        <PageMeta title=form_title(&t!("developer-title"), &errors) description=t!("developer-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{t!("developer-title")}</h1>
        {overview.revoked.clone().map(|reason| view! {
            <Banner message=t!("developer-revoked", reason = reason)/>
        })}
        {overview.is_developer.then(|| view! {
            <a class="nhsuk-button" href="/developer/listings/new">{t!("developer-list")}</a>
            {if overview.listings.is_empty() {
                view! { <p class="nhsuk-body">{t!("developer-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="nhsuk-table">
                        <caption class="nhsuk-table__caption">{t!("developer-listings")}</caption>
                        <thead class="nhsuk-table__head">
                            <tr class="nhsuk-table__row">
                                <th class="nhsuk-table__header" scope="col">{t!("developer-name")}</th>
                                <th class="nhsuk-table__header" scope="col">{t!("developer-status")}</th>
                                <th class="nhsuk-table__header" scope="col">{t!("developer-changed")}</th>
                            </tr>
                        </thead>
                        <tbody class="nhsuk-table__body">
                            {overview.listings.iter().map(|row| view! {
                                <tr class="nhsuk-table__row">
                                    <td class="nhsuk-table__cell"><a href=super::paths::my_listing(row.id)>{row.name.clone()}</a></td>
                                    <td class="nhsuk-table__cell">
                                        <strong class=status_tag(row.status)>{tr(row.status.label_key())}</strong>
                                        {row.pending.clone().map(|p| view! { <br/><span class="nhsuk-body-s">{p}</span> })}
                                    </td>
                                    <td class="nhsuk-table__cell">{row.changed_on.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        })}
        {overview.revoked.is_none().then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("developer-organisation")}</h2>
            <p class="nhsuk-body">{t!("developer-organisation-intro")}</p>
            <form method="post" action=super::paths::PROFILE novalidate>
                <TextInput id="organisation" name="organisation" label=t!("developer-organisation-name") value=values.organisation errors=errors.clone() autocomplete="organization"/>
                <TextInput id="website-url" name="website_url" label=t!("developer-organisation-website") hint=t!("developer-https")
                    value=values.website_url errors=errors.clone() input_type="url" autocomplete="url"/>
                <TextInput id="contact-email" name="contact_email" label=t!("developer-contact") value=values.contact_email
                    errors=errors.clone() input_type="email" autocomplete="email"/>
                <button class="nhsuk-button" type="submit">
                    {if overview.is_developer { t!("developer-save") } else { t!("developer-become") }}
                </button>
            </form>
        })}
    }
}

/// `GET /developer/listings/new` and `GET /developer/listings/{id}/edit`.
#[component]
pub fn ListingFormPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()));
    let data = Resource::new(id, |id| async move {
        (listing_form(id).await, submitted::<ListingForm>().await)
    });
    let here = move || match id() {
        Some(id) => format!("/developer/listings/{id}/edit"),
        None => "/developer/listings/new".to_owned(),
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), _) if context.needs_profile => view! {
                        <PageMeta title=t!("developer-first-title") description=t!("developer-first-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("developer-first-title")}</h1>
                        <p class="nhsuk-body">{t!("developer-first-body")}</p>
                        <a class="nhsuk-button" href="/developer">{t!("developer-become")}</a>
                    }.into_any(),
                    (Ok(context), submission) => view! { <ListingFormView context submission action=here()/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here=here()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ListingFormView(
    context: ListingFormContext,
    submission: Option<Submitted<ListingForm>>,
    action: String,
) -> impl IntoView {
    let heading = if context.id.is_some() {
        t!("listing-form-change")
    } else {
        t!("developer-list")
    };
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: context.values,
        errors: FieldErrors::new(),
    });
    let categories: Vec<(String, String)> = context
        .categories
        .iter()
        .map(|c| (c.slug.clone(), c.name.clone()))
        .collect();
    let not_stated = |mut rest: Vec<(String, String)>| {
        rest.insert(0, (String::new(), t!("listing-not-stated")));
        rest
    };
    let back = match context.id {
        Some(id) => format!("/developer/listings/{id}"),
        None => "/developer".to_owned(),
    };
    view! {
        <PageMeta title=form_title(&heading, &errors) description=t!("listing-form-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=back class="nhsuk-back-link__link">{t!("back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading.clone()}</h1>
        {context.is_published.then(|| view! {
            <p class="nhsuk-body">{t!("listing-form-published")}</p>
        })}
        <form method="post" action=action novalidate>
            <LanguageChoice legend=t!("listing-form-language")
                hint=t!("listing-form-language-hint") value=values.language.clone() errors=errors.clone()/>
            <TextInput id="name" name="name" label=t!("listing-form-name") value=values.name errors=errors.clone() maxlength=crate::domain::listing::NAME_MAX/>
            <TextInput id="tagline" name="tagline" label=t!("listing-form-tagline") hint=t!("listing-form-tagline-hint", max = crate::domain::listing::TAGLINE_MAX)
                value=values.tagline errors=errors.clone()/>
            <TextArea id="description" name="description" label=t!("listing-form-description-field")
                hint=t!("listing-form-description-hint") value=values.description errors=errors.clone() rows=8/>
            <TextInput id="organisation" name="organisation" label=t!("listing-form-organisation") value=values.organisation errors=errors.clone()/>
            <TextInput id="website-url" name="website_url" label=t!("listing-form-website") hint=t!("developer-https")
                value=values.website_url errors=errors.clone() input_type="url"/>
            <TextArea id="app-store-links" name="app_store_links" label=t!("listing-form-stores")
                hint=t!("listing-form-stores-hint") value=values.app_store_links errors=errors.clone() rows=3/>
            <Checkboxes id="platforms" name="platforms" legend=t!("listing-form-platforms")
                options=options(Platform::ALL, Platform::key, Platform::label_key) values=values.platforms errors=errors.clone()/>
            <Checkboxes id="categories" name="categories" legend=t!("listing-form-categories") hint=t!("listing-form-categories-hint")
                options=categories values=values.categories errors=errors.clone()/>
            <Checkboxes id="audiences" name="audiences" legend=t!("listing-form-audiences")
                options=options(Audience::ALL, Audience::key, Audience::label_key) values=values.audiences errors=errors.clone()/>
            <Radios id="cost" name="cost" legend=t!("listing-form-cost")
                options=options(Cost::ALL, Cost::key, Cost::label_key) value=values.cost errors=errors.clone()/>
            <TextInput id="accessibility-url" name="accessibility_url" label=t!("listing-form-accessibility")
                value=values.accessibility_url errors=errors.clone() input_type="url"/>
            <TextInput id="privacy-url" name="privacy_url" label=t!("listing-form-privacy")
                value=values.privacy_url errors=errors.clone() input_type="url"/>
            <h2 class="nhsuk-heading-m">{t!("listing-form-assurance")}</h2>
            <Checkboxes id="dtac-completed" name="dtac_completed" legend=t!("listing-form-dtac")
                options=vec![("yes".to_owned(), t!("listing-form-dtac-done"))]
                values=vec![values.dtac_completed] errors=errors.clone()/>
            <Select id="device-class" name="device_class" label=t!("listing-form-device")
                options=not_stated(options(DeviceClass::ALL, DeviceClass::key, DeviceClass::label_key)) value=values.device_class errors=errors.clone()/>
            <Select id="evidence-tier" name="evidence_tier" label=t!("listing-form-tier")
                options=not_stated(options(EvidenceTier::ALL, EvidenceTier::key, EvidenceTier::label_key)) value=values.evidence_tier errors=errors.clone()/>
            <TextInput id="clinical-safety-officer" name="clinical_safety_officer" label=t!("listing-form-officer")
                hint=t!("listing-form-officer-hint") value=values.clinical_safety_officer errors=errors.clone()/>
            <TextInput id="contact-email" name="contact_email" label=t!("listing-form-contact") hint=t!("listing-form-contact-hint")
                value=values.contact_email errors=errors.clone() input_type="email"/>
            <TextArea id="ideas" name="ideas" label=t!("listing-form-ideas")
                hint=t!("listing-form-ideas-hint") value=values.ideas errors=errors.clone() rows=3/>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit" name="intent" value="submit">{t!("listing-form-submit")}</button>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="draft">{t!("listing-form-draft")}</button>
            </div>
        </form>
    }
}

/// `GET /developer/listings/{id}`: one of the developer's listings, its status and history.
#[component]
pub fn MyListingPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()));
    let data = Resource::new(id, |id| async move {
        let listing = match id {
            Some(id) => get_my_listing(id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (listing, submitted::<ReasonForm>().await)
    });
    let query = use_query_map();
    let done = move || query.with(|q| notice(q.get_str("done")));
    let here = move || format!("/developer/listings/{}", id().unwrap_or_default());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(listing), submission) => view! {
                        {done().map(|m| view! { <Banner message=m.to_owned() success=true/> })}
                        <MyListingView listing submission/>
                    }.into_any(),
                    (Err(err), _) => view! { <Refused err here=here()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MyListingView(listing: MyListing, submission: Option<Submitted<ReasonForm>>) -> impl IntoView {
    let errors = submission.map(|s| s.errors).unwrap_or_default();
    let id = listing.id;
    view! {
        <PageMeta title=form_title(&listing.name, &errors) description=t!("my-listing-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href="/developer" class="nhsuk-back-link__link">{t!("my-listing-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{listing.name.clone()}</h1>
        <p class="nhsuk-body">
            <strong class=status_tag(listing.status)>{tr(listing.status.label_key())}</strong>
            {listing.pending.clone().map(|p| format!(" {p}"))}
        </p>
        {listing.public_href.clone().map(|href| view! { <p class="nhsuk-body"><a href=href>{t!("my-listing-see")}</a></p> })}
        <div class="nhsuk-button-group">
            {listing.can_edit.then(|| view! {
                <a class="nhsuk-button" href=super::paths::edit_listing(id)>{t!("my-listing-change")}</a>
            })}
            {listing.can_submit.then(|| view! {
                <form method="post" action=super::paths::submit_listing(id)>
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("listing-form-submit")}</button>
                </form>
            })}
        </div>
        <HistoryList history=listing.history.clone()/>
        <h2 class="nhsuk-heading-m">{t!("my-listing-says")}</h2>
        <FieldList fields=listing.fields.clone()/>
        {listing.can_archive.then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("my-listing-archive-heading")}</h2>
            <form method="post" action=super::paths::archive_own(id) novalidate>
                <TextArea id="reason" name="reason" label=t!("my-listing-archive-why") value=String::new() errors=errors.clone() rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("my-listing-archive")}</button>
            </form>
        })}
    }
}

/// Every field of a listing version, as a summary list.
#[component]
pub fn FieldList(fields: Vec<(String, String)>) -> impl IntoView {
    view! {
        <dl class="nhsuk-summary-list">
            {fields.into_iter().map(|(key, value)| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{key}</dt>
                    <dd class="nhsuk-summary-list__value nhsuk-u-wrap-text">{if value.is_empty() { t!("listing-not-given") } else { value }}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// A listing's review history.
#[component]
pub fn HistoryList(history: Vec<HistoryEntry>) -> impl IntoView {
    view! {
        <h2 class="nhsuk-heading-m">{t!("listing-history")}</h2>
        {if history.is_empty() {
            view! { <p class="nhsuk-body">{t!("listing-history-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="nhsuk-list">
                    {history.into_iter().map(|entry| view! {
                        <li class="nhsuk-u-margin-bottom-3">
                            <strong>{entry.what}</strong>{format!(" – {}", entry.when)}
                            {entry.reason.map(|r| view! { <br/><span>{t!("listing-history-message", message = r)}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
