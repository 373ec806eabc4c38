//! Server functions for ideas. Reading is public; putting an idea forward is a plain
//! form post (see the server's routes), so it works without JavaScript.

use leptos::prelude::*;

use super::IdeaCard;
use super::IdeaDetail;
use super::submit::SubmissionContext;
use crate::error::AppError;

/// How many similar ideas are offered before a new one is stored.
pub const SIMILAR_OFFERED: u64 = 5;

/// One published idea by id, with what the reader may do on its page. Hidden, pending
/// and rejected ideas answer "not found" so that their existence is not disclosed,
/// except to moderators, who decide on them.
#[server(endpoint = "ideas/get")]
pub async fn get_idea(id: i64) -> Result<IdeaDetail, AppError> {
    let state = crate::server::state::app_state()?;
    let viewer = crate::server::auth::current_user().await?;
    crate::server::queries::ideas::published_idea(
        &state.db,
        id,
        viewer.as_ref(),
        chrono::Utc::now(),
        &state.public_url.origin().ascii_serialization(),
        &state.authoring,
    )
    .await?
    .ok_or_else(|| AppError::NotFound.respond())
}

/// The signed-in person's own idea `id`, for the pages that change or withdraw it;
/// "not found" for anyone else's.
#[server(endpoint = "ideas/own")]
pub async fn own_idea(id: i64) -> Result<super::authoring::OwnIdea, AppError> {
    use crate::domain::authoring::Authoring;
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    let Some((idea, campaign)) = crate::server::authoring::own_idea(&state.db, &user, id).await?
    else {
        return Err(AppError::NotFound.respond());
    };
    let now = chrono::Utc::now();
    let rules = state.authoring;
    let facts = crate::server::authoring::state_of(&idea, &campaign, now);
    Ok(super::authoring::OwnIdea {
        href: crate::domain::idea::idea_href(idea.id, &idea.slug),
        supporters: idea.vote_count,
        edit_refused: rules.may_edit(&facts, now).err().map(|r| r.message(&rules)),
        withdraw_refused: Authoring::may_withdraw(&facts)
            .err()
            .map(|r| r.message(&rules)),
        edit_rule: crate::t!(
            "change-idea-rule",
            supporters = rules.edit_max_supporters,
            minutes = rules.edit_within_minutes
        ),
        words: crate::domain::idea::IdeaWords {
            title: idea.title,
            summary: idea.summary,
            description: idea.description,
        },
    })
}

/// Ideas in campaign `campaign` like `title`, to offer before a new one is stored.
#[server(endpoint = "ideas/similar")]
pub async fn similar_ideas(campaign: String, title: String) -> Result<Vec<IdeaCard>, AppError> {
    let state = crate::server::state::app_state()?;
    crate::server::auth::limit(crate::server::rate_limit::LimitedAction::HeavyRead).await?;
    let Some(model) = crate::server::queries::campaigns::by_slug(&state.db, &campaign).await?
    else {
        return Err(AppError::NotFound.respond());
    };
    // Long input is cut, not refused: this runs while the person is still typing.
    let title: String = title.chars().take(super::submit::TITLE_MAX).collect();
    Ok(
        crate::server::queries::ideas::similar(&state.db, model.id, &title, SIMILAR_OFFERED)
            .await?,
    )
}

/// What the "put forward an idea" form needs: the campaign, its categories and a fresh
/// submission key. Signed-in people only; the page sends others to sign in.
#[server(endpoint = "ideas/new")]
pub async fn get_submission_context(
    campaign: String,
    on_behalf_of: Option<i64>,
) -> Result<SubmissionContext, AppError> {
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_user().await?;
    let Some(model) = crate::server::queries::campaigns::by_slug(&state.db, &campaign).await?
    else {
        return Err(AppError::NotFound.respond());
    };
    let now = chrono::Utc::now();
    let on_behalf = match on_behalf_of {
        Some(id) => {
            user.holds(crate::domain::user::Role::Helper)
                .map_err(|_| AppError::Forbidden.respond())?;
            let acting = crate::server::assisted::acting_for(&state.db, &user, id, now).await?;
            Some(acting.ok_or_else(|| AppError::NotFound.respond())?.person)
        }
        None => None,
    };
    Ok(SubmissionContext {
        campaign: crate::server::queries::campaigns::summary(
            &state.db,
            &state.rankings,
            &model,
            now,
        )
        .await?,
        categories: crate::server::queries::campaigns::categories(
            &state.db,
            model.id,
            crate::i18n::lang(),
        )
        .await?,
        submission_key: uuid::Uuid::new_v4().to_string(),
        on_behalf,
    })
}

/// An idea's support after a vote: what the page shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Support {
    pub votes: i32,
    pub voted: bool,
    /// The count in words, in the reader's language.
    pub count: super::SupportCount,
}

/// Supports idea `idea_id` (or withdraws support, with `support = false`) for the
/// signed-in person: the same rules, limits and idempotence as the form post, for pages
/// that update in place.
#[server(endpoint = "ideas/vote")]
pub async fn cast_vote(idea_id: i64, support: bool) -> Result<Support, AppError> {
    // The support panel shows a refusal as the server words it (`AppError::in_words`).
    vote_for(idea_id, support).await.map_err(AppError::in_words)
}

#[cfg(feature = "ssr")]
async fn vote_for(idea_id: i64, support: bool) -> Result<Support, AppError> {
    use crate::server::ideas::VoteOutcome;
    let state = crate::server::state::app_state()?;
    let user = crate::server::auth::require_participant().await?;
    crate::server::auth::limit(crate::server::rate_limit::LimitedAction::Vote).await?;
    let origin = crate::server::auth::client_address().await?;
    match crate::server::ideas::vote(
        &state.db,
        &state.rankings,
        &state.vote_facts,
        user.id,
        idea_id,
        support,
        origin,
        chrono::Utc::now(),
    )
    .await?
    {
        VoteOutcome::Counted { votes, voted } => Ok(Support {
            votes,
            voted,
            count: super::SupportCount::of(votes, voted),
        }),
        VoteOutcome::VotingClosed => {
            Err(AppError::Refused(crate::t!("idea-notice-voting-closed")).respond())
        }
        VoteOutcome::BudgetSpent { budget } => Err(AppError::Refused(format!(
            "{} {}",
            super::supports_left_sentence(crate::domain::campaign::SupportsLeft {
                left: 0,
                budget
            }),
            crate::t!("supports-spent-hint")
        ))
        .respond()),
        VoteOutcome::NotFound => Err(AppError::NotFound.respond()),
    }
}
