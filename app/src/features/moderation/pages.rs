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
            "Approve and publish (ideas and comments waiting)".to_owned(),
        ),
        (
            "reject".to_owned(),
            "Reject (ideas and comments waiting)".to_owned(),
        ),
        ("hide".to_owned(), "Hide".to_owned()),
        ("restore".to_owned(), "Restore (hidden items)".to_owned()),
        (
            "dismiss".to_owned(),
            "Keep as it is, and close its reports".to_owned(),
        ),
        ("lock".to_owned(), "Lock comments (ideas)".to_owned()),
        ("unlock".to_owned(), "Unlock comments (ideas)".to_owned()),
    ];
    let rules = rule_options();
    let empty = queue.pending.is_empty() && queue.reported.is_empty();
    let listings = queue.listings.clone();
    let reported_first = queue.pending.is_empty();
    let selected = values.selected.clone();
    view! {
        <PageMeta title=form_title("Moderation", &errors) description="Reports and new ideas waiting for a moderator." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">"Moderation"</h1>
        <ul class="nhsuk-list">
            <li><a href="/moderation/listings">{format!("Directory listings to review ({})", queue.listings.len())}</a></li>
            <li><a href="/moderation-log">"The public moderation log"</a></li>
            <li><a href="/analysis">"Analysis of the responses"</a></li>
            <li><a href=crate::features::integrity::paths::PAGE>"Vote integrity: signs that support did not come from a crowd"</a></li>
        </ul>
        {(!listings.is_empty()).then(|| view! {
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption">"Directory listings waiting for review, oldest first"</caption>
                <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="col">"Listing"</th>
                        <th class="nhsuk-table__header" scope="col">"What"</th>
                        <th class="nhsuk-table__header" scope="col">"Sent"</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    {listings.into_iter().map(|l| view! {
                        <tr class="nhsuk-table__row">
                            <td class="nhsuk-table__cell">
                                <a href=crate::features::directory::paths::review(l.id)>{l.name}</a>
                                <br/><span class="nhsuk-body-s">{format!("By {}", l.organisation)}</span>
                            </td>
                            <td class="nhsuk-table__cell">{if l.is_update { "Changes to a published listing" } else { "New listing" }}</td>
                            <td class="nhsuk-table__cell">{l.submitted_on}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        {if empty {
            view! { <p class="nhsuk-body">"No ideas to approve and no open reports."</p> }.into_any()
        } else {
            view! {
                <form method="post" action=super::paths::QUEUE novalidate>
                    <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_selection_error>
                        {selection_error.map(|m| view! {
                            <span class="nhsuk-error-message" id="selected-error">
                                <span class="nhsuk-u-visually-hidden">{crate::t!("error-prefix")}" "</span>{m}
                            </span>
                        })}
                        <QueueTable caption="Waiting for a moderator: held by the safety check (words of risk first), then oldest first" items=queue.pending selected=selected.clone() first=true/>
                        <QueueTable caption="Reported ideas, comments and listings, most reported first" items=queue.reported selected=selected first=reported_first/>
                    </div>
                    <Radios id="action" name="action" legend="What to do with the ticked items" options=actions
                        value=values.action errors=errors.clone()/>
                    <Select id="template" name="template" label="The rule it breaks"
                        hint="A rule, your own words below, or both are needed to reject or hide. The author is told the reason, and it appears in the public moderation log (without names)."
                        options=rules value=values.template errors=errors.clone()/>
                    <TextArea id="reason" name="reason" label="Reason in your own words (optional with a rule)"
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
                                <br/><span class="nhsuk-body-s">"By "
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
    let summary = match reporters.len() {
        1 => "Who reported it".to_owned(),
        n => format!("Who reported it ({n} people)"),
    };
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
                            <br/>{if r.counts { "Counts towards hiding" } else { "New to the site: does not count towards hiding" }}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        </details>
    }
}

/// The rules as reason templates, for the moderators' drop-down lists.
pub fn rule_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), "None: my own words only".to_owned()))
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
        .map(|r| (r.key().to_owned(), crate::i18n::tr(r.label_key())))
        .collect();
    view! {
        <PageMeta title=form_title(&heading, &errors) description="Tell the moderators what is wrong, and they will look at it." shared=Shared::Private/>
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
        <PageMeta title="Moderation log" description="Every moderation decision and its reason: what was hidden, restored, merged or declined, and why." shared=Shared::Website/>
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
            Some("suspended") => Some("The account is suspended.".to_owned()),
            Some("reinstated") => Some("The account is reinstated.".to_owned()),
            _ => None,
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
        <PageMeta title=form_title(&heading, &errors) description="A person's contributions and account, for moderators." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href="/moderation" class="nhsuk-back-link__link">"Back to moderation"</a>
        </nav>
        <span class="nhsuk-caption-l">"Account"</span>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"I am a…"</dt>
                <dd class="nhsuk-summary-list__value">{person.segment.clone().unwrap_or_default()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Role"</dt>
                <dd class="nhsuk-summary-list__value">{person.role.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Joined"</dt>
                <dd class="nhsuk-summary-list__value">{person.joined.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Ideas and comments"</dt>
                <dd class="nhsuk-summary-list__value">{format!("{} ideas, {} comments", person.ideas, person.comments)}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Suspension"</dt>
                <dd class="nhsuk-summary-list__value suspension-state">
                    {match &person.suspension {
                        Some(s) => format!("Suspended until the end of {}. {}", s.until, s.reason),
                        None => "Not suspended".to_owned(),
                    }}
                </dd>
            </div>
        </dl>
        {match (person.can_suspend, person.suspension.is_some()) {
            (false, _) => view! {
                <p class="nhsuk-body">"You cannot suspend this account: it is yours, or its role is the same as yours or above."</p>
            }.into_any(),
            (true, true) => view! {
                <form method="post" action=super::paths::reinstate(person.id) novalidate>
                    <h2 class="nhsuk-heading-m">"Reinstate"</h2>
                    <p class="nhsuk-body">"They can take part again at once."</p>
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Reinstate the account"</button>
                </form>
            }.into_any(),
            (true, false) => view! {
                <form method="post" action=super::paths::suspend(person.id) novalidate>
                    <h2 class="nhsuk-heading-m">"Suspend"</h2>
                    <p class="nhsuk-body">"While suspended they can read, and download or delete their data, but not put forward ideas, support, comment, report or list apps. They are told until when and why."</p>
                    <TextInput id="until" name="until" label="Last day of the suspension"
                        hint="The suspension ends at midnight UK time at the end of this day."
                        value=values.until errors=errors.clone() input_type="date"/>
                    <Select id="template" name="template" label="The rule broken"
                        options=rule_options() value=values.template errors=errors.clone()/>
                    <TextArea id="reason" name="reason" label="Reason in your own words (optional with a rule)"
                        value=values.reason errors=errors.clone() rows=2/>
                    <button class="nhsuk-button nhsuk-button--warning" type="submit">"Suspend the account"</button>
                </form>
            }.into_any(),
        }}
        <h2 class="nhsuk-heading-m">"Record"</h2>
        {if person.record.is_empty() {
            view! { <p class="nhsuk-body">"No suspensions."</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Suspensions and reinstatements, newest first"</caption>
                    <thead class="nhsuk-table__head">
                        <tr class="nhsuk-table__row">
                            <th class="nhsuk-table__header" scope="col">"When"</th>
                            <th class="nhsuk-table__header" scope="col">"What"</th>
                            <th class="nhsuk-table__header" scope="col">"By"</th>
                            <th class="nhsuk-table__header" scope="col">"Why"</th>
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
        <PageMeta title="Your account is suspended" description="Why your account is suspended, and what you can still do." shared=Shared::Private/>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => match user.suspension {
                        Some(suspension) => view! {
                            <h1 class="nhsuk-heading-xl">"Your account is suspended"</h1>
                            <p class="nhsuk-body suspension-message">{suspension.message()}</p>
                            <p class="nhsuk-body">"If you think this is a mistake, reply to the moderators through the organisation running the campaign."</p>
                            <ul class="nhsuk-list">
                                <li><a href="/account">"Your account, your data and deleting it"</a></li>
                                <li><a href="/moderation-log">"The rules and the public moderation log"</a></li>
                            </ul>
                        }.into_any(),
                        None => view! {
                            <h1 class="nhsuk-heading-xl">"Your account is not suspended"</h1>
                            <p class="nhsuk-body"><a href="/">"Go to the home page"</a></p>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{LOADING}</p> }>
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
        <PageMeta title=form_title("Edit an idea", &errors) description="A moderator's edit of an idea, kept with the reason for it." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=context.href.clone() class="nhsuk-back-link__link">"Back to the idea"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">"Edit an idea"</h1>
        <p class="nhsuk-body">"Change only what breaks the rules. The words as they are now are kept below, the author is told why, and the public log says that a moderator edited it."</p>
        <form method="post" action=here novalidate>
            <TextInput id="title" name="title" label="Title" value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label="Summary"
                hint="Up to 280 characters."
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="description" name="description" label="Description"
                hint="Up to 10,000 characters. Markdown."
                value=values.description errors=errors.clone() rows=10/>
            <Select id="template" name="template" label="The rule the words broke"
                options=rule_options() value=values.template errors=errors.clone()/>
            <TextArea id="reason" name="reason" label="Why you are changing them (optional with a rule)"
                value=values.reason errors=errors.clone() rows=2/>
            <button class="nhsuk-button" type="submit">"Save the changes"</button>
        </form>
        <h2 class="nhsuk-heading-m">"Earlier versions"</h2>
        {if context.history.is_empty() {
            view! { <p class="nhsuk-body">"Its words have not been changed."</p> }.into_any()
        } else {
            view! { <crate::features::ideas::components::EarlierVersions versions=context.history/> }.into_any()
        }}
    }
}
