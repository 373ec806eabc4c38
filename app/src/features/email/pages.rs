//! The email pages: a person's own address, the page a confirmation link opens, and the
//! administrators' outbox.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{check_email_link, get_email_overview, get_outbox, get_outbox_message};
use super::{EmailForm, LinkCheck, email_notice, paths};
use crate::components::error_panel::{ErrorPanel, Refused};
use crate::components::forms::{Banner, ErrorSummary, TextInput, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::forms::{FieldErrors, Submitted, submitted};

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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(overview), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: EmailForm::default(),
                            errors: FieldErrors::new(),
                        });
                        let has_address = overview.address.is_some();
                        view! {
                            <PageMeta title=form_title("Your email address", &errors) description="The address we email, and how to change or remove it." shared=Shared::Private/>
                            {(errors.is_empty()).then(|| notice().map(|message| view! { <Banner message=message.to_owned() success=true/> }))}
                            <ErrorSummary errors=errors.clone()/>
                            <h1 class="nhsuk-heading-xl">"Your email address"</h1>
                            <p class="nhsuk-body">
                                "Giving an email address is up to you. We only use it to send what you choose, and never show it to anyone."
                            </p>
                            {overview.stopped.then(|| view! {
                                <div class="nhsuk-warning-callout email-stopped">
                                    <h2 class="nhsuk-warning-callout__label">
                                        <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"We have stopped emailing you"</span>
                                    </h2>
                                    <p>"Emails to this address could not be delivered several times, so we stopped sending them. Check the address, or enter another one below."</p>
                                </div>
                            })}
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Email address"</dt>
                                    <dd class="nhsuk-summary-list__value email-address">
                                        {match (overview.address, overview.confirmed_on) {
                                            (Some(address), Some(on)) => format!("{address} (confirmed {on})"),
                                            (Some(address), None) => address,
                                            (None, _) => "Not given".to_owned(),
                                        }}
                                    </dd>
                                </div>
                            </dl>
                            {overview.pending.map(|pending| view! {
                                <div class="nhsuk-inset-text email-pending">
                                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                    <p>
                                        {format!("We have sent a link to {pending}. Follow it to confirm the address is yours. ")}
                                        "It works for 24 hours. Not arrived? Check your spam folder, or enter the address again to send another."
                                    </p>
                                </div>
                            })}
                            <form method="post" action=paths::ADDRESS novalidate>
                                <TextInput id="email" name="email"
                                    label=if has_address { "New email address" } else { "Email address" }
                                    hint="We will send a link to this address to check it is yours."
                                    value=values.email errors input_type="email" autocomplete="email"/>
                                <button class="nhsuk-button" type="submit">"Send a confirmation link"</button>
                            </form>
                            {has_address.then(|| view! {
                                <h2 class="nhsuk-heading-m">"Stop all emails"</h2>
                                <form method="post" action=paths::REMOVE>
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Remove your email address"</button>
                                </form>
                            })}
                            <p class="nhsuk-body"><a href=crate::features::accounts::paths::ACCOUNT>"Back to your account"</a></p>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let failed = done().as_deref() == Some("failed");
                match check.await {
                    Ok(LinkCheck::AlreadyConfirmed { address }) => view! {
                        <PageMeta title="Email address confirmed" description="Your email address is confirmed." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"Email address confirmed"</h1>
                        <p class="nhsuk-body">{format!("We will use {address} for the emails you choose.")}</p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>"Your email address"</a></p>
                    }.into_any(),
                    Ok(LinkCheck::Ready { address }) if !failed => view! {
                        <PageMeta title="Confirm your email address" description="Confirm the address is yours." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"Confirm your email address"</h1>
                        <p class="nhsuk-body">{format!("Confirm that {address} is yours, and we will use it for the emails you choose.")}</p>
                        <form method="post" action=paths::CONFIRM>
                            <input type="hidden" name="token" value=token()/>
                            <button class="nhsuk-button" type="submit">"Confirm your email address"</button>
                        </form>
                    }.into_any(),
                    Ok(LinkCheck::Expired) => view! {
                        <PageMeta title="This link has expired" description="Ask for another confirmation link." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"This link has expired"</h1>
                        <p class="nhsuk-body">"Confirmation links work for 24 hours. Enter your address again to get a new one."</p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>"Enter your email address again"</a></p>
                    }.into_any(),
                    Ok(_) => view! {
                        <PageMeta title="This link does not work" description="Ask for another confirmation link." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"This link does not work"</h1>
                        <p class="nhsuk-body">
                            "It may have been copied wrongly, or another address was entered since it was sent. Only the latest link works."
                        </p>
                        <p class="nhsuk-body"><a href=paths::ADDRESS>"Enter your email address again"</a></p>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match outbox.await {
                    Ok(outbox) => view! {
                        <PageMeta title="Email" description="What the site has emailed, and what is waiting." shared=Shared::Private/>
                        <h1 class="nhsuk-heading-xl">"Email"</h1>
                        {match outbox.files {
                            Some(dir) => view! {
                                <div class="nhsuk-inset-text">
                                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                    <p>
                                        "No mail server is set up, so emails are not sent: each is written as a file in "
                                        <code>{dir}</code>
                                        ". Set "<code>"[email] smtp_url"</code>" to send them."
                                    </p>
                                </div>
                            }.into_any(),
                            None => view! { <p class="nhsuk-body">"Emails are sent through the mail server in the settings."</p> }.into_any(),
                        }}
                        <p class="nhsuk-body">{format!("{} waiting to be sent, {} failed.", outbox.waiting, outbox.failed)}</p>
                        {if outbox.rows.is_empty() {
                            view! { <p class="nhsuk-body">"Nothing has been emailed yet."</p> }.into_any()
                        } else {
                            view! {
                                <table class="nhsuk-table outbox-table">
                                    <caption class="nhsuk-table__caption">"Emails, newest first"</caption>
                                    <thead class="nhsuk-table__head">
                                        <tr class="nhsuk-table__row">
                                            <th class="nhsuk-table__header" scope="col">"Subject"</th>
                                            <th class="nhsuk-table__header" scope="col">"To"</th>
                                            <th class="nhsuk-table__header" scope="col">"Queued"</th>
                                            <th class="nhsuk-table__header" scope="col">"Status"</th>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match message.await {
                    Ok(message) => {
                        let row = message.row;
                        view! {
                            <PageMeta title=row.subject.clone() description="One email, as sent." shared=Shared::Private/>
                            <span class="nhsuk-caption-l">"Email"</span>
                            <h1 class="nhsuk-heading-xl">{row.subject.clone()}</h1>
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"To"</dt>
                                    <dd class="nhsuk-summary-list__value">{row.address}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Queued"</dt>
                                    <dd class="nhsuk-summary-list__value">{row.created_at}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Status"</dt>
                                    <dd class="nhsuk-summary-list__value">{row.status}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">"Attempts"</dt>
                                    <dd class="nhsuk-summary-list__value">{row.attempts}</dd>
                                </div>
                            </dl>
                            <h2 class="nhsuk-heading-m">"What it says"</h2>
                            <pre class="email-text">{message.text}</pre>
                            {message.has_file.then(|| view! {
                                // A file from a server route: `rel=external` keeps the router out of it.
                                <p class="nhsuk-body"><a href=paths::admin_message_file(row.id) rel="external">"Download it to open in a mail program (.eml)"</a></p>
                            })}
                            <p class="nhsuk-body"><a href=paths::ADMIN>"Back to all emails"</a></p>
                        }.into_any()
                    }
                    Err(err) => view! { <Refused err here=paths::ADMIN.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
