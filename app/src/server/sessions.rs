//! Where sessions live: in the database, read through a short-lived copy in Redis when
//! it is configured.
//!
//! The database is where a session is kept, so that Redis going away (or restarting
//! empty) signs no one out and loses no vote: reads fall back to the database while
//! Redis is unreachable. All stores are `tower_sessions::SessionStore`s; the cookie
//! holds only a random id, and signing out deletes the record, so a copied cookie is
//! worthless afterwards. One contract test suite (`server/tests/api/sessions.rs`) runs
//! against each.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use redis::AsyncCommands;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set};
use time::OffsetDateTime;
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};

use crate::server::built_once::BuiltOnce;
use crate::server::entities::{session, user};
use crate::server::redis_link::RedisLink;

/// The store the server uses, chosen at start-up.
#[derive(Clone, Debug)]
pub enum AppSessionStore {
    Database(DatabaseSessionStore),
    Cached(CachedSessionStore),
}

#[async_trait]
impl SessionStore for AppSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        match self {
            Self::Database(store) => store.create(record).await,
            Self::Cached(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        match self {
            Self::Database(store) => store.save(record).await,
            Self::Cached(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        match self {
            Self::Database(store) => store.load(id).await,
            Self::Cached(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        match self {
            Self::Database(store) => store.delete(id).await,
            Self::Cached(store) => store.delete(id).await,
        }
    }
}

tokio::task_local! {
    /// The account read with the session in this request, until the request takes it.
    static ACCOUNT_READ: std::cell::RefCell<Option<AccountRead>>;
}

/// An account as read with its session.
struct AccountRead {
    session: Id,
    user_id: i64,
    /// `None`: no such account any more.
    account: Option<user::Model>,
}

/// Runs `request` with a place where reading its session leaves the account it is
/// signed in with (the `sessions` table holds the account's id beside the record, so
/// the two come in one query): `auth::user_from_session` takes it from there rather
/// than reading it again. For the layer every request passes through; a request
/// outside it, or a session read from Redis, reads the account as before.
pub async fn with_account_read<F: std::future::Future>(request: F) -> F::Output {
    ACCOUNT_READ
        .scope(std::cell::RefCell::new(None), request)
        .await
}

/// The account read with session `session`, signed in as `user_id`, in this request
/// (`Some(None)`: the account is gone), once: later calls read it afresh. `None` when it
/// was not read with the session.
pub fn take_account_read(session: Id, user_id: i64) -> Option<Option<user::Model>> {
    ACCOUNT_READ
        .try_with(|read| read.borrow_mut().take())
        .ok()
        .flatten()
        .filter(|read| read.session == session && read.user_id == user_id)
        .map(|read| read.account)
}

/// Sessions in the `sessions` table.
#[derive(Clone, Debug)]
pub struct DatabaseSessionStore {
    db: DatabaseConnection,
}

impl DatabaseSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }

    /// Deletes expired sessions; returns how many. Run periodically by the server.
    pub async fn delete_expired(&self) -> std::result::Result<u64, sea_orm::DbErr> {
        let result = session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lte(Utc::now()))
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected)
    }

    fn row(record: &Record) -> Result<session::ActiveModel> {
        Ok(session::ActiveModel {
            id: Set(record.id.to_string()),
            data: Set(serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?),
            expires_at: Set(to_chrono(record.expiry_date)),
            user_id: Set(record
                .data
                .get(crate::server::auth::USER_ID)
                .and_then(serde_json::Value::as_i64)),
        })
    }
}

#[async_trait]
impl SessionStore for DatabaseSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A 128-bit random id colliding is all but impossible; if it happens, draw again
        // rather than overwrite someone else's session.
        loop {
            let inserted = session::Entity::insert(Self::row(record)?)
                .on_conflict(
                    OnConflict::column(session::Column::Id)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&self.db)
                .await
                .map_err(backend)?;
            if inserted == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        session::Entity::insert(Self::row(record)?)
            .on_conflict(
                OnConflict::column(session::Column::Id)
                    .update_columns([
                        session::Column::Data,
                        session::Column::ExpiresAt,
                        session::Column::UserId,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    /// The record, and with it (in the same query) the account it is signed in with,
    /// which is left for this request's [`take_account_read`].
    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        use sea_orm::{ConnectionTrait, QueryTrait, SelectTwoModel, SelectorTrait};
        // Read with every signed-in request: its text is built once.
        static STATEMENT: BuiltOnce = BuiltOnce::new();
        let (id_text, now) = (id.to_string(), Utc::now());
        let db_backend = self.db.get_database_backend();
        let values = vec![id_text.clone().into(), now.into(), 1u64.into()];
        let statement = STATEMENT.statement(db_backend, values, || {
            session::Entity::find_by_id(id_text)
                .filter(session::Column::ExpiresAt.gt(now))
                .find_also_related(user::Entity)
                .limit(1)
                .build(db_backend)
        });
        let row = self
            .db
            .query_one_raw(statement)
            .await
            .map_err(backend)?
            .map(SelectTwoModel::<session::Model, user::Model>::from_raw_query_result)
            .transpose()
            .map_err(backend)?;
        let Some((row, account)) = row else {
            return Ok(None);
        };
        if let Some(user_id) = row.user_id {
            // Outside a request's scope (a background task) there is nowhere to leave it.
            let _ = ACCOUNT_READ.try_with(|read| {
                *read.borrow_mut() = Some(AccountRead {
                    session: *id,
                    user_id,
                    account,
                });
            });
        }
        serde_json::from_str(&row.data)
            .map(Some)
            .map_err(|e| Error::Decode(e.to_string()))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        session::Entity::delete_by_id(id.to_string())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Sessions in Redis, one key per session, expiring with the session (or sooner, as a
/// cache).
#[derive(Clone)]
pub struct RedisSessionStore {
    redis: RedisLink,
    prefix: String,
    /// Keep each copy at most this long.
    at_most: Option<std::time::Duration>,
}

impl std::fmt::Debug for RedisSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisSessionStore")
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl RedisSessionStore {
    /// `prefix` namespaces the keys, so several sites (or test runs) can share a server.
    pub fn new(redis: RedisLink, prefix: impl Into<String>) -> Self {
        Self {
            redis,
            prefix: prefix.into(),
            at_most: None,
        }
    }

    /// The same store, keeping each record at most `ttl` (for use as a cache).
    pub fn expiring_within(mut self, ttl: std::time::Duration) -> Self {
        self.at_most = Some(ttl);
        self
    }

    fn key(&self, id: &Id) -> String {
        format!("{}session:{id}", self.prefix)
    }

    async fn set(&self, record: &Record, only_if_new: bool) -> Result<bool> {
        let value = serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?;
        let mut expire_at = record.expiry_date.unix_timestamp();
        if let Some(ttl) = self.at_most {
            expire_at =
                expire_at.min(OffsetDateTime::now_utc().unix_timestamp() + ttl.as_secs() as i64);
        }
        let expire_at = u64::try_from(expire_at).unwrap_or(0);
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.key(&record.id))
            .arg(value)
            .arg("EXAT")
            .arg(expire_at);
        if only_if_new {
            cmd.arg("NX");
        }
        let reply: Option<String> = self
            .redis
            .call(|mut conn| async move { cmd.query_async(&mut conn).await })
            .await
            .map_err(backend)?;
        Ok(reply.is_some())
    }
}

#[async_trait]
impl SessionStore for RedisSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        while !self.set(record, true).await? {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.set(record, false).await.map(|_| ())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let key = self.key(id);
        let value: Option<String> = self
            .redis
            .call(|mut conn| async move { conn.get(key).await })
            .await
            .map_err(backend)?;
        value
            .map(|v| serde_json::from_str(&v).map_err(|e| Error::Decode(e.to_string())))
            .transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        let key = self.key(id);
        let _: () = self
            .redis
            .call(|mut conn| async move { conn.del(key).await })
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Sessions in the database, with copies in Redis that spare most requests a database
/// read. Redis failures are logged and otherwise ignored.
///
/// A copy lives at most [`CachedSessionStore::COPY_TTL`]: if signing out deletes the
/// database record while Redis cannot be reached (but keeps its data), the stale copy
/// would still sign its cookie in, and this bounds for how long.
#[derive(Clone, Debug)]
pub struct CachedSessionStore {
    db: DatabaseSessionStore,
    cache: RedisSessionStore,
}

impl CachedSessionStore {
    pub const COPY_TTL: std::time::Duration = std::time::Duration::from_secs(120);

    pub fn new(db: DatabaseSessionStore, cache: RedisSessionStore) -> Self {
        Self {
            db,
            cache: cache.expiring_within(Self::COPY_TTL),
        }
    }

    /// The database half, for the sweep of expired sessions.
    pub fn database(&self) -> &DatabaseSessionStore {
        &self.db
    }

    async fn copy(&self, record: &Record) {
        if let Err(err) = self.cache.save(record).await
            && !self.cache.redis.is_away()
        {
            tracing::warn!(error = %err, "could not copy a session to Redis");
        }
    }
}

#[async_trait]
impl SessionStore for CachedSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.db.create(record).await?;
        self.copy(record).await;
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        self.db.save(record).await?;
        self.copy(record).await;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let cached = match self.cache.load(id).await {
            Ok(Some(record)) => return Ok(Some(record)),
            Ok(None) => true,
            Err(err) => {
                // Redis being away is logged once, by the link; anything else here.
                if !self.cache.redis.is_away() {
                    tracing::warn!(error = %err, "sessions: Redis failed, reading the database");
                }
                false
            }
        };
        let record = self.db.load(id).await?;
        if let (Some(record), true) = (&record, cached) {
            self.copy(record).await;
        }
        Ok(record)
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.db.delete(id).await?;
        if let Err(err) = self.cache.delete(id).await {
            tracing::error!(
                error = %err,
                "a deleted session's copy stays in Redis until it expires"
            );
        }
        Ok(())
    }
}

fn backend(err: impl std::fmt::Display) -> Error {
    Error::Backend(err.to_string())
}

fn to_chrono(at: OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(at.unix_timestamp(), at.nanosecond()).unwrap_or_default()
}
