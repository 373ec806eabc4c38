//! The migrations, on both engines.

use app::server::entities::vote;
use chrono::Utc;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::on_both_databases;
use crate::support::{Backend, spawn_app};

async fn migrations_are_complete_and_reversible(backend: Backend) {
    let app = spawn_app(backend).await;
    assert!(
        Migrator::get_pending_migrations(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // Running them again is harmless (start-up does it on every start).
    Migrator::up(&app.db, None).await.unwrap();
    // Every migration can be undone and redone.
    Migrator::down(&app.db, None).await.unwrap();
    assert_eq!(
        Migrator::get_pending_migrations(&app.db)
            .await
            .unwrap()
            .len(),
        Migrator::migrations().len()
    );
    Migrator::up(&app.db, None).await.unwrap();
    assert!(
        Migrator::get_pending_migrations(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn the_database_allows_one_vote_per_person_per_idea(backend: Backend) {
    let app = spawn_app(backend).await;
    let existing = vote::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo has votes");
    let before = vote::Entity::find().count(&app.db).await.unwrap();
    let again = vote::ActiveModel {
        user_id: Set(existing.user_id),
        idea_id: Set(existing.idea_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await;
    assert!(
        again.is_err(),
        "a second vote by the same person on the same idea was stored"
    );
    assert_eq!(vote::Entity::find().count(&app.db).await.unwrap(), before);
}

/// Every entity reads and writes its table: the entities mirror the migrations column
/// for column (a misspelt or missing column fails here, not in a page).
async fn every_entity_matches_its_table(backend: Backend) {
    use app::server::entities::*;
    let app = spawn_app(backend).await;
    let db = &app.db;
    let owner = user::Entity::find()
        .one(db)
        .await
        .unwrap()
        .expect("demo people");
    let now = Utc::now();
    developer_profile::ActiveModel {
        user_id: Set(owner.id),
        organisation: Set("Example Health Ltd".into()),
        website_url: Set(Some("https://example.org".into())),
        contact_email: Set("apps@example.org".into()),
        created_at: Set(now),
        updated_at: Set(now),
        revoked_at: Set(None),
        revoked_reason: Set(None),
    }
    .insert(db)
    .await
    .unwrap();
    let listing = listing::ActiveModel {
        owner_id: Set(owner.id),
        status: Set(app::domain::listing::ListingStatus::Draft),
        slug: Set("example".into()),
        live_revision_id: Set(None),
        pending_revision_id: Set(None),
        name: Set("Example".into()),
        tagline: Set("An example".into()),
        description: Set(String::new()),
        organisation: Set("Example Health Ltd".into()),
        cost: Set(Some(app::domain::listing::Cost::Free)),
        platforms: Set(",web,".into()),
        categories: Set(",".into()),
        audiences: Set(",public,".into()),
        created_at: Set(now),
        changed_at: Set(now),
        last_reviewed_at: Set(None),
        published_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    listing_revision::ActiveModel {
        listing_id: Set(listing.id),
        author_id: Set(owner.id),
        content: Set("{}".into()),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let idea = idea::Entity::find()
        .one(db)
        .await
        .unwrap()
        .expect("demo ideas");
    listing_idea::ActiveModel {
        listing_id: Set(listing.id),
        idea_id: Set(idea.id),
    }
    .insert(db)
    .await
    .unwrap();
    moderation_action::ActiveModel {
        actor_id: Set(Some(owner.id)),
        action: Set("approve".into()),
        subject_type: Set("listing".into()),
        subject_id: Set(listing.id),
        reason: Set(None),
        detail: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let hook = webhook::ActiveModel {
        url: Set("https://consumer.example.org/hook".into()),
        secret: Set("s".into()),
        description: Set("A consumer".into()),
        active: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    webhook_delivery::ActiveModel {
        webhook_id: Set(hook.id),
        event: Set("listing.published".into()),
        payload: Set("{}".into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        delivered_at: Set(None),
        last_status: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    // A notification about a listing (no idea), and a campaign milestone.
    let told = notification::ActiveModel {
        user_id: Set(owner.id),
        kind: Set(app::domain::notification::NotificationKind::ListingApproved),
        idea_id: Set(None),
        comment_id: Set(None),
        listing_id: Set(Some(listing.id)),
        campaign_id: Set(None),
        detail: Set("new".into()),
        created_at: Set(now),
        read_at: Set(None),
        emailed_at: Set(None),
        shown: Set(true),
        email_now: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    assert_eq!(
        notification::Entity::find_by_id(told.id)
            .one(db)
            .await
            .unwrap(),
        Some(told)
    );
    // Whole seconds: PostgreSQL keeps microseconds, and the time is part of the key.
    let now = chrono::SubsecRound::trunc_subsecs(now, 0);
    campaign_milestone::ActiveModel {
        campaign_id: Set(idea.campaign_id),
        milestone: Set("opened".into()),
        falls_at: Set(now),
        announced_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    assert_eq!(
        campaign_milestone::Entity::find_by_id((idea.campaign_id, "opened".to_owned(), now))
            .one(db)
            .await
            .unwrap()
            .map(|m| m.announced_at),
        Some(now)
    );
    assert_eq!(
        developer_profile::Entity::find()
            .filter(developer_profile::Column::UserId.eq(owner.id))
            .count(db)
            .await
            .unwrap(),
        1
    );
    let id = listing.id;
    assert_eq!(
        listing::Entity::find_by_id(id).one(db).await.unwrap(),
        Some(listing)
    );
    assert_eq!(
        listing_revision::Entity::find()
            .filter(listing_revision::Column::ListingId.eq(id))
            .count(db)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        listing_idea::Entity::find()
            .filter(listing_idea::Column::ListingId.eq(id))
            .count(db)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        moderation_action::Entity::find().count(db).await.unwrap(),
        1
    );
    assert_eq!(webhook_delivery::Entity::find().count(db).await.unwrap(), 1);
}

/// A merge made before merging moved votes (they were copied, dated the day of the
/// merge, and stayed on the duplicate too) is put right by the migration that followed.
async fn earlier_merges_are_moved_to_their_originals(backend: Backend) {
    use app::server::entities::idea;
    use sea_orm::{QueryOrder, QuerySelect};
    let app = spawn_app(backend).await;
    // Back to before the migration that moves them (and whatever came after it).
    let moving = Migrator::migrations()
        .iter()
        .position(|m| m.name() == "m20261201_000013_merged_votes_move")
        .expect("the migration");
    let steps = (Migrator::migrations().len() - moving) as u32;
    Migrator::down(&app.db, Some(steps)).await.unwrap();
    // Ids only: the entity has columns that later migrations add.
    let ideas: Vec<i64> = idea::Entity::find()
        .select_only()
        .column(idea::Column::Id)
        .order_by_asc(idea::Column::Id)
        .into_tuple()
        .all(&app.db)
        .await
        .unwrap();
    let (original, duplicate) = (ideas[0], ideas[1]);
    // (Who, when) only: later migrations add columns to votes too.
    struct Vote {
        user_id: i64,
        created_at: chrono::DateTime<Utc>,
    }
    let votes_on = |id: i64| {
        let db = app.db.clone();
        async move {
            vote::Entity::find()
                .select_only()
                .columns([vote::Column::UserId, vote::Column::CreatedAt])
                .filter(vote::Column::IdeaId.eq(id))
                .into_tuple::<(i64, chrono::DateTime<Utc>)>()
                .all(&db)
                .await
                .unwrap()
                .into_iter()
                .map(|(user_id, created_at)| Vote {
                    user_id,
                    created_at,
                })
                .collect::<Vec<_>>()
        }
    };
    let theirs = votes_on(duplicate).await;
    assert!(!theirs.is_empty(), "the demo duplicate has supporters");
    let people: std::collections::BTreeSet<i64> = votes_on(original)
        .await
        .iter()
        .chain(&theirs)
        .map(|v| v.user_id)
        .collect();
    // The merge as it used to be.
    let merge_day = Utc::now() + chrono::Duration::days(3);
    idea::Entity::update_many()
        .col_expr(
            idea::Column::DuplicateOfId,
            sea_orm::sea_query::Expr::value(original),
        )
        .filter(idea::Column::Id.eq(duplicate))
        .exec(&app.db)
        .await
        .unwrap();
    for v in &theirs {
        vote::Entity::insert(vote::ActiveModel {
            user_id: Set(v.user_id),
            idea_id: Set(original),
            created_at: Set(merge_day),
            ..Default::default()
        })
        .on_conflict_do_nothing_on([vote::Column::UserId, vote::Column::IdeaId])
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    }

    Migrator::up(&app.db, None).await.unwrap();
    assert!(votes_on(duplicate).await.is_empty());
    let now_on_original = votes_on(original).await;
    assert_eq!(now_on_original.len(), people.len());
    assert!(now_on_original.iter().all(|v| v.created_at < merge_day));
    let count = |id: i64| app.vote_count(id);
    assert_eq!(count(duplicate).await, 0);
    assert_eq!(count(original).await as usize, people.len());
}

on_both_databases!(
    every_entity_matches_its_table,
    migrations_are_complete_and_reversible,
    the_database_allows_one_vote_per_person_per_idea,
    earlier_merges_are_moved_to_their_originals,
);

/// Instances started together on one empty PostgreSQL database: one migrates and seeds
/// the demo while the others wait for it, so all of them start and the demo is there once.
#[tokio::test]
async fn instances_started_together_migrate_and_seed_once() {
    use app::server::entities::campaign;
    let url = crate::support::fresh_postgres_database().await;
    let start = || {
        let mut config = crate::support::TestConfig::new(Backend::Postgres);
        config.database_url = Some(url.clone());
        crate::support::try_spawn_app_with(config)
    };
    let (a, b, c) = tokio::join!(start(), start(), start());
    let a = a.expect("the first instance starts");
    b.expect("the second instance starts");
    c.expect("the third instance starts");
    assert!(
        Migrator::get_pending_migrations(&a.db)
            .await
            .unwrap()
            .is_empty()
    );
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::Slug.eq(app::server::seed::DEMO_CAMPAIGN_SLUG))
        .count(&a.db)
        .await
        .unwrap();
    assert_eq!(campaigns, 1, "the demo is seeded once");
}
