//! Drafts' pages: the list, a draft paragraph by paragraph with what people said of
//! each beside it, and administrators' form to publish or change one.

use leptos::prelude::*;

use crate::t;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{draft_for_edit, get_draft, list_drafts, may_publish_drafts};
use super::{DraftForm, DraftView, ParagraphCommentForm, ParagraphView, paths};
use crate::components::error_panel::Refused;
use crate::components::forms::{
    Banner, ErrorSummary, FieldMessage, LanguageChoice, TextArea, TextInput, form_title,
};
use crate::components::page_meta::{PageMeta, Shared};
use crate::forms::{FieldErrors, Submitted, submitted};

/// `GET /drafts`: every draft published for comment.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let drafts = Resource::new(|| (), |_| list_drafts());
    view! {
        <PageMeta title=t!("drafts-title") description=t!("drafts-description") shared=Shared::Website/>
        <h1 class="nhsuk-heading-xl">{t!("drafts-title")}</h1>
        <p class="nhsuk-body">{t!("drafts-intro")}</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match drafts.await {
                    Ok(list) if list.is_empty() => view! { <p class="nhsuk-body">{t!("drafts-none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="nhsuk-list drafts-list">
                            {list.into_iter().map(|d| {
                                let written = crate::i18n::lang_if_other(d.language);
                                view! {
                                <li class="nhsuk-card nhsuk-card--clickable">
                                    <div class="nhsuk-card__content">
                                        <h2 class="nhsuk-card__heading nhsuk-heading-m">
                                            <a class="nhsuk-card__link" href=paths::draft(&d.slug) lang=written>{d.title}</a>
                                        </h2>
                                        <p class="nhsuk-card__description" lang=written>{d.summary}</p>
                                        <p class="nhsuk-body-s">
                                            <strong class=format!("nhsuk-tag {}", d.phase.tag_class())>{crate::i18n::tr(d.phase.label_key())}</strong>
                                            {format!(" {} · {} · {}", d.window,
                                                t!("drafts-versions", count = d.versions),
                                                t!("drafts-comments", count = d.comments))}
                                        </p>
                                    </div>
                                </li>
                            }}).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(err) => view! { <Refused err here=paths::DRAFTS.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The banner after a form on a draft's page worked.
fn draft_notice(done: Option<&str>) -> Option<String> {
    Some(match done? {
        "published" => t!("draft-done-published"),
        "updated" => t!("draft-done-updated"),
        "commented" => t!("draft-done-commented"),
        "reacted" => t!("draft-done-reacted"),
        "hidden" => t!("draft-done-hidden"),
        "closed" => t!("draft-done-closed"),
        _ => return None,
    })
}

/// `GET /drafts/{slug}` (and `?version=N`): the draft, paragraph by paragraph.
#[component]
pub fn DraftPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        (
            params.with(|p| p.get("slug").unwrap_or_default()),
            query.with(|q| q.get("version").and_then(|v| v.parse::<i32>().ok())),
        )
    };
    let data = Resource::new(key, |(slug, version)| async move {
        (
            get_draft(slug, version).await,
            submitted::<ParagraphCommentForm>().await,
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(draft), comment) => {
                        let notice = query.with_untracked(|q| draft_notice(q.get("done").as_deref()));
                        view! { <DraftView draft comment notice/> }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::draft(&key().0)/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DraftView(
    draft: DraftView,
    comment: Option<Submitted<ParagraphCommentForm>>,
    notice: Option<String>,
) -> impl IntoView {
    let errors = comment
        .as_ref()
        .map(|c| c.errors.clone())
        .unwrap_or_default();
    let slug = draft.slug.clone();
    let older = draft.version != draft.latest;
    let earlier: Vec<_> = draft
        .versions
        .iter()
        .filter(|v| v.number != draft.version)
        .cloned()
        .collect();
    let this_version = draft
        .versions
        .iter()
        .find(|v| v.number == draft.version)
        .cloned();
    let context = StoredValue::new((draft.clone(), comment));
    // The administrator's words in their language, where the page's is the other.
    let written = crate::i18n::lang_if_other(draft.language);
    view! {
        <PageMeta title=form_title(&draft.title, &errors) description=draft.summary.clone() shared=Shared::Article/>
        <ErrorSummary errors=errors.clone()/>
        {notice.map(|message| view! { <Banner message=message success=true/> })}
        <span class="nhsuk-caption-l">{t!("draft-caption")}</span>
        <h1 class="nhsuk-heading-xl" lang=written>{draft.title.clone()}</h1>
        <p class="nhsuk-body-l" lang=written>{draft.summary.clone()}</p>
        <p class="nhsuk-body">
            <strong class=format!("nhsuk-tag {}", draft.phase.tag_class())>{crate::i18n::tr(draft.phase.label_key())}</strong>
            " "{t!("draft-window", window = draft.window.clone())}
        </p>
        <p class="nhsuk-body draft-version">
            {t!("draft-version-of", version = draft.version, latest = draft.latest)}
            {this_version.map(|v| {
                let note = v
                    .note
                    .map(|note| format!(" {}", t!("draft-what-changed", note = note)))
                    .unwrap_or_default();
                format!("{}{note}", t!("draft-published-on", on = v.published_on))
            })}
        </p>
        {older.then(|| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">{format!("{} ", t!("information"))}</span>
                <p>{t!("draft-earlier")}" "
                    <a href=paths::draft(&slug)>{t!("draft-read-newest")}</a>
                </p>
            </div>
        })}
        {(!earlier.is_empty()).then(|| view! {
            <nav aria-label=t!("draft-versions-label") class="draft-versions">
                <p class="nhsuk-body">{t!("draft-other-versions")}" "
                    {earlier.into_iter().map(|v| view! {
                        <a href=paths::version(&draft.slug, v.number)>{t!("draft-version-link", version = v.number, on = v.published_on.clone())}</a>" "
                    }).collect_view()}
                </p>
            </nav>
        })}
        {(!draft.changes.is_empty()).then(|| view! { <Changes draft=draft.clone()/> })}
        {(draft.can_moderate || draft.can_edit).then(|| view! {
            <ul class="nhsuk-list draft-tools">
                {draft.can_moderate.then(|| view! { <li><a href=paths::csv(&draft.slug) download>{t!("draft-download")}</a></li> })}
                {draft.can_edit.then(|| view! { <li><a href=paths::edit(&draft.slug)>{t!("draft-change")}</a></li> })}
            </ul>
        })}
        {(!draft.signed_in && draft.phase == crate::domain::draft::DraftPhase::Open).then(|| view! {
            <p class="nhsuk-body">
                <a href=crate::features::accounts::paths::sign_in(&paths::draft(&draft.slug))>{t!("draft-sign-in")}</a>
                " "{t!("draft-sign-in-after")}
            </p>
        })}
        <h2 class="nhsuk-heading-l">{t!("draft-document")}</h2>
        {draft.paragraphs.clone().into_iter().map(|p| view! { <Paragraph paragraph=p context/> }).collect_view()}
    }
}

/// The version shown against the one before: paragraphs added and removed.
#[component]
fn Changes(draft: DraftView) -> impl IntoView {
    let added = draft.changes.iter().filter(|c| c.kind == "added").count();
    let removed = draft.changes.iter().filter(|c| c.kind == "removed").count();
    view! {
        <details class="nhsuk-details draft-changes">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">
                    {t!("draft-changes", version = draft.version - 1, added = added, removed = removed)}
                </span>
            </summary>
            <div class="nhsuk-details__text">
                {draft.changes.into_iter().filter(|c| c.kind != "same").map(|c| {
                    if c.kind == "added" {
                        view! { <ins class="draft-change draft-change--added"><span class="nhsuk-u-visually-hidden">{format!("{} ", t!("draft-added"))}</span><div inner_html=c.html></div></ins> }.into_any()
                    } else {
                        view! { <del class="draft-change draft-change--removed"><span class="nhsuk-u-visually-hidden">{format!("{} ", t!("draft-removed"))}</span><div inner_html=c.html></div></del> }.into_any()
                    }
                }).collect_view()}
            </div>
        </details>
    }
}

/// One paragraph, with its supports, questions and comments beside it.
#[component]
fn Paragraph(
    paragraph: ParagraphView,
    context: StoredValue<(DraftView, Option<Submitted<ParagraphCommentForm>>)>,
) -> impl IntoView {
    let (draft, comment) = context.get_value();
    let n = paragraph.number;
    let field = format!("comment-{n}");
    let (value, errors) = match comment {
        Some(c) if c.values.paragraph.trim() == n.to_string() => (c.values.body, c.errors),
        _ => (String::new(), FieldErrors::new()),
    };
    let open_form = !errors.is_empty();
    let error = errors.get(&field).map(str::to_owned);
    let react = paths::react(&draft.slug);
    let counts = format!(
        "{} · {} · {}",
        t!("draft-supports-it", count = paragraph.supports),
        t!("draft-questions-it", count = paragraph.questions),
        t!("drafts-comments", count = paragraph.comments.len()),
    );
    let mine = paragraph.mine.clone();
    let reaction_button = move |key: &'static str, label: String, undo: String| {
        let chosen = mine.as_deref() == Some(key);
        let shown = if chosen { undo } else { label };
        let named = t!(
            "draft-reaction-label",
            action = shown.clone(),
            paragraph = n
        );
        view! {
            <form method="post" action=react.clone() class="inline-form">
                <input type="hidden" name="version" value=draft.version.to_string()/>
                <input type="hidden" name="paragraph" value=n.to_string()/>
                <input type="hidden" name="reaction" value=if chosen { "none" } else { key }/>
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit"
                    aria-label=named>
                    {shown}
                </button>
            </form>
        }
    };
    view! {
        <section class="draft-paragraph nhsuk-grid-row" id=format!("p-{n}") aria-label=t!("draft-paragraph", paragraph = n)>
            <div class="nhsuk-grid-column-two-thirds">
                <div class="draft-paragraph__text nhsuk-body" lang=crate::i18n::lang_if_other(draft.language) inner_html=paragraph.html></div>
            </div>
            <div class="nhsuk-grid-column-one-third draft-paragraph__talk">
                <p class="nhsuk-body-s draft-paragraph__counts">{t!("draft-paragraph-counts", paragraph = n, counts = counts)}</p>
                {draft.can_take_part.then(|| view! {
                    <div class="draft-paragraph__reactions">
                        {reaction_button("support", t!("draft-support"), t!("draft-support-undo"))}
                        {reaction_button("question", t!("draft-question"), t!("draft-question-undo"))}
                    </div>
                })}
                {(!paragraph.comments.is_empty()).then(|| view! {
                    <ul class="nhsuk-list draft-comments">
                        {paragraph.comments.into_iter().map(|c| view! {
                            <li class="draft-comment">
                                <p class="nhsuk-body-s">
                                    <strong>{c.author.name}</strong>
                                    {c.author.segment.map(|s| format!(" ({s})"))}
                                    {format!(" · {}", c.when)}
                                </p>
                                <div class="nhsuk-body-s" lang=crate::i18n::lang_if_other(c.language) inner_html=c.html></div>
                                {draft.can_moderate.then(|| view! {
                                    <form method="post" action=paths::hide(c.id) class="draft-comment__hide">
                                        <label class="nhsuk-label nhsuk-u-font-size-16" for=format!("hide-{}", c.id)>{t!("draft-hide-reason")}</label>
                                        <input class="nhsuk-input nhsuk-input--width-20" id=format!("hide-{}", c.id) name="reason" type="text"/>
                                        <button class="nhsuk-button nhsuk-button--warning nhsuk-button--small" type="submit">{t!("draft-hide")}</button>
                                    </form>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                // A refused comment comes back by its paragraph even when comments have
                // closed meanwhile, so its words can be copied.
                {(draft.can_take_part || open_form).then(|| view! {
                    <details class="nhsuk-details" open=open_form>
                        <summary class="nhsuk-details__summary">
                            <span class="nhsuk-details__summary-text">{t!("draft-comment-on", paragraph = n)}</span>
                        </summary>
                        <div class="nhsuk-details__text">
                            <form method="post" action=paths::comment(&draft.slug) novalidate>
                                <input type="hidden" name="version" value=draft.version.to_string()/>
                                <input type="hidden" name="paragraph" value=n.to_string()/>
                                <div class="nhsuk-form-group" class:nhsuk-form-group--error=error.is_some()>
                                    <label class="nhsuk-label" for=field.clone()>{t!("draft-your-comment", paragraph = n)}</label>
                                    <FieldMessage id=field.clone() error=error.clone()/>
                                    <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=error.is_some() id=field.clone() name="body" rows="4"
                                        aria-describedby=error.as_ref().map(|_| format!("{field}-error"))>{value}</textarea>
                                </div>
                                <button class="nhsuk-button nhsuk-button--small" type="submit">{t!("draft-post")}</button>
                            </form>
                        </div>
                    </details>
                })}
            </div>
        </section>
    }
}

/// `GET /admin/drafts/new`: an administrator publishes a draft for comment.
#[component]
pub fn NewDraftPage() -> impl IntoView {
    let data = Resource::new(
        || (),
        |_| async { (may_publish_drafts().await, submitted::<DraftForm>().await) },
    );
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(()), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: DraftForm::default(),
                            errors: FieldErrors::new(),
                        });
                        view! { <DraftFormView values errors action=paths::NEW.to_owned() latest=None/> }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::NEW.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/drafts/{slug}/edit`: an administrator changes a draft; new words become
/// a new version.
#[component]
pub fn EditDraftPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let data = Resource::new(slug, |slug| async move {
        (draft_for_edit(slug).await, submitted::<DraftForm>().await)
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(edit), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: edit.form.clone(),
                            errors: FieldErrors::new(),
                        });
                        view! { <DraftFormView values errors action=paths::edit(&edit.slug) latest=Some(edit.latest)/> }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::edit(&slug())/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DraftFormView(
    values: DraftForm,
    errors: FieldErrors,
    action: String,
    latest: Option<i32>,
) -> impl IntoView {
    let title = if latest.is_some() {
        t!("draft-form-change")
    } else {
        t!("draft-form-publish")
    };
    view! {
        <PageMeta title=form_title(&title, &errors) description=t!("draft-form-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{title}</h1>
        {latest.map(|n| view! {
            <p class="nhsuk-body">{t!("draft-form-newest", latest = n, next = n + 1)}</p>
        })}
        <form method="post" action=action novalidate>
            <LanguageChoice legend=t!("draft-form-language")
                hint=t!("draft-form-language-hint") value=values.language.clone() errors=errors.clone()/>
            <TextInput id="title" name="title" label=t!("draft-form-title") value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label=t!("draft-form-summary") hint=t!("draft-form-summary-hint")
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="body" name="body" label=t!("draft-document") hint=t!("draft-form-body-hint")
                value=values.body errors=errors.clone() rows=20/>
            <TextInput id="opens-at" name="opens_at" label=t!("draft-form-opens") hint=t!("draft-form-uk-time")
                value=values.opens_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="closes-at" name="closes_at" label=t!("draft-form-closes") hint=t!("draft-form-uk-time")
                value=values.closes_at errors=errors.clone() input_type="datetime-local"/>
            {latest.map(|_| view! {
                <TextArea id="note" name="note" label=t!("draft-form-note") hint=t!("draft-form-note-hint")
                    value=values.note.clone() errors=errors.clone() rows=3/>
            })}
            <button class="nhsuk-button" type="submit">{if latest.is_some() { t!("draft-form-save") } else { t!("draft-form-submit") }}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_reads() {
        for done in [
            "published",
            "updated",
            "commented",
            "reacted",
            "hidden",
            "closed",
        ] {
            assert!(draft_notice(Some(done)).is_some(), "{done}");
        }
        assert_eq!(draft_notice(Some("other")), None);
    }
}
