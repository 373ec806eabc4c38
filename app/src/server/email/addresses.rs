//! A person's email address: optional, never shown publicly, and used only once its
//! owner has shown it is theirs, by following a signed link sent to it, or because the
//! identity provider says it verified it (`email_verified`).

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::compose::Letter;
use super::keys::LinkKey;
use super::links::{CONFIRM_FOR, ConfirmToken, confirm_token};
use super::outbox::{self, Outgoing};
use crate::server::entities::user;
use crate::t;

/// What became of a confirmation link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirmation {
    /// The address is now the account's.
    Confirmed { user_id: i64, address: String },
    /// It was already confirmed (the link was followed twice).
    AlreadyConfirmed { user_id: i64, address: String },
    /// Too old: ask for another.
    Expired,
    /// Not a link we sent, or one retired by asking for another address since.
    Invalid,
}

/// Records `address` as waiting for confirmation on account `user_id` and queues the
/// email with the link, in one transaction. Emails waiting for an earlier address go.
pub async fn request_change(
    db: &DatabaseConnection,
    key: &LinkKey,
    public_url: &url::Url,
    user: &user::Model,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let expires = now + CONFIRM_FOR;
    let token = confirm_token(key, user.id, address, expires);
    let mut link = public_url
        .join(crate::features::email::paths::CONFIRM)
        .expect("a path joins a base URL");
    link.query_pairs_mut().append_pair("token", &token);
    // Asked for on a page: in that page's language, as is the page the link opens.
    let lang = crate::i18n::lang();
    super::links::opening_in(&mut link, lang);
    let letter = Letter {
        lang,
        greeting: t!(in lang, "email-greeting", name = user.display_name.as_str()),
        paragraphs: vec![t!(in lang, "email-confirm-intro")],
        action: Some((t!(in lang, "email-confirm-action"), link.to_string())),
        after: vec![
            t!(in lang, "email-confirm-expiry"),
            t!(in lang, "email-confirm-ignore"),
        ],
        sections: Vec::new(),
        reason: t!(in lang, "email-confirm-reason"),
        manage: None,
    };
    let txn = db.begin_write().await?;
    user::Entity::update_many()
        .col_expr(user::Column::EmailPending, Expr::value(address))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    outbox::drop_unsent(&txn, user.id, Some(CONFIRM_KIND)).await?;
    outbox::enqueue(
        &txn,
        Outgoing {
            user_id: Some(user.id),
            address: address.to_owned(),
            kind: CONFIRM_KIND,
            dedupe_key: format!("confirm:{}:{}", user.id, uuid::Uuid::new_v4().simple()),
            subject: t!(in lang, "email-confirm-action"),
            letter,
            unsubscribe_url: None,
        },
        now,
    )
    .await?;
    txn.commit().await
}

/// The kind of the confirmation email.
pub const CONFIRM_KIND: &str = "confirm_address";

/// What `token` confirms, without changing anything: for the page that asks the person
/// to press the button.
pub async fn check(
    db: &DatabaseConnection,
    key: &LinkKey,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Confirmation, DbErr> {
    let Some(token) = ConfirmToken::parse(token) else {
        return Ok(Confirmation::Invalid);
    };
    let Some(account) = user::Entity::find_by_id(token.user_id)
        .one(db)
        .await?
        .filter(|u| u.deleted_at.is_none())
    else {
        return Ok(Confirmation::Invalid);
    };
    if let Some(pending) = &account.email_pending
        && token.signed_for(key, pending)
    {
        return Ok(if token.expires < now {
            Confirmation::Expired
        } else {
            Confirmation::Confirmed {
                user_id: account.id,
                address: pending.clone(),
            }
        });
    }
    if let Some(email) = &account.email
        && token.signed_for(key, email)
    {
        return Ok(Confirmation::AlreadyConfirmed {
            user_id: account.id,
            address: email.clone(),
        });
    }
    Ok(Confirmation::Invalid)
}

/// Confirms the address `token` was sent to: it becomes the account's, and sending to
/// it starts afresh.
pub async fn confirm(
    db: &DatabaseConnection,
    key: &LinkKey,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Confirmation, DbErr> {
    let outcome = check(db, key, token, now).await?;
    if let Confirmation::Confirmed { user_id, address } = &outcome {
        let changed = user::Entity::update_many()
            .col_expr(user::Column::Email, Expr::value(address.as_str()))
            .col_expr(user::Column::EmailVerifiedAt, Expr::value(now))
            .col_expr(user::Column::EmailPending, Expr::value(None::<String>))
            .col_expr(user::Column::EmailFailures, Expr::value(0))
            .col_expr(
                user::Column::EmailStoppedAt,
                Expr::value(None::<DateTime<Utc>>),
            )
            .col_expr(user::Column::UpdatedAt, Expr::value(now))
            .filter(user::Column::Id.eq(*user_id))
            // Only if nothing changed since it was checked.
            .filter(user::Column::EmailPending.eq(address.as_str()))
            .exec(db)
            .await?;
        if changed.rows_affected == 0 {
            return Ok(Confirmation::Invalid);
        }
    }
    Ok(outcome)
}

/// Removes the account's address (and one waiting for confirmation), and every email
/// not yet sent to it.
pub async fn remove(
    db: &DatabaseConnection,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    forget(&txn, user_id, now).await?;
    txn.commit().await
}

/// Clears the account's address and its unsent emails, inside the caller's transaction
/// (also used when an account is deleted).
pub async fn forget(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(None::<String>))
        .col_expr(
            user::Column::EmailVerifiedAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(user::Column::EmailPending, Expr::value(None::<String>))
        .col_expr(user::Column::EmailFailures, Expr::value(0))
        .col_expr(
            user::Column::EmailStoppedAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    outbox::drop_unsent(db, user_id, None).await?;
    Ok(())
}

/// Takes an address the identity provider says it verified, for an account that has
/// none yet (a person's own choice is never replaced by the provider's).
pub async fn from_provider(
    db: &DatabaseConnection,
    user_id: i64,
    address: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let taken = user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(address))
        .col_expr(user::Column::EmailVerifiedAt, Expr::value(now))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::Email.is_null())
        .filter(user::Column::EmailPending.is_null())
        .filter(user::Column::DeletedAt.is_null())
        .exec(db)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// The email section of account `user_id`'s page.
pub async fn overview(
    db: &DatabaseConnection,
    user_id: i64,
) -> Result<Option<crate::features::email::EmailOverview>, DbErr> {
    let Some(account) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(crate::features::email::EmailOverview {
        confirmed_on: account
            .email
            .as_ref()
            .and(account.email_verified_at)
            .map(crate::server::queries::uk_date),
        stopped: account.email.is_some() && account.email_stopped_at.is_some(),
        address: account.email,
        pending: account.email_pending,
    }))
}

/// What a mail service reported about an address after the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailEvent {
    /// It bounced for good: counted like a refusal while sending (three in a row stop
    /// the sending, and the person is told on their email page).
    Bounce,
    /// The person marked an email as spam: every email to them stops at once.
    Complaint,
}

/// Applies `event` to every account whose address is `address`; how many there were.
pub async fn mail_event(
    db: &DatabaseConnection,
    address: &str,
    event: MailEvent,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    use sea_orm::sea_query::{ExprTrait, Func};
    let lowered = address.trim().to_lowercase();
    let accounts = user::Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(user::Column::Email))).eq(lowered))
        .filter(user::Column::DeletedAt.is_null())
        .all(db)
        .await?;
    for account in &accounts {
        let Some(email) = &account.email else {
            continue;
        };
        match event {
            MailEvent::Bounce => {
                super::send::count_hard_failure(db, account.id, email, now).await?;
            }
            MailEvent::Complaint => {
                crate::server::preferences::stop_all_email(db, account.id).await?;
                tracing::info!(user_id = account.id, "all email stopped after a complaint");
            }
        }
    }
    Ok(accounts.len())
}
