//! Suspending and reinstating accounts. A suspension lasts to the end of a UK day: it is
//! stored as the instant it ends (the next UK midnight), so "suspended" is one comparison
//! with the clock and ends by itself.

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, Order, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::identity::CurrentUser;
use crate::domain::identity::Suspension;
use crate::features::moderation::people::{PersonLogEntry, PersonView};
use crate::server::audit::record;
use crate::server::entities::{comment, idea, moderation_action, user};
use crate::server::locking::claim;
use crate::server::queries::{uk_date, uk_date_time};

/// Today in the UK.
pub fn uk_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&London).date_naive()
}

/// The instant a suspension whose last day is `last_day` ends: the UK midnight after it.
fn end_of(last_day: NaiveDate) -> DateTime<Utc> {
    let next = last_day + Days::new(1);
    let midnight = next.and_hms_opt(0, 0, 0).expect("midnight exists");
    London
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        // The UK clocks change at 1am or 2am, never at midnight.
        .unwrap_or_else(|| midnight.and_utc())
}

/// The suspension of `account` in force at `now`, if any.
pub fn in_force(account: &user::Model, now: DateTime<Utc>) -> Option<Suspension> {
    let ends = account.suspended_until.filter(|ends| *ends > now)?;
    Some(Suspension {
        until: uk_date(ends - chrono::Duration::seconds(1)),
        reason: account
            .suspension_reason
            .clone()
            .unwrap_or_else(|| crate::t!("suspension-default-reason")),
    })
}

/// What became of a suspension or reinstatement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuspendOutcome {
    Done,
    NotFound,
    /// The moderator does not outrank the account (or it is their own).
    NotAllowed,
    /// Reinstating an account that is not suspended.
    NotSuspended,
}

async fn target(
    db: &impl sea_orm::ConnectionTrait,
    moderator: &CurrentUser,
    id: i64,
) -> Result<Result<user::Model, SuspendOutcome>, DbErr> {
    claim::<user::Entity>(db, user::Column::Id, id).await?;
    let Some(account) = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| u.deleted_at.is_none())
    else {
        return Ok(Err(SuspendOutcome::NotFound));
    };
    if account.id == moderator.id || account.role >= moderator.role {
        return Ok(Err(SuspendOutcome::NotAllowed));
    }
    Ok(Ok(account))
}

/// Suspends account `id` to the end of UK day `last_day`, logged with `reason`.
pub async fn suspend(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    last_day: NaiveDate,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<SuspendOutcome, DbErr> {
    // The audit log keeps its notes in English, like the rest of the record.
    let logged = crate::t!(
        in crate::i18n::Lang::En,
        "audit-suspended",
        until = last_day.format("%-d %B %Y").to_string(),
        reason = reason
    );
    let until = Some((end_of(last_day), reason));
    change(
        db,
        moderator,
        id,
        until,
        ("account.suspended", Some(&logged)),
        now,
    )
    .await
}

/// Ends account `id`'s suspension now.
pub async fn reinstate(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SuspendOutcome, DbErr> {
    change(db, moderator, id, None, ("account.reinstated", reason), now).await
}

/// Sets (or, with `None`, ends) account `id`'s suspension, in one transaction with its
/// audit-log row.
async fn change(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    until: Option<(DateTime<Utc>, &str)>,
    (action, logged): (&str, Option<&str>),
    now: DateTime<Utc>,
) -> Result<SuspendOutcome, DbErr> {
    let txn = db.begin_write().await?;
    let account = match target(&txn, moderator, id).await? {
        Ok(account) => account,
        Err(outcome) => return Ok(outcome),
    };
    if until.is_none() && in_force(&account, now).is_none() {
        return Ok(SuspendOutcome::NotSuspended);
    }
    let mut active: user::ActiveModel = account.into();
    active.suspended_until = Set(until.map(|(ends, _)| ends));
    active.suspension_reason = Set(until.map(|(_, reason)| reason.to_owned()));
    active.update(&txn).await?;
    record(&txn, Some(moderator.id), action, "account", id, logged, now).await?;
    txn.commit().await?;
    Ok(SuspendOutcome::Done)
}

/// Account `id` as `viewer` (a moderator) sees it.
pub async fn person(
    db: &DatabaseConnection,
    viewer: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<PersonView>, DbErr> {
    let Some(account) = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|u| u.deleted_at.is_none())
    else {
        return Ok(None);
    };
    let ideas = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(id))
        .count(db)
        .await?;
    let comments = comment::Entity::find()
        .filter(comment::Column::AuthorId.eq(id))
        .filter(comment::Column::DeletedAt.is_null())
        .count(db)
        .await?;
    let actions = moderation_action::Entity::find()
        .filter(moderation_action::Column::SubjectType.eq("account"))
        .filter(moderation_action::Column::SubjectId.eq(id))
        .order_by(moderation_action::Column::Id, Order::Desc)
        .limit(50)
        .all(db)
        .await?;
    let mut record = Vec::new();
    for a in actions {
        let by = match a.actor_id {
            Some(actor) => user::Entity::find_by_id(actor)
                .one(db)
                .await?
                .map(|u| u.display_name),
            None => None,
        };
        record.push(PersonLogEntry {
            when: uk_date_time(a.created_at),
            what: match a.action.as_str() {
                "account.suspended" => crate::t!("person-record-suspended"),
                "account.reinstated" => crate::t!("person-record-reinstated"),
                other => other.to_owned(),
            },
            by: by.unwrap_or_else(crate::domain::user::deleted_account),
            reason: a.reason,
        });
    }
    Ok(Some(PersonView {
        id,
        segment: Some(crate::i18n::tr(account.segment.label_key())),
        role: crate::i18n::tr(account.role.label_key()),
        joined: uk_date(account.created_at),
        ideas,
        comments,
        suspension: in_force(&account, now),
        can_suspend: account.id != viewer.id && account.role < viewer.role,
        record,
        name: account.display_name,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suspension_ends_at_the_uk_midnight_after_its_last_day() {
        let summer = NaiveDate::from_ymd_opt(2027, 7, 1).unwrap();
        assert_eq!(end_of(summer).to_rfc3339(), "2027-07-01T23:00:00+00:00");
        let winter = NaiveDate::from_ymd_opt(2027, 1, 12).unwrap();
        assert_eq!(end_of(winter).to_rfc3339(), "2027-01-13T00:00:00+00:00");
    }
}
