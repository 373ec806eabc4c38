//! Drafts' pages: the list, a draft paragraph by paragraph with what people said of
//! each beside it, and administrators' form to publish or change one.

use leptos::prelude::*;

use crate::domain::plural;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{draft_for_edit, get_draft, list_drafts, may_publish_drafts};
use super::{DraftForm, DraftView, ParagraphCommentForm, ParagraphView, paths};
use crate::components::error_panel::Refused;
use crate::components::forms::{
    Banner, ErrorSummary, FieldMessage, TextArea, TextInput, form_title,
};
use crate::components::page_meta::{PageMeta, Shared};
use crate::forms::{FieldErrors, Submitted, submitted};

/// `GET /drafts`: every draft published for comment.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let drafts = Resource::new(|| (), |_| list_drafts());
    view! {
        <PageMeta title="Drafts for comment" description="Documents published for comment: comment on, support or question each paragraph." shared=Shared::Website/>
        <h1 class="nhsuk-heading-xl">"Drafts for comment"</h1>
        <p class="nhsuk-body">"Documents we are writing, published so that you can comment on them paragraph by paragraph, and say which parts you support or question, before they are final."</p>
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match drafts.await {
                    Ok(list) if list.is_empty() => view! { <p class="nhsuk-body">"There are no drafts for comment at the moment."</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="nhsuk-list drafts-list">
                            {list.into_iter().map(|d| view! {
                                <li class="nhsuk-card nhsuk-card--clickable">
                                    <div class="nhsuk-card__content">
                                        <h2 class="nhsuk-card__heading nhsuk-heading-m">
                                            <a class="nhsuk-card__link" href=paths::draft(&d.slug)>{d.title}</a>
                                        </h2>
                                        <p class="nhsuk-card__description">{d.summary}</p>
                                        <p class="nhsuk-body-s">
                                            <strong class=format!("nhsuk-tag {}", d.phase.tag_class())>{d.phase.label()}</strong>
                                            {format!(" {} · {} · {}", d.window,
                                                if d.versions == 1 { "1 version".to_owned() } else { format!("{} versions", d.versions) },
                                                if d.comments == 1 { "1 comment".to_owned() } else { format!("{} comments", d.comments) })}
                                        </p>
                                    </div>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(err) => view! { <Refused err here=paths::DRAFTS.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The banner after a form on a draft's page worked.
fn draft_notice(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "published" => "The draft has been published for comment.",
        "updated" => "The draft has been saved. New words are published as a new version.",
        "commented" => "Your comment has been posted.",
        "reacted" => "Thank you: what you think of this paragraph has been saved.",
        "hidden" => "The comment has been hidden.",
        "closed" => "This draft is not taking comments now.",
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
    notice: Option<&'static str>,
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
    view! {
        <PageMeta title=form_title(&draft.title, &errors) description=draft.summary.clone() shared=Shared::Article/>
        <ErrorSummary errors=errors.clone()/>
        {notice.map(|message| view! { <Banner message=message.to_owned() success=true/> })}
        <span class="nhsuk-caption-l">"Draft for comment"</span>
        <h1 class="nhsuk-heading-xl">{draft.title.clone()}</h1>
        <p class="nhsuk-body-l">{draft.summary.clone()}</p>
        <p class="nhsuk-body">
            <strong class=format!("nhsuk-tag {}", draft.phase.tag_class())>{draft.phase.label()}</strong>
            {format!(" Comments from {}.", draft.window)}
        </p>
        <p class="nhsuk-body draft-version">
            {format!("Version {} of {}", draft.version, draft.latest)}
            {this_version.map(|v| {
                let note = v.note.map(|note| format!(" What changed: {note}")).unwrap_or_default();
                format!(", published {}.{note}", v.published_on)
            })}
        </p>
        {older.then(|| view! {
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"This is an earlier version. Comments on it are kept here. "
                    <a href=paths::draft(&slug)>"Read the newest version and comment on it"</a>
                </p>
            </div>
        })}
        {(!earlier.is_empty()).then(|| view! {
            <nav aria-label="Versions" class="draft-versions">
                <p class="nhsuk-body">"Other versions: "
                    {earlier.into_iter().map(|v| view! {
                        <a href=paths::version(&draft.slug, v.number)>{format!("version {} ({})", v.number, v.published_on)}</a>" "
                    }).collect_view()}
                </p>
            </nav>
        })}
        {(!draft.changes.is_empty()).then(|| view! { <Changes draft=draft.clone()/> })}
        {(draft.can_moderate || draft.can_edit).then(|| view! {
            <ul class="nhsuk-list draft-tools">
                {draft.can_moderate.then(|| view! { <li><a href=paths::csv(&draft.slug) download>"Download every comment with its paragraph (CSV)"</a></li> })}
                {draft.can_edit.then(|| view! { <li><a href=paths::edit(&draft.slug)>"Change this draft"</a></li> })}
            </ul>
        })}
        {(!draft.signed_in && draft.phase == crate::domain::draft::DraftPhase::Open).then(|| view! {
            <p class="nhsuk-body">
                <a href=crate::features::accounts::paths::sign_in(&paths::draft(&draft.slug))>"Sign in to comment"</a>
                " on a paragraph, or to say whether you support or question it."
            </p>
        })}
        <h2 class="nhsuk-heading-l">"The document"</h2>
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
                    {format!(
                        "What changed from version {}: {} added or changed, {} removed or changed",
                        draft.version - 1,
                        plural(added as u64, "paragraph", "paragraphs"),
                        plural(removed as u64, "paragraph", "paragraphs"),
                    )}
                </span>
            </summary>
            <div class="nhsuk-details__text">
                {draft.changes.into_iter().filter(|c| c.kind != "same").map(|c| {
                    if c.kind == "added" {
                        view! { <ins class="draft-change draft-change--added"><span class="nhsuk-u-visually-hidden">"Added: "</span><div inner_html=c.html></div></ins> }.into_any()
                    } else {
                        view! { <del class="draft-change draft-change--removed"><span class="nhsuk-u-visually-hidden">"Removed: "</span><div inner_html=c.html></div></del> }.into_any()
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
        plural(paragraph.supports, "supports it", "support it"),
        plural(paragraph.questions, "questions it", "question it"),
        plural(paragraph.comments.len() as u64, "comment", "comments"),
    );
    let mine = paragraph.mine.clone();
    let reaction_button = move |key: &'static str, label: &'static str, undo: &'static str| {
        let chosen = mine.as_deref() == Some(key);
        view! {
            <form method="post" action=react.clone() class="inline-form">
                <input type="hidden" name="version" value=draft.version.to_string()/>
                <input type="hidden" name="paragraph" value=n.to_string()/>
                <input type="hidden" name="reaction" value=if chosen { "none" } else { key }/>
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit"
                    aria-label=format!("{} paragraph {n}", if chosen { undo } else { label })>
                    {if chosen { undo } else { label }}
                </button>
            </form>
        }
    };
    view! {
        <section class="draft-paragraph nhsuk-grid-row" id=format!("p-{n}") aria-label=format!("Paragraph {n}")>
            <div class="nhsuk-grid-column-two-thirds">
                <div class="draft-paragraph__text nhsuk-body" inner_html=paragraph.html></div>
            </div>
            <div class="nhsuk-grid-column-one-third draft-paragraph__talk">
                <p class="nhsuk-body-s draft-paragraph__counts">{format!("Paragraph {n}: {counts}")}</p>
                {draft.can_take_part.then(|| view! {
                    <div class="draft-paragraph__reactions">
                        {reaction_button("support", "Support", "Take back your support for")}
                        {reaction_button("question", "Question", "Take back your question on")}
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
                                <div class="nhsuk-body-s" inner_html=c.html></div>
                                {draft.can_moderate.then(|| view! {
                                    <form method="post" action=paths::hide(c.id) class="draft-comment__hide">
                                        <label class="nhsuk-label nhsuk-u-font-size-16" for=format!("hide-{}", c.id)>"Reason for hiding (optional)"</label>
                                        <input class="nhsuk-input nhsuk-input--width-20" id=format!("hide-{}", c.id) name="reason" type="text"/>
                                        <button class="nhsuk-button nhsuk-button--warning nhsuk-button--small" type="submit">"Hide this comment"</button>
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
                            <span class="nhsuk-details__summary-text">{format!("Comment on paragraph {n}")}</span>
                        </summary>
                        <div class="nhsuk-details__text">
                            <form method="post" action=paths::comment(&draft.slug) novalidate>
                                <input type="hidden" name="version" value=draft.version.to_string()/>
                                <input type="hidden" name="paragraph" value=n.to_string()/>
                                <div class="nhsuk-form-group" class:nhsuk-form-group--error=error.is_some()>
                                    <label class="nhsuk-label" for=field.clone()>{format!("Your comment on paragraph {n}")}</label>
                                    <FieldMessage id=field.clone() error=error.clone()/>
                                    <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=error.is_some() id=field.clone() name="body" rows="4"
                                        aria-describedby=error.as_ref().map(|_| format!("{field}-error"))>{value}</textarea>
                                </div>
                                <button class="nhsuk-button nhsuk-button--small" type="submit">"Post your comment"</button>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
        "Change a draft"
    } else {
        "Publish a draft for comment"
    };
    view! {
        <PageMeta title=form_title(title, &errors) description="Publish a document for comment, paragraph by paragraph." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{title}</h1>
        {latest.map(|n| view! {
            <p class="nhsuk-body">{format!("The newest version is version {n}. If you change the words, they are published as version {}, and the comments on earlier versions stay with them.", n + 1)}</p>
        })}
        <form method="post" action=action novalidate>
            <TextInput id="title" name="title" label="Title" value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label="Summary" hint="One or two sentences: what the document is and what you want to know. Up to 280 characters."
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="body" name="body" label="The document" hint="Markdown. Each block of text separated by a blank line is a paragraph people can comment on."
                value=values.body errors=errors.clone() rows=20/>
            <TextInput id="opens-at" name="opens_at" label="Comments open" hint="UK time."
                value=values.opens_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="closes-at" name="closes_at" label="Comments close" hint="UK time."
                value=values.closes_at errors=errors.clone() input_type="datetime-local"/>
            {latest.map(|_| view! {
                <TextArea id="note" name="note" label="What changed (optional)" hint="Shown with the new version."
                    value=values.note.clone() errors=errors.clone() rows=3/>
            })}
            <button class="nhsuk-button" type="submit">{if latest.is_some() { "Save the draft" } else { "Publish the draft" }}</button>
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
        assert_eq!(plural(1, "comment", "comments"), "1 comment");
        assert_eq!(plural(0, "comment", "comments"), "0 comments");
    }
}
