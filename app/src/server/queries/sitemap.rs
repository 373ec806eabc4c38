//! What the sitemap lists: only what anyone may read. Ideas and listings are split
//! into files by id range ([`PER_FILE`] ids to a file), so a file's address keeps
//! naming the same ideas as more arrive, and a campaign of 100,000 ideas is a dozen
//! files of a few hundred kilobytes, each read from the primary key's index.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::idea::{Visibility, idea_href};
use crate::domain::listing::ListingStatus;
use crate::features::directory::paths::listing_href;
use crate::server::entities::{campaign, idea, listing};

/// Ids to a sitemap file. The protocol allows 50,000 addresses a file; fewer keeps
/// each file quick to build and to fetch.
pub const PER_FILE: i64 = 10_000;

/// One address and when what it shows last changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub changed: DateTime<Utc>,
}

/// One file of ideas or listings: its number and its latest change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub number: i64,
    pub changed: Option<DateTime<Utc>>,
}

/// The ideas anyone may read: published, and not merged into another (a merged
/// one's address leads on to the original).
fn public_ideas() -> sea_orm::Select<idea::Entity> {
    idea::Entity::find()
        .filter(idea::Column::Visibility.eq(Visibility::Published))
        .filter(idea::Column::DuplicateOfId.is_null())
}

fn public_listings() -> sea_orm::Select<listing::Entity> {
    listing::Entity::find().filter(listing::Column::Status.eq(ListingStatus::Approved))
}

/// Every campaign's page; campaigns are public from the moment they are made.
pub async fn campaigns(db: &DatabaseConnection) -> Result<Vec<Entry>, DbErr> {
    Ok(campaign::Entity::find()
        .order_by_asc(campaign::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Entry {
            path: format!("/campaigns/{}", c.slug),
            changed: c.updated_at,
        })
        .collect())
}

/// The files of ideas that hold at least one public idea.
pub async fn idea_files(db: &DatabaseConnection) -> Result<Vec<File>, DbErr> {
    files(db, public_ideas(), idea::Column::UpdatedAt).await
}

/// The files of listings that hold at least one published listing.
pub async fn listing_files(db: &DatabaseConnection) -> Result<Vec<File>, DbErr> {
    files(db, public_listings(), listing::Column::ChangedAt).await
}

/// The public ideas in file `number`.
pub async fn ideas_in(db: &DatabaseConnection, number: i64) -> Result<Vec<Entry>, DbErr> {
    let columns = [
        idea::Column::Id,
        idea::Column::Slug,
        idea::Column::UpdatedAt,
    ];
    entries(db, public_ideas(), columns, number, idea_href).await
}

/// The published listings in file `number`.
pub async fn listings_in(db: &DatabaseConnection, number: i64) -> Result<Vec<Entry>, DbErr> {
    let columns = [
        listing::Column::Id,
        listing::Column::Slug,
        listing::Column::ChangedAt,
    ];
    entries(db, public_listings(), columns, number, listing_href).await
}

/// The non-empty files of what `select` finds, with the latest `changed` of each.
async fn files<E: EntityTrait>(
    db: &DatabaseConnection,
    select: sea_orm::Select<E>,
    changed: E::Column,
) -> Result<Vec<File>, DbErr> {
    let number = || Expr::cust(format!("id / {PER_FILE}"));
    let rows: Vec<(i64, Option<DateTime<Utc>>)> = select
        .select_only()
        .column_as(number(), "number")
        .column_as(changed.max(), "changed")
        .group_by(number())
        .order_by_asc(number())
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(number, changed)| File { number, changed })
        .collect())
}

/// What `select` finds in file `number`: `[id, slug, changed]` columns, and the
/// address of each.
async fn entries<E: EntityTrait>(
    db: &DatabaseConnection,
    select: sea_orm::Select<E>,
    [id, slug, changed]: [E::Column; 3],
    number: i64,
    href: fn(i64, &str) -> String,
) -> Result<Vec<Entry>, DbErr> {
    let (first, last) = id_range(number);
    let rows: Vec<(i64, String, DateTime<Utc>)> = select
        .select_only()
        .columns([id, slug, changed])
        .filter(id.between(first, last))
        .order_by_asc(id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, changed)| Entry {
            path: href(id, &slug),
            changed,
        })
        .collect())
}

/// The first and last id file `number` covers.
fn id_range(number: i64) -> (i64, i64) {
    let first = number.saturating_mul(PER_FILE);
    (first, first.saturating_add(PER_FILE - 1))
}
