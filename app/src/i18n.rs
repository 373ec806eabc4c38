//! The words of the interface, in English and in Welsh.
//!
//! NHS bodies in Wales work under the Welsh Language Standards: a service for the public
//! there must be as good in Welsh as in English. Every word the interface shows lives in
//! a Fluent file under `app/locales/<language>/` (one file per area of the site), looked
//! up by its key with [`t!`](crate::t). Fluent, not a table of strings, because Welsh
//! needs it: a number takes one of six plural forms (`zero`, `one`, `two`, `few`, `many`,
//! `other`) chosen by the CLDR rules, and a sentence may be worded differently around a
//! name or a number. Translators edit the `.ftl` files alone; the tests fail when a key is
//! missing from either language, when the two disagree about a key's variables, or when
//! the code asks for a key neither has.
//!
//! The language of a request is chosen by the server (`?lang=` in the address, then the
//! `ideas_lang` cookie, then `Accept-Language`; see `server::middleware::language`) and
//! put in the request; pages and server functions read it with [`lang`]. Islands do not
//! look words up in the browser: they are given the words they show by the page that
//! draws them, so the wasm carries no translations.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps each placeable in Unicode isolation marks by default, for text
        // mixing scripts of both directions. English and Welsh are both left to right,
        // and the marks end up in titles, emails and CSV files.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static CY: LanguageIdentifier = langid!("cy");

/// A language the interface is written in, and that people write ideas and comments
/// in (stored by its tag).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Lang {
    /// English, the default when nothing says otherwise.
    #[default]
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "en"))]
    En,
    /// Welsh (Cymraeg).
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "cy"))]
    Cy,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The language's tag (BCP 47), as in `lang` attributes, `?lang=` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, as the switcher offers it: a Welsh speaker looks
    /// for "Cymraeg", not "Welsh".
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// The locale link previews announce (`og:locale`).
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::Cy => "cy_GB",
        }
    }

    /// The other language: where the switcher leads.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }

    /// A tag as written in an address, a cookie or a header (`cy`, `CY`, `cy-GB`), if
    /// it names a language the interface has.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language a browser prefers among ours (its `Accept-Language`), English when
    /// it names neither.
    pub fn from_accept_language(header: &str) -> Lang {
        let requested = fluent_langneg::parse_accepted_languages(header);
        let available = [EN.clone(), CY.clone()];
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&EN),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        chosen.first().map_or(Lang::En, |id| Lang::from_id(id))
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    fn from_id(id: &LanguageIdentifier) -> Lang {
        Lang::parse(id.language.as_str()).unwrap_or_default()
    }
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    /// The language of the request whose handler runs in this task, for the handlers
    /// that are not pages (a form's post, say), which have no Leptos context to read.
    static REQUEST_LANG: Lang;
}

/// Runs a request's handling (`answer`) with its language known to [`lang`].
#[cfg(feature = "ssr")]
pub async fn answering_in<F: std::future::Future>(lang: Lang, answer: F) -> F::Output {
    REQUEST_LANG.scope(lang, answer).await
}

/// The language of the request being answered: what the server chose for it, English
/// outside a request (a command, a test of a component).
pub fn lang() -> Lang {
    if let Some(lang) = use_context::<Lang>() {
        return lang;
    }
    #[cfg(feature = "ssr")]
    {
        if let Some(parts) = use_context::<axum::http::request::Parts>()
            && let Some(lang) = parts.extensions.get::<Lang>()
        {
            return *lang;
        }
        if let Ok(lang) = REQUEST_LANG.try_with(|lang| *lang) {
            return lang;
        }
    }
    Lang::En
}

/// The address of `path` (with or without a query) for a reader of `lang`: English's is
/// the plain address, the default; another language's carries `lang=` (see
/// `server::middleware::language`), so that it opens in that language whatever the
/// reader's cookie says. Each is the canonical address of its language's version.
pub fn address_in(path: &str, lang: Lang) -> String {
    match lang {
        Lang::En => path.to_owned(),
        other => {
            let joiner = if path.contains('?') { '&' } else { '?' };
            format!("{path}{joiner}lang={}", other.code())
        }
    }
}

/// The `lang` attribute for people's words written in `written`: its tag where it is
/// not the page's language, nothing where it is (the page's own `lang` holds).
pub fn lang_if_other(written: Lang) -> Option<&'static str> {
    (written != lang()).then(|| written.code())
}

/// Words an administrator writes in both languages (a campaign's title, a category's
/// name): those in `lang` when written, else the other language's, with the language
/// they are in so the page can mark them and say so.
pub fn written_in<'a>(lang: Lang, en: &'a str, cy: &'a str) -> (&'a str, Lang) {
    let (own, other) = match lang {
        Lang::En => (en, cy),
        Lang::Cy => (cy, en),
    };
    if own.trim().is_empty() && !other.trim().is_empty() {
        (other, lang.other())
    } else {
        (own, lang)
    }
}

/// The words under `key` in `lang`, with `args` put in their places.
///
/// A key neither language has is a mistake the tests catch; should one reach a page
/// all the same, the key is shown (and logged) rather than nothing.
pub fn text(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let looked_up = if args.is_empty() {
        LOCALES.try_lookup(lang.id(), key)
    } else {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        LOCALES.try_lookup_with_args(lang.id(), key, &args)
    };
    looked_up.unwrap_or_else(|| {
        #[cfg(feature = "ssr")]
        tracing::error!(key, lang = lang.code(), "no words for this key");
        key.to_owned()
    })
}

/// The words under a key chosen at run time (an enum's label, say) in the request's
/// language. Keys written in the code use [`t!`](crate::t) instead.
pub fn tr(key: &str) -> String {
    text(lang(), key, &[])
}

/// A number written with its thousands grouped, as both English and Welsh write them in
/// the UK ("10,000"): Fluent's own number formatting does not group.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A value for a placeable: numbers stay numbers, so that Fluent chooses their plural
/// form (and writes them in the reader's language).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// The words under a key in the request's language: `t!("nav-campaigns")`, or with
/// values for its placeables, `t!("notifications-unread", count = n)`.
///
/// For another language (an email to someone else, say), `t!(in lang, "key", …)`.
#[macro_export]
macro_rules! t {
    (in $lang:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text($lang, $key, &[$((stringify!($name), $crate::i18n::arg($value))),*])
    };
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text($crate::i18n::lang(), $key, &[$((stringify!($name), $crate::i18n::arg($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_address() {
        assert_eq!(address_in("/campaigns/x", Lang::En), "/campaigns/x");
        assert_eq!(address_in("/campaigns/x", Lang::Cy), "/campaigns/x?lang=cy");
        assert_eq!(
            address_in("/directory?q=cwsg", Lang::Cy),
            "/directory?q=cwsg&lang=cy"
        );
    }

    #[test]
    fn tags_name_our_languages_however_they_are_written() {
        assert_eq!(Lang::parse("cy"), Some(Lang::Cy));
        assert_eq!(Lang::parse("CY-gb"), Some(Lang::Cy));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn the_browser_s_first_language_we_have_wins() {
        assert_eq!(
            Lang::from_accept_language("cy-GB,cy;q=0.9,en;q=0.8"),
            Lang::Cy
        );
        assert_eq!(
            Lang::from_accept_language("en-GB,en;q=0.9,cy;q=0.8"),
            Lang::En
        );
        assert_eq!(Lang::from_accept_language("fr-FR,cy;q=0.5"), Lang::Cy);
        assert_eq!(Lang::from_accept_language("fr-FR,de"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn welsh_numbers_take_their_six_plural_forms() {
        // The same key, counted: Welsh chooses among zero, one, two, few, many, other.
        let forms: Vec<String> = [0, 1, 2, 3, 6, 7]
            .into_iter()
            .map(|n| text(Lang::Cy, "idea-supporters", &[("count", arg(n))]))
            .collect();
        assert_eq!(
            forms,
            [
                "Dim cefnogwyr",
                "1 cefnogwr",
                "2 gefnogwr",
                "3 chefnogwr",
                "6 chefnogwr",
                "7 cefnogwr",
            ]
        );
        assert_eq!(
            text(Lang::En, "idea-supporters", &[("count", arg(1))]),
            "1 supporter"
        );
        assert_eq!(
            text(Lang::En, "idea-supporters", &[("count", arg(7))]),
            "7 supporters"
        );
    }

    #[test]
    fn large_numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn a_missing_key_shows_itself() {
        assert_eq!(text(Lang::Cy, "no-such-key", &[]), "no-such-key");
    }
}
