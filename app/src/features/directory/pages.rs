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
    Banner, Checkboxes, ErrorSummary, Radios, Select, TextArea, TextInput, form_title,
};
use crate::domain::listing::{Audience, Cost, DeviceClass, EvidenceTier, ListingStatus, Platform};
use crate::domain::slug::parse_id;
use crate::forms::{FieldErrors, Submitted, submitted};

const LOADING: &str = "Loading…";

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

fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&c| (key(c).to_owned(), label(c).to_owned()))
        .collect()
}

/// What a redirect back to a directory page says, from its `done` parameter.
fn notice(key: Option<&str>) -> Option<&'static str> {
    Some(match key? {
        "profile" => "Your organisation profile has been saved. You can now list apps and tools.",
        "saved" => "Your listing has been saved as a draft.",
        "submitted" => "Your listing has been sent for review. A moderator will look at it soon.",
        "archived" => "The listing has been archived and taken out of the directory.",
        "decided" => "Your decision has been recorded and the developer can see it.",
        "revoked" => "The developer's access has been revoked.",
        "webhook-removed" => "The webhook has been removed.",
        "reported" => "Thank you for your report. A moderator will look at it.",
        _ => return None,
    })
}

/// What the directory is, in its lede and in search results.
const DIRECTORY_DESCRIPTION: &str = "Health apps and online tools, described by the people who make them and checked by our moderators.";

/// `GET /directory`: browse, search and filter the published listings.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.with(|q| DirectoryQuery::from_pairs(|name| q.get_str(name)));
    let data = Resource::new(search, |search| async move {
        (get_directory(search.clone()).await, search)
    });
    view! {
        <PageMeta title="Apps and tools directory" description=DIRECTORY_DESCRIPTION canonical="/directory" shared=Shared::Website/>
        <Link rel="alternate" type_="application/atom+xml" title="Apps and tools: newly published or updated" href="/feeds/listings.atom"/>
        <h1 class="nhsuk-heading-xl">"Apps and tools directory"</h1>
        <p class="nhsuk-lede-text">{DIRECTORY_DESCRIPTION}</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
    let mut categories = vec![(String::new(), "Any category".to_owned())];
    categories.extend(
        page.categories
            .iter()
            .map(|c| (c.slug.clone(), c.name.clone())),
    );
    let any = |label: &str, mut rest: Vec<(String, String)>| {
        rest.insert(0, (String::new(), label.to_owned()));
        rest
    };
    let no_errors = FieldErrors::new();
    let pages = page
        .total
        .div_ceil(super::model::DIRECTORY_PAGE_SIZE)
        .max(1);
    let current = search.page.max(1);
    let showing = if page.total == 1 {
        "1 app or tool".to_owned()
    } else {
        format!("{} apps and tools", page.total)
    };
    view! {
        <form method="get" action="/directory" class="nhsuk-u-margin-bottom-5" role="search" aria-label="The directory">
            <TextInput id="q" name="q" label="Search" value=search.q.clone().unwrap_or_default() errors=no_errors.clone()/>
            <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="category" name="category" label="Category" options=categories
                        value=search.category.clone().unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="platform" name="platform" label="Platform"
                        options=any("Any platform", options(Platform::ALL, Platform::key, Platform::label))
                        value=search.platform.map(|p| p.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="cost" name="cost" label="Cost"
                        options=any("Any cost", options(Cost::ALL, Cost::key, Cost::label))
                        value=search.cost.map(|c| c.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
                <div class="nhsuk-grid-column-one-quarter">
                    <Select id="audience" name="audience" label="For"
                        options=any("Anyone", options(Audience::ALL, Audience::key, Audience::label))
                        value=search.audience.map(|a| a.key().to_owned()).unwrap_or_default() errors=no_errors.clone()/>
                </div>
            </div>
            <Select id="sort" name="sort" label="Sort by"
                options=vec![("name".to_owned(), "Name, A to Z".to_owned()), ("recent".to_owned(), "Recently published or updated".to_owned())]
                value=if search.sort == DirectorySort::Recent { "recent".to_owned() } else { "name".to_owned() }
                errors=no_errors/>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Show apps and tools"</button>
        </form>
        <h2 class="nhsuk-heading-m" id="results" aria-live="polite">{showing}</h2>
        {if page.listings.is_empty() {
            view! { <p class="nhsuk-body">"No apps or tools match. Try fewer words or filters."</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list" aria-labelledby="results">
                    {page.listings.into_iter().map(|card| view! { <li><ListingCardView card/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(pages > 1).then(|| view! {
            <nav class="nhsuk-pagination" role="navigation" aria-label="Pages of results">
                <ul class="nhsuk-list nhsuk-pagination__list">
                    {(current > 1).then(|| view! {
                        <li class="nhsuk-pagination-item--previous">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=search.href(current - 1)>
                                <span class="nhsuk-pagination__title">"Previous"</span>
                                <span class="nhsuk-u-visually-hidden">":"</span>
                                <span class="nhsuk-pagination__page">{format!("Page {} of {pages}", current - 1)}</span>
                            </a>
                        </li>
                    })}
                    {(current < pages).then(|| view! {
                        <li class="nhsuk-pagination-item--next">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=search.href(current + 1)>
                                <span class="nhsuk-pagination__title">"Next"</span>
                                <span class="nhsuk-u-visually-hidden">":"</span>
                                <span class="nhsuk-pagination__page">{format!("Page {} of {pages}", current + 1)}</span>
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
    view! {
        <div class="nhsuk-card nhsuk-card--clickable">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <a class="nhsuk-card__link" href=card.href>{card.name}</a>
                </h3>
                <p class="nhsuk-card__description">{card.tagline}</p>
                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{format!("By {}", card.organisation)}{(!details.is_empty()).then(|| format!(" · {details}"))}</p>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(listing) => view! {
                        {done().map(|m| view! { <Banner message=m.to_owned() success=true/> })}
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
        .map(|p| p.label())
        .collect::<Vec<_>>()
        .join(", ");
    let audiences = c
        .audiences
        .iter()
        .map(|a| a.label())
        .collect::<Vec<_>>()
        .join(", ");
    let assurance = c.assurance.clone();
    let reviewed = listing
        .last_reviewed_on
        .map(|d| format!("Last reviewed by a moderator on {d}."));
    view! {
        <PageMeta title=c.name.clone() description=c.tagline.clone() canonical=here.clone() shared=Shared::Article/>
        <script type="application/ld+json" inner_html=listing.structured_data.clone()></script>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href="/directory" class="nhsuk-back-link__link">"Back to the directory"</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{c.name.clone()}</h1>
        <p class="nhsuk-lede-text">{c.tagline.clone()}</p>
        <p class="nhsuk-body">{format!("By {}", c.organisation)}</p>
        <a class="nhsuk-button" href=c.website_url.clone() rel="noopener noreferrer">
            "Go to the website"<span class="nhsuk-u-visually-hidden">{format!(" of {}", c.name)}</span>
        </a>
        <div class="nhsuk-body" inner_html=listing.description_html></div>
        <h2 class="nhsuk-heading-m">"About this app or tool"</h2>
        <dl class="nhsuk-summary-list">
            <SummaryRow key="Platforms" value=platforms/>
            <SummaryRow key="Who it is for" value=audiences/>
            <SummaryRow key="Cost" value=c.cost.map(|c| c.label().to_owned()).unwrap_or_default()/>
            <SummaryRow key="Categories" value=listing.category_names.join(", ")/>
            <SummaryRow key="DTAC assessment" value=if assurance.dtac_completed { "Completed".to_owned() } else { "Not stated".to_owned() }/>
            <SummaryRow key="Medical device class" value=assurance.device_class.map(|d| d.label().to_owned()).unwrap_or_else(|| "Not stated".to_owned())/>
            <SummaryRow key="NICE evidence standards tier" value=assurance.evidence_tier.map(|t| t.label().to_owned()).unwrap_or_else(|| "Not stated".to_owned())/>
            <SummaryRow key="Clinical safety officer" value=assurance.clinical_safety_officer.clone().unwrap_or_else(|| "Not named".to_owned())/>
            <SummaryRow key="Contact" value=c.contact_email.clone()/>
        </dl>
        {(!c.app_store_links.is_empty() || c.accessibility_url.is_some() || c.privacy_url.is_some()).then(|| view! {
            <h2 class="nhsuk-heading-m">"Links"</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {c.app_store_links.iter().map(|link| view! {
                    <li><a href=link.clone() rel="noopener noreferrer">{format!("App store: {link}")}</a></li>
                }).collect_view()}
                {c.accessibility_url.clone().map(|link| view! { <li><a href=link rel="noopener noreferrer">"Accessibility statement"</a></li> })}
                {c.privacy_url.clone().map(|link| view! { <li><a href=link rel="noopener noreferrer">"Privacy policy"</a></li> })}
            </ul>
        })}
        {(!listing.ideas.is_empty()).then(|| view! {
            <h2 class="nhsuk-heading-m">"Ideas it answers"</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {listing.ideas.into_iter().map(|idea| view! { <li><a href=idea.href>{idea.title}</a></li> }).collect_view()}
            </ul>
        })}
        <p class="nhsuk-body-s">
            {listing.published_on.map(|d| format!("Listed on {d}. "))}
            {reviewed}
        </p>
        <p class="nhsuk-body-s">
            <a href=format!("{here}/report")>"Report this listing"</a>
            " if it breaks the "<a href="/moderation-log">"rules"</a>"."
        </p>
    }
}

#[component]
fn SummaryRow(key: &'static str, value: String) -> impl IntoView {
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
        <PageMeta title=form_title("Your apps and tools", &errors) description="Your organisation and the apps and tools you list in the directory." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">"Your apps and tools"</h1>
        {overview.revoked.clone().map(|reason| view! {
            <Banner message=format!("A moderator revoked your developer access, so you cannot list or change apps. The reason given: {reason}")/>
        })}
        {overview.is_developer.then(|| view! {
            <a class="nhsuk-button" href="/developer/listings/new">"List an app or tool"</a>
            {if overview.listings.is_empty() {
                view! { <p class="nhsuk-body">"You have not listed anything yet."</p> }.into_any()
            } else {
                view! {
                    <table class="nhsuk-table">
                        <caption class="nhsuk-table__caption">"Your listings"</caption>
                        <thead class="nhsuk-table__head">
                            <tr class="nhsuk-table__row">
                                <th class="nhsuk-table__header" scope="col">"Name"</th>
                                <th class="nhsuk-table__header" scope="col">"Status"</th>
                                <th class="nhsuk-table__header" scope="col">"Last changed"</th>
                            </tr>
                        </thead>
                        <tbody class="nhsuk-table__body">
                            {overview.listings.iter().map(|row| view! {
                                <tr class="nhsuk-table__row">
                                    <td class="nhsuk-table__cell"><a href=super::paths::my_listing(row.id)>{row.name.clone()}</a></td>
                                    <td class="nhsuk-table__cell">
                                        <strong class=status_tag(row.status)>{row.status.label()}</strong>
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
            <h2 class="nhsuk-heading-m">"Your organisation"</h2>
            <p class="nhsuk-body">"Listings show your organisation's name. Moderators use the email address to contact you about your listings; it is not published."</p>
            <form method="post" action=super::paths::PROFILE novalidate>
                <TextInput id="organisation" name="organisation" label="Organisation name" value=values.organisation errors=errors.clone() autocomplete="organization"/>
                <TextInput id="website-url" name="website_url" label="Organisation website (optional)" hint="Starting with https://"
                    value=values.website_url errors=errors.clone() input_type="url" autocomplete="url"/>
                <TextInput id="contact-email" name="contact_email" label="Contact email address" value=values.contact_email
                    errors=errors.clone() input_type="email" autocomplete="email"/>
                <button class="nhsuk-button" type="submit">
                    {if overview.is_developer { "Save your organisation" } else { "Become a developer" }}
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), _) if context.needs_profile => view! {
                        <PageMeta title="Tell us about your organisation first" description="Your organisation's details come before your first listing." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"Tell us about your organisation first"</h1>
                        <p class="nhsuk-body">"Apps and tools are listed by developers: people who have told us which organisation they list for."</p>
                        <a class="nhsuk-button" href="/developer">"Become a developer"</a>
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
        "Change your listing"
    } else {
        "List an app or tool"
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
        rest.insert(0, (String::new(), "Not stated".to_owned()));
        rest
    };
    let back = match context.id {
        Some(id) => format!("/developer/listings/{id}"),
        None => "/developer".to_owned(),
    };
    view! {
        <PageMeta title=form_title(heading, &errors) description="Describe an app or online tool for the directory." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=back class="nhsuk-back-link__link">"Back"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        {context.is_published.then(|| view! {
            <p class="nhsuk-body">"Your listing is published. Your changes are kept as an update: the published version stays in the directory until a moderator approves the update."</p>
        })}
        <form method="post" action=action novalidate>
            <TextInput id="name" name="name" label="Name of the app or tool" value=values.name errors=errors.clone() maxlength=crate::domain::listing::NAME_MAX/>
            <TextInput id="tagline" name="tagline" label="One-line description" hint="What it does, in 140 characters or fewer."
                value=values.tagline errors=errors.clone()/>
            <TextArea id="description" name="description" label="Description"
                hint="What it does, who it helps and how. You can use Markdown." value=values.description errors=errors.clone() rows=8/>
            <TextInput id="organisation" name="organisation" label="Organisation" value=values.organisation errors=errors.clone()/>
            <TextInput id="website-url" name="website_url" label="Website" hint="Starting with https://"
                value=values.website_url errors=errors.clone() input_type="url"/>
            <TextArea id="app-store-links" name="app_store_links" label="App store links (optional)"
                hint="One address on each line." value=values.app_store_links errors=errors.clone() rows=3/>
            <Checkboxes id="platforms" name="platforms" legend="Where it runs"
                options=options(Platform::ALL, Platform::key, Platform::label) values=values.platforms errors=errors.clone()/>
            <Checkboxes id="categories" name="categories" legend="Categories" hint="The same categories people use for ideas."
                options=categories values=values.categories errors=errors.clone()/>
            <Checkboxes id="audiences" name="audiences" legend="Who it is for"
                options=options(Audience::ALL, Audience::key, Audience::label) values=values.audiences errors=errors.clone()/>
            <Radios id="cost" name="cost" legend="What it costs"
                options=options(Cost::ALL, Cost::key, Cost::label) value=values.cost errors=errors.clone()/>
            <TextInput id="accessibility-url" name="accessibility_url" label="Accessibility statement (optional)"
                value=values.accessibility_url errors=errors.clone() input_type="url"/>
            <TextInput id="privacy-url" name="privacy_url" label="Privacy policy (optional)"
                value=values.privacy_url errors=errors.clone() input_type="url"/>
            <h2 class="nhsuk-heading-m">"Evidence and assurance"</h2>
            <Checkboxes id="dtac-completed" name="dtac_completed" legend="Digital Technology Assessment Criteria (DTAC)"
                options=vec![("yes".to_owned(), "A DTAC assessment has been completed".to_owned())]
                values=vec![values.dtac_completed] errors=errors.clone()/>
            <Select id="device-class" name="device_class" label="UKCA or CE medical device class"
                options=not_stated(options(DeviceClass::ALL, DeviceClass::key, DeviceClass::label)) value=values.device_class errors=errors.clone()/>
            <Select id="evidence-tier" name="evidence_tier" label="NICE evidence standards framework tier"
                options=not_stated(options(EvidenceTier::ALL, EvidenceTier::key, EvidenceTier::label)) value=values.evidence_tier errors=errors.clone()/>
            <TextInput id="clinical-safety-officer" name="clinical_safety_officer" label="Clinical safety officer (optional)"
                hint="Their name, if one is appointed (DCB0129)." value=values.clinical_safety_officer errors=errors.clone()/>
            <TextInput id="contact-email" name="contact_email" label="Contact email" hint="Published with the listing."
                value=values.contact_email errors=errors.clone() input_type="email"/>
            <TextArea id="ideas" name="ideas" label="Ideas it answers (optional)"
                hint="The number or the address of each idea's page, one on each line." value=values.ideas errors=errors.clone() rows=3/>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit" name="intent" value="submit">"Send for review"</button>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="draft">"Save as a draft"</button>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
        <PageMeta title=form_title(&listing.name, &errors) description="One of your listings: its state, its history and what you can do next." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href="/developer" class="nhsuk-back-link__link">"Back to your apps and tools"</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{listing.name.clone()}</h1>
        <p class="nhsuk-body">
            <strong class=status_tag(listing.status)>{listing.status.label()}</strong>
            {listing.pending.clone().map(|p| format!(" {p}"))}
        </p>
        {listing.public_href.clone().map(|href| view! { <p class="nhsuk-body"><a href=href>"See it in the directory"</a></p> })}
        <div class="nhsuk-button-group">
            {listing.can_edit.then(|| view! {
                <a class="nhsuk-button" href=super::paths::edit_listing(id)>"Change the listing"</a>
            })}
            {listing.can_submit.then(|| view! {
                <form method="post" action=super::paths::submit_listing(id)>
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Send for review"</button>
                </form>
            })}
        </div>
        <HistoryList history=listing.history.clone()/>
        <h2 class="nhsuk-heading-m">"What it says"</h2>
        <FieldList fields=listing.fields.clone()/>
        {listing.can_archive.then(|| view! {
            <h2 class="nhsuk-heading-m">"Take it out of the directory"</h2>
            <form method="post" action=super::paths::archive_own(id) novalidate>
                <TextArea id="reason" name="reason" label="Why (optional)" value=String::new() errors=errors.clone() rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">"Archive the listing"</button>
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
                    <dd class="nhsuk-summary-list__value nhsuk-u-wrap-text">{if value.is_empty() { "Not given".to_owned() } else { value }}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// A listing's review history.
#[component]
pub fn HistoryList(history: Vec<HistoryEntry>) -> impl IntoView {
    view! {
        <h2 class="nhsuk-heading-m">"Review history"</h2>
        {if history.is_empty() {
            view! { <p class="nhsuk-body">"Not sent for review yet."</p> }.into_any()
        } else {
            view! {
                <ol class="nhsuk-list">
                    {history.into_iter().map(|entry| view! {
                        <li class="nhsuk-u-margin-bottom-3">
                            <strong>{entry.what}</strong>{format!(" – {}", entry.when)}
                            {entry.reason.map(|r| view! { <br/><span>{format!("Message: {r}")}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
