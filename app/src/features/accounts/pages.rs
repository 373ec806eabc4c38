//! The sign-in page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use leptos_router::components::Redirect;

use super::api::{get_account, get_sign_in_options};
use super::sign_in_error_message;
use crate::components::error_panel::ErrorPanel;
use crate::domain::return_to::safe_return_path;
use crate::error::AppError;
use crate::features::ideas::components::IdeaList;

/// The demo accounts, one per role, as (form value, label, hint).
const DEMO_ROLES: [(&str, &str, &str); 4] = [
    (
        "public",
        "Member of the public",
        "Put forward ideas, vote and comment.",
    ),
    (
        "developer",
        "Developer or supplier",
        "Also list apps and tools in the directory.",
    ),
    (
        "moderator",
        "Moderator",
        "Also curate ideas, listings and reports.",
    ),
    (
        "admin",
        "Administrator",
        "Also run campaigns and grant roles.",
    ),
];

/// `GET /sign-in`: the ways to sign in, returning afterwards to `?return_to=`.
#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let return_to = move || {
        query.with(|q| {
            q.get("return_to")
                .as_deref()
                .and_then(safe_return_path)
                .unwrap_or("/")
                .to_owned()
        })
    };
    let options = Resource::new(|| (), |_| get_sign_in_options());
    let error = move || query.with(|q| q.get("error").as_deref().and_then(sign_in_error_message));
    view! {
        <Title text="Sign in"/>
        {move || error().map(|message| view! {
            <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
                <h2 class="nhsuk-error-summary__title" id="error-summary-title">"You are not signed in"</h2>
                <div class="nhsuk-error-summary__body">
                    <p class="sign-in-error">{message}</p>
                </div>
            </div>
        })}
        <h1 class="nhsuk-heading-xl">"Sign in"</h1>
        <p class="nhsuk-body">
            "Sign in to put forward ideas, vote and comment. You can read everything without signing in."
        </p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) if options.demo || !options.providers.is_empty() => {
                        let back = return_to();
                        let encoded: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
                        view! {
                            <ul class="nhsuk-list sign-in-providers">
                                {options.providers.into_iter().map(|(id, name)| {
                                    let href = format!("/auth/{id}/start?return_to={encoded}");
                                    view! {
                                        <li>
                                            // A server route, not a page: `rel=external` keeps the client-side
                                            // router from handling the click.
                                            <a class="nhsuk-button" href=href rel="external">{format!("Sign in with {name}")}</a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {options.demo.then(|| view! { <DemoSignIn return_to=back.clone()/> })}
                        }.into_any()
                    }
                    Ok(_) => view! {
                        <p class="nhsuk-body">"Signing in is not available at the moment."</p>
                    }.into_any(),
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The local demo sign-in: pick a role and go. Only offered on a loopback address.
#[component]
fn DemoSignIn(return_to: String) -> impl IntoView {
    view! {
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label">
                <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Demo sign-in"</span>
            </h2>
            <p>
                "This copy of the platform is running for a demonstration on this computer. "
                "Anyone can sign in as anyone, in any role. It is never offered on a public website."
            </p>
        </div>
        <form method="post" action="/auth/demo" class="demo-sign-in">
            <input type="hidden" name="return_to" value=return_to/>
            <div class="nhsuk-form-group">
                <fieldset class="nhsuk-fieldset" aria-describedby="demo-role-hint">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                        <h2 class="nhsuk-fieldset__heading">"Who do you want to be?"</h2>
                    </legend>
                    <div class="nhsuk-hint" id="demo-role-hint">"Each role can do everything the ones above it can."</div>
                    <div class="nhsuk-radios">
                        {DEMO_ROLES.into_iter().enumerate().map(|(i, (value, label, hint))| {
                            let id = format!("demo-role-{value}");
                            let hint_id = format!("{id}-hint");
                            view! {
                                <div class="nhsuk-radios__item">
                                    <input class="nhsuk-radios__input" id=id.clone() name="role" type="radio"
                                        value=value checked=i == 0 aria-describedby=hint_id.clone()/>
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{label}</label>
                                    <div class="nhsuk-hint nhsuk-radios__hint" id=hint_id>{hint}</div>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit" data-module="nhsuk-button">"Sign in"</button>
        </form>
    }
}

/// Where anonymous visitors to the account page are sent.
const SIGN_IN_FOR_ACCOUNT: &str = "/sign-in?return_to=%2Faccount";

/// `GET /account`: who you are here, your ideas, and your data to download. Anonymous
/// visitors are sent to sign in and brought back.
#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| get_account());
    view! {
        <Title text="Your account"/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading your account…"</p> }>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(account) => {
                        let user = account.user;
                        view! {
                            <h1 class="nhsuk-heading-xl">"Your account"</h1>
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Name shown with your ideas"</dt>
                                    <dd class="nhsuk-summary-list__value">{user.display_name}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"I am a…"</dt>
                                    <dd class="nhsuk-summary-list__value">{user.segment.label()}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Role"</dt>
                                    <dd class="nhsuk-summary-list__value">{user.role.label()}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Member since"</dt>
                                    <dd class="nhsuk-summary-list__value">{account.member_since}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Ideas you support"</dt>
                                    <dd class="nhsuk-summary-list__value">{account.votes}</dd>
                                </div>
                            </dl>
                            <h2 class="nhsuk-heading-l">"Your ideas"</h2>
                            <IdeaList ideas=account.ideas empty="You have not put forward any ideas yet."/>
                            <h2 class="nhsuk-heading-l">"Your data"</h2>
                            <p class="nhsuk-body">
                                "Download everything this site holds about you: your account, how you sign in, your ideas and your votes."
                            </p>
                            // A file from a server route: `rel=external` keeps the router out of it.
                            <p class="nhsuk-body">
                                <a href="/account/data.json" rel="external" download="ideas-and-apps-data.json">
                                    "Download your data (JSON)"
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(AppError::Unauthorized) => {
                        // On the server, answer with the redirect itself (works without
                        // JavaScript); in the browser, the router navigates.
                        #[cfg(feature = "ssr")]
                        leptos_axum::redirect(SIGN_IN_FOR_ACCOUNT);
                        view! { <Redirect path=SIGN_IN_FOR_ACCOUNT/> }.into_any()
                    }
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
