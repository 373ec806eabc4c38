//! The analysis page's figures, worked out off the request path and kept current.
//!
//! A campaign's figures read every vote it has had: at the exercise's size (500 ideas)
//! that takes milliseconds, at 100,000 ideas and a million votes seconds, and finding
//! possible duplicates more. So each instance keeps the figures it last worked out for
//! each campaign someone is looking at, and serves the page and every CSV table from
//! them.
//!
//! - Figures that took less than `inline_below` to work out (a campaign of the
//!   exercise's size) are worked out again for every request, so they are always
//!   current, as before.
//! - Larger campaigns' figures are served as kept, saying when they were worked out,
//!   and a background task works them out again when the campaign's ideas, votes or
//!   comments have changed (checked every `check_every`, and at most every four times
//!   as long as the work takes, so it never takes more than a quarter of a core).
//! - The first request for a large campaign waits up to `first_wait` for its figures;
//!   past that the page says they are being worked out, and the work goes on.
//! - Possible duplicates depend on the ideas' words alone: they are found again only
//!   when a title or summary changes, not for every vote.
//!
//! Campaigns nobody has looked at for half an hour are forgotten. The figures are kept
//! in each instance's memory: they are derived from the database, which stays the
//! source of truth, and two instances may show figures worked out a few seconds apart.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::domain::idea::Visibility;
use crate::features::analysis::{Analysis, Answer, CampaignChoice};
use crate::server::entities::idea;
use crate::server::queries::analysis as figures;

/// How long a campaign is kept after it was last looked at.
const FORGET_AFTER: Duration = Duration::from_secs(30 * 60);

/// How long kept figures may go without being worked out again, changed or not (for
/// what the check does not see, such as a person changing their "I am a…" group).
const MAX_AGE: Duration = Duration::from_secs(10 * 60);

/// When figures are worked out where (`[analysis]` in the settings).
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Figures that take less than this are worked out for each request.
    pub inline_below: Duration,
    /// How often the background task asks whether kept figures are behind.
    pub check_every: Duration,
    /// How long a first request waits for a large campaign's figures.
    pub first_wait: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            inline_below: Duration::from_millis(50),
            check_every: Duration::from_secs(10),
            first_wait: Duration::from_secs(20),
        }
    }
}

/// Figures as worked out at one moment.
pub struct Kept {
    /// The figures, with an empty campaign list (the page fills it).
    pub analysis: Analysis,
    /// When the work started: no change after this is in the figures.
    pub at: DateTime<Utc>,
    started: Instant,
    took: Duration,
    /// What the campaign looked like when the work started (see [`Fingerprint`]).
    fingerprint: Fingerprint,
}

/// A campaign chosen on the analysis page, and its figures.
pub struct Chosen {
    pub campaigns: Vec<CampaignChoice>,
    pub campaign: CampaignChoice,
    /// The figures, and whether they were kept from the background (rather than worked
    /// out for this request); `None` while a large campaign's first are worked out.
    pub figures: Option<(Arc<Kept>, bool)>,
}

/// What a request gets.
enum Served {
    /// Worked out for this request: current.
    Current(Arc<Kept>),
    /// Kept from the background, worked out at [`Kept::at`].
    Kept(Arc<Kept>),
    /// A large campaign's first figures are still being worked out.
    NotYet,
}

/// Groups of possible duplicates, by idea id.
type DuplicateGroups = Arc<Vec<Vec<i64>>>;

/// One campaign's kept figures.
#[derive(Default)]
struct Slot {
    latest: RwLock<Option<Arc<Kept>>>,
    /// One piece of work at a time per campaign.
    working: tokio::sync::Mutex<()>,
    viewed: Mutex<Option<Instant>>,
    /// The campaign's name, as last asked for.
    campaign: Mutex<Option<CampaignChoice>>,
    /// The last possible duplicates found, and the fingerprint of the texts they were
    /// found in.
    duplicates: Mutex<Option<(u64, DuplicateGroups)>>,
}

impl Slot {
    fn latest(&self) -> Option<Arc<Kept>> {
        self.latest.read().ok().and_then(|l| l.clone())
    }
}

/// Each campaign's kept figures, and the background task keeping them current. Cheap to
/// clone.
#[derive(Clone)]
pub struct Analyses {
    db: DatabaseConnection,
    timing: Timing,
    slots: Arc<Mutex<HashMap<i64, Arc<Slot>>>>,
}

impl Analyses {
    pub fn new(db: DatabaseConnection, timing: Timing) -> Self {
        Self {
            db,
            timing,
            slots: Arc::default(),
        }
    }

    fn slot(&self, campaign_id: i64, campaign: &CampaignChoice) -> Arc<Slot> {
        let slot = self
            .slots
            .lock()
            .expect("the analyses' lock")
            .entry(campaign_id)
            .or_default()
            .clone();
        *slot.viewed.lock().expect("a slot's lock") = Some(Instant::now());
        *slot.campaign.lock().expect("a slot's lock") = Some(campaign.clone());
        slot
    }

    /// Campaign `slug`'s kept figures (the newest campaign's when `None`), with the
    /// campaigns to choose among: `None` when there is no such campaign, and no figures
    /// while a large campaign's first are being worked out.
    pub async fn kept(&self, slug: Option<&str>) -> Result<Option<Chosen>, DbErr> {
        let (campaigns, chosen) = crate::server::queries::campaigns::chosen(&self.db, slug).await?;
        let Some(chosen) = chosen else {
            return Ok(None);
        };
        let campaign = CampaignChoice {
            title: chosen.title_in(crate::i18n::lang()).0.to_owned(),
            slug: chosen.slug,
        };
        let figures = match self.figures(chosen.id, campaign.clone()).await? {
            Served::Current(kept) => Some((kept, false)),
            Served::Kept(kept) => Some((kept, true)),
            Served::NotYet => None,
        };
        Ok(Some(Chosen {
            campaigns,
            campaign,
            figures,
        }))
    }

    /// What the analysis page shows for campaign `slug` (the newest when `None`);
    /// `None` when there is no such campaign.
    pub async fn answer(&self, slug: Option<&str>) -> Result<Option<Answer>, DbErr> {
        let Some(chosen) = self.kept(slug).await? else {
            return Ok(None);
        };
        Ok(Some(match chosen.figures {
            None => Answer::Working {
                campaigns: chosen.campaigns,
                campaign: chosen.campaign,
            },
            Some((kept, from_background)) => {
                let mut page = kept.analysis.for_page();
                page.campaigns = chosen.campaigns;
                page.campaign = chosen.campaign;
                page.as_of = from_background.then(|| crate::server::queries::uk_date_time(kept.at));
                Answer::Ready(Box::new(page))
            }
        }))
    }

    /// Campaign `campaign_id`'s figures for a request (see the module's notes).
    async fn figures(&self, campaign_id: i64, campaign: CampaignChoice) -> Result<Served, DbErr> {
        let slot = self.slot(campaign_id, &campaign);
        let latest = slot.latest();
        if let Some(kept) = &latest
            && kept.took >= self.timing.inline_below
        {
            return Ok(Served::Kept(kept.clone()));
        }
        // In a task of its own, so that work a request stops waiting for still finishes
        // for the next one.
        let requested = Instant::now();
        let this = self.clone();
        let working = slot.clone();
        let task = tokio::spawn(async move {
            let _one_at_a_time = working.working.lock().await;
            // Worked out by another request since this one came: as good.
            if let Some(kept) = working.latest()
                && kept.started >= requested
            {
                return Ok(kept);
            }
            this.work_out(campaign_id, campaign, &working).await
        });
        match tokio::time::timeout(self.timing.first_wait, task).await {
            Ok(Ok(done)) => done.map(Served::Current),
            Ok(Err(stopped)) => Err(DbErr::Custom(format!("the analysis stopped: {stopped}"))),
            Err(_) => Ok(latest.map_or(Served::NotYet, Served::Kept)),
        }
    }

    /// Works out campaign `campaign_id`'s figures and keeps them.
    async fn work_out(
        &self,
        campaign_id: i64,
        campaign: CampaignChoice,
        slot: &Slot,
    ) -> Result<Arc<Kept>, DbErr> {
        let started = Instant::now();
        let at = Utc::now();
        let fingerprint = fingerprint(&self.db, campaign_id).await?;
        let (gathered, texts) = figures::gather(&self.db, campaign_id).await?;
        let read = started.elapsed();
        let known = slot.duplicates.lock().expect("a slot's lock").clone();
        let key = texts.key;
        let (groups, found_again) = match known {
            Some((known_key, groups)) if known_key == key => {
                // Let go of the words now, not after the figures: they would add to the
                // work's peak, beside the figures kept and those being drawn.
                drop(texts);
                (groups, false)
            }
            // Comparing up to 100,000 ideas' words: off the async threads.
            _ => {
                let groups =
                    off_the_async_threads(move || figures::duplicate_groups(texts.words)).await?;
                (Arc::new(groups), true)
            }
        };
        let briefs = figures::briefs(&self.db, campaign_id, &gathered.named(&groups)).await?;
        *slot.duplicates.lock().expect("a slot's lock") = Some((key, groups.clone()));
        // Drawing tables of tens of thousands of rows: off the async threads too.
        let analysis =
            off_the_async_threads(move || figures::figures(campaign, gathered, &groups, briefs))
                .await?;
        let kept = Arc::new(Kept {
            analysis,
            at,
            started,
            took: started.elapsed(),
            fingerprint,
        });
        *slot.latest.write().expect("a slot's lock") = Some(kept.clone());
        tracing::debug!(
            campaign_id,
            took_ms = kept.took.as_millis() as u64,
            read_ms = read.as_millis() as u64,
            duplicates_found_again = found_again,
            "worked out a campaign's analysis"
        );
        Ok(kept)
    }

    /// Works out again every kept campaign's figures that are behind; forgets campaigns
    /// nobody has looked at lately.
    async fn catch_up(&self) {
        let slots: Vec<(i64, Arc<Slot>)> = {
            let mut slots = self.slots.lock().expect("the analyses' lock");
            slots.retain(|_, slot| {
                slot.viewed
                    .lock()
                    .expect("a slot's lock")
                    .is_some_and(|at| at.elapsed() < FORGET_AFTER)
            });
            slots.iter().map(|(id, s)| (*id, s.clone())).collect()
        };
        for (campaign_id, slot) in slots {
            // Small campaigns are worked out per request; nothing to keep current.
            let Some(kept) = slot.latest() else { continue };
            if kept.took < self.timing.inline_below
                || kept.started.elapsed() < self.timing.check_every.max(kept.took * 4)
            {
                continue;
            }
            let Some(campaign) = slot.campaign.lock().expect("a slot's lock").clone() else {
                continue;
            };
            let behind = match fingerprint(&self.db, campaign_id).await {
                Ok(now) => now != kept.fingerprint || kept.started.elapsed() >= MAX_AGE,
                Err(err) => {
                    tracing::warn!(error = %err, campaign_id, "could not check a campaign's analysis");
                    continue;
                }
            };
            if !behind {
                continue;
            }
            let _one_at_a_time = slot.working.lock().await;
            if let Err(err) = self.work_out(campaign_id, campaign, &slot).await {
                tracing::warn!(error = %err, campaign_id, "could not work out a campaign's analysis");
            }
        }
    }

    /// Keeps the kept figures current, for as long as the server runs.
    pub async fn keep_current(self) {
        let mut tick = tokio::time::interval(self.timing.check_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            self.catch_up().await;
        }
    }
}

/// Runs `work` on a thread for blocking work.
async fn off_the_async_threads<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, DbErr> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| DbErr::Custom(format!("the analysis stopped: {e}")))
}

/// What changes when a campaign's ideas, votes or comments do, read in one indexed
/// query: how many ideas are published and merged, the sums of their tally versions
/// (moved on by every vote), votes and comments, and when one was last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fingerprint {
    published: i64,
    merged: i64,
    tally_versions: i64,
    votes: i64,
    comments: i64,
    changed: Option<DateTime<Utc>>,
}

/// The fingerprint's columns as read: counts, sums (none without ideas), the latest change.
type FingerprintRow = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<DateTime<Utc>>,
);

async fn fingerprint(db: &DatabaseConnection, campaign_id: i64) -> Result<Fingerprint, DbErr> {
    let sum = |column: idea::Column| figures::sum(Expr::col(column));
    let row: Option<FingerprintRow> = idea::Entity::find()
        .select_only()
        .expr(Expr::col(idea::Column::Id).count())
        .expr(Expr::col(idea::Column::DuplicateOfId).count())
        .expr(sum(idea::Column::TallyVersion))
        .expr(sum(idea::Column::VoteCount))
        .expr(sum(idea::Column::CommentCount))
        .expr(Expr::col(idea::Column::UpdatedAt).max())
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .into_tuple()
        .one(db)
        .await?;
    let (published, merged, tally_versions, votes, comments, changed) =
        row.unwrap_or((0, 0, None, None, None, None));
    Ok(Fingerprint {
        published,
        merged,
        tally_versions: tally_versions.unwrap_or(0),
        votes: votes.unwrap_or(0),
        comments: comments.unwrap_or(0),
        changed,
    })
}
