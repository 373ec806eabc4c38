//! How each person wants to be told about each topic, by email and in the site. Only
//! choices that differ from `Topic::default_modes` are stored.

use crate::server::locking::BeginWrite;
use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::domain::notification::{Mode, Topic};
use crate::server::entities::notification_preference;

/// How one person is told about one topic: (email, site).
pub type Modes = (Mode, Mode);

fn read(row: &notification_preference::Model) -> Option<(Topic, Modes)> {
    Some((
        Topic::from_key(&row.topic)?,
        (Mode::from_key(&row.email)?, Mode::from_key(&row.site)?),
    ))
}

/// `user_id`'s modes for every topic.
pub async fn of(db: &impl ConnectionTrait, user_id: i64) -> Result<HashMap<Topic, Modes>, DbErr> {
    let mut modes: HashMap<Topic, Modes> =
        Topic::ALL.iter().map(|t| (*t, t.default_modes())).collect();
    for row in notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(user_id))
        .all(db)
        .await?
    {
        if let Some((topic, chosen)) = read(&row) {
            modes.insert(topic, chosen);
        }
    }
    Ok(modes)
}

/// The modes for `topic` of each of `users`.
pub async fn for_topic(
    db: &impl ConnectionTrait,
    users: &[i64],
    topic: Topic,
) -> Result<HashMap<i64, Modes>, DbErr> {
    let mut modes: HashMap<i64, Modes> =
        users.iter().map(|u| (*u, topic.default_modes())).collect();
    for chunk in users.chunks(500) {
        for row in notification_preference::Entity::find()
            .filter(notification_preference::Column::Topic.eq(topic.key()))
            .filter(notification_preference::Column::UserId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            if let Some((_, chosen)) = read(&row) {
                modes.insert(row.user_id, chosen);
            }
        }
    }
    Ok(modes)
}

/// Saves `user_id`'s modes, all at once.
pub async fn save(
    db: &DatabaseConnection,
    user_id: i64,
    chosen: &HashMap<Topic, Modes>,
) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    notification_preference::Entity::delete_many()
        .filter(notification_preference::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    let rows: Vec<_> = Topic::ALL
        .iter()
        .filter_map(|topic| {
            let (email, site) = *chosen.get(topic)?;
            ((email, site) != topic.default_modes()).then(|| notification_preference::ActiveModel {
                user_id: Set(user_id),
                topic: Set(topic.key().to_owned()),
                email: Set(email.key().to_owned()),
                site: Set(site.key().to_owned()),
            })
        })
        .collect();
    if !rows.is_empty() {
        notification_preference::Entity::insert_many(rows)
            .exec(&txn)
            .await?;
    }
    txn.commit().await
}

/// Turns every email off for `user_id`, keeping what the site shows (one-click
/// unsubscribe).
pub async fn stop_all_email(db: &DatabaseConnection, user_id: i64) -> Result<(), DbErr> {
    let mut modes = of(db, user_id).await?;
    for (email, _) in modes.values_mut() {
        *email = Mode::Off;
    }
    save(db, user_id, &modes).await
}
