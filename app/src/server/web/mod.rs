//! How a form post or download is answered: the write path of every feature.
//!
//! A handler in `features/<area>/actions.rs` reads as
//!
//! 1. **parse**: [`StrictForm`] (text that is not UTF-8 is refused, never guessed) and
//!    the path's parameters;
//! 2. **authorise** by its extractor: [`SignedIn`], [`Participant`] (signed in and not
//!    suspended), [`AtLeast`] (a role, to read) or [`Staff`] (a role, to change
//!    something, and not suspended). Each check is written once, in
//!    [`crate::domain::identity`], and server functions use the same ones;
//! 3. **call one service** in `server/`;
//! 4. **answer** with a [`Reply`]: a redirect (post/redirect/get), or a page. A form
//!    that fails its checks comes back with what was typed and a message by each field
//!    ([`OrShowAgain`]: `form.validate().or_show_again(page, &form)?`).
//!
//! Anything that stops a request is a [`RouteError`], returned with `?`. It knows how
//! to answer each caller: a browser gets the site's own page (sign in, not found, no
//! permission, suspended, too many attempts, a problem with the service), an API client
//! gets JSON with the same message. Internal causes are logged where they happen and
//! never shown. Pages are rendered by [`answer_deferred`], the layer around every route
//! in the table, because only it holds the request the page is rendered for.
//!
//! [`StrictForm`]: form::StrictForm
//! [`SignedIn`]: extract::SignedIn
//! [`Participant`]: extract::Participant
//! [`AtLeast`]: extract::AtLeast
//! [`Staff`]: extract::Staff
//! [`Reply`]: reply::Reply
//! [`OrShowAgain`]: reply::OrShowAgain
//! [`RouteError`]: reply::RouteError
//! [`answer_deferred`]: render::answer_deferred

pub mod extract;
pub mod form;
pub mod render;
pub mod reply;
pub mod routing;

pub use extract::{Admin, AtLeast, ClientAddress, Helper, Moderator, Participant, SignedIn, Staff};
pub use form::StrictForm;
pub use reply::{Answer, OrShowAgain, Reply, RouteError};
pub use routing::{RouteEntry, entry};
