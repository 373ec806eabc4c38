//! The discussion under an idea, and the page for correcting a comment.

use crate::components::page_meta::{PageMeta, Shared};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{CommentEdit, CommentForm, CommentThread, CommentView};
use crate::components::error_panel::Refused;
use crate::components::forms::{ErrorSummary, form_title};
use crate::components::safeguarding::{GoAheadButton, SafeguardingCheck};
use crate::domain::comment::COMMENT_MAX;
use crate::domain::safeguarding::Concerns;
use crate::forms::{FieldErrors, Submitted};

/// The comments on an idea, with the forms to add one and to reply.
#[component]
pub fn Discussion(
    idea_href: String,
    threads: Vec<CommentThread>,
    signed_in: bool,
    /// The campaign still takes comments.
    open: bool,
    /// Why it does not, when not because the campaign closed (the idea was withdrawn).
    closed_because: Option<String>,
    /// A moderator closed this discussion to new comments.
    locked: bool,
    /// A refused comment, to show again with its message.
    submitted: Option<Submitted<CommentForm>>,
    /// What the safeguarding check found in that comment, for its author to look at.
    concerns: Option<Concerns>,
    /// Fresh for each showing of the page.
    form_key: String,
) -> impl IntoView {
    let count = threads
        .iter()
        .map(|t| usize::from(!t.comment.deleted) + t.replies.iter().filter(|r| !r.deleted).count())
        .sum::<usize>();
    let heading = t!("comments-heading", count = count);
    let action = super::paths::post(&idea_href);
    let (values, errors) = match submitted {
        Some(Submitted { values, errors }) => (values, errors),
        None => (CommentForm::default(), FieldErrors::new()),
    };
    let refused_parent = values.parent_id.clone();
    let taking = open && !locked;
    // Shown again: refused, or held back for its author to look at.
    let refused = !errors.is_empty() || concerns.is_some();
    let keep_top = refused && refused_parent.is_empty();
    let top_values = if refused_parent.is_empty() {
        values.body.clone()
    } else {
        String::new()
    };
    let sign_in = crate::features::accounts::paths::sign_in(&idea_href);
    view! {
        <section class="discussion" aria-labelledby="comments-heading" id="comments">
            <h2 class="nhsuk-heading-l" id="comments-heading">{heading}</h2>
            {threads.is_empty().then(|| view! { <p class="nhsuk-body">{t!("comments-none")}</p> })}
            <ol class="nhsuk-list comment-list">
                {threads.into_iter().map(|thread| {
                    let parent = thread.comment.id.to_string();
                    let reply_value = if refused_parent == parent { values.body.clone() } else { String::new() };
                    let reply_open = refused_parent == parent;
                    let can_reply = signed_in && (taking || (refused && reply_open)) && !thread.comment.deleted;
                    view! {
                        <li class="comment-thread">
                            <Comment comment=thread.comment.clone()/>
                            {(!thread.replies.is_empty()).then(|| view! {
                                <ol class="nhsuk-list comment-replies">
                                    {thread.replies.into_iter().map(|reply| view! {
                                        <li><Comment comment=reply/></li>
                                    }).collect_view()}
                                </ol>
                            })}
                            {can_reply.then(|| view! {
                                <details class="nhsuk-details comment-reply" open=reply_open>
                                    <summary class="nhsuk-details__summary">
                                        <span class="nhsuk-details__summary-text">{t!("comments-reply")}</span>
                                    </summary>
                                    <div class="nhsuk-details__text">
                                        <CommentFormView action=action.clone() parent=parent.clone()
                                            value=reply_value errors=errors.clone() label=t!("comments-your-reply") button=t!("comments-post-reply") key=form_key.clone()
                                            concerns=concerns.clone().filter(|_| reply_open)/>
                                    </div>
                                </details>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(!open).then(|| view! {
                <p class="nhsuk-body">
                    {closed_because.unwrap_or_else(|| t!("comments-campaign-closed"))}
                </p>
            })}
            {(open && locked).then(|| view! {
                <p class="nhsuk-body">{t!("comments-locked")}</p>
            })}
            {(!signed_in && taking).then(|| view! {
                <p class="nhsuk-body"><a href=sign_in.clone()>{t!("comments-sign-in")}</a></p>
            })}
            // A refused comment is shown again even when no more can be posted, so the
            // words are not lost.
            {(signed_in && (taking || keep_top)).then(|| view! {
                <h3 class="nhsuk-heading-m">{t!("comments-add")}</h3>
                <CommentFormView action=action.clone() parent=String::new() value=top_values
                    errors=errors.clone() label=t!("comments-your-comment") button=t!("comments-post") key=form_key.clone()
                    concerns=concerns.clone().filter(|_| keep_top)/>
            })}
        </section>
    }
    .into_any()
}

/// One comment: who, when, what, and the author's edit and delete.
#[component]
fn Comment(comment: CommentView) -> impl IntoView {
    let id = comment.id;
    view! {
        <article class="comment" id=format!("comment-{id}")>
            <p class="nhsuk-body-s comment__meta">
                <strong>{comment.author.name}</strong>
                {comment.author.segment.map(|s| format!(" ({s})"))}
                {format!(" · {}", comment.posted_on)}
                {comment.edited.then(|| format!(" · {}", t!("comments-edited")))}
            </p>
            {if comment.deleted {
                view! { <p class="nhsuk-body comment__deleted"><em>{t!("comments-deleted")}</em></p> }.into_any()
            } else {
                view! { <div class="nhsuk-body comment__body" lang=crate::i18n::lang_if_other(comment.language) inner_html=comment.body_html></div> }.into_any()
            }}
            {(!comment.deleted && !comment.can_delete).then(|| view! {
                <p class="nhsuk-body-s comment__report">
                    <a href=crate::features::moderation::paths::report_comment(id)>
                        {t!("comments-report")}<span class="nhsuk-u-visually-hidden">" "{t!("comments-report-this")}</span>
                    </a>
                </p>
            })}
            {(comment.can_edit || comment.can_delete).then(|| view! {
                <div class="comment__actions">
                    {comment.can_edit.then(|| view! {
                        <a class="nhsuk-body-s" href=super::paths::edit(id)>
                            {t!("comments-edit")}<span class="nhsuk-u-visually-hidden">" "{t!("comments-your-comment-hidden")}</span>
                        </a>
                    })}
                    {comment.can_delete.then(|| view! {
                        <form method="post" action=super::paths::delete(id) class="comment__delete">
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                                {t!("comments-delete")}<span class="nhsuk-u-visually-hidden">" "{t!("comments-this-comment")}</span>
                            </button>
                        </form>
                    })}
                </div>
            })}
        </article>
    }
}

/// The comment (or reply) form.
#[component]
fn CommentFormView(
    action: String,
    parent: String,
    value: String,
    errors: FieldErrors,
    label: String,
    button: String,
    /// The same form posted twice (a double click) is one comment.
    key: String,
    /// What the safeguarding check found in the words shown, when it found anything.
    concerns: Option<Concerns>,
) -> impl IntoView {
    let form = CommentForm {
        parent_id: parent.clone(),
        ..Default::default()
    };
    let id = form.field_id();
    let error = errors.get(&id).map(str::to_owned);
    let has_error = error.is_some();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if has_error {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    view! {
        {concerns.clone().map(|concerns| view! { <SafeguardingCheck concerns what=crate::components::safeguarding::Written::Comment/> })}
        <form method="post" action=action novalidate class="comment-form">
            <input type="hidden" name="parent_id" value=parent/>
            <input type="hidden" name="submission_key" value=key/>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
                <label class="nhsuk-label" for=id.clone()>{label}</label>
                <div class="nhsuk-hint" id=hint_id>
                    {t!("comments-hint", max = COMMENT_MAX)}
                </div>
                {error.map(|m| view! {
                    <span class="nhsuk-error-message" id=error_id.clone()>
                        <span class="nhsuk-u-visually-hidden">{t!("error-prefix")}" "</span>{m}
                    </span>
                })}
                <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=has_error id=id name="body" rows="4"
                    aria-describedby=described>{value}</textarea>
            </div>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit">{button}</button>
                {concerns.is_some().then(|| view! { <GoAheadButton/> })}
            </div>
        </form>
    }
}

/// `GET /comments/{id}/edit`: the author corrects a comment within the edit window.
#[component]
pub fn CommentEditPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params.with(|p| {
            p.get("comment_id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let data = Resource::new(id, |id| async move {
        (
            super::api::comment_for_edit(id).await,
            (
                crate::forms::submitted::<CommentForm>().await,
                crate::forms::rendered_with::<Concerns>().await,
            ),
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(edit), (submitted, concerns)) => view! { <CommentEditView edit submitted concerns/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here=format!("/comments/{}/edit", id())/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CommentEditView(
    edit: CommentEdit,
    submitted: Option<Submitted<CommentForm>>,
    concerns: Option<Concerns>,
) -> impl IntoView {
    if !edit.editable {
        return view! {
            <PageMeta title=t!("comment-edit-closed-title") description=t!("comment-edit-closed-description") shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">{t!("comment-edit-closed-title")}</h1>
            <p class="nhsuk-body">{t!("comment-edit-closed-body")}</p>
            <p class="nhsuk-body"><a href=edit.idea_href>{t!("back-to", place = edit.idea_title)}</a></p>
        }
        .into_any();
    }
    let (value, errors) = match submitted {
        Some(s) => (s.values.body, s.errors),
        None => (edit.body.clone(), FieldErrors::new()),
    };
    let error = errors.get("comment-body").map(str::to_owned);
    let has_error = error.is_some();
    view! {
        <PageMeta title=form_title(&t!("comment-edit-title"), &errors) description=t!("comment-edit-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <h1 class="nhsuk-heading-xl">{t!("comment-edit-title")}</h1>
        <p class="nhsuk-body">{t!("comment-edit-on", idea = edit.idea_title.clone())}</p>
        {concerns.clone().map(|concerns| view! { <SafeguardingCheck concerns what=crate::components::safeguarding::Written::Comment/> })}
        <form method="post" action=super::paths::edit(edit.id) novalidate>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
                <label class="nhsuk-label" for="comment-body">{t!("comments-your-comment")}</label>
                {error.map(|m| view! {
                    <span class="nhsuk-error-message" id="comment-body-error">
                        <span class="nhsuk-u-visually-hidden">{t!("error-prefix")}" "</span>{m}
                    </span>
                })}
                <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=has_error id="comment-body" name="body" rows="6"
                    aria-describedby=has_error.then_some("comment-body-error")>{value}</textarea>
            </div>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit">{t!("comment-edit-save")}</button>
                {concerns.is_some().then(|| view! { <GoAheadButton/> })}
            </div>
        </form>
        <p class="nhsuk-body"><a href=edit.idea_href>{t!("cancel")}</a></p>
    }
    .into_any()
}
