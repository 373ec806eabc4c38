//! Email, against a real SMTP server (`scripts/smtp-sink`: aiosmtpd from PyPI) on
//! loopback: an address confirmed by the link emailed to it, nothing lost while the
//! mail server is away, each email sent once by two instances, hard failures stopping
//! the sending, and the embedded default writing `.eml` files an administrator can read.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use app::domain::user::Role;
use app::server::email::compose::Letter;
use app::server::email::outbox::{Outgoing, enqueue};
use app::server::entities::{email_outbox, user};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::on_both_databases;
use crate::support::{Backend, TestApp, TestConfig, spawn_app_with, texts};

/// A real SMTP server, in its own process, writing what it receives to a folder.
pub struct SmtpSink {
    child: Option<Child>,
    port: u16,
    dir: tempfile::TempDir,
}

impl SmtpSink {
    /// Starts on a free port.
    pub fn start() -> Self {
        let port = free_port();
        let mut sink = Self {
            child: None,
            port,
            dir: tempfile::tempdir().expect("temp dir"),
        };
        sink.resume();
        sink
    }

    /// A port with nothing listening on it yet, for a server that starts later.
    fn not_yet_started() -> Self {
        Self {
            child: None,
            port: free_port(),
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts (again) on the same port and folder, once it answers.
    fn resume(&mut self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp-sink");
        let mut child = Command::new("python3")
            .arg(&script)
            .args(["--port", &self.port.to_string()])
            .arg("--dir")
            .arg(self.dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs scripts/smtp-sink");
        let mut line = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(child.stdout.take().expect("its output"))
            .read_line(&mut line)
            .expect("scripts/smtp-sink says when it is ready");
        assert_eq!(
            line.trim(),
            "ready",
            "scripts/smtp-sink did not start: is aiosmtpd installed (python3 -m pip install aiosmtpd)?"
        );
        self.child = Some(child);
    }

    /// Stops it: the port refuses connections until [`Self::resume`].
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every email received so far, oldest first, as raw bytes.
    pub fn received(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("the sink's folder")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| std::fs::read(f).expect("an email"))
            .collect()
    }

    /// Waits until at least `count` emails have arrived (30 s at most), and returns all.
    pub async fn wait_for(&self, count: usize) -> Vec<Vec<u8>> {
        for _ in 0..300 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "expected {count} emails, the SMTP server received {}",
            self.received().len()
        );
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

/// A server that sends email through `sink` (checked every 100 ms, retried after 1 s).
pub fn sending_to(backend: Backend, smtp_url: String) -> TestConfig {
    TestConfig::new(backend).with(|s| {
        s.email.smtp_url = Some(smtp_url.into());
        s.email.poll_every_ms = 100;
        s.email.retry_base_secs = 1;
        s.email.retry_max_secs = 2;
        s.email.from = "Ideas and Apps <noreply@example.org>".to_owned();
        s.email.reply_to = Some("Ideas team <team@example.org>".to_owned());
    })
}

/// One received email, read.
pub struct Received {
    raw: Vec<u8>,
}

impl Received {
    fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.raw).expect("a well-formed email")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        use mailparse::MailHeaderMap;
        self.parsed().headers.get_first_value(name)
    }

    /// The decoded body of the part of type `mime`.
    pub fn part(&self, mime: &str) -> String {
        let parsed = self.parsed();
        let mut parts = vec![&parsed];
        while let Some(part) = parts.pop() {
            if part.ctype.mimetype == mime {
                return part.get_body().expect("a decodable body");
            }
            parts.extend(part.subparts.iter());
        }
        panic!("no {mime} part")
    }
}

pub fn read(raw: &[Vec<u8>]) -> Vec<Received> {
    raw.iter().map(|r| Received { raw: r.clone() }).collect()
}

async fn me(app: &TestApp) -> user::Model {
    user::Entity::find()
        .filter(user::Column::DisplayName.eq("Demo member of the public"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo member of the public")
}

async fn an_address_is_confirmed_by_the_link_emailed_to_it(backend: Backend) {
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(backend, sink.url())).await;
    app.sign_in_as(Role::Public).await;

    // The page, with no address yet.
    let page = app.page("/account/email", 200).await;
    assert_eq!(texts(&page, ".email-address"), ["Not given"]);

    // Bad input: the page again (422) with the message by the field and what was typed;
    // nothing saved, nothing sent.
    let response = app
        .post_form("/account/email", &[("email", "ann at example")])
        .await;
    assert_eq!(response.status(), 422);
    let page = scraper::Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        texts(&page, ".nhsuk-error-summary__list a"),
        ["Enter an email address in the correct format, like name@example.com"]
    );
    let input = scraper::Selector::parse("#email").unwrap();
    assert_eq!(
        page.select(&input).next().unwrap().value().attr("value"),
        Some("ann at example")
    );
    assert_eq!(me(&app).await.email_pending, None);

    // A good address: waiting for confirmation, and the link sent to it.
    let response = app
        .post_form("/account/email", &[("email", " ann@example.org ")])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/account/email");
    let page = app.page("/account/email", 200).await;
    assert!(texts(&page, ".email-pending")[0].contains("We have sent a link to ann@example.org"));
    let account = me(&app).await;
    assert_eq!(account.email, None, "not used until confirmed");
    assert_eq!(account.email_pending.as_deref(), Some("ann@example.org"));

    let emails = read(&sink.wait_for(1).await);
    let email = &emails[0];
    assert_eq!(
        email.header("X-Sink-Rcpt-To").as_deref(),
        Some("ann@example.org")
    );
    assert_eq!(
        email.header("Subject").as_deref(),
        Some("Confirm your email address")
    );
    assert_eq!(
        email.header("From").as_deref(),
        Some("\"Ideas and Apps\" <noreply@example.org>")
    );
    assert_eq!(
        email.header("Reply-To").as_deref(),
        Some("\"Ideas team\" <team@example.org>")
    );
    assert!(email.header("Message-ID").unwrap().ends_with("@127.0.0.1>"));
    assert_eq!(
        email.header("Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    // Asked for there and then: nothing to unsubscribe from.
    assert_eq!(email.header("List-Unsubscribe"), None);
    let text = email.part("text/plain");
    assert!(
        text.starts_with("Hello Demo member of the public,"),
        "{text}"
    );
    let html = email.part("text/html");
    assert!(html.contains("Confirm your email address</a>"), "{html}");
    assert!(
        !html.contains("<img") && !html.contains("src="),
        "nothing remote"
    );
    let link = text
        .lines()
        .find(|l| l.contains("/account/email/confirm?token="))
        .expect("the link in the text part")
        .trim()
        .to_owned();
    let path = link
        .strip_prefix(&app.address)
        .expect("a link to this site");

    // The link opens a page; nothing changes until its button is pressed.
    let page = app.page(path, 200).await;
    assert_eq!(texts(&page, "h1"), ["Confirm your email address"]);
    assert_eq!(me(&app).await.email, None);
    let token = path.split("token=").nth(1).unwrap();
    let token: String = form_urlencoded::parse(format!("t={token}").as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned();

    // A tampered token confirms nothing.
    // The signature's last hex digit changed, whatever it was.
    let last = if token.ends_with('0') { "1" } else { "0" };
    let forged = format!("{}{last}", &token[..token.len() - 1]);
    let response = app
        .post_form("/account/email/confirm", &[("token", &forged)])
        .await;
    assert_eq!(response.status(), 303);
    let failed = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(failed.ends_with("done=failed"), "{failed}");
    assert_eq!(
        texts(&app.page(&failed, 200).await, "h1"),
        ["This link does not work"]
    );
    assert_eq!(me(&app).await.email, None);

    // Pressed, signed in as its owner: back to the email page, confirmed.
    let response = app
        .post_form("/account/email/confirm", &[("token", &token)])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/account/email?updated=confirmed"
    );
    let account = me(&app).await;
    assert_eq!(account.email.as_deref(), Some("ann@example.org"));
    assert!(account.email_verified_at.is_some());
    assert_eq!(account.email_pending, None);
    let page = app.page("/account", 200).await;
    assert_eq!(texts(&page, ".account-email"), ["ann@example.org"]);

    // Followed again: already confirmed, nothing changes.
    let page = app.page(path, 200).await;
    assert_eq!(texts(&page, "h1"), ["Email address confirmed"]);

    // In the data download.
    let data: serde_json::Value = app.get("/account/data.json").await.json().await.unwrap();
    assert_eq!(data["email"]["address"], "ann@example.org");
    assert_eq!(
        data["emails_sent"][0]["subject"],
        "Confirm your email address"
    );

    // A new address waits for its own link: the old link does not confirm it, and the
    // old address stays in use meanwhile. Removing forgets both.
    app.post_form("/account/email", &[("email", "ann@nhs.net")])
        .await;
    app.post_form("/account/email/confirm", &[("token", &token)])
        .await;
    let account = me(&app).await;
    assert_eq!(account.email.as_deref(), Some("ann@example.org"));
    assert_eq!(account.email_pending.as_deref(), Some("ann@nhs.net"));
    let response = app.post_form("/account/email/remove", &[]).await;
    assert_eq!(response.status(), 303);
    let account = me(&app).await;
    assert_eq!((account.email, account.email_pending), (None, None));
    let unsent = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(unsent, 0, "nothing waits to go to a removed address");
}

on_both_databases!(an_address_is_confirmed_by_the_link_emailed_to_it);

/// Queues `count` emails straight into the outbox, as an event's transaction would.
async fn queue(app: &TestApp, count: usize, to: &str) {
    let now = chrono::Utc::now();
    for n in 0..count {
        enqueue(
            &app.db,
            Outgoing {
                user_id: None,
                address: to.replace('@', &format!("+{n}@")),
                kind: "test",
                dedupe_key: format!("test:{to}:{n}"),
                subject: format!("Test {n}"),
                letter: Letter {
                    greeting: "Hello,".into(),
                    paragraphs: vec![format!("Number {n}.")],
                    reason: "A test.".into(),
                    ..Letter::default()
                },
                unsubscribe_url: None,
            },
            now,
        )
        .await
        .unwrap();
    }
}

/// Each email's number, from its subject, sorted.
fn numbers(emails: &[Received]) -> Vec<usize> {
    let mut numbers: Vec<usize> = emails
        .iter()
        .map(|e| {
            e.header("Subject").unwrap()["Test ".len()..]
                .parse()
                .unwrap()
        })
        .collect();
    numbers.sort_unstable();
    numbers
}

#[tokio::test]
async fn nothing_is_lost_while_the_mail_server_is_away_and_each_email_goes_once() {
    let mut sink = SmtpSink::not_yet_started();
    let app = spawn_app_with(sending_to(Backend::Sqlite, sink.url())).await;
    queue(&app, 5, "away@example.org").await;
    // Queueing the same event again does nothing.
    queue(&app, 5, "away@example.org").await;

    // Tried, failed, kept, with why.
    for _ in 0..100 {
        let tried = email_outbox::Entity::find()
            .filter(email_outbox::Column::Attempts.gt(0))
            .count(&app.db)
            .await
            .unwrap();
        if tried == 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let waiting = email_outbox::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(waiting.len(), 5);
    for email in &waiting {
        assert!(email.attempts >= 1 && email.sent_at.is_none() && email.failed_at.is_none());
        assert!(
            email
                .last_error
                .as_deref()
                .unwrap()
                .starts_with("Could not reach the mail server"),
            "{:?}",
            email.last_error
        );
    }

    // Back: every email arrives, once.
    sink.resume();
    let emails = read(&sink.wait_for(5).await);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(sink.received().len(), 5, "nothing sent twice");
    assert_eq!(numbers(&emails), [0, 1, 2, 3, 4]);
    let sent = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_not_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(sent, 5);
}

#[tokio::test]
async fn two_instances_send_each_email_once() {
    let sink = SmtpSink::start();
    let first = spawn_app_with(sending_to(Backend::Postgres, sink.url())).await;
    let second = spawn_app_with(TestConfig {
        database_url: Some(first.database_url.clone()),
        ..sending_to(Backend::Postgres, sink.url())
    })
    .await;
    queue(&first, 40, "many@example.org").await;
    let emails = read(&sink.wait_for(40).await);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.received().len(), 40, "nothing sent twice");
    assert_eq!(numbers(&emails), (0..40).collect::<Vec<_>>());
    drop(second);
}

#[tokio::test]
async fn repeated_hard_failures_stop_the_sending_and_the_person_is_told() {
    use sea_orm::{ActiveModelTrait, Set};
    let sink = SmtpSink::start();
    let app = spawn_app_with(sending_to(Backend::Sqlite, sink.url())).await;
    app.sign_in_as(Role::Public).await;
    let account = me(&app).await;
    let mut active: user::ActiveModel = account.clone().into();
    active.email = Set(Some("bounce@example.org".to_owned()));
    active.email_verified_at = Set(Some(chrono::Utc::now()));
    active.update(&app.db).await.unwrap();

    // Three emails the mail server refuses for good (550): each given up at once.
    for n in 0..3 {
        enqueue(
            &app.db,
            Outgoing {
                user_id: Some(account.id),
                address: "bounce@example.org".into(),
                kind: "test",
                dedupe_key: format!("bounce:{n}"),
                subject: format!("Test {n}"),
                letter: Letter::default(),
                unsubscribe_url: None,
            },
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    for _ in 0..100 {
        if me(&app).await.email_stopped_at.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let account = me(&app).await;
    assert!(account.email_stopped_at.is_some(), "stopped after three");
    assert_eq!(account.email_failures, 3);
    let failed = email_outbox::Entity::find()
        .filter(email_outbox::Column::FailedAt.is_not_null())
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(failed.len(), 3);
    assert!(failed[0].last_error.as_deref().unwrap().contains("550"));
    assert!(sink.received().is_empty());

    // Told in the site, with a way to put it right.
    let page = app.page("/account/email", 200).await;
    assert_eq!(
        texts(&page, ".email-stopped .nhsuk-warning-callout__label"),
        ["Important: We have stopped emailing you"]
    );
}

#[tokio::test]
async fn without_a_mail_server_emails_are_files_an_administrator_can_read() {
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.email.poll_every_ms = 100;
    }))
    .await;
    app.sign_in_as(Role::Public).await;
    app.post_form("/account/email", &[("email", "file@example.org")])
        .await;
    let mut sent = None;
    for _ in 0..100 {
        sent = email_outbox::Entity::find()
            .filter(email_outbox::Column::SentAt.is_not_null())
            .one(&app.db)
            .await
            .unwrap();
        if sent.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent = sent.expect("written as a file");

    // Not for anyone but administrators.
    assert_ne!(app.get("/admin/email").await.status(), 200);
    let file = format!("/admin/email/{}/message.eml", sent.id);
    assert_ne!(app.get(&file).await.status(), 200);

    app.sign_in_as(Role::Admin).await;
    let page = app.page("/admin/email", 200).await;
    assert!(texts(&page, ".nhsuk-inset-text")[0].contains("No mail server is set up"));
    assert_eq!(
        texts(&page, ".outbox-table tbody td a"),
        ["Confirm your email address"]
    );
    let page = app.page(&format!("/admin/email/{}", sent.id), 200).await;
    assert!(texts(&page, ".email-text")[0].contains("/account/email/confirm?token="));
    let response = app.get(&file).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "message/rfc822");
    let raw = response.bytes().await.unwrap();
    let email = Received { raw: raw.to_vec() };
    assert_eq!(email.header("To").as_deref(), Some("file@example.org"));
    assert!(
        email
            .part("text/plain")
            .contains("Confirm your email address:")
    );
}

#[tokio::test]
async fn the_mail_service_reports_bounces_and_complaints_with_its_token() {
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app_with(TestConfig::new(Backend::Sqlite).with(|s| {
        s.email.events_token = Some("events-secret".to_owned().into());
    }))
    .await;
    app.sign_in_as(Role::Public).await;
    let account = me(&app).await;
    let mut active: user::ActiveModel = account.clone().into();
    active.email = Set(Some("Ann@Example.org".to_owned()));
    active.email_verified_at = Set(Some(chrono::Utc::now()));
    active.update(&app.db).await.unwrap();
    let events = format!("{}/hooks/email-events", app.address);
    let send = |token: Option<&'static str>, body: &'static str| {
        let mut request = reqwest::Client::new()
            .post(&events)
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    // Without the token, or with another: not heard.
    let bounce = r#"{"address": "ann@example.org", "event": "bounce"}"#;
    assert_eq!(send(None, bounce).await.unwrap().status(), 401);
    assert_eq!(send(Some("guess"), bounce).await.unwrap().status(), 401);
    assert_eq!(me(&app).await.email_failures, 0);

    // Not understood: a clear JSON error, and nothing changes.
    let refused = send(
        Some("events-secret"),
        r#"{"address": "ann@example.org", "event": "lost"}"#,
    )
    .await
    .unwrap();
    assert_eq!(refused.status(), 400);
    let error: serde_json::Value = refused.json().await.unwrap();
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("\"bounce\" or \"complaint\"")
    );

    // Three bounces (the address's case does not matter): sending stops, and the
    // person is told.
    for _ in 0..3 {
        let heard = send(Some("events-secret"), bounce).await.unwrap();
        assert_eq!(heard.status(), 202);
        assert_eq!(
            heard.json::<serde_json::Value>().await.unwrap()["accounts"],
            1
        );
    }
    assert!(me(&app).await.email_stopped_at.is_some());
    let page = app.page("/account/email", 200).await;
    assert_eq!(texts(&page, ".email-stopped").len(), 1);

    // A complaint: every email off at once.
    let complaint = r#"{"address": "ann@example.org", "event": "complaint"}"#;
    assert_eq!(
        send(Some("events-secret"), complaint)
            .await
            .unwrap()
            .status(),
        202
    );
    let modes = app::server::preferences::of(&app.db, account.id)
        .await
        .unwrap();
    assert!(
        modes
            .values()
            .all(|(email, _)| *email == app::domain::notification::Mode::Off)
    );

    // Without a token configured, the address does not exist.
    let closed = spawn_app_with(TestConfig::new(Backend::Sqlite)).await;
    let response = reqwest::Client::new()
        .post(format!("{}/hooks/email-events", closed.address))
        .bearer_auth("events-secret")
        .body(bounce)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}
