//! Server-only code: state, entities, queries and services. Compiled with `ssr` only,
//! so nothing here reaches the browser bundle.

pub mod accounts;
pub mod assisted;
pub mod audit;
pub mod auth;
pub mod authoring;
pub mod campaigns;
pub mod clock;
pub mod comments;
pub mod csp;
pub mod csv;
pub mod directory;
pub mod edits;
pub mod entities;
pub mod ideas;
pub mod load_seed;
pub mod locking;
pub mod markdown;
pub mod moderation;
pub mod notifications;
pub mod open_data;
pub mod providers;
pub mod queries;
pub mod rankings;
pub mod rate_limit;
pub mod redis_link;
pub mod seed;
pub mod sessions;
pub mod site_pages;
pub mod state;
pub mod structured_data;
pub mod suspensions;
pub mod tallies;
pub mod web;
pub mod webhook_target;
pub mod webhooks;
