//! Commentable drafts on the server: publishing and versioning a document, comments,
//! supports and questions per paragraph, hiding a comment, and the moderators' export.

use crate::server::locking::BeginWrite;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, Order, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::domain::draft::{DraftPhase, Reaction, paragraphs};
use crate::domain::identity::CurrentUser;
use crate::domain::user::Role;
use crate::features::drafts::{
    ChangeLine, DraftEdit, DraftForm, DraftSummary, DraftView, NewDraft, ParagraphComment,
    ParagraphView, VersionLine,
};
use crate::server::campaigns::uk_to_utc;
use crate::server::entities::{draft, draft_comment, draft_reaction, draft_version, user};
use crate::server::markdown::{comment_to_safe_html, to_safe_html};
use crate::server::queries::{author_line, uk_date, uk_date_time};

/// Why a draft could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveRefusal {
    /// Another draft has the address its title makes.
    SlugTaken,
    /// A date that does not exist in UK time (the hour the clocks go forward).
    NoSuchTime,
}

fn window(new: &NewDraft) -> Result<(DateTime<Utc>, DateTime<Utc>), SaveRefusal> {
    match (uk_to_utc(new.opens_at), uk_to_utc(new.closes_at)) {
        (Some(opens), Some(closes)) => Ok((opens, closes)),
        _ => Err(SaveRefusal::NoSuchTime),
    }
}

/// Publishes a new draft, its words as version 1. Returns its address's slug.
pub async fn create(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    new: NewDraft,
    now: DateTime<Utc>,
) -> Result<Result<String, SaveRefusal>, DbErr> {
    let (opens_at, closes_at) = match window(&new) {
        Ok(w) => w,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let slug = crate::domain::slug::slugify(&new.title);
    if draft::Entity::find()
        .filter(draft::Column::Slug.eq(&slug))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(Err(SaveRefusal::SlugTaken));
    }
    let txn = db.begin_write().await?;
    let saved = draft::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(new.title),
        summary: Set(new.summary),
        language: Set(new.language),
        opens_at: Set(opens_at),
        closes_at: Set(closes_at),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    publish_version(&txn, admin, (saved.id, 1), (new.body, new.note), now).await?;
    crate::server::audit::record(
        &txn,
        Some(admin.id),
        "draft.published",
        "draft",
        saved.id,
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(slug))
}

/// Publishes `body` (with its note of what changed) as version `number` of draft
/// `draft_id`.
async fn publish_version(
    txn: &crate::server::locking::Writing,
    admin: &CurrentUser,
    (draft_id, number): (i64, i32),
    (body, note): (String, Option<String>),
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    draft_version::ActiveModel {
        draft_id: Set(draft_id),
        number: Set(number),
        body: Set(body),
        note: Set(note),
        published_by: Set(Some(admin.id)),
        published_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

async fn by_slug(db: &DatabaseConnection, slug: &str) -> Result<Option<draft::Model>, DbErr> {
    draft::Entity::find()
        .filter(draft::Column::Slug.eq(slug))
        .one(db)
        .await
}

async fn versions_of(
    db: &DatabaseConnection,
    draft_id: i64,
) -> Result<Vec<draft_version::Model>, DbErr> {
    draft_version::Entity::find()
        .filter(draft_version::Column::DraftId.eq(draft_id))
        .order_by(draft_version::Column::Number, Order::Asc)
        .all(db)
        .await
}

/// Changes draft `slug`'s title, summary and window, and publishes its words as a new
/// version when they differ from the newest. `None` when there is no such draft.
pub async fn update(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    slug: &str,
    new: NewDraft,
    now: DateTime<Utc>,
) -> Result<Option<Result<i32, SaveRefusal>>, DbErr> {
    let Some(existing) = by_slug(db, slug).await? else {
        return Ok(None);
    };
    let (opens_at, closes_at) = match window(&new) {
        Ok(w) => w,
        Err(refusal) => return Ok(Some(Err(refusal))),
    };
    let versions = versions_of(db, existing.id).await?;
    let latest = versions.last().map_or(0, |v| v.number);
    let txn = db.begin_write().await?;
    let mut active: draft::ActiveModel = existing.clone().into();
    active.title = Set(new.title);
    active.summary = Set(new.summary);
    active.language = Set(new.language);
    active.opens_at = Set(opens_at);
    active.closes_at = Set(closes_at);
    active.update(&txn).await?;
    let changed = versions
        .last()
        .is_none_or(|v| v.body.trim() != new.body.trim());
    let number = if changed {
        let words = (new.body, new.note);
        publish_version(&txn, admin, (existing.id, latest + 1), words, now).await?;
        latest + 1
    } else {
        latest
    };
    let what = format!("version {number}");
    crate::server::audit::record(
        &txn,
        Some(admin.id),
        if changed {
            "draft.new_version"
        } else {
            "draft.changed"
        },
        "draft",
        existing.id,
        Some(&what),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(Ok(number)))
}

/// Every draft, newest first.
pub async fn list(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Vec<DraftSummary>, DbErr> {
    let drafts = draft::Entity::find()
        .order_by(draft::Column::OpensAt, Order::Desc)
        .all(db)
        .await?;
    // Every version and every visible comment's version, once, not per draft.
    let versions: Vec<(i64, i64)> = draft_version::Entity::find()
        .select_only()
        .columns([draft_version::Column::Id, draft_version::Column::DraftId])
        .into_tuple()
        .all(db)
        .await?;
    let commented: Vec<i64> = draft_comment::Entity::find()
        .select_only()
        .column(draft_comment::Column::VersionId)
        .filter(draft_comment::Column::HiddenAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let draft_of: HashMap<i64, i64> = versions.iter().copied().collect();
    let mut counts: HashMap<i64, (u64, u64)> = HashMap::new();
    for (_, draft_id) in &versions {
        counts.entry(*draft_id).or_default().0 += 1;
    }
    for version in commented {
        if let Some(draft_id) = draft_of.get(&version) {
            counts.entry(*draft_id).or_default().1 += 1;
        }
    }
    Ok(drafts
        .into_iter()
        .map(|d| {
            let (versions, comments) = counts.get(&d.id).copied().unwrap_or_default();
            DraftSummary {
                language: d.language,
                phase: DraftPhase::at(d.opens_at, d.closes_at, now),
                window: window_text(&d),
                versions,
                comments,
                slug: d.slug,
                title: d.title,
                summary: d.summary,
            }
        })
        .collect())
}

fn window_text(d: &draft::Model) -> String {
    crate::t!(
        "draft-window-range",
        from = uk_date_time(d.opens_at),
        to = uk_date_time(d.closes_at)
    )
}

/// A paragraph as shown: headings moved two levels down, under the page's own.
fn paragraph_html(paragraph: &str) -> String {
    if paragraph.starts_with('#') {
        to_safe_html(&format!("##{paragraph}"))
    } else {
        to_safe_html(paragraph)
    }
}

/// Draft `slug` at version `number` (the newest when `None`), for `viewer`.
pub async fn view(
    db: &DatabaseConnection,
    viewer: Option<&CurrentUser>,
    slug: &str,
    number: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Option<DraftView>, DbErr> {
    let Some(d) = by_slug(db, slug).await? else {
        return Ok(None);
    };
    let versions = versions_of(db, d.id).await?;
    let Some(latest) = versions.last() else {
        return Ok(None);
    };
    let shown = match number {
        Some(n) => match versions.iter().find(|v| v.number == n) {
            Some(v) => v,
            None => return Ok(None),
        },
        None => latest,
    };
    let texts = paragraphs(&shown.body);
    let comments = draft_comment::Entity::find()
        .filter(draft_comment::Column::VersionId.eq(shown.id))
        .filter(draft_comment::Column::HiddenAt.is_null())
        .order_by(draft_comment::Column::Id, Order::Asc)
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    let mut by_paragraph: HashMap<i32, Vec<ParagraphComment>> = HashMap::new();
    for (c, author) in comments {
        by_paragraph
            .entry(c.paragraph)
            .or_default()
            .push(ParagraphComment {
                id: c.id,
                language: c.language,
                author: author_line(author.as_ref()),
                when: uk_date_time(c.created_at),
                html: comment_to_safe_html(&c.body),
            });
    }
    let reactions = draft_reaction::Entity::find()
        .filter(draft_reaction::Column::VersionId.eq(shown.id))
        .all(db)
        .await?;
    let mut counts: HashMap<(i32, Reaction), u64> = HashMap::new();
    let mut mine: HashMap<i32, Reaction> = HashMap::new();
    for r in reactions {
        *counts.entry((r.paragraph, r.kind)).or_default() += 1;
        if viewer.is_some_and(|v| v.id == r.user_id) {
            mine.insert(r.paragraph, r.kind);
        }
    }
    let paragraphs_view = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let number = i as i32 + 1;
            ParagraphView {
                number,
                html: paragraph_html(text),
                supports: counts
                    .get(&(number, Reaction::Support))
                    .copied()
                    .unwrap_or(0),
                questions: counts
                    .get(&(number, Reaction::Question))
                    .copied()
                    .unwrap_or(0),
                mine: mine.get(&number).map(|r| r.key().to_owned()),
                comments: by_paragraph.remove(&number).unwrap_or_default(),
            }
        })
        .collect();
    let changes = match versions.iter().find(|v| v.number == shown.number - 1) {
        Some(before) => changes(&paragraphs(&before.body), &texts),
        None => Vec::new(),
    };
    let phase = DraftPhase::at(d.opens_at, d.closes_at, now);
    let signed_in = viewer.is_some();
    let can_take_part = phase == DraftPhase::Open
        && shown.number == latest.number
        && viewer.is_some_and(|v| v.may_take_part().is_ok());
    Ok(Some(DraftView {
        language: d.language,
        window: window_text(&d),
        slug: d.slug,
        title: d.title,
        summary: d.summary,
        phase,
        version: shown.number,
        latest: latest.number,
        versions: versions
            .iter()
            .map(|v| VersionLine {
                number: v.number,
                published_on: uk_date(v.published_at),
                note: v.note.clone(),
            })
            .collect(),
        paragraphs: paragraphs_view,
        changes,
        can_take_part,
        signed_in,
        can_moderate: viewer.is_some_and(|v| v.role >= Role::Moderator),
        can_edit: viewer.is_some_and(|v| v.role >= Role::Admin),
    }))
}

/// The version `new` compared with `old`, paragraph by paragraph.
fn changes(old: &[String], new: &[String]) -> Vec<ChangeLine> {
    use similar::{ChangeTag, capture_diff_slices};
    let mut out = Vec::new();
    for op in capture_diff_slices(similar::Algorithm::Myers, old, new) {
        for change in op.iter_changes(old, new) {
            let kind = match change.tag() {
                ChangeTag::Equal => "same",
                ChangeTag::Delete => "removed",
                ChangeTag::Insert => "added",
            };
            out.push(ChangeLine {
                kind: kind.to_owned(),
                html: paragraph_html(&change.value()),
            });
        }
    }
    out
}

/// The draft edit form, filled in from draft `slug`'s newest version.
pub async fn for_edit(db: &DatabaseConnection, slug: &str) -> Result<Option<DraftEdit>, DbErr> {
    let Some(d) = by_slug(db, slug).await? else {
        return Ok(None);
    };
    let versions = versions_of(db, d.id).await?;
    let Some(latest) = versions.last() else {
        return Ok(None);
    };
    let local = |at: DateTime<Utc>| {
        at.with_timezone(&chrono_tz::Europe::London)
            .format(crate::features::campaigns::admin::LOCAL_FORMAT)
            .to_string()
    };
    Ok(Some(DraftEdit {
        form: DraftForm {
            language: d.language.code().to_owned(),
            title: d.title,
            summary: d.summary,
            body: latest.body.clone(),
            opens_at: local(d.opens_at),
            closes_at: local(d.closes_at),
            note: String::new(),
        },
        slug: d.slug,
        latest: latest.number,
    }))
}

/// Why someone may not comment on or react to a paragraph now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakePartRefusal {
    NotFound,
    /// Outside the draft's window.
    Closed,
    /// An earlier version: comments go on the newest.
    OldVersion,
    NoSuchParagraph,
}

/// The version row of draft `slug`'s paragraph, if `number`/`paragraph` can take
/// comments and reactions now.
async fn open_paragraph(
    db: &DatabaseConnection,
    slug: &str,
    number: i32,
    paragraph: i32,
    now: DateTime<Utc>,
) -> Result<Result<draft_version::Model, TakePartRefusal>, DbErr> {
    let Some(d) = by_slug(db, slug).await? else {
        return Ok(Err(TakePartRefusal::NotFound));
    };
    if DraftPhase::at(d.opens_at, d.closes_at, now) != DraftPhase::Open {
        return Ok(Err(TakePartRefusal::Closed));
    }
    let versions = versions_of(db, d.id).await?;
    let Some(latest) = versions.into_iter().last() else {
        return Ok(Err(TakePartRefusal::NotFound));
    };
    if latest.number != number {
        return Ok(Err(TakePartRefusal::OldVersion));
    }
    if paragraph < 1 || paragraph as usize > paragraphs(&latest.body).len() {
        return Ok(Err(TakePartRefusal::NoSuchParagraph));
    }
    Ok(Ok(latest))
}

/// `author`'s comment on paragraph `paragraph` of version `number` of draft `slug`.
pub async fn comment(
    db: &DatabaseConnection,
    author: &CurrentUser,
    slug: &str,
    (number, paragraph, body): (i32, i32, String),
    now: DateTime<Utc>,
) -> Result<Result<i64, TakePartRefusal>, DbErr> {
    let version = match open_paragraph(db, slug, number, paragraph, now).await? {
        Ok(v) => v,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let saved = draft_comment::ActiveModel {
        version_id: Set(version.id),
        paragraph: Set(paragraph),
        author_id: Set(author.id),
        body: Set(body),
        created_at: Set(now),
        hidden_at: Set(None),
        // A comment is in the language of the page it was written on, as on ideas.
        language: Set(crate::i18n::lang()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Ok(saved.id))
}

/// `person` supports or questions a paragraph (`None`: takes that back). One reaction
/// per person per paragraph: a new one replaces the old.
pub async fn react(
    db: &DatabaseConnection,
    person: &CurrentUser,
    slug: &str,
    (number, paragraph): (i32, i32),
    reaction: Option<Reaction>,
    now: DateTime<Utc>,
) -> Result<Result<(), TakePartRefusal>, DbErr> {
    let version = match open_paragraph(db, slug, number, paragraph, now).await? {
        Ok(v) => v,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let txn = db.begin_write().await?;
    draft_reaction::Entity::delete_many()
        .filter(draft_reaction::Column::VersionId.eq(version.id))
        .filter(draft_reaction::Column::Paragraph.eq(paragraph))
        .filter(draft_reaction::Column::UserId.eq(person.id))
        .exec(&txn)
        .await?;
    if let Some(kind) = reaction {
        draft_reaction::Entity::insert(draft_reaction::ActiveModel {
            version_id: Set(version.id),
            paragraph: Set(paragraph),
            user_id: Set(person.id),
            kind: Set(kind),
            created_at: Set(now),
        })
        .on_conflict_do_nothing_on([
            draft_reaction::Column::VersionId,
            draft_reaction::Column::Paragraph,
            draft_reaction::Column::UserId,
        ])
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(Ok(()))
}

/// A moderator hides comment `id`, with the reason in the audit log. Returns the
/// draft's slug, or `None` when there is no such comment.
pub async fn hide(
    db: &DatabaseConnection,
    moderator: &CurrentUser,
    id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    let Some(found) = draft_comment::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let Some(version) = draft_version::Entity::find_by_id(found.version_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(d) = draft::Entity::find_by_id(version.draft_id).one(db).await? else {
        return Ok(None);
    };
    let txn = db.begin_write().await?;
    draft_comment::Entity::update_many()
        .col_expr(draft_comment::Column::HiddenAt, Expr::value(now))
        .filter(draft_comment::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let reason = (!reason.trim().is_empty()).then_some(reason.trim());
    crate::server::audit::record(
        &txn,
        Some(moderator.id),
        "draft_comment.hidden",
        "draft_comment",
        id,
        reason,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(d.slug))
}

/// Every comment on draft `slug` (hidden ones marked), with its version, paragraph and
/// the paragraph's words, oldest first: the moderators' CSV. `None` when there is no
/// such draft.
pub async fn export(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<(String, Vec<Vec<String>>)>, DbErr> {
    let Some(d) = by_slug(db, slug).await? else {
        return Ok(None);
    };
    let mut rows = Vec::new();
    for version in versions_of(db, d.id).await? {
        let texts = paragraphs(&version.body);
        let comments = draft_comment::Entity::find()
            .filter(draft_comment::Column::VersionId.eq(version.id))
            .order_by(draft_comment::Column::Id, Order::Asc)
            .find_also_related(user::Entity)
            .all(db)
            .await?;
        for (c, author) in comments {
            let author = author_line(author.as_ref());
            let paragraph = texts
                .get((c.paragraph - 1).max(0) as usize)
                .cloned()
                .unwrap_or_default();
            rows.push(vec![
                version.number.to_string(),
                c.paragraph.to_string(),
                paragraph,
                c.body,
                author.name,
                author.segment.unwrap_or_default(),
                c.created_at.to_rfc3339(),
                if c.hidden_at.is_some() {
                    "hidden"
                } else {
                    "published"
                }
                .to_owned(),
            ]);
        }
    }
    Ok(Some((d.slug, rows)))
}

/// The columns of [`export`]'s rows.
pub const EXPORT_COLUMNS: [&str; 8] = [
    "version",
    "paragraph",
    "paragraph_text",
    "comment",
    "author",
    "author_segment",
    "created_at",
    "state",
];
