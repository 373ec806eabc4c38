//! The categories ideas and listings are filed under.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Select};

use crate::domain::campaign::CategoryOption;
use crate::i18n::Lang;
use crate::server::entities::category;

/// Every category's name in `lang` by id. The table is small (tens of rows) and read
/// with each list, which is cheaper than a join per idea.
pub async fn category_names(
    db: &impl ConnectionTrait,
    lang: Lang,
) -> Result<HashMap<i64, String>, DbErr> {
    Ok(category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name_in(lang).to_owned()))
        .collect())
}

/// Every category there is, by name in `lang`.
pub async fn all_categories(
    db: &DatabaseConnection,
    lang: Lang,
) -> Result<Vec<CategoryOption>, DbErr> {
    options(category::Entity::find(), db, lang).await
}

/// The categories `query` finds, as forms offer them: named in `lang`, in its
/// alphabetical order.
pub async fn options(
    query: Select<category::Entity>,
    db: &DatabaseConnection,
    lang: Lang,
) -> Result<Vec<CategoryOption>, DbErr> {
    let mut options: Vec<CategoryOption> = query
        .all(db)
        .await?
        .into_iter()
        .map(|c| CategoryOption {
            name: c.name_in(lang).to_owned(),
            slug: c.slug,
        })
        .collect();
    options.sort_by_cached_key(|c| c.name.to_lowercase());
    Ok(options)
}
