//! Administrators' campaign pages: the list, and the form to create or edit one.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin::{CampaignEditContext, CampaignForm};
use super::api::{admin_campaigns, get_campaign_form};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, Radios, TextArea, TextInput, form_title};
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// `GET /admin/campaigns`.
#[component]
pub fn AdminCampaignsPage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| admin_campaigns());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved"));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <PageMeta title=t!("admin-campaigns-title") description=t!("admin-campaigns-description") shared=Shared::Private/>
                        {saved().map(|slug| view! {
                            <Banner message=t!("admin-campaigns-saved", path = super::paths::campaign(&slug)) success=true/>
                        })}
                        <h1 class="nhsuk-heading-xl">{t!("admin-campaigns-title")}</h1>
                        <a class="nhsuk-button" href="/admin/campaigns/new">{t!("admin-campaigns-create")}</a>
                        <table class="nhsuk-table">
                            <caption class="nhsuk-table__caption">{t!("admin-campaigns-caption")}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">{t!("admin-campaigns-campaign")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("admin-campaigns-state")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("admin-campaigns-accepted")}</th>
                                    <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{t!("admin-campaigns-ideas")}</th>
                                    <th class="nhsuk-table__header" scope="col"><span class="nhsuk-u-visually-hidden">{t!("admin-campaigns-actions")}</span></th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {rows.into_iter().map(|row| view! {
                                    <tr class="nhsuk-table__row">
                                        <td class="nhsuk-table__cell"><a href=super::paths::campaign(&row.slug)>{row.title.clone()}</a></td>
                                        <td class="nhsuk-table__cell"><strong class=row.phase.tag_class()>{crate::i18n::tr(row.phase.label_key())}</strong></td>
                                        <td class="nhsuk-table__cell">{t!("admin-campaigns-span", opens = row.opens_on.as_str(), closes = row.closes_on.as_str())}</td>
                                        <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{row.idea_count}</td>
                                        <td class="nhsuk-table__cell">
                                            <a href=super::paths::edit(&row.slug)>
                                                {t!("admin-campaigns-edit")}<span class="nhsuk-u-visually-hidden">{format!(" {}", row.title)}</span>
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
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
        t!("admin-campaign-edit-title")
    } else {
        t!("admin-campaigns-create")
    };
    let Submitted { values, errors } = submission.unwrap_or(Submitted {
        values: context.values,
        errors: FieldErrors::new(),
    });
    let moderation = vec![
        ("post".to_owned(), t!("admin-campaign-post")),
        ("pre".to_owned(), t!("admin-campaign-pre")),
    ];
    let category_error = errors.get("categories").map(str::to_owned);
    let has_category_error = category_error.is_some();
    view! {
        <PageMeta title=form_title(&heading, &errors) description=t!("admin-campaign-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href="/admin/campaigns" class="nhsuk-back-link__link">{t!("admin-campaign-back")}</a>
        </nav>
        <h1 class="nhsuk-heading-xl">{heading.clone()}</h1>
        <form method="post" action=action novalidate>
            <TextInput id="title" name="title" label=t!("admin-campaign-title") value=values.title errors=errors.clone()/>
            <TextInput id="slug" name="slug" label=t!("admin-campaign-slug")
                hint=t!("admin-campaign-slug-hint")
                value=values.slug errors=errors.clone()/>
            <TextArea id="summary" name="summary" label=t!("admin-campaign-summary") hint=t!("admin-campaign-summary-hint", max = super::admin::CAMPAIGN_SUMMARY_MAX)
                value=values.summary errors=errors.clone() rows=3/>
            <TextArea id="description" name="description" label=t!("admin-campaign-text")
                hint=t!("admin-campaign-text-hint")
                value=values.description errors=errors.clone() rows=8/>
            <fieldset class="nhsuk-fieldset" aria-describedby="welsh-hint">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">{t!("admin-campaign-welsh")}</h2>
                </legend>
                <div class="nhsuk-hint" id="welsh-hint">{t!("admin-campaign-welsh-hint")}</div>
                <TextInput id="title-cy" name="title_cy" label=t!("admin-campaign-title-cy") value=values.title_cy errors=errors.clone()/>
                <TextArea id="summary-cy" name="summary_cy" label=t!("admin-campaign-summary-cy")
                    value=values.summary_cy errors=errors.clone() rows=3/>
                <TextArea id="description-cy" name="description_cy" label=t!("admin-campaign-text-cy")
                    value=values.description_cy errors=errors.clone() rows=8/>
            </fieldset>
            <TextInput id="opens-at" name="opens_at" label=t!("admin-campaign-opens") hint=t!("admin-campaign-uk-time")
                value=values.opens_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="closes-at" name="closes_at" label=t!("admin-campaign-closes") hint=t!("admin-campaign-uk-time")
                value=values.closes_at errors=errors.clone() input_type="datetime-local"/>
            <TextInput id="voting-closes-at" name="voting_closes_at" label=t!("admin-campaign-voting") hint=t!("admin-campaign-voting-hint")
                value=values.voting_closes_at errors=errors.clone() input_type="datetime-local"/>
            <Radios id="moderation" name="moderation" legend=t!("admin-campaign-moderation")
                options=moderation value=values.moderation errors=errors.clone()/>
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id="fair-order" name="fair_order" type="checkbox" value="yes"
                            checked=values.fair_order == "yes" aria-describedby="fair-order-hint"/>
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="fair-order">{t!("admin-campaign-fair")}</label>
                        <div class="nhsuk-hint nhsuk-checkboxes__hint" id="fair-order-hint">{t!("admin-campaign-fair-hint")}</div>
                    </div>
                </div>
            </div>
            <TextInput id="support-budget" name="support_budget" label=t!("admin-campaign-budget")
                hint=t!("admin-campaign-budget-hint")
                value=values.support_budget errors=errors.clone()/>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_category_error>
                <fieldset class="nhsuk-fieldset" aria-describedby=has_category_error.then_some("categories-error")>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t!("admin-campaign-categories")}</legend>
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
            <TextArea id="new-categories" name="new_categories" label=t!("admin-campaign-new-categories")
                hint=t!("admin-campaign-new-categories-hint")
                value=values.new_categories errors=errors.clone() rows=3/>
            <button class="nhsuk-button" type="submit">{t!("admin-campaign-save")}</button>
        </form>
    }
    .into_any()
}
