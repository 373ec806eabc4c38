//! Analysis of a campaign for policy teams: activity per day, what each group of
//! people supported, categories, discussion, and possible duplicates. Every chart has a
//! table of the same figures, and every table downloads as CSV.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
pub mod pages;
pub mod paths;

use serde::{Deserialize, Serialize};

/// One table of figures: what a chart draws, what the page lists, and what the CSV holds.
///
/// Worked out in the background, where no reader's language is known, so its words are
/// kept in both: English in `title`, `columns` and the rows, Welsh beside them;
/// [`Table::in_lang`] gives the table as one reader reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// Stable name, used in the CSV's address (`?table=daily`).
    pub key: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// For each row, a link (an idea's page), when it has one.
    pub links: Vec<Option<String>>,
    #[serde(default)]
    pub title_cy: String,
    #[serde(default)]
    pub columns_cy: Vec<String>,
    /// For each row, its first cell in Welsh where that differs (a measure's name, a
    /// category's Welsh name).
    #[serde(default)]
    pub first_cy: Vec<Option<String>>,
}

impl Table {
    /// The table in `lang`: English as kept, or with the Welsh words in place.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> Table {
        let mut table = self.clone();
        if lang == crate::i18n::Lang::Cy {
            if !table.title_cy.is_empty() {
                table.title = table.title_cy.clone();
            }
            table.columns = self.columns_in(lang).to_vec();
            for (i, row) in table.rows.iter_mut().enumerate() {
                if let (Some(first), Some(welsh)) = (row.first_mut(), self.first_in(i, lang)) {
                    *first = welsh.to_owned();
                }
            }
        }
        table
    }

    /// Row `i`'s first cell in `lang`, where that differs from the one kept.
    fn first_in(&self, i: usize, lang: crate::i18n::Lang) -> Option<&str> {
        match lang {
            crate::i18n::Lang::Cy => self.first_cy.get(i).and_then(Option::as_deref),
            _ => None,
        }
    }

    /// The column names in `lang`.
    pub fn columns_in(&self, lang: crate::i18n::Lang) -> &[String] {
        if lang == crate::i18n::Lang::Cy && self.columns_cy.len() == self.columns.len() {
            &self.columns_cy
        } else {
            &self.columns
        }
    }

    /// Every row in `lang`, borrowed from the table rather than copied (a CSV of every
    /// row is written from these).
    pub fn rows_in(&self, lang: crate::i18n::Lang) -> impl Iterator<Item = Vec<&str>> + '_ {
        self.rows.iter().enumerate().map(move |(i, row)| {
            let welsh = self.first_in(i, lang);
            row.iter()
                .enumerate()
                .map(|(n, cell)| match (n, welsh) {
                    (0, Some(welsh)) => welsh,
                    _ => cell.as_str(),
                })
                .collect()
        })
    }

    /// The figures in column `n` (0 where a cell is not a number).
    pub fn numbers(&self, n: usize) -> Vec<u64> {
        self.rows
            .iter()
            .map(|r| r.get(n).and_then(|c| c.parse().ok()).unwrap_or(0))
            .collect()
    }
}

/// A campaign to choose in the analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignChoice {
    pub slug: String,
    pub title: String,
}

/// The analysis page for one campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub campaigns: Vec<CampaignChoice>,
    pub campaign: CampaignChoice,
    /// Ideas, votes, comments and active people per day (UK dates).
    pub daily: Table,
    /// The most supported ideas overall, with each group's votes.
    pub top: Table,
    /// For each "I am a…" group, its ten most supported ideas.
    pub segments: Vec<Table>,
    /// People taking part with help: how many, their ideas and their supports.
    pub with_help: Table,
    pub categories: Table,
    pub discussed: Table,
    /// Groups of ideas that may say the same thing: the table's words, and on the page
    /// ([`Analysis::for_page`]) its first [`DUPLICATES_SHOWN`] rows.
    pub duplicates: Table,
    /// Every idea in a group of possible duplicates, largest groups first: the
    /// duplicates table's rows, kept as figures rather than as its text. At 100,000
    /// ideas there are tens of thousands, and kept as text (a string per cell and per
    /// link) they took 28 MB a copy (docs/benchmarks.md). Not sent with the page.
    #[serde(skip)]
    pub duplicate_ideas: Vec<Duplicate>,
    /// How much support moderators set aside after a vote-integrity review, which no
    /// figure here counts; `None` when none is.
    pub set_aside: Option<SetAside>,
    /// When figures kept from the background were worked out (UK time, "14:02 on
    /// 1 December"); `None` when they were worked out for this request.
    pub as_of: Option<String>,
    /// Says how much of the duplicates table the page leaves to its CSV, if any.
    pub more_duplicates: Option<String>,
}

/// An idea in a group of possible duplicates: a row of the duplicates table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The group's number, 1 for the largest.
    pub group: u32,
    pub id: i64,
    pub title: Box<str>,
    pub slug: Box<str>,
    pub votes: i32,
}

impl Duplicate {
    /// The row's cells (group, idea, votes), as the table's columns name them.
    pub fn cells(&self) -> [std::borrow::Cow<'_, str>; 3] {
        [
            self.group.to_string().into(),
            self.title.as_ref().into(),
            self.votes.to_string().into(),
        ]
    }
}

/// The most rows of possible duplicates the page lists; the CSV has them all (a campaign
/// of 100,000 ideas can have tens of thousands).
pub const DUPLICATES_SHOWN: usize = 200;

/// Support moderators set aside after a review of how it was given, still kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    pub supports: u64,
    pub accounts: u64,
}

/// What the analysis page has to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The figures.
    Ready(Box<Analysis>),
    /// A large campaign's figures are still being worked out for the first time.
    Working {
        campaigns: Vec<CampaignChoice>,
        campaign: CampaignChoice,
    },
}

impl Analysis {
    /// The figures as the page shows them, in the request's language: the duplicates
    /// table cut to its first [`DUPLICATES_SHOWN`] rows (the largest groups), saying so.
    pub fn for_page(&self) -> Analysis {
        let lang = crate::i18n::lang();
        let all = &self.duplicate_ideas;
        let shown = all.len().min(DUPLICATES_SHOWN);
        let groups = all.last().map_or(0, |idea| idea.group);
        let mut duplicates = self.duplicates.clone();
        for idea in &all[..shown] {
            duplicates
                .rows
                .push(idea.cells().into_iter().map(|c| c.into_owned()).collect());
            duplicates
                .links
                .push(Some(crate::domain::idea::idea_href(idea.id, &idea.slug)));
            duplicates.first_cy.push(None);
        }
        Analysis {
            campaigns: self.campaigns.clone(),
            campaign: self.campaign.clone(),
            daily: self.daily.in_lang(lang),
            top: self.top.in_lang(lang),
            segments: self.segments.iter().map(|t| t.in_lang(lang)).collect(),
            with_help: self.with_help.in_lang(lang),
            categories: self.categories.in_lang(lang),
            discussed: self.discussed.in_lang(lang),
            duplicates: duplicates.in_lang(lang),
            duplicate_ideas: Vec::new(),
            set_aside: self.set_aside,
            as_of: self.as_of.clone(),
            more_duplicates: (shown < all.len()).then(|| {
                crate::t!(
                    "analysis-more-duplicates",
                    shown = shown,
                    ideas = all.len(),
                    groups = groups
                )
            }),
        }
    }

    /// Every row of `table` (one of this analysis's, from [`Analysis::table`]) in `lang`:
    /// what its CSV is written from. The duplicates' rows are written out from
    /// [`Analysis::duplicate_ideas`] one at a time, the others borrowed.
    pub fn rows_of<'a>(
        &'a self,
        table: &'a Table,
        lang: crate::i18n::Lang,
    ) -> Box<dyn Iterator<Item = Vec<std::borrow::Cow<'a, str>>> + 'a> {
        use std::borrow::Cow;
        if table.key == self.duplicates.key {
            Box::new(
                self.duplicate_ideas
                    .iter()
                    .map(|idea| idea.cells().into_iter().collect()),
            )
        } else {
            Box::new(
                table
                    .rows_in(lang)
                    .map(|row| row.into_iter().map(Cow::Borrowed).collect()),
            )
        }
    }

    /// Every table on the page, by key.
    pub fn table(&self, key: &str) -> Option<&Table> {
        [
            &self.daily,
            &self.top,
            &self.with_help,
            &self.categories,
            &self.discussed,
            &self.duplicates,
        ]
        .into_iter()
        .chain(self.segments.iter())
        .find(|t| t.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(key: &str, rows: Vec<Vec<String>>) -> Table {
        Table {
            key: key.into(),
            title: key.into(),
            columns: vec!["Group".into(), "Idea".into(), "Votes".into()],
            links: vec![None; rows.len()],
            rows,
            ..Table::default()
        }
    }

    fn analysis(groups: u32) -> Analysis {
        let duplicate_ideas: Vec<Duplicate> = (1..=groups)
            .flat_map(|g| {
                (0..2).map(move |n| Duplicate {
                    group: g,
                    id: i64::from(g * 10 + n),
                    title: format!("Idea {g}.{n}").into(),
                    slug: format!("idea-{g}-{n}").into(),
                    votes: n as i32,
                })
            })
            .collect();
        let choice = CampaignChoice {
            slug: "c".into(),
            title: "C".into(),
        };
        Analysis {
            campaigns: vec![choice.clone()],
            campaign: choice,
            daily: table("daily", vec![vec!["2026-12-01".into(), "3".into()]]),
            top: table("top", vec![]),
            segments: vec![],
            with_help: table("with-help", vec![]),
            categories: table("categories", vec![]),
            discussed: table("discussed", vec![]),
            duplicates: table("duplicates", vec![]),
            duplicate_ideas,
            set_aside: None,
            as_of: None,
            more_duplicates: None,
        }
    }

    /// The CSV's rows of table `key`, as text.
    fn csv_rows(analysis: &Analysis, key: &str) -> Vec<Vec<String>> {
        let table = analysis.table(key).unwrap();
        analysis
            .rows_of(table, crate::i18n::Lang::En)
            .map(|row| row.into_iter().map(|cell| cell.into_owned()).collect())
            .collect()
    }

    #[test]
    fn the_page_lists_the_largest_groups_and_says_the_csv_has_the_rest() {
        let few = analysis(3);
        let page = few.for_page();
        assert_eq!(page.duplicates.rows, csv_rows(&few, "duplicates"));
        assert_eq!(page.duplicates.rows[3], ["2", "Idea 2.1", "1"]);
        assert_eq!(
            page.duplicates.links[3].as_deref(),
            Some("/ideas/21-idea-2-1")
        );
        assert_eq!(page.more_duplicates, None);
        // Everything else as kept.
        assert_eq!(
            Analysis {
                duplicates: few.duplicates.clone(),
                duplicate_ideas: few.duplicate_ideas.clone(),
                ..page
            },
            few
        );
        assert_eq!(csv_rows(&few, "daily"), few.daily.rows);

        let many = analysis(DUPLICATES_SHOWN as u32);
        let page = many.for_page();
        let all = csv_rows(&many, "duplicates");
        assert_eq!(all.len(), DUPLICATES_SHOWN * 2);
        assert_eq!(page.duplicates.rows, all[..DUPLICATES_SHOWN]);
        assert_eq!(page.duplicates.links.len(), DUPLICATES_SHOWN);
        assert_eq!(
            page.more_duplicates.unwrap(),
            format!(
                "The first {DUPLICATES_SHOWN} of {} ideas, in {DUPLICATES_SHOWN} groups, are listed here, largest groups first; the CSV has them all.",
                DUPLICATES_SHOWN * 2
            )
        );
        assert!(page.duplicate_ideas.is_empty(), "not sent with the page");
    }

    /// The page puts a table in the reader's language, and the CSV reads its rows in
    /// place: both must read the same.
    #[test]
    fn a_borrowed_table_reads_as_the_whole_in_either_language() {
        use crate::i18n::Lang;
        let whole = Table {
            key: "categories".into(),
            title: "Categories".into(),
            title_cy: "Categorïau".into(),
            columns: vec!["Category".into(), "Ideas".into()],
            columns_cy: vec!["Categori".into(), "Syniadau".into()],
            rows: vec![
                vec!["Sleep".into(), "3".into()],
                vec!["No category".into(), "2".into()],
                vec!["Diet".into(), "1".into()],
            ],
            links: vec![None, None, None],
            first_cy: vec![Some("Cwsg".into()), Some("Dim categori".into()), None],
        };
        for lang in [Lang::En, Lang::Cy] {
            let full = whole.in_lang(lang);
            let borrowed: Vec<Vec<&str>> = whole.rows_in(lang).collect();
            let copied: Vec<Vec<&str>> = full
                .rows
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            assert_eq!(borrowed, copied, "{lang:?}");
            assert_eq!(whole.columns_in(lang), &full.columns[..]);
        }
        assert_eq!(whole.rows_in(Lang::Cy).next().unwrap()[0], "Cwsg");
    }
}
