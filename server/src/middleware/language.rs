//! The language each request is answered in: Welsh or English.
//!
//! The language is chosen, in order, by `?lang=cy` (or `en`) in the address, by the
//! `ideas_lang` cookie, and by the browser's `Accept-Language`; English when none names
//! one we have. An address with `lang` is what the switcher on every page links to, and
//! what the pages give search engines as each language's version (`hreflang`), so it
//! is always answered in that language; the choice is then kept in the cookie, so the
//! next page, reached by a plain link, is in it too. The chosen language goes in the
//! request's extensions for the pages, the server functions and the page cache (which
//! keeps each language's page apart).
//!
//! A cookie rather than a `/cy/` prefix on every address: every address, form action
//! and redirect stays as it is, and a link someone shares opens in the reader's own
//! language unless it says otherwise.

use app::i18n::Lang;
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, COOKIE, SET_COOKIE, VARY,
};
use axum::http::{HeaderMap, HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;

use super::security_headers::Https;

/// The cookie that keeps a browser's chosen language.
pub const COOKIE_NAME: &str = "ideas_lang";

/// A year: the choice lasts until it is changed.
const COOKIE_SECONDS: u32 = 365 * 24 * 60 * 60;

/// Chooses the request's language, keeps a choice made in the address, and says on
/// each page which language it is in and what it depended on.
pub async fn choose(
    State(Https(https)): State<Https>,
    mut request: Request,
    next: Next,
) -> Response {
    let asked = asked_in(request.uri());
    let kept = kept_in(request.headers());
    let lang = of(request.uri(), request.headers());
    request.extensions_mut().insert(lang);
    let mut response = app::i18n::answering_in(lang, next.run(request)).await;
    let headers = response.headers_mut();
    if let Some(asked) = asked.filter(|asked| Some(*asked) != kept) {
        headers.append(SET_COOKIE, cookie(asked, https));
    }
    let page = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/atom+xml"));
    if page {
        headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
        headers.append(VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    }
    response
}

/// The language a request is answered in: the address's, the cookie's, the browser's,
/// or English. Also for what answers before [`choose`] has run (a refused cross-site
/// form).
pub fn of(uri: &Uri, headers: &HeaderMap) -> Lang {
    asked_in(uri).or(kept_in(headers)).unwrap_or_else(|| {
        headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map_or(Lang::En, Lang::from_accept_language)
    })
}

/// The language the address asks for (`?lang=cy`).
fn asked_in(uri: &Uri) -> Option<Lang> {
    let query = uri.query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| Lang::parse(&value))
}

/// The language the browser chose before (the cookie).
fn kept_in(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| Lang::parse(value))
}

fn cookie(lang: Lang, https: bool) -> HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    let value = format!(
        "{COOKIE_NAME}={}; Path=/; Max-Age={COOKIE_SECONDS}; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    HeaderValue::from_str(&value).expect("a cookie of ASCII letters and digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_a_language_in_its_lang_parameter() {
        let uri = |s: &str| s.parse::<Uri>().unwrap();
        assert_eq!(asked_in(&uri("/?lang=cy")), Some(Lang::Cy));
        assert_eq!(
            asked_in(&uri("/campaigns/x?sort=newest&lang=EN")),
            Some(Lang::En)
        );
        assert_eq!(asked_in(&uri("/?lang=fr")), None);
        assert_eq!(asked_in(&uri("/?language=cy")), None);
        assert_eq!(asked_in(&uri("/")), None);
    }

    #[test]
    fn the_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(
            COOKIE,
            HeaderValue::from_static("ideas_session=abc; ideas_lang=cy"),
        );
        assert_eq!(kept_in(&headers), Some(Lang::Cy));
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("not_ideas_lang=cy"));
        assert_eq!(kept_in(&headers), None);
    }
}
