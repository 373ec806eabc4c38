//! The home page and the campaign page.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_campaign, get_home};
use super::{CampaignDetail, CampaignSummary, CampaignWithIdeas};
use crate::components::error_panel::{ErrorPanel, Refused};
use crate::components::forms::Banner;
use crate::components::other_language::WrittenInOtherLanguage;
use crate::domain::campaign::CampaignPhase;
use crate::domain::campaign::CategoryOption;
use crate::domain::idea::{IdeaKind, IdeaListQuery, IdeaSort, IdeaStatus};
use crate::features::ideas::components::IdeaList;
use crate::i18n::{lang, lang_if_other, tr};
use crate::t;

/// The home page: leads with the campaigns people can take part in now.
#[component]
pub fn HomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_home());
    let query = use_query_map();
    let deleted = move || query.with(|q| q.get("account").as_deref() == Some("deleted"));
    view! {
        <PageMeta title=t!("home-title") description=t!("home-description") canonical="/" shared=Shared::Website/>
        {move || deleted().then(|| view! {
            <Banner message=t!("home-account-deleted") success=true/>
        })}
        <h1 class="nhsuk-heading-xl">{t!("home-heading")}</h1>
        <p class="nhsuk-lede-text">{t!("home-description")}</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("home-loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => {
                        let nothing_current = home.current.is_empty();
                        view! {
                            <h2 class="nhsuk-heading-l">{t!("home-current")}</h2>
                            {nothing_current.then(|| view! {
                                <p class="nhsuk-body">{t!("home-none-current")}</p>
                            })}
                            {home.current.into_iter().map(|c| view! { <CurrentCampaign c/> }).collect_view()}
                            <CampaignLinks heading=t!("home-coming-soon") campaigns=home.upcoming/>
                            <CampaignLinks heading=t!("home-past") campaigns=home.past/>
                        }
                            .into_any()
                    }
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A current campaign: what it asks, when it closes, and its leading ideas.
#[component]
fn CurrentCampaign(c: CampaignWithIdeas) -> impl IntoView {
    let campaign = c.campaign;
    let href = campaign.href();
    let heading_id = format!("campaign-{}", campaign.slug);
    let labelled_by = heading_id.clone();
    let title = campaign.title.clone();
    let all_ideas = t!("campaign-see-all", count = campaign.idea_count);
    let written = lang_if_other(campaign.language);
    view! {
        <section class="nhsuk-u-margin-bottom-7 campaign" aria-labelledby=labelled_by>
            <h3 class="nhsuk-heading-m" id=heading_id lang=written>
                <a href=href.clone()>{title}</a>
            </h3>
            <p class="nhsuk-body">
                <strong class=campaign.phase.tag_class()>{tr(campaign.phase.label_key())}</strong>
            </p>
            <p class="nhsuk-body" lang=written>{campaign.summary.clone()}</p>
            <CampaignDates campaign=campaign.clone()/>
            <h4 class="nhsuk-heading-s">{t!("campaign-most-supported")}</h4>
            <IdeaList ideas=c.ideas empty=t!("campaign-no-ideas")/>
            <p class="nhsuk-body">
                <a href=href>{all_ideas}</a>
            </p>
        </section>
    }
}

/// The dates of a campaign as a summary list.
#[component]
fn CampaignDates(campaign: CampaignSummary) -> impl IntoView {
    view! {
        <dl class="nhsuk-summary-list campaign-dates">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("campaign-opens")}</dt>
                <dd class="nhsuk-summary-list__value">{campaign.opens_on}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("campaign-closes")}</dt>
                <dd class="nhsuk-summary-list__value">{campaign.closes_on}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("campaign-voting-closes")}</dt>
                <dd class="nhsuk-summary-list__value">{campaign.voting_closes_on}</dd>
            </div>
            {campaign.support_budget.map(|budget| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{t!("campaign-support")}</dt>
                    <dd class="nhsuk-summary-list__value">
                        {t!("campaign-support-budget", budget = budget)}
                    </dd>
                </div>
            })}
        </dl>
    }
}

/// A short list of campaign links under a heading, or nothing when the list is empty.
#[component]
fn CampaignLinks(heading: String, campaigns: Vec<CampaignSummary>) -> impl IntoView {
    (!campaigns.is_empty()).then(|| {
        view! {
            <h2 class="nhsuk-heading-l">{heading}</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {campaigns
                    .into_iter()
                    .map(|c| {
                        let href = c.href();
                        view! {
                            <li>
                                <a href=href lang=lang_if_other(c.language)>{c.title}</a>
                                " "{t!("campaign-span", opens = c.opens_on, closes = c.closes_on)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// A campaign's page: what it asks, and its ideas as the URL asks for them (sorted,
/// filtered, searched and paged), so any list can be linked to and returned to.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let detail = Resource::new(
        move || {
            let slug = params.with(|p| p.get("slug").unwrap_or_default());
            let list = query.with(|q| IdeaListQuery::from_params(|k| q.get(k)));
            let sort_given = query.with(|q| q.get("sort").is_some());
            (slug, list, sort_given)
        },
        |(slug, list, sort_given)| get_campaign(slug, list, sort_given),
    );
    let waiting = move || {
        query.with(|q| match q.get("submitted").as_deref() {
            Some("pending") => Some(t!("campaign-submitted-pending")),
            Some("held") => Some(t!("campaign-submitted-held")),
            Some("held-help") => Some(t!("campaign-submitted-held-help")),
            _ => None,
        })
    };
    view! {
        {move || waiting().map(|message| view! {
            <Banner message success=true/>
        })}
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("campaign-loading")}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => view! { <CampaignView detail/> }.into_any(),
                    // Not found, too many searches (429), or a problem on our side.
                    Err(err) => {
                        let here = params.with(|p| super::paths::campaign(&p.get("slug").unwrap_or_default()));
                        view! { <Refused err here/> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn CampaignView(detail: CampaignDetail) -> impl IntoView {
    let campaign = detail.campaign;
    let base = campaign.href();
    let list = detail.list;
    let query = list.query.clone();
    let open = campaign.phase == CampaignPhase::Open;
    let new_idea = format!("{base}/ideas/new");
    let heading = if query.is_filtered() {
        t!("campaign-found", count = list.matching)
    } else {
        t!("campaign-ideas-heading", count = campaign.idea_count)
    };
    let title = match (&query.q, query.after.is_some()) {
        (Some(q), _) => t!(
            "campaign-title-matching",
            q = q.clone(),
            campaign = campaign.title.clone()
        ),
        (None, true) => t!("campaign-title-more", campaign = campaign.title.clone()),
        (None, false) => campaign.title.clone(),
    };
    let next_href = list
        .next
        .as_ref()
        .map(|next| format!("{base}?{}#ideas", query.to_params(Some(next))));
    let first_href = query.after.is_some().then(|| {
        let params = query.to_params(None);
        if params.is_empty() {
            format!("{base}#ideas")
        } else {
            format!("{base}?{params}#ideas")
        }
    });
    // The feed in the page's language: Welsh readers' feed readers keep `?lang=cy`.
    let feed = crate::i18n::address_in(&format!("/feeds/campaigns/{}.atom", campaign.slug), lang());
    view! {
        <PageMeta title=title description=campaign.summary.clone() canonical=base.clone() shared=Shared::Website/>
        <Link rel="alternate" type_="application/atom+xml" title=t!("campaign-feed-title", campaign = campaign.title.clone()) href=feed/>
        <span class="nhsuk-caption-l">{t!("campaign-caption")}</span>
        <h1 class="nhsuk-heading-xl" lang=lang_if_other(campaign.language)>{campaign.title.clone()}</h1>
        {(campaign.language != lang() || detail.description_language != lang()).then(|| view! {
            <WrittenInOtherLanguage/>
        })}
        <p class="nhsuk-body">
            <strong class=campaign.phase.tag_class()>{tr(campaign.phase.label_key())}</strong>
        </p>
        <p class="nhsuk-lede-text" lang=lang_if_other(campaign.language)>{campaign.summary.clone()}</p>
        {open.then(|| view! {
            <a class="nhsuk-button" href=new_idea.clone()>{t!("campaign-put-forward")}</a>
        })}
        <crate::features::following::CampaignFollow slug=campaign.slug.clone()/>
        <div class="nhsuk-body campaign-description" lang=lang_if_other(detail.description_language) inner_html=detail.description_html></div>
        <CampaignDates campaign=campaign.clone()/>
        <h2 class="nhsuk-heading-l" id="ideas">{heading}</h2>
        <IdeaFilters base=base.clone() query=query.clone() categories=detail.categories/>
        <nav class="sort-links" aria-label=t!("campaign-sort-label")>
            <span class="nhsuk-body-s">{t!("campaign-sort-by")}" "</span>
            <ul class="nhsuk-list sort-links__list">
                // The fair order is offered where it is the campaign's default (or asked for).
                {IdeaSort::ALL.into_iter().filter(|sort| {
                    *sort != IdeaSort::Shuffled || query.default_sort == IdeaSort::Shuffled || query.sort == IdeaSort::Shuffled
                }).map(|sort| {
                    let params = query.with_sort(sort).to_params(None);
                    let href = if params.is_empty() { format!("{base}#ideas") } else { format!("{base}?{params}#ideas") };
                    if sort == query.sort {
                        view! {
                            <li><span class="sort-links__current" aria-current="true">{tr(sort.label_key())}</span></li>
                        }.into_any()
                    } else {
                        view! { <li><a href=href>{tr(sort.label_key())}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        </nav>
        <IdeaList ideas=list.ideas empty=if query.is_filtered() { t!("campaign-no-match") } else { t!("campaign-empty") }/>
        {(next_href.is_some() || first_href.is_some()).then(|| view! {
            <nav class="nhsuk-pagination" role="navigation" aria-label=t!("pagination-label")>
                <ul class="nhsuk-list nhsuk-pagination__list">
                    {first_href.map(|href| view! {
                        <li class="nhsuk-pagination-item--previous">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=href>
                                <span class="nhsuk-pagination__title">{t!("pagination-first")}</span>
                            </a>
                        </li>
                    })}
                    {next_href.map(|href| view! {
                        <li class="nhsuk-pagination-item--next">
                            <a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=href rel="next">
                                <span class="nhsuk-pagination__title">{t!("pagination-next")}</span>
                            </a>
                        </li>
                    })}
                </ul>
            </nav>
        })}
        {open.then(|| view! {
            <p class="nhsuk-body"><a href=new_idea>{t!("campaign-put-forward-own")}</a></p>
        })}
    }
    .into_any()
}

/// The search and filter form: a plain `GET` form, so it works without JavaScript and
/// its result is a URL like any other list.
#[component]
fn IdeaFilters(
    base: String,
    query: IdeaListQuery,
    categories: Vec<CategoryOption>,
) -> impl IntoView {
    let category = query.category.clone().unwrap_or_default();
    let kind = query.kind.map(|k| k.key()).unwrap_or_default();
    let status = query.status.map(|s| s.key()).unwrap_or_default();
    let sort = query.sort;
    view! {
        <form method="get" action=base.clone() class="idea-filters" role="search" aria-label=t!("filters-label")>
            {(sort != query.default_sort).then(|| view! {
                <input type="hidden" name="sort" value=sort.as_query()/>
            })}
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="q">{t!("filters-search")}</label>
                <input class="nhsuk-input" id="q" name="q" type="search" value=query.q.clone().unwrap_or_default()
                    autocomplete="off" maxlength="200"/>
            </div>
            <div class="idea-filters__selects">
                {(!categories.is_empty()).then(|| view! {
                    <div class="nhsuk-form-group">
                        <label class="nhsuk-label" for="category">{t!("filters-category")}</label>
                        <select class="nhsuk-select" id="category" name="category">
                            <option value="" selected=category.is_empty()>{t!("filters-all-categories")}</option>
                            {categories.into_iter().map(|c| {
                                let selected = c.slug == category;
                                view! { <option value=c.slug selected=selected>{c.name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="kind">{t!("filters-kind")}</label>
                    <select class="nhsuk-select" id="kind" name="kind">
                        <option value="" selected=kind.is_empty()>{t!("filters-all-kinds")}</option>
                        {IdeaKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=k.key() == kind>{tr(k.label_key())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="status">{t!("filters-status")}</label>
                    <select class="nhsuk-select" id="status" name="status">
                        <option value="" selected=status.is_empty()>{t!("filters-any-status")}</option>
                        {IdeaStatus::ALL.into_iter().map(|st| view! {
                            <option value=st.key() selected=st.key() == status>{tr(st.label_key())}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("filters-submit")}</button>
            {query.is_filtered().then(|| view! {
                <p class="nhsuk-body-s"><a href=format!("{base}#ideas")>{t!("filters-clear")}</a></p>
            })}
        </form>
    }
    .into_any()
}
