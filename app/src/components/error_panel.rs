use leptos::prelude::*;
use leptos_meta::Title;

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
        <Title text="Sorry, there is a problem with the service"/>
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
            let encoded: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
            let to = format!("/sign-in?return_to={encoded}");
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
                <Title text="You do not have permission to see this page"/>
                <h1 class="nhsuk-heading-xl">"You do not have permission to see this page"</h1>
                <p class="nhsuk-body">
                    "This page is for people with another role. If you think you should have it, ask an administrator."
                </p>
                <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
            }
            .into_any()
        }
        AppError::NotFound => view! { <crate::components::not_found::NotFound/> }.into_any(),
        err => view! { <ErrorPanel err/> }.into_any(),
    }
}
