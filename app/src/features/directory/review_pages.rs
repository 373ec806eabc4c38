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
use crate::i18n::tr;
use crate::t;

/// Which form on the review page a refused submission came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReviewSubmission {
    Decision(Submitted<DecisionForm>),
    Archive(Submitted<ReasonForm>),
    Revoke(Submitted<ReasonForm>),
}

fn notice(key: Option<&str>) -> Option<String> {
    Some(match key? {
        "decided" => t!("review-done-decided"),
        "archived" => t!("review-done-archived"),
        "revoked" => t!("review-done-revoked"),
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
        <PageMeta title=t!("review-queue-title") description=t!("review-queue-description") shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        {done().map(|m| view! { <Banner message=m success=true/> })}
                        <h1 class="nhsuk-heading-xl">{t!("review-queue-title")}</h1>
                        {if rows.is_empty() {
                            view! { <p class="nhsuk-body">{t!("review-queue-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="nhsuk-table">
                                    <caption class="nhsuk-table__caption">{t!("review-queue-caption")}</caption>
                                    <thead class="nhsuk-table__head">
                                        <tr class="nhsuk-table__row">
                                            <th class="nhsuk-table__header" scope="col">{t!("review-queue-listing")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("review-queue-organisation")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("review-queue-what")}</th>
                                            <th class="nhsuk-table__header" scope="col">{t!("review-queue-sent")}</th>
                                        </tr>
                                    </thead>
                                    <tbody class="nhsuk-table__body">
                                        {rows.into_iter().map(|row| view! {
                                            <tr class="nhsuk-table__row">
                                                <td class="nhsuk-table__cell"><a href=super::paths::review(row.id)>{row.name}</a></td>
                                                <td class="nhsuk-table__cell">{row.organisation}</td>
                                                <td class="nhsuk-table__cell">{if row.is_update { t!("review-queue-update") } else { t!("review-queue-new") }}</td>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
        ("approve".to_owned(), t!("review-approve")),
        ("changes".to_owned(), t!("review-changes")),
        ("reject".to_owned(), t!("review-reject")),
    ];
    view! {
        <PageMeta title=form_title(&t!("review-title", name = review.name.clone()), &all_errors) description=t!("review-description") shared=Shared::Private/>
        <ErrorSummary errors=all_errors/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href="/moderation/listings" class="nhsuk-back-link__link">{t!("review-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl nhsuk-u-margin-bottom-2">{review.name.clone()}</h1>
        <p class="nhsuk-body">
            <strong class=status_tag(review.status)>{tr(review.status.label_key())}</strong>
            " "{t!("review-listed-by", name = review.owner_name.clone())}
            {review.developer_revoked.then(|| format!(" {}", t!("review-revoked")))}
        </p>
        {review.public_href.clone().map(|href| view! { <p class="nhsuk-body"><a href=href>{t!("review-see-public")}</a></p> })}
        {review.awaiting_decision.then(|| view! {
            <h2 class="nhsuk-heading-m">{if review.is_update { t!("review-update-changes") } else { t!("review-new-says") }}</h2>
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{t!("review-changed-fields")}</caption>
                <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="col">{t!("review-field")}</th>
                        <th class="nhsuk-table__header" scope="col">{t!("review-published")}</th>
                        <th class="nhsuk-table__header" scope="col">{t!("review-proposed")}</th>
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
                <Radios id="decision" name="decision" legend=t!("review-decision") options=decisions
                    value=decision.decision errors=decision_errors.clone()/>
                <TextArea id="message" name="message" label=t!("review-message")
                    hint=t!("review-message-hint")
                    value=decision.message errors=decision_errors.clone() rows=3/>
                <button class="nhsuk-button" type="submit">{t!("review-record")}</button>
            </form>
        })}
        <HistoryList history=review.history.clone()/>
        <h2 class="nhsuk-heading-m">{if review.awaiting_decision { t!("review-sent-version") } else { t!("review-current-version") }}</h2>
        <FieldList fields=review.fields.clone()/>
        {(review.status != crate::domain::listing::ListingStatus::Archived).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("review-archive")}</h2>
            <form method="post" action=super::paths::moderator_archive(id) novalidate>
                <TextArea id="reason" name="reason" label=t!("review-archive-why") hint=t!("review-shown-to-developer")
                    value=String::new() errors=archive_errors rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("review-archive")}</button>
            </form>
        })}
        {(!review.developer_revoked).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("review-revoke-title")}</h2>
            <p class="nhsuk-body">{t!("review-revoke-body")}</p>
            <form method="post" action=super::paths::revoke_developer(id) novalidate>
                <TextArea id="revoke-reason" name="reason" label=t!("review-revoke-why") hint=t!("review-shown-to-developer")
                    value=String::new() errors=revoke_errors rows=2/>
                <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("review-revoke")}</button>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
        <PageMeta title=form_title(&t!("webhooks-title"), &errors) description=t!("webhooks-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        {created.map(|c| view! {
            <Banner message=t!("webhooks-created", url = c.url, secret = c.secret) success=true/>
        })}
        <h1 class="nhsuk-heading-xl">{t!("webhooks-title")}</h1>
        <p class="nhsuk-body">{t!("webhooks-intro")}</p>
        {if admin.webhooks.is_empty() {
            view! { <p class="nhsuk-body">{t!("webhooks-none")}</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption">{t!("webhooks-caption")}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-address")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-for")}</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{t!("webhooks-delivered")}</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{t!("webhooks-waiting")}</th>
                            <th class="nhsuk-table__header" scope="col"><span class="nhsuk-u-visually-hidden">{t!("webhooks-actions")}</span></th>
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
                                            {t!("webhooks-remove")}<span class="nhsuk-u-visually-hidden">{format!(" {}", t!("webhooks-remove-which", url = hook.url.clone()))}</span>
                                        </button>
                                    </form>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <h2 class="nhsuk-heading-m">{t!("webhooks-register-title")}</h2>
        <form method="post" action=super::paths::WEBHOOKS novalidate>
            <TextInput id="url" name="url" label=t!("webhooks-url") hint=t!("webhooks-url-hint")
                value=values.url errors=errors.clone() input_type="url"/>
            <TextInput id="description" name="description" label=t!("webhooks-who") value=values.description errors=errors.clone()/>
            <TextInput id="secret" name="secret" label=t!("webhooks-secret")
                hint=t!("webhooks-secret-hint")
                value=String::new() errors=errors.clone() autocomplete="off"/>
            <button class="nhsuk-button" type="submit">{t!("webhooks-register")}</button>
        </form>
        <h2 class="nhsuk-heading-m">{t!("webhooks-latest")}</h2>
        {if admin.deliveries.is_empty() {
            view! { <p class="nhsuk-body">{t!("webhooks-nothing-sent")}</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{t!("webhooks-latest-caption")}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-event")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-to")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-created-at")}</th>
                            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{t!("webhooks-attempts")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("webhooks-outcome")}</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {admin.deliveries.into_iter().map(|d| {
                            let outcome = match (&d.delivered_at, &d.last_error) {
                                (Some(at), _) => t!("webhooks-outcome-delivered", at = at.clone()),
                                (None, Some(error)) => t!("webhooks-outcome-failed", error = error.clone(), next = d.next_attempt_at.clone().unwrap_or_default()),
                                (None, None) => t!("webhooks-outcome-waiting"),
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
