//! Moderators' pages for the directory (the queue of submissions, and one listing's
//! review with its field-by-field changes) and administrators' webhooks.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use super::api::{admin_webhooks, get_listing_review, listing_queue};
use super::forms::{DecisionForm, ReasonForm, WebhookForm};
use super::model::{ListingReview, WebhooksAdmin};
use super::pages::{FieldList, HistoryList, status_tag};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, Radios, TextArea, TextInput, form_title};
use crate::forms::{FieldErrors, Submitted, rendered_with, submitted};

const LOADING: &str = "Loading…";

/// Which form on the review page a refused submission came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReviewSubmission {
    Decision(Submitted<DecisionForm>),
    Archive(Submitted<ReasonForm>),
    Revoke(Submitted<ReasonForm>),
}

fn notice(key: Option<&str>) -> Option<&'static str> {
    Some(match key? {
        "decided" => "Your decision has been recorded. The developer can see it with your message.",
        "archived" => "The listing has been archived and taken out of the directory.",
        "revoked" => "The developer's access has been revoked.",
        _ => return None,
    })
}

/// `GET /moderation/listings`: submissions and updates waiting for a decision.
#[component]
pub fn ListingQueuePage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| listing_queue());
    let query = use_query_map();
    let done = move || query.with(|q| notice(q.get_str("done")));
    view! {
        <PageMeta title="Listings to review" description="New listings and updates waiting for a moderator." shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        {done().map(|m| view! { <Banner message=m.to_owned() success=true/> })}
                        <h1 class="nhsuk-heading-xl">"Listings to review"</h1>
                        {if rows.is_empty() {
                            view! { <p class="nhsuk-body">"Nothing is waiting for review."</p> }.into_any()
                        } else {
                            view! {
                                <table class="nhsuk-table">
                                    <caption class="nhsuk-table__caption">"Oldest first"</caption>
                                    <thead class="nhsuk-table__head">
                                        <tr class="nhsuk-table__row">
                                            <th class="nhsuk-table__header" scope="col">"Listing"</th>
                                            <th class="nhsuk-table__header" scope="col">"Organisation"</th>
                                            <th class="nhsuk-table__header" scope="col">"What"</th>
                                            <th class="nhsuk-table__header" scope="col">"Sent"</th>
                                        </tr>
                                    </thead>
                                    <tbody class="nhsuk-table__body">
                                        {rows.into_iter().map(|row| view! {
                                            <tr class="nhsuk-table__row">
                                                <td class="nhsuk-table__cell"><a href=super::paths::review(row.id)>{row.name}</a></td>
                                                <td class="nhsuk-table__cell">{row.organisation}</td>
                                                <td class="nhsuk-table__cell">{if row.is_update { "An update" } else { "A new listing" }}</td>
                                                <td class="nhsuk-table__cell">{row.submitted_on}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/moderation/listings".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /moderation/listings/{id}`: one listing, its changes, and the decision.
#[component]
pub fn ListingReviewPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()));
    let data = Resource::new(id, |id| async move {
        let review = match id {
            Some(id) => get_listing_review(id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (review, rendered_with::<ReviewSubmission>().await)
    });
    let here = move || format!("/moderation/listings/{}", id().unwrap_or_default());
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(review), submission) => view! { <ReviewView review submission/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here=here()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReviewView(review: ListingReview, submission: Option<ReviewSubmission>) -> impl IntoView {
    let id = review.id;
    let (decision, decision_errors) = match &submission {
        Some(ReviewSubmission::Decision(s)) => (s.values.clone(), s.errors.clone()),
        _ => (DecisionForm::default(), FieldErrors::new()),
    };
    let archive_errors = match &submission {
        Some(ReviewSubmission::Archive(s)) => s.errors.clone(),
        _ => FieldErrors::new(),
    };
    let revoke_errors = match &submission {
        Some(ReviewSubmission::Revoke(s)) => s.errors.clone(),
        _ => FieldErrors::new(),
    };
    let all_errors = [&decision_errors, &archive_errors, &revoke_errors]
        .into_iter()
        .flat_map(|e| e.iter().cloned())
        .fold(FieldErrors::new(), |mut all, e| {
            all.add(&e.field, e.message);
            all
        });
    let decisions = vec![
        ("approve".to_owned(), "Approve and publish".to_owned()),
        (
            "changes".to_owned(),
            "Ask the developer for changes".to_owned(),
        ),
        ("reject".to_owned(), "Reject".to_owned()),
    ];
    view! {
        <PageMeta title=form_title(&format!("Review: {}", review.name), &all_errors) description="A listing or update, for a moderator to publish or send back." shared=Shared::Private/>
        <ErrorSummary errors=all_errors/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href="/moderation/listings" class="nhsuk-back-link__link">"Back to listings to review"</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{review.name.clone()}</h1>
        <p class="nhsuk-body">
            <strong class=status_tag(review.status)>{review.status.label()}</strong>
            {format!(" Listed by {}", review.owner_name)}
            {review.developer_revoked.then_some(" (developer access revoked)")}
        </p>
        {review.public_href.clone().map(|href| view! { <p class="nhsuk-body"><a href=href>"See it in the directory"</a></p> })}
        {review.awaiting_decision.then(|| view! {
            <h2 class="nhsuk-heading-m">{if review.is_update { "What the update changes" } else { "What the new listing says" }}</h2>
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Changed fields"</caption>
                <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="col">"Field"</th>
                        <th class="nhsuk-table__header" scope="col">"Published"</th>
                        <th class="nhsuk-table__header" scope="col">"Proposed"</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    {review.changes.iter().map(|change| view! {
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="row">{change.field.clone()}</th>
                            <td class="nhsuk-table__cell nhsuk-u-wrap-text"><del>{change.before.clone()}</del></td>
                            <td class="nhsuk-table__cell nhsuk-u-wrap-text"><ins>{change.after.clone()}</ins></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <form method="post" action=super::paths::decide(id) novalidate>
                <Radios id="decision" name="decision" legend="Your decision" options=decisions
                    value=decision.decision errors=decision_errors.clone()/>
                <TextArea id="message" name="message" label="Message to the developer"
                    hint="Required when asking for changes or rejecting: what to change, or why."
                    value=decision.message errors=decision_errors.clone() rows=3/>
                <button class="nhsuk-button" type="submit">"Record the decision"</button>
            </form>
        })}
        <HistoryList history=review.history.clone()/>
        <h2 class="nhsuk-heading-m">{if review.awaiting_decision { "The version sent for review" } else { "The current version" }}</h2>
        <FieldList fields=review.fields.clone()/>
        {(review.status != crate::domain::listing::ListingStatus::Archived).then(|| view! {
            <h2 class="nhsuk-heading-m">"Archive the listing"</h2>
            <form method="post" action=super::paths::moderator_archive(id) novalidate>
                <TextArea id="reason" name="reason" label="Why it is archived" hint="Shown to the developer."
                    value=String::new() errors=archive_errors rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">"Archive the listing"</button>
            </form>
        })}
        {(!review.developer_revoked).then(|| view! {
            <h2 class="nhsuk-heading-m">"Revoke the developer's access"</h2>
            <p class="nhsuk-body">"They will no longer be able to list or change apps. Their published listings stay until you archive them."</p>
            <form method="post" action=super::paths::revoke_developer(id) novalidate>
                <TextArea id="revoke-reason" name="reason" label="Why" hint="Shown to the developer."
                    value=String::new() errors=revoke_errors rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">"Revoke developer access"</button>
            </form>
        })}
    }
}

/// What the webhooks page shows after registering one: its secret, once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookCreated {
    pub url: String,
    pub secret: String,
}

/// `GET /admin/webhooks`: the services told of directory changes, and the delivery log.
#[component]
pub fn WebhooksPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async move {
            (
                admin_webhooks().await,
                submitted::<WebhookForm>().await,
                rendered_with::<WebhookCreated>().await,
            )
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(admin), submission, created) => view! { <WebhooksView admin submission created/> }.into_any(),
                    (Err(err), _, _) => view! { <Refused err here="/admin/webhooks".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WebhooksView(
    admin: WebhooksAdmin,
    submission: Option<Submitted<WebhookForm>>,
    created: Option<WebhookCreated>,
) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: WebhookForm::default(),
        errors: FieldErrors::new(),
    });
    view! {
        <PageMeta title=form_title("Webhooks", &errors) description="The sites told when the directory changes." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        {created.map(|c| view! {
            <Banner message=format!("The webhook for {} has been registered. Its signing secret is {} – copy it now: it is not shown again.", c.url, c.secret) success=true/>
        })}
        <h1 class="nhsuk-heading-xl">"Webhooks"</h1>
        <p class="nhsuk-body">"Each service registered here is sent a signed JSON event whenever a listing is published, updated or archived. See the README for the format and how to check the signature."</p>
        {if admin.webhooks.is_empty() {
            view! { <p class="nhsuk-body">"No webhooks are registered."</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption">"Registered webhooks"</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">"Address"</th>
                            <th class="nhsuk-table__header" scope="col">"For"</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">"Delivered"</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">"Waiting"</th>
                            <th class="nhsuk-table__header" scope="col"><span class="nhsuk-u-visually-hidden">"Actions"</span></th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {admin.webhooks.into_iter().map(|hook| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell nhsuk-u-wrap-text">{hook.url.clone()}</td>
                                <td class="nhsuk-table__cell">{hook.description.clone()}</td>
                                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{hook.delivered}</td>
                                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{hook.waiting}</td>
                                <td class="nhsuk-table__cell">
                                    <form method="post" action=super::paths::remove_webhook(hook.id)>
                                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">
                                            "Remove"<span class="nhsuk-u-visually-hidden">{format!(" the webhook for {}", hook.url)}</span>
                                        </button>
                                    </form>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <h2 class="nhsuk-heading-m">"Register a webhook"</h2>
        <form method="post" action=super::paths::WEBHOOKS novalidate>
            <TextInput id="url" name="url" label="Address to send events to" hint="Starting with https://"
                value=values.url errors=errors.clone() input_type="url"/>
            <TextInput id="description" name="description" label="Who it is for" value=values.description errors=errors.clone()/>
            <TextInput id="secret" name="secret" label="Signing secret (optional)"
                hint="16 characters or more. Leave empty to have one made for you."
                value=String::new() errors=errors.clone() autocomplete="off"/>
            <button class="nhsuk-button" type="submit">"Register the webhook"</button>
        </form>
        <h2 class="nhsuk-heading-m">"Latest deliveries"</h2>
        {if admin.deliveries.is_empty() {
            view! { <p class="nhsuk-body">"Nothing has been sent yet."</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"The 50 latest deliveries, newest first"</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">"Event"</th>
                            <th class="nhsuk-table__header" scope="col">"To"</th>
                            <th class="nhsuk-table__header" scope="col">"Created"</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">"Attempts"</th>
                            <th class="nhsuk-table__header" scope="col">"Outcome"</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {admin.deliveries.into_iter().map(|d| {
                            let outcome = match (&d.delivered_at, &d.last_error) {
                                (Some(at), _) => format!("Delivered {at}"),
                                (None, Some(error)) => format!("Failed: {error}. Next try {}", d.next_attempt_at.clone().unwrap_or_default()),
                                (None, None) => "Waiting to be sent".to_owned(),
                            };
                            view! {
                                <tr class="nhsuk-table__row">
                                    <td class="nhsuk-table__cell">{d.event}</td>
                                    <td class="nhsuk-table__cell nhsuk-u-wrap-text">{d.webhook_url}</td>
                                    <td class="nhsuk-table__cell">{d.created_at}</td>
                                    <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{d.attempts}</td>
                                    <td class="nhsuk-table__cell nhsuk-u-wrap-text">{outcome}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}
