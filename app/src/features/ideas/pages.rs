//! The idea page, `/ideas/{id}-{slug}`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::api::get_idea;
use crate::components::error_panel::ErrorPanel;
use crate::components::not_found::NotFound;
use crate::error::AppError;

/// Reads the leading id of `{id}-{slug}`. The slug is decoration: an old slug after a
/// title edit still finds the idea.
fn parse_id(segment: &str) -> Option<i64> {
    let digits = segment.split('-').next()?;
    digits.parse().ok().filter(|id: &i64| *id > 0)
}

/// The full text of one idea.
#[component]
pub fn IdeaPage() -> impl IntoView {
    let params = use_params_map();
    let idea = Resource::new(
        move || params.with(|p| p.get("id_slug").as_deref().and_then(parse_id)),
        |id| async move {
            match id {
                Some(id) => get_idea(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading the idea…"</p> }>
            {move || Suspend::new(async move {
                match idea.await {
                    Ok(idea) => {
                        let card = idea.card;
                        let campaign_href = format!("/campaigns/{}", idea.campaign_slug);
                        view! {
                            <Title text=card.title.clone()/>
                            <nav class="nhsuk-back-link" aria-label="Back">
                                <a href=campaign_href class="nhsuk-back-link__link">
                                    {format!("Back to {}", idea.campaign_title)}
                                </a>
                            </nav>
                            <span class="nhsuk-caption-l">{card.kind.label()}</span>
                            <h1 class="nhsuk-heading-xl">{card.title}</h1>
                            <p class="nhsuk-lede-text">{card.summary}</p>
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Status"</dt>
                                    <dd class="nhsuk-summary-list__value">
                                        <strong class=card.status.tag_class()>{card.status.label()}</strong>
                                        {idea.status_reason.map(|r| view! { <p class="nhsuk-body-s status-reason">{r}</p> })}
                                    </dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Put forward by"</dt>
                                    <dd class="nhsuk-summary-list__value">
                                        {card.author.name}
                                        {card.author.segment.map(|s| format!(" ({s})"))}
                                    </dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Submitted"</dt>
                                    <dd class="nhsuk-summary-list__value">{card.submitted_on}</dd>
                                </div>
                                {card.category.map(|c| view! {
                                    <div class="nhsuk-summary-list__row">
                                        <dt class="nhsuk-summary-list__key">"Category"</dt>
                                        <dd class="nhsuk-summary-list__value">{c}</dd>
                                    </div>
                                })}
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Supporters"</dt>
                                    <dd class="nhsuk-summary-list__value">{card.vote_count}</dd>
                                </div>
                            </dl>
                            {idea.link_url.map(|url| view! {
                                <p class="nhsuk-body">
                                    <a href=url rel="nofollow noopener noreferrer">"Visit the app or tool"</a>
                                </p>
                            })}
                            <h2 class="nhsuk-heading-m">"Description"</h2>
                            <div class="nhsuk-body idea-description" inner_html=idea.description_html></div>
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

#[cfg(test)]
mod tests {
    use super::parse_id;

    #[test]
    fn the_id_comes_before_the_slug() {
        assert_eq!(parse_id("42-an-app-for-carers"), Some(42));
        assert_eq!(parse_id("42"), Some(42));
    }

    #[test]
    fn ids_that_are_not_positive_numbers_are_refused() {
        assert_eq!(parse_id("abc-42"), None);
        assert_eq!(parse_id("0-zero"), None);
        assert_eq!(parse_id("-5"), None);
        assert_eq!(parse_id("99999999999999999999-big"), None);
    }
}
