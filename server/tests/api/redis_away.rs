//! Redis going away and coming back, through a switch in front of the real Redis server:
//! the breaker trips on the first failure, calls then fail at once without touching the
//! network (the switch counts every connection), each change of state is logged once,
//! votes go on, and a background probe notices when Redis answers again.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::domain::user::Role;
use app::server::entities::vote;
use app::server::redis_link::{RedisFailure, RedisLink};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tracing_subscriber::layer::SubscriberExt;

use crate::support::{Backend, TestConfig, redis_url, spawn_app_with};

/// A TCP switch in front of Redis: while on, it passes connections through; while off,
/// it accepts and at once closes them, as a server that has gone away would. It counts
/// the connections it is asked for.
struct Switch {
    url: String,
    on: Arc<AtomicBool>,
    connections: Arc<AtomicUsize>,
    open: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Switch {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("redis://{}", listener.local_addr().unwrap());
        let target = redis_url()
            .trim_start_matches("redis://")
            .trim_end_matches('/')
            .to_owned();
        let on = Arc::new(AtomicBool::new(true));
        let connections = Arc::new(AtomicUsize::new(0));
        let open = Arc::new(Mutex::new(Vec::new()));
        let (on2, connections2, open2) = (on.clone(), connections.clone(), open.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                connections2.fetch_add(1, Ordering::SeqCst);
                if !on2.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let target = target.clone();
                let pipe = tokio::spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&target).await {
                        let _ = copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                open2.lock().unwrap().push(pipe);
            }
        });
        Self {
            url,
            on,
            connections,
            open,
        }
    }

    /// Off: new connections are closed at once, and open ones are cut.
    fn off(&self) {
        self.on.store(false, Ordering::SeqCst);
        for pipe in self.open.lock().unwrap().drain(..) {
            pipe.abort();
        }
    }

    fn on(&self) {
        self.on.store(true, Ordering::SeqCst);
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// Counts the events the Redis link logs, by level.
#[derive(Clone, Default)]
struct LinkLog(Arc<Mutex<Vec<tracing::Level>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for LinkLog {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let meta = event.metadata();
        if meta.target().starts_with("app::server") && *meta.level() <= tracing::Level::INFO {
            self.0.lock().unwrap().push(*meta.level());
        }
    }
}

impl LinkLog {
    fn count(&self, level: tracing::Level) -> usize {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter(|l| **l == level)
            .count()
    }
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test]
async fn the_breaker_trips_once_fails_fast_and_closes_when_redis_answers() {
    let log = LinkLog::default();
    let _guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(log.clone()));
    let switch = Switch::start().await;
    let link = RedisLink::with_probe_every(
        server::startup::redis_connection(&switch.url).unwrap(),
        Duration::from_millis(200),
    );
    let ping = |link: RedisLink| async move {
        link.call(
            |mut conn| async move { redis::cmd("PING").query_async::<String>(&mut conn).await },
        )
        .await
    };
    assert_eq!(ping(link.clone()).await.unwrap(), "PONG");
    assert!(!link.is_away());

    // Redis goes: the first call finds out, and opens the breaker.
    switch.off();
    assert!(matches!(ping(link.clone()).await, Err(RedisFailure::Away)));
    assert!(link.is_away());
    // Further calls fail at once, without asking the network (a probe may have made one
    // connection meanwhile; each call used to make its own).
    let before = switch.connections();
    for _ in 0..50 {
        assert!(matches!(ping(link.clone()).await, Err(RedisFailure::Away)));
    }
    assert!(
        switch.connections() <= before + 1,
        "calls went to the network"
    );
    assert_eq!(
        log.count(tracing::Level::WARN),
        1,
        "one warning for the outage"
    );

    // The probe keeps trying while it is away, and notices when it is back.
    let before = switch.connections();
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(switch.connections() > before, "the probe tries again");
    assert!(link.is_away());
    switch.on();
    until("the breaker to close", || !link.is_away()).await;
    assert_eq!(ping(link.clone()).await.unwrap(), "PONG");
    assert_eq!(log.count(tracing::Level::WARN), 1);
    assert_eq!(
        log.count(tracing::Level::INFO),
        1,
        "one note that it is back"
    );
}

/// An error Redis answers with (here, a command it does not know) is not an outage.
#[tokio::test]
async fn an_answer_from_redis_does_not_trip_the_breaker() {
    let link = server::startup::redis_link(&redis_url()).unwrap();
    let answer = link
        .call(|mut conn| async move {
            redis::cmd("NO-SUCH-COMMAND")
                .query_async::<String>(&mut conn)
                .await
        })
        .await;
    assert!(matches!(answer, Err(RedisFailure::Failed(_))));
    assert!(!link.is_away());
}

/// With Redis gone, votes are counted, through the database and the in-process limits,
/// and the instance does not ask for Redis on each of them. (How the outage is logged is
/// checked on the link alone: a subscriber set for one test thread does not see the
/// database's worker threads.)
#[tokio::test]
async fn votes_go_on_while_redis_is_away() {
    let switch = Switch::start().await;
    let url = switch.url.clone();
    let mut config = TestConfig::new(Backend::Sqlite).with(|s| s.redis_url = Some(url.into()));
    config.lift_limits(&[app::server::rate_limit::LimitedAction::Vote]);
    let app = spawn_app_with(config).await;
    let voter = app.signed_in_browser(Role::Public).await;
    let campaign = app.demo_campaign().await.id;
    let ideas: Vec<i64> = app::server::entities::idea::Entity::find()
        .filter(app::server::entities::idea::Column::CampaignId.eq(campaign))
        .filter(app::server::entities::idea::Column::DuplicateOfId.is_null())
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.visibility == app::domain::idea::Visibility::Published)
        .map(|i| i.id)
        .collect();
    assert!(ideas.len() >= 10, "the demo campaign has ideas to vote for");

    switch.off();
    let mut connections_after_first = None;
    for id in &ideas {
        let response = app
            .post_from(
                &voter,
                &format!("/ideas/{id}/vote"),
                &[("support", "yes"), ("return_to", "")],
            )
            .await;
        assert_eq!(response.status(), 303, "the vote is taken");
        connections_after_first.get_or_insert(switch.connections());
    }
    let voter_id = app::server::entities::user::Entity::find()
        .filter(app::server::entities::user::Column::DisplayName.eq("Demo member of the public"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let voted = vote::Entity::find()
        .filter(vote::Column::IdeaId.is_in(ideas.clone()))
        .filter(vote::Column::UserId.eq(voter_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(voted as usize, ideas.len(), "every vote counted");
    // After the first vote found Redis gone, the others did not ask for it
    // (each vote used to make three attempts); a probe may have made one or two.
    let first = connections_after_first.unwrap();
    assert!(
        switch.connections() <= first + 2,
        "{} connections after the first vote's {first}",
        switch.connections()
    );
}
