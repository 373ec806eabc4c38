//! Where sessions live: Redis when it is configured, the database otherwise.
//!
//! Both are `tower_sessions::SessionStore`s; the cookie holds only a random id, and
//! signing out deletes the record, so a copied cookie is worthless afterwards. One
//! contract test suite (`server/tests/api/sessions.rs`) runs against both.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use redis::AsyncCommands;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use time::OffsetDateTime;
use tower_sessions::SessionStore;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};

use crate::server::entities::session;

/// The store the server uses, chosen at start-up.
#[derive(Clone, Debug)]
pub enum AppSessionStore {
    Database(DatabaseSessionStore),
    Redis(RedisSessionStore),
}

#[async_trait]
impl SessionStore for AppSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        match self {
            Self::Database(store) => store.create(record).await,
            Self::Redis(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        match self {
            Self::Database(store) => store.save(record).await,
            Self::Redis(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        match self {
            Self::Database(store) => store.load(id).await,
            Self::Redis(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        match self {
            Self::Database(store) => store.delete(id).await,
            Self::Redis(store) => store.delete(id).await,
        }
    }
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
                    .update_columns([session::Column::Data, session::Column::ExpiresAt])
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row = session::Entity::find_by_id(id.to_string())
            .filter(session::Column::ExpiresAt.gt(Utc::now()))
            .one(&self.db)
            .await
            .map_err(backend)?;
        row.map(|row| serde_json::from_str(&row.data).map_err(|e| Error::Decode(e.to_string())))
            .transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        session::Entity::delete_by_id(id.to_string())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Sessions in Redis, one key per session, expiring with the session.
#[derive(Clone)]
pub struct RedisSessionStore {
    redis: redis::aio::ConnectionManager,
    prefix: String,
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
    pub fn new(redis: redis::aio::ConnectionManager, prefix: impl Into<String>) -> Self {
        Self {
            redis,
            prefix: prefix.into(),
        }
    }

    fn key(&self, id: &Id) -> String {
        format!("{}session:{id}", self.prefix)
    }

    async fn set(&self, record: &Record, only_if_new: bool) -> Result<bool> {
        let value = serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?;
        let expire_at = u64::try_from(record.expiry_date.unix_timestamp()).unwrap_or(0);
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.key(&record.id))
            .arg(value)
            .arg("EXAT")
            .arg(expire_at);
        if only_if_new {
            cmd.arg("NX");
        }
        let reply: Option<String> = cmd
            .query_async(&mut self.redis.clone())
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
        let value: Option<String> = self
            .redis
            .clone()
            .get(self.key(id))
            .await
            .map_err(backend)?;
        value
            .map(|v| serde_json::from_str(&v).map_err(|e| Error::Decode(e.to_string())))
            .transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        let _: () = self
            .redis
            .clone()
            .del(self.key(id))
            .await
            .map_err(backend)?;
        Ok(())
    }
}

fn backend(err: impl std::fmt::Display) -> Error {
    Error::Backend(err.to_string())
}

fn to_chrono(at: OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(at.unix_timestamp(), at.nanosecond()).unwrap_or_default()
}
