//! Administrators' campaign pages: the list, and the form to create or edit one.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin::{CampaignEditContext, CampaignForm};
use super::api::{admin_campaigns, get_campaign_form};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, Radios, TextArea, TextInput, form_title};
use crate::forms::{FieldErrors, Submitted, submitted};

/// `GET /admin/campaigns`.
#[component]
pub fn AdminCampaignsPage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| admin_campaigns());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved"));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <PageMeta title="Campaigns" description="Every campaign, to open, change or close." shared=Shared::Private/>
                        {saved().map(|slug| view! {
                            <Banner message=format!("The campaign has been saved: /campaigns/{slug}") success=true/>
                        })}
                        <h1 class="nhsuk-heading-xl">"Campaigns"</h1>
                        <a class="nhsuk-button" href="/admin/campaigns/new">"Create a campaign"</a>
                        <table class="nhsuk-table">
                            <caption class="nhsuk-table__caption">"All campaigns, newest first"</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">"Campaign"</th>
                                    <th class="nhsuk-table__header" scope="col">"State"</th>
                                    <th class="nhsuk-table__header" scope="col">"Ideas accepted"</th>
                                    <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">"Ideas"</th>
                                    <th class="nhsuk-table__header" scope="col"><span class="nhsuk-u-visually-hidden">"Actions"</span></th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {rows.into_iter().map(|row| view! {
                                    <tr class="nhsuk-table__row">
                                        <td class="nhsuk-table__cell"><a href=super::paths::campaign(&row.slug)>{row.title.clone()}</a></td>
                                        <td class="nhsuk-table__cell"><strong class=row.phase.tag_class()>{crate::i18n::tr(row.phase.label_key())}</strong></td>
                                        <td class="nhsuk-table__cell">{format!("{} to {}", row.opens_on, row.closes_on)}</td>
                                        <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{row.idea_count}</td>
                                        <td class="nhsuk-table__cell">
                                            <a href=super::paths::edit(&row.slug)>
                                                "Edit"<span class="nhsuk-u-visually-hidden">{format!(" {}", row.title)}</span>
                                            </a>
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(err) => view! { <Refused err here="/admin/campaigns".to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/campaigns/new` and `GET /admin/campaigns/{slug}/edit`.
#[component]
pub fn CampaignFormPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug"));
    let data = Resource::new(slug, |slug| async move {
        (
            get_campaign_form(slug).await,
            submitted::<CampaignForm>().await,
        )
    });
    let here = move || match slug() {
        Some(slug) => format!("/admin/campaigns/{slug}/edit"),
        None => "/admin/campaigns/new".to_owned(),
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), submission) => {
                        view! { <CampaignFormView context submission action=here()/> }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=here()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CampaignFormView(
    context: CampaignEditContext,
    submission: Option<Submitted<CampaignForm>>,
    action: String,
) -> impl IntoView {
    let heading = if context.slug.is_some() {
        "Edit the campaign"
    } else {
        "Create a campaign"
    };
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: context.values,
        errors: FieldErrors::new(),
    });
    let moderation = vec![
        (
            "post".to_owned(),
            "Publish new ideas at once, and review them afterwards".to_owned(),
        ),
        (
            "pre".to_owned(),
            "Hold new ideas until a moderator approves them".to_owned(),
        ),
    ];
    let category_error = errors.get("categories").map(str::to_owned);
    let has_category_error = category_error.is_some();
    view! {
        <PageMeta title=form_title(heading, &errors) description="What a campaign asks, when it runs and how ideas are moderated." shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href="/admin/campaigns" class="nhsuk-back-link__link">"Back to campaigns"</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading}</h1>
        <form method="post" action=action novalidate>
            <TextInput id="title" name="title" label="Title" value=values.title errors=errors.clone()/>
            <TextInput id="slug" name="slug" label="Web address name (optional)"
                hint="Lower-case letters, numbers and hyphens, used in the campaign's address. Made from the title if left empty."
                value=values.slug errors=errors.clone()/>
            <TextArea id="summary" name="summary" label="Summary" hint="One or two sentences, up to 280 characters."
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="description" name="description" label="Description"
                hint="What the campaign asks for, and what happens to the ideas. You can use Markdown."
                value=values.description errors=errors.clone() rows=8/>
            <fieldset class="nhsuk-fieldset" aria-describedby="welsh-hint">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">"In Welsh (Cymraeg)"</h2>
                </legend>
                <div class="nhsuk-hint" id="welsh-hint">
                    "Shown to people reading in Welsh. Anything left empty shows the English, with a notice that it is not yet written in Welsh."
                </div>
                <TextInput id="title-cy" name="title_cy" label="Title in Welsh" value=values.title_cy errors=errors.clone()/>
                <TextArea id="summary-cy" name="summary_cy" label="Summary in Welsh"
                    value=values.summary_cy errors=errors.clone() rows=3/>
                <TextArea id="description-cy" name="description_cy" label="Description in Welsh"
                    value=values.description_cy errors=errors.clone() rows=8/>
            </fieldset>
            <TextInput id="opens-at" name="opens_at" label="Ideas accepted from" hint="UK time."
                value=values.opens_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="closes-at" name="closes_at" label="Ideas accepted until" hint="UK time."
                value=values.closes_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="voting-closes-at" name="voting_closes_at" label="Voting closes" hint="UK time. On or after the close for ideas."
                value=values.voting_closes_at errors=errors.clone() input_type="datetime-local"/>
            <Radios id="moderation" name="moderation" legend="How new ideas are checked"
                options=moderation value=values.moderation errors=errors.clone()/>
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id="fair-order" name="fair_order" type="checkbox" value="yes"
                            checked=values.fair_order == "yes" aria-describedby="fair-order-hint"/>
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="fair-order">"Show ideas in a fair order while people support them"</label>
                        <div class="nhsuk-hint nhsuk-checkboxes__hint" id="fair-order-hint">
                            "Lists start in an order shuffled afresh each day, so ideas put forward early do not gather support just by being seen first. People can still sort by most supported."
                        </div>
                    </div>
                </div>
            </div>
            <TextInput id="support-budget" name="support_budget" label="How many ideas each person may support (optional)"
                hint="Leave empty for no limit. With a limit, people choose what matters most to them; withdrawing support from one idea frees it for another."
                value=values.support_budget errors=errors.clone()/>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_category_error>
                <fieldset class="nhsuk-fieldset" aria-describedby=has_category_error.then_some("categories-error")>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Categories people choose from"</legend>
                    {category_error.map(|m| view! {
                        <span class="nhsuk-error-message" id="categories-error">
                            <span class="nhsuk-u-visually-hidden">{crate::t!("error-prefix")}" "</span>{m}
                        </span>
                    })}
                    <div class="nhsuk-checkboxes">
                        {context.categories.into_iter().enumerate().map(|(i, c)| {
                            let id = if i == 0 { "categories".to_owned() } else { format!("categories-{}", c.slug) };
                            let checked = values.categories.contains(&c.slug);
                            view! {
                                <div class="nhsuk-checkboxes__item">
                                    <input class="nhsuk-checkboxes__input" id=id.clone() name="categories" type="checkbox"
                                        checked=checked value=c.slug/>
                                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{c.name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <TextArea id="new-categories" name="new_categories" label="New categories (optional)"
                hint="One name on each line, with its Welsh name after a bar: Young carers | Gofalwyr ifanc. They are added to this campaign's list; naming one that exists with a Welsh name gives it that name."
                value=values.new_categories errors=errors.clone() rows=3/>
            <button class="nhsuk-button" type="submit">"Save the campaign"</button>
        </form>
    }
    .into_any()
}
