//! The migrations, on both engines.

use app::server::entities::vote;
use chrono::Utc;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

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
    }
    .insert(&app.db)
    .await;
    assert!(
        again.is_err(),
        "a second vote by the same person on the same idea was stored"
    );
    assert_eq!(vote::Entity::find().count(&app.db).await.unwrap(), before);
}

on_both_databases!(
    migrations_are_complete_and_reversible,
    the_database_allows_one_vote_per_person_per_idea,
);
