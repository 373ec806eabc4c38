//! The statutory pages as administrators have edited them (see `domain::site_page`).

use crate::server::locking::BeginWrite;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Set};

use crate::domain::site_page::SitePageKind;
use crate::i18n::Lang;
use crate::server::entities::site_page;

/// The audit log's id for a page: its place in [`SitePageKind::ALL`], from 1.
fn audit_id(kind: SitePageKind) -> i64 {
    SitePageKind::ALL
        .iter()
        .position(|k| *k == kind)
        .map_or(0, |n| n as i64 + 1)
}

/// The page as last saved, if an administrator has saved it.
pub async fn saved(
    db: &impl ConnectionTrait,
    kind: SitePageKind,
) -> Result<Option<site_page::Model>, DbErr> {
    site_page::Entity::find_by_id(kind.key().to_owned())
        .one(db)
        .await
}

/// Page `kind`'s Markdown: as `saved`, else its default text.
pub fn markdown(kind: SitePageKind, saved: Option<&site_page::Model>) -> String {
    saved.map_or_else(
        || kind.default_text(crate::components::layout::SERVICE_NAME),
        |p| p.body.clone(),
    )
}

/// Page `kind`'s Markdown for a reader of `lang`, and the language it is in: the Welsh
/// an administrator wrote, else the English (saved or default).
pub fn markdown_in(
    kind: SitePageKind,
    saved: Option<&site_page::Model>,
    lang: Lang,
) -> (String, Lang) {
    let english = markdown(kind, saved);
    let welsh = saved.map(|p| p.body_cy.as_str()).unwrap_or_default();
    let (text, language) = crate::i18n::written_in(lang, &english, welsh);
    (text.to_owned(), language)
}

/// Every page an administrator has saved.
pub async fn all_saved(db: &DatabaseConnection) -> Result<Vec<site_page::Model>, DbErr> {
    site_page::Entity::find().all(db).await
}

/// Saves page `kind`'s Markdown in English and in Welsh (empty: not written yet), in
/// the audit log with who did it.
pub async fn save(
    db: &DatabaseConnection,
    admin_id: i64,
    kind: SitePageKind,
    (body, body_cy): (String, String),
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    site_page::Entity::insert(site_page::ActiveModel {
        slug: Set(kind.key().to_owned()),
        body: Set(body),
        body_cy: Set(body_cy),
        updated_by: Set(Some(admin_id)),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(site_page::Column::Slug)
            .update_columns([
                site_page::Column::Body,
                site_page::Column::BodyCy,
                site_page::Column::UpdatedBy,
                site_page::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    crate::server::audit::record(
        &txn,
        Some(admin_id),
        "site_page.edited",
        "site_page",
        audit_id(kind),
        Some(kind.key()),
        now,
    )
    .await?;
    txn.commit().await
}

/// Puts page `kind` back to its default text.
pub async fn reset(
    db: &DatabaseConnection,
    admin_id: i64,
    kind: SitePageKind,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    site_page::Entity::delete_by_id(kind.key().to_owned())
        .exec(&txn)
        .await?;
    crate::server::audit::record(
        &txn,
        Some(admin_id),
        "site_page.reset",
        "site_page",
        audit_id(kind),
        Some(kind.key()),
        now,
    )
    .await?;
    txn.commit().await
}
