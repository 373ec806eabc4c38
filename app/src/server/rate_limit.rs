//! Rate limits: how often one person, or one address, may do each limited thing.
//!
//! The algorithm is GCRA (the generic cell rate algorithm, a leaky bucket kept as one
//! timestamp per key): each action refills at one per `every_ms`, with room for a burst.
//! With Redis it runs as one Lua script on the Redis server, using the server's clock,
//! so every instance sharing that Redis shares each limit exactly. Without Redis (the
//! single-instance default), or while Redis is away, an in-process limiter keeps the
//! same rules for this instance.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::server::redis_link::{RedisFailure, RedisLink};

/// The things that are limited. Reading pages is not: only what writes, signs in, or
/// reads the open-data API in bulk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitedAction {
    SignIn,
    /// Putting an idea forward.
    SubmitIdea,
    /// Saving a directory listing (a draft or an update).
    SaveListing,
    Vote,
    /// Commenting and replying.
    Comment,
    /// Reporting an idea, comment or listing: its own limit, so reports cannot be
    /// sprayed and do not use up a person's comments.
    Report,
    ApiRead,
    /// Reads that cost the database far more than a page: searches (pages and server
    /// functions), similar ideas while typing, and the CSV exports.
    HeavyRead,
    /// Asking for an email to be sent: a confirmation link to a new address. Each one
    /// reaches someone's inbox, perhaps not the asker's.
    SendEmail,
}

impl LimitedAction {
    pub const ALL: [LimitedAction; 9] = [
        LimitedAction::SignIn,
        LimitedAction::SubmitIdea,
        LimitedAction::SaveListing,
        LimitedAction::Vote,
        LimitedAction::Comment,
        LimitedAction::Report,
        LimitedAction::ApiRead,
        LimitedAction::HeavyRead,
        LimitedAction::SendEmail,
    ];

    /// The name in configuration and in Redis keys.
    pub fn key(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::SubmitIdea => "submit_idea",
            Self::SaveListing => "save_listing",
            Self::Vote => "vote",
            Self::Comment => "comment",
            Self::Report => "report",
            Self::ApiRead => "api_read",
            Self::HeavyRead => "heavy_read",
            Self::SendEmail => "send_email",
        }
    }

    /// Defaults that no real person reaches: a keen participant votes on dozens of
    /// ideas in a sitting and writes a handful; a script doing thousands is stopped.
    pub fn default_quota(self) -> Quota {
        match self {
            Self::SignIn => Quota {
                burst: 20,
                every_ms: 6_000,
            },
            Self::SubmitIdea | Self::SaveListing => Quota {
                burst: 10,
                every_ms: 60_000,
            },
            Self::Vote => Quota {
                burst: 60,
                every_ms: 1_000,
            },
            Self::Comment | Self::Report => Quota {
                burst: 20,
                every_ms: 10_000,
            },
            Self::ApiRead => Quota {
                burst: 120,
                every_ms: 100,
            },
            // A person searches a few times a minute; an address gets ten times this.
            Self::HeavyRead => Quota {
                burst: 30,
                every_ms: 2_000,
            },
            // A typo or two, then one more every ten minutes.
            Self::SendEmail => Quota {
                burst: 5,
                every_ms: 600_000,
            },
        }
    }
}

/// A limit: up to `burst` at once, then one more every `every_ms` milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    pub burst: u32,
    pub every_ms: u64,
}

/// The answer for one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    /// Over the limit; the next one is allowed after this long.
    Limited {
        retry_after: Duration,
    },
}

/// Why a limiter could not decide.
#[derive(Debug, thiserror::Error)]
pub enum LimiterError {
    /// Redis is unreachable: already logged once, by `RedisLink`.
    #[error("rate limiter unavailable: Redis is unreachable")]
    Away,
    /// A script error, a poisoned lock.
    #[error("rate limiter unavailable: {0}")]
    Failed(String),
}

/// A rate limiter. `key` names who is limited (an account, an address) and for what.
#[async_trait::async_trait]
pub trait RateLimiter: Send + Sync {
    async fn check(&self, key: &str, quota: Quota) -> Result<Decision, LimiterError>;
}

/// GCRA on a theoretical arrival time `tat` (ms): returns the new `tat` to store, or
/// how long to wait. Shared by the in-process limiter and mirrored by the Lua script.
fn gcra(now: u64, tat: Option<u64>, quota: Quota) -> Result<u64, u64> {
    let interval = quota.every_ms.max(1);
    let tat = tat.unwrap_or(now).max(now);
    let new_tat = tat + interval;
    let allow_at = new_tat.saturating_sub(u64::from(quota.burst.max(1)) * interval);
    if now < allow_at {
        Err(allow_at - now)
    } else {
        Ok(new_tat)
    }
}

/// The limiter for one instance: a map of keys to arrival times, behind a mutex (each
/// check holds it for a few hundred nanoseconds).
#[derive(Clone)]
pub struct InProcessLimiter {
    started: Instant,
    state: Arc<Mutex<HashMap<String, u64>>>,
}

/// Past this many keys, expired ones are swept on the next check.
const SWEEP_AT: usize = 100_000;

impl Default for InProcessLimiter {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            state: Arc::new(Mutex::new(HashMap::new())),
        }
    }
}

#[async_trait::async_trait]
impl RateLimiter for InProcessLimiter {
    async fn check(&self, key: &str, quota: Quota) -> Result<Decision, LimiterError> {
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let mut state = self.state.lock().map_err(|_| {
            LimiterError::Failed("the in-process limiter's lock was poisoned".into())
        })?;
        if state.len() >= SWEEP_AT {
            state.retain(|_, tat| *tat > now);
        }
        match gcra(now, state.get(key).copied(), quota) {
            Ok(new_tat) => {
                state.insert(key.to_owned(), new_tat);
                Ok(Decision::Allowed)
            }
            Err(wait) => Ok(Decision::Limited {
                retry_after: Duration::from_millis(wait),
            }),
        }
    }
}

/// GCRA in one atomic Lua script, on the Redis server's clock.
const GCRA_SCRIPT: &str = r#"
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - burst * interval
if now < allow_at then
  return {0, allow_at - now}
end
redis.call('SET', KEYS[1], new_tat, 'PX', math.max(new_tat - now, 1))
return {1, 0}
"#;

/// The limiter shared by every instance that uses the same Redis.
#[derive(Clone)]
pub struct RedisLimiter {
    redis: RedisLink,
    script: Arc<redis::Script>,
    prefix: String,
}

impl RedisLimiter {
    pub fn new(redis: RedisLink, prefix: &str) -> Self {
        Self {
            redis,
            script: Arc::new(redis::Script::new(GCRA_SCRIPT)),
            prefix: prefix.to_owned(),
        }
    }
}

#[async_trait::async_trait]
impl RateLimiter for RedisLimiter {
    async fn check(&self, key: &str, quota: Quota) -> Result<Decision, LimiterError> {
        let mut call = self.script.key(format!("{}{key}", self.prefix));
        call.arg(quota.every_ms.max(1)).arg(quota.burst.max(1));
        let (allowed, wait): (i64, i64) = self
            .redis
            .call(|mut conn| async move { call.invoke_async(&mut conn).await })
            .await
            .map_err(|e| match e {
                RedisFailure::Away => LimiterError::Away,
                RedisFailure::Failed(e) => LimiterError::Failed(e.to_string()),
            })?;
        Ok(if allowed == 1 {
            Decision::Allowed
        } else {
            Decision::Limited {
                retry_after: Duration::from_millis(u64::try_from(wait).unwrap_or(0)),
            }
        })
    }
}

/// The client's address: the connection's (`peer`), or with `hops` trusted proxies in
/// front, the address the outermost of them saw, counted from the right of
/// `X-Forwarded-For` (a client can write anything on its left).
pub fn client_address(
    headers: &axum::http::HeaderMap,
    peer: Option<std::net::IpAddr>,
    hops: usize,
) -> Option<std::net::IpAddr> {
    if hops == 0 {
        return peer;
    }
    let forwarded: Vec<std::net::IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    forwarded
        .len()
        .checked_sub(hops)
        .and_then(|i| forwarded.get(i).copied())
        .or(peer)
}

/// The part of a client address a limit is kept for: the whole IPv4 address, or the
/// /64 network of an IPv6 one. One IPv6 subscriber is usually given a whole /64 (often
/// more) and can use a new address from it for each request, so keying by the full
/// address would let one client pose as billions.
pub fn address_key(address: std::net::IpAddr) -> String {
    match address {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                format!("{}/64", std::net::Ipv6Addr::from(network))
            }
        },
    }
}

/// How many times an account's quota one client address gets.
pub const ADDRESS_FACTOR: u32 = 10;

/// What to do while Redis cannot be reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhenRedisFails {
    /// Limit with this instance's own limiter (the default): limits hold per instance.
    #[default]
    InProcess,
    /// Let requests through unlimited.
    Allow,
}

/// The limiters the server uses, and the quotas.
#[derive(Clone)]
pub struct RateLimits {
    shared: Option<RedisLimiter>,
    local: InProcessLimiter,
    when_redis_fails: WhenRedisFails,
    quotas: HashMap<LimitedAction, Quota>,
}

impl RateLimits {
    pub fn new(
        shared: Option<RedisLimiter>,
        when_redis_fails: WhenRedisFails,
        quotas: HashMap<LimitedAction, Quota>,
    ) -> Self {
        Self {
            shared,
            local: InProcessLimiter::default(),
            when_redis_fails,
            quotas,
        }
    }

    pub fn quota(&self, action: LimitedAction) -> Quota {
        self.quotas
            .get(&action)
            .copied()
            .unwrap_or_else(|| action.default_quota())
    }

    /// Checks `action` for the account (when signed in) and the client address; limited
    /// if either is. An address gets ten times an account's quota: many people share
    /// one address behind a workplace or hospital network, and must not crowd each
    /// other out.
    pub async fn check(
        &self,
        action: LimitedAction,
        account: Option<i64>,
        address: Option<std::net::IpAddr>,
    ) -> Decision {
        let quota = self.quota(action);
        let shared_quota = Quota {
            burst: quota.burst.saturating_mul(ADDRESS_FACTOR),
            every_ms: (quota.every_ms / u64::from(ADDRESS_FACTOR)).max(1),
        };
        let mut checks = Vec::with_capacity(2);
        if let Some(account) = account {
            checks.push((format!("{}:user:{account}", action.key()), quota));
        }
        if let Some(address) = address {
            let network = address_key(address);
            checks.push((format!("{}:ip:{network}", action.key()), shared_quota));
        }
        // The account's and the address's limits at once: with Redis, one round trip's
        // wait rather than two.
        let decisions =
            futures_util::future::join_all(checks.iter().map(|(key, quota)| async move {
                match &self.shared {
                    Some(redis) => match redis.check(key, *quota).await {
                        Ok(decision) => decision,
                        Err(err) => {
                            if !matches!(err, LimiterError::Away) {
                                tracing::warn!(error = %err, "rate limiting without Redis");
                            }
                            match self.when_redis_fails {
                                WhenRedisFails::InProcess => self.local_check(key, *quota).await,
                                WhenRedisFails::Allow => Decision::Allowed,
                            }
                        }
                    },
                    None => self.local_check(key, *quota).await,
                }
            }))
            .await;
        let longest = decisions
            .into_iter()
            .filter_map(|decision| match decision {
                Decision::Limited { retry_after } => Some(retry_after),
                Decision::Allowed => None,
            })
            .max();
        match longest {
            Some(retry_after) => Decision::Limited { retry_after },
            None => Decision::Allowed,
        }
    }

    async fn local_check(&self, key: &str, quota: Quota) -> Decision {
        self.local.check(key, quota).await.unwrap_or_else(|err| {
            tracing::error!(error = %err, "in-process rate limiter failed; allowing");
            Decision::Allowed
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        let key = |a: &str| address_key(a.parse().unwrap());
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            key("2001:db8:1:2:bbbb:cccc:dddd:eeee"),
            key("2001:db8:1:2::9")
        );
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
    }

    #[tokio::test]
    async fn addresses_in_one_ipv6_64_share_a_limit() {
        let quotas = HashMap::from([(
            LimitedAction::Vote,
            Quota {
                burst: 1,
                every_ms: 600_000,
            },
        )]);
        let limits = RateLimits::new(None, WhenRedisFails::InProcess, quotas);
        let from = |a: &str| Some(a.parse().unwrap());
        // The address gets ten times an account's burst of one: ten from anywhere in
        // the /64, then the eleventh from yet another address in it is refused.
        for i in 1..=10 {
            let address = format!("2001:db8:0:1::{i:x}");
            let decision = limits
                .check(LimitedAction::Vote, None, from(&address))
                .await;
            assert_eq!(decision, Decision::Allowed, "{address}");
        }
        let decision = limits
            .check(LimitedAction::Vote, None, from("2001:db8:0:1:ffff::1"))
            .await;
        assert!(matches!(decision, Decision::Limited { .. }));
        // Another /64 has its own.
        let decision = limits
            .check(LimitedAction::Vote, None, from("2001:db8:0:2::1"))
            .await;
        assert_eq!(decision, Decision::Allowed);
    }

    #[test]
    fn gcra_admits_a_burst_then_one_per_interval() {
        let quota = Quota {
            burst: 3,
            every_ms: 1_000,
        };
        let mut tat = None;
        for _ in 0..3 {
            tat = Some(gcra(0, tat, quota).expect("within the burst"));
        }
        assert_eq!(gcra(0, tat, quota), Err(1_000));
        assert_eq!(gcra(999, tat, quota), Err(1));
        assert!(gcra(1_000, tat, quota).is_ok());
    }

    #[test]
    fn an_idle_key_starts_again_with_a_full_burst() {
        let quota = Quota {
            burst: 2,
            every_ms: 100,
        };
        let tat = gcra(0, None, quota).unwrap();
        let tat = gcra(0, Some(tat), quota).unwrap();
        assert!(gcra(0, Some(tat), quota).is_err());
        let later = 10_000;
        let tat = gcra(later, Some(tat), quota).unwrap();
        assert!(gcra(later, Some(tat), quota).is_ok());
    }
}
