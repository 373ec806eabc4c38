//! Sends the outbox: over SMTP when `[email] smtp_url` is set, otherwise as `.eml`
//! files under `DATA_DIR/outbox`, which the administrators' email page lists, so a
//! newcomer running the embedded default can read what would have been sent.
//!
//! Several instances may run this against one outbox. Each email is claimed just
//! before it is sent, by moving its next attempt to the end of a lease, and its outcome
//! is written only while the claim is still this instance's: an email is sent by one
//! instance. An instance that stops between the mail server's acceptance and writing it
//! down sends that email again after the lease; its `Message-ID` is the same, so mail
//! systems can tell.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::server::entities::{email_outbox, user};

/// After this many hard failures in a row, nothing more is sent to an address until
/// its owner confirms one again.
pub const HARD_FAILURES_BEFORE_STOPPING: i32 = 3;

/// Where emails go.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Written as `{id}.eml` in this folder.
    Files(PathBuf),
}

impl Transport {
    /// SMTP at `url` (`smtp://host:port`, `smtps://user:password@host`, as lettre reads
    /// them), with `timeout` for each command.
    pub fn smtp(url: &str, timeout: Duration) -> Result<Self, lettre::transport::smtp::Error> {
        Ok(Self::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
                .timeout(Some(timeout))
                .build(),
        ))
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "SMTP".to_owned(),
            Self::Files(dir) => format!("files in {}", dir.display()),
        }
    }
}

/// How emails are sent and retried.
#[derive(Clone)]
pub struct SendSettings {
    pub transport: Transport,
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
    /// The right-hand side of each `Message-ID`: the site's host.
    pub message_id_domain: String,
    /// The wait after the first failure; each further failure doubles it.
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// After this many attempts an email is given up (and stays in the log).
    pub max_attempts: i32,
    /// How often the worker looks for due emails.
    pub poll_every: Duration,
}

impl SendSettings {
    /// The wait after `attempts` failed attempts.
    pub fn backoff(&self, attempts: i32) -> Duration {
        crate::server::retry::backoff(self.retry_base, self.retry_max, attempts)
    }
}

/// How long a claim lasts: longer than any one send (SMTP's own timeouts are shorter).
const LEASE: chrono::Duration = chrono::Duration::minutes(5);

/// What happened to one attempt.
#[derive(Debug)]
enum Attempt {
    Sent,
    /// Worth trying again later: the server was away, or answered 4xx.
    Later(String),
    /// The server refused it for good (5xx), or it cannot be made into an email.
    Refused(String),
}

/// Sends every due email once and returns how many were sent.
pub async fn send_due(db: &DatabaseConnection, settings: &SendSettings) -> Result<usize, DbErr> {
    let now = crate::server::clock::now();
    let due = email_outbox::Entity::find()
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null())
        .filter(email_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(email_outbox::Column::Id)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for email in due {
        let Some(lease) = claim(db, &email).await? else {
            continue;
        };
        let attempt = send_one(settings, &email).await;
        if record(db, settings, &email, lease, attempt).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Claims `email` for this instance; the lease's end, or `None` when another instance
/// claimed it first.
async fn claim(
    db: &DatabaseConnection,
    email: &email_outbox::Model,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let lease = crate::server::clock::now() + LEASE;
    let claimed = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::NextAttemptAt, Expr::value(lease))
        .filter(email_outbox::Column::Id.eq(email.id))
        .filter(email_outbox::Column::NextAttemptAt.eq(email.next_attempt_at))
        .filter(email_outbox::Column::Attempts.eq(email.attempts))
        .filter(email_outbox::Column::SentAt.is_null())
        .filter(email_outbox::Column::FailedAt.is_null())
        .exec(db)
        .await?;
    Ok((claimed.rows_affected == 1).then_some(lease))
}

/// Writes down what happened, while the claim is still ours; whether it was sent.
async fn record(
    db: &DatabaseConnection,
    settings: &SendSettings,
    email: &email_outbox::Model,
    lease: DateTime<Utc>,
    attempt: Attempt,
) -> Result<bool, DbErr> {
    let attempts = email.attempts + 1;
    let finished = crate::server::clock::now();
    let mut outcome = email_outbox::Entity::update_many()
        .col_expr(email_outbox::Column::Attempts, Expr::value(attempts));
    let mut hard_failure = false;
    outcome = match &attempt {
        Attempt::Sent => outcome
            .col_expr(email_outbox::Column::SentAt, Expr::value(finished))
            .col_expr(email_outbox::Column::LastError, Expr::value(None::<String>)),
        Attempt::Later(error) if attempts < settings.max_attempts => {
            let wait = chrono::Duration::from_std(settings.backoff(attempts))
                .unwrap_or(chrono::Duration::hours(6));
            outcome
                .col_expr(
                    email_outbox::Column::LastError,
                    Expr::value(Some(error.clone())),
                )
                .col_expr(
                    email_outbox::Column::NextAttemptAt,
                    Expr::value(finished + wait),
                )
        }
        Attempt::Later(error) | Attempt::Refused(error) => {
            hard_failure = matches!(attempt, Attempt::Refused(_));
            outcome
                .col_expr(
                    email_outbox::Column::LastError,
                    Expr::value(Some(error.clone())),
                )
                .col_expr(email_outbox::Column::FailedAt, Expr::value(finished))
        }
    };
    let recorded = outcome
        .filter(email_outbox::Column::Id.eq(email.id))
        .filter(email_outbox::Column::NextAttemptAt.eq(lease))
        .filter(email_outbox::Column::SentAt.is_null())
        .exec(db)
        .await?;
    if recorded.rows_affected == 0 {
        tracing::warn!(email = email.id, "an email outlived its claim");
        return Ok(false);
    }
    if let Some(user_id) = email.user_id {
        match attempt {
            Attempt::Sent => clear_failures(db, user_id, &email.address).await?,
            _ if hard_failure => count_hard_failure(db, user_id, &email.address, finished).await?,
            _ => {}
        }
    }
    Ok(matches!(attempt, Attempt::Sent))
}

/// A delivered email ends a run of failures to the same address.
async fn clear_failures(db: &DatabaseConnection, user_id: i64, address: &str) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::EmailFailures, Expr::value(0))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::Email.eq(address))
        .filter(user::Column::EmailFailures.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Counts a hard failure to the account's address; at the limit, stops sending to it
/// (the account page says so) and drops what was waiting.
pub async fn count_hard_failure(
    db: &DatabaseConnection,
    user_id: i64,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let of_address = || {
        user::Entity::update_many()
            .filter(user::Column::Id.eq(user_id))
            .filter(user::Column::Email.eq(address))
    };
    of_address()
        .col_expr(
            user::Column::EmailFailures,
            sea_orm::sea_query::ExprTrait::add(Expr::col(user::Column::EmailFailures), 1),
        )
        .exec(db)
        .await?;
    let stopped = of_address()
        .col_expr(user::Column::EmailStoppedAt, Expr::value(now))
        .filter(user::Column::EmailFailures.gte(HARD_FAILURES_BEFORE_STOPPING))
        .filter(user::Column::EmailStoppedAt.is_null())
        .exec(db)
        .await?;
    if stopped.rows_affected == 1 {
        tracing::info!(
            user_id,
            "stopped emailing an address after repeated hard failures"
        );
        super::outbox::drop_unsent(db, user_id, None).await?;
    }
    Ok(())
}

/// Builds and sends one email.
async fn send_one(settings: &SendSettings, email: &email_outbox::Model) -> Attempt {
    let message = match build(settings, email) {
        Ok(message) => message,
        Err(why) => return Attempt::Refused(why),
    };
    match &settings.transport {
        Transport::Smtp(smtp) => match smtp.send(message).await {
            Ok(_) => Attempt::Sent,
            Err(e) if e.is_permanent() => Attempt::Refused(smtp_error(&e)),
            Err(e) => Attempt::Later(smtp_error(&e)),
        },
        Transport::Files(dir) => match write_file(dir, email.id, &message.formatted()).await {
            Ok(()) => Attempt::Sent,
            Err(e) => Attempt::Later(format!("Could not write the file: {e}")),
        },
    }
}

/// What the log says of an SMTP failure: the server's code and words when it answered,
/// or the kind of failure when it did not.
fn smtp_error(error: &lettre::transport::smtp::Error) -> String {
    match error.status() {
        Some(code) => format!("The mail server answered {code}: {error}"),
        None if error.is_timeout() => "The mail server did not answer in time".to_owned(),
        None => format!("Could not reach the mail server: {error}"),
    }
}

/// Writes `bytes` as `{id}.eml`, through a temporary name so a reader never sees half.
async fn write_file(dir: &std::path::Path, id: i64, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let part = dir.join(format!("{id}.eml.part"));
    tokio::fs::write(&part, bytes).await?;
    tokio::fs::rename(&part, dir.join(format!("{id}.eml"))).await
}

/// The email as it goes out: both parts, and the headers that say what it is.
fn build(settings: &SendSettings, email: &email_outbox::Model) -> Result<Message, String> {
    let to: Mailbox = email
        .address
        .parse()
        .map_err(|_| "The address is not an email address".to_owned())?;
    let created: std::time::SystemTime = email.created_at.into();
    let mut builder = Message::builder()
        .from(settings.from.clone())
        .to(to)
        .subject(&email.subject)
        .date(created)
        .message_id(Some(format!(
            "<email-{}@{}>",
            email.id, settings.message_id_domain
        )))
        // Out-of-office replies are not sent back to automatic emails (RFC 3834).
        .header(AutoSubmitted("auto-generated".to_owned()));
    if let Some(reply_to) = &settings.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    if let Some(url) = &email.unsubscribe_url {
        builder = builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost("List-Unsubscribe=One-Click".to_owned()));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            email.body_text.clone(),
            email.body_html.clone(),
        ))
        .map_err(|e| format!("The email could not be made: {e}"))
}

/// A header lettre has no type for: a type carrying its text, named `$name`.
macro_rules! text_header {
    ($(#[$doc:meta])* $type:ident, $name:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        struct $type(String);

        impl Header for $type {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }

            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self(s.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(
    /// `List-Unsubscribe: <https://…>` (RFC 2369).
    ListUnsubscribe,
    "List-Unsubscribe"
);
text_header!(
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): the mail client
    /// may unsubscribe with one POST, without opening the site.
    ListUnsubscribePost,
    "List-Unsubscribe-Post"
);
text_header!(
    /// `Auto-Submitted: auto-generated` (RFC 3834).
    AutoSubmitted,
    "Auto-Submitted"
);

/// Runs the sender for ever (a task spawned at start-up). Each round turns due
/// notifications into emails (at once, and the day's digests once their hour has come),
/// then sends the outbox; a round runs to its end before the next, SMTP sending one at
/// a time over a pooled connection.
pub async fn run(
    db: DatabaseConnection,
    settings: Arc<SendSettings>,
    notices: super::notices::Notices,
) {
    tracing::info!(to = settings.transport.describe(), "sending email");
    let mut ticker = tokio::time::interval(settings.poll_every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The cutoff of the last digests this instance made; on start, today's are made if
    // their hour has passed (those already made by anyone are not made again).
    let mut digested: Option<DateTime<Utc>> = None;
    // Campaign milestones fall on the minute at most: looked for once a minute.
    let mut milestones_checked: Option<tokio::time::Instant> = None;
    loop {
        ticker.tick().await;
        let now = crate::server::clock::now();
        if milestones_checked.is_none_or(|at| at.elapsed() >= Duration::from_secs(60)) {
            match crate::server::milestones::announce_due(&db, now).await {
                Ok(_) => milestones_checked = Some(tokio::time::Instant::now()),
                Err(e) => {
                    tracing::warn!(error = %e, "campaign milestones could not be told; trying again")
                }
            }
        }
        // Large audiences, a few batches a tick so that email is not kept waiting.
        for _ in 0..10 {
            match crate::server::notifications::expand_due(&db).await {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "a large audience could not be told; trying again");
                    break;
                }
            }
        }
        if let Err(e) = super::notices::send_prompt(&db, &notices, now).await {
            tracing::warn!(error = %e, "notifications could not be emailed; trying again");
        }
        let cutoff = notices.digest_time(now);
        if now >= cutoff && digested != Some(cutoff) {
            match super::notices::send_digests(&db, &notices, cutoff, now).await {
                Ok(queued) => {
                    digested = Some(cutoff);
                    tracing::info!(queued, "daily digests made");
                }
                Err(e) => {
                    tracing::warn!(error = %e, "daily digests could not be made; trying again")
                }
            }
        }
        if let Err(e) = send_due(&db, &settings).await {
            tracing::warn!(error = %e, "the email outbox could not be read; trying again");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SendSettings {
        SendSettings {
            transport: Transport::Files(PathBuf::from("/nowhere")),
            from: "Ideas and Apps <noreply@example.org>".parse().unwrap(),
            reply_to: None,
            message_id_domain: "example.org".into(),
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(3600),
            max_attempts: 10,
            poll_every: Duration::from_secs(1),
        }
    }

    #[test]
    fn an_email_carries_both_parts_and_its_headers() {
        let now = Utc::now();
        let email = email_outbox::Model {
            id: 9,
            user_id: Some(1),
            address: "ann@example.org".into(),
            kind: "test".into(),
            dedupe_key: "k".into(),
            subject: "Hello".into(),
            body_text: "Plain words".into(),
            body_html: "<p>HTML words</p>".into(),
            unsubscribe_url: Some("https://example.org/u/1".into()),
            attempts: 0,
            next_attempt_at: now,
            sent_at: None,
            failed_at: None,
            last_error: None,
            created_at: now,
        };
        let formatted = String::from_utf8(build(&settings(), &email).unwrap().formatted()).unwrap();
        assert!(formatted.contains("Message-ID: <email-9@example.org>"));
        assert!(formatted.contains("List-Unsubscribe: <https://example.org/u/1>"));
        assert!(formatted.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert!(formatted.contains("Auto-Submitted: auto-generated"));
        assert!(formatted.contains("multipart/alternative"));
        assert!(formatted.contains("Plain words"));
        assert!(formatted.contains("<p>HTML words</p>"));
        let bad = email_outbox::Model {
            address: "not an address".into(),
            ..email
        };
        assert!(build(&settings(), &bad).is_err());
    }
}
