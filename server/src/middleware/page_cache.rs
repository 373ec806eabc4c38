//! The public pages (home, campaign lists, ideas, the directory and its listings) for
//! people who are not signed in, served from a cache of the HTML already rendered.
//!
//! Most people reading a campaign are not signed in, and they all see the same page: it
//! need not be drawn again for each of them. A page is kept under the data's
//! *generation*, a number every request that may change data (anything but `GET`,
//! `HEAD` and `OPTIONS`) moves on once it is answered, so a page never outlives a
//! change: the next reader gets a fresh one. With Redis the generation lives there
//! (`INCR`), so a vote through one instance retires the pages every instance keeps;
//! while Redis is away nothing is served from the cache, and each instance empties its
//! own when Redis is back. Pages also expire after `page_cache_seconds` (default 10),
//! for what changes with time alone: a campaign's phase, Trending.
//!
//! An instance trusts the generation it last read from Redis for [`SHARED_FRESH`], so a
//! page served from the cache is a lookup in memory rather than a round trip to Redis
//! each time, and a reader seeing another instance's change a few tens of milliseconds
//! late loses nothing. An instance's own changes retire its pages at once (the `INCR`
//! answers the new generation), but for a read of the older one racing the change,
//! trusted no longer than the others.
//!
//! What makes a page personal is never cached: a request with a session cookie or
//! credentials passes by, as does an answer that is not a plain `200` HTML page or that
//! sets a cookie. Each page served from the cache gets a fresh CSP nonce, in its policy
//! and in its scripts alike.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use app::i18n::Lang;
use app::server::redis_link::{RedisFailure, RedisLink};
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest page kept (a campaign list is about 40 KB).
const MAX_PAGE: usize = 1024 * 1024;

/// How many bytes of pages an instance keeps at most.
const CAPACITY_BYTES: u64 = 32 * 1024 * 1024;

/// How long an instance trusts the shared generation it last read, so a page served
/// from the cache costs no round trip to Redis.
pub const SHARED_FRESH: Duration = Duration::from_millis(50);

/// The cookie that marks a signed-in (or once signed-in) browser.
const SESSION_COOKIE: &str = "ideas_session=";

/// The cache of one instance, and where it reads the generation. Cheap to clone.
#[derive(Clone)]
pub struct PageCache {
    pages: moka::sync::Cache<(u64, Lang, String), Arc<Kept>>,
    generation: Generation,
}

/// A rendered page as it was answered, and the nonce its scripts carry.
struct Kept {
    headers: HeaderMap,
    body: Bytes,
    nonce: String,
}

#[derive(Clone)]
enum Generation {
    /// One instance: the count is in process.
    Local(Arc<AtomicU64>),
    /// Several instances: the count is a Redis key they share.
    Shared {
        redis: RedisLink,
        key: String,
        /// Redis was away since this instance last read the count: what it kept may
        /// have missed changes made meanwhile.
        was_away: Arc<AtomicBool>,
        /// The count last read or moved on here, and when.
        seen: Arc<Seen>,
    },
}

/// A shared generation as last seen: its value, and when (nanoseconds since `since`;
/// zero for never), each an atomic so a page hit takes no lock; trusted for `window`.
struct Seen {
    window: Duration,
    since: Instant,
    value: AtomicU64,
    at: AtomicU64,
}

impl Seen {
    fn new(window: Duration) -> Self {
        Self {
            window,
            since: Instant::now(),
            value: AtomicU64::new(0),
            at: AtomicU64::new(0),
        }
    }

    /// The value, if it was seen within the window.
    fn fresh(&self) -> Option<u64> {
        let at = self.at.load(Ordering::Acquire);
        let age = self
            .since
            .elapsed()
            .saturating_sub(Duration::from_nanos(at));
        (at != 0 && age < self.window).then(|| self.value.load(Ordering::Acquire))
    }

    /// Remembers `value`, read or set just now. (Not the larger of the two: Redis may
    /// have restarted empty, counting from zero again.)
    fn remember(&self, value: u64) {
        self.value.store(value, Ordering::Release);
        let now = u64::try_from(self.since.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.at.store(now.max(1), Ordering::Release);
    }

    /// Forgets what was seen: the next page reads Redis.
    fn forget(&self) {
        self.at.store(0, Ordering::Release);
    }
}

impl PageCache {
    /// A cache keeping pages `ttl` at most; `None` when `ttl` is zero (turned off).
    /// With `redis`, the generation is shared under `{prefix}page-generation`.
    pub fn new(ttl: Duration, redis: Option<RedisLink>, prefix: &str) -> Option<Self> {
        if ttl.is_zero() {
            return None;
        }
        let pages = moka::sync::Cache::builder()
            .max_capacity(CAPACITY_BYTES)
            .weigher(|key: &(u64, Lang, String), page: &Arc<Kept>| {
                u32::try_from(key.2.len() + page.body.len()).unwrap_or(u32::MAX)
            })
            .time_to_live(ttl)
            .build();
        let generation = match redis {
            Some(redis) => Generation::Shared {
                redis,
                key: format!("{prefix}page-generation"),
                was_away: Arc::new(AtomicBool::new(false)),
                seen: Arc::new(Seen::new(SHARED_FRESH)),
            },
            None => Generation::Local(Arc::new(AtomicU64::new(0))),
        };
        Some(Self { pages, generation })
    }

    /// The generation now, or `None` when it cannot be known (Redis away). A shared one
    /// is read from Redis only when the one last seen is older than its window.
    async fn current(&self) -> Option<u64> {
        let (redis, key, was_away, seen) = match &self.generation {
            Generation::Local(count) => return Some(count.load(Ordering::Acquire)),
            Generation::Shared {
                redis,
                key,
                was_away,
                seen,
            } => (redis, key, was_away, seen),
        };
        if let Some(count) = seen.fresh() {
            return Some(count);
        }
        match on_redis::<Option<u64>>(redis, "GET", key).await {
            Ok(count) => {
                if was_away.swap(false, Ordering::AcqRel) {
                    self.pages.invalidate_all();
                }
                let count = count.unwrap_or(0);
                seen.remember(count);
                Some(count)
            }
            Err(failure) => {
                seen.forget();
                was_away.store(true, Ordering::Release);
                if let RedisFailure::Failed(e) = failure {
                    tracing::warn!(error = %e, "could not read the page generation");
                }
                None
            }
        }
    }

    /// Moves the generation on, so no page kept before a change is served after it.
    async fn advance(&self) {
        match &self.generation {
            Generation::Local(count) => {
                count.fetch_add(1, Ordering::AcqRel);
            }
            Generation::Shared {
                redis,
                key,
                was_away,
                seen,
            } => match on_redis::<u64>(redis, "INCR", key).await {
                Ok(count) => seen.remember(count),
                Err(failure) => {
                    // Other instances cannot be told; they stop serving from their
                    // caches while Redis is away and empty them when it is back.
                    seen.forget();
                    was_away.store(true, Ordering::Release);
                    self.pages.invalidate_all();
                    if let RedisFailure::Failed(e) = failure {
                        tracing::warn!(error = %e, "could not move the page generation on");
                    }
                }
            },
        }
    }
}

/// `command key` on Redis (`GET`, `INCR`), through the breaker.
async fn on_redis<T: redis::FromRedisValue>(
    redis: &RedisLink,
    command: &'static str,
    key: &str,
) -> Result<T, RedisFailure> {
    let key = key.to_owned();
    redis
        .call(|mut conn| async move { redis::cmd(command).arg(&key).query_async(&mut conn).await })
        .await
}

/// The middleware: serves and keeps public pages for people not signed in, and moves
/// the generation on after every request that may change data.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if !matches!(method, Method::GET | Method::HEAD | Method::OPTIONS) {
        let response = next.run(request).await;
        cache.advance().await;
        return response;
    }
    if method != Method::GET || !cacheable(&request) {
        return next.run(request).await;
    }
    let Some(generation) = cache.current().await else {
        return next.run(request).await;
    };
    // The language was chosen outside (`middleware::language`); a page in Welsh is not
    // the page in English.
    let lang = request
        .extensions()
        .get::<Lang>()
        .copied()
        .unwrap_or_default();
    let key = (generation, lang, request.uri().to_string());
    if let Some(page) = cache.pages.get(&key) {
        metrics::counter!("page_cache_requests_total", "result" => "hit").increment(1);
        return page.answer();
    }
    metrics::counter!("page_cache_requests_total", "result" => "miss").increment(1);
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, MAX_PAGE).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Some(nonce) = nonce_of(&parts.headers) {
        cache.pages.insert(
            key,
            Arc::new(Kept {
                headers: parts.headers.clone(),
                body: body.clone(),
                nonce,
            }),
        );
    }
    Response::from_parts(parts, Body::from(body))
}

impl Kept {
    /// The page again, its nonce replaced by a fresh one.
    fn answer(&self) -> Response {
        let fresh = leptos::nonce::Nonce::new().to_string();
        let body = String::from_utf8_lossy(&self.body).replace(&self.nonce, &fresh);
        let mut headers = self.headers.clone();
        if let Some(policy) = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|v| v.to_str().ok())
            .map(|p| p.replace(&self.nonce, &fresh))
            .and_then(|p| HeaderValue::from_str(&p).ok())
        {
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        headers.remove(header::CONTENT_LENGTH);
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        response
    }
}

/// A public page asked for by someone not signed in.
fn cacheable(request: &Request) -> bool {
    let personal = request.headers().contains_key(header::AUTHORIZATION)
        || request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .any(|c| c.to_str().map_or(true, |c| c.contains(SESSION_COOKIE)));
    !personal && public_page(request.uri().path())
}

/// Home, a campaign's list, an idea, the directory, a listing.
fn public_page(path: &str) -> bool {
    let one_segment_under = |prefix: &str| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
    };
    path == "/"
        || path == "/directory"
        || one_segment_under("/campaigns/")
        || one_segment_under("/ideas/")
        || one_segment_under("/directory/")
}

/// A whole page for everyone: `200`, HTML, no cookie set.
fn keepable(response: &Response) -> bool {
    response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"))
}

/// The nonce in a page's policy (`'nonce-…'`).
fn nonce_of(headers: &HeaderMap) -> Option<String> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let end = start + policy[start..].find('\'')?;
    let nonce = &policy[start..end];
    (nonce.len() >= 16).then(|| nonce.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_pages_are_kept() {
        for path in [
            "/",
            "/campaigns/apps-for-everyday-health",
            "/ideas/12-a-sleep-diary",
            "/directory",
            "/directory/3-pill-pal",
        ] {
            assert!(public_page(path), "{path}");
        }
        for path in [
            "/campaigns/apps/ideas/new",
            "/ideas/12-a-sleep-diary/report",
            "/ideas/",
            "/account",
            "/moderation",
            "/api/v1/ideas",
            "/directory/3-pill-pal/report",
            "/developer",
        ] {
            assert!(!public_page(path), "{path}");
        }
    }

    #[test]
    fn a_shared_generation_is_trusted_for_a_short_while_only() {
        // A window no test run outlasts, then one it does.
        let seen = Seen::new(Duration::from_secs(3600));
        assert_eq!(seen.fresh(), None, "nothing read yet");
        seen.remember(7);
        assert_eq!(seen.fresh(), Some(7));
        // A restarted Redis counts from zero again: the lower count is the one to use.
        seen.remember(2);
        assert_eq!(seen.fresh(), Some(2));
        seen.forget();
        assert_eq!(seen.fresh(), None, "forgotten when Redis fails");
        let brief = Seen::new(Duration::from_millis(1));
        brief.remember(3);
        std::thread::sleep(Duration::from_millis(2));
        assert_eq!(brief.fresh(), None, "read again once it is old");
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self' 'nonce-AbCdEfGhIjKlMnOpQrStUv' 'wasm-unsafe-eval'",
            ),
        );
        assert_eq!(
            nonce_of(&headers).as_deref(),
            Some("AbCdEfGhIjKlMnOpQrStUv")
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'"),
        );
        assert_eq!(nonce_of(&headers), None);
    }
}
