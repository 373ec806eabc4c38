use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::user::{Role, Segment};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub display_name: String,
    pub segment: Segment,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    /// Until when a moderator has suspended the account (it can read, not take part).
    pub suspended_until: Option<DateTime<Utc>>,
    #[sea_orm(column_type = "Text", nullable)]
    pub suspension_reason: Option<String>,
    /// Takes part through a helper, with no way to sign in (`assisted_person` says who
    /// helped and what consent was given); what they put forward reads "submitted with
    /// help".
    pub assisted: bool,
    /// The confirmed email address: never shown to anyone but its owner and the mail
    /// server (see `server::email`).
    pub email: Option<String>,
    pub email_verified_at: Option<DateTime<Utc>>,
    /// An address waiting for its confirmation link to be followed.
    pub email_pending: Option<String>,
    /// Hard failures in a row sending to `email`.
    pub email_failures: i32,
    /// When sending stopped after repeated hard failures; a new confirmed address
    /// starts again.
    pub email_stopped_at: Option<DateTime<Utc>>,
    /// The language they read in, for emails: set when they sign in, and chosen on
    /// their notification preferences.
    pub language: crate::i18n::Lang,
}

/// Ideas point here (`idea::Relation`); nothing reads from this side, so it names no
/// relation and the entities import each other one way only.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
