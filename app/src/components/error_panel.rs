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
