//! Assisted digital on the server: recording a person with their consent, deciding who
//! may act for them, and acting for them through the same services everyone else's
//! ideas and supports go through (`server::ideas::submit`, `server::ideas::vote`).
//!
//! A helper acts for the people they recorded; moderators and administrators for
//! anyone recorded. Every person added and every support given for someone is in the
//! audit log under the helper's name.

pub mod import;

use crate::server::locking::BeginWrite;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    JoinType, Order, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};

use crate::domain::assisted::{CONSENT, NewPerson};
use crate::domain::idea::{Visibility, idea_href};
use crate::domain::identity::CurrentUser;
use crate::domain::user::Role;
use crate::features::assisted::{HelpedPerson, IdeaLine, OpenCampaign, PersonDetail, PersonRow};
use crate::server::entities::{assisted_person, campaign, idea, user, vote};
use crate::server::ideas::VoteOutcome;
use crate::server::queries::uk_date;
use crate::server::rankings::Rankings;

/// Records `new` as someone `helper` acts for: an account that cannot sign in (it has
/// no identity), marked as taking part with help, with the consent statement as worded
/// today. With `import_key` (a row of an imported file), `None` when that row was
/// imported before.
pub async fn add_person(
    db: &DatabaseConnection,
    helper: &CurrentUser,
    new: NewPerson,
    import_key: Option<String>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    if let Some(key) = &import_key
        && imported(db, key).await?.is_some()
    {
        return Ok(None);
    }
    let txn = db.begin_write().await?;
    let account = user::ActiveModel {
        display_name: Set(new.display_name),
        segment: Set(new.segment),
        role: Set(Role::Public),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        assisted: Set(true),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let recorded = assisted_person::ActiveModel {
        user_id: Set(account.id),
        helper_id: Set(Some(helper.id)),
        channel: Set(new.channel),
        consent: Set(CONSENT.to_owned()),
        consented_at: Set(now),
        reference: Set(new.reference),
        import_key: Set(import_key.clone()),
    }
    .insert(&txn)
    .await;
    if let Err(err) = recorded {
        // The same row imported twice at once: the unique key let one through.
        txn.rollback().await?;
        return match &import_key {
            Some(key) if imported(db, key).await?.is_some() => Ok(None),
            _ => Err(err),
        };
    }
    crate::server::audit::record(
        &txn,
        Some(helper.id),
        "assisted.person_added",
        "account",
        account.id,
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(account.id))
}

/// The person a row of an imported file recorded, if it was imported.
async fn imported(db: &impl ConnectionTrait, key: &str) -> Result<Option<i64>, DbErr> {
    Ok(assisted_person::Entity::find()
        .filter(assisted_person::Column::ImportKey.eq(key))
        .one(db)
        .await?
        .map(|p| p.user_id))
}

/// Someone `helper` may act for now.
#[derive(Clone, Debug)]
pub struct Acting {
    pub person: HelpedPerson,
    /// A moderator has suspended their account: nothing can be done in their name.
    pub suspended: bool,
}

/// Person `id`, if `helper` may act for them: they recorded them, or they moderate.
/// `None` for anyone else, for accounts that are not assisted, and for deleted ones.
pub async fn acting_for(
    db: &DatabaseConnection,
    helper: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Acting>, DbErr> {
    let Some((record, Some(account))) = assisted_person::Entity::find_by_id(id)
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if account.deleted_at.is_some() || !may_act_for(helper, &record) {
        return Ok(None);
    }
    let helpers = helper_names(db, record.helper_id.into_iter().collect()).await?;
    let suspended = crate::server::suspensions::in_force(&account, now).is_some();
    Ok(Some(Acting {
        person: helped(&record, &account, &helpers),
        suspended,
    }))
}

fn may_act_for(helper: &CurrentUser, record: &assisted_person::Model) -> bool {
    helper.role >= Role::Moderator || record.helper_id == Some(helper.id)
}

async fn helper_names(
    db: &DatabaseConnection,
    ids: Vec<i64>,
) -> Result<HashMap<i64, String>, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::DeletedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

fn helped(
    record: &assisted_person::Model,
    account: &user::Model,
    helpers: &HashMap<i64, String>,
) -> HelpedPerson {
    HelpedPerson {
        id: account.id,
        display_name: account.display_name.clone(),
        segment: crate::i18n::tr(account.segment.label_key()),
        channel: crate::i18n::tr(record.channel.label_key()),
        consented_on: uk_date(record.consented_at),
        helper: record.helper_id.and_then(|h| helpers.get(&h).cloned()),
        reference: record.reference.clone(),
    }
}

/// The people `helper` acts for (everyone recorded, for moderators), newest first.
pub async fn people(
    db: &DatabaseConnection,
    helper: &CurrentUser,
) -> Result<Vec<PersonRow>, DbErr> {
    let mut query = assisted_person::Entity::find()
        .find_also_related(user::Entity)
        .filter(user::Column::DeletedAt.is_null())
        .order_by(assisted_person::Column::ConsentedAt, Order::Desc)
        .order_by(assisted_person::Column::UserId, Order::Desc);
    if helper.role < Role::Moderator {
        query = query.filter(assisted_person::Column::HelperId.eq(helper.id));
    }
    let found = query.all(db).await?;
    let ids: Vec<i64> = found.iter().map(|(p, _)| p.user_id).collect();
    let helper_ids: std::collections::BTreeSet<i64> =
        found.iter().filter_map(|(p, _)| p.helper_id).collect();
    let helpers = helper_names(db, helper_ids.into_iter().collect()).await?;
    let (ideas, supports) = counts(db, &ids).await?;
    Ok(found
        .into_iter()
        .filter_map(|(record, account)| {
            let account = account?;
            Some(PersonRow {
                person: helped(&record, &account, &helpers),
                ideas: ideas.get(&account.id).copied().unwrap_or(0),
                supports: supports.get(&account.id).copied().unwrap_or(0),
            })
        })
        .collect())
}

/// How many ideas each of `ids` put forward, and how many they support, read in
/// batches (a database takes only so many parameters in one statement).
async fn counts(
    db: &DatabaseConnection,
    ids: &[i64],
) -> Result<(HashMap<i64, u64>, HashMap<i64, u64>), DbErr> {
    let mut ideas = HashMap::new();
    let mut supports = HashMap::new();
    for batch in ids.chunks(500) {
        let rows: Vec<(i64, i64)> = idea::Entity::find()
            .select_only()
            .column(idea::Column::AuthorId)
            .column_as(idea::Column::Id.count(), "n")
            .filter(idea::Column::AuthorId.is_in(batch.to_vec()))
            .group_by(idea::Column::AuthorId)
            .into_tuple()
            .all(db)
            .await?;
        ideas.extend(rows.into_iter().map(|(id, n)| (id, n as u64)));
        let rows: Vec<(i64, i64)> = vote::Entity::find()
            .select_only()
            .column(vote::Column::UserId)
            .column_as(vote::Column::IdeaId.count(), "n")
            .filter(vote::Column::UserId.is_in(batch.to_vec()))
            .group_by(vote::Column::UserId)
            .into_tuple()
            .all(db)
            .await?;
        supports.extend(rows.into_iter().map(|(id, n)| (id, n as u64)));
    }
    Ok((ideas, supports))
}

/// Person `id`'s page for `helper`: who they are, what was put forward and supported
/// for them, and the campaigns taking ideas now.
pub async fn detail(
    db: &DatabaseConnection,
    helper: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<PersonDetail>, DbErr> {
    let Some(acting) = acting_for(db, helper, id, now).await? else {
        return Ok(None);
    };
    let ideas = idea::Entity::find()
        .filter(idea::Column::AuthorId.eq(id))
        .order_by(idea::Column::CreatedAt, Order::Desc)
        .all(db)
        .await?
        .into_iter()
        .map(line)
        .collect();
    let supports = idea::Entity::find()
        .join(JoinType::InnerJoin, vote::Relation::Idea.def().rev())
        .filter(vote::Column::UserId.eq(id))
        .order_by(vote::Column::CreatedAt, Order::Desc)
        .all(db)
        .await?
        .into_iter()
        .map(line)
        .collect();
    let open_campaigns = campaign::Entity::find()
        .order_by(campaign::Column::SubmissionsOpenAt, Order::Desc)
        .all(db)
        .await?
        .into_iter()
        .filter(|c| c.phase(now) == crate::domain::campaign::CampaignPhase::Open)
        .map(|c| OpenCampaign {
            href: crate::features::assisted::paths::new_idea_for(&c.slug, id),
            title: c.title_in(crate::i18n::lang()).0.to_owned(),
        })
        .collect();
    Ok(Some(PersonDetail {
        person: acting.person,
        ideas,
        supports,
        open_campaigns,
    }))
}

fn line(i: idea::Model) -> IdeaLine {
    let public = i.visibility == Visibility::Published;
    IdeaLine {
        id: i.id,
        href: public.then(|| idea_href(i.id, &i.slug)),
        state: crate::i18n::tr(match i.visibility {
            Visibility::Published => "helped-idea-published",
            Visibility::Pending => "helped-idea-pending",
            Visibility::Rejected => "helped-idea-rejected",
            Visibility::Hidden => "helped-idea-hidden",
            Visibility::Withdrawn => "helped-idea-withdrawn",
        }),
        title: i.title,
    }
}

/// Supports (or, with `support = false`, withdraws the support of) `person_id` for each
/// of `ideas`, through the same vote every supporter's goes through: the campaign's
/// window and support budget hold for them too. One line in the audit log names the
/// helper and the ideas.
pub async fn support(
    db: &DatabaseConnection,
    (rankings, facts): (&Rankings, &crate::server::vote_facts::VoteFacts),
    helper: &CurrentUser,
    person_id: i64,
    (ideas, support): (&[i64], bool),
    now: DateTime<Utc>,
) -> Result<Vec<(i64, VoteOutcome)>, DbErr> {
    let mut outcomes = Vec::with_capacity(ideas.len());
    for &idea_id in ideas {
        let outcome = crate::server::ideas::vote(
            db, rankings, facts, person_id, idea_id, support,
            // The address is the helper's, which says nothing of the person's.
            None, now,
        );
        outcomes.push((idea_id, outcome.await?));
    }
    let done: Vec<String> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, VoteOutcome::Counted { .. }))
        .map(|(id, _)| id.to_string())
        .collect();
    if !done.is_empty() {
        let action = if support {
            "assisted.supported"
        } else {
            "assisted.withdrawn"
        };
        // The audit log keeps its notes in English, like the rest of the record.
        let ideas = crate::t!(
            in crate::i18n::Lang::En,
            "audit-helped-ideas",
            ideas = done.join(", ")
        );
        crate::server::audit::record(
            db,
            Some(helper.id),
            action,
            "account",
            person_id,
            Some(&ideas),
            now,
        )
        .await?;
    }
    Ok(outcomes)
}

/// Removes person `id` at their request: their account is deleted as anyone's is
/// (`accounts::delete_account`: supports withdrawn, name gone), the helper's reference
/// for them is cleared, and the audit log says who removed them. The consent record's
/// date stays, so the log still shows they took part with consent. Returns the ideas
/// whose tallies changed.
pub async fn remove(
    db: &DatabaseConnection,
    helper: &CurrentUser,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, DbErr> {
    let changed = crate::server::accounts::delete_account(db, id).await?;
    assisted_person::Entity::update_many()
        .col_expr(
            assisted_person::Column::Reference,
            sea_orm::sea_query::Expr::value(Option::<String>::None),
        )
        .filter(assisted_person::Column::UserId.eq(id))
        .exec(db)
        .await?;
    crate::server::audit::record(
        db,
        Some(helper.id),
        "assisted.person_removed",
        "account",
        id,
        None,
        now,
    )
    .await?;
    Ok(changed)
}

/// Why `person` (`None`: someone new) cannot support each of `ideas` now, if they
/// cannot: every idea must be published and taking support, and in a campaign with a
/// support budget their supports must fit in it. Empty when all of them can be.
pub async fn cannot_support(
    db: &DatabaseConnection,
    person: Option<i64>,
    ideas: &[i64],
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    let mut problems = Vec::new();
    // Per campaign: its title, its budget, and how many of these ideas are in it.
    let mut per_campaign: HashMap<i64, (String, Option<i32>, i64)> = HashMap::new();
    for &number in ideas {
        match crate::server::queries::ideas::published_with_campaign(db, number).await? {
            None => problems.push(crate::t!("helped-no-idea", number = number)),
            Some((_, campaign)) if !campaign.phase(now).is_current() => problems.push(crate::t!(
                "helped-not-taking-support",
                number = number,
                campaign = campaign.title_in(crate::i18n::lang()).0.to_owned()
            )),
            Some((_, campaign)) => {
                let entry = per_campaign.entry(campaign.id).or_insert((
                    campaign.title_in(crate::i18n::lang()).0.to_owned(),
                    campaign.support_budget,
                    0,
                ));
                entry.2 += 1;
            }
        }
    }
    for (campaign_id, (title, budget, wanted)) in per_campaign {
        let Some(budget) = budget else { continue };
        let used = match person {
            Some(person) => {
                crate::server::ideas::used_supports(db, person, campaign_id, None).await?
            }
            None => 0,
        };
        // Ideas they already support count once, not twice.
        let already = match person {
            Some(person) => already_supported(db, person, campaign_id, ideas).await?,
            None => 0,
        };
        if used + wanted - already > i64::from(budget) {
            problems.push(crate::t!(
                "helped-over-budget",
                campaign = title.clone(),
                budget = budget,
                would = used + wanted - already
            ));
        }
    }
    Ok(problems)
}

/// How many of `ideas` in campaign `campaign_id` `person` supports already.
async fn already_supported(
    db: &DatabaseConnection,
    person: i64,
    campaign_id: i64,
    ideas: &[i64],
) -> Result<i64, DbErr> {
    Ok(vote::Entity::find()
        .join(JoinType::InnerJoin, vote::Relation::Idea.def())
        .filter(vote::Column::UserId.eq(person))
        .filter(vote::Column::IdeaId.is_in(ideas.to_vec()))
        .filter(idea::Column::CampaignId.eq(campaign_id))
        .count(db)
        .await? as i64)
}

/// The campaigns taking ideas or support now, with their categories' short names.
pub async fn import_context(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<crate::features::assisted::ImportContext, DbErr> {
    let mut campaigns = Vec::new();
    for c in campaign::Entity::find()
        .order_by(campaign::Column::SubmissionsOpenAt, Order::Desc)
        .all(db)
        .await?
    {
        let phase = c.phase(now);
        if !phase.is_current() {
            continue;
        }
        let categories =
            crate::server::queries::campaigns::categories(db, c.id, crate::i18n::lang())
                .await?
                .into_iter()
                .map(|category| category.slug)
                .collect();
        campaigns.push(crate::features::assisted::CampaignKey {
            title: c.title_in(crate::i18n::lang()).0.to_owned(),
            slug: c.slug,
            phase: crate::i18n::tr(phase.label_key()),
            categories,
        });
    }
    Ok(crate::features::assisted::ImportContext { campaigns })
}
