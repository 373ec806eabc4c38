//! The email pages: a person's own address, the page a confirmation link opens, and the
//! administrators' outbox.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{
    check_email_link, check_unsubscribe, get_email_overview, get_outbox, get_outbox_message,
    get_preferences,
};
use super::{EmailForm, LinkCheck, UnsubscribeCheck, email_notice, paths};
use crate::components::error_panel::{ErrorPanel, Refused};
use crate::components::forms::{Banner, Checkboxes, ErrorSummary, Radios, TextInput, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// The setting that names a mail server, as written in the configuration file.
const SMTP_SETTING: &str = "[email] smtp_url";

/// `GET /account/email`: the address emails go to, how to change or remove it. The form
/// posts to `POST /account/email`, which renders this page again with the message when
/// the address needs fixing.
#[component]
pub fn EmailPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async { (get_email_overview().await, submitted::<EmailForm>().await) },
    );
    let query = use_query_map();
    let notice = move || query.with(|q| email_notice(q.get("updated").as_deref()));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(overview), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: EmailForm::default(),
                            errors: FieldErrors::new(),
                        });
                        let has_address = overview.address.is_some();
                        view! {
                            <PageMeta title=form_title(&t!("address-title"), &errors) description=t!("address-description") shared=Shared::Private/>
                            {(errors.is_empty()).then(|| notice().map(|message| view! { <Banner message=message success=true/> }))}
                            <ErrorSummary errors=errors.clone()/>
                            <h1 class="nhsuk-heading-xl">{t!("address-title")}</h1>
                            <p class="nhsuk-body">{t!("address-intro")}</p>
                            {overview.stopped.then(|| view! {
                                <div class="nhsuk-warning-callout email-stopped">
                                    <h2 class="nhsuk-warning-callout__label">
                                        <span role="text"><span class="nhsuk-u-visually-hidden">{t!("important")}" "</span>{t!("address-stopped")}</span>
                                    </h2>
                                    <p>{t!("address-stopped-explained")}</p>
                                </div>
                            })}
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("account-email")}</dt>
                                    <dd class="nhsuk-summary-list__value email-address">
                                        {match (overview.address, overview.confirmed_on) {
                                            (Some(address), Some(on)) => t!("address-confirmed-on", address = address.as_str(), date = on.as_str()),
                                            (Some(address), None) => address,
                                            (None, _) => t!("account-email-none"),
                                        }}
                                    </dd>
                                </div>
                            </dl>
                            {overview.pending.map(|pending| view! {
                                <div class="nhsuk-inset-text email-pending">
                                    <span class="nhsuk-u-visually-hidden">{t!("information")}" "</span>
                                    <p>{t!("address-pending", address = pending.as_str())}</p>
                                </div>
                            })}
                            <form method="post" action=paths::ADDRESS novalidate>
                                <TextInput id="email" name="email"
                                    label=if has_address { t!("address-new") } else { t!("account-email") }
                                    hint=t!("address-hint")
                                    value=values.email errors input_type="email" autocomplete="email"/>
                                <button class="nhsuk-button" type="submit">{t!("address-send")}</button>
                            </form>
                            {has_address.then(|| view! {
                                <h2 class="nhsuk-heading-m">{t!("address-stop-all")}</h2>
                                <form method="post" action=paths::REMOVE>
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("address-remove")}</button>
                                </form>
                            })}
                            <p class="nhsuk-body"><a href=crate::features::accounts::paths::ACCOUNT>{t!("profile-back")}</a></p>
                        }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::ADDRESS.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /account/email/confirm?token=`: what the link in a confirmation email opens.
/// Nothing changes until the button is pressed: mail scanners open links too.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let done = move || query.with(|q| q.get("done"));
    let check = Resource::new(token, check_email_link);
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                let failed = done().as_deref() == Some("failed");
                match check.await {
                    Ok(LinkCheck::AlreadyConfirmed { address }) => view! {
                        <PageMeta title=t!("confirm-done-title") description=t!("confirm-done-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("confirm-done-title")}</h1>
                        <p class="nhsuk-body">{t!("confirm-done-body", address = address.as_str())}</p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>{t!("address-title")}</a></p>
                    }.into_any(),
                    Ok(LinkCheck::Ready { address }) if !failed => view! {
                        <PageMeta title=t!("confirm-title") description=t!("confirm-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("confirm-title")}</h1>
                        <p class="nhsuk-body">{t!("confirm-body", address = address.as_str())}</p>
                        <form method="post" action=paths::CONFIRM>
                            <input type="hidden" name="token" value=token()/>
                            <button class="nhsuk-button" type="submit">{t!("confirm-title")}</button>
                        </form>
                    }.into_any(),
                    Ok(LinkCheck::Expired) => view! {
                        <PageMeta title=t!("confirm-expired-title") description=t!("confirm-again-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("confirm-expired-title")}</h1>
                        <p class="nhsuk-body">{t!("confirm-expired-body")}</p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>{t!("confirm-enter-again")}</a></p>
                    }.into_any(),
                    Ok(_) => view! {
                        <PageMeta title=t!("link-broken-title") description=t!("confirm-again-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("link-broken-title")}</h1>
                        <p class="nhsuk-body">{t!("confirm-broken-body")}</p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>{t!("confirm-enter-again")}</a></p>
                    }.into_any(),
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/email`: what has been sent, what is waiting and what failed; without an
/// SMTP server, where the emails are written instead.
#[component]
pub fn AdminEmailPage() -> impl IntoView {
    let outbox = Resource::new(|| (), |_| get_outbox());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match outbox.await {
                    Ok(outbox) => view! {
                        <PageMeta title=t!("outbox-title") description=t!("outbox-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("outbox-title")}</h1>
                        {match outbox.files {
                            Some(dir) => view! {
                                <div class="nhsuk-inset-text">
                                    <span class="nhsuk-u-visually-hidden">{format!("{} ", t!("information"))}</span>
                                    <p>
                                        {t!("outbox-files-before")}" "
                                        <code>{dir}</code>
                                        {t!("outbox-files-set")}" "<code>{SMTP_SETTING}</code>" "{t!("outbox-files-after")}
                                    </p>
                                </div>
                            }.into_any(),
                            None => view! { <p class="nhsuk-body">{t!("outbox-smtp")}</p> }.into_any(),
                        }}
                        <p class="nhsuk-body">{t!("outbox-counts", waiting = outbox.waiting, failed = outbox.failed)}</p>
                        {if outbox.rows.is_empty() {
                            view! { <p class="nhsuk-body">{t!("outbox-none")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="nhsuk-table outbox-table">
                                    <caption class="nhsuk-table__caption">{t!("outbox-caption")}</caption>
                                    <thead class="nhsuk-table__head">
                                        <tr class="nhsuk-table__row">
                                            <th class="nhsuk-table__header" scope="col">{t!("outbox-subject")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("outbox-to")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("outbox-queued")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("outbox-status")}</th>
                                        </tr>
                                    </thead>
                                    <tbody class="nhsuk-table__body">
                                        {outbox.rows.into_iter().map(|row| view! {
                                            <tr class="nhsuk-table__row">
                                                <td class="nhsuk-table__cell"><a href=paths::admin_message(row.id)>{row.subject}</a></td>
                                                <td class="nhsuk-table__cell">{row.address}</td>
                                                <td class="nhsuk-table__cell">{row.created_at}</td>
                                                <td class="nhsuk-table__cell">
                                                    {row.status}
                                                    {row.last_error.map(|e| view! { <br/><span class="nhsuk-body-s">{e}</span> })}
                                                </td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(err) => view! { <Refused err here=paths::ADMIN.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/email/{id}`: one email's words as sent, and its file when written as one.
#[component]
pub fn AdminEmailMessagePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let message = Resource::new(id, get_outbox_message);
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match message.await {
                    Ok(message) => {
                        let row = message.row;
                        view! {
                            <PageMeta title=row.subject.clone() description=t!("outbox-message-description") shared=Shared::Private/>
                            <span class="nhsuk-caption-l">{t!("outbox-title")}</span>
                            <h1 class="nhsuk-heading-xl">{row.subject.clone()}</h1>
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("outbox-to")}</dt>
                                    <dd class="nhsuk-summary-list__value">{row.address}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("outbox-queued")}</dt>
                                    <dd class="nhsuk-summary-list__value">{row.created_at}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("outbox-status")}</dt>
                                    <dd class="nhsuk-summary-list__value">{row.status}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("webhooks-attempts")}</dt>
                                    <dd class="nhsuk-summary-list__value">{row.attempts}</dd>
                                </div>
                            </dl>
                            <h2 class="nhsuk-heading-m">{t!("outbox-what-it-says")}</h2>
                            <pre class="email-text">{message.text}</pre>
                            {message.has_file.then(|| view! {
                                // A file from a server route: `rel=external` keeps the router out of it.
                                <p class="nhsuk-body"><a href=paths::admin_message_file(row.id) rel="external">{t!("outbox-download")}</a></p>
                            })}
                            <p class="nhsuk-body"><a href=paths::ADMIN>{t!("outbox-back")}</a></p>
                        }.into_any()
                    }
                    Err(err) => view! { <Refused err here=paths::ADMIN.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /account/notifications`: what the person is told about, and how, by email and
/// in the site: every choice on one page, saved with one button. The link in every
/// email that says "choose what we email you" comes here.
#[component]
pub fn PreferencesPage() -> impl IntoView {
    use crate::domain::notification::Mode;
    use crate::i18n::{Lang, tr};
    let preferences = Resource::new(|| (), |_| get_preferences());
    let query = use_query_map();
    let notice = move || query.with(|q| email_notice(q.get("updated").as_deref()));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match preferences.await {
                    Ok(view) => {
                        let email_options: Vec<(String, String)> = vec![
                            (Mode::Now.key().to_owned(), t!("prefs-mode-now")),
                            (Mode::Daily.key().to_owned(), t!("prefs-mode-daily", time = view.digest_time.as_str())),
                            (Mode::Off.key().to_owned(), t!("prefs-mode-off")),
                        ];
                        let site_options: Vec<(String, String)> = view.topics.iter()
                            .map(|t| (t.topic.key().to_owned(), tr(t.topic.label_key())))
                            .collect();
                        let shown: Vec<String> = view.topics.iter()
                            .filter(|t| t.site)
                            .map(|t| t.topic.key().to_owned())
                            .collect();
                        // Each language named in itself, as the switcher names them.
                        let languages: Vec<(String, String)> = [Lang::En, Lang::Cy]
                            .into_iter()
                            .map(|l| (l.code().to_owned(), l.own_name().to_owned()))
                            .collect();
                        view! {
                            <PageMeta title=t!("prefs-title") description=t!("prefs-description") shared=Shared::Private/>
                            {notice().map(|message| view! { <Banner message=message success=true/> })}
                            <h1 class="nhsuk-heading-xl">{t!("prefs-title")}</h1>
                            <p class="nhsuk-body">{t!("prefs-intro")}</p>
                            {match view.address.clone() {
                                Some(address) => view! {
                                    <p class="nhsuk-body">{t!("prefs-emails-go-to", address = address.as_str())}" "<a href=paths::ADDRESS>{t!("prefs-change-address")}</a></p>
                                }.into_any(),
                                None => view! {
                                    <div class="nhsuk-inset-text preferences-no-email">
                                        <span class="nhsuk-u-visually-hidden">{t!("information")}" "</span>
                                        <p>{t!("prefs-no-address")}" "<a href=paths::ADDRESS>{t!("prefs-add-address")}</a></p>
                                    </div>
                                }.into_any(),
                            }}
                            <form method="post" action=paths::PREFERENCES novalidate>
                                <h2 class="nhsuk-heading-l">{t!("prefs-by-email")}</h2>
                                <Radios id="language" name="language" legend=t!("prefs-language")
                                    hint=t!("prefs-language-hint")
                                    options=languages value=view.language.code().to_owned() errors=FieldErrors::new()/>
                                <p class="nhsuk-body">{t!("prefs-daily-explained")}</p>
                                {view.topics.iter().map(|choice| {
                                    let (id, name) = super::email_field(choice.topic);
                                    view! {
                                        <Radios id name legend=tr(choice.topic.label_key()) options=email_options.clone()
                                            value=choice.email.clone() errors=FieldErrors::new()/>
                                    }
                                }).collect_view()}
                                <h2 class="nhsuk-heading-l">{t!("prefs-in-site")}</h2>
                                <Checkboxes id="site-replies" name="site" legend=t!("prefs-show-these")
                                    options=site_options values=shown errors=FieldErrors::new()/>
                                <button class="nhsuk-button" type="submit">{t!("prefs-save")}</button>
                            </form>
                            <p class="nhsuk-body"><a href=crate::features::accounts::paths::ACCOUNT>{t!("prefs-back")}</a></p>
                        }.into_any()
                    }
                    Err(err) => view! { <Refused err here=paths::PREFERENCES.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /email/unsubscribe?token=`: the link in the foot of every email. Nothing
/// changes until the button is pressed (mail scanners open links); mail programs that
/// offer "unsubscribe" themselves POST to the same address with one click.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let done = move || query.with(|q| q.get("done").is_some());
    let check = Resource::new(token, check_unsubscribe);
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match check.await {
                    Ok(UnsubscribeCheck::Ready { .. }) if done() => view! {
                        <PageMeta title=t!("unsubscribe-done-title") description=t!("unsubscribe-done-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("unsubscribe-done-title")}</h1>
                        <p class="nhsuk-body">{t!("unsubscribe-done-body")}</p>
                        <p class="nhsuk-body"><a href=paths::PREFERENCES>{t!("unsubscribe-choose")}</a></p>
                    }.into_any(),
                    Ok(UnsubscribeCheck::Ready { address }) => {
                        let action = {
                            let encoded: String = form_urlencoded::byte_serialize(token().as_bytes()).collect();
                            format!("{}?token={encoded}&page=1", paths::UNSUBSCRIBE)
                        };
                        view! {
                            <PageMeta title=t!("unsubscribe-title") description=t!("unsubscribe-description") shared=Shared::Private/>
                            <h1 class="nhsuk-heading-xl">{t!("unsubscribe-title")}</h1>
                            <p class="nhsuk-body">{match address {
                                Some(address) => t!("unsubscribe-to", address = address.as_str()),
                                None => t!("unsubscribe-to-you"),
                            }}</p>
                            <form method="post" action=action>
                                <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("address-stop-all")}</button>
                            </form>
                            <p class="nhsuk-body">{t!("unsubscribe-some-before")}" "<a href=paths::PREFERENCES>{t!("unsubscribe-some-link")}</a>" "{t!("unsubscribe-some-after")}</p>
                        }.into_any()
                    }
                    Ok(UnsubscribeCheck::Invalid) => view! {
                        <PageMeta title=t!("link-broken-title") description=t!("unsubscribe-broken-description") shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">{t!("link-broken-title")}</h1>
                        <p class="nhsuk-body">{t!("unsubscribe-broken-body")}</p>
                        <p class="nhsuk-body"><a href=paths::PREFERENCES>{t!("unsubscribe-choose")}</a></p>
                    }.into_any(),
                    Err(err) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
