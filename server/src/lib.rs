//! The Ideas and Apps server: configuration, start-up, the command line, and the routes
//! that are not Leptos pages or server functions (health checks, later the API and feeds).

pub mod cli;
pub mod config;
pub mod db;
pub mod middleware;
pub mod routes;
pub mod startup;
pub mod telemetry;
