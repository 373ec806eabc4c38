//! The page frame every page shares: skip link, header, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::personal::Part;
use crate::domain::identity::CurrentUser;
use crate::features::accounts::api::get_current_user;
use crate::i18n::{Lang, lang};
use crate::t;

/// The name of the service in English, for what is not yet written in the reader's
/// language (emails, the embedded directory). Pages use `t!("service-name")`.
pub const SERVICE_NAME: &str = "Ideas and Apps";
use crate::features::notifications::api::unread_notifications;

/// Lets keyboard and screen reader users jump past the header.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="nhsuk-skip-link" data-module="nhsuk-skip-link" href="#maincontent">
            {t!("skip-link")}
        </a>
    }
}

/// The NHS.UK header with the service name and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="nhsuk-header" role="banner">
            <div class="nhsuk-header__container nhsuk-width-container">
                <div class="nhsuk-header__service">
                    <a href="/" class="nhsuk-header__service-logo" aria-label=t!("header-home")>
                        <svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
                            <title>"NHS"</title>
                            <path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"></path>
                        </svg>
                    </a>
                    <a href="/" class="nhsuk-header__service-name">{t!("service-name")}</a>
                </div>
                <LanguageSwitch/>
                <AccountLinks/>
            </div>
            <nav class="nhsuk-header__navigation" aria-label=t!("header-menu")>
                <div class="nhsuk-header__navigation-container nhsuk-width-container">
                    <ul class="nhsuk-header__navigation-list">
                        <li class="nhsuk-header__navigation-item">
                            <a href="/" class="nhsuk-header__navigation-link">{t!("nav-campaigns")}</a>
                        </li>
                        <li class="nhsuk-header__navigation-item">
                            <a href="/directory" class="nhsuk-header__navigation-link">{t!("nav-directory")}</a>
                        </li>
                        <li class="nhsuk-header__navigation-item">
                            <a href="/drafts" class="nhsuk-header__navigation-link">{t!("nav-drafts")}</a>
                        </li>
                        <li class="nhsuk-header__navigation-item">
                            <a href="/developer" class="nhsuk-header__navigation-link">{t!("nav-list-your-app")}</a>
                        </li>
                    </ul>
                </div>
            </nav>
        </header>
    }
}

/// Who is signed in and the way out, or the way in; in the header on every page.
#[component]
fn AccountLinks() -> impl IntoView {
    let user = Resource::new(
        || (),
        |_| async { (get_current_user().await, unread_notifications().await) },
    );
    let location = use_location();
    // Back to this very page (query included) after signing in.
    let sign_in_href = move || {
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        let here = format!("{}{query}", location.pathname.get());
        crate::features::accounts::paths::sign_in(&here)
    };
    view! {
        <nav class="nhsuk-header__account" aria-label=t!("account-menu")>
            <ul class="nhsuk-header__account-list" data-personal=Part::Account.key()>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match user.await {
                            (Ok(Some(user)), unread) => view! {
                                <SignedInItems user unread=unread.unwrap_or(0)/>
                            }
                            .into_any(),
                            _ => view! {
                                <li class="nhsuk-header__account-item">
                                    <a class="nhsuk-header__account-link" href=sign_in_href>{t!("account-sign-in")}</a>
                                </li>
                            }
                            .into_any(),
                        }
                    })}
                </Suspense>
            </ul>
        </nav>
    }
}

/// The header's account items for someone signed in: a suspension, their name, their
/// notifications and the way out. (Also drawn on their own for a page kept as rendered:
/// `components::personal`.)
#[component]
pub fn SignedInItems(user: CurrentUser, unread: u64) -> impl IntoView {
    view! {
        {user.suspension.is_some().then(|| view! {
            <li class="nhsuk-header__account-item">
                <a class="nhsuk-header__account-link" href="/account/suspended">{t!("account-suspended")}</a>
            </li>
        })}
        <li class="nhsuk-header__account-item">
            <a class="nhsuk-header__account-link account-name" href="/account">
                <span class="nhsuk-u-visually-hidden">{t!("account-signed-in-as")}" "</span>
                {user.display_name}
            </a>
        </li>
        <li class="nhsuk-header__account-item">
            <a class="nhsuk-header__account-link notifications-link" href="/notifications">
                {t!("account-notifications", unread = unread)}
            </a>
        </li>
        <li class="nhsuk-header__account-item">
            <form class="nhsuk-header__account-form" action="/auth/sign-out" method="post">
                <button class="nhsuk-header__account-button" type="submit">{t!("account-sign-out")}</button>
            </form>
        </li>
    }
}

/// The NHS.UK footer.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="nhsuk-footer" role="contentinfo">
            <div class="nhsuk-width-container">
                <div class="nhsuk-footer__meta">
                    <h2 class="nhsuk-u-visually-hidden">{t!("footer-support-links")}</h2>
                    <ul class="nhsuk-footer__list">
                        {crate::domain::site_page::SitePageKind::ALL.iter().map(|kind| view! {
                            <li class="nhsuk-footer__list-item">
                                <a class="nhsuk-footer__list-item-link" href=kind.path()>{crate::i18n::tr(kind.title_key())}</a>
                            </li>
                        }).collect_view()}
                        <li class="nhsuk-footer__list-item">
                            <a class="nhsuk-footer__list-item-link" href="/moderation-log">{t!("footer-moderation-log")}</a>
                        </li>
                    </ul>
                    <p class="nhsuk-body-s">
                        {t!("footer-open")}
                    </p>
                </div>
            </div>
        </footer>
    }
}

/// The way to the same page in the other language, on every page: a plain link, so it
/// works without JavaScript, that keeps the address and its query and adds `lang`. The
/// server remembers the choice in a cookie.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let location = use_location();
    let other = lang().other();
    let href = move || in_language(&location.pathname.get(), &location.search.get(), other);
    view! {
        <nav class="nhsuk-header__account language-switch" aria-label=t!("language-menu")>
            <ul class="nhsuk-header__account-list">
                <li class="nhsuk-header__account-item">
                    <a class="nhsuk-header__account-link" href=href hreflang=other.code() lang=other.code()>
                        {other.own_name()}
                    </a>
                </li>
            </ul>
        </nav>
    }
}

/// The address of a page (its path and query, without `?`) in a language: the same
/// query with `lang` set, whatever `lang` it had.
pub fn in_language(path: &str, search: &str, lang: Lang) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        if name != "lang" {
            query.append_pair(&name, &value);
        }
    }
    query.append_pair("lang", lang.code());
    format!("{path}?{}", query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_language_keeps_the_page_and_its_query() {
        assert_eq!(in_language("/", "", Lang::Cy), "/?lang=cy");
        assert_eq!(
            in_language("/campaigns/x", "sort=newest&lang=cy&page=2", Lang::En),
            "/campaigns/x?sort=newest&page=2&lang=en"
        );
        assert_eq!(
            in_language("/directory", "?q=sleep%20apps", Lang::Cy),
            "/directory?q=sleep+apps&lang=cy"
        );
    }
}
