//! `GET /api/v1/campaigns`, and each campaign's Atom feed.

use atom_syndication::{EntryBuilder, FeedBuilder, LinkBuilder, Text};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use app::server::queries;
use app::server::state::AppState;

use super::{ApiError, internal, open};

#[derive(Serialize, ToSchema)]
pub struct CampaignJson {
    slug: String,
    title: String,
    summary: String,
    /// The title and summary in Welsh, where written.
    title_cy: Option<String>,
    summary_cy: Option<String>,
    /// upcoming, open, voting_only or closed.
    phase: &'static str,
    submissions_open_at: DateTime<Utc>,
    submissions_close_at: DateTime<Utc>,
    voting_closes_at: DateTime<Utc>,
    /// pre (ideas appear once approved) or post (at once).
    moderation: &'static str,
    idea_count: u64,
    categories: Vec<CategoryJson>,
    path: String,
    ideas_api: String,
}

#[derive(Serialize, ToSchema)]
pub struct CategoryJson {
    slug: String,
    name: String,
    /// The name in Welsh, where written.
    name_cy: Option<String>,
}

/// `GET /api/v1/campaigns`: every campaign, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/campaigns",
    tag = "ideas",
    responses(
        (status = 200, description = "Every campaign, newest first", body = Vec<CampaignJson>),
        (status = 304, description = "Not modified since the ETag given"),
        (status = 429, description = "Too many requests", body = ApiError),
    )
)]
pub async fn campaigns(State(state): State<AppState>) -> Response {
    let now = Utc::now();
    let all = match queries::campaigns::all(&state.db, &state.rankings, now).await {
        Ok(all) => all,
        Err(e) => return internal(e),
    };
    let mut out = Vec::with_capacity(all.len());
    for (model, summary) in all {
        let categories = match queries::campaigns::category_rows(&state.db, model.id).await {
            Ok(c) => c,
            Err(e) => return internal(e),
        };
        out.push(CampaignJson {
            path: summary.href(),
            ideas_api: format!("/api/v1/ideas?campaign={}", model.slug),
            slug: model.slug,
            title: model.title,
            summary: model.summary,
            title_cy: written(model.title_cy),
            summary_cy: written(model.summary_cy),
            phase: match summary.phase {
                app::domain::campaign::CampaignPhase::Upcoming => "upcoming",
                app::domain::campaign::CampaignPhase::Open => "open",
                app::domain::campaign::CampaignPhase::VotingOnly => "voting_only",
                app::domain::campaign::CampaignPhase::Closed => "closed",
            },
            submissions_open_at: model.submissions_open_at,
            submissions_close_at: model.submissions_close_at,
            voting_closes_at: model.voting_closes_at,
            moderation: match model.moderation_mode {
                app::domain::campaign::ModerationMode::Pre => "pre",
                app::domain::campaign::ModerationMode::Post => "post",
            },
            idea_count: summary.idea_count,
            categories: categories
                .into_iter()
                .map(|c| CategoryJson {
                    slug: c.slug,
                    name: c.name,
                    name_cy: written(c.name_cy),
                })
                .collect(),
        });
    }
    open(Json(out).into_response())
}

/// Words an administrator may not have written in Welsh yet: `None` until they have.
fn written(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// How many events a campaign's feed holds.
const FEED_ENTRIES: u64 = 50;

/// `GET /feeds/campaigns/{slug}.atom`: a campaign's new ideas and status changes,
/// newest first.
pub async fn atom(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(slug) = file.strip_suffix(".atom") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let campaign = match queries::campaigns::by_slug(&state.db, slug).await {
        Ok(Some(c)) => c,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return internal(e),
    };
    let events = match queries::feeds::campaign_events(&state.db, campaign.id, FEED_ENTRIES).await {
        Ok(events) => events,
        Err(e) => return internal(e),
    };
    let base = state.public_url.origin().ascii_serialization();
    let self_href = format!("{base}/feeds/campaigns/{}.atom", campaign.slug);
    // In the reader's language (the feed's address may say `?lang=cy`), as its page.
    let lang = app::i18n::lang();
    let in_lang = |path: String| app::i18n::address_in(&path, lang);
    let updated = events.first().map(|e| e.at);
    let link = |rel: &str, mime: &str, href: String| {
        LinkBuilder::default()
            .rel(rel.to_owned())
            .mime_type(Some(mime.to_owned()))
            .href(href)
            .build()
    };
    let entries: Vec<_> = events
        .iter()
        .map(|e| {
            EntryBuilder::default()
                .id(format!("{self_href}#{}", e.key))
                .title(Text::plain(e.title.clone()))
                .updated(e.at.fixed_offset())
                .published(Some(e.at.fixed_offset()))
                .summary(Some(Text::plain(e.summary.clone())))
                .link(link(
                    "alternate",
                    "text/html",
                    in_lang(format!("{base}{}", e.path)),
                ))
                .build()
        })
        .collect();
    let (title, _) = campaign.title_in(lang);
    let (summary, _) = campaign.summary_in(lang);
    let subtitle = app::t!(in lang, "feed-subtitle", summary = summary);
    let feed = FeedBuilder::default()
        .id(self_href.clone())
        .lang(Some(lang.code().to_owned()))
        .title(Text::plain(title))
        .subtitle(Some(Text::plain(subtitle)))
        .updated(updated.unwrap_or(campaign.updated_at).fixed_offset())
        .link(link("self", "application/atom+xml", self_href))
        .link(link(
            "alternate",
            "text/html",
            in_lang(format!("{base}/campaigns/{}", campaign.slug)),
        ))
        .entries(entries)
        .build();
    super::atom_response(&feed, updated)
}
