//! Campaign milestones told to the campaign's followers: it opened for ideas, it stopped
//! taking ideas, voting closes in three days, it closed. A campaign's phases follow
//! from its dates and the clock, so no request marks the moment; the email worker of
//! every instance looks for milestones that have fallen, and the first to insert a
//! milestone's row tells the followers, in the same transaction, so each is told once.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};

use crate::domain::campaign::{MILESTONE_FRESH_HOURS, Milestone};
use crate::domain::notification::NotificationKind;
use crate::server::entities::{campaign, campaign_milestone};
use crate::server::locking::BeginWrite;
use crate::server::notifications::{Audience, Target, tell_audience};

/// Tells the followers of every campaign about each of its milestones that has fallen
/// by `now`, is still fresh and has not been told yet; how many were told.
pub async fn announce_due(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize, DbErr> {
    // Only a campaign still open, or closed within the freshness window, can have a
    // milestone to tell.
    let live = campaign::Entity::find()
        .filter(campaign::Column::VotingClosesAt.gt(now - Duration::hours(MILESTONE_FRESH_HOURS)))
        .filter(campaign::Column::SubmissionsOpenAt.lte(now))
        .all(db)
        .await?;
    let mut told = 0;
    for c in live {
        for (milestone, falls_at) in Milestone::due(
            now,
            c.submissions_open_at,
            c.submissions_close_at,
            c.voting_closes_at,
        ) {
            if announce(db, &c, milestone, falls_at, now).await? {
                told += 1;
            }
        }
    }
    Ok(told)
}

/// Tells `c`'s followers of `milestone`, unless it was told already; whether this did.
async fn announce(
    db: &DatabaseConnection,
    c: &campaign::Model,
    milestone: Milestone,
    falls_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let told = campaign_milestone::Entity::find_by_id((c.id, milestone.key().to_owned(), falls_at))
        .one(db)
        .await?;
    if told.is_some() {
        return Ok(false);
    }
    let txn = db.begin_write().await?;
    let inserted = campaign_milestone::Entity::insert(campaign_milestone::ActiveModel {
        campaign_id: Set(c.id),
        milestone: Set(milestone.key().to_owned()),
        falls_at: Set(falls_at),
        announced_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            campaign_milestone::Column::CampaignId,
            campaign_milestone::Column::Milestone,
            campaign_milestone::Column::FallsAt,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 0 {
        return Ok(false);
    }
    tell_audience(
        &txn,
        Audience::CampaignFollowers(c.id),
        NotificationKind::CampaignMilestone,
        Target::Campaign(c.id),
        milestone.key(),
        &[],
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
