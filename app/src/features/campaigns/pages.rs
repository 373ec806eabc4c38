//! The home page and the campaign page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_campaign, get_home};
use super::{CampaignSummary, CampaignWithIdeas};
use crate::components::error_panel::ErrorPanel;
use crate::components::forms::Banner;
use crate::components::not_found::NotFound;
use crate::domain::idea::IdeaSort;
use crate::error::AppError;
use crate::features::ideas::components::IdeaList;

/// The home page: leads with the campaigns people can take part in now.
#[component]
pub fn HomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_home());
    let query = use_query_map();
    let deleted = move || query.with(|q| q.get("account").as_deref() == Some("deleted"));
    view! {
        <Title text="Home"/>
        {move || deleted().then(|| view! {
            <Banner message="Your account has been deleted, and you have been signed out.".to_owned() success=true/>
        })}
        <h1 class="nhsuk-heading-xl">"Ideas and apps for better health"</h1>
        <p class="nhsuk-lede-text">
            "Put forward ideas for health apps and online tools, recommend the ones that already help you, "
            "and support the ideas you think matter most."
        </p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading campaigns…"</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => {
                        let nothing_current = home.current.is_empty();
                        view! {
                            <h2 class="nhsuk-heading-l">"Current campaigns"</h2>
                            {nothing_current.then(|| view! {
                                <p class="nhsuk-body">"There are no campaigns open at the moment."</p>
                            })}
                            {home.current.into_iter().map(|c| view! { <CurrentCampaign c/> }).collect_view()}
                            <CampaignLinks heading="Coming soon" campaigns=home.upcoming/>
                            <CampaignLinks heading="Past campaigns" campaigns=home.past/>
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
    let all_ideas = match campaign.idea_count {
        1 => "See the idea".to_owned(),
        n => format!("See all {n} ideas"),
    };
    view! {
        <section class="nhsuk-u-margin-bottom-7 campaign" aria-labelledby=labelled_by>
            <h3 class="nhsuk-heading-m" id=heading_id>
                <a href=href.clone()>{title}</a>
            </h3>
            <p class="nhsuk-body">
                <strong class=campaign.phase.tag_class()>{campaign.phase.label()}</strong>
            </p>
            <p class="nhsuk-body">{campaign.summary.clone()}</p>
            <CampaignDates campaign=campaign.clone()/>
            <h4 class="nhsuk-heading-s">"Most supported ideas"</h4>
            <IdeaList ideas=c.ideas empty="No ideas yet. Be the first to put one forward."/>
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
                <dt class="nhsuk-summary-list__key">"Ideas accepted from"</dt>
                <dd class="nhsuk-summary-list__value">{campaign.opens_on}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Ideas accepted until"</dt>
                <dd class="nhsuk-summary-list__value">{campaign.closes_on}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Voting closes"</dt>
                <dd class="nhsuk-summary-list__value">{campaign.voting_closes_on}</dd>
            </div>
        </dl>
    }
}

/// A short list of campaign links under a heading, or nothing when the list is empty.
#[component]
fn CampaignLinks(heading: &'static str, campaigns: Vec<CampaignSummary>) -> impl IntoView {
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
                                <a href=href>{c.title}</a>
                                {format!(" ({} to {})", c.opens_on, c.closes_on)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// A campaign's page: its description and all its ideas, in the order the URL asks for.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let detail = Resource::new(
        move || {
            let slug = params.with(|p| p.get("slug").unwrap_or_default());
            let sort = query.with(|q| IdeaSort::from_query(q.get("sort").as_deref()));
            (slug, sort)
        },
        |(slug, sort)| get_campaign(slug, sort),
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading the campaign…"</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => {
                        let campaign = detail.campaign;
                        let base = campaign.href();
                        let current = detail.sort;
                        view! {
                            <Title text=campaign.title.clone()/>
                            <span class="nhsuk-caption-l">"Campaign"</span>
                            <h1 class="nhsuk-heading-xl">{campaign.title.clone()}</h1>
                            <p class="nhsuk-body">
                                <strong class=campaign.phase.tag_class()>{campaign.phase.label()}</strong>
                            </p>
                            <p class="nhsuk-lede-text">{campaign.summary.clone()}</p>
                            <div class="nhsuk-body campaign-description" inner_html=detail.description_html></div>
                            <CampaignDates campaign=campaign.clone()/>
                            {(!detail.categories.is_empty()).then(|| view! {
                                <h2 class="nhsuk-heading-m">"Categories"</h2>
                                <ul class="nhsuk-list nhsuk-list--bullet">
                                    {detail.categories.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                </ul>
                            })}
                            <h2 class="nhsuk-heading-l" id="ideas">{format!("Ideas ({})", campaign.idea_count)}</h2>
                            <nav class="sort-links" aria-label="Sort ideas">
                                <ul class="nhsuk-list sort-links__list">
                                    {IdeaSort::ALL.into_iter().map(|sort| {
                                        let href = format!("{base}?sort={}", sort.as_query());
                                        if sort == current {
                                            view! {
                                                <li><span class="sort-links__current" aria-current="true">{sort.label()}</span></li>
                                            }.into_any()
                                        } else {
                                            view! { <li><a href=href>{sort.label()}</a></li> }.into_any()
                                        }
                                    }).collect_view()}
                                </ul>
                            </nav>
                            <IdeaList ideas=detail.ideas empty="No ideas yet."/>
                        }
                            .into_any()
                    }
                    Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
