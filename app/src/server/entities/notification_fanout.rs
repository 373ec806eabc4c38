use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::notification::NotificationKind;

/// An event whose audience is told by the worker in batches (`server::notifications`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_fanouts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `idea` or `campaign`: whose followers are told.
    pub audience: String,
    pub audience_id: i64,
    pub kind: NotificationKind,
    pub idea_id: Option<i64>,
    pub comment_id: Option<i64>,
    pub listing_id: Option<i64>,
    pub campaign_id: Option<i64>,
    pub detail: String,
    /// Not told: comma-separated account ids.
    pub except: String,
    /// When the event happened: each notification is dated so.
    pub created_at: DateTime<Utc>,
    /// The last account told, in id order.
    pub done_through: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
