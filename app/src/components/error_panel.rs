use super::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

use crate::error::AppError;

/// What a person sees when something failed on our side. Answers with status 500 when
/// rendered on the server; the cause is in the server log, not on the page.
#[component]
pub fn ErrorPanel(err: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    view! {
        <PageMeta title="Sorry, there is a problem with the service" description="Something went wrong on our side; try again later." shared=Shared::Private/>
        <h1 class="nhsuk-heading-xl">"Sorry, there is a problem with the service"</h1>
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
                <PageMeta title="You do not have permission to see this page" description="This page is for people with another role." shared=Shared::Private/>
                <h1 class="nhsuk-heading-xl">"You do not have permission to see this page"</h1>
                <p class="nhsuk-body">
                    "This page is for people with another role. If you think you should have it, ask an administrator."
                </p>
                <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
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
                0 | 1 => "a second".to_owned(),
                s if s < 120 => format!("{s} seconds"),
                s => format!("{} minutes", s.div_ceil(60)),
            };
            view! {
                <PageMeta title="Too many attempts" description="Too many attempts in a short time; wait, then try again." shared=Shared::Private/>
                <h1 class="nhsuk-heading-xl">"Too many attempts"</h1>
                <p class="nhsuk-body">"You have done this many times in a short while, so we have paused it to keep the site fair for everyone."</p>
                <p class="nhsuk-body">{format!("Wait {wait}, then go back and try again. Anything you typed is still in the form when you go back.")}</p>
                <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
            }
            .into_any()
        }
        AppError::Suspended(message) => view! {
            <PageMeta title="Your account is suspended" description="Why your account is suspended, and what you can still do." shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">"Your account is suspended"</h1>
            <p class="nhsuk-body suspension-message">{message}</p>
            <p class="nhsuk-body">"If you think this is a mistake, reply to the moderators through the organisation running the campaign."</p>
            <ul class="nhsuk-list">
                <li><a href="/account">"Your account, your data and deleting it"</a></li>
                <li><a href="/moderation-log">"The rules and the public moderation log"</a></li>
            </ul>
        }
        .into_any(),
        AppError::Refused(message) => view! {
            <PageMeta title="There is a problem with the form" description="The form could not be sent; go back and try again." shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">"There is a problem with the form"</h1>
            <p class="nhsuk-body">{message}</p>
            <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
        }
        .into_any(),
        err => view! { <Refused err here="/".to_owned()/> }.into_any(),
    }
}
