use leptos::prelude::*;
use leptos_meta::Title;

/// The page shown for an address that leads nowhere. Answers with status 404 when
/// rendered on the server, so crawlers and link checkers see the truth.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Page not found"/>
        <h1 class="nhsuk-heading-xl">"Page not found"</h1>
        <p class="nhsuk-body">"If you typed the web address, check it is correct."</p>
        <p class="nhsuk-body">"If you pasted the web address, check you copied the entire address."</p>
        <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
    }
}
