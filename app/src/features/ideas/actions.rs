//! Form posts for ideas: putting one forward, supporting it, and moderators' statuses.
//! Nothing is stored from a refused form; it comes back with what was typed.

use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::routing::post;
use chrono::Utc;
use serde::Deserialize;

use super::authoring::ChangeForm;
use super::paths;
use super::submit::{IdeaForm, IdeaFormState};
use super::{IdeaRef, StatusForm};
use crate::access::Access;
use crate::domain::idea::idea_href;
use crate::domain::return_to::safe_return_path;
use crate::domain::safeguarding::{self, Concerns};
use crate::domain::user::Role;
use crate::forms::{FieldErrors, Submitted};
use crate::server::authoring::{self, AuthorOutcome};
use crate::server::ideas::{self, StatusOutcome, SubmitOutcome, VoteOutcome};
use crate::server::queries;
use crate::server::rate_limit::LimitedAction;
use crate::server::state::AppState;
use crate::server::web::reply::with_notice;
use crate::server::web::{
    Answer, ClientAddress, Moderator, OrShowAgain, Participant, Reply, RouteEntry, RouteError,
    SignedIn, Staff, StrictForm, entry,
};

pub fn routes() -> Vec<RouteEntry> {
    vec![
        entry(
            Method::POST,
            paths::NEW_IDEA,
            Access::SignedIn,
            post(submit),
        )
        .limited(LimitedAction::SubmitIdea),
        entry(Method::POST, paths::VOTE, Access::SignedIn, post(vote)).limited(LimitedAction::Vote),
        entry(
            Method::POST,
            paths::STATUS,
            Access::AtLeast(Role::Moderator),
            post(set_status),
        ),
        entry(
            Method::POST,
            paths::CHANGE,
            Access::SignedIn,
            post(change_own),
        ),
        entry(
            Method::POST,
            paths::WITHDRAW,
            Access::SignedIn,
            post(withdraw_own),
        ),
    ]
}

/// `POST /ideas/{id_slug}/change`: the author's new words, within the site's limits.
/// Refused words come back with their messages; a change no longer allowed comes back
/// with the reason, the words kept to copy.
async fn change_own(
    State(state): State<AppState>,
    Participant(user): Participant,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<ChangeForm>,
) -> Answer {
    let id = crate::domain::slug::parse_id(&id_slug).ok_or(RouteError::NotFound)?;
    let here = paths::change(&format!("/ideas/{id_slug}"));
    let words = form.validate().or_show_again(here.clone(), &form)?;
    let checked = safeguarded(&words.title, &words.summary, &words.description);
    let held_for = match safeguarding::rules::before_storing(&checked, &form.safeguarding) {
        Ok(held_for) => held_for,
        Err(found) => return Ok(Reply::to_check(here, &form, found)),
    };
    let rules = (&state.authoring, &state.rankings);
    let changed = authoring::edit_own(&state.db, rules, &user, id, (words, &held_for), Utc::now());
    match changed.await? {
        AuthorOutcome::Done { href } => Ok(Reply::redirect(with_notice(&href, "changed", ""))),
        AuthorOutcome::Held { campaign } => Ok(Reply::redirect(held_on(&campaign, &held_for))),
        AuthorOutcome::NotFound => Err(RouteError::NotFound),
        AuthorOutcome::Refused(refusal) => Ok(Reply::refused(
            here,
            Submitted {
                values: form.clone(),
                errors: FieldErrors::one(
                    "title",
                    crate::t!(
                        "authoring-copy-words",
                        why = refusal.message(&state.authoring)
                    ),
                ),
            },
        )),
    }
}

/// `POST /ideas/{id_slug}/withdraw`: the author takes their idea back.
async fn withdraw_own(
    State(state): State<AppState>,
    Participant(user): Participant,
    Path(id_slug): Path<String>,
) -> Answer {
    let id = crate::domain::slug::parse_id(&id_slug).ok_or(RouteError::NotFound)?;
    match authoring::withdraw_own(&state.db, &state.rankings, &user, id, Utc::now()).await? {
        AuthorOutcome::Done { href } => {
            Ok(Reply::redirect(with_notice(&href, "idea-withdrawn", "")))
        }
        AuthorOutcome::NotFound => Err(RouteError::NotFound),
        // The page explains why; this answer is for a stale form.
        AuthorOutcome::Refused(_) | AuthorOutcome::Held { .. } => Ok(Reply::page(
            paths::withdraw(&format!("/ideas/{id_slug}")),
            StatusCode::CONFLICT,
            (),
        )),
    }
}

/// An idea's words as the safeguarding check reads them: each with its field's name.
pub(crate) fn safeguarded<'a>(
    title: &'a str,
    summary: &'a str,
    description: &'a str,
) -> [(&'static str, &'a str); 3] {
    [
        ("in-the-title", title),
        ("in-the-summary", summary),
        ("in-the-description", description),
    ]
}

/// Campaign `slug`'s page, thanking the author of an idea that waits for a moderator:
/// because the campaign checks every idea, or because it was held (then, when its words
/// suggest risk, with where to get help once more).
fn held_on(slug: &str, held_for: &Concerns) -> String {
    let why = match (held_for.is_empty(), held_for.at_risk()) {
        (true, _) => "pending",
        (false, false) => "held",
        (false, true) => "held-help",
    };
    format!(
        "{}?submitted={why}",
        crate::features::campaigns::paths::campaign(slug)
    )
}

/// The idea a form on its page was posted to (`{id}-{slug}`).
pub(crate) async fn posted_to(state: &AppState, id_slug: &str) -> Result<IdeaRef, RouteError> {
    let id = crate::domain::slug::parse_id(id_slug).ok_or(RouteError::NotFound)?;
    queries::ideas::idea_ref(&state.db, id)
        .await?
        .ok_or(RouteError::NotFound)
}

/// `POST /campaigns/{slug}/ideas/new`.
async fn submit(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(slug): Path<String>,
    StrictForm(form): StrictForm<IdeaForm>,
) -> Answer {
    let campaign = queries::campaigns::by_slug(&state.db, &slug)
        .await?
        .ok_or(RouteError::NotFound)?;
    let categories =
        queries::campaigns::categories(&state.db, campaign.id, crate::i18n::lang()).await?;
    // A helper's form comes back for the same person (the page checks again who may).
    let here = match form.on_behalf_of.trim().parse::<i64>() {
        Ok(person) => crate::features::assisted::paths::new_idea_for(&slug, person),
        Err(_) => paths::new_idea(&slug),
    };
    let again_with = |errors, similar, problem: Option<String>, concerns, status| {
        let submitted = Submitted {
            values: form.clone(),
            errors,
        };
        let answer = IdeaFormState {
            submitted,
            similar,
            problem,
            concerns,
        };
        Ok(Reply::page(here.clone(), status, answer))
    };
    let again = |errors, similar, problem, status| {
        again_with(errors, similar, problem, Concerns::default(), status)
    };
    let new = match form.validate(&categories) {
        Ok(new) => new,
        Err(errors) => return again(errors, Vec::new(), None, StatusCode::UNPROCESSABLE_ENTITY),
    };
    if let Err(refusal) = user.may_take_part() {
        let problem = RouteError::from(refusal).message();
        return again(
            FieldErrors::new(),
            Vec::new(),
            Some(problem),
            StatusCode::FORBIDDEN,
        );
    }
    // A helper's idea for someone else is that person's, marked "submitted with help".
    let on_behalf = match form.on_behalf_of.trim() {
        "" => None,
        id => Some(crate::features::assisted::actions::acting_for(&state, &user, id).await?),
    };
    let author = on_behalf.as_ref().map_or(user.id, |p| p.id);
    // "Is your idea already here?": once, before anything is stored.
    if !form.is_confirmed() {
        let similar = queries::ideas::similar(
            &state.db,
            campaign.id,
            &new.title,
            super::api::SIMILAR_OFFERED,
        )
        .await?;
        if !similar.is_empty() {
            return again(FieldErrors::new(), similar, None, StatusCode::OK);
        }
    }
    // Personal details or words of risk: shown to the author before anything is stored.
    let words = safeguarded(&new.title, &new.summary, &new.description);
    let held_for = match safeguarding::rules::before_storing(&words, &form.safeguarding) {
        Ok(held_for) => held_for,
        Err(found) => {
            return again_with(FieldErrors::new(), Vec::new(), None, found, StatusCode::OK);
        }
    };
    let stored = ideas::submit(
        &state.db,
        &state.rankings,
        &campaign,
        author,
        (new, &held_for),
        Utc::now(),
    );
    match stored.await? {
        SubmitOutcome::Stored { id, slug, visible }
        | SubmitOutcome::AlreadyStored { id, slug, visible } => {
            if let Some(person) = &on_behalf {
                tracing::info!(
                    idea = id,
                    author = person.id,
                    helper = user.id,
                    visible,
                    "idea put forward with help"
                );
                let done = match (visible, held_for.is_empty(), held_for.at_risk()) {
                    (true, _, _) => "idea",
                    (false, true, _) => "idea-pending",
                    (false, false, false) => "idea-held",
                    (false, false, true) => "idea-held-help",
                };
                let page = crate::features::assisted::paths::person(person.id);
                Ok(Reply::redirect(with_notice(&page, done, "")))
            } else if visible {
                tracing::info!(idea = id, author = user.id, "idea published");
                Ok(Reply::redirect(with_notice(
                    &idea_href(id, &slug),
                    "submitted",
                    "",
                )))
            } else {
                tracing::info!(
                    idea = id,
                    author = user.id,
                    held = !held_for.is_empty(),
                    "idea waiting for moderation"
                );
                Ok(Reply::redirect(held_on(&campaign.slug, &held_for)))
            }
        }
        SubmitOutcome::CampaignNotOpen(phase) => {
            let problem = crate::t!(
                "idea-not-saved-closed",
                phase = crate::i18n::tr(phase.label_key()).to_lowercase()
            );
            again(
                FieldErrors::new(),
                Vec::new(),
                Some(problem),
                StatusCode::CONFLICT,
            )
        }
        SubmitOutcome::UnknownCategory => {
            let errors = FieldErrors::one("category", crate::t!("idea-error-category"));
            again(errors, Vec::new(), None, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct VoteForm {
    /// "yes" to support, "no" to withdraw.
    support: String,
    return_to: String,
}

/// `POST /ideas/{id}/vote`: support an idea, or withdraw support.
async fn vote(
    State(state): State<AppState>,
    Participant(user): Participant,
    ClientAddress(origin): ClientAddress,
    Path(idea_id): Path<i64>,
    StrictForm(form): StrictForm<VoteForm>,
) -> Answer {
    let support = match form.support.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(RouteError::BadForm {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                message: "support-bad-form",
            });
        }
    };
    let outcome = ideas::vote(
        &state.db,
        &state.rankings,
        &state.vote_facts,
        user.id,
        idea_id,
        support,
        origin,
        Utc::now(),
    );
    let outcome = outcome.await?;
    if outcome == VoteOutcome::NotFound {
        return Err(RouteError::NotFound);
    }
    // Back where the person was; the idea's own address is read only when the form
    // names none that is safe (the busiest write there is saves a query).
    let back = match safe_return_path(&form.return_to).filter(|p| !p.contains('#')) {
        Some(path) => path.to_owned(),
        None => {
            queries::ideas::idea_ref(&state.db, idea_id)
                .await?
                .ok_or(RouteError::NotFound)?
                .href
        }
    };
    match outcome {
        VoteOutcome::Counted { .. } => {
            let done = if support { "voted" } else { "withdrawn" };
            Ok(Reply::redirect(with_notice(&back, done, "")))
        }
        VoteOutcome::VotingClosed => Ok(Reply::redirect(with_notice(&back, "voting-closed", ""))),
        VoteOutcome::BudgetSpent { .. } => {
            Ok(Reply::redirect(with_notice(&back, "supports-spent", "")))
        }
        VoteOutcome::NotFound => Err(RouteError::NotFound),
    }
}

/// `POST /ideas/{id}/status`: a moderator sets an idea's status and response.
async fn set_status(
    State(state): State<AppState>,
    Staff(moderator, ..): Staff<Moderator>,
    Path(id_slug): Path<String>,
    StrictForm(form): StrictForm<StatusForm>,
) -> Answer {
    let idea = posted_to(&state, &id_slug).await?;
    let refused = |errors| {
        let values = form.clone();
        Ok(Reply::refused(
            idea.href.clone(),
            Submitted { values, errors },
        ))
    };
    let decision = match form.validate() {
        Ok(decision) => decision,
        Err(errors) => return refused(errors),
    };
    let status = decision.status;
    let outcome = ideas::set_status(
        &state.db,
        &state.rankings,
        moderator.id,
        idea.id,
        decision,
        Utc::now(),
    );
    match outcome.await? {
        StatusOutcome::Changed => {
            tracing::info!(
                moderator = moderator.id,
                idea = idea.id,
                status = status.key(),
                "idea status changed"
            );
            Ok(Reply::redirect(with_notice(&idea.href, "status", "")))
        }
        StatusOutcome::NotFound => Err(RouteError::NotFound),
        StatusOutcome::BadOriginal => refused(FieldErrors::one(
            "duplicate-of",
            crate::t!("idea-error-bad-original"),
        )),
    }
}
