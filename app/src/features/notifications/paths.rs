//! The notifications' addresses.

/// The list of notifications.
pub const LIST: &str = "/notifications";
/// Marking every notification read.
pub const READ: &str = "/notifications/read";
