//! The rankings (Top and Trending) in Redis and in process: one contract for both
//! stores, then the server's use of them: lists read from Redis, two instances sharing
//! it, and Redis stopped and restarted while people vote.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use app::domain::idea::Cursor;
use app::server::entities::{idea, vote};
use app::server::rankings::{InProcessRankings, RankSort, RankedIdea, RankingStore, RedisRankings};
use app::server::rate_limit::LimitedAction;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::support::{Backend, TestApp, TestConfig, redis_url, spawn_app_with};

fn idea(id: i64, campaign_id: i64, version: i64, votes: i32, listed: bool) -> RankedIdea {
    RankedIdea {
        id,
        campaign_id,
        version,
        votes,
        // Newer ideas (higher ids) rank higher among equal votes, as in real life.
        hot_rank: f64::from(votes.max(1)).log10() + id as f64 / 1000.0,
        listed,
    }
}

/// Every entry of a ranking, page by page, as (id, votes).
async fn walk(
    store: &dyn RankingStore,
    campaign: i64,
    sort: RankSort,
    page_size: u64,
) -> Vec<(i64, i32)> {
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store
            .page(campaign, sort, after, page_size)
            .await
            .unwrap()
            .expect("a complete ranking answers");
        assert!(page.entries.len() as u64 <= page_size);
        seen.extend(page.entries.iter().map(|e| (e.id, e.votes)));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    seen
}

async fn ranking_contract(store: &dyn RankingStore) {
    // Nothing is shown until a whole rebuild has finished.
    store.apply(&[idea(1, 7, 1, 3, true)]).await.unwrap();
    assert_eq!(store.page(7, RankSort::Top, None, 10).await.unwrap(), None);
    assert_eq!(store.count(7).await.unwrap(), None);
    store.mark_complete().await.unwrap();
    assert!(store.is_complete().await.unwrap());

    // Order: votes, then the newer idea first among equals.
    store
        .apply(&[
            idea(2, 7, 1, 5, true),
            idea(3, 7, 1, 3, true),
            idea(4, 7, 1, 0, true),
            idea(5, 8, 1, 9, true),
        ])
        .await
        .unwrap();
    assert_eq!(
        walk(store, 7, RankSort::Top, 10).await,
        [(2, 5), (3, 3), (1, 3), (4, 0)]
    );
    let page = store
        .page(7, RankSort::Top, None, 2)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(page.total, 4);
    assert_eq!(store.count(7).await.unwrap(), Some(4));
    assert_eq!(
        store.count(99).await.unwrap(),
        Some(0),
        "a campaign without ideas"
    );
    assert_eq!(
        page.next,
        Some(Cursor { key: 3.0, id: 3 }),
        "the next page starts after the last shown"
    );
    assert_eq!(
        walk(store, 8, RankSort::Top, 10).await,
        [(5, 9)],
        "campaigns are ranked apart"
    );
    // Trending follows the stored rank: idea 4 (0 votes, newest) beats idea 1 (3 votes,
    // oldest) only if its rank says so.
    let trending: Vec<i64> = walk(store, 7, RankSort::Trending, 10)
        .await
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut expected = [
        idea(1, 7, 1, 3, true),
        idea(2, 7, 1, 5, true),
        idea(3, 7, 1, 3, true),
        idea(4, 7, 1, 0, true),
    ];
    expected.sort_by(|a, b| b.hot_rank.total_cmp(&a.hot_rank));
    assert_eq!(trending, expected.map(|i| i.id));

    // Writes carry versions: a late, older write changes nothing, in either order.
    store.apply(&[idea(3, 7, 3, 8, true)]).await.unwrap();
    store.apply(&[idea(3, 7, 2, 1, true)]).await.unwrap();
    store.apply(&[idea(3, 7, 3, 2, true)]).await.unwrap();
    assert_eq!(walk(store, 7, RankSort::Top, 10).await[0], (3, 8));

    // Unlisted (merged, hidden) ideas leave both orders; a newer write may list them
    // again.
    store.apply(&[idea(2, 7, 2, 5, false)]).await.unwrap();
    assert_eq!(store.count(7).await.unwrap(), Some(3));
    assert!(!walk(store, 7, RankSort::Top, 10).await.contains(&(2, 5)));
    assert!(
        !walk(store, 7, RankSort::Trending, 10)
            .await
            .iter()
            .any(|(id, _)| *id == 2)
    );
    store.apply(&[idea(2, 7, 3, 6, true)]).await.unwrap();
    assert_eq!(walk(store, 7, RankSort::Top, 10).await[0], (3, 8));
    assert_eq!(walk(store, 7, RankSort::Top, 10).await[1], (2, 6));

    // Paging by key: many ties, page after page, every idea exactly once; and a page
    // still starts in the right place when the idea it starts after has since moved
    // or left.
    let many: Vec<RankedIdea> = (100..160)
        .map(|id| idea(id, 9, 1, (id % 4) as i32, true))
        .collect();
    store.apply(&many).await.unwrap();
    let all = walk(store, 9, RankSort::Top, 7).await;
    assert_eq!(all.len(), 60);
    let mut ids: Vec<i64> = all.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 60, "no idea twice");
    let first = store
        .page(9, RankSort::Top, None, 5)
        .await
        .unwrap()
        .unwrap();
    let cursor = first.next.unwrap();
    let expected_next = store
        .page(9, RankSort::Top, Some(cursor), 5)
        .await
        .unwrap()
        .unwrap();
    // The idea the cursor names gains votes, then leaves the list: the next page is the
    // same either way.
    store
        .apply(&[idea(cursor.id, 9, 2, 50, true)])
        .await
        .unwrap();
    let moved = store
        .page(9, RankSort::Top, Some(cursor), 5)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(moved.entries, expected_next.entries);
    store
        .apply(&[idea(cursor.id, 9, 3, 50, false)])
        .await
        .unwrap();
    let gone = store
        .page(9, RankSort::Top, Some(cursor), 5)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(gone.entries, expected_next.entries);

    // Cleared: nothing is shown until rebuilt.
    store.clear(&[7, 8, 9]).await.unwrap();
    assert!(!store.is_complete().await.unwrap());
    assert_eq!(store.page(7, RankSort::Top, None, 10).await.unwrap(), None);
    store.mark_complete().await.unwrap();
    assert!(walk(store, 7, RankSort::Top, 10).await.is_empty());
}

#[tokio::test]
async fn the_in_process_rankings_keep_the_contract() {
    ranking_contract(&InProcessRankings::default()).await;
}

#[tokio::test]
async fn the_redis_rankings_keep_the_contract() {
    let client = redis::Client::open(redis_url()).unwrap();
    let manager = redis::aio::ConnectionManager::new(client).await.unwrap();
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    ranking_contract(&RedisRankings::new(
        app::server::redis_link::RedisLink::new(manager),
        &prefix,
    ))
    .await;
}

/// The ids and votes of a campaign's Top list as the open-data API shows it.
async fn top_list(app: &TestApp, campaign: &str) -> Vec<(i64, i64)> {
    let body: serde_json::Value = app
        .client
        .get(format!(
            "{}/api/v1/ideas?campaign={campaign}&sort=top&limit=100",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["items"]
        .as_array()
        .expect("a list of ideas")
        .iter()
        .map(|i| (i["id"].as_i64().unwrap(), i["vote_count"].as_i64().unwrap()))
        .collect()
}

/// The first campaign's listed ideas from the database, in Top order.
async fn top_in_database(app: &TestApp) -> Vec<(i64, i64)> {
    let campaign = first_campaign(app).await;
    let mut ideas: Vec<idea::Model> = idea::Entity::find()
        .filter(idea::Column::CampaignId.eq(campaign.id))
        .filter(idea::Column::Visibility.eq(app::domain::idea::Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
        .all(&app.db)
        .await
        .unwrap();
    ideas.sort_by_key(|i| std::cmp::Reverse((i.vote_count, i.id)));
    ideas
        .into_iter()
        .map(|i| (i.id, i64::from(i.vote_count)))
        .collect()
}

async fn first_campaign(app: &TestApp) -> app::server::entities::campaign::Model {
    use sea_orm::QueryOrder;
    app::server::entities::campaign::Entity::find()
        .order_by_asc(app::server::entities::campaign::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo campaigns")
}

async fn demo_campaign_slug(app: &TestApp) -> String {
    first_campaign(app).await.slug
}

/// Votes through either of two instances (one PostgreSQL database, one Redis) show in
/// the other's lists at once.
#[tokio::test]
async fn votes_through_either_instance_show_on_both() {
    let prefix = format!("test-{}:", uuid::Uuid::new_v4().simple());
    let mut first_config = TestConfig::new(Backend::Postgres);
    first_config.redis_url = Some(redis_url().into());
    first_config.redis_prefix = prefix.clone();
    first_config.lift_limits(&[
        LimitedAction::SignIn,
        LimitedAction::Vote,
        LimitedAction::ApiRead,
    ]);
    let first = spawn_app_with(first_config).await;
    let mut second_config = TestConfig::new(Backend::Postgres);
    second_config.redis_url = Some(redis_url().into());
    second_config.redis_prefix = prefix;
    second_config.database_url = Some(first.database_url.clone());
    second_config.lift_limits(&[
        LimitedAction::SignIn,
        LimitedAction::Vote,
        LimitedAction::ApiRead,
    ]);
    let second = spawn_app_with(second_config).await;
    wait_for_rankings(&first).await;
    wait_for_rankings(&second).await;
    let slug = demo_campaign_slug(&first).await;
    let last = *top_list(&first, &slug).await.last().unwrap();

    // Someone votes for the least supported idea through the first instance...
    let voter = first
        .signed_in_browser(app::domain::user::Role::Public)
        .await;
    let response = voter
        .post(format!("{}/ideas/{}/vote", first.address, last.0))
        .header("origin", &first.address)
        .form(&[("support", "yes"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    // ...and the second instance's list shows it straight away, from Redis.
    let on_second = top_list(&second, &slug).await;
    assert!(on_second.contains(&(last.0, last.1 + 1)), "{on_second:?}");
    // Someone else withdraws through the second; the first shows it.
    let top = on_second[0];
    let other = second
        .signed_in_browser(app::domain::user::Role::Developer)
        .await;
    for support in ["yes", "no"] {
        other
            .post(format!("{}/ideas/{}/vote", second.address, top.0))
            .header("origin", &second.address)
            .form(&[("support", support), ("return_to", "/")])
            .send()
            .await
            .unwrap();
    }
    assert_eq!(top_list(&first, &slug).await, top_in_database(&first).await);
    assert_eq!(
        top_list(&second, &slug).await,
        top_in_database(&first).await
    );
}

/// Waits until the server's rankings can answer (its start-up rebuild has finished).
async fn wait_for_rankings(app: &TestApp) {
    for _ in 0..100 {
        if !app.rankings.needs_rebuild().await.unwrap_or(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the rankings were not rebuilt within 5 s");
}

/// A Redis server of the test's own, so that stopping it disturbs no other test.
struct OwnRedis {
    port: u16,
    dir: tempfile::TempDir,
    child: Option<std::process::Child>,
}

impl OwnRedis {
    fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let mut redis = Self {
            port,
            dir: tempfile::tempdir().unwrap(),
            child: None,
        };
        redis.restart();
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Starts it (again), empty: no persistence, as after a crash of a cache-only Redis.
    fn restart(&mut self) {
        let child = std::process::Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .current_dir(self.dir.path())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("redis-server is installed (scripts/test installs it)");
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("redis-server did not start");
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().ok();
            child.wait().ok();
        }
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Redis is stopped in the middle of a voting run and started again, empty. Every vote
/// is still counted, and the rankings catch up with the database on their own.
async fn redis_stopping_mid_run_loses_no_vote(backend: Backend) {
    let mut redis = OwnRedis::start();
    let mut config = TestConfig::new(backend);
    config.redis_url = Some(redis.url().into());
    config.tallies.check_every_secs = 1;
    config.lift_limits(&[
        LimitedAction::SignIn,
        LimitedAction::Vote,
        LimitedAction::ApiRead,
    ]);
    let app = Arc::new(spawn_app_with(config).await);
    wait_for_rankings(&app).await;
    let slug = demo_campaign_slug(&app).await;
    let ideas: Vec<i64> = top_in_database(&app)
        .await
        .into_iter()
        .take(5)
        .map(|(id, _)| id)
        .collect();
    let mut people = Vec::new();
    for _ in 0..6 {
        people.push(app.signed_in_browser(app::domain::user::Role::Public).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (p, browser) in people.into_iter().enumerate() {
        let (app, ideas) = (app.clone(), ideas.clone());
        tasks.spawn(async move {
            let mut refused = 0;
            for round in 0..30 {
                let idea = ideas[(p + round) % ideas.len()];
                let support = if (p * 7 + round) % 3 == 0 {
                    "no"
                } else {
                    "yes"
                };
                let response = browser
                    .post(format!("{}/ideas/{idea}/vote", app.address))
                    .header("origin", &app.address)
                    .form(&[("support", support), ("return_to", "/")])
                    .send()
                    .await
                    .unwrap();
                // Every vote is answered as done, back on the page it came from (not
                // sent to sign in: Redis restarting signs no one out), Redis or not.
                let back = response
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok());
                let done = back.is_some_and(|l| l.contains("voted") || l.contains("withdrawn"));
                if response.status() != 303 || !done {
                    refused += 1;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            refused
        });
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    redis.stop();
    // Lists go on being served (from the database) while Redis is away. (Votes are
    // still being cast, so only which ideas are listed is compared here; the counts are
    // compared exactly once the voting has finished, below.)
    let ids = |list: Vec<(i64, i64)>| {
        let mut ids: Vec<i64> = list.into_iter().map(|(id, _)| id).collect();
        ids.sort_unstable();
        ids
    };
    assert_eq!(
        ids(top_list(&app, &slug).await),
        ids(top_in_database(&app).await)
    );
    tokio::time::sleep(Duration::from_millis(700)).await;
    redis.restart();
    while let Some(refused) = tasks.join_next().await {
        assert_eq!(refused.unwrap(), 0, "no vote was refused");
    }

    // The database is exact...
    let mut rows: HashMap<i64, i64> = HashMap::new();
    for v in vote::Entity::find().all(&app.db).await.unwrap() {
        *rows.entry(v.idea_id).or_default() += 1;
    }
    for model in idea::Entity::find().all(&app.db).await.unwrap() {
        assert_eq!(
            i64::from(model.vote_count),
            rows.get(&model.id).copied().unwrap_or(0),
            "idea {}",
            model.id
        );
    }
    // ...and the rankings in the restarted, empty Redis converge to it.
    wait_for_rankings(&app).await;
    let store = app.rankings.store();
    let campaign = first_campaign(&app).await.id;
    assert_eq!(
        walk(store, campaign, RankSort::Top, 7)
            .await
            .into_iter()
            .map(|(id, votes)| (id, i64::from(votes)))
            .collect::<Vec<_>>(),
        top_in_database(&app).await
    );
    assert_eq!(top_list(&app, &slug).await, top_in_database(&app).await);
}

crate::on_both_databases!(redis_stopping_mid_run_loses_no_vote);
