//! An author's own pages for their idea: changing its words (while the site's limits
//! allow) and withdrawing it. Both are plain forms, so they work without JavaScript.

use leptos::prelude::*;

use crate::components::safeguarding::{GoAheadButton, SafeguardingCheck};
use crate::domain::safeguarding::Concerns;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::paths;
use super::submit::{DESCRIPTION_MAX, SUMMARY_MAX};
use crate::components::error_panel::Refused;
use crate::components::forms::{ErrorSummary, PlainLanguageHint, TextArea, TextInput, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::domain::idea::IdeaWords;
use crate::domain::slug::parse_id;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::i18n::grouped;
use crate::t;

/// The change form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChangeForm {
    pub title: String,
    pub summary: String,
    pub description: String,
    /// "go-ahead" once the author has seen what the safeguarding check found.
    pub safeguarding: String,
}

impl ChangeForm {
    /// The new words, checked as a new idea's are, or a message per field.
    pub fn validate(&self) -> Result<IdeaWords, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (title, summary, description) =
            super::submit::check_words(&mut errors, &self.title, &self.summary, &self.description);
        errors.into_result(IdeaWords {
            title,
            summary,
            description,
        })
    }
}

/// What the author's pages show of their idea.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnIdea {
    pub href: String,
    pub words: IdeaWords,
    pub supporters: i32,
    /// Why the words can no longer be changed, if they cannot.
    pub edit_refused: Option<String>,
    /// Why it can no longer be withdrawn, if it cannot.
    pub withdraw_refused: Option<String>,
    /// The limits, in words: "You can change your idea while it has 5 supporters or
    /// fewer, or in the 60 minutes…"
    pub edit_rule: String,
}

/// What an author's page loads: their idea (from the address, `/ideas/{id}-{slug}/…`),
/// the idea's address, and a change form coming back (refused, or with what the
/// safeguarding check found).
type OwnIdeaData = (
    Result<OwnIdea, crate::error::AppError>,
    String,
    (Option<Submitted<ChangeForm>>, Option<Concerns>),
);

fn own_idea_resource() -> Resource<OwnIdeaData> {
    let params = use_params_map();
    let id_slug = move || params.with(|p| p.get("id_slug").unwrap_or_default());
    Resource::new(id_slug, |id_slug| async move {
        let idea = match parse_id(&id_slug) {
            Some(id) => super::api::own_idea(id).await,
            None => Err(crate::error::AppError::NotFound),
        };
        (
            idea,
            format!("/ideas/{id_slug}"),
            (
                submitted::<ChangeForm>().await,
                crate::forms::rendered_with::<Concerns>().await,
            ),
        )
    })
}

/// `GET /ideas/{id_slug}/change`: the author changes the words of their idea.
#[component]
pub fn ChangeIdeaPage() -> impl IntoView {
    let data = own_idea_resource();
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(idea), _, (submission, concerns)) => view! { <ChangeView idea submission concerns/> }.into_any(),
                    (Err(err), base, _) => view! { <Refused err here=format!("{base}/change")/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ChangeView(
    idea: OwnIdea,
    submission: Option<Submitted<ChangeForm>>,
    concerns: Option<Concerns>,
) -> impl IntoView {
    // Words sent just as the limits passed come back in the form, the reason by them,
    // so nothing typed is lost.
    if let (Some(refused), None) = (idea.edit_refused, &submission) {
        return view! {
            <PageMeta title=t!("change-idea-closed-title") description=t!("change-idea-closed-description") shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">{t!("change-idea-closed-title")}</h1>
            <p class="nhsuk-body">{refused}</p>
            <p class="nhsuk-body"><a href=idea.href>{t!("change-idea-back")}</a></p>
        }
        .into_any();
    }
    let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
        values: ChangeForm {
            title: idea.words.title.clone(),
            summary: idea.words.summary.clone(),
            description: idea.words.description.clone(),
            safeguarding: String::new(),
        },
        errors: FieldErrors::new(),
    });
    view! {
        <PageMeta title=form_title(&t!("change-idea-title"), &errors) description=t!("change-idea-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=idea.href.clone() class="nhsuk-back-link__link">{t!("change-idea-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{t!("change-idea-title")}</h1>
        <p class="nhsuk-body">{idea.edit_rule}</p>
        {concerns.clone().map(|concerns| view! { <SafeguardingCheck concerns what=crate::components::safeguarding::Written::Idea/> })}
        <form method="post" action=paths::change(&idea.href) novalidate>
            <TextInput id="title" name="title" label=t!("new-idea-field-title") value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label=t!("new-idea-field-summary")
                hint=t!("change-idea-summary-hint", max = grouped(SUMMARY_MAX))
                value=values.summary errors=errors.clone() rows=3/>
            <PlainLanguageHint text=values.description.clone()>
                <TextArea id="description" name="description" label=t!("new-idea-field-description")
                    hint=t!("change-idea-description-hint", max = grouped(DESCRIPTION_MAX))
                    value=values.description errors=errors rows=10/>
            </PlainLanguageHint>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit">{t!("change-idea-save")}</button>
                {concerns.is_some().then(|| view! { <GoAheadButton/> })}
            </div>
        </form>
        <p class="nhsuk-body"><a href=idea.href>{t!("cancel")}</a></p>
    }
    .into_any()
}

/// `GET /ideas/{id_slug}/withdraw`: the author confirms withdrawing their idea.
#[component]
pub fn WithdrawIdeaPage() -> impl IntoView {
    let data = own_idea_resource();
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(idea), _, _) => view! { <WithdrawView idea/> }.into_any(),
                    (Err(err), base, _) => view! { <Refused err here=format!("{base}/withdraw")/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WithdrawView(idea: OwnIdea) -> impl IntoView {
    if let Some(refused) = idea.withdraw_refused {
        return view! {
            <PageMeta title=t!("withdraw-closed-title") description=t!("withdraw-closed-description") shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">{t!("withdraw-closed-title")}</h1>
            <p class="nhsuk-body">{refused}</p>
            <p class="nhsuk-body"><a href=idea.href>{t!("change-idea-back")}</a></p>
        }
        .into_any();
    }
    let supporters = t!("withdraw-supporters", count = idea.supporters);
    view! {
        <PageMeta title=t!("withdraw-title") description=t!("withdraw-description") shared=Shared::Private/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=idea.href.clone() class="nhsuk-back-link__link">{t!("change-idea-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{t!("withdraw-heading", title = idea.words.title.as_str())}</h1>
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label">
                <span role="text"><span class="nhsuk-u-visually-hidden">{t!("important")}" "</span>{t!("withdraw-cannot-undo")}</span>
            </h2>
            <p>{t!("withdraw-what-happens")}</p>
            <p>{supporters}</p>
        </div>
        <form method="post" action=paths::withdraw(&idea.href)>
            <button class="nhsuk-button nhsuk-button--warning" type="submit">{t!("withdraw-title")}</button>
        </form>
        <p class="nhsuk-body"><a href=idea.href>{t!("withdraw-keep")}</a></p>
    }
    .into_any()
}
