//! Webhooks: services registered by administrators are told of every publish, update
//! and archive in the directory.
//!
//! An event is written to `webhook_deliveries` in the same transaction as the change
//! (an outbox), so it is never lost and never delays the person's request. A worker
//! posts due deliveries, signed with HMAC-SHA256, and retries failures with
//! exponential backoff. Several instances may run the worker: each claims a delivery by
//! moving its next attempt forward before sending, so a delivery is sent by one at a
//! time. Receivers should still treat the delivery id as the key: a delivery whose
//! answer was lost is sent again.

use crate::server::locking::BeginWrite;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use sha2::Sha256;
use tokio::sync::Semaphore;

use crate::domain::listing::ListingContent;
use crate::domain::listing::NewWebhook;
use crate::features::directory::model::{DeliveryRow, WebhookRow, WebhooksAdmin};
use crate::server::entities::{listing, webhook, webhook_delivery};
use crate::server::open_data::{ListingRecord, listing_record};
use crate::server::webhook_target::{self, NOT_PUBLIC, PublicOnly, TargetPolicy};

/// What happened to a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    ListingPublished,
    ListingUpdated,
    ListingArchived,
}

impl Event {
    pub fn key(self) -> &'static str {
        match self {
            Self::ListingPublished => "listing.published",
            Self::ListingUpdated => "listing.updated",
            Self::ListingArchived => "listing.archived",
        }
    }
}

/// The body of a delivery.
#[derive(Serialize)]
struct Payload<'a> {
    event: &'static str,
    occurred_at: DateTime<Utc>,
    listing: &'a ListingRecord,
}

/// Queues `event` for every active webhook, inside the caller's transaction.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    event: Event,
    listing: &listing::Model,
    content: &ListingContent,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let hooks = webhook::Entity::find()
        .filter(webhook::Column::Active.eq(true))
        .all(db)
        .await?;
    if hooks.is_empty() {
        return Ok(());
    }
    let Some(record) = listing_record(listing, Some(content)) else {
        return Ok(());
    };
    let payload = serde_json::to_string(&Payload {
        event: event.key(),
        occurred_at: now,
        listing: &record,
    })
    .map_err(|e| DbErr::Custom(e.to_string()))?;
    for hook in hooks {
        webhook_delivery::ActiveModel {
            webhook_id: Set(hook.id),
            event: Set(event.key().to_owned()),
            payload: Set(payload.clone()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            delivered_at: Set(None),
            last_status: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Registers a webhook; returns it with its secret (generated when none was given),
/// which the administrator is shown once.
/// Registers a webhook for `admin`, with its audit-log row in the same transaction
/// (the address in the reason, never the secret).
pub async fn register(
    db: &DatabaseConnection,
    admin: i64,
    new: NewWebhook,
    now: DateTime<Utc>,
) -> Result<webhook::Model, DbErr> {
    let secret = new
        .secret
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    let txn = db.begin_write().await?;
    let hook = webhook::ActiveModel {
        url: Set(new.url),
        secret: Set(secret),
        description: Set(new.description),
        active: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let url = Some(hook.url.as_str());
    crate::server::audit::record(
        &txn,
        Some(admin),
        "webhook.registered",
        "webhook",
        hook.id,
        url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(hook)
}

/// Removes a webhook and its delivery log, for `admin`, with its audit-log row.
pub async fn remove(
    db: &DatabaseConnection,
    admin: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin_write().await?;
    crate::server::locking::claim::<webhook::Entity>(&txn, webhook::Column::Id, id).await?;
    let Some(hook) = webhook::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(false);
    };
    webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::WebhookId.eq(id))
        .exec(&txn)
        .await?;
    webhook::Entity::delete_by_id(id).exec(&txn).await?;
    let url = Some(hook.url.as_str());
    crate::server::audit::record(
        &txn,
        Some(admin),
        "webhook.removed",
        "webhook",
        id,
        url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The webhooks with their counts, and the latest deliveries, newest first.
pub async fn admin_view(db: &DatabaseConnection) -> Result<WebhooksAdmin, DbErr> {
    use crate::server::queries::uk_date_time;
    let hooks = webhook::Entity::find()
        .order_by_asc(webhook::Column::Id)
        .all(db)
        .await?;
    let mut webhooks = Vec::with_capacity(hooks.len());
    for hook in &hooks {
        let of_hook = || {
            webhook_delivery::Entity::find().filter(webhook_delivery::Column::WebhookId.eq(hook.id))
        };
        webhooks.push(WebhookRow {
            id: hook.id,
            url: hook.url.clone(),
            description: hook.description.clone(),
            delivered: of_hook()
                .filter(webhook_delivery::Column::DeliveredAt.is_not_null())
                .count(db)
                .await?,
            waiting: of_hook()
                .filter(webhook_delivery::Column::DeliveredAt.is_null())
                .count(db)
                .await?,
        });
    }
    let deliveries = webhook_delivery::Entity::find()
        .order_by_desc(webhook_delivery::Column::Id)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|d| DeliveryRow {
            id: d.id,
            webhook_url: hooks
                .iter()
                .find(|h| h.id == d.webhook_id)
                .map(|h| h.url.clone())
                .unwrap_or_default(),
            event: d.event,
            attempts: d.attempts,
            delivered_at: d.delivered_at.map(uk_date_time),
            next_attempt_at: d
                .delivered_at
                .is_none()
                .then(|| uk_date_time(d.next_attempt_at)),
            last_status: d.last_status,
            last_error: d.last_error,
            created_at: uk_date_time(d.created_at),
        })
        .collect();
    Ok(WebhooksAdmin {
        webhooks,
        deliveries,
    })
}

/// The `Webhook-Signature` header for `body` sent at `timestamp` (seconds):
/// `t={timestamp},v1={hex HMAC-SHA256 of "{timestamp}.{body}"}`. Signing the time too
/// lets a receiver refuse an old delivery replayed.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any size");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}

/// How deliveries are retried.
#[derive(Clone, Debug)]
pub struct DeliverySettings {
    /// The wait after the first failure; each further failure doubles it.
    pub retry_base: Duration,
    /// The longest wait between attempts.
    pub retry_max: Duration,
    /// After this many attempts a delivery is given up (and stays in the log).
    pub max_attempts: i32,
    /// How long a receiver has to answer.
    pub timeout: Duration,
    /// How often the worker looks for due deliveries.
    pub poll_every: Duration,
    /// Which addresses deliveries may reach.
    pub targets: TargetPolicy,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self {
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(6 * 3600),
            // 30 s doubling to 6 h: about three days of trying.
            max_attempts: 20,
            timeout: Duration::from_secs(10),
            poll_every: Duration::from_secs(2),
            targets: TargetPolicy::default(),
        }
    }
}

impl DeliverySettings {
    /// The wait after `attempts` failed attempts.
    pub fn backoff(&self, attempts: i32) -> Duration {
        crate::server::retry::backoff(self.retry_base, self.retry_max, attempts)
    }
}

/// At most this many deliveries are in flight from one instance at once…
const IN_FLIGHT: usize = 16;
/// …and at most this many to any one host, so a receiver that hangs holds up no one else.
const PER_HOST: usize = 2;

/// Sends due deliveries: concurrently, at most [`PER_HOST`] at a time to each host, with
/// a client that reaches only public addresses (see `webhook_target`). Cheap to clone;
/// clones share their limits.
#[derive(Clone)]
pub struct Deliverer {
    client: reqwest::Client,
    settings: DeliverySettings,
    all: Arc<Semaphore>,
    hosts: Arc<Mutex<HashMap<String, Arc<Semaphore>>>>,
}

impl Deliverer {
    pub fn new(settings: DeliverySettings) -> Self {
        let client = reqwest::Client::builder()
            // A receiver's redirect is not followed: the registered address is the one
            // signed for, and a redirect could lead anywhere.
            .redirect(reqwest::redirect::Policy::none())
            // Every name is resolved here, by the resolver that checks its addresses:
            // no proxy resolves it elsewhere.
            .no_proxy()
            .dns_resolver(Arc::new(PublicOnly(settings.targets)))
            .build()
            .expect("a reqwest client with default TLS builds");
        Self {
            client,
            settings,
            all: Arc::new(Semaphore::new(IN_FLIGHT)),
            hosts: Arc::default(),
        }
    }

    /// The limit for `host`, made on first use.
    fn host_limit(&self, host: &str) -> Arc<Semaphore> {
        let mut hosts = self.hosts.lock().expect("the host limits' lock");
        // Forget hosts with nothing in flight, so the map stays as small as the traffic.
        if hosts.len() > 1_000 {
            hosts.retain(|_, limit| limit.available_permits() < PER_HOST);
        }
        hosts
            .entry(host.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(PER_HOST)))
            .clone()
    }

    /// Sends every due delivery that a free slot allows, waits for them, and returns how
    /// many were delivered. A delivery whose host already has [`PER_HOST`] in flight is
    /// left due for a later round, unclaimed.
    ///
    /// Several instances run this at once against one outbox. Each delivery is claimed
    /// just before it is sent, with a lease from the moment of the claim that outlasts
    /// the send (whose time is bounded by the timeout), and its outcome is written only
    /// while the claim is still this instance's: a delivery is sent by one instance.
    pub async fn deliver_due(&self, db: &DatabaseConnection) -> Result<usize, DbErr> {
        let now = crate::server::clock::now();
        let due = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::DeliveredAt.is_null())
            .filter(webhook_delivery::Column::NextAttemptAt.lte(now))
            .filter(webhook_delivery::Column::Attempts.lt(self.settings.max_attempts))
            .order_by_asc(webhook_delivery::Column::Id)
            .limit(100)
            .all(db)
            .await?;
        let mut hooks: HashMap<i64, Option<webhook::Model>> = HashMap::new();
        let mut sending = tokio::task::JoinSet::new();
        for delivery in due {
            let hook = match hooks.get(&delivery.webhook_id) {
                Some(hook) => hook.clone(),
                None => {
                    let hook = webhook::Entity::find_by_id(delivery.webhook_id)
                        .one(db)
                        .await?;
                    hooks.insert(delivery.webhook_id, hook.clone());
                    hook
                }
            };
            let Some(hook) = hook else { continue };
            let host = url::Url::parse(&hook.url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or_default();
            let Ok(for_host) = self.host_limit(&host).try_acquire_owned() else {
                continue;
            };
            let Ok(slot) = self.all.clone().try_acquire_owned() else {
                break;
            };
            let (this, db) = (self.clone(), db.clone());
            sending.spawn(async move {
                let sent = this.send_one(&db, &hook, &delivery).await;
                drop((for_host, slot));
                sent
            });
        }
        let mut delivered = 0;
        while let Some(done) = sending.join_next().await {
            match done {
                Ok(Ok(true)) => delivered += 1,
                Ok(Ok(false)) => {}
                Ok(Err(e)) => return Err(e),
                Err(e) => tracing::error!(error = %e, "a webhook delivery task failed"),
            }
        }
        Ok(delivered)
    }

    /// Claims, sends and records one delivery; whether it was delivered.
    async fn send_one(
        &self,
        db: &DatabaseConnection,
        hook: &webhook::Model,
        delivery: &webhook_delivery::Model,
    ) -> Result<bool, DbErr> {
        let settings = &self.settings;
        let Some(lease) = claim(db, delivery, settings).await? else {
            return Ok(false);
        };
        let result = post(&self.client, settings, hook, delivery).await;
        let attempts = delivery.attempts + 1;
        let finished = crate::server::clock::now();
        let mut outcome = webhook_delivery::Entity::update_many()
            .col_expr(webhook_delivery::Column::Attempts, Expr::value(attempts));
        let delivered = matches!(result, Ok(status) if (200..300).contains(&status));
        outcome = match result {
            Ok(status) if delivered => outcome
                .col_expr(webhook_delivery::Column::DeliveredAt, Expr::value(finished))
                .col_expr(
                    webhook_delivery::Column::LastStatus,
                    Expr::value(i32::from(status)),
                )
                .col_expr(
                    webhook_delivery::Column::LastError,
                    Expr::value(None::<String>),
                ),
            failed => {
                let (status, error) = match failed {
                    Ok(status) => (
                        Some(i32::from(status)),
                        format!("The receiver answered {status}"),
                    ),
                    Err(error) => (None, error.to_owned()),
                };
                let wait = chrono::Duration::from_std(settings.backoff(attempts))
                    .unwrap_or(chrono::Duration::hours(6));
                outcome
                    .col_expr(webhook_delivery::Column::LastStatus, Expr::value(status))
                    .col_expr(
                        webhook_delivery::Column::LastError,
                        Expr::value(Some(error)),
                    )
                    .col_expr(
                        webhook_delivery::Column::NextAttemptAt,
                        Expr::value(finished + wait),
                    )
            }
        };
        let recorded = outcome
            .filter(webhook_delivery::Column::Id.eq(delivery.id))
            .filter(webhook_delivery::Column::NextAttemptAt.eq(lease))
            .filter(webhook_delivery::Column::DeliveredAt.is_null())
            .exec(db)
            .await?;
        if recorded.rows_affected == 0 {
            tracing::warn!(
                delivery = delivery.id,
                "a webhook delivery outlived its claim"
            );
        }
        Ok(delivered && recorded.rows_affected == 1)
    }
}

/// Claims `delivery` for this instance: its next attempt moved to the end of a lease
/// that starts now. `None` when another instance claimed it first.
async fn claim(
    db: &DatabaseConnection,
    delivery: &webhook_delivery::Model,
    settings: &DeliverySettings,
) -> Result<Option<chrono::DateTime<Utc>>, DbErr> {
    let claimed_at = crate::server::clock::now();
    let lease = claimed_at
        + chrono::Duration::from_std(settings.timeout * 2).unwrap_or(chrono::Duration::MAX)
        + chrono::Duration::seconds(5);
    let claimed = webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(lease))
        .filter(webhook_delivery::Column::Id.eq(delivery.id))
        .filter(webhook_delivery::Column::NextAttemptAt.eq(delivery.next_attempt_at))
        .filter(webhook_delivery::Column::Attempts.eq(delivery.attempts))
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .exec(db)
        .await?;
    Ok((claimed.rows_affected == 1).then_some(lease))
}

/// Sends one delivery; the receiver's status, or why there was none, in words that say
/// no more than the category (see `webhook_target::NOT_PUBLIC`).
async fn post(
    client: &reqwest::Client,
    settings: &DeliverySettings,
    hook: &webhook::Model,
    delivery: &webhook_delivery::Model,
) -> Result<u16, &'static str> {
    let url = url::Url::parse(&hook.url).map_err(|_| "The address is not a web address")?;
    // Addresses written as digits are never resolved: checked here, as at registration.
    if !webhook_target::host_allowed(&url, settings.targets) {
        return Err(NOT_PUBLIC);
    }
    let timestamp = Utc::now().timestamp();
    let response = client
        .post(url)
        .timeout(settings.timeout)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Webhook-Id", delivery.id.to_string())
        .header("Webhook-Event", &delivery.event)
        .header(
            "Webhook-Signature",
            signature(&hook.secret, timestamp, &delivery.payload),
        )
        .body(delivery.payload.clone())
        .send()
        .await
        .map_err(|e| failure(&e))?;
    Ok(response.status().as_u16())
}

/// What the delivery log says of a failed request: a category, never the error's own
/// text (which names addresses, ports and what answered there).
fn failure(error: &reqwest::Error) -> &'static str {
    let mut source: Option<&dyn std::error::Error> = Some(error);
    while let Some(e) = source {
        if e.is::<webhook_target::NotPublic>() {
            return NOT_PUBLIC;
        }
        source = e.source();
    }
    if error.is_timeout() {
        "The receiver did not answer in time"
    } else if error.is_connect() {
        "Could not connect to the receiver"
    } else {
        "The delivery could not be sent"
    }
}

/// Runs the delivery worker for ever (a task spawned at start-up). Each round runs on
/// its own, so a round waiting for a slow receiver does not stop the next from sending
/// to everyone else.
pub async fn run(db: DatabaseConnection, settings: DeliverySettings) {
    let deliverer = Deliverer::new(settings.clone());
    let mut ticker = tokio::time::interval(settings.poll_every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let (deliverer, db) = (deliverer.clone(), db.clone());
        tokio::spawn(async move {
            if let Err(e) = deliverer.deliver_due(&db).await {
                tracing::warn!(error = %e, "webhook deliveries could not be read; trying again");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_hmac_sha256_of_time_and_body() {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assert_eq!(
            signature("secret", 1_700_000_000, r#"{"a":1}"#),
            "t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686"
        );
    }

    #[test]
    fn backoff_doubles_up_to_its_limit() {
        let settings = DeliverySettings::default();
        assert_eq!(settings.backoff(1), Duration::from_secs(30));
        assert_eq!(settings.backoff(2), Duration::from_secs(60));
        assert_eq!(settings.backoff(5), Duration::from_secs(480));
        assert_eq!(settings.backoff(19), Duration::from_secs(6 * 3600));
    }
}
