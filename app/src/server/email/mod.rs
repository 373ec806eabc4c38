//! Email: people's addresses, and the outbox every email goes through.
//!
//! - [`addresses`]: adding, confirming and removing an address;
//! - [`outbox`]: queueing an email in the transaction of what causes it;
//! - [`notices`]: notifications by email, at once or in a daily digest;
//! - [`send`]: the worker that sends the outbox over SMTP (or writes `.eml` files);
//! - [`compose`]: what an email says, as text and HTML;
//! - [`keys`] and [`links`]: the signed links emails carry.

pub mod addresses;
pub mod compose;
pub mod keys;
pub mod links;
pub mod notices;
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
    /// The hour of the day, UK time, when daily digests go out.
    pub digest_hour: u32,
    /// The bearer token the mail service's bounce and complaint reports carry
    /// (`POST /hooks/email-events`); `None` keeps that address closed.
    pub events_token: Option<secrecy::SecretString>,
}
