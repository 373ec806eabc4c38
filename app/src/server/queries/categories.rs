//! The categories ideas and listings are filed under.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Order, QueryOrder, Select};

use crate::domain::campaign::CategoryOption;
use crate::server::entities::category;

/// Every category's name by id. The table is small (tens of rows) and read with each
/// list, which is cheaper than a join per idea.
pub async fn category_names(db: &impl ConnectionTrait) -> Result<HashMap<i64, String>, DbErr> {
    Ok(category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

/// Every category there is, by name.
pub async fn all_categories(db: &DatabaseConnection) -> Result<Vec<CategoryOption>, DbErr> {
    options(category::Entity::find(), db).await
}

/// The categories `query` finds, by name, as forms offer them.
pub async fn options(
    query: Select<category::Entity>,
    db: &DatabaseConnection,
) -> Result<Vec<CategoryOption>, DbErr> {
    Ok(query
        .order_by(category::Column::Name, Order::Asc)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryOption {
            slug: c.slug,
            name: c.name,
        })
        .collect())
}
