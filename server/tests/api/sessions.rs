//! The session store contract, run against every store the server can use: the
//! database (SQLite and PostgreSQL), Redis, and the database read through Redis.

use app::server::redis_link::RedisLink;
use app::server::sessions::{CachedSessionStore, DatabaseSessionStore, RedisSessionStore};
use time::{Duration, OffsetDateTime};
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};

use crate::support::{Backend, closed_port_url, redis_url, spawn_app};

fn record(expires_in: Duration) -> Record {
    let mut data = std::collections::HashMap::new();
    data.insert("user_id".to_owned(), serde_json::json!(42));
    Record {
        id: Id::default(),
        data,
        expiry_date: OffsetDateTime::now_utc() + expires_in,
    }
}

/// What every store must do.
async fn contract(store: &impl SessionStore) {
    // create, then load what was stored.
    let mut created = record(Duration::hours(1));
    store.create(&mut created).await.unwrap();
    let loaded = store
        .load(&created.id)
        .await
        .unwrap()
        .expect("a created session loads");
    assert_eq!(loaded.data, created.data);
    assert_eq!(
        loaded.expiry_date.unix_timestamp(),
        created.expiry_date.unix_timestamp()
    );

    // save replaces the data.
    let mut changed = created.clone();
    changed
        .data
        .insert("user_id".to_owned(), serde_json::json!(7));
    store.save(&changed).await.unwrap();
    assert_eq!(
        store.load(&created.id).await.unwrap().unwrap().data["user_id"],
        7
    );

    // create never overwrites an existing session: a colliding id is redrawn.
    let mut collider = record(Duration::hours(1));
    collider.id = created.id;
    store.create(&mut collider).await.unwrap();
    assert_ne!(collider.id, created.id);
    assert_eq!(
        store.load(&created.id).await.unwrap().unwrap().data["user_id"],
        7
    );
    assert!(store.load(&collider.id).await.unwrap().is_some());

    // delete removes it.
    store.delete(&created.id).await.unwrap();
    assert!(store.load(&created.id).await.unwrap().is_none());
    store
        .delete(&created.id)
        .await
        .expect("deleting twice is harmless");

    // An expired session does not load.
    let mut expired = record(Duration::seconds(-5));
    store.create(&mut expired).await.unwrap();
    assert!(store.load(&expired.id).await.unwrap().is_none());

    // An unknown id loads nothing.
    assert!(store.load(&Id::default()).await.unwrap().is_none());
}

#[tokio::test]
async fn the_database_store_keeps_the_contract_on_sqlite() {
    let app = spawn_app(Backend::Sqlite).await;
    contract(&DatabaseSessionStore::new(app.db.clone())).await;
}

#[tokio::test]
async fn the_database_store_keeps_the_contract_on_postgres() {
    let app = spawn_app(Backend::Postgres).await;
    let store = DatabaseSessionStore::new(app.db.clone());
    contract(&store).await;
    let mut stale = record(Duration::seconds(-5));
    store.create(&mut stale).await.unwrap();
    assert!(
        store.delete_expired().await.unwrap() >= 1,
        "the sweep deletes expired rows"
    );
}

#[tokio::test]
async fn the_redis_store_keeps_the_contract() {
    let client = redis::Client::open(redis_url()).unwrap();
    let manager = client.get_connection_manager().await.unwrap();
    // A prefix of its own, so parallel tests sharing the server do not meet.
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    contract(&RedisSessionStore::new(RedisLink::new(manager), prefix)).await;
}

#[tokio::test]
async fn the_cached_store_keeps_the_contract_and_outlives_redis() {
    let app = spawn_app(Backend::Sqlite).await;
    let database = DatabaseSessionStore::new(app.db.clone());
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    let manager = redis::Client::open(redis_url())
        .unwrap()
        .get_connection_manager()
        .await
        .unwrap();
    let store = CachedSessionStore::new(
        database.clone(),
        RedisSessionStore::new(
            server::startup::redis_link(&redis_url()).unwrap(),
            prefix.clone(),
        ),
    );
    contract(&store).await;

    // The copy in Redis lives briefly, and its loss (Redis restarted empty) signs no
    // one out: the database has the session.
    let mut session = record(Duration::days(30));
    store.create(&mut session).await.unwrap();
    let key = format!("{prefix}session:{}", session.id);
    let ttl: i64 = redis::cmd("TTL")
        .arg(&key)
        .query_async(&mut manager.clone())
        .await
        .unwrap();
    assert!(
        (1..=CachedSessionStore::COPY_TTL.as_secs() as i64).contains(&ttl),
        "copy kept {ttl} s"
    );
    let _: () = redis::cmd("DEL")
        .arg(&key)
        .query_async(&mut manager.clone())
        .await
        .unwrap();
    assert!(store.load(&session.id).await.unwrap().is_some());

    // Redis unreachable: sessions are made, read and ended in the database alone.
    let unreachable = server::startup::redis_link(&closed_port_url("redis")).unwrap();
    let store = CachedSessionStore::new(database, RedisSessionStore::new(unreachable, prefix));
    contract(&store).await;
    assert!(store.load(&session.id).await.unwrap().is_some());
}

/// A session read from the database brings the account it is signed in with in the
/// same query, which the request then uses once; a second look reads the account
/// afresh, and outside a request's scope it is read as before.
async fn a_session_and_its_account_are_read_in_one_query(backend: Backend) {
    use app::server::entities::user;
    use app::server::sessions::with_account_read;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    use std::sync::Arc;

    let app = spawn_app(backend).await;
    let (db, said) = app.recording_connection().await;
    let heard = || said.take();
    let store = Arc::new(DatabaseSessionStore::new(db.clone()));
    let account = user::Entity::find().one(&app.db).await.unwrap().unwrap();
    let mut signed_in = record(Duration::hours(1));
    signed_in
        .data
        .insert("user_id".to_owned(), serde_json::json!(account.id));
    signed_in.data.insert(
        "signed_in_at".to_owned(),
        serde_json::json!(chrono::Utc::now()),
    );
    store.create(&mut signed_in).await.unwrap();
    let session = || tower_sessions::Session::new(Some(signed_in.id), store.clone(), None);
    let rename = |name: &'static str| {
        let (db, account) = (app.db.clone(), account.clone());
        async move {
            let mut change: user::ActiveModel = account.into();
            change.display_name = Set(name.to_owned());
            change.update(&db).await.unwrap();
        }
    };
    heard();

    with_account_read(async {
        let session = session();
        let user = app::server::auth::user_from_session(&db, &session)
            .await
            .unwrap()
            .expect("signed in");
        assert_eq!(user.id, account.id);
        let statements = heard();
        assert_eq!(statements.len(), 1, "one query: {statements:#?}");
        // Taken once: a second look reads the account again, as it is now.
        rename("Renamed since").await;
        let again = app::server::auth::user_from_session(&db, &session)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again.display_name, "Renamed since");
        assert_eq!(heard().len(), 1, "the account read afresh");
    })
    .await;

    // Outside a request's scope: the session, then the account.
    let user = app::server::auth::user_from_session(&db, &session())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.display_name, "Renamed since");
    assert_eq!(heard().len(), 2);

    // An account deleted since signs no one in, read with its session as alone.
    let mut gone: user::ActiveModel = user::Entity::find_by_id(account.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    gone.deleted_at = Set(Some(chrono::Utc::now()));
    gone.update(&app.db).await.unwrap();
    let nobody = with_account_read(async {
        app::server::auth::user_from_session(&db, &session())
            .await
            .unwrap()
    })
    .await;
    assert!(nobody.is_none());
    assert!(
        store.load(&signed_in.id).await.unwrap().is_none(),
        "and the session is ended"
    );
}

crate::on_both_databases!(a_session_and_its_account_are_read_in_one_query);
