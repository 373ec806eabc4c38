//! The moderators' queue, the report page, the public moderation log, a person's
//! account with its suspension, and a moderator's edit of an idea.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_idea_edit, get_person, get_public_log, get_queue, get_report_context};
use super::edit::{IdeaEditContext, IdeaEditForm};
use super::people::{PersonView, SuspendForm};
use super::{BulkForm, ModerationQueue, QueueItem, ReportContext, ReportForm, ReporterLine};
use crate::components::error_panel::Refused;
use crate::components::forms::{
    Banner, ErrorSummary, Radios, Select, TextArea, TextInput, form_title,
};
use crate::domain::moderation::ReportReason;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// `GET /moderation`: ideas waiting for approval and reported content, with one form
/// that applies an action to every ticked item.
#[component]
pub fn ModerationPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async move { (get_queue().await, submitted::<BulkForm>().await) },
    );
    let query = use_query_map();
    let done = move || {
        query.with(|q| {
            q.get_str("done")
                .and_then(|n| n.parse::<usize>().ok())
                .map(|n| t!("queue-done", count = n))
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(queue), submission) => view! {
                        {done().map(|m| view! { <Banner message=m success=true/> })}
                        <QueueView queue submission/>
                    }.into_any(),
                    (Err(err), _) => view! { <Refused err here="/moderation".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn QueueView(queue: ModerationQueue, submission: Option<Submitted<BulkForm>>) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: BulkForm::default(),
        errors: FieldErrors::new(),
    });
    let selection_error = errors.get("selected").map(str::to_owned);
    let has_selection_error = selection_error.is_some();
    let actions = vec![
        ("approve".to_owned(), t!("queue-action-approve")),
        ("reject".to_owned(), t!("queue-action-reject")),
        ("hide".to_owned(), t!("queue-action-hide")),
        ("restore".to_owned(), t!("queue-action-restore")),
        ("dismiss".to_owned(), t!("queue-action-dismiss")),
        ("lock".to_owned(), t!("queue-action-lock")),
        ("unlock".to_owned(), t!("queue-action-unlock")),
    ];
    let rules = rule_options();
    let empty = queue.pending.is_empty() && queue.reported.is_empty();
    let listings = queue.listings.clone();
    let reported_first = queue.pending.is_empty();
    let selected = values.selected.clone();
    view! {
        <PageMeta title=form_title(&t!("queue-title"), &errors) description=t!("queue-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{t!("queue-title")}</h1>
        <ul class="nhsuk-list">
            <li><a href="/moderation/listings">{t!("queue-listings-link", count = queue.listings.len())}</a></li>
            <li><a href="/moderation-log">{t!("queue-log-link")}</a></li>
            <li><a href="/analysis">{t!("queue-analysis-link")}</a></li>
            <li><a href=crate::features::integrity::paths::PAGE>{t!("queue-integrity-link")}</a></li>
        </ul>
        {(!listings.is_empty()).then(|| view! {
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption">{t!("queue-listings-caption")}</caption>
                <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="col">{t!("queue-listing")}</th>
                        <th class="nhsuk-table__header" scope="col">{t!("queue-what")}</th>
                        <th class="nhsuk-table__header" scope="col">{t!("queue-sent")}</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    {listings.into_iter().map(|l| view! {
                        <tr class="nhsuk-table__row">
                            <td class="nhsuk-table__cell">
                                <a href=crate::features::directory::paths::review(l.id)>{l.name}</a>
                                <br/><span class="nhsuk-body-s">{t!("queue-by", name = l.organisation.as_str())}</span>
                            </td>
                            <td class="nhsuk-table__cell">{if l.is_update { t!("queue-listing-update") } else { t!("queue-listing-new") }}</td>
                            <td class="nhsuk-table__cell">{l.submitted_on}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        {if empty {
            view! { <p class="nhsuk-body">{t!("queue-empty")}</p> }.into_any()
        } else {
            view! {
                <form method="post" action=super::paths::QUEUE novalidate>
                    <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_selection_error>
                        {selection_error.map(|m| view! {
                            <span class="nhsuk-error-message" id="selected-error">
                                <span class="nhsuk-u-visually-hidden">{crate::t!("error-prefix")}" "</span>{m}
                            </span>
                        })}
                        <QueueTable caption=t!("queue-pending-caption") items=queue.pending selected=selected.clone() first=true/>
                        <QueueTable caption=t!("queue-reported-caption") items=queue.reported selected=selected first=reported_first/>
                    </div>
                    <Radios id="action" name="action" legend=t!("queue-action") options=actions
                        value=values.action errors=errors.clone()/>
                    <Select id="template" name="template" label=t!("queue-rule")
                        hint=t!("queue-rule-hint")
                        options=rules value=values.template errors=errors.clone()/>
                    <TextArea id="reason" name="reason" label=t!("queue-own-words")
                        value=values.reason errors=errors.clone() rows=2/>
                    <button class="nhsuk-button" type="submit">{t!("queue-apply")}</button>
                </form>
            }.into_any()
        }}
    }
}

#[component]
fn QueueTable(
    caption: String,
    items: Vec<QueueItem>,
    selected: Vec<String>,
    first: bool,
) -> impl IntoView {
    (!items.is_empty()).then(|| view! {
        <table class="nhsuk-table">
            <caption class="nhsuk-table__caption">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">{t!("queue-select")}</th>
                    <th class="nhsuk-table__header" scope="col">{t!("queue-item")}</th>
                    <th class="nhsuk-table__header" scope="col">{t!("queue-state")}</th>
                    <th class="nhsuk-table__header" scope="col">{t!("queue-since")}</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {items.into_iter().enumerate().map(|(n, item)| {
                    // The first checkbox carries the id the error summary links to.
                    let id = if first && n == 0 { "selected".to_owned() } else { format!("select-{}", item.key.replace(':', "-")) };
                    let checked = selected.contains(&item.key);
                    view! {
                        <tr class="nhsuk-table__row">
                            <td class="nhsuk-table__cell">
                                <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                                    <div class="nhsuk-checkboxes__item">
                                        <input class="nhsuk-checkboxes__input" type="checkbox" name="selected" id=id.clone()
                                            value=item.key.clone() checked=checked/>
                                        <label class="nhsuk-label nhsuk-checkboxes__label" for=id>
                                            <span class="nhsuk-u-visually-hidden">{t!("queue-select-item", kind = item.kind.as_str(), title = item.title.as_str())}</span>
                                        </label>
                                    </div>
                                </div>
                            </td>
                            <td class="nhsuk-table__cell nhsuk-u-wrap-text">
                                <span class="nhsuk-body-s">{item.kind.clone()}</span><br/>
                                <a href=item.href.clone()>{item.title.clone()}</a>
                                <br/><span class="nhsuk-body-s">{t!("queue-by-prefix")}" "
                                    {match item.author_href.clone() {
                                        Some(href) => view! { <a href=href>{item.author.clone()}</a> }.into_any(),
                                        None => view! { <span>{item.author.clone()}</span> }.into_any(),
                                    }}
                                </span>
                            </td>
                            <td class="nhsuk-table__cell">
                                {item.state.clone()}
                                {(!item.reasons.is_empty()).then(|| view! {
                                    <ul class="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                                        {item.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}
                                    </ul>
                                })}
                                {(!item.flagged.is_empty()).then(|| view! {
                                    <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s nhsuk-u-margin-bottom-0 app-flagged">
                                        {item.flagged.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                                    </ul>
                                })}
                                {item.text.clone().map(|text| view! {
                                    <blockquote class="nhsuk-body-s app-held-text">{text}</blockquote>
                                })}
                                {(!item.reporters.is_empty()).then(|| view! { <Reporters reporters=item.reporters.clone()/> })}
                            </td>
                            <td class="nhsuk-table__cell">{item.when.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    })
}

/// Who reported an item, each with their standing: a wave of reports from accounts made
/// yesterday reads differently from three long-standing members.
#[component]
fn Reporters(reporters: Vec<ReporterLine>) -> impl IntoView {
    let summary = t!("queue-reporters", count = reporters.len());
    view! {
        <details class="nhsuk-details nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{summary}</span>
            </summary>
            <div class="nhsuk-details__text">
                <ul class="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0 app-reporters">
                    {reporters.into_iter().map(|r| view! {
                        <li>
                            {match r.href {
                                Some(href) => view! { <a href=href>{r.name}</a> }.into_any(),
                                None => view! { <span>{r.name}</span> }.into_any(),
                            }}
                            <br/>{r.standing}
                            <br/>{if r.counts { t!("queue-counts") } else { t!("queue-new-reporter") }}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        </details>
    }
}

/// The rules as reason templates, for the moderators' drop-down lists.
pub fn rule_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), t!("rule-none")))
        .chain(
            ReportReason::ALL
                .iter()
                .map(|r| (r.key().to_owned(), crate::i18n::tr(r.rule_key()))),
        )
        .collect()
}

/// `GET /ideas/{id_slug}/report`, `GET /comments/{comment_id}/report` and
/// `GET /directory/{id_slug}/report`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let params = use_params_map();
    let location = leptos_router::hooks::use_location();
    let target = move || {
        let listing = location.pathname.with(|p| p.starts_with("/directory/"));
        params.with(|p| {
            if let Some(id_slug) = p.get("id_slug") {
                let (subject, base) = if listing {
                    ("listing", "directory")
                } else {
                    ("idea", "ideas")
                };
                crate::domain::slug::parse_id(&id_slug)
                    .map(|id| (subject.to_owned(), id, format!("/{base}/{id_slug}/report")))
            } else {
                p.get("comment_id")
                    .and_then(|id| id.parse::<i64>().ok())
                    .map(|id| ("comment".to_owned(), id, format!("/comments/{id}/report")))
            }
        })
    };
    let data = Resource::new(target, |target| async move {
        let context = match &target {
            Some((subject, id, _)) => get_report_context(subject.clone(), *id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (
            context,
            submitted::<ReportForm>().await,
            target.map(|t| t.2).unwrap_or_default(),
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), submission, action) => view! { <ReportView context submission action/> }.into_any(),
                    (Err(err), _, here) => view! { <Refused err here/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReportView(
    context: ReportContext,
    submission: Option<Submitted<ReportForm>>,
    action: String,
) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: ReportForm::default(),
        errors: FieldErrors::new(),
    });
    let heading = t!("report-heading", what = context.what.as_str());
    let reasons = ReportReason::ALL
        .iter()
        .map(|r| (r.key().to_owned(), crate::i18n::tr(r.label_key())))
        .collect();
    view! {
        <PageMeta title=form_title(&heading, &errors) description=t!("report-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=context.back.clone() class="nhsuk-back-link__link">{t!("back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">{t!("report-reporting")}" "</span>
            <p>{context.title}</p>
        </div>
        <p class="nhsuk-body">{t!("report-intro")}</p>
        <form method="post" action=action novalidate>
            <Radios id="reason" name="reason" legend=t!("report-why") options=reasons value=values.reason errors=errors.clone()/>
            <TextArea id="detail" name="detail" label=t!("report-detail") value=values.detail errors=errors.clone() rows=3/>
            <button class="nhsuk-button" type="submit">{t!("report-send")}</button>
        </form>
    }
}

/// `GET /moderation-log`: what moderators removed or changed, and why, without names.
#[component]
pub fn ModerationLogPage() -> impl IntoView {
    let entries = Resource::new(|| (), |_| get_public_log());
    view! {
        <PageMeta title=t!("log-title") description=t!("log-description") shared=Shared::Website/>
        <h1 class="nhsuk-heading-xl">{t!("log-title")}</h1>
        <p class="nhsuk-body">{t!("log-intro")}</p>
        <h2 class="nhsuk-heading-m">{t!("log-rules")}</h2>
        <p class="nhsuk-body">{t!("log-rules-body")}</p>
        <h2 class="nhsuk-heading-m">{t!("log-latest")}</h2>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(entries) if entries.is_empty() => view! { <p class="nhsuk-body">{t!("log-empty")}</p> }.into_any(),
                    Ok(entries) => view! {
                        <table class="nhsuk-table">
                            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{t!("log-caption")}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">{t!("log-date")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("log-what")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("log-why")}</th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {entries.into_iter().map(|e| view! {
                                    <tr class="nhsuk-table__row">
                                        <td class="nhsuk-table__cell">{e.when}</td>
                                        <td class="nhsuk-table__cell">{e.what}</td>
                                        <td class="nhsuk-table__cell">{e.reason.unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/moderation-log".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /moderation/people/{id}`: a person's account as moderators see it, with the
/// forms to suspend it (to the end of a day) and to reinstate it.
#[component]
pub fn PersonPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let data = Resource::new(id, |id| async move {
        let person = match id {
            Some(id) => get_person(id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (
            person,
            submitted::<SuspendForm>().await,
            id.map(super::paths::person).unwrap_or_default(),
        )
    });
    let query = use_query_map();
    let done = move || {
        query.with(|q| match q.get_str("done") {
            Some("suspended") => Some(t!("person-done-suspended")),
            Some("reinstated") => Some(t!("person-done-reinstated")),
            _ => None,
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(person), submission, _) => view! {
                        {done().map(|m| view! { <Banner message=m success=true/> })}
                        <PersonDetail person submission/>
                    }.into_any(),
                    (Err(err), _, here) => view! { <Refused err here/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PersonDetail(person: PersonView, submission: Option<Submitted<SuspendForm>>) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: SuspendForm::default(),
        errors: FieldErrors::new(),
    });
    let heading = person.name.clone();
    view! {
        <PageMeta title=form_title(&heading, &errors) description=t!("person-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href="/moderation" class="nhsuk-back-link__link">{t!("person-back")}</a>
        </nav>
        <span class="nhsuk-caption-l">{t!("person-caption")}</span>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("profile-segment")}</dt>
                <dd class="nhsuk-summary-list__value">{person.segment.clone().unwrap_or_default()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("account-role")}</dt>
                <dd class="nhsuk-summary-list__value">{person.role.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("person-joined")}</dt>
                <dd class="nhsuk-summary-list__value">{person.joined.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("person-contributions")}</dt>
                <dd class="nhsuk-summary-list__value">{t!("person-counts", ideas = person.ideas, comments = person.comments)}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("person-suspension")}</dt>
                <dd class="nhsuk-summary-list__value suspension-state">
                    {match &person.suspension {
                        Some(s) => t!("person-suspended", until = s.until.as_str(), reason = s.reason.as_str()),
                        None => t!("person-not-suspended"),
                    }}
                </dd>
            </div>
        </dl>
        {match (person.can_suspend, person.suspension.is_some()) {
            (false, _) => view! {
                <p class="nhsuk-body">{t!("person-cannot")}</p>
            }.into_any(),
            (true, true) => view! {
                <form method="post" action=super::paths::reinstate(person.id) novalidate>
                    <h2 class="nhsuk-heading-m">{t!("person-reinstate")}</h2>
                    <p class="nhsuk-body">{t!("person-reinstate-explained")}</p>
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("person-reinstate-button")}</button>
                </form>
            }.into_any(),
            (true, false) => view! {
                <form method="post" action=super::paths::suspend(person.id) novalidate>
                    <h2 class="nhsuk-heading-m">{t!("person-suspend")}</h2>
                    <p class="nhsuk-body">{t!("person-suspend-explained")}</p>
                    <TextInput id="until" name="until" label=t!("person-until")
                        hint=t!("person-until-hint")
                        value=values.until errors=errors.clone() input_type="date"/>
                    <Select id="template" name="template" label=t!("person-rule")
                        options=rule_options() value=values.template errors=errors.clone()/>
                    <TextArea id="reason" name="reason" label=t!("queue-own-words")
                        value=values.reason errors=errors.clone() rows=2/>
                    <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("person-suspend-button")}</button>
                </form>
            }.into_any(),
        }}
        <h2 class="nhsuk-heading-m">{t!("person-record")}</h2>
        {if person.record.is_empty() {
            view! { <p class="nhsuk-body">{t!("person-no-record")}</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">{t!("person-record-caption")}</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">{t!("person-when")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("person-what")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("person-by")}</th>
                            <th class="nhsuk-table__header" scope="col">{t!("person-why")}</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                        {person.record.into_iter().map(|e| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell">{e.when}</td>
                                <td class="nhsuk-table__cell">{e.what}</td>
                                <td class="nhsuk-table__cell">{e.by}</td>
                                <td class="nhsuk-table__cell">{e.reason.unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

/// `GET /account/suspended`: why and until when the signed-in person is suspended; also
/// the answer (403) to anything they try to do while suspended.
#[component]
pub fn SuspendedPage() -> impl IntoView {
    let user = Resource::new(
        || (),
        |_| crate::features::accounts::api::get_current_user(),
    );
    view! {
        <PageMeta title=t!("suspended-title") description=t!("suspended-description") shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => match user.suspension {
                        Some(suspension) => view! {
                            <h1 class="nhsuk-heading-xl">{t!("suspended-title")}</h1>
                            <p class="nhsuk-body suspension-message">{suspension.message()}</p>
                            <p class="nhsuk-body">{t!("suspended-mistake")}</p>
                            <ul class="nhsuk-list">
                                <li><a href="/account">{t!("suspended-account-link")}</a></li>
                                <li><a href="/moderation-log">{t!("suspended-rules-link")}</a></li>
                            </ul>
                        }.into_any(),
                        None => view! {
                            <h1 class="nhsuk-heading-xl">{t!("suspended-not")}</h1>
                            <p class="nhsuk-body"><a href="/">{t!("go-home")}</a></p>
                        }.into_any(),
                    },
                    Ok(None) => view! {
                        <Refused err=crate::error::AppError::Unauthorized here="/account/suspended".to_owned()/>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/account/suspended".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /moderation/ideas/{id}/edit`: a moderator changes an idea's words (to take out
/// personal details, say); every earlier version is kept and listed.
#[component]
pub fn IdeaEditPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let data = Resource::new(id, |id| async move {
        let context = match id {
            Some(id) => get_idea_edit(id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (
            context,
            submitted::<IdeaEditForm>().await,
            id.map(|id| format!("/moderation/ideas/{id}/edit"))
                .unwrap_or_default(),
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), submission, here) => view! { <IdeaEditView context submission here/> }.into_any(),
                    (Err(err), _, here) => view! { <Refused err here/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn IdeaEditView(
    context: IdeaEditContext,
    submission: Option<Submitted<IdeaEditForm>>,
    here: String,
) -> impl IntoView {
    let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
        values: IdeaEditForm::from_words(&context.words),
        errors: FieldErrors::new(),
    });
    view! {
        <PageMeta title=form_title(&t!("edit-title"), &errors) description=t!("edit-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=context.href.clone() class="nhsuk-back-link__link">{t!("edit-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{t!("edit-title")}</h1>
        <p class="nhsuk-body">{t!("edit-intro")}</p>
        <form method="post" action=here novalidate>
            <TextInput id="title" name="title" label=t!("new-idea-field-title") value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label=t!("new-idea-field-summary")
                hint=t!("change-idea-summary-hint", max = crate::i18n::grouped(crate::features::ideas::submit::SUMMARY_MAX))
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="description" name="description" label=t!("new-idea-field-description")
                hint=t!("edit-description-hint", max = crate::i18n::grouped(crate::features::ideas::submit::DESCRIPTION_MAX))
                value=values.description errors=errors.clone() rows=10/>
            <Select id="template" name="template" label=t!("edit-rule")
                options=rule_options() value=values.template errors=errors.clone()/>
            <TextArea id="reason" name="reason" label=t!("edit-why")
                value=values.reason errors=errors.clone() rows=2/>
            <button class="nhsuk-button" type="submit">{t!("edit-save")}</button>
        </form>
        <h2 class="nhsuk-heading-m">{t!("edit-earlier")}</h2>
        {if context.history.is_empty() {
            view! { <p class="nhsuk-body">{t!("edit-none")}</p> }.into_any()
        } else {
            view! { <crate::features::ideas::components::EarlierVersions versions=context.history/> }.into_any()
        }}
    }
}
