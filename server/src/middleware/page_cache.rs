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
//! Someone signed in gets the same page, with their own parts drawn separately: on the
//! home page, the campaign lists, the directory and its listings those are the header's
//! account list (their name, notifications and the way out) and a campaign's follow
//! form, marked in the page (`app::components::personal`). A page not kept yet is drawn
//! as for someone not signed in (under a session of no one), kept, and given their
//! parts. An idea page is theirs throughout (their support, the forms to comment and
//! reply, an author's and a moderator's tools), so it is drawn in full for them.
//!
//! Nothing else personal is cached: a request with credentials passes by, as does an
//! answer that is not a plain `200` HTML page or that sets a cookie. Each page served
//! from the cache gets a fresh CSP nonce, in its policy and in its scripts alike.
//!
//! A browser that accepts gzip gets a kept page compressed, put together from pieces
//! compressed when the page was kept (`gzip`): compressing it again for each answer,
//! as the compression layer does for everything else, made answering from the cache
//! seven to ten times slower (`docs/benchmarks.md`, 3 December 2026).

mod gzip;

use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use app::components::personal::{self, Part};
use app::domain::identity::CurrentUser;
use app::i18n::Lang;
use app::server::redis_link::{RedisFailure, RedisLink};
use app::server::sessions::AppSessionStore;
use axum::body::{Body, to_bytes};
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

/// The cache of one instance, where it reads the generation, and what it needs to
/// know a signed-in reader. Cheap to clone.
#[derive(Clone)]
pub struct PageCache {
    pages: moka::sync::Cache<(u64, Lang, String), Arc<Kept>>,
    generation: Generation,
    readers: Readers,
}

/// Where a signed-in reader's session, account and notifications are read.
#[derive(Clone)]
pub struct Readers {
    pub db: sea_orm::DatabaseConnection,
    pub sessions: AppSessionStore,
}

/// A rendered page as it was answered: its headers, its body, and the holes in the
/// body each answer fills afresh.
struct Kept {
    headers: HeaderMap,
    body: String,
    /// Where the body has the nonce its scripts carry, and its personal parts, in
    /// order.
    holes: Vec<(Range<usize>, Hole)>,
    nonce: String,
    /// The body between its holes, compressed (`None` if the compressor failed).
    pieces: Option<Vec<gzip::Piece>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Hole {
    Nonce,
    Personal(Part),
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
    pub fn new(
        ttl: Duration,
        redis: Option<RedisLink>,
        prefix: &str,
        readers: Readers,
    ) -> Option<Self> {
        if ttl.is_zero() {
            return None;
        }
        let pages = moka::sync::Cache::builder()
            .max_capacity(CAPACITY_BYTES)
            .weigher(|key: &(u64, Lang, String), page: &Arc<Kept>| {
                let compressed: usize = page
                    .pieces
                    .iter()
                    .flatten()
                    .map(gzip::Piece::kept_bytes)
                    .sum();
                u32::try_from(key.2.len() + page.body.len() + compressed).unwrap_or(u32::MAX)
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
        Some(Self {
            pages,
            generation,
            readers,
        })
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

/// Who is asking for a public page.
enum Reader {
    /// Not signed in: the page kept is theirs as it is.
    Anonymous,
    /// Signed in: the page kept, with their own parts.
    SignedIn(CurrentUser),
}

impl Reader {
    /// The `reader` label of `page_cache_requests_total`.
    fn label(&self) -> &'static str {
        match self {
            Reader::Anonymous => "anonymous",
            Reader::SignedIn(_) => "signed_in",
        }
    }
}

/// The middleware: serves and keeps public pages, for people not signed in and with
/// their own part for those who are, and moves the generation on after every request
/// that may change data.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if !matches!(method, Method::GET | Method::HEAD | Method::OPTIONS) {
        let response = next.run(request).await;
        cache.advance().await;
        return response;
    }
    if method != Method::GET || !public_page(request.uri().path()) {
        return next.run(request).await;
    }
    let asking = Asking::of(&request);
    let gzip = accepts_gzip(request.headers());
    let Some(reader) = cache.reader(asking).await else {
        return next.run(request).await;
    };
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
    let who = reader.label();
    if let Some(page) = cache.pages.get(&key) {
        metrics::counter!("page_cache_requests_total", "result" => "hit", "reader" => who)
            .increment(1);
        return match reader {
            Reader::Anonymous => page.answer(None, gzip),
            Reader::SignedIn(user) => cache.answer_for(&page, user, lang, gzip).await,
        };
    }
    metrics::counter!("page_cache_requests_total", "result" => "miss", "reader" => who)
        .increment(1);
    let Reader::SignedIn(user) = reader else {
        let response = next.run(request).await;
        return match cache.keep(key, response).await {
            Keeping::Kept(page) => page.answer(None, gzip),
            Keeping::Passed(response) => response,
        };
    };
    // Drawn as for someone not signed in, under a session of no one, so it can be kept;
    // an answer that cannot be (a page not found, a refusal) is drawn again for them.
    let again = next.clone();
    let (parts, body) = request.into_parts();
    let mut anonymous = Request::from_parts(parts.clone(), Body::empty());
    anonymous.extensions_mut().insert(cache.no_ones_session());
    let response = next.run(anonymous).await;
    match cache.keep(key, response).await {
        Keeping::Kept(page) => cache.answer_for(&page, user, lang, gzip).await,
        Keeping::Passed(_) => again.run(Request::from_parts(parts, body)).await,
    }
}

/// A page answered for keeping: kept (to be answered from), or not keepable.
enum Keeping {
    Kept(Arc<Kept>),
    Passed(Response),
}

impl PageCache {
    /// Who is asking, or `None` when the request is not for the cache: credentials, or
    /// a session cookie whose session names no one (it is drawn in full, and the app
    /// deals with the stale session), or someone signed in asking for an idea page.
    async fn reader(&self, asking: Asking) -> Option<Reader> {
        match asking {
            Asking::Credentials => None,
            Asking::NoSession => Some(Reader::Anonymous),
            Asking::Session {
                idea_page: true, ..
            } => None,
            Asking::Session { session, .. } => {
                match app::server::auth::user_from_session(&self.readers.db, &session?).await {
                    Ok(Some(user)) => Some(Reader::SignedIn(user)),
                    Ok(None) => None,
                    Err(e) => {
                        tracing::warn!(error = ?e, "could not read a session for a kept page");
                        None
                    }
                }
            }
        }
    }

    /// A session of no one, for drawing a page as someone not signed in sees it.
    fn no_ones_session(&self) -> tower_sessions::Session {
        tower_sessions::Session::new(None, Arc::new(self.readers.sessions.clone()), None)
    }

    /// Keeps `response` under `key` if it is a whole page for everyone.
    async fn keep(&self, key: (u64, Lang, String), response: Response) -> Keeping {
        if !keepable(&response) {
            return Keeping::Passed(response);
        }
        let (parts, body) = response.into_parts();
        let Ok(body) = to_bytes(body, MAX_PAGE).await else {
            return Keeping::Passed(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        };
        // Takes the bytes as they are: no copy when nothing else holds them, as here.
        let body = match String::from_utf8(Vec::from(body)) {
            Ok(body) => body,
            Err(e) => {
                return Keeping::Passed(Response::from_parts(parts, Body::from(e.into_bytes())));
            }
        };
        let Some(page) = Kept::new(parts.headers, body) else {
            return Keeping::Passed(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        };
        let page = Arc::new(page);
        self.pages.insert(key, page.clone());
        Keeping::Kept(page)
    }

    /// `page` for `user`: with their own parts, drawn now. A part that cannot be drawn
    /// (the database failing) is left as people not signed in see it.
    async fn answer_for(&self, page: &Kept, user: CurrentUser, lang: Lang, gzip: bool) -> Response {
        let drawn = page.holes.iter().filter_map(|(range, hole)| match hole {
            Hole::Personal(part) => Some((range, part)),
            Hole::Nonce => None,
        });
        let drawn = futures::future::join_all(drawn.map(|(range, part)| {
            let user = user.clone();
            async move {
                personal::draw(part, user, &self.readers.db, lang)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::warn!(error = %e, part = %part.key(), "could not draw a personal part");
                        page.body[range.clone()].to_owned()
                    })
            }
        }))
        .await;
        page.answer(Some(drawn.as_slice()), gzip)
    }
}

impl Kept {
    /// A page answered once, with its holes found; `None` if its policy names no nonce.
    fn new(headers: HeaderMap, body: String) -> Option<Self> {
        let nonce = nonce_of(&headers)?;
        let mut holes: Vec<(Range<usize>, Hole)> = body
            .match_indices(nonce.as_str())
            .map(|(at, n)| (at..at + n.len(), Hole::Nonce))
            .chain(
                personal_parts(&body)
                    .into_iter()
                    .map(|(range, part)| (range, Hole::Personal(part))),
            )
            .collect();
        holes.sort_by_key(|(range, _)| range.start);
        let between = std::iter::once(0)
            .chain(holes.iter().map(|(range, _)| range.end))
            .zip(
                holes
                    .iter()
                    .map(|(range, _)| range.start)
                    .chain(std::iter::once(body.len())),
            );
        let pieces = gzip::pieces(between.map(|(from, to)| &body[from..to]));
        Some(Self {
            headers,
            body,
            holes,
            nonce,
            pieces,
        })
    }

    /// The page again, with a fresh nonce, and `parts` (a signed-in reader's own, one
    /// for each personal hole in order) in place of those for someone not signed in;
    /// gzipped when `gzip` (the browser accepts it).
    fn answer(&self, parts: Option<&[String]>, gzip: bool) -> Response {
        let fresh = leptos::nonce::Nonce::new().to_string();
        let mut theirs = parts.unwrap_or_default().iter();
        let fills: Vec<&str> = self
            .holes
            .iter()
            .map(|(range, hole)| match hole {
                Hole::Nonce => fresh.as_str(),
                Hole::Personal(_) => theirs
                    .next()
                    .map_or(&self.body[range.clone()], String::as_str),
            })
            .collect();
        let mut headers = self.headers.clone();
        let body = match self.pieces.as_deref().filter(|_| gzip) {
            Some(pieces) => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
                Body::from(gzip::member(pieces, &fills))
            }
            None => {
                let extra: usize = fills.iter().map(|f| f.len()).sum();
                let mut body = String::with_capacity(self.body.len() + extra);
                let mut from = 0;
                for ((range, _), fill) in self.holes.iter().zip(&fills) {
                    body.push_str(&self.body[from..range.start]);
                    body.push_str(fill);
                    from = range.end;
                }
                body.push_str(&self.body[from..]);
                Body::from(body)
            }
        };
        if let Some(policy) = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|v| v.to_str().ok())
            .map(|p| p.replace(&self.nonce, &fresh))
            .and_then(|p| HeaderValue::from_str(&p).ok())
        {
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        headers.remove(header::CONTENT_LENGTH);
        let mut response = Response::new(body);
        *response.headers_mut() = headers;
        response
    }
}

/// The personal parts of a page (`app::components::personal`) and where each one's
/// content is: from the end of its marked element's opening tag to that element's
/// closing tag (the first of its kind: a marked element holds none of its own kind).
fn personal_parts(body: &str) -> Vec<(Range<usize>, Part)> {
    let marker = format!(" {}=\"", personal::ATTRIBUTE);
    let mut parts = Vec::new();
    let mut from = 0;
    while let Some(found) = body[from..].find(&marker) {
        let at = from + found;
        from = at + marker.len();
        let Some(part) = body[from..]
            .find('"')
            .and_then(|end| Part::parse(&body[from..from + end]))
        else {
            continue;
        };
        let Some(tag) = body[..at].rfind('<').map(|open| {
            body[open + 1..at]
                .split(|c: char| c.is_ascii_whitespace())
                .next()
                .unwrap_or_default()
        }) else {
            continue;
        };
        let Some(start) = body[at..].find('>').map(|end| at + end + 1) else {
            continue;
        };
        let Some(end) = body[start..]
            .find(&format!("</{tag}>"))
            .map(|end| start + end)
        else {
            continue;
        };
        parts.push((start..end, part));
        from = end;
    }
    parts
}

/// What a request for a public page says of who is asking (taken out of the request,
/// whose body cannot be shared while the session is read).
enum Asking {
    /// It carries credentials (an API client).
    Credentials,
    /// It carries no session cookie: no one is signed in.
    NoSession,
    /// It carries a session cookie: someone is, or was, signed in.
    Session {
        session: Option<tower_sessions::Session>,
        idea_page: bool,
    },
}

impl Asking {
    fn of(request: &Request) -> Self {
        if request.headers().contains_key(header::AUTHORIZATION) {
            return Self::Credentials;
        }
        let session_cookie = request
            .headers()
            .get_all(header::COOKIE)
            .iter()
            .any(|c| c.to_str().map_or(true, |c| c.contains(SESSION_COOKIE)));
        if !session_cookie {
            return Self::NoSession;
        }
        Self::Session {
            session: request
                .extensions()
                .get::<tower_sessions::Session>()
                .cloned(),
            idea_page: request.uri().path().starts_with("/ideas/"),
        }
    }
}

/// Whether the browser accepts gzip (`Accept-Encoding`, a q-value above zero).
/// Brotli alone, or only `*`, is left to the compression layer.
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut params = coding.split(';');
            let name = params.next().unwrap_or_default().trim();
            let weight = params
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok());
            (name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip"))
                && weight.is_some_and(|q| q > 0.0)
        })
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

    #[tokio::test]
    async fn a_kept_page_is_answered_with_a_fresh_nonce_and_the_readers_own_parts() {
        let nonce = "AbCdEfGhIjKlMnOpQrStUv";
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&format!("script-src 'nonce-{nonce}'")).unwrap(),
        );
        let body = format!(
            "<script nonce=\"{nonce}\"></script><ul class=\"list\" data-personal=\"account\">\
             <li><a href=\"/auth/sign-in\">Sign in</a></li></ul><p>Ideas</p>\
             <div data-personal=\"campaign-follow sleep\"><p>Sign in to follow</p></div>\
             <script nonce=\"{nonce}\"></script>"
        );
        let page = Kept::new(headers, body.clone()).unwrap();
        let text = |response: Response| async move {
            let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .to_owned();
            let gzipped = response.headers().get(header::CONTENT_ENCODING).is_some();
            let body = to_bytes(response.into_body(), MAX_PAGE).await.unwrap();
            let mut text = String::new();
            if gzipped {
                use std::io::Read;
                flate2::read::GzDecoder::new(&body[..])
                    .read_to_string(&mut text)
                    .unwrap();
            } else {
                text = String::from_utf8(body.to_vec()).unwrap();
            }
            (policy, text)
        };

        let nonce_in = |policy: &str| {
            policy
                .strip_prefix("script-src 'nonce-")
                .and_then(|p| p.strip_suffix('\''))
                .unwrap()
                .to_owned()
        };
        let (policy, anyone) = text(page.answer(None, false)).await;
        let fresh = nonce_in(&policy);
        assert_ne!(fresh, nonce);
        assert_eq!(
            anyone,
            body.replace(nonce, &fresh),
            "the page as kept, nonce apart"
        );

        // Gzipped: the same page, with a nonce of its own.
        let zipped = page.answer(None, true);
        assert_eq!(zipped.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(zipped.headers()[header::VARY], "accept-encoding");
        let (policy, unzipped) = text(zipped).await;
        let again = nonce_in(&policy);
        assert_ne!(again, fresh);
        assert_eq!(unzipped, body.replace(nonce, &again));

        let theirs = ["<li>Ann</li>".to_owned(), "<form>Follow</form>".to_owned()];
        let (zipped_policy, zipped) = text(page.answer(Some(&theirs), true)).await;
        let (policy, theirs) = text(page.answer(Some(&theirs), false)).await;
        assert_eq!(
            zipped.replace(&nonce_in(&zipped_policy), "N"),
            theirs.replace(&nonce_in(&policy), "N"),
            "gzipped or not, the reader's parts are the same"
        );
        assert!(!policy.contains(nonce));
        assert!(!theirs.contains(nonce));
        assert!(
            theirs.contains("data-personal=\"account\"><li>Ann</li></ul><p>Ideas</p>"),
            "{theirs}"
        );
        assert!(
            theirs.contains("data-personal=\"campaign-follow sleep\"><form>Follow</form></div>")
        );
        assert!(!theirs.contains("Sign in"));
        assert_eq!(theirs.matches("nonce=").count(), 2);
    }

    #[test]
    fn the_personal_parts_of_a_page_are_found_by_their_marks() {
        assert_eq!(personal_parts("<ul class=\"list\"><li>x</li></ul>"), vec![]);
        let page = "<ul data-personal=\"account\"><li>x</li></ul>\
                    <div data-personal=\"nonsense\"></div>\
                    <div class=\"a\" data-personal=\"campaign-follow sleep\"><form>y</form></div>";
        let found: Vec<(&str, Part)> = personal_parts(page)
            .into_iter()
            .map(|(range, part)| (&page[range], part))
            .collect();
        assert_eq!(
            found,
            vec![
                ("<li>x</li>", Part::Account),
                ("<form>y</form>", Part::CampaignFollow("sleep".into())),
            ]
        );
    }

    #[test]
    fn gzip_is_sent_only_to_browsers_that_accept_it() {
        let accepts = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::ACCEPT_ENCODING,
                HeaderValue::from_str(value).unwrap(),
            );
            accepts_gzip(&headers)
        };
        assert!(accepts("gzip, deflate, br, zstd"));
        assert!(accepts("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts("x-gzip"));
        assert!(!accepts("br"));
        assert!(!accepts("gzip;q=0, br"));
        assert!(!accepts("identity"));
        assert!(!accepts("gzip;q=nonsense"));
        assert!(!accepts_gzip(&HeaderMap::new()));
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
