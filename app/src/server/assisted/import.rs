//! Importing paper forms: a CSV file, one row per form (the columns are
//! `features::assisted::IMPORT_COLUMNS`). Every row is checked as the forms would check
//! it, against the campaigns and ideas as they are now, before anything is stored; a
//! file with any problem stores nothing and comes back with each row's problems.
//!
//! Each row's person carries an import key (the file's hash and the row's line), and
//! its idea the same key as its submission key, so importing a file again, after a
//! failure half way or by mistake, adds nobody and nothing twice.

use crate::t;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};
use sha2::{Digest, Sha256};

use crate::domain::assisted::{NewPerson, idea_numbers};
use crate::domain::campaign::CampaignPhase;
use crate::domain::idea::NewIdea;
use crate::domain::identity::CurrentUser;
use crate::domain::safeguarding::{Concerns, rules};
use crate::features::assisted::{IMPORT_COLUMNS, ImportPreview, ImportRow, PreviewRow};
use crate::server::entities::campaign;
use crate::server::ideas::{SubmitOutcome, VoteOutcome};
use crate::server::queries;
use crate::server::rankings::Rankings;

/// The most rows one file may have: a few days' paper forms at a busy library.
pub const ROWS_MAX: usize = 1_000;

/// A row that passed every check, ready to store.
struct Planned {
    key: String,
    person: NewPerson,
    idea: Option<(campaign::Model, NewIdea, Concerns)>,
    supports: Vec<i64>,
}

/// What an import stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub people: u64,
    pub ideas: u64,
    /// Ideas waiting for a moderator (the campaign checks every idea, or the
    /// safeguarding check found something).
    pub held: u64,
    pub supports: u64,
    /// Rows imported before, from the same file.
    pub again: u64,
}

/// The preview of `text` as it would be imported now.
pub async fn preview(
    db: &DatabaseConnection,
    text: &str,
    now: DateTime<Utc>,
) -> Result<ImportPreview, DbErr> {
    Ok(plan(db, text, now).await?.0)
}

/// Imports `text` for `helper` if every row can be imported now; otherwise stores
/// nothing and answers with the preview that says why.
pub async fn import(
    db: &DatabaseConnection,
    (rankings, facts): (&Rankings, &crate::server::vote_facts::VoteFacts),
    helper: &CurrentUser,
    text: &str,
    now: DateTime<Utc>,
) -> Result<Result<Imported, ImportPreview>, DbErr> {
    let (preview, planned) = plan(db, text, now).await?;
    if !preview.is_ready() {
        return Ok(Err(preview));
    }
    let mut done = Imported::default();
    for row in planned {
        let added = super::add_person(db, helper, row.person, Some(row.key.clone()), now).await?;
        let person = match added {
            Some(id) => {
                done.people += 1;
                id
            }
            None => {
                done.again += 1;
                continue;
            }
        };
        if let Some((campaign, mut idea, held_for)) = row.idea {
            idea.submission_key = Some(row.key.clone());
            let stored = crate::server::ideas::submit(
                db,
                rankings,
                &campaign,
                person,
                (idea, &held_for),
                now,
            );
            match stored.await? {
                SubmitOutcome::Stored { visible, .. } => {
                    done.ideas += 1;
                    if !visible {
                        done.held += 1;
                    }
                }
                // Checked a moment ago; a campaign that closed since keeps the person.
                outcome => tracing::warn!(?outcome, person, "an imported idea was not stored"),
            }
        }
        if !row.supports.is_empty() {
            let outcomes = super::support(
                db,
                (rankings, facts),
                helper,
                person,
                (&row.supports, true),
                now,
            )
            .await?;
            done.supports += outcomes
                .iter()
                .filter(|(_, o)| matches!(o, VoteOutcome::Counted { .. }))
                .count() as u64;
        }
    }
    Ok(Ok(done))
}

/// Reads and checks every row of `text`: the preview, and the rows ready to store
/// (all of them, when the preview has no problems).
async fn plan(
    db: &DatabaseConnection,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(ImportPreview, Vec<Planned>), DbErr> {
    // Browsers send a form's text back with CRLF line breaks: read (and hash) the file
    // the same however it came, so the preview is what is imported.
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let text = text.as_str();
    let mut preview = ImportPreview {
        csv: text.to_owned(),
        ..Default::default()
    };
    let rows = match read(text) {
        Ok(rows) => rows,
        Err(problem) => {
            preview.file_problem = Some(problem);
            return Ok((preview, Vec::new()));
        }
    };
    let file_hash = hex::encode(&Sha256::digest(text.as_bytes())[..12]);
    let mut planned = Vec::new();
    for (line, row) in rows {
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let (row, person) = match row {
            Ok(row) => {
                let person = row.person().validate();
                (row, person)
            }
            Err(problem) => {
                preview.rows.push(PreviewRow {
                    line,
                    person: String::new(),
                    idea: None,
                    supports: String::new(),
                    problems: vec![problem],
                    notes,
                });
                continue;
            }
        };
        let person = match person {
            Ok(person) => Some(person),
            Err(errors) => {
                problems.extend(errors.iter().map(|e| e.message.clone()));
                None
            }
        };
        let idea = if row.has_idea() {
            check_idea(db, &row, now, &mut problems, &mut notes).await?
        } else {
            None
        };
        let supports = match idea_numbers(&row.supports) {
            Ok(numbers) => {
                problems.extend(super::cannot_support(db, None, &numbers, now).await?);
                numbers
            }
            Err(message) => {
                problems.push(message);
                Vec::new()
            }
        };
        if !row.has_idea() && row.supports.trim().is_empty() {
            problems.push(t!("import-row-empty"));
        }
        preview.rows.push(PreviewRow {
            line,
            person: person
                .as_ref()
                .map_or_else(|| row.name.trim().to_owned(), |p| p.display_name.clone()),
            idea: row.has_idea().then(|| row.title.trim().to_owned()),
            supports: supports
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            problems: problems.clone(),
            notes,
        });
        if let (true, Some(person)) = (problems.is_empty(), person) {
            planned.push(Planned {
                key: format!("{file_hash}:{line}"),
                person,
                idea,
                supports,
            });
        }
    }
    if preview.rows.is_empty() {
        preview.file_problem = Some(t!("import-no-rows"));
    }
    Ok((preview, planned))
}

/// The file's rows by line (the header is line 1), each read or the reason it could
/// not be; or the reason the file as a whole cannot be read.
type Rows = Vec<(u64, Result<ImportRow, String>)>;

fn read(text: &str) -> Result<Rows, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::Headers)
        .from_reader(text.as_bytes());
    let headers: csv::StringRecord = reader
        .headers()
        .map_err(|_| t!("import-not-csv"))?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    if let Some(unknown) = headers.iter().find(|h| !IMPORT_COLUMNS.contains(h)) {
        return Err(t!("import-unknown-column", column = unknown));
    }
    for needed in ["group", "channel", "consent"] {
        if !headers.iter().any(|h| h == needed) {
            return Err(t!("import-missing-column", column = needed));
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        if rows.len() == ROWS_MAX {
            return Err(t!("import-too-many-rows", max = ROWS_MAX));
        }
        let (line, row) = match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                let row = record
                    .deserialize::<ImportRow>(Some(&headers))
                    .map_err(|e| t!("import-row-unreadable", error = e.to_string()));
                (line, row)
            }
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line());
                (
                    line,
                    Err(t!("import-row-unreadable", error = err.to_string())),
                )
            }
        };
        rows.push((line, row));
    }
    Ok(rows)
}

/// The row's idea, checked as the new-idea form checks it, against its campaign now.
async fn check_idea(
    db: &DatabaseConnection,
    row: &ImportRow,
    now: DateTime<Utc>,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Result<Option<(campaign::Model, NewIdea, Concerns)>, DbErr> {
    let slug = row.campaign.trim();
    if slug.is_empty() {
        problems.push(t!("import-enter-campaign"));
        return Ok(None);
    }
    let Some(campaign) = queries::campaigns::by_slug(db, slug).await? else {
        problems.push(t!("import-no-campaign-called", slug = slug));
        return Ok(None);
    };
    let phase = campaign.phase(now);
    if phase != CampaignPhase::Open {
        problems.push(t!(
            "import-not-taking-ideas",
            campaign = campaign.title_in(crate::i18n::lang()).0.to_owned(),
            phase = crate::i18n::tr(phase.label_key()).to_lowercase()
        ));
    }
    let categories = queries::campaigns::categories(db, campaign.id, crate::i18n::lang()).await?;
    let idea = match row.idea().validate(&categories) {
        Ok(idea) => idea,
        Err(errors) => {
            problems.extend(errors.iter().map(|e| match e.field.as_str() {
                "category" => t!(
                    "import-enter-category",
                    categories = categories
                        .iter()
                        .map(|c| c.slug.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                "kind" => t!("import-enter-kind"),
                _ => e.message.clone(),
            }));
            return Ok(None);
        }
    };
    let words =
        crate::features::ideas::actions::safeguarded(&idea.title, &idea.summary, &idea.description);
    let held_for = rules::check(&words);
    if !held_for.is_empty() {
        notes.push(t!(
            "import-held",
            found = held_for
                .iter()
                .map(|f| f.describe())
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    Ok((phase == CampaignPhase::Open).then_some((campaign, idea, held_for)))
}
