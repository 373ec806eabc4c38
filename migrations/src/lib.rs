//! The database schema, as an ordered list of migrations.
//!
//! Migrations are written against `sea-query` only, never against the entities in `app`,
//! so that an old migration keeps meaning what it meant when it shipped even after the
//! entities move on. Each runs on SQLite (the embedded default) and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod columns;

mod m20261124_000001_create_users;
mod m20261124_000002_create_categories;
mod m20261124_000003_create_campaigns;
mod m20261124_000004_create_ideas;
mod m20261124_000005_create_votes;
mod m20261124_000006_create_identities_and_sessions;
mod m20261124_000007_ideas_discussion;
mod m20261124_000008_tally_versions;
mod m20261124_000009_directory;
mod m20261129_000010_reports;
mod m20261130_000011_moderator_edits;
mod m20261201_000012_reporter_standing;
mod m20261201_000013_merged_votes_move;
mod m20261201_000014_site_pages;
mod m20261202_000015_authors_own_ideas;
mod m20261202_000016_support_budgets;
mod m20261202_000017_fair_order;
mod m20261203_000018_safeguarding_holds;
mod m20261204_000019_assisted_digital;
mod m20261205_000020_drafts;
mod m20261206_000021_vote_integrity;
mod m20261207_000022_email;
mod m20261207_000023_following;
mod m20261208_000024_wider_notifications;
mod m20261209_000025_notification_fanouts;
pub mod m20261210_000026_welsh_search;
mod m20261211_000027_content_language;
mod m20261212_000028_welsh_content;
mod m20261213_000029_account_language;
mod m20261214_000030_more_content_language;
mod m20261215_000031_session_account;

/// Runs every migration this build knows, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_create_users::Migration),
            Box::new(m20261124_000002_create_categories::Migration),
            Box::new(m20261124_000003_create_campaigns::Migration),
            Box::new(m20261124_000004_create_ideas::Migration),
            Box::new(m20261124_000005_create_votes::Migration),
            Box::new(m20261124_000006_create_identities_and_sessions::Migration),
            Box::new(m20261124_000007_ideas_discussion::Migration),
            Box::new(m20261124_000008_tally_versions::Migration),
            Box::new(m20261124_000009_directory::Migration),
            Box::new(m20261129_000010_reports::Migration),
            Box::new(m20261130_000011_moderator_edits::Migration),
            Box::new(m20261201_000012_reporter_standing::Migration),
            Box::new(m20261201_000013_merged_votes_move::Migration),
            Box::new(m20261201_000014_site_pages::Migration),
            Box::new(m20261202_000015_authors_own_ideas::Migration),
            Box::new(m20261202_000016_support_budgets::Migration),
            Box::new(m20261202_000017_fair_order::Migration),
            Box::new(m20261203_000018_safeguarding_holds::Migration),
            Box::new(m20261204_000019_assisted_digital::Migration),
            Box::new(m20261205_000020_drafts::Migration),
            Box::new(m20261206_000021_vote_integrity::Migration),
            Box::new(m20261207_000022_email::Migration),
            Box::new(m20261207_000023_following::Migration),
            Box::new(m20261208_000024_wider_notifications::Migration),
            Box::new(m20261209_000025_notification_fanouts::Migration),
            Box::new(m20261210_000026_welsh_search::Migration),
            Box::new(m20261211_000027_content_language::Migration),
            Box::new(m20261212_000028_welsh_content::Migration),
            Box::new(m20261213_000029_account_language::Migration),
            Box::new(m20261214_000030_more_content_language::Migration),
            Box::new(m20261215_000031_session_account::Migration),
        ]
    }
}
