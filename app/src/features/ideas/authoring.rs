//! An author's own pages for their idea: changing its words (while the site's limits
//! allow) and withdrawing it. Both are plain forms, so they work without JavaScript.

use leptos::prelude::*;

use crate::components::safeguarding::{GoAheadButton, SafeguardingCheck};
use crate::domain::safeguarding::Concerns;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::paths;
use crate::components::error_panel::Refused;
use crate::components::forms::{ErrorSummary, PlainLanguageHint, TextArea, TextInput, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::domain::idea::IdeaWords;
use crate::domain::slug::parse_id;
use crate::forms::{FieldErrors, Submitted, submitted};

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
    /// The limits, in words: "while it has 5 supporters or fewer, or in the 60 minutes…"
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
            <PageMeta title="This idea can no longer be changed" description="Ideas can be changed for a while after they are put forward." shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">"This idea can no longer be changed"</h1>
            <p class="nhsuk-body">{refused}</p>
            <p class="nhsuk-body"><a href=idea.href>"Back to your idea"</a></p>
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
        <PageMeta title=form_title("Change your idea", &errors) description="Change the words of an idea you put forward." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=idea.href.clone() class="nhsuk-back-link__link">"Back to your idea"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">"Change your idea"</h1>
        <p class="nhsuk-body">{format!("You can change your idea {}. The words as they are now stay on its page as an earlier version, so everyone can see what changed.", idea.edit_rule)}</p>
        {concerns.clone().map(|concerns| view! { <SafeguardingCheck concerns what=crate::components::safeguarding::Written::Idea/> })}
        <form method="post" action=paths::change(&idea.href) novalidate>
            <TextInput id="title" name="title" label="Title" value=values.title errors=errors.clone()/>
            <TextArea id="summary" name="summary" label="Summary"
                hint="Up to 280 characters."
                value=values.summary errors=errors.clone() rows=3/>
            <PlainLanguageHint text=values.description.clone()>
                <TextArea id="description" name="description" label="Description"
                    hint="Up to 10,000 characters. You can use *emphasis*, **bold**, links and lists."
                    value=values.description errors=errors rows=10/>
            </PlainLanguageHint>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit">"Save your changes"</button>
                {concerns.is_some().then(|| view! { <GoAheadButton/> })}
            </div>
        </form>
        <p class="nhsuk-body"><a href=idea.href>"Cancel"</a></p>
    }
    .into_any()
}

/// `GET /ideas/{id_slug}/withdraw`: the author confirms withdrawing their idea.
#[component]
pub fn WithdrawIdeaPage() -> impl IntoView {
    let data = own_idea_resource();
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
            <PageMeta title="This idea cannot be withdrawn" description="Ideas can be withdrawn while their campaign runs." shared=Shared::Private/>
            <h1 class="nhsuk-heading-xl">"This idea cannot be withdrawn"</h1>
            <p class="nhsuk-body">{refused}</p>
            <p class="nhsuk-body"><a href=idea.href>"Back to your idea"</a></p>
        }
        .into_any();
    }
    let supporters = match idea.supporters {
        0 => "Nobody supports it yet.".to_owned(),
        1 => "The 1 person who supports it will be told.".to_owned(),
        n => format!("The {n} people who support it will be told."),
    };
    view! {
        <PageMeta title="Withdraw your idea" description="Take back an idea you put forward." shared=Shared::Private/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=idea.href.clone() class="nhsuk-back-link__link">"Back to your idea"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{format!("Withdraw \u{201c}{}\u{201d}", idea.words.title)}</h1>
        <div class="nhsuk-warning-callout">
            <h2 class="nhsuk-warning-callout__label">
                <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"This cannot be undone"</span>
            </h2>
            <p>"Your idea will leave the campaign's lists and take no more support or comments. Its page will stay, saying you withdrew it."</p>
            <p>{supporters}</p>
        </div>
        <form method="post" action=paths::withdraw(&idea.href)>
            <button class="nhsuk-button nhsuk-button--warning" type="submit">"Withdraw your idea"</button>
        </form>
        <p class="nhsuk-body"><a href=idea.href>"Keep your idea"</a></p>
    }
    .into_any()
}
