//! Ideas: what they are, the statuses moderators give them, and how lists are ordered.

use serde::{Deserialize, Serialize};

/// What a person is putting forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum IdeaKind {
    /// An idea for an app or online tool that does not exist yet.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new"))]
    NewTool,
    /// An existing app or tool the person recommends (comes with a link).
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "existing"))]
    Existing,
}

impl IdeaKind {
    /// The short label shown on idea cards.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::NewTool => "kind-new-tool",
            Self::Existing => "kind-existing",
        }
    }
}

/// The public status moderators set, shown as a tag with their response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum IdeaStatus {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "new"))]
    New,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "under_review"))]
    UnderReview,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "shortlisted"))]
    Shortlisted,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in_development"))]
    InDevelopment,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "implemented"))]
    Implemented,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "declined"))]
    Declined,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "duplicate"))]
    Duplicate,
}

impl IdeaStatus {
    /// The label shown in the status tag.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::New => "status-new",
            Self::UnderReview => "status-under-review",
            Self::Shortlisted => "status-shortlisted",
            Self::InDevelopment => "status-in-development",
            Self::Implemented => "status-implemented",
            Self::Declined => "status-declined",
            Self::Duplicate => "status-duplicate",
        }
    }

    /// The NHS.UK tag classes for the status.
    pub fn tag_class(self) -> &'static str {
        match self {
            Self::New => "nhsuk-tag nhsuk-tag--white",
            Self::UnderReview => "nhsuk-tag nhsuk-tag--blue",
            Self::Shortlisted => "nhsuk-tag nhsuk-tag--purple",
            Self::InDevelopment => "nhsuk-tag nhsuk-tag--orange",
            Self::Implemented => "nhsuk-tag nhsuk-tag--green",
            Self::Declined => "nhsuk-tag nhsuk-tag--red",
            Self::Duplicate => "nhsuk-tag nhsuk-tag--grey",
        }
    }
}

/// Whether an idea is shown to the public. Separate from [`IdeaStatus`]: an idea can be
/// "shortlisted" and later hidden after a report without losing its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveActiveEnum, sea_orm::EnumIter))]
#[cfg_attr(feature = "ssr", sea_orm(rs_type = "String", db_type = "Text"))]
pub enum Visibility {
    /// Waiting for a moderator in a pre-moderated campaign.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "pending"))]
    Pending,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "published"))]
    Published,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "rejected"))]
    Rejected,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "hidden"))]
    Hidden,
    /// Taken back by its author: out of the lists, its page saying so.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "withdrawn"))]
    Withdrawn,
}

/// How a list of ideas is ordered. Carried in the URL (`?sort=top`) so a list can be
/// shared and the back button returns to the same order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdeaSort {
    /// Most supported first.
    #[default]
    Top,
    /// Gathering support now: see [`crate::domain::ranking`].
    Trending,
    /// Most recently submitted first.
    Newest,
    /// Most comments first.
    MostDiscussed,
    /// A shuffle that changes daily: see [`crate::domain::shuffle`]. The default of a
    /// campaign that asks for a fair order, while people support ideas.
    Shuffled,
}

impl IdeaSort {
    /// Every order, in the order the sort links are shown.
    pub const ALL: [IdeaSort; 5] = [
        IdeaSort::Shuffled,
        IdeaSort::Top,
        IdeaSort::Trending,
        IdeaSort::Newest,
        IdeaSort::MostDiscussed,
    ];

    /// Reads the `sort` query parameter. Anything unknown falls back to the default
    /// rather than failing: a mistyped link should still show the ideas.
    pub fn from_query(value: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|sort| Some(sort.as_query()) == value)
            .unwrap_or_default()
    }

    /// The value used in the query string.
    pub fn as_query(self) -> &'static str {
        match self {
            Self::Top => "top",
            Self::Trending => "trending",
            Self::Newest => "newest",
            Self::MostDiscussed => "discussed",
            Self::Shuffled => "shuffled",
        }
    }

    /// The link text.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Top => "sort-top",
            Self::Trending => "sort-trending",
            Self::Newest => "sort-newest",
            Self::MostDiscussed => "sort-most-discussed",
            Self::Shuffled => "sort-shuffled",
        }
    }
}

impl IdeaKind {
    /// Every kind, as offered in forms and filters.
    pub const ALL: [IdeaKind; 2] = [IdeaKind::NewTool, IdeaKind::Existing];

    /// The value used in forms and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Self::NewTool => "new",
            Self::Existing => "existing",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl IdeaStatus {
    /// Every status, in the order an idea usually moves through them.
    pub const ALL: [IdeaStatus; 7] = [
        IdeaStatus::New,
        IdeaStatus::UnderReview,
        IdeaStatus::Shortlisted,
        IdeaStatus::InDevelopment,
        IdeaStatus::Implemented,
        IdeaStatus::Declined,
        IdeaStatus::Duplicate,
    ];

    /// The value used in forms and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::UnderReview => "under_review",
            Self::Shortlisted => "shortlisted",
            Self::InDevelopment => "in_development",
            Self::Implemented => "implemented",
            Self::Declined => "declined",
            Self::Duplicate => "duplicate",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Which ideas a list shows, in which order, from which point: everything a list's URL
/// carries, so that a link to it shows the same list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdeaListQuery {
    pub sort: IdeaSort,
    /// A category's slug.
    pub category: Option<String>,
    pub kind: Option<IdeaKind>,
    pub status: Option<IdeaStatus>,
    /// Words to search for in the title, summary and description.
    pub q: Option<String>,
    /// Where the page starts: the position of the last idea on the page before.
    pub after: Option<Cursor>,
    /// Only ideas whose words or status changed at or after this instant: how a site
    /// that keeps a copy fetches what changed since it last looked.
    pub updated_since: Option<chrono::DateTime<chrono::Utc>>,
    /// The order an address without `sort` means: most supported, or for a campaign
    /// that asks for a fair order while people support ideas, the daily shuffle. Set by
    /// the server from the campaign; links leave it out of their addresses.
    #[serde(default)]
    pub default_sort: IdeaSort,
}

/// The longest search a person can type; longer ones are cut, not refused.
pub const SEARCH_MAX: usize = 200;

impl IdeaListQuery {
    /// Whether the list is a campaign's whole list (in some order): no filter, no search.
    pub fn is_unfiltered(&self) -> bool {
        !self.is_filtered()
    }

    /// Reads the list from URL parameters, as pages do: values that do not parse are
    /// ignored rather than refused, so that an old or mistyped link still shows ideas.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let value = |key: &str| non_empty(get(key));
        Self {
            sort: parse_sort(value("sort").as_deref()).unwrap_or_default(),
            category: value("category").filter(|c| {
                c.len() <= 80 && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
            }),
            kind: parse_kind(value("kind").as_deref()).ok().flatten(),
            status: parse_status(value("status").as_deref()).ok().flatten(),
            // Trimmed again once control characters are gone and the length is cut, so
            // the search shown is the one its links carry (found by the `list_query`
            // fuzz target: "\u{13} sleep" became " sleep" here, "sleep" in the link).
            q: value("q").and_then(|q| {
                non_empty(Some(
                    q.chars()
                        .filter(|c| !c.is_control())
                        .take(SEARCH_MAX)
                        .collect(),
                ))
            }),
            after: parse_after(value("after").as_deref()).ok().flatten(),
            updated_since: parse_instant(value("updated_since").as_deref())
                .ok()
                .flatten(),
            default_sort: IdeaSort::default(),
        }
    }

    /// Reads the list from URL parameters, as the API does: the same parsers, but a
    /// value that does not parse is refused, naming the parameter. `category` is taken
    /// as given; only the campaign can say whether it is one of its own.
    pub fn from_params_strict(get: impl Fn(&str) -> Option<String>) -> Result<Self, ParamError> {
        let value = |key: &str| non_empty(get(key));
        let q = value("q");
        if q.as_ref().is_some_and(|q| q.chars().count() > SEARCH_MAX) {
            return Err(ParamError::new(
                "q",
                format!("q must be {SEARCH_MAX} characters or fewer."),
            ));
        }
        Ok(Self {
            sort: parse_sort(value("sort").as_deref())?,
            category: value("category"),
            kind: parse_kind(value("kind").as_deref())?,
            status: parse_status(value("status").as_deref())?,
            q,
            after: parse_after(value("after").as_deref())?,
            updated_since: parse_instant(value("updated_since").as_deref())?,
            default_sort: IdeaSort::default(),
        })
    }

    /// The URL parameters for this list (without the page position unless `after` is
    /// given), in a stable order.
    pub fn to_params(&self, after: Option<&Cursor>) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if self.sort != self.default_sort {
            query.append_pair("sort", self.sort.as_query());
        }
        if let Some(q) = &self.q {
            query.append_pair("q", q);
        }
        if let Some(category) = &self.category {
            query.append_pair("category", category);
        }
        if let Some(kind) = self.kind {
            query.append_pair("kind", kind.key());
        }
        if let Some(status) = self.status {
            query.append_pair("status", status.key());
        }
        if let Some(since) = self.updated_since {
            query.append_pair(
                "updated_since",
                &since.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            );
        }
        if let Some(after) = after {
            query.append_pair("after", &after.to_string());
        }
        query.finish()
    }

    /// The same list in another order, from its first page.
    pub fn with_sort(&self, sort: IdeaSort) -> Self {
        Self {
            sort,
            after: None,
            ..self.clone()
        }
    }

    /// Whether any filter or search narrows the list.
    pub fn is_filtered(&self) -> bool {
        self.category.is_some()
            || self.kind.is_some()
            || self.status.is_some()
            || self.q.is_some()
            || self.updated_since.is_some()
    }
}

/// A position in a sorted list of ideas: the sort key and id of the last idea shown.
/// Pages start after it ("keyset pagination"), which stays as fast on page 500 as on
/// page 1 and does not skip or repeat ideas when new ones arrive meanwhile.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cursor {
    /// The sort key: votes, hot rank, comments, or submission time in microseconds.
    pub key: f64,
    pub id: i64,
}

impl Cursor {
    /// Reads `key_id` as written by `Display`.
    pub fn parse(text: &str) -> Option<Self> {
        let (key, id) = text.rsplit_once('_')?;
        let key: f64 = key.parse().ok().filter(|k: &f64| k.is_finite())?;
        let id: i64 = id.parse().ok().filter(|id| *id > 0)?;
        Some(Self { key, id })
    }
}

impl std::fmt::Display for Cursor {
    /// Rust prints the shortest text that reads back as the same `f64`, so a cursor
    /// survives the round trip through a URL exactly.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}_{}", self.key, self.id)
    }
}

/// The address of an idea page.
pub fn idea_href(id: i64, slug: &str) -> String {
    format!("/ideas/{id}-{slug}")
}

/// The words of an idea that a moderator may change.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IdeaWords {
    pub title: String,
    pub summary: String,
    pub description: String,
}

/// A status decision that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusDecision {
    pub status: IdeaStatus,
    pub reason: Option<String>,
    pub duplicate_of: Option<i64>,
}

/// An idea that passed validation, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewIdea {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub category: Option<String>,
    pub kind: IdeaKind,
    pub link_url: Option<String>,
    pub links: Vec<String>,
    /// The same key twice from one person is the same submission (a double click, a
    /// resent form): the second finds the first idea rather than storing another.
    pub submission_key: Option<String>,
    /// The language it is written in, as its author said; the language of the page
    /// they wrote it on when they did not say.
    pub language: Option<crate::i18n::Lang>,
}

/// A list parameter that does not parse: which one, and what it must be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamError {
    pub parameter: &'static str,
    pub message: String,
}

impl ParamError {
    fn new(parameter: &'static str, message: impl Into<String>) -> Self {
        Self {
            parameter,
            message: message.into(),
        }
    }
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn parse_sort(value: Option<&str>) -> Result<IdeaSort, ParamError> {
    match value {
        None => Ok(IdeaSort::default()),
        Some(value) => IdeaSort::ALL
            .into_iter()
            .find(|s| s.as_query() == value)
            .ok_or_else(|| {
                ParamError::new(
                    "sort",
                    "sort must be one of top, trending, newest, discussed, shuffled.",
                )
            }),
    }
}

fn parse_kind(value: Option<&str>) -> Result<Option<IdeaKind>, ParamError> {
    value
        .map(|v| {
            IdeaKind::from_key(v)
                .ok_or_else(|| ParamError::new("kind", "kind must be new or existing."))
        })
        .transpose()
}

fn parse_status(value: Option<&str>) -> Result<Option<IdeaStatus>, ParamError> {
    value
        .map(|v| {
            IdeaStatus::from_key(v).ok_or_else(|| {
                let all: Vec<&str> = IdeaStatus::ALL.iter().map(|s| s.key()).collect();
                ParamError::new(
                    "status",
                    format!("status must be one of {}.", all.join(", ")),
                )
            })
        })
        .transpose()
}

/// An instant in RFC 3339 (`2026-12-01T09:30:00Z`, or with an offset).
fn parse_instant(value: Option<&str>) -> Result<Option<chrono::DateTime<chrono::Utc>>, ParamError> {
    value
        .map(|v| {
            chrono::DateTime::parse_from_rfc3339(v)
                .map(|t| t.with_timezone(&chrono::Utc))
                .map_err(|_| {
                    ParamError::new(
                        "updated_since",
                        "updated_since must be a date and time with its offset, like 2026-12-01T09:30:00Z.",
                    )
                })
        })
        .transpose()
}

fn parse_after(value: Option<&str>) -> Result<Option<Cursor>, ParamError> {
    value
        .map(|v| {
            Cursor::parse(v).ok_or_else(|| {
                ParamError::new(
                    "after",
                    "after must be a value of next from an earlier page.",
                )
            })
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_forgive_what_the_api_refuses() {
        let params = |pairs: &'static [(&'static str, &'static str)]| {
            move |key: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let typo = params(&[("sort", "tpo"), ("kind", "new")]);
        let lenient = IdeaListQuery::from_params(typo);
        assert_eq!(lenient.sort, IdeaSort::default());
        assert_eq!(lenient.kind, Some(IdeaKind::NewTool));
        let refused = IdeaListQuery::from_params_strict(typo).unwrap_err();
        assert_eq!(refused.parameter, "sort");
        for (key, value) in [("kind", "old"), ("status", "done"), ("after", "nonsense")] {
            let pairs: &'static [(&'static str, &'static str)] =
                Box::leak(Box::new([(key, value)]));
            assert_eq!(
                IdeaListQuery::from_params_strict(params(pairs))
                    .unwrap_err()
                    .parameter,
                key
            );
            assert_eq!(
                IdeaListQuery::from_params(params(pairs)),
                IdeaListQuery::default()
            );
        }
        let long: &'static str = Box::leak("x".repeat(SEARCH_MAX + 1).into_boxed_str());
        let pairs: &'static [(&'static str, &'static str)] = Box::leak(Box::new([("q", long)]));
        assert_eq!(
            IdeaListQuery::from_params_strict(params(pairs))
                .unwrap_err()
                .parameter,
            "q"
        );
        assert_eq!(
            IdeaListQuery::from_params(params(pairs)).q.unwrap().len(),
            SEARCH_MAX
        );
        let good = params(&[
            ("sort", "newest"),
            ("status", "shortlisted"),
            ("q", " sleep "),
        ]);
        assert_eq!(
            IdeaListQuery::from_params_strict(good),
            Ok(IdeaListQuery::from_params(good))
        );
    }

    #[test]
    fn sort_round_trips_through_the_query_string() {
        for sort in IdeaSort::ALL {
            assert_eq!(IdeaSort::from_query(Some(sort.as_query())), sort);
        }
    }

    #[test]
    fn a_search_of_control_characters_and_spaces_is_no_search() {
        let read = |q: &str| IdeaListQuery::from_params(|k| (k == "q").then(|| q.to_owned())).q;
        assert_eq!(read("\u{13} [so \u{0}"), Some("[so".to_owned()));
        assert_eq!(read("\u{13}\u{7}"), None);
        assert_eq!(
            read(&format!("{} x", "a".repeat(SEARCH_MAX - 1))).map(|q| q.len()),
            Some(SEARCH_MAX - 1)
        );
    }

    #[test]
    fn list_queries_round_trip_through_the_url() {
        let query = IdeaListQuery {
            sort: IdeaSort::Trending,
            category: Some("mental-health".into()),
            kind: Some(IdeaKind::Existing),
            status: Some(IdeaStatus::Shortlisted),
            q: Some("sleep & anxiety".into()),
            after: None,
            updated_since: Some(
                chrono::DateTime::parse_from_rfc3339("2026-12-01T09:30:00.25+01:00")
                    .unwrap()
                    .with_timezone(&chrono::Utc),
            ),
            default_sort: IdeaSort::default(),
        };
        let cursor = Cursor {
            key: 4.123_456_789_012_345,
            id: 77,
        };
        let params = query.to_params(Some(&cursor));
        let pairs: std::collections::HashMap<String, String> =
            form_urlencoded::parse(params.as_bytes())
                .into_owned()
                .collect();
        let read = IdeaListQuery::from_params(|k| pairs.get(k).cloned());
        assert_eq!(read.after, Some(cursor));
        assert_eq!(
            IdeaListQuery {
                after: None,
                ..read
            },
            query
        );
    }

    #[test]
    fn bad_list_parameters_are_ignored() {
        let read = IdeaListQuery::from_params(|k| match k {
            "sort" => Some("sideways".into()),
            "category" => Some("<script>".into()),
            "kind" => Some("robot".into()),
            "status" => Some("".into()),
            "q" => Some("   ".into()),
            "after" => Some("NaN_3".into()),
            "updated_since" => Some("yesterday".into()),
            _ => None,
        });
        assert_eq!(read, IdeaListQuery::default());
        assert_eq!(Cursor::parse("1_-4"), None);
        assert_eq!(Cursor::parse("inf_4"), None);
        assert_eq!(Cursor::parse("12"), None);
    }

    #[test]
    fn long_searches_are_cut_not_refused() {
        let read = IdeaListQuery::from_params(|k| (k == "q").then(|| "a".repeat(1000)));
        assert_eq!(read.q.unwrap().len(), SEARCH_MAX);
    }

    #[test]
    fn kinds_and_statuses_round_trip_through_their_keys() {
        for kind in IdeaKind::ALL {
            assert_eq!(IdeaKind::from_key(kind.key()), Some(kind));
        }
        for status in IdeaStatus::ALL {
            assert_eq!(IdeaStatus::from_key(status.key()), Some(status));
        }
    }

    #[test]
    fn unknown_or_missing_sort_falls_back_to_top() {
        assert_eq!(IdeaSort::from_query(None), IdeaSort::Top);
        assert_eq!(IdeaSort::from_query(Some("<script>")), IdeaSort::Top);
    }
}
