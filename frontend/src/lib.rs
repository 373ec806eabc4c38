//! The browser entry point: hydrates the HTML the server rendered, so that every page
//! works without JavaScript and gets nicer with it.

// The application's view types nest deeply; the release build lays them out here too.
#![recursion_limit = "256"]

/// Called by the script cargo-leptos generates once the wasm module has loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
