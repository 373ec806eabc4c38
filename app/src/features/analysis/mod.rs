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

    /// The table's words and its first `n` rows, without copying the rest: the
    /// duplicates table at 100,000 ideas has tens of thousands of rows, and copying them
    /// all for a page that shows 200 took the page from 5 to 50 ms.
    pub fn head(&self, n: usize) -> Table {
        let n = n.min(self.rows.len());
        Table {
            key: self.key.clone(),
            title: self.title.clone(),
            columns: self.columns.clone(),
            rows: self.rows[..n].to_vec(),
            links: self.links[..n.min(self.links.len())].to_vec(),
            title_cy: self.title_cy.clone(),
            columns_cy: self.columns_cy.clone(),
            first_cy: self.first_cy[..n.min(self.first_cy.len())].to_vec(),
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
    /// Groups of ideas that may say the same thing.
    pub duplicates: Table,
    /// How much support moderators set aside after a vote-integrity review, which no
    /// figure here counts; `None` when none is.
    pub set_aside: Option<SetAside>,
    /// When figures kept from the background were worked out (UK time, "14:02 on
    /// 1 December"); `None` when they were worked out for this request.
    pub as_of: Option<String>,
    /// Says how much of the duplicates table the page leaves to its CSV, if any.
    pub more_duplicates: Option<String>,
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
        let all = &self.duplicates;
        let shown = all.rows.len().min(DUPLICATES_SHOWN);
        let groups = all
            .rows
            .last()
            .and_then(|row| row.first())
            .and_then(|group| group.parse::<usize>().ok())
            .unwrap_or(0);
        Analysis {
            campaigns: self.campaigns.clone(),
            campaign: self.campaign.clone(),
            daily: self.daily.in_lang(lang),
            top: self.top.in_lang(lang),
            segments: self.segments.iter().map(|t| t.in_lang(lang)).collect(),
            with_help: self.with_help.in_lang(lang),
            categories: self.categories.in_lang(lang),
            discussed: self.discussed.in_lang(lang),
            duplicates: all.head(shown).in_lang(lang),
            set_aside: self.set_aside,
            as_of: self.as_of.clone(),
            more_duplicates: (shown < all.rows.len()).then(|| {
                crate::t!(
                    "analysis-more-duplicates",
                    shown = shown,
                    ideas = all.rows.len(),
                    groups = groups
                )
            }),
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

    fn analysis(groups: usize) -> Analysis {
        let rows: Vec<Vec<String>> = (1..=groups)
            .flat_map(|g| {
                (0..2).map(move |n| vec![g.to_string(), format!("Idea {g}.{n}"), "0".into()])
            })
            .collect();
        let choice = CampaignChoice {
            slug: "c".into(),
            title: "C".into(),
        };
        Analysis {
            campaigns: vec![choice.clone()],
            campaign: choice,
            daily: table("daily", vec![]),
            top: table("top", vec![]),
            segments: vec![],
            with_help: table("with-help", vec![]),
            categories: table("categories", vec![]),
            discussed: table("discussed", vec![]),
            duplicates: table("duplicates", rows),
            set_aside: None,
            as_of: None,
            more_duplicates: None,
        }
    }

    #[test]
    fn the_page_lists_the_largest_groups_and_says_the_csv_has_the_rest() {
        let few = analysis(3);
        assert_eq!(few.for_page(), few);
        let many = analysis(DUPLICATES_SHOWN);
        let page = many.for_page();
        assert_eq!(
            page.duplicates.rows,
            many.duplicates.rows[..DUPLICATES_SHOWN]
        );
        assert_eq!(page.duplicates.links.len(), DUPLICATES_SHOWN);
        assert_eq!(
            page.more_duplicates.unwrap(),
            format!(
                "The first {DUPLICATES_SHOWN} of {} ideas, in {DUPLICATES_SHOWN} groups, are listed here, largest groups first; the CSV has them all.",
                DUPLICATES_SHOWN * 2
            )
        );
        assert_eq!(
            many.table("duplicates").unwrap().rows.len(),
            DUPLICATES_SHOWN * 2
        );
    }

    /// The page cuts a table before putting it in the reader's language, and the CSV
    /// reads its rows in place: both must read as the whole table put in that language.
    #[test]
    fn a_cut_or_borrowed_table_reads_as_the_whole_in_either_language() {
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
            let cut = whole.head(2).in_lang(lang);
            assert_eq!(cut.rows, full.rows[..2], "{lang:?}");
            assert_eq!((&cut.title, &cut.columns), (&full.title, &full.columns));
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
        assert_eq!(whole.head(10).rows.len(), 3);
    }
}
