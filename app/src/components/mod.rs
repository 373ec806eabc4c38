//! Shared UI pieces, written in the NHS.UK design system's markup.

pub mod error_panel;
pub mod forms;
pub mod layout;
pub mod not_found;
pub mod other_language;
pub mod page_meta;
pub mod personal;
pub mod safeguarding;
