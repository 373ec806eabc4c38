//! The moderators' queue, the report page, and the public moderation log.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_public_log, get_queue, get_report_context};
use super::{BulkForm, ModerationQueue, QueueItem, ReportContext, ReportForm};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, Radios, TextArea, form_title};
use crate::domain::moderation::ReportReason;
use crate::forms::{FieldErrors, Submitted, submitted};

const LOADING: &str = "Loading…";

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
                .map(|n| match n {
                    1 => "1 item has been dealt with.".to_owned(),
                    n => format!("{n} items have been dealt with."),
                })
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
        (
            "approve".to_owned(),
            "Approve and publish (ideas waiting for approval)".to_owned(),
        ),
        (
            "reject".to_owned(),
            "Reject (ideas waiting for approval)".to_owned(),
        ),
        ("hide".to_owned(), "Hide".to_owned()),
        ("restore".to_owned(), "Restore (hidden items)".to_owned()),
        (
            "dismiss".to_owned(),
            "Keep as it is, and close its reports".to_owned(),
        ),
    ];
    let empty = queue.pending.is_empty() && queue.reported.is_empty();
    let reported_first = queue.pending.is_empty();
    let selected = values.selected.clone();
    view! {
        <Title text=form_title("Moderation", &errors)/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">"Moderation"</h1>
        <ul class="nhsuk-list">
            <li><a href="/moderation/listings">{format!("Directory listings to review ({})", queue.listings_waiting)}</a></li>
            <li><a href="/moderation-log">"The public moderation log"</a></li>
            <li><a href="/analysis">"Analysis of the responses"</a></li>
        </ul>
        {if empty {
            view! { <p class="nhsuk-body">"Nothing is waiting: no ideas to approve and no open reports."</p> }.into_any()
        } else {
            view! {
                <form method="post" action="/moderation" novalidate>
                    <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_selection_error>
                        {selection_error.map(|m| view! {
                            <span class="nhsuk-error-message" id="selected-error">
                                <span class="nhsuk-u-visually-hidden">"Error: "</span>{m}
                            </span>
                        })}
                        <QueueTable caption="Ideas waiting for approval, oldest first" items=queue.pending selected=selected.clone() first=true/>
                        <QueueTable caption="Reported ideas and comments, most reported first" items=queue.reported selected=selected first=reported_first/>
                    </div>
                    <Radios id="action" name="action" legend="What to do with the ticked items" options=actions
                        value=values.action errors=errors.clone()/>
                    <TextArea id="reason" name="reason" label="Reason"
                        hint="Needed to reject or hide. The author is told it, and it appears in the public moderation log (without names)."
                        value=values.reason errors=errors.clone() rows=2/>
                    <button class="nhsuk-button" type="submit">"Apply to the ticked items"</button>
                </form>
            }.into_any()
        }}
    }
}

#[component]
fn QueueTable(
    caption: &'static str,
    items: Vec<QueueItem>,
    selected: Vec<String>,
    first: bool,
) -> impl IntoView {
    (!items.is_empty()).then(|| view! {
        <table class="nhsuk-table">
            <caption class="nhsuk-table__caption">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">"Select"</th>
                    <th class="nhsuk-table__header" scope="col">"Item"</th>
                    <th class="nhsuk-table__header" scope="col">"State"</th>
                    <th class="nhsuk-table__header" scope="col">"Since"</th>
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
                                            <span class="nhsuk-u-visually-hidden">{format!("Select {}: {}", item.kind, item.title)}</span>
                                        </label>
                                    </div>
                                </div>
                            </td>
                            <td class="nhsuk-table__cell nhsuk-u-wrap-text">
                                <span class="nhsuk-body-s">{item.kind.clone()}</span><br/>
                                <a href=item.href.clone()>{item.title.clone()}</a>
                                <br/><span class="nhsuk-body-s">{format!("By {}", item.author)}</span>
                            </td>
                            <td class="nhsuk-table__cell">
                                {item.state.clone()}
                                {(!item.reasons.is_empty()).then(|| view! {
                                    <ul class="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                                        {item.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}
                                    </ul>
                                })}
                            </td>
                            <td class="nhsuk-table__cell">{item.when.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    })
}

/// `GET /ideas/{id_slug}/report` and `GET /comments/{comment_id}/report`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let params = use_params_map();
    let target = move || {
        params.with(|p| {
            if let Some(id_slug) = p.get("id_slug") {
                crate::features::ideas::pages::parse_id(&id_slug)
                    .map(|id| ("idea".to_owned(), id, format!("/ideas/{id_slug}/report")))
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
    let heading = format!("Report this {}", context.what);
    let reasons = ReportReason::ALL
        .iter()
        .map(|r| (r.key().to_owned(), r.label().to_owned()))
        .collect();
    view! {
        <Title text=form_title(&heading, &errors)/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=context.back.clone() class="nhsuk-back-link__link">"Back"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Reporting: "</span>
            <p>{context.title}</p>
        </div>
        <p class="nhsuk-body">"A moderator will look at it. If several people report it, it is hidden until they do. Nobody is told who reported it."</p>
        <form method="post" action=action novalidate>
            <Radios id="reason" name="reason" legend="Why are you reporting it?" options=reasons value=values.reason errors=errors.clone()/>
            <TextArea id="detail" name="detail" label="Anything a moderator should know (optional)" value=values.detail errors=errors.clone() rows=3/>
            <button class="nhsuk-button" type="submit">"Send the report"</button>
        </form>
    }
}

/// `GET /moderation-log`: what moderators removed or changed, and why, without names.
#[component]
pub fn ModerationLogPage() -> impl IntoView {
    let entries = Resource::new(|| (), |_| get_public_log());
    view! {
        <Title text="Moderation log"/>
        <h1 class="nhsuk-heading-xl">"Moderation log"</h1>
        <p class="nhsuk-body">"Everything moderators remove, restore or decide is listed here with the reason they gave, so that moderation happens in the open. Names and removed words are not shown."</p>
        <h2 class="nhsuk-heading-m">"The rules"</h2>
        <p class="nhsuk-body">"Ideas, comments and listings are removed when they are spam or advertising; offensive, abusive or hateful; share someone's personal or medical details; give misleading or unsafe health information; or are not about the campaign."</p>
        <h2 class="nhsuk-heading-m">"Latest actions"</h2>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(entries) if entries.is_empty() => view! { <p class="nhsuk-body">"Nothing has been moderated yet."</p> }.into_any(),
                    Ok(entries) => view! {
                        <table class="nhsuk-table">
                            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Moderation actions, newest first"</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">"Date"</th>
                                    <th class="nhsuk-table__header" scope="col">"What happened"</th>
                                    <th class="nhsuk-table__header" scope="col">"Why"</th>
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
