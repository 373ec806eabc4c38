//! The Ideas and Apps server: configuration, start-up, the command line, and the routes
//! that are not Leptos pages or server functions (health checks, later the API and feeds).

// The pages' view types nest deeply (every element is a type), and the release build,
// without `erase_components`, needs more than the default 128 levels to lay them out.
#![recursion_limit = "256"]

pub mod assets;
pub mod cli;
pub mod config;
pub mod db;
pub mod middleware;
pub mod routes;
pub mod startup;
pub mod telemetry;
