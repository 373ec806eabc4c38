//! `GET /analysis`: charts drawn as SVG on the server, each followed by a table of the
//! same figures, and every table downloadable as CSV.

use crate::components::page_meta::{PageMeta, Shared};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::get_analysis;
use super::{Analysis, Answer, Table};
use crate::components::error_panel::Refused;

/// A bar chart of column `value` of `table`, labelled by column 0. Described by its
/// title for screen readers, which read the table that follows instead.
#[component]
fn BarChart(table: Table, value: usize, caption: String) -> impl IntoView {
    let values = table.numbers(value);
    let labels: Vec<String> = table.rows.iter().map(|r| r[0].clone()).collect();
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let row_height = 22u64;
    let label_width = 260u64;
    let bar_width = 380u64;
    let height = row_height * values.len().max(1) as u64 + 4;
    let id = format!("chart-{}-{value}", table.key);
    let title_id = id.clone();
    view! {
        <figure class="analysis-chart">
            <svg role="img" aria-labelledby=id width="100%" viewBox=format!("0 0 {} {height}", label_width + bar_width + 60)
                preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
                <title id=title_id>{caption.clone()}</title>
                {labels.into_iter().zip(values).enumerate().map(|(n, (label, v))| {
                    let y = n as u64 * row_height + 2;
                    let width = v * bar_width / max;
                    let short: String = if label.chars().count() > 38 {
                        format!("{}…", label.chars().take(37).collect::<String>())
                    } else {
                        label
                    };
                    view! {
                        <g>
                            <text x="0" y=(y + 15).to_string() font-size="13" fill="#212b32">{short}</text>
                            <rect x=label_width.to_string() y=y.to_string() width=width.to_string() height="16" fill="#005eb8"></rect>
                            <text x=(label_width + width + 6).to_string() y=(y + 14).to_string() font-size="13" fill="#212b32">{v.to_string()}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="nhsuk-body-s">{caption}" "{t!("analysis-figures-below")}</figcaption>
        </figure>
    }
}

/// A table of figures with its CSV download.
#[component]
fn FigureTable(table: Table, campaign: String) -> impl IntoView {
    let csv = format!("/analysis.csv?campaign={campaign}&table={}", table.key);
    let empty = table.rows.is_empty();
    view! {
        {if empty {
            view! { <p class="nhsuk-body">{t!("analysis-none")}</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{table.title.clone()}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            {table.columns.iter().enumerate().map(|(n, c)| view! {
                                <th class="nhsuk-table__header" class:nhsuk-table__header--numeric={n > 0} scope="col">{c.clone()}</th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {table.rows.iter().zip(table.links.iter()).map(|(row, link)| view! {
                            <tr class="nhsuk-table__row">
                                {row.iter().enumerate().map(|(n, cell)| {
                                    let cell = cell.clone();
                                    let first_link = if n == 0 { link.clone() } else { None };
                                    view! {
                                        <td class="nhsuk-table__cell" class:nhsuk-table__cell--numeric={n > 0}>
                                            {match first_link {
                                                Some(href) => view! { <a href=href>{cell}</a> }.into_any(),
                                                None => view! { {cell} }.into_any(),
                                            }}
                                        </td>
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <p class="nhsuk-body-s"><a href=csv download="">{t!("analysis-download", table = table.title.clone())}</a></p>
    }
}

/// The form that chooses which campaign a moderators' page shows (`?campaign=slug`).
#[component]
pub fn CampaignPicker(
    campaigns: Vec<super::CampaignChoice>,
    chosen: String,
    action: &'static str,
) -> impl IntoView {
    view! {
        <form method="get" action=action class="nhsuk-u-margin-bottom-5">
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="campaign">{t!("analysis-campaign")}</label>
                <select class="nhsuk-select" id="campaign" name="campaign">
                    {campaigns.into_iter().map(|c| {
                        let selected = c.slug == chosen;
                        view! { <option value=c.slug selected=selected>{c.title}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("analysis-show-campaign")}</button>
        </form>
    }
}

#[component]
pub fn AnalysisPage() -> impl IntoView {
    let query = use_query_map();
    let campaign = move || query.with(|q| q.get("campaign"));
    let data = Resource::new(campaign, get_analysis);
    view! {
        <PageMeta title=t!("analysis-title") description=t!("analysis-description") shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Answer::Ready(analysis)) => view! { <AnalysisView analysis=*analysis/> }.into_any(),
                    Ok(Answer::Working { campaigns, campaign }) => view! { <StillWorking campaigns campaign/> }.into_any(),
                    Err(err) => view! { <Refused err here="/analysis".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A large campaign's first look, while its figures are worked out in the background.
#[component]
fn StillWorking(
    campaigns: Vec<super::CampaignChoice>,
    campaign: super::CampaignChoice,
) -> impl IntoView {
    let again = format!("/analysis?campaign={}", campaign.slug);
    view! {
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{t!("analysis-title")}</h1>
        <p class="nhsuk-lede-text">{campaign.title}</p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">{format!("{} ", t!("information"))}</span>
            <p>{t!("analysis-working")}</p>
            <p><a href=again>{t!("analysis-show-figures")}</a></p>
        </div>
        <CampaignPicker campaigns chosen=campaign.slug action="/analysis"/>
    }
}

#[component]
fn AnalysisView(analysis: Analysis) -> impl IntoView {
    let slug = analysis.campaign.slug.clone();
    let daily_ideas = analysis.daily.clone();
    let daily_votes = analysis.daily.clone();
    view! {
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{t!("analysis-title")}</h1>
        <p class="nhsuk-lede-text">{analysis.campaign.title.clone()}</p>
        {analysis.set_aside.map(|s| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">{format!("{} ", t!("information"))}</span>
                <p>{t!("set-aside-note", supports = s.supports, accounts = s.accounts)}</p>
            </div>
        })}
        {analysis.as_of.clone().map(|at| view! {
            <p class="nhsuk-body-s" data-as-of="">{t!("analysis-as-of", at = at)}</p>
        })}
        <CampaignPicker campaigns=analysis.campaigns.clone() chosen=slug.clone() action="/analysis"/>

        <h2 class="nhsuk-heading-l">{t!("analysis-groups")}</h2>
        <p class="nhsuk-body">{t!("analysis-groups-intro")}</p>
        {analysis.segments.iter().map(|t| {
            let t = t.clone();
            let caption = t.title.clone();
            view! {
                <h3 class="nhsuk-heading-m">{t.title.clone()}</h3>
                {(!t.rows.is_empty()).then(|| view! { <BarChart table=t.clone() value=1 caption=caption/> })}
                <FigureTable table=t campaign=slug.clone()/>
            }
        }).collect_view()}

        <h2 class="nhsuk-heading-l">{t!("analysis-with-help")}</h2>
        <p class="nhsuk-body">{t!("analysis-with-help-intro")}</p>
        <FigureTable table=analysis.with_help.clone() campaign=slug.clone()/>

        <h2 class="nhsuk-heading-l">{t!("analysis-top")}</h2>
        <BarChart table=analysis.top.clone() value=1 caption=t!("analysis-top-caption")/>
        <FigureTable table=analysis.top.clone() campaign=slug.clone()/>

        <h2 class="nhsuk-heading-l">{t!("analysis-daily")}</h2>
        <BarChart table=daily_ideas value=1 caption=t!("analysis-daily-ideas")/>
        <BarChart table=daily_votes value=2 caption=t!("analysis-daily-votes")/>
        <FigureTable table=analysis.daily.clone() campaign=slug.clone()/>

        <h2 class="nhsuk-heading-l">{t!("analysis-categories")}</h2>
        <BarChart table=analysis.categories.clone() value=1 caption=t!("analysis-categories-caption")/>
        <FigureTable table=analysis.categories.clone() campaign=slug.clone()/>

        <h2 class="nhsuk-heading-l">{t!("analysis-discussed")}</h2>
        <FigureTable table=analysis.discussed.clone() campaign=slug.clone()/>

        <h2 class="nhsuk-heading-l">{t!("analysis-duplicates")}</h2>
        <p class="nhsuk-body">{t!("analysis-duplicates-intro")}</p>
        {analysis.more_duplicates.clone().map(|note| view! { <p class="nhsuk-body">{note}</p> })}
        <FigureTable table=analysis.duplicates.clone() campaign=slug/>
    }
}
