use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;

use crate::domain::campaign::{CampaignPhase, ModerationMode};
use crate::i18n::{Lang, written_in};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaigns")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub submissions_open_at: DateTime<Utc>,
    pub submissions_close_at: DateTime<Utc>,
    pub voting_closes_at: DateTime<Utc>,
    pub moderation_mode: ModerationMode,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// How many of its ideas each person may support at once; `None`: no limit.
    pub support_budget: Option<i32>,
    /// While people support ideas, lists default to a daily shuffle.
    pub fair_order: bool,
    /// The key its supports' address blocks are hashed with (`server::integrity`), made
    /// at its first support; `None` until then.
    pub integrity_key: Option<String>,
    /// The title, summary and description in Welsh; empty until written.
    pub title_cy: String,
    pub summary_cy: String,
    #[sea_orm(column_type = "Text")]
    pub description_cy: String,
}

impl Model {
    /// The title for a reader of `lang`, and the language it is in.
    pub fn title_in(&self, lang: Lang) -> (&str, Lang) {
        written_in(lang, &self.title, &self.title_cy)
    }

    /// The summary for a reader of `lang`, and the language it is in.
    pub fn summary_in(&self, lang: Lang) -> (&str, Lang) {
        written_in(lang, &self.summary, &self.summary_cy)
    }

    /// The description (Markdown) for a reader of `lang`, and the language it is in.
    pub fn description_in(&self, lang: Lang) -> (&str, Lang) {
        written_in(lang, &self.description, &self.description_cy)
    }

    /// The order its lists default to at `now`: the daily shuffle while a fair-order
    /// campaign takes support, otherwise most supported.
    pub fn default_sort(&self, now: DateTime<Utc>) -> crate::domain::idea::IdeaSort {
        if self.fair_order && self.phase(now).is_current() {
            crate::domain::idea::IdeaSort::Shuffled
        } else {
            crate::domain::idea::IdeaSort::Top
        }
    }

    /// Campaigns taking support at `now`, as a query condition: the SQL twin of
    /// `phase(now).is_current()`, for statements that must check it themselves.
    pub fn taking_support(now: DateTime<Utc>) -> sea_orm::Condition {
        sea_orm::Condition::all()
            .add(Column::SubmissionsOpenAt.lte(now))
            .add(Column::VotingClosesAt.gt(now))
    }

    /// The campaign's phase at `now`.
    pub fn phase(&self, now: DateTime<Utc>) -> CampaignPhase {
        CampaignPhase::at(
            now,
            self.submissions_open_at,
            self.submissions_close_at,
            self.voting_closes_at,
        )
    }
}

/// Ideas point here (`idea::Relation`); nothing reads from this side, so it names no
/// relation and the entities import each other one way only.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
