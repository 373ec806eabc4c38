//! The Content-Security-Policy of pages.
//!
//! Pages run exactly two kinds of script: the site's own bundle from `/pkg` and the
//! inline scripts leptos writes (the hydration loader and resource data), which carry a
//! fresh nonce on every response. Nothing else may run, load, frame the page or receive
//! its forms.

use leptos::prelude::*;
use leptos_axum::ResponseOptions;

/// The policy for a page whose inline scripts carry `nonce`.
///
/// `'wasm-unsafe-eval'` lets the browser compile the site's own WebAssembly; it does not
/// allow `eval` of JavaScript. `dev_reload_port` opens the websocket `cargo leptos watch`
/// uses to reload the page in development.
pub fn page_policy(nonce: &str, dev_reload_port: Option<u32>) -> String {
    let reload = dev_reload_port
        .map(|port| format!(" ws://127.0.0.1:{port} ws://localhost:{port}"))
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'{reload}; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Sets the page's policy on the response being rendered. Called by the root component,
/// so every page, the 404 page included, gets it.
pub fn set_page_policy() {
    let (Some(nonce), Some(response)) = (use_nonce(), use_context::<ResponseOptions>()) else {
        return;
    };
    let dev_reload_port = use_context::<LeptosOptions>()
        .filter(|o| o.env == leptos::config::Env::DEV)
        .map(|o| o.reload_port);
    match axum::http::HeaderValue::from_str(&page_policy(&nonce, dev_reload_port)) {
        Ok(value) => response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value),
        Err(e) => tracing::error!(error = %e, "the page policy is not a valid header value"),
    }
}

#[cfg(test)]
mod tests {
    use super::page_policy;

    #[test]
    fn only_our_scripts_and_the_nonce_may_run() {
        let policy = page_policy("abc123", None);
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("ws://"));
    }

    #[test]
    fn development_allows_the_reload_socket() {
        assert!(page_policy("n", Some(3001)).contains("connect-src 'self' ws://127.0.0.1:3001"));
    }
}
