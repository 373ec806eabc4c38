//! The statutory pages, and the administrators' pages to edit them.

use crate::components::page_meta::{PageMeta, Shared};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{get_site_page, get_site_page_for_edit, list_site_pages};
use super::{SitePageForm, paths};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, TextArea, form_title};
use crate::components::other_language::WrittenInOtherLanguage;
use crate::domain::site_page::SitePageKind;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// `GET /accessibility`, `/privacy`, `/cookies`, `/rules` and `/contact`.
#[component]
pub fn SitePage(kind: SitePageKind) -> impl IntoView {
    let page = Resource::new(move || kind, |kind| get_site_page(kind.key().to_owned()));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! {
                        <PageMeta title=page.title.clone() description=page.description.clone() shared=Shared::Website/>
                        <h1 class="nhsuk-heading-xl">{page.title.clone()}</h1>
                        {(page.language != crate::i18n::lang()).then(|| view! { <WrittenInOtherLanguage/> })}
                        <div class="nhsuk-body site-page" lang=crate::i18n::lang_if_other(page.language) inner_html=page.html></div>
                        {(!page.rules.is_empty()).then(|| view! {
                            <h2 class="nhsuk-heading-l">{t!("site-page-rules-heading")}</h2>
                            <p class="nhsuk-body">{t!("site-page-rules-intro")}</p>
                            <dl class="nhsuk-summary-list">
                                {page.rules.into_iter().map(|(name, rule)| view! {
                                    <div class="nhsuk-summary-list__row">
                                        <dt class="nhsuk-summary-list__key">{name}</dt>
                                        <dd class="nhsuk-summary-list__value">{rule}</dd>
                                    </div>
                                }).collect_view()}
                            </dl>
                        })}
                        {page.updated.map(|updated| view! { <p class="nhsuk-body-s">{updated}</p> })}
                    }.into_any(),
                    Err(err) => view! { <Refused err here=kind.path()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/pages`: the statutory pages, which still show their default text.
#[component]
pub fn AdminSitePagesPage() -> impl IntoView {
    let rows = Resource::new(|| (), |_| list_site_pages());
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            let named = |key: Option<String>| {
                key.and_then(|k| SitePageKind::from_key(&k))
                    .map(|k| crate::i18n::tr(k.title_key()))
            };
            named(q.get("saved"))
                .map(|t| t!("site-pages-saved", page = t))
                .or_else(|| named(q.get("reset")).map(|t| t!("site-pages-reset", page = t)))
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <PageMeta title=t!("site-pages-title") description=t!("site-pages-description") shared=Shared::Private/>
                        {notice().map(|message| view! { <Banner message success=true/> })}
                        <h1 class="nhsuk-heading-xl">{t!("site-pages-title")}</h1>
                        <p class="nhsuk-body">{t!("site-pages-intro")}</p>
                        <table class="nhsuk-table">
                            <caption class="nhsuk-table__caption">{t!("site-pages-caption")}</caption>
                            <thead class="nhsuk-table__head">
                                <tr class="nhsuk-table__row">
                                    <th class="nhsuk-table__header" scope="col">{t!("site-pages-page")}</th>
                                    <th class="nhsuk-table__header" scope="col">{t!("site-pages-text")}</th>
                                    <th class="nhsuk-table__header" scope="col"><span class="nhsuk-u-visually-hidden">{t!("webhooks-actions")}</span></th>
                                </tr>
                            </thead>
                            <tbody class="nhsuk-table__body">
                                {rows.into_iter().map(|row| view! {
                                    <tr class="nhsuk-table__row">
                                        <td class="nhsuk-table__cell"><a href=row.path.clone()>{row.title.clone()}</a></td>
                                        <td class="nhsuk-table__cell">
                                            {match row.edited.clone() {
                                                Some(on) => view! { <span>{t!("site-pages-edited", on = on)}</span> }.into_any(),
                                                None => view! { <strong class="nhsuk-tag nhsuk-tag--yellow">{t!("site-pages-default")}</strong> }.into_any(),
                                            }}
                                        </td>
                                        <td class="nhsuk-table__cell">
                                            <a href=paths::admin_page(&row.key)>
                                                {t!("site-pages-edit")}<span class="nhsuk-u-visually-hidden">{format!(" {}", row.title)}</span>
                                            </a>
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(err) => view! { <Refused err here=paths::ADMIN_PAGES.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `GET /admin/pages/{key}`: a page's Markdown, to edit.
#[component]
pub fn AdminSitePageEditPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || params.with(|p| p.get("key").unwrap_or_default());
    let data = Resource::new(key, |key| async move {
        (
            get_site_page_for_edit(key).await,
            submitted::<SitePageForm>().await,
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(page), submission) => {
                        let Submitted { values, errors } = submission.unwrap_or_else(|| Submitted {
                            values: SitePageForm { body: page.body.clone(), body_cy: page.body_cy.clone() },
                            errors: FieldErrors::new(),
                        });
                        let heading = t!("site-pages-edit-title", page = page.title.clone());
                        view! {
                            <PageMeta title=form_title(&heading, &errors) description=t!("site-pages-edit-description") shared=Shared::Private/>
                            <ErrorSummary errors=errors.clone()/>
                            <h1 class="nhsuk-heading-xl">{heading}</h1>
                            <form method="post" action=paths::admin_page(&page.key) novalidate>
                                <TextArea id="body" name="body" label=t!("site-pages-body")
                                    hint=t!("site-pages-body-hint")
                                    value=values.body errors=errors.clone() rows=24/>
                                <TextArea id="body-cy" name="body_cy" label=t!("site-pages-body-cy")
                                    hint=t!("site-pages-body-cy-hint")
                                    value=values.body_cy errors rows=24/>
                                <button class="nhsuk-button" type="submit">{t!("site-pages-save")}</button>
                            </form>
                            {page.edited.then(|| view! {
                                <form method="post" action=paths::admin_page_reset(&page.key)>
                                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("site-pages-to-default")}</button>
                                </form>
                            })}
                            <p class="nhsuk-body"><a href=paths::ADMIN_PAGES>{t!("site-pages-back")}</a></p>
                        }.into_any()
                    }
                    (Err(err), _) => view! { <Refused err here=paths::admin_page(&key())/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
