//! The instance's one connection to Redis, behind a circuit breaker.
//!
//! Everything kept in Redis has a fallback (sessions are read from the database, the
//! rankings from the database, rate limits in process), so Redis going away must cost a
//! request nothing. Without a breaker it cost a lot: each call waited for a reconnect
//! before failing, a vote makes three calls, and every failure logged a warning (measured:
//! a vote's p50 went from 9 ms to 471 ms, about 600 warnings per instance per 10 s).
//!
//! So the first call that finds Redis unreachable trips the breaker: from then on calls
//! fail at once, without touching the network, and their callers fall back. A background
//! probe pings Redis every [`RedisLink::PROBE_EVERY`] until it answers, and closes the
//! breaker. Each change of state is logged once (a warning when Redis goes, information
//! when it is back); callers log only failures that are not about reaching Redis (a script
//! error, say).

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{RedisError, RedisResult};

/// Why a call through the link did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum RedisFailure {
    /// Redis cannot be reached (the breaker is open, or this call just opened it). Already
    /// logged once, when it happened: fall back quietly.
    #[error("Redis is unreachable")]
    Away,
    /// Redis answered with an error: a fault worth logging where it happened.
    #[error("Redis error: {0}")]
    Failed(RedisError),
}

/// A Redis connection shared by the instance, with its breaker. Cheap to clone.
#[derive(Clone)]
pub struct RedisLink {
    manager: ConnectionManager,
    state: Arc<Breaker>,
}

struct Breaker {
    /// Open: Redis was found unreachable and has not answered a probe since.
    open: AtomicBool,
    probe_every: Duration,
}

impl RedisLink {
    /// How often the probe pings Redis while the breaker is open.
    pub const PROBE_EVERY: Duration = Duration::from_secs(1);

    pub fn new(manager: ConnectionManager) -> Self {
        Self::with_probe_every(manager, Self::PROBE_EVERY)
    }

    /// The same, probing at another pace (tests use a short one).
    pub fn with_probe_every(manager: ConnectionManager, probe_every: Duration) -> Self {
        Self {
            manager,
            state: Arc::new(Breaker {
                open: AtomicBool::new(false),
                probe_every,
            }),
        }
    }

    /// Whether calls are being refused because Redis is unreachable.
    pub fn is_away(&self) -> bool {
        self.state.open.load(Ordering::Acquire)
    }

    /// Runs `call` on a connection, unless Redis is known to be away. A failure to reach
    /// Redis opens the breaker; an error Redis itself answered with does not.
    pub async fn call<T, F, Fut>(&self, call: F) -> Result<T, RedisFailure>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = RedisResult<T>>,
    {
        if self.is_away() {
            return Err(RedisFailure::Away);
        }
        match call(self.manager.clone()).await {
            Ok(value) => Ok(value),
            Err(err) if unreachable(&err) => {
                self.trip(&err);
                Err(RedisFailure::Away)
            }
            Err(err) => Err(RedisFailure::Failed(err)),
        }
    }

    /// Pings Redis, past the breaker: for the readiness check and the probe.
    pub async fn ping(&self) -> RedisResult<()> {
        let mut conn = self.manager.clone();
        redis::cmd("PING").query_async::<String>(&mut conn).await?;
        Ok(())
    }

    /// Opens the breaker (once) and starts the probe that will close it.
    fn trip(&self, err: &RedisError) {
        if self.state.open.swap(true, Ordering::AcqRel) {
            return;
        }
        tracing::warn!(
            error = %err,
            probe_every_ms = self.state.probe_every.as_millis() as u64,
            "Redis is unreachable: sessions, rankings and rate limits fall back until it answers"
        );
        let link = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(link.state.probe_every).await;
                if link.ping().await.is_ok() {
                    link.state.open.store(false, Ordering::Release);
                    tracing::info!("Redis answers again: back to using it");
                    return;
                }
            }
        });
    }
}

/// Whether `err` means Redis could not be reached (rather than that it answered no).
fn unreachable(err: &RedisError) -> bool {
    err.is_io_error()
        || err.is_timeout()
        || err.is_connection_dropped()
        || err.is_connection_refusal()
        || err.is_unrecoverable_error()
}
