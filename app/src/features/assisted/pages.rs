//! Helpers' pages: the people they act for, one person's page, and importing paper
//! forms.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_import_context, helped_people, helped_person};
use super::{
    ImportContext, ImportPreview, PersonDetail, PersonForm, PersonRow, RemoveForm, SupportForm,
    paths,
};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, FieldMessage, Radios, TextInput, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::domain::assisted::{CONSENT, Channel, WITH_HELP};
use crate::domain::user::Segment;
use crate::forms::{FieldErrors, Submitted, rendered_with, submitted};

/// `GET /assisted`: the people a helper acts for, and the form to record someone.
#[component]
pub fn AssistedPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        || (),
        |_| async { (helped_people().await, submitted::<PersonForm>().await) },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(people), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: PersonForm::default(),
                            errors: FieldErrors::new(),
                        });
                        let notice = query.with_untracked(|q| imported_notice(
                            q.get("done").as_deref(),
                            |key| q.get(key).and_then(|n| n.parse().ok()).unwrap_or(0),
                        ));
                        view! {
                            <PageMeta title=form_title("Taking part with help", &errors) description="Put forward and support ideas for people who take part in person, by phone or on paper." shared=Shared::Private/>
                            <ErrorSummary errors=errors.clone()/>
                            {notice.map(|message| view! { <Banner message success=true/> })}
                            <h1 class="nhsuk-heading-xl">"Taking part with help"</h1>
                            <p class="nhsuk-body">
                                "For people who take part in person, by phone or on a paper form. Record each person once, with their consent; then put forward and support ideas for them. "
                                "They do not get a way to sign in, and what you put forward for them shows as “"{WITH_HELP}"”."
                            </p>
                            <p class="nhsuk-body"><a href=paths::IMPORT>"Import paper forms from a spreadsheet (CSV file)"</a></p>
                            <PeopleTable people/>
                            <PersonFormView values errors/>
                        }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::PEOPLE.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The banner after an import, from its counts in the address.
fn imported_notice(done: Option<&str>, count: impl Fn(&str) -> u64) -> Option<String> {
    match done {
        Some("imported") => {}
        Some("removed") => {
            return Some(
                "They have been removed: their supports are withdrawn and their name no longer shows with their ideas.".to_owned(),
            );
        }
        _ => return None,
    }
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut message = format!(
        "Imported {}: {} put forward ({} waiting for a moderator) and {}.",
        plural(count("people"), "paper form", "paper forms"),
        plural(count("ideas"), "idea", "ideas"),
        count("held"),
        plural(count("supports"), "support", "supports"),
    );
    match count("again") {
        0 => {}
        1 => message.push_str(" 1 row had been imported before and was left as it was."),
        n => message.push_str(&format!(
            " {n} rows had been imported before and were left as they were."
        )),
    }
    Some(message)
}

#[component]
fn PeopleTable(people: Vec<PersonRow>) -> impl IntoView {
    if people.is_empty() {
        return view! {
            <p class="nhsuk-body">"You have not recorded anyone yet."</p>
        }
        .into_any();
    }
    view! {
        <table role="table" class="nhsuk-table-responsive people-helped">
            <caption class="nhsuk-table__caption">"People you act for"</caption>
            <thead role="rowgroup" class="nhsuk-table__head">
                <tr role="row" class="nhsuk-table__row">
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Name shown"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Took part"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Your reference"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">"Ideas"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">"Supports"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {people.into_iter().map(|row| view! {
                    <tr role="row" class="nhsuk-table__row">
                        <Cell heading="Name shown">
                            <a href=paths::person(row.person.id)>{row.person.display_name}</a>
                        </Cell>
                        <Cell heading="Took part">{format!("{}, {}", row.person.channel, row.person.consented_on)}</Cell>
                        <Cell heading="Your reference">{row.person.reference.unwrap_or_default()}</Cell>
                        <Cell heading="Ideas" numeric=true>{row.ideas}</Cell>
                        <Cell heading="Supports" numeric=true>{row.supports}</Cell>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A cell of a responsive table (NHS.UK's): its column's heading is shown before it on
/// a phone, where the table's own header row is hidden.
#[component]
fn Cell(
    heading: &'static str,
    #[prop(optional)] numeric: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <td role="cell" class="nhsuk-table__cell" class:nhsuk-table__cell--numeric=numeric>
            <span class="nhsuk-table-responsive__heading" aria-hidden="true">{heading}" "</span>
            {children()}
        </td>
    }
}

#[component]
fn PersonFormView(values: PersonForm, errors: FieldErrors) -> impl IntoView {
    let segments = Segment::ALL
        .iter()
        .map(|s| (s.key().to_owned(), crate::i18n::tr(s.label_key())))
        .collect();
    let channels = Channel::ALL
        .iter()
        .map(|c| (c.key().to_owned(), c.label().to_owned()))
        .collect();
    let consent_error = errors.get("consent").map(str::to_owned);
    view! {
        <h2 class="nhsuk-heading-l">"Record someone"</h2>
        <form method="post" action=paths::PEOPLE novalidate>
            <TextInput id="display-name" name="display_name" label="Name shown with their ideas (optional)"
                hint="The name they want everyone to see, such as a first name. Leave it empty to show “A participant”."
                value=values.display_name errors=errors.clone()/>
            <Radios id="segment" name="segment" legend="They are a…" options=segments value=values.segment errors=errors.clone()/>
            <Radios id="channel" name="channel" legend="How did they take part?" options=channels value=values.channel errors=errors.clone()/>
            <TextInput id="reference" name="reference" label="Your reference (optional)"
                hint="For you to find them again, such as the paper form's number. Only helpers and moderators see it."
                value=values.reference errors=errors.clone()/>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=consent_error.is_some()>
                <fieldset class="nhsuk-fieldset" aria-describedby=consent_error.as_ref().map(|_| "consent-error")>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Their consent"</legend>
                    <FieldMessage id="consent".to_owned() error=consent_error.clone()/>
                    <div class="nhsuk-checkboxes">
                        <div class="nhsuk-checkboxes__item">
                            <input class="nhsuk-checkboxes__input" id="consent" name="consent" type="checkbox" value="yes"
                                checked=values.consent == "yes"/>
                            <label class="nhsuk-label nhsuk-checkboxes__label" for="consent">{CONSENT}</label>
                        </div>
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">"Record them"</button>
        </form>
    }
}

/// `GET /assisted/people/{id}`: one person: what was put forward and supported for
/// them, and the forms to do more.
#[component]
pub fn AssistedPersonPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let data = Resource::new(id, |id| async move {
        (
            helped_person(id).await,
            submitted::<SupportForm>().await,
            submitted::<RemoveForm>().await,
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(detail), submission, removal) => {
                        let done = query.with_untracked(|q| q.get("done"));
                        let removal_errors = removal.map(|r| r.errors).unwrap_or_default();
                        view! { <PersonView detail submission removal_errors done/> }.into_any()
                    }
                    (Err(err), _, _) => view! { <Refused err here=paths::person(id())/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What the person's page says after a form worked: the message, and whether to add
/// where to get help (an idea whose words suggest risk).
fn person_notice(done: Option<&str>) -> Option<(&'static str, bool)> {
    Some(match done? {
        "added" => (
            "They have been recorded. You can now put forward and support ideas for them.",
            false,
        ),
        "idea" => ("Their idea has been published.", false),
        "idea-pending" => (
            "Their idea will be published once a moderator has checked it.",
            false,
        ),
        "idea-held" => (
            "Their idea will wait for a moderator, who will check what the safety check found.",
            false,
        ),
        "idea-held-help" => (
            "Their idea will wait for a moderator. Its words suggest someone may be at risk: make sure they know where to get help.",
            true,
        ),
        "supported" => ("Their support has been counted.", false),
        "withdrawn" => ("Their support has been withdrawn.", false),
        "partly" => (
            "Some of it could not be done: a campaign changed meanwhile. Check the ideas they support below.",
            false,
        ),
        _ => return None,
    })
}

#[component]
fn PersonView(
    detail: PersonDetail,
    submission: Option<Submitted<SupportForm>>,
    removal_errors: FieldErrors,
    done: Option<String>,
) -> impl IntoView {
    let PersonDetail {
        person,
        ideas,
        supports,
        open_campaigns,
    } = detail;
    let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
        values: SupportForm::default(),
        errors: FieldErrors::new(),
    });
    let mut all_errors = errors.clone();
    for e in removal_errors.iter() {
        all_errors.add(&e.field, e.message.clone());
    }
    let asked_error = removal_errors.get("asked").map(str::to_owned);
    let remove_action = paths::remove(person.id);
    let notice = person_notice(done.as_deref());
    let support_action = paths::support(person.id);
    view! {
        <PageMeta title=form_title(&person.display_name, &all_errors) description="Put forward and support ideas for someone taking part with help." shared=Shared::Private/>
        <ErrorSummary errors=all_errors/>
        {notice.map(|(message, help)| view! {
            <Banner message=message.to_owned() success=true/>
            {help.then(|| view! {
                <div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
                    <div class="nhsuk-card--care__heading-container">
                        <h2 class="nhsuk-card--care__heading">
                            <span role="text"><span class="nhsuk-u-visually-hidden">"Urgent advice: "</span>"Where they can get help now"</span>
                        </h2>
                        <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
                    </div>
                    <div class="nhsuk-card__content">
                        <p>{crate::t!("safeguarding-help-now")}</p>
                    </div>
                </div>
            })}
        })}
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=paths::PEOPLE class="nhsuk-back-link__link">"Back to the people you act for"</a>
        </nav>
        <span class="nhsuk-caption-l">"Taking part with help"</span>
        <h1 class="nhsuk-heading-xl">{person.display_name.clone()}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"They are a"</dt>
                <dd class="nhsuk-summary-list__value">{person.segment.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Took part"</dt>
                <dd class="nhsuk-summary-list__value">{person.channel.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Consent"</dt>
                <dd class="nhsuk-summary-list__value">
                    {format!("Recorded on {}", person.consented_on)}
                    {person.helper.clone().map(|h| format!(" by {h}"))}
                </dd>
            </div>
            {person.reference.clone().map(|r| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">"Your reference"</dt>
                    <dd class="nhsuk-summary-list__value">{r}</dd>
                </div>
            })}
        </dl>

        <h2 class="nhsuk-heading-l">"Put forward an idea for them"</h2>
        {if open_campaigns.is_empty() {
            view! { <p class="nhsuk-body">"No campaign is taking ideas at the moment."</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list">
                    {open_campaigns.into_iter().map(|c| view! {
                        <li><a href=c.href>{format!("Put forward an idea in {}", c.title)}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l" id="supports">"Support ideas for them"</h2>
        <form method="post" action=support_action.clone() novalidate>
            <TextInput id="ideas" name="ideas" label="Idea numbers"
                hint="The numbers of the ideas they support, separated by commas, such as 12, 45. An idea's number starts its address: /ideas/12-… is idea 12."
                value=values.ideas errors=errors.clone()/>
            <button class="nhsuk-button" type="submit">"Support these ideas for them"</button>
        </form>
        {if supports.is_empty() {
            view! { <p class="nhsuk-body">"They do not support any ideas yet."</p> }.into_any()
        } else {
            view! {
                <h3 class="nhsuk-heading-m">"Ideas they support"</h3>
                <ul class="nhsuk-list nhsuk-list--border helped-supports">
                    {supports.into_iter().map(|line| {
                        let action = support_action.clone();
                        let label = format!("Withdraw their support for idea {}", line.id);
                        view! {
                            <li>
                                <IdeaLineView line=line.clone()/>
                                <form method="post" action=action class="inline-form">
                                    <input type="hidden" name="ideas" value=line.id.to_string()/>
                                    <input type="hidden" name="support" value="no"/>
                                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit" aria-label=label>
                                        "Withdraw their support"
                                    </button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l">"Ideas put forward for them"</h2>
        {if ideas.is_empty() {
            view! { <p class="nhsuk-body">"None yet."</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list nhsuk-list--border helped-ideas">
                    {ideas.into_iter().map(|line| view! { <li><IdeaLineView line/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l">"If they ask to be removed"</h2>
        <p class="nhsuk-body">
            "Their account is deleted as anyone's is when they delete it: their supports are withdrawn and their name no longer shows with their ideas, which stay as “Deleted account”. This cannot be undone."
        </p>
        <form method="post" action=remove_action novalidate>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=asked_error.is_some()>
                <FieldMessage id="asked".to_owned() error=asked_error.clone()/>
                <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id="asked" name="asked" type="checkbox" value="yes"
                            aria-describedby=asked_error.as_ref().map(|_| "asked-error")/>
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="asked">"They asked to be removed"</label>
                    </div>
                </div>
            </div>
            <button class="nhsuk-button nhsuk-button--warning" type="submit">"Remove them"</button>
        </form>
    }
}

#[component]
fn IdeaLineView(line: super::IdeaLine) -> impl IntoView {
    let title = format!("{}. {}", line.id, line.title);
    view! {
        {match line.href {
            Some(href) => view! { <a href=href>{title}</a> }.into_any(),
            None => view! { <span>{title}</span> }.into_any(),
        }}
        " "
        <span class="nhsuk-body-s">{format!("({})", line.state)}</span>
    }
}

/// `GET /assisted/import`: upload a CSV file of paper forms; the preview of every row;
/// and, when every row can be imported, the button that imports them.
#[component]
pub fn ImportPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async {
            (
                get_import_context().await,
                rendered_with::<ImportPreview>().await,
            )
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), preview) => view! { <ImportView context preview/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here=paths::IMPORT.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ImportView(context: ImportContext, preview: Option<ImportPreview>) -> impl IntoView {
    let mut errors = FieldErrors::new();
    if let Some(preview) = &preview {
        if let Some(problem) = &preview.file_problem {
            errors.add("file", problem.clone());
        } else if preview.rows_with_problems() > 0 {
            let n = preview.rows_with_problems();
            errors.add(
                "file",
                format!(
                    "{} of the file {} problems, listed below. Nothing has been imported: correct the file and upload it again",
                    if n == 1 { "1 row".to_owned() } else { format!("{n} rows") },
                    if n == 1 { "has" } else { "have" }
                ),
            );
        }
    }
    let file_error = errors.get("file").map(str::to_owned);
    let ready = preview.as_ref().is_some_and(ImportPreview::is_ready);
    let title = if ready {
        "Check the paper forms before importing them"
    } else {
        "Import paper forms"
    };
    view! {
        <PageMeta title=form_title(title, &errors) description="Import paper forms from a CSV file: ideas and supports for people taking part with help." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=paths::PEOPLE class="nhsuk-back-link__link">"Back to the people you act for"</a>
        </nav>
        <span class="nhsuk-caption-l">"Taking part with help"</span>
        <h1 class="nhsuk-heading-xl">{title}</h1>
        {preview.clone().filter(|p| !p.rows.is_empty()).map(|p| view! { <PreviewTable preview=p/> })}
        {if ready {
            let preview = preview.clone().unwrap_or_default();
            let n = preview.rows.len();
            view! {
                <form method="post" action=paths::IMPORT enctype="multipart/form-data">
                    <input type="hidden" name="csv" value=preview.csv/>
                    <input type="hidden" name="confirm" value="yes"/>
                    <button class="nhsuk-button" type="submit">
                        {if n == 1 { "Import 1 paper form".to_owned() } else { format!("Import {n} paper forms") }}
                    </button>
                </form>
                <p class="nhsuk-body"><a href=paths::IMPORT>"Choose a different file"</a></p>
            }.into_any()
        } else {
            view! {
                <p class="nhsuk-body">
                    "Type each paper form into one row of a spreadsheet, save it as a CSV file (“CSV UTF-8”), and upload it here. "
                    "You will see every row before anything is imported, and nothing is imported until every row is right."
                </p>
                <form method="post" action=paths::IMPORT enctype="multipart/form-data" novalidate>
                    <div class="nhsuk-form-group nhsuk-file-upload" class:nhsuk-form-group--error=file_error.is_some()>
                        <label class="nhsuk-label" for="file">"CSV file of paper forms"</label>
                        <div class="nhsuk-hint" id="file-hint">"Each person must have agreed, on their form, that their ideas and support are put forward for them."</div>
                        <FieldMessage id="file".to_owned() error=file_error.clone()/>
                        <input class="nhsuk-file-upload__input" id="file" name="file" type="file" accept=".csv,text/csv"
                            aria-describedby=if file_error.is_some() { "file-hint file-error" } else { "file-hint" }/>
                    </div>
                    <button class="nhsuk-button" type="submit">"Check the file"</button>
                </form>
                <ImportHelp context/>
            }.into_any()
        }}
    }
}

#[component]
fn PreviewTable(preview: ImportPreview) -> impl IntoView {
    view! {
        <table role="table" class="nhsuk-table-responsive import-preview">
            <caption class="nhsuk-table__caption">"The rows of the file"</caption>
            <thead role="rowgroup" class="nhsuk-table__head">
                <tr role="row" class="nhsuk-table__row">
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Line"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Person"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Idea"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Supports"</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">"Check"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {preview.rows.into_iter().map(|row| {
                    let ok = row.problems.is_empty();
                    view! {
                        <tr role="row" class="nhsuk-table__row" class:import-preview__problem=!ok>
                            <Cell heading="Line">{row.line}</Cell>
                            <Cell heading="Person">{row.person}</Cell>
                            <Cell heading="Idea">{row.idea.unwrap_or_default()}</Cell>
                            <Cell heading="Supports">{row.supports}</Cell>
                            <Cell heading="Check">
                                {if ok {
                                    view! { <strong class="nhsuk-tag nhsuk-tag--green">"Ready"</strong> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list nhsuk-error-message import-preview__problems">
                                            {row.problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {row.notes.into_iter().map(|n| view! { <p class="nhsuk-body-s">{n}</p> }).collect_view()}
                            </Cell>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn ImportHelp(context: ImportContext) -> impl IntoView {
    view! {
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"What the file needs"</span>
            </summary>
            <div class="nhsuk-details__text">
                <p>"A header row with these columns (start from "<a href=paths::TEMPLATE>"the template"</a>"):"</p>
                <ul>
                    <li>"name: the name to show (optional)"</li>
                    <li>"group: public, professional, developer or organisation"</li>
                    <li>"channel: in-person, phone or paper"</li>
                    <li>"consent: yes, only when they agreed"</li>
                    <li>"reference: your own reference, such as the form's number (optional)"</li>
                    <li>"campaign, category, kind (new or existing), title, summary, description, link: their idea, if they put one forward"</li>
                    <li>"supports: the numbers of the ideas they support, separated by commas"</li>
                </ul>
                {if context.campaigns.is_empty() {
                    view! { <p>"No campaign is taking ideas or support at the moment."</p> }.into_any()
                } else {
                    view! {
                        <p>"Campaigns now, by the short name the campaign column uses:"</p>
                        <ul>
                            {context.campaigns.into_iter().map(|c| view! {
                                <li>
                                    <code>{c.slug}</code>{format!(": {} ({})", c.title, c.phase.to_lowercase())}
                                    {(!c.categories.is_empty()).then(|| format!(". Categories: {}", c.categories.join(", ")))}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_import_notice_counts_what_was_imported() {
        let counts = |key: &str| match key {
            "people" => 3,
            "ideas" => 1,
            "held" => 0,
            "supports" => 5,
            "again" => 1,
            _ => 0,
        };
        assert_eq!(
            imported_notice(Some("imported"), counts).unwrap(),
            "Imported 3 paper forms: 1 idea put forward (0 waiting for a moderator) and 5 supports. 1 row had been imported before and was left as it was."
        );
        assert_eq!(imported_notice(Some("other"), counts), None);
    }

    #[test]
    fn every_notice_of_the_person_page_reads() {
        for done in [
            "added",
            "idea",
            "idea-pending",
            "idea-held",
            "idea-held-help",
            "supported",
            "withdrawn",
            "partly",
        ] {
            assert!(person_notice(Some(done)).is_some(), "{done}");
        }
        assert!(person_notice(Some("idea-held-help")).unwrap().1);
        assert_eq!(person_notice(Some("nope")), None);
    }
}
