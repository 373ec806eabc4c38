use super::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

/// The page shown for an address that leads nowhere. Answers with status 404 when
/// rendered on the server, so crawlers and link checkers see the truth.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageMeta title="Page not found" description="There is no page at this address." shared=Shared::Private/>
        <h1 class="nhsuk-heading-xl">"Page not found"</h1>
        <p class="nhsuk-body">"If you typed the web address, check it is correct."</p>
        <p class="nhsuk-body">"If you pasted the web address, check you copied the entire address."</p>
        <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
    }
}
