//! The moderators' vote-integrity page: a campaign's signals, each with its group's
//! figures and the accounts' standing (never who they are), the form to set a group's
//! support aside, and what was set aside, with the form to restore it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::get_integrity;
use super::{IntegrityReport, RestoreForm, SetAsideForm, SetAsideView, SignalView, paths};
use crate::components::error_panel::Refused;
use crate::components::forms::{Banner, ErrorSummary, FieldMessage, form_title};
use crate::components::page_meta::{PageMeta, Shared};
use crate::features::analysis::pages::CampaignPicker;
use crate::forms::{FieldErrors, Submitted, submitted};
use crate::t;

/// What the page says after a form worked.
fn notice(done: Option<&str>) -> Option<String> {
    Some(match done? {
        "set-aside" => t!("integrity-done-set-aside"),
        "restored" => t!("integrity-done-restored"),
        "already-restored" => t!("integrity-done-already"),
        _ => return None,
    })
}

#[component]
pub fn IntegrityPage() -> impl IntoView {
    let query = use_query_map();
    let campaign = move || query.with(|q| q.get("campaign"));
    let data = Resource::new(campaign, |campaign| async move {
        (
            get_integrity(campaign).await,
            submitted::<SetAsideForm>().await,
            submitted::<RestoreForm>().await,
        )
    });
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(report), set_aside, restore) => {
                        let done = query.with_untracked(|q| q.get("done"));
                        view! { <ReportView report set_aside restore done/> }.into_any()
                    }
                    (Err(err), _, _) => view! { <Refused err here=paths::PAGE.to_owned()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReportView(
    report: IntegrityReport,
    set_aside: Option<Submitted<SetAsideForm>>,
    restore: Option<Submitted<RestoreForm>>,
    done: Option<String>,
) -> impl IntoView {
    let mut errors = FieldErrors::new();
    for e in set_aside
        .iter()
        .map(|s| &s.errors)
        .chain(restore.iter().map(|s| &s.errors))
        .flat_map(FieldErrors::iter)
    {
        errors.add(&e.field, e.message.clone());
    }
    let slug = report.campaign.slug.clone();
    let signals = report.signals.clone();
    let set_asides = report.set_asides.clone();
    view! {
        <PageMeta title=form_title(&t!("integrity-title"), &errors) description=t!("integrity-description") shared=Shared::Private/>
        <ErrorSummary errors=errors/>
        {notice(done.as_deref()).map(|m| view! { <Banner message=m success=true/> })}
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=crate::features::moderation::paths::QUEUE class="nhsuk-back-link__link">{t!("integrity-back")}</a>
        </nav>
        <span class="nhsuk-caption-l">{report.campaign.title.clone()}</span>
        <h1 class="nhsuk-heading-xl">{t!("integrity-title")}</h1>
        <p class="nhsuk-body">
            {t!("integrity-counted", count = report.counted)}" "
            {t!("integrity-intro")}
        </p>
        <p class="nhsuk-body">{t!("integrity-caution")}</p>
        <CampaignPicker campaigns=report.campaigns.clone() chosen=slug.clone() action=paths::PAGE/>

        <h2 class="nhsuk-heading-l">{t!("integrity-signals")}</h2>
        {if signals.is_empty() {
            view! { <p class="nhsuk-body integrity-none">{t!("integrity-no-signals")}</p> }.into_any()
        } else {
            let slug = slug.clone();
            view! {
                <ol class="nhsuk-list integrity-signals">
                    {signals.into_iter().enumerate().map(|(n, signal)| {
                        let refused = set_aside.as_ref().filter(|s| s.values.key == signal.key);
                        view! { <li><SignalCard signal n campaign=slug.clone() refused=refused.cloned()/></li> }
                    }).collect_view()}
                </ol>
            }.into_any()
        }}

        <h2 class="nhsuk-heading-l">{t!("integrity-set-aside")}</h2>
        {if set_asides.is_empty() {
            view! { <p class="nhsuk-body">{t!("integrity-none-set-aside")}</p> }.into_any()
        } else {
            view! {
                <ul class="nhsuk-list integrity-set-asides">
                    {set_asides.into_iter().map(|row| {
                        let field = format!("restore-{}", row.id);
                        let refused = restore.as_ref().filter(|r| r.errors.get(&field).is_some()).cloned();
                        view! { <li><SetAsideCard row refused/></li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// A reason's text area, with its own `id` (several forms share the page).
#[component]
fn ReasonField(
    id: String,
    label: String,
    hint: String,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let has_error = error.is_some();
    let hint_id = format!("{id}-hint");
    let described = if has_error {
        format!("{hint_id} {id}-error")
    } else {
        hint_id.clone()
    };
    view! {
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=has_error>
            <label class="nhsuk-label" for=id.clone()>{label}</label>
            <div class="nhsuk-hint" id=hint_id>{hint}</div>
            <FieldMessage id=id.clone() error/>
            <textarea class="nhsuk-textarea" class:nhsuk-textarea--error=has_error id=id name="reason" rows="3"
                aria-describedby=described>{value}</textarea>
        </div>
    }
}

#[component]
fn SignalCard(
    signal: SignalView,
    n: usize,
    campaign: String,
    refused: Option<Submitted<SetAsideForm>>,
) -> impl IntoView {
    // The form that came back names its field "reason", which the error summary links to.
    let (id, value, error) = match refused {
        Some(Submitted { values, errors }) => (
            "reason".to_owned(),
            values.reason,
            errors.get("reason").map(str::to_owned),
        ),
        None => (format!("reason-{n}"), String::new(), None),
    };
    let heading = format!("signal-{n}");
    let labelled_by = heading.clone();
    let shown = signal.standing.len();
    view! {
        <section class="nhsuk-card integrity-signal" aria-labelledby=labelled_by>
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-m" id=heading>{signal.kind.clone()}</h3>
                <p class="nhsuk-body">{signal.summary.clone()}</p>
                {signal.window.clone().map(|w| view! { <p class="nhsuk-body-s">{t!("integrity-when", window = w)}</p> })}
                <h4 class="nhsuk-heading-s">{if signal.ideas.len() == 1 { t!("integrity-the-idea") } else { t!("integrity-the-ideas") }}</h4>
                <ul class="nhsuk-list nhsuk-list--bullet">
                    {signal.ideas.iter().map(|i| view! {
                        <li><a href=i.href.clone()>{i.title.clone()}</a>{format!(": {}", i.share)}</li>
                    }).collect_view()}
                </ul>
                <h4 class="nhsuk-heading-s">{t!("integrity-the-group")}</h4>
                <dl class="nhsuk-summary-list">
                    {signal.figures.iter().map(|(k, v)| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">{k.clone()}</dt>
                            <dd class="nhsuk-summary-list__value">{v.clone()}</dd>
                        </div>
                    }).collect_view()}
                </dl>
                <details class="nhsuk-details">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">{t!("integrity-accounts", count = signal.accounts)}</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                            {signal.standing.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
                        </ul>
                        {(signal.more > 0).then(|| view! {
                            <p class="nhsuk-body-s">{t!("integrity-more", shown = shown, more = signal.more)}</p>
                        })}
                    </div>
                </details>
                <form method="post" action=paths::SET_ASIDE novalidate>
                    <input type="hidden" name="campaign" value=campaign/>
                    <input type="hidden" name="key" value=signal.key.clone()/>
                    <input type="hidden" name="fingerprint" value=signal.fingerprint.clone()/>
                    <ReasonField id label=t!("integrity-why-set-aside")
                        hint=t!("integrity-why-set-aside-hint")
                        value error/>
                    <button class="nhsuk-button nhsuk-button--warning" type="submit">
                        {t!("integrity-set-aside-button", supports = signal.supports, accounts = signal.accounts)}
                    </button>
                </form>
            </div>
        </section>
    }
}

#[component]
fn SetAsideCard(row: SetAsideView, refused: Option<Submitted<RestoreForm>>) -> impl IntoView {
    let id = format!("restore-{}", row.id);
    let (value, error) = match refused {
        Some(Submitted { values, errors }) => (values.reason, errors.get(&id).map(str::to_owned)),
        None => (String::new(), None),
    };
    let heading = format!("set-aside-{}", row.id);
    let labelled_by = heading.clone();
    view! {
        <section class="nhsuk-card integrity-set-aside" aria-labelledby=labelled_by>
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-m" id=heading>{row.kind.clone()}</h3>
                <p class="nhsuk-body">{row.summary.clone()}</p>
                <dl class="nhsuk-summary-list">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t!("integrity-set-aside")}</dt>
                        <dd class="nhsuk-summary-list__value">{t!("integrity-supports-from", supports = row.supports, accounts = row.accounts)}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t!("review-revoke-why")}</dt>
                        <dd class="nhsuk-summary-list__value">{row.reason.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">{t!("integrity-who-when")}</dt>
                        <dd class="nhsuk-summary-list__value">{row.by.clone()}</dd>
                    </div>
                </dl>
                {match row.restored.clone() {
                    Some(restored) => view! { <p class="nhsuk-body"><strong>{restored}</strong></p> }.into_any(),
                    None => view! {
                        <form method="post" action=paths::restore(row.id) novalidate>
                            <ReasonField id=id.clone() label=t!("integrity-why-restore")
                                hint=t!("integrity-why-restore-hint")
                                value error/>
                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("integrity-restore")}</button>
                        </form>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}
