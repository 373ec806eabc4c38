//! The sign-in page.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{get_account, get_current_user, get_sign_in_options, get_welcome, list_accounts};
use super::{ProfileForm, account_notice, sign_in_error_message};
use crate::components::error_panel::{ErrorPanel, Refused};
use crate::components::forms::{Banner, ErrorSummary, Radios, TextInput, form_title};
use crate::domain::return_to::safe_return_path;
use crate::domain::user::{Role, Segment};
use crate::error::AppError;
use crate::features::ideas::components::IdeaList;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// The demo accounts, one per role: the form value, which also names its label
/// (`demo-role-…`) and hint (`demo-role-…-hint`).
const DEMO_ROLES: [&str; 5] = ["public", "developer", "helper", "moderator", "admin"];

/// A demo role's label and hint, in the reader's language.
fn demo_role_words(role: &str) -> (String, String) {
    match role {
        "public" => (t!("demo-role-public"), t!("demo-role-public-hint")),
        "developer" => (t!("demo-role-developer"), t!("demo-role-developer-hint")),
        "helper" => (t!("demo-role-helper"), t!("demo-role-helper-hint")),
        "moderator" => (t!("demo-role-moderator"), t!("demo-role-moderator-hint")),
        _ => (t!("demo-role-admin"), t!("demo-role-admin-hint")),
    }
}

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
        <PageMeta title=t!("sign-in-title") description=t!("sign-in-description") shared=Shared::Private/>
        {move || error().map(|message| view! {
            <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
                <h2 class="nhsuk-error-summary__title" id="error-summary-title">{t!("sign-in-not-signed-in")}</h2>
                <div class="nhsuk-error-summary__body">
                    <p class="sign-in-error">{message}</p>
                </div>
            </div>
        })}
        <h1 class="nhsuk-heading-xl">{t!("sign-in-title")}</h1>
        <p class="nhsuk-body">{t!("sign-in-intro")}</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
                                            <a class="nhsuk-button" href=href rel="external">{t!("sign-in-with", provider = name)}</a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            {options.demo.then(|| view! { <DemoSignIn return_to=back.clone()/> })}
                        }.into_any()
                    }
                    Ok(_) => view! {
                        <p class="nhsuk-body">{t!("sign-in-unavailable")}</p>
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
                <span role="text"><span class="nhsuk-u-visually-hidden">{t!("important")}" "</span>{t!("demo-heading")}</span>
            </h2>
            <p>{t!("demo-explained")}</p>
        </div>
        <form method="post" action="/auth/demo" class="demo-sign-in">
            <input type="hidden" name="return_to" value=return_to/>
            <div class="nhsuk-form-group">
                <fieldset class="nhsuk-fieldset" aria-describedby="demo-role-hint">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                        <h2 class="nhsuk-fieldset__heading">{t!("demo-who")}</h2>
                    </legend>
                    <div class="nhsuk-hint" id="demo-role-hint">{t!("demo-who-hint")}</div>
                    <div class="nhsuk-radios">
                        {DEMO_ROLES.into_iter().enumerate().map(|(i, value)| {
                            let (label, hint) = demo_role_words(value);
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
            <button class="nhsuk-button" type="submit" data-module="nhsuk-button">{t!("sign-in-title")}</button>
        </form>
    }
}

/// `GET /account`: who you are here, your ideas, how you sign in, and your data to
/// download. Anonymous visitors are sent to sign in and brought back.
#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| get_account());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            if q.get("linked").is_some() {
                return Some((t!("account-linked"), true));
            }
            match q.get("link_error").as_deref() {
                Some("taken") => {
                    return Some((t!("account-link-taken"), false));
                }
                Some("last") => {
                    return Some((t!("account-link-last"), false));
                }
                _ => {}
            }
            account_notice(q.get("updated").as_deref()).map(|m| (m, true))
        })
    };
    view! {
        <PageMeta title=t!("account-title") description=t!("account-description") shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(account) => {
                        let user = account.user;
                        let can_unlink = account.identities.len() > 1;
                        let is_admin = user.role >= Role::Admin;
                        let is_moderator = user.role >= Role::Moderator;
                        let is_helper = user.role == Role::Helper;
                        view! {
                            {notice().map(|(message, success)| view! { <Banner message success/> })}
                            <h1 class="nhsuk-heading-xl">{t!("account-title")}</h1>
                            {is_helper.then(|| view! {
                                <nav class="nhsuk-u-margin-bottom-5" aria-label=t!("account-helping")>
                                    <h2 class="nhsuk-heading-s">{t!("account-helping")}</h2>
                                    <ul class="nhsuk-list">
                                        <li><a href=crate::features::assisted::paths::PEOPLE>{t!("account-assisted-people")}</a></li>
                                        <li><a href=crate::features::assisted::paths::IMPORT>{t!("account-assisted-import")}</a></li>
                                    </ul>
                                </nav>
                            })}
                            {is_moderator.then(|| view! {
                                <nav class="nhsuk-u-margin-bottom-5" aria-label=t!("account-staff")>
                                    <h2 class="nhsuk-heading-s">{t!("account-staff")}</h2>
                                    <ul class="nhsuk-list">
                                        <li><a href="/moderation">{t!("account-staff-queue")}</a></li>
                                        <li><a href="/moderation/listings">{t!("account-staff-listings")}</a></li>
                                        <li><a href="/analysis">{t!("account-staff-analysis")}</a></li>
                                        <li><a href=crate::features::assisted::paths::PEOPLE>{t!("account-assisted-people")}</a></li>
                                        {is_admin.then(|| view! {
                                            <li><a href="/admin/campaigns">{t!("account-staff-campaigns")}</a></li>
                                            <li><a href="/admin/accounts">{t!("account-staff-accounts")}</a></li>
                                            <li><a href="/admin/webhooks">{t!("account-staff-webhooks")}</a></li>
                                            <li><a href=crate::features::email::paths::ADMIN>{t!("account-staff-email")}</a></li>
                                            <li><a href="/admin/pages">{t!("account-staff-pages")}</a></li>
                                            <li><a href=crate::features::drafts::paths::NEW>{t!("account-staff-draft")}</a></li>
                                        })}
                                    </ul>
                                </nav>
                            })}
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("profile-name")}</dt>
                                    <dd class="nhsuk-summary-list__value account-display-name">{user.display_name}</dd>
                                    <dd class="nhsuk-summary-list__actions">
                                        <a href="/account/profile">{t!("account-change")}<span class="nhsuk-u-visually-hidden">" "{t!("account-change-name")}</span></a>
                                    </dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("profile-segment")}</dt>
                                    <dd class="nhsuk-summary-list__value account-segment">{crate::i18n::tr(user.segment.label_key())}</dd>
                                    <dd class="nhsuk-summary-list__actions">
                                        <a href="/account/profile">{t!("account-change")}<span class="nhsuk-u-visually-hidden">" "{t!("account-change-segment")}</span></a>
                                    </dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("account-email")}</dt>
                                    <dd class="nhsuk-summary-list__value account-email">
                                        {account.email.unwrap_or_else(|| t!("account-email-none"))}
                                    </dd>
                                    <dd class="nhsuk-summary-list__actions">
                                        <a href=crate::features::email::paths::ADDRESS>{t!("account-change")}<span class="nhsuk-u-visually-hidden">" "{t!("account-change-email")}</span></a>
                                    </dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("account-role")}</dt>
                                    <dd class="nhsuk-summary-list__value account-role">{crate::i18n::tr(user.role.label_key())}</dd>
                                    <dd class="nhsuk-summary-list__actions"></dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("account-member-since")}</dt>
                                    <dd class="nhsuk-summary-list__value">{account.member_since}</dd>
                                    <dd class="nhsuk-summary-list__actions"></dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("account-supporting")}</dt>
                                    <dd class="nhsuk-summary-list__value">{account.votes}</dd>
                                    <dd class="nhsuk-summary-list__actions"></dd>
                                </div>
                            </dl>
                            <p class="nhsuk-body">
                                <a href=crate::features::email::paths::PREFERENCES>{t!("notifications-choose")}</a>
                            </p>
                            <h2 class="nhsuk-heading-l">{t!("account-your-ideas")}</h2>
                            <IdeaList ideas=account.ideas empty=t!("account-no-ideas")/>
                            <h2 class="nhsuk-heading-l">{t!("account-sign-in-ways")}</h2>
                            <ul class="nhsuk-list sign-in-identities">
                                {account.identities.into_iter().map(|identity| view! {
                                    <li>
                                        {t!("account-identity", provider = identity.provider.as_str(), date = identity.linked_on.as_str())}
                                        {can_unlink.then(|| view! {
                                            <form method="post" action=super::paths::remove_identity(identity.id) class="inline-form">
                                                <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                                                    {t!("account-remove")}<span class="nhsuk-u-visually-hidden">{format!(" {}", identity.provider)}</span>
                                                </button>
                                            </form>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                            {(!account.linkable.is_empty()).then(|| view! {
                                <p class="nhsuk-body">{t!("account-also")}</p>
                                <ul class="nhsuk-list">
                                    {account.linkable.into_iter().map(|(id, name)| view! {
                                        <li>
                                            // A server route: `rel=external` keeps the router out of it.
                                            <a href=format!("/auth/{id}/start?link=true") rel="external">{t!("account-add-provider", provider = name.as_str())}</a>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            })}
                            <h2 class="nhsuk-heading-l">{t!("account-data")}</h2>
                            <p class="nhsuk-body">{t!("account-data-explained")}</p>
                            // A file from a server route: `rel=external` keeps the router out of it.
                            <p class="nhsuk-body">
                                <a href="/account/data.json" rel="external" download="ideas-and-apps-data.json">
                                    {t!("account-data-download")}
                                </a>
                            </p>
                            <p class="nhsuk-body"><a href="/account/delete">{t!("account-delete-link")}</a></p>
                        }
                            .into_any()
                    }
                    Err(err) => view! { <Refused err here="/account".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /account/profile`: change the name shown with your ideas and what describes you.
/// The form posts to `POST /account/profile`, which renders this page again with the
/// messages when something needs fixing.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async { (get_current_user().await, submitted::<ProfileForm>().await) },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(Some(user)), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: ProfileForm {
                                display_name: user.display_name.clone(),
                                segment: user.segment.key().to_owned(),
                            },
                            errors: FieldErrors::new(),
                        });
                        view! { <ProfileFormView values errors/> }.into_any()
                    }
                    (Ok(None), _) => view! {
                        <Refused err=AppError::Unauthorized here="/account/profile".to_owned()/>
                    }.into_any(),
                    (Err(err), _) => view! { <Refused err here="/account/profile".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProfileFormView(values: ProfileForm, errors: FieldErrors) -> impl IntoView {
    view! {
        <PageMeta title=form_title(&t!("profile-title"), &errors) description=t!("profile-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{t!("profile-title")}</h1>
        <form method="post" action=super::paths::PROFILE novalidate>
            <ProfileFields values errors/>
            <button class="nhsuk-button" type="submit">{t!("profile-save")}</button>
        </form>
        <p class="nhsuk-body"><a href="/account">{t!("profile-back")}</a></p>
    }
}

/// The public name and "I am a…" group, as the profile and welcome forms ask for them.
#[component]
fn ProfileFields(values: ProfileForm, errors: FieldErrors) -> impl IntoView {
    let segments = Segment::ALL
        .iter()
        .map(|s| (s.key().to_owned(), crate::i18n::tr(s.label_key())))
        .collect();
    view! {
        <TextInput id="display-name" name="display_name" label=t!("profile-name")
            hint=t!("profile-name-hint")
            value=values.display_name errors=errors.clone() autocomplete="name"/>
        <Radios id="segment" name="segment" legend=t!("profile-segment")
            hint=t!("profile-segment-hint")
            options=segments value=values.segment errors/>
    }
}

/// `GET /welcome`: after a first sign-in with a provider, the person chooses the name
/// everyone will see and their group before an account is made. The provider's name for
/// them is offered, not assumed.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async { (get_welcome().await, submitted::<ProfileForm>().await) },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(Some(welcome)), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: ProfileForm {
                                display_name: welcome.suggested_name.clone(),
                                segment: String::new(),
                            },
                            errors: FieldErrors::new(),
                        });
                        view! {
                            <PageMeta title=form_title(&t!("welcome-title"), &errors) description=t!("welcome-description") shared=Shared::Private/>
                            <ErrorSummary errors=errors.clone()/>
                            <h1 class="nhsuk-heading-xl">{t!("welcome-title")}</h1>
                            <p class="nhsuk-body">{t!("welcome-intro", provider = welcome.provider.clone())}</p>
                            <form method="post" action=super::paths::WELCOME novalidate>
                                <ProfileFields values errors/>
                                <button class="nhsuk-button" type="submit">{t!("welcome-create")}</button>
                            </form>
                            <p class="nhsuk-body">{t!("welcome-change-later")}</p>
                        }.into_any()
                    }
                    (Ok(None), _) => view! {
                        <PageMeta title=t!("welcome-again-title") description=t!("welcome-again-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("welcome-again-title")}</h1>
                        <p class="nhsuk-body">{t!("welcome-again-body")}</p>
                        <p class="nhsuk-body"><a href="/sign-in">{t!("sign-in-title")}</a></p>
                    }.into_any(),
                    (Err(err), _) => view! { <Refused err here=super::paths::WELCOME.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /account/delete`: what deleting an account does, and the button that does it.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let user = Resource::new(|| (), |_| get_current_user());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(_)) => view! {
                        <PageMeta title=t!("delete-title") description=t!("delete-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("delete-title")}</h1>
                        <p class="nhsuk-body">{t!("delete-if")}</p>
                        <ul class="nhsuk-list nhsuk-list--bullet">
                            <li>{t!("delete-votes")}</li>
                            <li>{t!("delete-name")}</li>
                            <li>{t!("delete-words")}</li>
                            <li>{t!("delete-listings")}</li>
                            <li>{t!("delete-reports")}</li>
                        </ul>
                        <p class="nhsuk-body">{t!("delete-first")}</p>
                        <form method="post" action=super::paths::DELETE>
                            <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("delete-title")}</button>
                        </form>
                        <p class="nhsuk-body"><a href="/account">{t!("delete-keep")}</a></p>
                    }.into_any(),
                    Ok(None) => view! {
                        <Refused err=AppError::Unauthorized here="/account/delete".to_owned()/>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/account/delete".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/accounts`: administrators find accounts and change their roles.
#[component]
pub fn AdminAccountsPage() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.with(|q| q.get("q").unwrap_or_default());
    let accounts = Resource::new(search, list_accounts);
    let notice = move || {
        query.with(|q| match q.get("updated").as_deref() {
            Some("role") => Some((t!("roles-done-changed"), true)),
            _ => match q.get("error").as_deref() {
                Some("own-role") => Some((t!("roles-error-own"), false)),
                Some("role") => Some((t!("roles-error-role"), false)),
                Some("account") => Some((t!("roles-error-account"), false)),
                _ => None,
            },
        })
    };
    let header = move || {
        view! {
            <PageMeta title=t!("roles-title") description=t!("roles-description") shared=Shared::Private/>
            {move || notice().map(|(message, success)| view! { <Banner message=message success/> })}
            <h1 class="nhsuk-heading-xl">{t!("roles-title")}</h1>
            <form method="get" action="/admin/accounts" class="account-search" role="search">
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="account-search">{t!("roles-search")}</label>
                    <input class="nhsuk-input nhsuk-u-width-one-half" id="account-search" name="q" type="search" value=search/>
                </div>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("roles-search-button")}</button>
            </form>
        }
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match accounts.await {
                    Ok(rows) if rows.is_empty() => view! {
                        {header()}
                        <p class="nhsuk-body">{t!("roles-none")}</p>
                    }.into_any(),
                    Ok(rows) => view! {
                        {header()}
                        <table class="nhsuk-table accounts-table">
                            <caption class="nhsuk-table__caption">{t!("roles-caption")}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">{t!("roles-name")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("roles-segment")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("roles-since")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("roles-role")}</th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {rows.into_iter().map(|row| {
                                    let select_id = format!("role-{}", row.id);
                                    view! {
                                        <tr class="nhsuk-table__row">
                                            <td class="nhsuk-table__cell">{row.display_name.clone()}</td>
                                            <td class="nhsuk-table__cell">{crate::i18n::tr(row.segment.label_key())}</td>
                                            <td class="nhsuk-table__cell">{row.member_since}</td>
                                            <td class="nhsuk-table__cell">
                                                <form method="post" action=super::paths::change_role(row.id) class="role-form">
                                                    <label class="nhsuk-label nhsuk-u-visually-hidden" for=select_id.clone()>
                                                        {t!("roles-role-of", name = row.display_name.clone())}
                                                    </label>
                                                    <select class="nhsuk-select" id=select_id name="role">
                                                        {Role::ALL.into_iter().map(|role| view! {
                                                            <option value=role.key() selected=role == row.role>{crate::i18n::tr(role.label_key())}</option>
                                                        }).collect_view()}
                                                    </select>
                                                    " "
                                                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                                                        {t!("roles-change")}<span class="nhsuk-u-visually-hidden">{format!(" {}", t!("roles-change-of", name = row.display_name.clone()))}</span>
                                                    </button>
                                                </form>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/admin/accounts".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
