//! Integration tests: each starts the real server on a free port against a fresh
//! database (a new SQLite file, or a new PostgreSQL database) and talks to it over HTTP.
//!
//! One test binary with modules, rather than one binary per file, so the server is
//! linked once.

mod account_management;
mod accounts;
mod analysis;
mod assets;
mod assisted;
mod authoring;
mod authorization;
mod campaign_admin;
mod cli;
mod digests;
mod directory;
mod discovery;
mod drafts;
mod email;
mod fair_order;
mod github;
mod health;
mod ideas;
mod integrity;
mod languages;
mod metrics;
mod moderation;
mod oidc;
mod page_cache;
mod pages;
mod rankings;
mod rate_limits;
mod redis_away;
mod safeguarding;
mod schema;
mod security;
mod sessions;
mod site_pages;
mod support;
mod support_budgets;
mod votes;
mod webhook_targets;
