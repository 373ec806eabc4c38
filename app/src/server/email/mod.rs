//! Email: people's addresses, and the outbox every email goes through.
//!
//! - [`addresses`]: adding, confirming and removing an address;
//! - [`outbox`]: queueing an email in the transaction of what causes it;
//! - [`send`]: the worker that sends the outbox over SMTP (or writes `.eml` files);
//! - [`compose`]: what an email says, as text and HTML;
//! - [`keys`] and [`links`]: the signed links emails carry.

pub mod addresses;
pub mod compose;
pub mod keys;
pub mod links;
pub mod outbox;
pub mod send;

/// What request handlers need of email.
#[derive(Clone, Debug)]
pub struct EmailState {
    /// Signs and checks the links in emails.
    pub key: keys::LinkKey,
    /// Where emails are written as files when no SMTP server is configured; `None` when
    /// they go over SMTP.
    pub files: Option<std::path::PathBuf>,
}
