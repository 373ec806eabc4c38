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
use crate::domain::assisted::{Channel, WITH_HELP};
use crate::domain::user::Segment;
use crate::forms::{FieldErrors, Submitted, rendered_with, submitted};
use crate::i18n::tr;
use crate::t;

/// `GET /assisted`: the people a helper acts for, and the form to record someone.
#[component]
pub fn AssistedPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        || (),
        |_| async { (helped_people().await, submitted::<PersonForm>().await) },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
                            <PageMeta title=form_title(&t!("assisted-title"), &errors) description=t!("assisted-description") shared=Shared::Private/>
                            <ErrorSummary errors=errors.clone()/>
                            {notice.map(|message| view! { <Banner message success=true/> })}
                            <h1 class="nhsuk-heading-xl">{t!("assisted-title")}</h1>
                            <p class="nhsuk-body">
                                {t!("assisted-intro", tag = tr(WITH_HELP))}
                            </p>
                            <p class="nhsuk-body"><a href=paths::IMPORT>{t!("assisted-import-link")}</a></p>
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
        Some("removed") => return Some(t!("assisted-done-removed")),
        _ => return None,
    }
    let mut message = t!(
        "assisted-imported",
        forms = count("people"),
        ideas = count("ideas"),
        held = count("held"),
        supports = count("supports")
    );
    let again = count("again");
    if again > 0 {
        message.push(' ');
        message.push_str(&t!("assisted-imported-again", count = again));
    }
    Some(message)
}

#[component]
fn PeopleTable(people: Vec<PersonRow>) -> impl IntoView {
    if people.is_empty() {
        return view! {
            <p class="nhsuk-body">{t!("assisted-none")}</p>
        }
        .into_any();
    }
    view! {
        <table role="table" class="nhsuk-table-responsive people-helped">
            <caption class="nhsuk-table__caption">{t!("assisted-people")}</caption>
            <thead role="rowgroup" class="nhsuk-table__head">
                <tr role="row" class="nhsuk-table__row">
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("assisted-name-shown")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("assisted-took-part")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("assisted-your-reference")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">{t!("assisted-ideas")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">{t!("assisted-supports")}</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {people.into_iter().map(|row| view! {
                    <tr role="row" class="nhsuk-table__row">
                        <Cell heading=t!("assisted-name-shown")>
                            <a href=paths::person(row.person.id)>{row.person.display_name}</a>
                        </Cell>
                        <Cell heading=t!("assisted-took-part")>{format!("{}, {}", row.person.channel, row.person.consented_on)}</Cell>
                        <Cell heading=t!("assisted-your-reference")>{row.person.reference.unwrap_or_default()}</Cell>
                        <Cell heading=t!("assisted-ideas") numeric=true>{row.ideas}</Cell>
                        <Cell heading=t!("assisted-supports") numeric=true>{row.supports}</Cell>
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
fn Cell(heading: String, #[prop(optional)] numeric: bool, children: Children) -> impl IntoView {
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
        .map(|c| (c.key().to_owned(), crate::i18n::tr(c.label_key())))
        .collect();
    let consent_error = errors.get("consent").map(str::to_owned);
    view! {
        <h2 class="nhsuk-heading-l">{t!("assisted-record")}</h2>
        <form method="post" action=paths::PEOPLE novalidate>
            <TextInput id="display-name" name="display_name" label=t!("assisted-name-label")
                hint=t!("assisted-name-hint", unnamed = crate::domain::assisted::UNNAMED)
                value=values.display_name errors=errors.clone()/>
            <Radios id="segment" name="segment" legend=t!("assisted-segment") options=segments value=values.segment errors=errors.clone()/>
            <Radios id="channel" name="channel" legend=t!("assisted-channel") options=channels value=values.channel errors=errors.clone()/>
            <TextInput id="reference" name="reference" label=t!("assisted-reference-label")
                hint=t!("assisted-reference-hint")
                value=values.reference errors=errors.clone()/>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=consent_error.is_some()>
                <fieldset class="nhsuk-fieldset" aria-describedby=consent_error.as_ref().map(|_| "consent-error")>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t!("assisted-their-consent")}</legend>
                    <FieldMessage id="consent".to_owned() error=consent_error.clone()/>
                    <div class="nhsuk-checkboxes">
                        <div class="nhsuk-checkboxes__item">
                            <input class="nhsuk-checkboxes__input" id="consent" name="consent" type="checkbox" value="yes"
                                checked=values.consent == "yes"/>
                            <label class="nhsuk-label nhsuk-checkboxes__label" for="consent">{t!("assisted-consent")}</label>
                        </div>
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">{t!("assisted-record-them")}</button>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
fn person_notice(done: Option<&str>) -> Option<(String, bool)> {
    let (key, help) = match done? {
        "added" => ("assisted-done-added", false),
        "idea" => ("assisted-done-idea", false),
        "idea-pending" => ("assisted-done-idea-pending", false),
        "idea-held" => ("assisted-done-idea-held", false),
        "idea-held-help" => ("assisted-done-idea-held-help", true),
        "supported" => ("assisted-done-supported", false),
        "withdrawn" => ("assisted-done-withdrawn", false),
        "partly" => ("assisted-done-partly", false),
        _ => return None,
    };
    Some((tr(key), help))
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
        <PageMeta title=form_title(&person.display_name, &all_errors) description=t!("assisted-person-description") shared=Shared::Private/>
        <ErrorSummary errors=all_errors/>
        {notice.map(|(message, help)| view! {
            <Banner message=message success=true/>
            {help.then(|| view! {
                <div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
                    <div class="nhsuk-card--care__heading-container">
                        <h2 class="nhsuk-card--care__heading">
                            <span role="text"><span class="nhsuk-u-visually-hidden">{format!("{} ", t!("assisted-urgent"))}</span>{t!("assisted-help-now")}</span>
                        </h2>
                        <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
                    </div>
                    <div class="nhsuk-card__content">
                        <p>{crate::t!("safeguarding-help-now")}</p>
                    </div>
                </div>
            })}
        })}
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=paths::PEOPLE class="nhsuk-back-link__link">{t!("assisted-back")}</a>
        </nav>
        <span class="nhsuk-caption-l">{t!("assisted-title")}</span>
        <h1 class="nhsuk-heading-xl">{person.display_name.clone()}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("assisted-they-are")}</dt>
                <dd class="nhsuk-summary-list__value">{person.segment.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("assisted-took-part")}</dt>
                <dd class="nhsuk-summary-list__value">{person.channel.clone()}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("assisted-consent-key")}</dt>
                <dd class="nhsuk-summary-list__value">
                    {match person.helper.clone() {
                        Some(helper) => t!("assisted-recorded-by", on = person.consented_on.clone(), helper = helper),
                        None => t!("assisted-recorded", on = person.consented_on.clone()),
                    }}
                </dd>
            </div>
            {person.reference.clone().map(|r| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{t!("assisted-your-reference")}</dt>
                    <dd class="nhsuk-summary-list__value">{r}</dd>
                </div>
            })}
        </dl>

        <h2 class="nhsuk-heading-l">{t!("assisted-put-forward")}</h2>
        {if open_campaigns.is_empty() {
            view! { <p class="nhsuk-body">{t!("assisted-no-campaign")}</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list">
                    {open_campaigns.into_iter().map(|c| view! {
                        <li><a href=c.href>{t!("assisted-put-forward-in", campaign = c.title)}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l" id="supports">{t!("assisted-support")}</h2>
        <form method="post" action=support_action.clone() novalidate>
            <TextInput id="ideas" name="ideas" label=t!("assisted-idea-numbers")
                hint=t!("assisted-idea-numbers-hint")
                value=values.ideas errors=errors.clone()/>
            <button class="nhsuk-button" type="submit">{t!("assisted-support-button")}</button>
        </form>
        {if supports.is_empty() {
            view! { <p class="nhsuk-body">{t!("assisted-no-supports")}</p> }.into_any()
        } else {
            view! {
                <h3 class="nhsuk-heading-m">{t!("assisted-they-support")}</h3>
                <ul class="nhsuk-list nhsuk-list--border helped-supports">
                    {supports.into_iter().map(|line| {
                        let action = support_action.clone();
                        let label = t!("assisted-withdraw-label", idea = line.id);
                        view! {
                            <li>
                                <IdeaLineView line=line.clone()/>
                                <form method="post" action=action class="inline-form">
                                    <input type="hidden" name="ideas" value=line.id.to_string()/>
                                    <input type="hidden" name="support" value="no"/>
                                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit" aria-label=label>
                                        {t!("assisted-withdraw")}
                                    </button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l">{t!("assisted-their-ideas")}</h2>
        {if ideas.is_empty() {
            view! { <p class="nhsuk-body">{t!("assisted-none-yet")}</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list nhsuk-list--border helped-ideas">
                    {ideas.into_iter().map(|line| view! { <li><IdeaLineView line/></li> }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l">{t!("assisted-remove-title")}</h2>
        <p class="nhsuk-body">
            {t!("assisted-remove-body", deleted = crate::domain::user::deleted_account())}
        </p>
        <form method="post" action=remove_action novalidate>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=asked_error.is_some()>
                <FieldMessage id="asked".to_owned() error=asked_error.clone()/>
                <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id="asked" name="asked" type="checkbox" value="yes"
                            aria-describedby=asked_error.as_ref().map(|_| "asked-error")/>
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="asked">{t!("assisted-asked")}</label>
                    </div>
                </div>
            </div>
            <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("assisted-remove")}</button>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
            errors.add("file", t!("import-rows-with-problems", count = n));
        }
    }
    let file_error = errors.get("file").map(str::to_owned);
    let ready = preview.as_ref().is_some_and(ImportPreview::is_ready);
    let title = if ready {
        t!("import-check-title")
    } else {
        t!("import-title")
    };
    view! {
        <PageMeta title=form_title(&title, &errors) description=t!("import-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=paths::PEOPLE class="nhsuk-back-link__link">{t!("assisted-back")}</a>
        </nav>
        <span class="nhsuk-caption-l">{t!("assisted-title")}</span>
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
                        {t!("import-button", count = n)}
                    </button>
                </form>
                <p class="nhsuk-body"><a href=paths::IMPORT>{t!("import-different-file")}</a></p>
            }.into_any()
        } else {
            view! {
                <p class="nhsuk-body">
                    {t!("import-intro")}
                </p>
                <form method="post" action=paths::IMPORT enctype="multipart/form-data" novalidate>
                    <div class="nhsuk-form-group nhsuk-file-upload" class:nhsuk-form-group--error=file_error.is_some()>
                        <label class="nhsuk-label" for="file">{t!("import-file")}</label>
                        <div class="nhsuk-hint" id="file-hint">{t!("import-file-hint")}</div>
                        <FieldMessage id="file".to_owned() error=file_error.clone()/>
                        <input class="nhsuk-file-upload__input" id="file" name="file" type="file" accept=".csv,text/csv"
                            aria-describedby=if file_error.is_some() { "file-hint file-error" } else { "file-hint" }/>
                    </div>
                    <button class="nhsuk-button" type="submit">{t!("import-check")}</button>
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
            <caption class="nhsuk-table__caption">{t!("import-rows")}</caption>
            <thead role="rowgroup" class="nhsuk-table__head">
                <tr role="row" class="nhsuk-table__row">
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("import-line")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("import-person")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("import-idea")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("assisted-supports")}</th>
                    <th role="columnheader" scope="col" class="nhsuk-table__header">{t!("import-check-column")}</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {preview.rows.into_iter().map(|row| {
                    let ok = row.problems.is_empty();
                    view! {
                        <tr role="row" class="nhsuk-table__row" class:import-preview__problem=!ok>
                            <Cell heading=t!("import-line")>{row.line}</Cell>
                            <Cell heading=t!("import-person")>{row.person}</Cell>
                            <Cell heading=t!("import-idea")>{row.idea.unwrap_or_default()}</Cell>
                            <Cell heading=t!("assisted-supports")>{row.supports}</Cell>
                            <Cell heading=t!("import-check-column")>
                                {if ok {
                                    view! { <strong class="nhsuk-tag nhsuk-tag--green">{t!("import-ready")}</strong> }.into_any()
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

/// The file's columns, as the import reads them, and what each holds.
const IMPORT_COLUMNS: [(&str, &str); 7] = [
    ("name", "import-column-name"),
    ("group", "import-column-group"),
    ("channel", "import-column-channel"),
    ("consent", "import-column-consent"),
    ("reference", "import-column-reference"),
    (
        "campaign, category, kind, title, summary, description, link",
        "import-column-idea",
    ),
    ("supports", "import-column-supports"),
];

#[component]
fn ImportHelp(context: ImportContext) -> impl IntoView {
    view! {
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{t!("import-needs")}</span>
            </summary>
            <div class="nhsuk-details__text">
                <p>{t!("import-header-before")}" "<a href=paths::TEMPLATE>{t!("import-template")}</a>{t!("import-header-after")}</p>
                <ul>
                    {IMPORT_COLUMNS.into_iter().map(|(columns, key)| view! {
                        <li><code>{columns}</code>{format!(": {}", tr(key))}</li>
                    }).collect_view()}
                </ul>
                {if context.campaigns.is_empty() {
                    view! { <p>{t!("import-no-campaign")}</p> }.into_any()
                } else {
                    view! {
                        <p>{t!("import-campaigns")}</p>
                        <ul>
                            {context.campaigns.into_iter().map(|c| view! {
                                <li>
                                    <code>{c.slug}</code>{format!(": {} ({})", c.title, c.phase.to_lowercase())}
                                    {(!c.categories.is_empty()).then(|| format!(". {}", t!("import-categories", categories = c.categories.join(", "))))}
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
