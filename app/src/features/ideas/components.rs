//! Pieces of idea pages reused across the site.

use leptos::prelude::*;

use super::IdeaCard;
use crate::i18n::tr;
use crate::t;

/// A list of idea cards, or a friendly line when there are none yet.
#[component]
pub fn IdeaList(ideas: Vec<IdeaCard>, #[prop(into)] empty: String) -> impl IntoView {
    if ideas.is_empty() {
        return view! { <p class="nhsuk-body">{empty}</p> }.into_any();
    }
    view! {
        <ul class="nhsuk-list idea-list">
            {ideas.into_iter().map(|idea| view! { <li><IdeaSummaryCard idea/></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// One idea in a list, as an NHS.UK card.
#[component]
pub fn IdeaSummaryCard(idea: IdeaCard) -> impl IntoView {
    let href = idea.href();
    let supporters = t!("idea-supporters", count = idea.vote_count);
    let comments = t!("idea-comments", count = idea.comment_count);
    let written = crate::i18n::lang_if_other(idea.language);
    view! {
        <div class="nhsuk-card nhsuk-card--clickable idea-card">
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s" lang=written>
                    <a class="nhsuk-card__link" href=href>{idea.title}</a>
                </h3>
                <p class="nhsuk-card__description" lang=written>{idea.summary}</p>
                <ul class="nhsuk-list idea-card__meta nhsuk-body-s">
                    <li><strong class=idea.status.tag_class()>{tr(idea.status.label_key())}</strong></li>
                    <li>{tr(idea.kind.label_key())}</li>
                    {idea.category.map(|c| view! { <li>{c}</li> })}
                    <li>{supporters}</li>
                    <li>{comments}</li>
                </ul>
            </div>
        </div>
    }
}

/// Earlier versions of an idea's words, newest first: what it said before each change,
/// who changed it, when and why.
#[component]
pub fn EarlierVersions(
    versions: Vec<crate::features::moderation::edit::EditRecord>,
) -> impl IntoView {
    view! {
        <ol class="nhsuk-list edit-history">
            {versions.into_iter().map(|e| {
                let heading = if e.by_author {
                    t!("history-before-author", when = e.when.clone())
                } else {
                    t!("history-before-edit", when = e.when.clone(), editor = e.editor.clone())
                };
                view! {
                    <li class="nhsuk-card">
                        <div class="nhsuk-card__content">
                            <h3 class="nhsuk-card__heading nhsuk-heading-s">{heading}</h3>
                            {(!e.by_author).then(|| view! { <p class="nhsuk-body-s">{t!("history-why", reason = e.reason.clone())}</p> })}
                            <dl class="nhsuk-summary-list">
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("new-idea-field-title")}</dt>
                                    <dd class="nhsuk-summary-list__value">{e.before.title}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("new-idea-field-summary")}</dt>
                                    <dd class="nhsuk-summary-list__value">{e.before.summary}</dd>
                                </div>
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{t!("idea-description")}</dt>
                                    <dd class="nhsuk-summary-list__value edit-history__text">{e.before.description}</dd>
                                </div>
                            </dl>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
