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

/// What the page says after a form worked.
fn notice(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "set-aside" => {
            "The group's support has been set aside. Counts, rankings and the analysis no longer include it."
        }
        "restored" => "The support has been restored and counts again.",
        "already-restored" => "That support had already been restored.",
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
        <Suspense fallback=|| view! { <p class="nhsuk-body">"Loading…"</p> }>
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
        <PageMeta title=form_title("Vote integrity", &errors) description="Signs that support did not come from a crowd, for moderators." shared=Shared::Private/>
        <ErrorSummary errors=errors/>
        {notice(done.as_deref()).map(|m| view! { <Banner message=m.to_owned() success=true/> })}
        <nav class="nhsuk-back-link" aria-label="Back">
            <a href=crate::features::moderation::paths::QUEUE class="nhsuk-back-link__link">"Back to moderation"</a>
        </nav>
        <span class="nhsuk-caption-l">{report.campaign.title.clone()}</span>
        <h1 class="nhsuk-heading-xl">"Vote integrity"</h1>
        <p class="nhsuk-body">
            {format!("{} supports count in this campaign. ", report.counted)}
            "The signals below are read from them: bursts of support far above an idea's own rate, accounts supporting the same ideas more often than chance would give, many accounts from one network supporting one idea, and accounts supporting only one author's ideas. Each shows figures about a group and how each account stands, never who the accounts are or anything else they supported."
        </p>
        <p class="nhsuk-body">"A signal is a reason to look, not proof: offices share a network and friends support each other's ideas. Setting a group's support aside keeps it, leaves it out of every count, and can be undone."</p>
        <CampaignPicker campaigns=report.campaigns.clone() chosen=slug.clone() action=paths::PAGE/>

        <h2 class="nhsuk-heading-l">"Signals"</h2>
        {if signals.is_empty() {
            view! { <p class="nhsuk-body integrity-none">"No signals: the support that counts in this campaign looks like a crowd's."</p> }.into_any()
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

        <h2 class="nhsuk-heading-l">"Set aside"</h2>
        {if set_asides.is_empty() {
            view! { <p class="nhsuk-body">"Nothing has been set aside in this campaign."</p> }.into_any()
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
    label: &'static str,
    hint: &'static str,
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
                {signal.window.clone().map(|w| view! { <p class="nhsuk-body-s">{format!("When: {w}")}</p> })}
                <h4 class="nhsuk-heading-s">{if signal.ideas.len() == 1 { "The idea" } else { "The ideas" }}</h4>
                <ul class="nhsuk-list nhsuk-list--bullet">
                    {signal.ideas.iter().map(|i| view! {
                        <li><a href=i.href.clone()>{i.title.clone()}</a>{format!(": {}", i.share)}</li>
                    }).collect_view()}
                </ul>
                <h4 class="nhsuk-heading-s">"The group"</h4>
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
                        <span class="nhsuk-details__summary-text">{format!("How each account stands ({})", signal.accounts)}</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                            {signal.standing.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
                        </ul>
                        {(signal.more > 0).then(|| view! {
                            <p class="nhsuk-body-s">{format!("The first {shown} are listed; {} more are counted in the figures.", signal.more)}</p>
                        })}
                    </div>
                </details>
                <form method="post" action=paths::SET_ASIDE novalidate>
                    <input type="hidden" name="campaign" value=campaign/>
                    <input type="hidden" name="key" value=signal.key.clone()/>
                    <input type="hidden" name="fingerprint" value=signal.fingerprint.clone()/>
                    <ReasonField id label="Why set this group's support aside?"
                        hint="Kept in the moderation log with your name. The supports are kept, count nowhere, and can be restored."
                        value error/>
                    <button class="nhsuk-button nhsuk-button--warning" type="submit">
                        {format!("Set aside {} supports from {} accounts", signal.supports, signal.accounts)}
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
                        <dt class="nhsuk-summary-list__key">"Set aside"</dt>
                        <dd class="nhsuk-summary-list__value">{format!("{} supports from {} accounts", row.supports, row.accounts)}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Why"</dt>
                        <dd class="nhsuk-summary-list__value">{row.reason.clone()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Who and when"</dt>
                        <dd class="nhsuk-summary-list__value">{row.by.clone()}</dd>
                    </div>
                </dl>
                {match row.restored.clone() {
                    Some(restored) => view! { <p class="nhsuk-body"><strong>{restored}</strong></p> }.into_any(),
                    None => view! {
                        <form method="post" action=paths::restore(row.id) novalidate>
                            <ReasonField id=id.clone() label="Why restore this support?"
                                hint="Kept in the moderation log with your name. The supports count again."
                                value error/>
                            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Restore this support"</button>
                        </form>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}
