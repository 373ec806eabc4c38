//! Administrators' changes to campaigns.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::domain::campaign::CampaignDraft;
use crate::domain::slug::slugify;
use crate::server::entities::{campaign, campaign_category, category};

/// What became of a saved campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        slug: String,
    },
    /// Another campaign has this slug.
    SlugTaken,
    /// A local time that does not exist in the UK (the hour skipped when the clocks go
    /// forward); the field's id.
    NoSuchTime(&'static str),
}

/// UK local time to UTC. In the autumn hour that happens twice, the first is meant.
pub(crate) fn uk_to_utc(at: NaiveDateTime) -> Option<DateTime<Utc>> {
    London
        .from_local_datetime(&at)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// Creates a campaign (`existing = None`) or updates one from `draft`.
pub async fn save(
    db: &DatabaseConnection,
    admin: i64,
    existing: Option<campaign::Model>,
    draft: CampaignDraft,
    now: DateTime<Utc>,
) -> Result<SaveOutcome, DbErr> {
    let Some(opens) = uk_to_utc(draft.opens_at) else {
        return Ok(SaveOutcome::NoSuchTime("opens-at"));
    };
    let Some(closes) = uk_to_utc(draft.closes_at) else {
        return Ok(SaveOutcome::NoSuchTime("closes-at"));
    };
    let Some(voting) = uk_to_utc(draft.voting_closes_at) else {
        return Ok(SaveOutcome::NoSuchTime("voting-closes-at"));
    };
    let taken = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(draft.slug.as_str()))
        .one(db)
        .await?
        .is_some_and(|other| existing.as_ref().is_none_or(|e| e.id != other.id));
    if taken {
        return Ok(SaveOutcome::SlugTaken);
    }
    let txn = db.begin_write().await?;
    let action = if existing.is_some() {
        "campaign.edited"
    } else {
        "campaign.created"
    };
    let model = match existing {
        Some(existing) => {
            let mut active: campaign::ActiveModel = existing.into();
            active.slug = Set(draft.slug.clone());
            active.title = Set(draft.title);
            active.summary = Set(draft.summary);
            active.description = Set(draft.description);
            active.title_cy = Set(draft.welsh.title);
            active.summary_cy = Set(draft.welsh.summary);
            active.description_cy = Set(draft.welsh.description);
            active.submissions_open_at = Set(opens);
            active.submissions_close_at = Set(closes);
            active.voting_closes_at = Set(voting);
            active.moderation_mode = Set(draft.moderation);
            active.support_budget = Set(draft.support_budget);
            active.fair_order = Set(draft.fair_order);
            active.updated_at = Set(now);
            active.update(&txn).await?
        }
        None => {
            campaign::ActiveModel {
                slug: Set(draft.slug.clone()),
                title: Set(draft.title),
                summary: Set(draft.summary),
                description: Set(draft.description),
                title_cy: Set(draft.welsh.title),
                summary_cy: Set(draft.welsh.summary),
                description_cy: Set(draft.welsh.description),
                submissions_open_at: Set(opens),
                submissions_close_at: Set(closes),
                voting_closes_at: Set(voting),
                moderation_mode: Set(draft.moderation),
                support_budget: Set(draft.support_budget),
                fair_order: Set(draft.fair_order),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    let mut category_ids = Vec::new();
    for slug in &draft.categories {
        if let Some(found) = category::Entity::find()
            .filter(category::Column::Slug.eq(slug.as_str()))
            .one(&txn)
            .await?
        {
            category_ids.push(found.id);
        }
    }
    for (name, name_cy) in &draft.new_categories {
        let slug = slugify(name);
        let found = category::Entity::find()
            .filter(category::Column::Slug.eq(slug.as_str()))
            .one(&txn)
            .await?;
        let id = match found {
            // Naming a category that exists with a Welsh name gives it that name.
            Some(found) if !name_cy.is_empty() && found.name_cy != *name_cy => {
                let mut active: category::ActiveModel = found.into();
                active.name_cy = Set(name_cy.clone());
                active.update(&txn).await?.id
            }
            Some(found) => found.id,
            None => {
                category::ActiveModel {
                    slug: Set(slug),
                    name: Set(name.clone()),
                    name_cy: Set(name_cy.clone()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
                .id
            }
        };
        if !category_ids.contains(&id) {
            category_ids.push(id);
        }
    }
    // Ideas keep their category if it is taken off the campaign's list; the list is
    // what new ideas may choose from.
    campaign_category::Entity::delete_many()
        .filter(campaign_category::Column::CampaignId.eq(model.id))
        .exec(&txn)
        .await?;
    for id in category_ids {
        campaign_category::ActiveModel {
            campaign_id: Set(model.id),
            category_id: Set(id),
        }
        .insert(&txn)
        .await?;
    }
    // In the audit log (not the public one), in the same transaction.
    crate::server::audit::record(&txn, Some(admin), action, "campaign", model.id, None, now)
        .await?;
    txn.commit().await?;
    Ok(SaveOutcome::Saved { slug: model.slug })
}

/// UTC to the UK local time a `datetime-local` input shows.
pub fn to_uk_local(at: DateTime<Utc>) -> String {
    at.with_timezone(&London)
        .format(crate::features::campaigns::admin::LOCAL_FORMAT)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn uk_times_convert_with_summer_time() {
        let summer = NaiveDate::from_ymd_opt(2026, 7, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(
            uk_to_utc(summer).unwrap().to_rfc3339(),
            "2026-07-01T08:00:00+00:00"
        );
        // 01:30 on the last Sunday of March 2026 does not exist in the UK.
        let skipped = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        assert_eq!(uk_to_utc(skipped), None);
        assert_eq!(to_uk_local(uk_to_utc(summer).unwrap()), "2026-07-01T09:00");
    }
}
