//! Where webhooks may go: public https addresses only, checked at registration and at
//! every connection (a name that resolves to loopback is refused when it is used), with
//! nothing in the delivery log that tells what answered where; and deliveries sent side
//! by side, a few per host, so a receiver that hangs holds up no one else.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::domain::user::Role;
use app::server::entities::{webhook, webhook_delivery};
use app::server::webhook_target::{NOT_PUBLIC, TargetPolicy};
use app::server::webhooks::{Deliverer, DeliverySettings};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::support::{Backend, TestApp, TestConfig, closed_port_url, spawn_app_with, texts};

const STRICT: TargetPolicy = TargetPolicy { allow_local: false };
const LOCAL: TargetPolicy = TargetPolicy { allow_local: true };

/// An app as production runs it: local webhook targets not allowed. Its own delivery
/// worker looks once at start-up and then not for an hour, so the deliverers these
/// tests run are the only ones sending.
async fn strict_app() -> TestApp {
    spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.webhooks.allow_local_targets = false;
        s.webhooks.poll_every_ms = 3_600_000;
    }))
    .await
}

async fn reread(app: &TestApp, delivery: &webhook_delivery::Model) -> webhook_delivery::Model {
    webhook_delivery::Entity::find_by_id(delivery.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// A loopback receiver that counts the connections made to it and answers 204 after
/// `delay`, counting the most requests it had in hand at once.
struct Receiver {
    url: String,
    connections: Arc<AtomicUsize>,
    received: Arc<AtomicUsize>,
    most_at_once: Arc<Mutex<(usize, usize)>>,
}

/// A listener that counts the connections it accepts.
struct Counting {
    listener: tokio::net::TcpListener,
    connections: Arc<AtomicUsize>,
}

impl axum::serve::Listener for Counting {
    type Io = tokio::net::TcpStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let accepted = axum::serve::Listener::accept(&mut self.listener).await;
        self.connections.fetch_add(1, Ordering::SeqCst);
        accepted
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.listener.local_addr()
    }
}

async fn receiver(host: &str, delay: Duration) -> Receiver {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let received = Arc::new(AtomicUsize::new(0));
    let most_at_once = Arc::new(Mutex::new((0, 0)));
    let (got, at_once) = (received.clone(), most_at_once.clone());
    let handler = move || {
        let (got, at_once) = (got.clone(), at_once.clone());
        async move {
            {
                let mut now = at_once.lock().unwrap();
                now.0 += 1;
                now.1 = now.1.max(now.0);
            }
            tokio::time::sleep(delay).await;
            at_once.lock().unwrap().0 -= 1;
            got.fetch_add(1, Ordering::SeqCst);
            axum::http::StatusCode::NO_CONTENT
        }
    };
    let router = axum::Router::new().route("/hook", axum::routing::post(handler));
    let counting = Counting {
        listener,
        connections: connections.clone(),
    };
    tokio::spawn(async move { axum::serve(counting, router).await.unwrap() });
    Receiver {
        url: format!("http://{host}:{port}/hook"),
        connections,
        received,
        most_at_once,
    }
}

#[tokio::test]
async fn webhooks_are_registered_only_for_public_https_addresses() {
    let app = strict_app().await;
    let admin = app.signed_in_browser(Role::Admin).await;
    for (url, message) in [
        ("http://hooks.example.org/apps", "https://"),
        ("https://127.0.0.1/hook", NOT_PUBLIC),
        ("https://169.254.169.254/latest/meta-data", NOT_PUBLIC),
        ("https://[fd00::1]/hook", NOT_PUBLIC),
        ("https://10.0.0.7/hook", NOT_PUBLIC),
        ("https://sync.localhost/hook", NOT_PUBLIC),
        (
            "https://user:pass@hooks.example.org/",
            "user name and password",
        ),
    ] {
        let response = app
            .post_from(
                &admin,
                "/admin/webhooks",
                &[("url", url), ("description", "A mirror"), ("secret", "")],
            )
            .await;
        assert_eq!(response.status(), 422, "{url}");
        let page = scraper::Html::parse_document(&response.text().await.unwrap());
        let errors = texts(&page, ".nhsuk-error-message");
        assert!(
            errors.iter().any(|e| e.contains(message)),
            "{url}: {errors:?}"
        );
        // What was typed is kept.
        assert!(
            page.root_element()
                .html()
                .contains(&url.replace('&', "&amp;")),
            "{url}"
        );
    }
    assert_eq!(webhook::Entity::find().count(&app.db).await.unwrap(), 0);
    let response = app
        .post_from(
            &admin,
            "/admin/webhooks",
            &[
                ("url", "https://hooks.example.org/apps"),
                ("description", "A mirror"),
                ("secret", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(webhook::Entity::find().count(&app.db).await.unwrap(), 1);
}

/// Addresses stored before (or changed behind the form's back) are checked at every
/// connection: a name that resolves to loopback and a loopback address are refused
/// before anything connects, and the log says only that.
#[tokio::test]
async fn deliveries_reach_only_public_addresses_and_log_no_details() {
    let app = strict_app().await;
    let target = receiver("127.0.0.1", Duration::ZERO).await;
    let port = target
        .url
        .split(':')
        .nth(2)
        .unwrap()
        .trim_end_matches("/hook");
    let mut deliveries = Vec::new();
    for url in [
        format!("https://localhost:{port}/hook"),
        format!("http://localhost:{port}/hook"),
        format!("https://127.0.0.1:{port}/hook"),
        format!("https://[::ffff:127.0.0.1]:{port}/hook"),
    ] {
        let hook = app.webhook_at(&url).await;
        deliveries.push(app.due_delivery(&hook).await);
    }
    let deliverer = Deliverer::new(DeliverySettings {
        targets: STRICT,
        ..Default::default()
    });
    assert_eq!(deliverer.deliver_due(&app.db).await.unwrap(), 0);
    assert_eq!(
        target.connections.load(Ordering::SeqCst),
        0,
        "nothing connected"
    );
    for delivery in &deliveries {
        let after = reread(&app, delivery).await;
        assert_eq!(after.attempts, 1);
        assert_eq!(after.last_error.as_deref(), Some(NOT_PUBLIC));
    }

    // Where local targets are allowed, a port nobody listens on is logged as a category,
    // without the address or the system's words for what happened.
    let closed = closed_port_url("http");
    let hook = app.webhook_at(&format!("{closed}/hook")).await;
    let delivery = app.due_delivery(&hook).await;
    let local = Deliverer::new(DeliverySettings {
        targets: LOCAL,
        ..Default::default()
    });
    local.deliver_due(&app.db).await.unwrap();
    assert_eq!(
        reread(&app, &delivery).await.last_error.as_deref(),
        Some("Could not connect to the receiver")
    );
}

#[tokio::test]
async fn a_hanging_receiver_holds_up_no_one_else() {
    let app = strict_app().await;
    // Two hosts: one that never answers in time, one that answers at once.
    let hanging = receiver("127.0.0.1", Duration::from_secs(30)).await;
    let quick = receiver("localhost", Duration::ZERO).await;
    let slow_hook = app.webhook_at(&hanging.url).await;
    let mut slow = Vec::new();
    for _ in 0..4 {
        slow.push(app.due_delivery(&slow_hook).await);
    }
    // Queued after the hanging host's, so one at a time it would wait for all of them.
    let quick_hook = app.webhook_at(&quick.url).await;
    let fast = app.due_delivery(&quick_hook).await;
    let deliverer = Deliverer::new(DeliverySettings {
        targets: LOCAL,
        timeout: Duration::from_secs(3),
        ..Default::default()
    });
    let round = {
        let (deliverer, db) = (deliverer.clone(), app.db.clone());
        tokio::spawn(async move { deliverer.deliver_due(&db).await.unwrap() })
    };
    for _ in 0..100 {
        if quick.received.load(Ordering::SeqCst) == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(quick.received.load(Ordering::SeqCst), 1);
    assert!(
        !round.is_finished(),
        "the quick receiver got its delivery while the hanging one still held others"
    );
    assert_eq!(round.await.unwrap(), 1);
    assert!(reread(&app, &fast).await.delivered_at.is_some());
    // At most two at once went to the hanging host; the others wait, unclaimed, for a
    // later round.
    assert_eq!(hanging.most_at_once.lock().unwrap().1, 2);
    let mut tried = 0;
    for delivery in &slow {
        let after = reread(&app, delivery).await;
        if after.attempts == 1 {
            tried += 1;
            assert_eq!(
                after.last_error.as_deref(),
                Some("The receiver did not answer in time")
            );
        } else {
            assert_eq!(after.attempts, 0);
            assert!(after.next_attempt_at <= app::server::clock::now());
        }
    }
    assert_eq!(tried, 2);
}
