//! Vote integrity: where each support came from (as a keyed hash of its network), the
//! signals read from a campaign's supports (`domain::integrity`), and moderators
//! setting a group's support aside (kept, counted nowhere, restorable).
//!
//! Moderators see a signal's figures and its accounts' standing, never who the accounts
//! are or what any one of them supported beyond the signal itself; the audit log keeps
//! every set-aside and restore with its reason.

use crate::server::locking::BeginWrite;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    JoinType, QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};
use sha2::Sha256;

use crate::domain::idea::{Visibility, idea_href};
use crate::domain::integrity::{Signal, SignalKind, Support, detect};
use crate::features::analysis::CampaignChoice;
use crate::features::integrity::{IntegrityReport, SetAsideView, SignalIdea, SignalView};
use crate::server::entities::{
    campaign, comment, idea, user, vote, vote_set_aside, vote_set_aside_account,
};
use crate::server::queries::{uk_date, uk_date_time};
use crate::server::rankings::Rankings;
use crate::t;

/// Accounts listed one by one under a signal; the figures cover them all.
const STANDING_ROWS: usize = 50;

/// The network `address` is in: its /24 for IPv4, its /48 for IPv6 (what one home,
/// office or mobile operator's pool is usually given), "203.0.113.0/24".
pub fn network(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => network(IpAddr::V4(v4)),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 80) - 1);
                format!("{}/48", std::net::Ipv6Addr::from(prefix))
            }
        },
    }
}

/// What is stored of `network`: its HMAC-SHA256 under the campaign's `key`, cut to 32
/// hex digits. Without the key nobody can tell which network it was (there are only 16
/// million IPv4 /24s to try); with it, only that two supports came from the same one.
pub fn keyed(key: &str, network: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key");
    mac.update(network.as_bytes());
    let digest = mac.finalize().into_bytes();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored block of a support from `address` in `campaign`, making the campaign's key
/// at its first support.
pub async fn block_of(
    db: &DatabaseConnection,
    campaign: &campaign::Model,
    address: IpAddr,
) -> Result<String, DbErr> {
    let key = match &campaign.integrity_key {
        Some(key) => key.clone(),
        None => {
            // Two first supports at once: only one key is written, and both read it.
            let made = format!(
                "{}{}",
                uuid::Uuid::new_v4().simple(),
                uuid::Uuid::new_v4().simple()
            );
            campaign::Entity::update_many()
                .col_expr(campaign::Column::IntegrityKey, Expr::value(made))
                .filter(campaign::Column::Id.eq(campaign.id))
                .filter(campaign::Column::IntegrityKey.is_null())
                .exec(db)
                .await?;
            campaign::Entity::find_by_id(campaign.id)
                .select_only()
                .column(campaign::Column::IntegrityKey)
                .into_tuple::<Option<String>>()
                .one(db)
                .await?
                .flatten()
                .unwrap_or_default()
        }
    };
    Ok(keyed(&key, &network(address)))
}

/// The set-aside in force over `user_id`'s support in campaign `campaign_id`, if any:
/// their new support there is set aside with it.
pub async fn set_aside_for(
    db: &impl ConnectionTrait,
    user_id: i64,
    campaign_id: i64,
) -> Result<Option<i64>, DbErr> {
    vote_set_aside_account::Entity::find()
        .select_only()
        .column(vote_set_aside_account::Column::SetAsideId)
        .join(
            JoinType::InnerJoin,
            vote_set_aside_account::Relation::SetAside.def(),
        )
        .filter(vote_set_aside_account::Column::UserId.eq(user_id))
        .filter(vote_set_aside::Column::CampaignId.eq(campaign_id))
        .filter(vote_set_aside::Column::RestoredAt.is_null())
        .into_tuple::<i64>()
        .one(db)
        .await
}

/// The ideas of campaign `campaign_id` whose support counts: published and not merged.
async fn counted_ideas(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Vec<idea::Model>, DbErr> {
    idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .all(db)
        .await
}

/// The supports that count in a campaign's `ideas`.
async fn counted_supports(
    db: &impl ConnectionTrait,
    ideas: &[idea::Model],
) -> Result<Vec<Support>, DbErr> {
    let mut supports = Vec::new();
    let ids: Vec<i64> = ideas.iter().map(|i| i.id).collect();
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, i64, DateTime<Utc>, Option<String>)> = vote::Entity::find()
            .select_only()
            .columns([
                vote::Column::UserId,
                vote::Column::IdeaId,
                vote::Column::CreatedAt,
                vote::Column::AddressBlock,
            ])
            .filter(vote::Column::IdeaId.is_in(chunk.iter().copied()))
            .filter(vote::Column::SetAsideBy.is_null())
            .into_tuple()
            .all(db)
            .await?;
        supports.extend(rows.into_iter().map(|(account, idea, at, block)| Support {
            account,
            idea,
            at,
            block,
        }));
    }
    Ok(supports)
}

/// The signals in campaign `campaign_id`, with the supports they were read from and its
/// ideas.
async fn signals(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<(Vec<Signal>, Vec<Support>, Vec<idea::Model>), DbErr> {
    let ideas = counted_ideas(db, campaign_id).await?;
    let supports = counted_supports(db, &ideas).await?;
    let authors: HashMap<i64, i64> = ideas.iter().map(|i| (i.id, i.author_id)).collect();
    Ok((detect(&supports, &authors), supports, ideas))
}

/// The integrity page of campaign `slug` (the newest that has opened when `None`);
/// `None` when there is no such campaign.
pub async fn report(
    db: &DatabaseConnection,
    slug: Option<&str>,
) -> Result<Option<IntegrityReport>, DbErr> {
    let (campaigns, chosen) = crate::server::queries::campaigns::chosen(db, slug).await?;
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let (found, supports, ideas) = signals(db, chosen.id).await?;
    let accounts: BTreeSet<i64> = found
        .iter()
        .flat_map(|s| s.accounts.iter().copied())
        .collect();
    let standing = Standings::read(db, &accounts, &supports).await?;
    let ideas_by_id: HashMap<i64, &idea::Model> = ideas.iter().map(|i| (i.id, i)).collect();
    let signals = found
        .iter()
        .map(|s| signal_view(s, &standing, &supports, &ideas_by_id))
        .collect();
    Ok(Some(IntegrityReport {
        campaigns,
        campaign: CampaignChoice {
            slug: chosen.slug.clone(),
            title: chosen.title_in(crate::i18n::lang()).0.to_owned(),
        },
        counted: supports.len() as u64,
        signals,
        set_asides: set_aside_views(db, chosen.id).await?,
    }))
}

/// What the report shows of the accounts in its signals: their standing, and what they
/// did in the campaign, counted.
struct Standings {
    accounts: HashMap<i64, user::Model>,
    /// Published ideas and comments anywhere, by account.
    contributions: HashMap<i64, u64>,
    /// In the campaign: first support, supports, the networks they came from.
    here: HashMap<i64, (DateTime<Utc>, u64, BTreeSet<String>)>,
}

impl Standings {
    async fn read(
        db: &impl ConnectionTrait,
        accounts: &BTreeSet<i64>,
        supports: &[Support],
    ) -> Result<Self, DbErr> {
        let ids: Vec<i64> = accounts.iter().copied().collect();
        let mut standing = Standings {
            accounts: HashMap::new(),
            contributions: HashMap::new(),
            here: HashMap::new(),
        };
        for chunk in ids.chunks(500) {
            for account in user::Entity::find()
                .filter(user::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?
            {
                standing.accounts.insert(account.id, account);
            }
            let ideas: Vec<(i64, i64)> = idea::Entity::find()
                .select_only()
                .column(idea::Column::AuthorId)
                .column_as(idea::Column::Id.count(), "n")
                .filter(idea::Column::AuthorId.is_in(chunk.iter().copied()))
                .filter(idea::Column::Visibility.eq(Visibility::Published))
                .group_by(idea::Column::AuthorId)
                .into_tuple()
                .all(db)
                .await?;
            let comments: Vec<(i64, i64)> = comment::Entity::find()
                .select_only()
                .column(comment::Column::AuthorId)
                .column_as(comment::Column::Id.count(), "n")
                .filter(comment::Column::AuthorId.is_in(chunk.iter().copied()))
                .filter(comment::Column::Visibility.eq(Visibility::Published))
                .filter(comment::Column::DeletedAt.is_null())
                .group_by(comment::Column::AuthorId)
                .into_tuple()
                .all(db)
                .await?;
            for (account, n) in ideas.into_iter().chain(comments) {
                *standing.contributions.entry(account).or_default() += n as u64;
            }
        }
        for s in supports.iter().filter(|s| accounts.contains(&s.account)) {
            let entry = standing
                .here
                .entry(s.account)
                .or_insert((s.at, 0, BTreeSet::new()));
            entry.0 = entry.0.min(s.at);
            entry.1 += 1;
            if let Some(block) = &s.block {
                entry.2.insert(block.clone());
            }
        }
        Ok(standing)
    }

    /// How long before its first support here the account was made.
    fn age_at_first(&self, account: i64) -> Option<chrono::Duration> {
        let made = self.accounts.get(&account)?.created_at;
        let first = self.here.get(&account)?.0;
        Some((first - made).max(chrono::Duration::zero()))
    }

    /// One account's standing, without who it is.
    fn line(&self, account: i64) -> String {
        let age = match self.age_at_first(account) {
            Some(age) if age.num_hours() < 1 => t!("standing-made-minutes"),
            Some(age) if age.num_days() < 1 => {
                t!("standing-made-hours", hours = age.num_hours())
            }
            Some(age) => t!("standing-made-days", days = age.num_days()),
            None => t!("standing-deleted"),
        };
        let supports = self.here.get(&account).map_or(0, |h| h.1);
        let contributions = self.contributions.get(&account).copied().unwrap_or(0);
        let suspended = self
            .accounts
            .get(&account)
            .and_then(|a| a.suspended_until)
            .is_some_and(|until| until > Utc::now());
        let mut line = format!(
            "{age} · {} · {}",
            t!("standing-supports-here", count = supports),
            t!("standing-contributed", count = contributions)
        );
        if suspended {
            line.push_str(&format!(" · {}", t!("standing-suspended")));
        }
        line
    }
}

fn signal_view(
    signal: &Signal,
    standing: &Standings,
    supports: &[Support],
    ideas: &HashMap<i64, &idea::Model>,
) -> SignalView {
    let group: BTreeSet<i64> = signal.accounts.iter().copied().collect();
    let n = group.len() as u64;
    let of = |count: u64| t!("signal-of", count = count, all = n);
    let new = group
        .iter()
        .filter(|a| {
            standing
                .age_at_first(**a)
                .is_some_and(|age| age.num_days() < 1)
        })
        .count() as u64;
    let quiet = group
        .iter()
        .filter(|a| !standing.contributions.contains_key(a))
        .count() as u64;
    let mut ages: Vec<i64> = group
        .iter()
        .filter_map(|a| standing.age_at_first(*a))
        .map(|age| age.num_days())
        .collect();
    ages.sort_unstable();
    let median = ages.get(ages.len() / 2).copied().unwrap_or(0);
    let networks: BTreeSet<&String> = group
        .iter()
        .filter_map(|a| standing.here.get(a))
        .flat_map(|h| h.2.iter())
        .collect();
    let group_supports: u64 = group
        .iter()
        .filter_map(|a| standing.here.get(a))
        .map(|h| h.1)
        .sum();
    let mut per_idea: BTreeMap<i64, (u64, u64)> =
        signal.ideas.iter().map(|i| (*i, (0, 0))).collect();
    for s in supports {
        if let Some(entry) = per_idea.get_mut(&s.idea) {
            entry.1 += 1;
            if group.contains(&s.account) {
                entry.0 += 1;
            }
        }
    }
    SignalView {
        kind: crate::i18n::tr(signal.kind.label_key()),
        key: signal.key.clone(),
        fingerprint: signal.fingerprint(),
        summary: signal.summary.clone(),
        window: signal.window.map(|(from, to)| {
            t!(
                "signal-window",
                from = uk_date_time(from),
                to = crate::server::queries::uk_time(to)
            )
        }),
        ideas: per_idea
            .iter()
            .filter_map(|(id, (from_group, all))| {
                let idea = ideas.get(id)?;
                Some(SignalIdea {
                    title: idea.title.clone(),
                    href: idea_href(idea.id, &idea.slug),
                    share: t!("signal-share", group = *from_group, all = *all),
                })
            })
            .collect(),
        accounts: n,
        supports: group_supports,
        figures: vec![
            (t!("signal-figure-accounts"), n.to_string()),
            (t!("signal-figure-new"), of(new)),
            (
                t!("signal-figure-median-age"),
                t!("signal-days", days = median as u64),
            ),
            (t!("signal-figure-quiet"), of(quiet)),
            (
                t!("signal-figure-networks"),
                if networks.is_empty() {
                    t!("signal-not-known")
                } else {
                    networks.len().to_string()
                },
            ),
            (t!("signal-figure-supports"), group_supports.to_string()),
        ],
        standing: group
            .iter()
            .take(STANDING_ROWS)
            .map(|a| standing.line(*a))
            .collect(),
        more: n.saturating_sub(STANDING_ROWS as u64),
    }
}

async fn set_aside_views(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Vec<SetAsideView>, DbErr> {
    let rows = vote_set_aside::Entity::find()
        .filter(vote_set_aside::Column::CampaignId.eq(campaign_id))
        .order_by_desc(vote_set_aside::Column::Id)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let accounts: HashMap<i64, i64> = vote_set_aside_account::Entity::find()
        .select_only()
        .column(vote_set_aside_account::Column::SetAsideId)
        .column_as(vote_set_aside_account::Column::UserId.count(), "n")
        .filter(vote_set_aside_account::Column::SetAsideId.is_in(ids.clone()))
        .group_by(vote_set_aside_account::Column::SetAsideId)
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let supports: HashMap<i64, i64> = vote::Entity::find()
        .select_only()
        .column(vote::Column::SetAsideBy)
        .column_as(vote::Column::UserId.count(), "n")
        .filter(vote::Column::SetAsideBy.is_in(ids))
        .group_by(vote::Column::SetAsideBy)
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let people: BTreeSet<i64> = rows
        .iter()
        .flat_map(|r| [r.moderator_id, r.restored_by])
        .flatten()
        .collect();
    let names: HashMap<i64, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let name = |id: Option<i64>| {
        id.and_then(|id| names.get(&id).cloned())
            .unwrap_or_else(|| t!("set-aside-former-moderator"))
    };
    Ok(rows
        .into_iter()
        .map(|r| SetAsideView {
            id: r.id,
            kind: crate::i18n::tr(
                SignalKind::from_key(&r.signal).map_or("signal", SignalKind::label_key),
            ),
            summary: r.summary,
            reason: r.reason,
            by: t!(
                "set-aside-by",
                on = uk_date(r.created_at),
                by = name(r.moderator_id)
            ),
            accounts: accounts.get(&r.id).copied().unwrap_or(0) as u64,
            supports: supports.get(&r.id).copied().unwrap_or(0) as u64,
            restored: r.restored_at.map(|at| {
                t!(
                    "set-aside-restored",
                    on = uk_date(at),
                    by = name(r.restored_by),
                    reason = r.restore_reason.unwrap_or_default()
                )
            }),
        })
        .collect())
}

/// The analysis page's note of support set aside in campaign `campaign_id`, if any.
pub async fn set_aside_note(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Option<crate::features::analysis::SetAside>, DbErr> {
    let (supports, accounts): (i64, i64) = vote::Entity::find()
        .select_only()
        .column_as(vote::Column::UserId.count(), "supports")
        .column_as(Expr::cust("COUNT(DISTINCT votes.user_id)"), "accounts")
        .join(JoinType::InnerJoin, vote::Relation::Idea.def())
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .filter(vote::Column::SetAsideBy.is_not_null())
        .into_tuple()
        .one(db)
        .await?
        .unwrap_or((0, 0));
    Ok(
        (supports > 0).then_some(crate::features::analysis::SetAside {
            supports: supports as u64,
            accounts: accounts as u64,
        }),
    )
}

/// What became of a set-aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAsideOutcome {
    Done {
        id: i64,
        accounts: u64,
        supports: u64,
    },
    /// The signal is no longer there, or its group has changed since the page was shown.
    Changed,
    NotFound,
}

/// Sets aside the support in campaign `slug` of the group of signal `key`, if it is
/// still exactly the group the moderator saw (`fingerprint`): their supports stay but
/// count nowhere, and any they give in the campaign from now on is set aside too.
pub async fn set_aside(
    db: &DatabaseConnection,
    rankings: &Rankings,
    moderator_id: i64,
    (slug, key, fingerprint): (&str, &str, &str),
    reason: &str,
    now: DateTime<Utc>,
) -> Result<SetAsideOutcome, DbErr> {
    let Some(chosen) = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(SetAsideOutcome::NotFound);
    };
    let txn = db.begin_write().await?;
    // One decision at a time per campaign (and, on SQLite, the write lock first).
    crate::server::locking::claim::<campaign::Entity>(&txn, campaign::Column::Id, chosen.id)
        .await?;
    let ideas = counted_ideas(&txn, chosen.id).await?;
    let ids: Vec<i64> = ideas.iter().map(|i| i.id).collect();
    // The campaign's ideas are locked first, so that supports in flight either count in
    // the signal read next or arrive after the set-aside, and are then set aside too.
    crate::server::tallies::lock(&txn, &ids).await?;
    let (found, _, _) = signals(&txn, chosen.id).await?;
    let Some(signal) = found
        .into_iter()
        .find(|s| s.key == key && s.fingerprint() == fingerprint)
    else {
        return Ok(SetAsideOutcome::Changed);
    };
    let row = vote_set_aside::ActiveModel {
        campaign_id: Set(chosen.id),
        signal: Set(signal.kind.key().to_owned()),
        summary: Set(signal.summary.clone()),
        reason: Set(reason.to_owned()),
        moderator_id: Set(Some(moderator_id)),
        created_at: Set(now),
        restored_at: Set(None),
        restored_by: Set(None),
        restore_reason: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for chunk in signal.accounts.chunks(500) {
        vote_set_aside_account::Entity::insert_many(chunk.iter().map(|a| {
            vote_set_aside_account::ActiveModel {
                set_aside_id: Set(row.id),
                user_id: Set(*a),
            }
        }))
        .exec(&txn)
        .await?;
    }
    let mut supports = 0;
    for chunk in signal.accounts.chunks(500) {
        supports += vote::Entity::update_many()
            .col_expr(vote::Column::SetAsideBy, Expr::value(row.id))
            .filter(vote::Column::UserId.is_in(chunk.iter().copied()))
            .filter(vote::Column::IdeaId.is_in(ids.iter().copied()))
            .filter(vote::Column::SetAsideBy.is_null())
            .exec(&txn)
            .await?
            .rows_affected;
    }
    crate::server::tallies::recount(&txn, &ids).await?;
    crate::server::audit::record(
        &txn,
        Some(moderator_id),
        "votes.set_aside",
        "campaign",
        chosen.id,
        // The audit log keeps its notes in English, like the rest of the record.
        Some(&t!(
            in crate::i18n::Lang::En,
            "audit-set-aside",
            summary = signal.summary.clone(),
            accounts = signal.accounts.len(),
            supports = supports,
            reason = reason
        )),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::rankings::sync(db, rankings, &ids).await?;
    Ok(SetAsideOutcome::Done {
        id: row.id,
        accounts: signal.accounts.len() as u64,
        supports,
    })
}

/// The slug of the campaign of set-aside `id`.
pub async fn set_aside_campaign(db: &DatabaseConnection, id: i64) -> Result<Option<String>, DbErr> {
    let Some(row) = vote_set_aside::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(campaign::Entity::find_by_id(row.campaign_id)
        .one(db)
        .await?
        .map(|c| c.slug))
}

/// What became of a restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreOutcome {
    /// Restored; the campaign's slug, for the page to return to.
    Done(String),
    AlreadyRestored(String),
    NotFound,
}

/// Restores set-aside `id`: its supports count again, and its accounts' new support is
/// no longer set aside.
pub async fn restore(
    db: &DatabaseConnection,
    rankings: &Rankings,
    moderator_id: i64,
    id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<RestoreOutcome, DbErr> {
    let txn = db.begin_write().await?;
    crate::server::locking::claim::<vote_set_aside::Entity>(&txn, vote_set_aside::Column::Id, id)
        .await?;
    let Some(row) = vote_set_aside::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(RestoreOutcome::NotFound);
    };
    let slug = campaign::Entity::find_by_id(row.campaign_id)
        .one(&txn)
        .await?
        .map(|c| c.slug)
        .unwrap_or_default();
    if row.restored_at.is_some() {
        return Ok(RestoreOutcome::AlreadyRestored(slug));
    }
    let ids: Vec<i64> = counted_ideas(&txn, row.campaign_id)
        .await?
        .iter()
        .map(|i| i.id)
        .collect();
    crate::server::tallies::lock(&txn, &ids).await?;
    vote::Entity::update_many()
        .col_expr(vote::Column::SetAsideBy, Expr::value(Option::<i64>::None))
        .filter(vote::Column::SetAsideBy.eq(id))
        .exec(&txn)
        .await?;
    vote_set_aside::Entity::update_many()
        .col_expr(vote_set_aside::Column::RestoredAt, Expr::value(now))
        .col_expr(
            vote_set_aside::Column::RestoredBy,
            Expr::value(moderator_id),
        )
        .col_expr(vote_set_aside::Column::RestoreReason, Expr::value(reason))
        .filter(vote_set_aside::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    crate::server::tallies::recount(&txn, &ids).await?;
    crate::server::audit::record(
        &txn,
        Some(moderator_id),
        "votes.restored",
        "campaign",
        row.campaign_id,
        Some(reason),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::rankings::sync(db, rankings, &ids).await?;
    Ok(RestoreOutcome::Done(slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_the_blocks_people_share() {
        assert_eq!(network("203.0.113.77".parse().unwrap()), "203.0.113.0/24");
        assert_eq!(
            network("2001:db8:1:2:3::9".parse().unwrap()),
            "2001:db8:1::/48"
        );
        assert_eq!(
            network("::ffff:198.51.100.9".parse().unwrap()),
            "198.51.100.0/24"
        );
    }

    #[test]
    fn blocks_are_keyed() {
        let one = keyed("key-a", "203.0.113.0/24");
        assert_eq!(one.len(), 32);
        assert_eq!(one, keyed("key-a", "203.0.113.0/24"));
        assert_ne!(one, keyed("key-b", "203.0.113.0/24"));
        assert_ne!(one, keyed("key-a", "203.0.114.0/24"));
    }
}
