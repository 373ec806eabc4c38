use super::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

use crate::error::AppError;
use crate::t;

/// What a person sees when something failed on our side. Answers with status 500 when
/// rendered on the server; the cause is in the server log, not on the page.
#[component]
pub fn ErrorPanel(err: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    view! {
        <PageMeta title=t!("problem-title") description=t!("problem-description") shared=Shared::Private/>
        <h1 class="nhsuk-heading-xl">{t!("problem-title")}</h1>
        <p class="nhsuk-body">{err.to_string()}</p>
    }
}

/// What a page shows when its data could not be had: signing in for anonymous visitors
/// (a redirect that brings them back to `here`), "no permission" with status 403 for
/// people without the role, "page not found", or the service problem.
#[component]
pub fn Refused(err: AppError, here: String) -> impl IntoView {
    match err {
        AppError::Unauthorized => {
            let to = crate::features::accounts::paths::sign_in(&here);
            // On the server, answer with the redirect itself (works without JavaScript);
            // in the browser, the router navigates.
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(&to);
            view! { <leptos_router::components::Redirect path=to/> }.into_any()
        }
        AppError::Forbidden => {
            #[cfg(feature = "ssr")]
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(axum::http::StatusCode::FORBIDDEN);
            }
            view! {
                <PageMeta title=t!("forbidden-title") description=t!("forbidden-description") shared=Shared::Private/>
                <h1 class="nhsuk-heading-xl">{t!("forbidden-title")}</h1>
                <p class="nhsuk-body">{t!("forbidden-body")}</p>
                <p class="nhsuk-body"><a href="/">{t!("go-home")}</a></p>
            }
            .into_any()
        }
        AppError::NotFound => view! { <crate::components::not_found::NotFound/> }.into_any(),
        AppError::TooMany(seconds) => {
            view! { <Problem err=AppError::TooMany(seconds)/> }.into_any()
        }
        err => view! { <ErrorPanel err/> }.into_any(),
    }
}

/// Provided to the page the server renders for a request it stopped (a form post, a
/// download): the frame shows [`Problem`] instead of the routes, and the page is not
/// hydrated, since the browser's address is the form's, not a page's.
#[derive(Clone, Debug)]
pub struct ProblemPage(pub AppError);

/// Why a request was stopped, in the site's frame: too many attempts, a suspended
/// account, a form no browser sends, not found, no permission, or a problem with the
/// service.
#[component]
pub fn Problem(err: AppError) -> impl IntoView {
    match err {
        AppError::TooMany(seconds) => {
            // A page whose data was refused answers 429 too, saying when to come back.
            #[cfg(feature = "ssr")]
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(axum::http::StatusCode::TOO_MANY_REQUESTS);
                if let Ok(value) = seconds.to_string().parse() {
                    response.insert_header(axum::http::header::RETRY_AFTER, value);
                }
            }
            let wait = match seconds {
                0..120 => t!("too-many-wait-seconds", seconds = seconds.max(1)),
                s => t!("too-many-wait-minutes", minutes = s.div_ceil(60)),
            };
            view! {
                <PageMeta title=t!("too-many-title") description=t!("too-many-description") shared=Shared::Private/>
                <h1 class="nhsuk-heading-xl">{t!("too-many-title")}</h1>
                <p class="nhsuk-body">{t!("too-many-body")}</p>
                <p class="nhsuk-body">{wait}</p>
                <p class="nhsuk-body"><a href="/">{t!("go-home")}</a></p>
            }
            .into_any()
        }
        AppError::Suspended(message) => view! {
            <PageMeta title=t!("account-suspended") description=t!("suspended-description") shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">{t!("account-suspended")}</h1>
            <p class="nhsuk-body suspension-message">{message}</p>
            <p class="nhsuk-body">{t!("suspended-mistake")}</p>
            <ul class="nhsuk-list">
                <li><a href="/account">{t!("suspended-account-link")}</a></li>
                <li><a href="/moderation-log">{t!("suspended-rules-link")}</a></li>
            </ul>
        }
        .into_any(),
        AppError::Refused(message) => view! {
            <PageMeta title=t!("form-problem-title") description=t!("form-problem-description") shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">{t!("form-problem-title")}</h1>
            <p class="nhsuk-body">{message}</p>
            <p class="nhsuk-body"><a href="/">{t!("go-home")}</a></p>
        }
        .into_any(),
        err => view! { <Refused err here="/".to_owned()/> }.into_any(),
    }
}
