use super::page_meta::{PageMeta, Shared};
use leptos::prelude::*;

use crate::t;

/// The page shown for an address that leads nowhere. Answers with status 404 when
/// rendered on the server, so crawlers and link checkers see the truth.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageMeta title=t!("not-found-title") description=t!("not-found-description") shared=Shared::Private/>
        <h1 class="nhsuk-heading-xl">{t!("not-found-title")}</h1>
        <p class="nhsuk-body">{t!("not-found-typed")}</p>
        <p class="nhsuk-body">{t!("not-found-pasted")}</p>
        <p class="nhsuk-body"><a href="/">{t!("go-home")}</a></p>
    }
}
