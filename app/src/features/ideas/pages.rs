//! The idea page, `/ideas/{id}-{slug}`, and the page for putting an idea forward.

use crate::components::page_meta::{PageMeta, Shared};
use crate::domain::campaign::SupportsLeft;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{cast_vote, get_idea, get_submission_context, similar_ideas};
use super::submit::{
    DESCRIPTION_MAX, IdeaForm, IdeaFormState, SUMMARY_MAX, SubmissionContext, TITLE_MAX, TITLE_MIN,
};
use super::{IdeaCard, IdeaDetail, StatusForm, SupportCount, SupportWords};
use crate::components::error_panel::{ErrorPanel, Refused};
use crate::components::forms::{
    Banner, ErrorSummary, LanguageChoice, PlainLanguageHint, Radios, TextArea, TextInput,
    form_title,
};
use crate::components::not_found::NotFound;
use crate::components::safeguarding::{GoAheadButton, SafeguardingCheck};
use crate::domain::campaign::CampaignPhase;
use crate::domain::idea::{IdeaKind, IdeaStatus};
use crate::domain::safeguarding::Concerns;
use crate::domain::slug::parse_id;
use crate::error::AppError;
use crate::features::comments::CommentForm;
use crate::features::comments::pages::Discussion;
use crate::forms::{FieldErrors, Submitted, rendered_with};
use crate::t;

/// What a redirect back to the idea page says, from its `?` parameter: the words, and
/// whether it is good news.
fn idea_notice(key: Option<&str>) -> Option<(String, bool)> {
    use crate::t;
    Some(match key? {
        "submitted" => (t!("idea-notice-submitted"), true),
        "voted" => (t!("idea-notice-voted"), true),
        "withdrawn" => (t!("idea-notice-withdrawn"), true),
        "changed" => (t!("idea-notice-changed"), true),
        "idea-withdrawn" => (t!("idea-notice-idea-withdrawn"), true),
        "commented" => (t!("idea-notice-commented"), true),
        "comment-held" => (t!("idea-notice-comment-held"), true),
        "comment-held-help" => (t!("idea-notice-comment-held-help"), true),
        "comment-edited" => (t!("idea-notice-comment-edited"), true),
        "comment-deleted" => (t!("idea-notice-comment-deleted"), true),
        "status" => (t!("idea-notice-status"), true),
        "moderated" => (t!("idea-notice-moderated"), true),
        "edited" => (t!("idea-notice-edited"), true),
        "reported" => (t!("idea-notice-reported"), true),
        "supports-spent" => (t!("idea-notice-supports-spent"), false),
        "voting-closed" => (t!("idea-notice-voting-closed"), false),
        "edit-closed" => (t!("idea-notice-edit-closed"), false),
        _ => return None,
    })
}

/// The full text of one idea, its discussion, and what the reader can do.
#[component]
pub fn IdeaPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let idea = Resource::new(
        move || params.with(|p| p.get("id_slug").as_deref().and_then(parse_id)),
        |id| async move {
            let idea = match id {
                Some(id) => get_idea(id).await,
                None => Err(AppError::NotFound),
            };
            let comment = rendered_with::<Submitted<CommentForm>>().await;
            let concerns = rendered_with::<Concerns>().await;
            let status = rendered_with::<Submitted<StatusForm>>().await;
            (idea, (comment, concerns), status)
        },
    );
    let notice = move || query.with(|q| idea_notice(q.get("done").as_deref()));
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("idea-loading")}</p> }>
            {move || Suspend::new(async move {
                match idea.await {
                    // A merged duplicate's address leads to the original, where its
                    // support and discussion went; moderators still see it, to undo.
                    (Ok(idea), _, _) if idea.duplicate_of.is_some() && !idea.viewer.can_moderate => {
                        let to = idea.duplicate_of.map(|o| o.href).unwrap_or_default();
                        // On the server the answer is the redirect itself (no JavaScript
                        // needed); in the browser the router navigates.
                        #[cfg(feature = "ssr")]
                        leptos_axum::redirect(&to);
                        view! { <Redirect path=to/> }.into_any()
                    }
                    (Ok(idea), comment, status) => view! {
                        {notice().map(|(message, success)| view! { <Banner message success/> })}
                        <IdeaView idea comment status/>
                    }.into_any(),
                    (Err(AppError::NotFound), _, _) => view! { <NotFound/> }.into_any(),
                    (Err(err), _, _) => view! { <ErrorPanel err/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn IdeaView(
    idea: IdeaDetail,
    /// A comment shown again: refused, or with what the safeguarding check found.
    comment: (Option<Submitted<CommentForm>>, Option<Concerns>),
    status: Option<Submitted<StatusForm>>,
) -> impl IntoView {
    let (comment, concerns) = comment;
    let card = idea.card;
    let href = card.href();
    let campaign_href = format!("/campaigns/{}", idea.campaign_slug);
    let errors = comment
        .as_ref()
        .map(|c| c.errors.clone())
        .or_else(|| status.as_ref().map(|s| s.errors.clone()))
        .unwrap_or_default();
    // A withdrawn idea takes no more support or comments, nor one the public cannot see.
    let withdrawn = idea.withdrawn.is_some();
    let not_public = idea.not_public.is_some();
    let voting_open = idea.campaign_phase.is_current() && !withdrawn && !not_public;
    let viewer = idea.viewer.clone();
    let written = crate::i18n::lang_if_other(card.language);
    view! {
        <PageMeta title=form_title(&card.title, &errors) description=card.summary.clone() canonical=href.clone()
            shared=if withdrawn || not_public { Shared::Private } else { Shared::Article }/>
        <script type="application/ld+json" inner_html=idea.structured_data.clone()></script>
        <ErrorSummary errors=errors/>
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=campaign_href class="nhsuk-back-link__link">
                {t!("back-to", place = idea.campaign_title.clone())}
            </a>
        </nav>
        <span class="nhsuk-caption-l">{crate::i18n::tr(card.kind.label_key())}</span>
        <h1 class="nhsuk-heading-xl" lang=written>{card.title.clone()}</h1>
        <p class="nhsuk-lede-text" lang=written>{card.summary}</p>
        {idea.not_public.clone().map(|why| view! {
            <div class="nhsuk-card nhsuk-card--warning idea-not-public">
                <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading">
                        <span role="text"><span class="nhsuk-u-visually-hidden">{t!("important")}" "</span>{t!("idea-not-public")}</span>
                    </h2>
                    <p>{why}</p>
                    {(!idea.held.is_empty()).then(|| view! {
                        <p>{t!("idea-held-after-check")}</p>
                        <ul>{idea.held.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p><a href=crate::features::moderation::paths::QUEUE>{t!("idea-go-to-queue")}</a></p>
                </div>
            </div>
        })}
        {match idea.withdrawn {
            Some(withdrawn) => view! {
                <div class="nhsuk-inset-text idea-withdrawn">
                    <span class="nhsuk-u-visually-hidden">{t!("information")}" "</span>
                    <p>{withdrawn}</p>
                </div>
            }.into_any(),
            None if not_public => ().into_any(),
            None => view! {
                <div class="idea-support nhsuk-u-margin-bottom-5" id="support">
                    <SupportPanel idea_id=card.id votes=card.vote_count voted=viewer.voted
                        signed_in=viewer.signed_in open=voting_open return_to=href.clone()
                        supports_left=viewer.supports_left follows=viewer.follows
                        count=SupportCount::of(card.vote_count, viewer.voted)
                        words=SupportWords::new(viewer.supports_left, viewer.voted)/>
                </div>
            }.into_any(),
        }}
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("idea-status")}</dt>
                <dd class="nhsuk-summary-list__value">
                    <strong class=card.status.tag_class()>{crate::i18n::tr(card.status.label_key())}</strong>
                    {idea.duplicate_of.map(|original| view! {
                        <p class="nhsuk-body-s status-reason">
                            {t!("idea-duplicate-of-before")}" "<a href=original.href>{original.title}</a>
                            {t!("idea-duplicate-of-after")}
                        </p>
                    })}
                    {idea.status_reason.map(|r| view! { <p class="nhsuk-body-s status-reason">{r}</p> })}
                </dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("idea-put-forward-by")}</dt>
                <dd class="nhsuk-summary-list__value">
                    {card.author.name}
                    {card.author.segment.map(|s| format!(" ({s})"))}
                    {card.author.with_help.then(|| view! {
                        " "<strong class="nhsuk-tag nhsuk-tag--grey with-help">{crate::i18n::tr(crate::domain::assisted::WITH_HELP)}</strong>
                    })}
                </dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{t!("idea-submitted")}</dt>
                <dd class="nhsuk-summary-list__value">{card.submitted_on}</dd>
            </div>
            {card.category.map(|c| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{t!("idea-category")}</dt>
                    <dd class="nhsuk-summary-list__value">{c}</dd>
                </div>
            })}
        </dl>
        {idea.link_url.map(|url| view! {
            <p class="nhsuk-body">
                <a href=url rel="nofollow noopener noreferrer">{t!("idea-visit")}</a>
            </p>
        })}
        {(!idea.description_html.is_empty()).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("idea-description")}</h2>
            <div class="nhsuk-body idea-description" lang=written inner_html=idea.description_html></div>
        })}
        {(!idea.links.is_empty()).then(|| view! {
            <h2 class="nhsuk-heading-s">{t!("idea-links")}</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {idea.links.into_iter().map(|l| view! {
                    <li><a href=l.clone() rel="nofollow noopener noreferrer">{l.clone()}</a></li>
                }).collect_view()}
            </ul>
        })}
        {(!idea.answered_by.is_empty()).then(|| view! {
            <h2 class="nhsuk-heading-m">{t!("idea-answered-by")}</h2>
            <ul class="nhsuk-list">
                {idea.answered_by.into_iter().map(|card| view! {
                    <li><crate::features::directory::pages::ListingCardView card/></li>
                }).collect_view()}
            </ul>
        })}
        <p class="nhsuk-body-s">
            <a href=format!("{href}/report")>{t!("idea-report")}</a>
            " "{t!("idea-report-if")}" "<a href="/rules">{t!("idea-report-rules")}</a>{t!("idea-report-end")}
        </p>
        {idea.moderator_edit.map(|note| view! { <p class="nhsuk-body-s moderator-edit">{note}</p> })}
        {(!idea.versions.is_empty()).then(|| view! {
            <details class="nhsuk-details idea-versions">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{t!("idea-earlier-versions", count = idea.versions.len())}</span>
                </summary>
                <div class="nhsuk-details__text">
                    <super::components::EarlierVersions versions=idea.versions/>
                </div>
            </details>
        })}
        {viewer.is_author.then(|| view! { <AuthorTools href=href.clone() can_edit=viewer.can_edit can_withdraw=viewer.can_withdraw/> })}
        {idea.viewer.can_moderate.then(|| view! {
            <StatusFormView action=super::paths::status(&href) current=card.status submitted=status/>
            <ModeratorTools idea_id=card.id href=href.clone() locked=idea.comments_locked/>
        })}
        <Discussion idea_href=href threads=idea.comments signed_in=idea.viewer.signed_in
            open=voting_open locked=idea.comments_locked
            closed_because=withdrawn.then(|| t!("idea-discussion-withdrawn"))
                .or_else(|| not_public.then(|| t!("idea-discussion-not-public")))
            submitted=comment concerns form_key=idea.viewer.form_key.clone()/>
    }
    .into_any()
}

/// What the person who put an idea forward can do with it: change its words while the
/// limits allow, and withdraw it.
#[component]
fn AuthorTools(href: String, can_edit: bool, can_withdraw: bool) -> impl IntoView {
    (can_edit || can_withdraw).then(|| {
        view! {
            <h2 class="nhsuk-heading-m">{t!("idea-yours")}</h2>
            <ul class="nhsuk-list author-tools">
                {can_edit.then(|| view! { <li><a href=super::paths::change(&href)>{t!("idea-change")}</a></li> })}
                {can_withdraw.then(|| view! { <li><a href=super::paths::withdraw(&href)>{t!("idea-withdraw")}</a></li> })}
            </ul>
        }
    })
}

/// A moderator's other tools on an idea page: editing its words, and closing or
/// reopening its discussion (through the queue's form, coming back here).
#[component]
fn ModeratorTools(idea_id: i64, href: String, locked: bool) -> impl IntoView {
    let (action, label) = if locked {
        ("unlock", t!("idea-discussion-reopen"))
    } else {
        ("lock", t!("idea-discussion-close"))
    };
    view! {
        <h2 class="nhsuk-heading-m">{t!("idea-moderate")}</h2>
        <p class="nhsuk-body">
            <a href=crate::features::moderation::paths::edit_idea(idea_id)>{t!("idea-moderate-edit")}</a>
            " "{t!("idea-moderate-edit-kept")}
        </p>
        <form method="post" action=crate::features::moderation::paths::QUEUE class="moderator-lock">
            <input type="hidden" name="selected" value=format!("idea:{idea_id}")/>
            <input type="hidden" name="action" value=action/>
            <input type="hidden" name="return_to" value=href/>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">{label}</button>
        </form>
    }
}

/// How many people support an idea, and "Support this idea" or "Withdraw your
/// support". Without JavaScript the button posts a form that comes back to
/// `return_to`; with it, the count changes at once and the vote is sent in the
/// background, rolled back with a message if the server refuses it (an island).
#[island]
pub fn SupportPanel(
    idea_id: i64,
    votes: i32,
    voted: bool,
    signed_in: bool,
    open: bool,
    return_to: String,
    /// What the reader has left of the campaign's support budget, when it has one.
    supports_left: Option<SupportsLeft>,
    /// Whether a signed-in reader follows the idea, as it will be once the panel has
    /// changed their support; `None` for readers not signed in.
    follows: Option<crate::features::ideas::FollowsIdea>,
    /// The count in words, now and once the reader's support changes.
    count: SupportCount,
    /// Everything else the panel says, in the reader's language.
    words: SupportWords,
) -> impl IntoView {
    let SupportWords {
        closed,
        sign_in,
        you_support,
        withdraw,
        support: support_label,
        not_changed,
        try_again,
        spent_hint,
        left: left_words,
        follow,
    } = words;
    let votes = RwSignal::new(votes);
    let voted = RwSignal::new(voted);
    let count = RwSignal::new(count);
    let follow_form = follows.map(|f| {
        let following = Signal::derive(move || f.when(voted.get()));
        view! {
            <crate::features::following::FollowForm action=crate::features::following::paths::follow_idea(idea_id)
                following words=follow return_to=return_to.clone()/>
        }
    });
    let left = RwSignal::new(supports_left);
    // With the budget spent, supporting another idea waits for a withdrawal elsewhere.
    let spent = move || !voted.get() && left.get().is_some_and(|l| l.left == 0);
    let problem = RwSignal::new(None::<String>);
    let action = if !open {
        view! { <p class="nhsuk-body-s">{closed}</p> }.into_any()
    } else if !signed_in {
        let sign_in_href = crate::features::accounts::paths::sign_in(&return_to);
        view! {
            <p class="nhsuk-body">
                <a href=sign_in_href>{sign_in}</a>
            </p>
        }
        .into_any()
    } else {
        let on_submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let (before_votes, before_voted) = (votes.get_untracked(), voted.get_untracked());
            let before_count = count.get_untracked();
            let support = !before_voted;
            let before_left = left.get_untracked();
            let step = if support { 1 } else { -1 };
            voted.set(support);
            votes.set(before_votes + step);
            count.set(before_count.clone().swapped());
            left.set(before_left.map(|l| SupportsLeft {
                left: (l.left - step).max(0),
                ..l
            }));
            problem.set(None);
            let not_changed = not_changed.clone();
            let try_again = try_again.clone();
            leptos::task::spawn_local(async move {
                match cast_vote(idea_id, support).await {
                    Ok(now) => {
                        votes.set(now.votes);
                        voted.set(now.voted);
                        count.set(now.count);
                    }
                    Err(err) => {
                        votes.set(before_votes);
                        voted.set(before_voted);
                        count.set(before_count);
                        left.set(before_left);
                        problem.set(Some(format!("{not_changed} {}", err.said_or(&try_again))));
                    }
                }
            });
        };
        view! {
            <form method="post" action=super::paths::vote(idea_id) class="vote-form" on:submit=on_submit>
                <input type="hidden" name="return_to" value=return_to/>
                <input type="hidden" name="support" value=move || if voted.get() { "no" } else { "yes" }/>
                {move || if voted.get() {
                    view! {
                        <p class="nhsuk-body-s">{you_support.clone()}</p>
                        <button class="nhsuk-button nhsuk-button--secondary" type="submit">{withdraw.clone()}</button>
                    }.into_any()
                } else if spent() {
                    ().into_any()
                } else {
                    view! { <button class="nhsuk-button" type="submit">{support_label.clone()}</button> }.into_any()
                }}
            </form>
            {move || left.get().map(|l| view! {
                <p class="nhsuk-body-s supports-left">
                    {left_words.iter().find(|(n, _)| *n == l.left).map(|(_, words)| words.clone())}
                    {spent().then(|| format!(" {spent_hint}"))}
                </p>
            })}
        }
        .into_any()
    };
    view! {
        <p class="nhsuk-heading-m idea-support__count" aria-live="polite">{move || count.get().now}</p>
        {action}
        <div aria-live="assertive">
            {move || problem.get().map(|message| view! {
                <p class="nhsuk-error-message vote-problem">{message}</p>
            })}
        </div>
        {follow_form}
    }
}

/// The moderators' form for an idea's status and their public response.
#[component]
fn StatusFormView(
    action: String,
    current: IdeaStatus,
    submitted: Option<Submitted<StatusForm>>,
) -> impl IntoView {
    let Submitted { values, errors } = submitted.unwrap_or_else(|| Submitted {
        values: StatusForm {
            status: current.key().to_owned(),
            ..Default::default()
        },
        errors: FieldErrors::new(),
    });
    view! {
        <section class="nhsuk-card moderation-panel" aria-labelledby="moderation-heading">
            <div class="nhsuk-card__content">
                <h2 class="nhsuk-heading-m" id="moderation-heading">{t!("idea-moderate")}</h2>
                <form method="post" action=action novalidate>
                    <div class="nhsuk-form-group" class:nhsuk-form-group--error=errors.get("status").is_some()>
                        <label class="nhsuk-label" for="status">{t!("idea-status")}</label>
                        {errors.get("status").map(|m| view! {
                            <span class="nhsuk-error-message" id="status-error">
                                <span class="nhsuk-u-visually-hidden">{t!("error-prefix")}" "</span>{m.to_owned()}
                            </span>
                        })}
                        <select class="nhsuk-select" id="status" name="status">
                            {IdeaStatus::ALL.into_iter().map(|s| view! {
                                <option value=s.key() selected=s.key() == values.status>{crate::i18n::tr(s.label_key())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <TextArea id="reason" name="reason" label=t!("status-form-reason")
                        hint=t!("status-form-reason-hint")
                        value=values.reason errors=errors.clone() rows=3/>
                    <TextInput id="duplicate-of" name="duplicate_of" label=t!("status-form-duplicate-of")
                        hint=t!("status-form-duplicate-of-hint")
                        value=values.duplicate_of errors=errors.clone() input_type="text"/>
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit">{t!("status-form-save")}</button>
                </form>
            </div>
        </section>
    }
    .into_any()
}

/// `GET /campaigns/{slug}/ideas/new`: the form for putting an idea forward. Without
/// JavaScript, similar ideas are offered on a confirmation step after the first post;
/// with it, they are offered while the title is typed.
#[component]
pub fn NewIdeaPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || {
            (
                params.with(|p| p.get("slug").unwrap_or_default()),
                query.with(|q| q.get("for").and_then(|id| id.parse::<i64>().ok())),
            )
        },
        |(slug, on_behalf_of)| async move {
            (
                get_submission_context(slug, on_behalf_of).await,
                rendered_with::<IdeaFormState>().await,
            )
        },
    );
    let here = move || {
        format!(
            "/campaigns/{}/ideas/new",
            params.with(|p| p.get("slug").unwrap_or_default())
        )
    };
    view! {
        <Suspense fallback=|| view! { <p class="nhsuk-body">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    (Ok(context), state) => view! { <NewIdeaView context state/> }.into_any(),
                    (Err(err), _) => view! { <Refused err here=here()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewIdeaView(context: SubmissionContext, state: Option<IdeaFormState>) -> impl IntoView {
    let campaign = context.campaign;
    let campaign_href = campaign.href();
    if campaign.phase != CampaignPhase::Open {
        // An idea sent as the campaign closed comes back whole, so it is not lost.
        let (problem, kept) = match state {
            Some(state) => (state.problem, Some(state.submitted.values)),
            None => (None, None),
        };
        return view! {
            <PageMeta title=t!("new-idea-closed-title") description=t!("new-idea-closed-description") shared=Shared::Private/>
            {problem.map(|p| view! { <Banner message=p/> })}
            <h1 class="nhsuk-heading-xl">{t!("new-idea-closed-title")}</h1>
            <p class="nhsuk-body">
                {t!("new-idea-closed-body", campaign = campaign.title.clone(),
                    phase = crate::i18n::tr(campaign.phase.label_key()).to_lowercase(),
                    opens = campaign.opens_on.clone(), closes = campaign.closes_on.clone())}
            </p>
            {kept.map(|values| view! { <WhatYouWrote values/> })}
            <p class="nhsuk-body"><a href=campaign_href>{t!("new-idea-read-ideas")}</a></p>
        }
        .into_any();
    }
    let IdeaFormState {
        submitted: Submitted { values, errors },
        similar,
        problem,
        concerns,
    } = state.unwrap_or_else(|| IdeaFormState {
        submitted: Submitted {
            values: IdeaForm {
                submission_key: context.submission_key.clone(),
                on_behalf_of: context
                    .on_behalf
                    .as_ref()
                    .map(|p| p.id.to_string())
                    .unwrap_or_default(),
                ..Default::default()
            },
            errors: FieldErrors::new(),
        },
        similar: Vec::new(),
        problem: None,
        concerns: Default::default(),
    });
    let confirming = !similar.is_empty();
    let checking = !concerns.is_empty();
    let on_behalf = context.on_behalf.clone();
    let for_id = on_behalf.as_ref().map(|p| p.id);
    let action = format!("{campaign_href}/ideas/new");
    let categories: Vec<(String, String)> = context
        .categories
        .iter()
        .map(|c| (c.slug.clone(), c.name.clone()))
        .collect();
    let kinds = IdeaKind::ALL
        .iter()
        .map(|k| (k.key().to_owned(), crate::i18n::tr(k.label_key())))
        .collect();
    // Written once for the confirmation step and the island alike.
    let similar_words = SimilarWords::new();
    // What the island-wrapped fields are drawn from (their children are moved in).
    let (title, title_errors) = (values.title.clone(), errors.clone());
    let (description, description_errors) = (values.description.clone(), errors.clone());
    let page_title = if checking {
        t!("new-idea-title-checking")
    } else if confirming {
        t!("new-idea-title-confirming")
    } else {
        t!("new-idea-title")
    };
    view! {
        <PageMeta title=form_title(&page_title, &errors) description=t!("new-idea-description") shared=Shared::Private/>
        <ErrorSummary errors=errors.clone()/>
        {problem.map(|p| view! { <Banner message=p/> })}
        <nav class="nhsuk-back-link" aria-label=t!("back")>
            <a href=campaign_href.clone() class="nhsuk-back-link__link">{t!("back-to", place = campaign.title.clone())}</a>
        </nav>
        <span class="nhsuk-caption-l">{campaign.title.clone()}</span>
        <h1 class="nhsuk-heading-xl">{page_title}</h1>
        {on_behalf.map(|person| view! { <OnBehalfOf person/> })}
        {confirming.then(|| view! {
            <p class="nhsuk-body">
                {t!("new-idea-similar-intro")}
            </p>
            <SimilarIdeas ideas=similar.clone() for_id words=similar_words.clone()/>
            <h2 class="nhsuk-heading-m">{t!("new-idea-not-the-same")}</h2>
        })}
        {checking.then(|| view! { <SafeguardingCheck concerns=concerns.clone() what=crate::components::safeguarding::Written::Idea/> })}
        <form method="post" action=action novalidate class="idea-form">
            <input type="hidden" name="submission_key" value=values.submission_key.clone()/>
            {(!values.on_behalf_of.is_empty()).then(|| view! {
                <input type="hidden" name="on_behalf_of" value=values.on_behalf_of.clone()/>
            })}
            <SimilarWhileTyping campaign=campaign.slug.clone() for_id seen=values.is_confirmed() || confirming words=similar_words>
                <TextInput id="title" name="title" label=t!("new-idea-field-title")
                    hint=t!("new-idea-field-title-hint", min = TITLE_MIN, max = TITLE_MAX)
                    value=title errors=title_errors maxlength=TITLE_MAX/>
            </SimilarWhileTyping>
            <TextArea id="summary" name="summary" label=t!("new-idea-field-summary")
                hint=t!("new-idea-field-summary-hint", max = SUMMARY_MAX)
                value=values.summary.clone() errors=errors.clone() rows=3/>
            <PlainLanguageHint text=values.description.clone()>
                <TextArea id="description" name="description" label=t!("new-idea-field-description")
                    hint=t!("new-idea-field-description-hint", max = crate::i18n::grouped(DESCRIPTION_MAX))
                    value=description errors=description_errors rows=8/>
            </PlainLanguageHint>
            {(!categories.is_empty()).then(|| view! {
                <Radios id="category" name="category" legend=t!("new-idea-field-category")
                    options=categories.clone() value=values.category.clone() errors=errors.clone()/>
            })}
            <Radios id="kind" name="kind" legend=t!("new-idea-field-kind")
                options=kinds value=values.kind.clone() errors=errors.clone()/>
            <LanguageChoice legend=t!("new-idea-field-language")
                hint=t!("new-idea-field-language-hint") value=values.language.clone() errors=errors.clone()/>
            <TextInput id="link-url" name="link_url" label=t!("new-idea-field-link")
                hint=t!("new-idea-field-link-hint")
                value=values.link_url.clone() errors=errors.clone() input_type="url"/>
            <TextArea id="other-links" name="other_links" label=t!("new-idea-field-other-links")
                hint=t!("new-idea-field-other-links-hint")
                value=values.other_links.clone() errors=errors.clone() rows=3/>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button" type="submit">
                    {if confirming { t!("new-idea-submit-mine") } else { t!("new-idea-submit") }}
                </button>
                {checking.then(|| view! { <GoAheadButton/> })}
            </div>
        </form>
        <p class="nhsuk-body-s">
            {t!("new-idea-limits", title = TITLE_MAX, summary = SUMMARY_MAX, description = crate::i18n::grouped(DESCRIPTION_MAX))}
        </p>
    }
    .into_any()
}

/// The words of an idea that could not be stored, to copy and keep: each as typed,
/// line breaks included.
#[component]
fn WhatYouWrote(values: IdeaForm) -> impl IntoView {
    let parts = [
        (t!("new-idea-field-title"), values.title),
        (t!("new-idea-field-summary"), values.summary),
        (t!("idea-description"), values.description),
        (t!("new-idea-field-link"), values.link_url),
        (t!("idea-links"), values.other_links),
    ];
    view! {
        <h2 class="nhsuk-heading-m">{t!("new-idea-what-you-wrote")}</h2>
        <div class="nhsuk-inset-text kept-words">
            {parts.into_iter().filter(|(_, text)| !text.trim().is_empty()).map(|(label, text)| view! {
                <h3 class="nhsuk-heading-s">{label}</h3>
                <p class="nhsuk-body">{text}</p>
            }).collect_view()}
        </div>
    }
}

/// The idea form's title (`children`: its [`TextInput`]) and, with JavaScript, ideas
/// like it offered while it is typed (`campaign`'s, to support for `for_id` when a
/// helper acts for someone). Once any have been offered (`seen` when the page came
/// back with some), the form says so in `confirmed`, and the server skips the
/// confirmation step it shows without JavaScript. An island: the title field inside
/// stays server-rendered, and its typing reaches the island as it bubbles up.
#[island]
fn SimilarWhileTyping(
    campaign: String,
    for_id: Option<i64>,
    seen: bool,
    /// What it says, in the reader's language.
    words: SimilarWords,
    children: Children,
) -> impl IntoView {
    let live_similar = RwSignal::new(Vec::<IdeaCard>::new());
    let seen_similar = RwSignal::new(seen);
    let pending = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let title = event_target_value(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let campaign = campaign.clone();
        let handle = set_timeout_with_handle(
            move || {
                leptos::task::spawn_local(async move {
                    if title.trim().chars().count() < 4 {
                        live_similar.set(Vec::new());
                        return;
                    }
                    if let Ok(found) = similar_ideas(campaign, title).await {
                        if !found.is_empty() {
                            seen_similar.set(true);
                        }
                        live_similar.set(found);
                    }
                });
            },
            std::time::Duration::from_millis(350),
        )
        .ok();
        pending.set_value(handle);
    };
    view! {
        <div on:input=on_input>
            <input type="hidden" name="confirmed" value=move || if seen_similar.get() { "yes" } else { "" }/>
            {children()}
            <div aria-live="polite" class="similar-live">
                {move || {
                    let found = live_similar.get();
                    (!found.is_empty()).then(|| view! {
                        <div class="nhsuk-inset-text">
                            <h2 class="nhsuk-heading-s">{words.heading.clone()}</h2>
                            <SimilarIdeas ideas=found for_id words=words.clone()/>
                        </div>
                    })
                }}
            </div>
        </div>
    }
}

/// The words of the similar ideas offered, written on the server in the reader's
/// language: they are drawn in the browser too, which carries no translations.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SimilarWords {
    heading: String,
    support_instead: String,
    support_for_them: String,
}

impl SimilarWords {
    fn new() -> Self {
        Self {
            heading: t!("new-idea-title-confirming"),
            support_instead: t!("similar-support-instead"),
            support_for_them: t!("similar-support-for-them"),
        }
    }
}

/// Similar ideas, each with a link and a one-click "support this instead" (for the
/// person a helper is acting for, `for_id`, when there is one).
#[component]
fn SimilarIdeas(ideas: Vec<IdeaCard>, for_id: Option<i64>, words: SimilarWords) -> impl IntoView {
    view! {
        <ul class="nhsuk-list similar-ideas">
            {ideas.into_iter().map(|idea| {
                let href = idea.href();
                let support = match for_id {
                    Some(person) => view! {
                        <form method="post" action=crate::features::assisted::paths::support(person)>
                            <input type="hidden" name="ideas" value=idea.id.to_string()/>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                                {words.support_for_them.clone()}
                            </button>
                        </form>
                    }.into_any(),
                    None => view! {
                        <form method="post" action=super::paths::vote(idea.id)>
                            <input type="hidden" name="support" value="yes"/>
                            <input type="hidden" name="return_to" value=href.clone()/>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
                                {words.support_instead.clone()}
                            </button>
                        </form>
                    }.into_any(),
                };
                view! {
                    <li class="similar-ideas__item">
                        <a href=href.clone() class="nhsuk-body nhsuk-u-font-weight-bold">{idea.title}</a>
                        <p class="nhsuk-body-s">{idea.summary}</p>
                        {support}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Who a helper is putting the idea forward for, above the form.
#[component]
fn OnBehalfOf(person: crate::features::assisted::HelpedPerson) -> impl IntoView {
    view! {
        <div class="nhsuk-inset-text on-behalf">
            <span class="nhsuk-u-visually-hidden">{format!("{} ", t!("information"))}</span>
            <p>
                {t!("on-behalf-before")}" "
                <a href=crate::features::assisted::paths::person(person.id)>{person.display_name.clone()}</a>
                " "{t!("on-behalf-after", segment = person.segment.clone(), channel = person.channel.to_lowercase(), tag = crate::i18n::tr(crate::domain::assisted::WITH_HELP))}
            </p>
        </div>
    }
}
