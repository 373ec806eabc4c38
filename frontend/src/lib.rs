//! The browser entry point. Pages are server-rendered HTML; only their interactive
//! parts, the islands (`#[island]` in the app crate), are hydrated, so the browser
//! downloads the code of those parts alone. Every page works without JavaScript.

// The application's view types nest deeply; the release build lays them out here too.
#![recursion_limit = "256"]

// The islands are exported from the app crate; naming it links them into the bundle.
#[allow(unused_imports)]
use app as _;

/// Called by the script cargo-leptos generates once the wasm module has loaded; the
/// script then hydrates each island on the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Marks `<body data-hydrated>` so tests (and styles) can tell a page whose islands
    // have come alive from the server-rendered one. The islands are hydrated in the
    // same turn of the event loop, just after this returns.
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
