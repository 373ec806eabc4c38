//! The directory of apps and tools: developers' profiles and listing forms, the public
//! directory, and what moderators review.

#[cfg(feature = "ssr")]
pub mod actions;
pub mod api;
#[cfg(feature = "ssr")]
pub mod embed;
pub mod forms;
pub mod model;
pub mod pages;
pub mod paths;
pub mod review_pages;
