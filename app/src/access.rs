//! Who may use each page and server function, in one place.
//!
//! Pages and server functions check on the server (`server::auth`); these tables say
//! what the checks must add up to. The authorization test walks the real route table
//! (`leptos_axum::generate_route_list`) and every registered server function, asks each
//! as every kind of person, and fails when one is missing here, so a new route cannot
//! be forgotten.

use crate::domain::user::Role;

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Anyone,
    SignedIn,
    /// Signed in with this role or a more powerful one.
    AtLeast(Role),
}

impl Access {
    /// Whether someone with `role` (or nobody signed in, `None`) may use the route.
    pub fn allows(self, role: Option<Role>) -> bool {
        match (self, role) {
            (Access::Anyone, _) => true,
            (_, None) => false,
            (Access::SignedIn, Some(_)) => true,
            (Access::AtLeast(needed), Some(role)) => role >= needed,
        }
    }
}

/// Every page, by its path in the route table (axum syntax).
pub const PAGES: &[(&str, Access)] = &[
    ("/", Access::Anyone),
    ("/campaigns/{slug}", Access::Anyone),
    ("/campaigns/{slug}/ideas/new", Access::SignedIn),
    ("/ideas/{id_slug}", Access::Anyone),
    ("/ideas/{id_slug}/comments", Access::Anyone),
    ("/ideas/{id_slug}/status", Access::Anyone),
    ("/ideas/{id_slug}/change", Access::SignedIn),
    ("/ideas/{id_slug}/withdraw", Access::SignedIn),
    ("/comments/{comment_id}/edit", Access::SignedIn),
    ("/notifications", Access::SignedIn),
    ("/sign-in", Access::Anyone),
    ("/accessibility", Access::Anyone),
    ("/privacy", Access::Anyone),
    ("/cookies", Access::Anyone),
    ("/rules", Access::Anyone),
    ("/contact", Access::Anyone),
    ("/admin/pages", Access::AtLeast(Role::Admin)),
    ("/admin/pages/{key}", Access::AtLeast(Role::Admin)),
    ("/welcome", Access::Anyone),
    ("/account", Access::SignedIn),
    ("/account/profile", Access::SignedIn),
    ("/account/delete", Access::SignedIn),
    ("/admin/accounts", Access::AtLeast(Role::Admin)),
    ("/account/email", Access::SignedIn),
    // The emailed link: its signed token is the credential, signed in or not.
    ("/account/email/confirm", Access::Anyone),
    ("/admin/email", Access::AtLeast(Role::Admin)),
    ("/account/notifications", Access::SignedIn),
    // The emailed link: its signed token is the credential.
    ("/email/unsubscribe", Access::Anyone),
    ("/admin/email/{id}", Access::AtLeast(Role::Admin)),
    ("/admin/campaigns", Access::AtLeast(Role::Admin)),
    ("/admin/campaigns/new", Access::AtLeast(Role::Admin)),
    ("/admin/campaigns/{slug}/edit", Access::AtLeast(Role::Admin)),
    ("/directory", Access::Anyone),
    ("/directory/{id_slug}", Access::Anyone),
    ("/developer", Access::SignedIn),
    ("/developer/profile", Access::SignedIn),
    // Developers only: the page explains how to become one to anyone else signed in.
    ("/developer/listings/new", Access::SignedIn),
    ("/developer/listings/{id}", Access::SignedIn),
    ("/developer/listings/{id}/edit", Access::SignedIn),
    ("/developer/listings/{id}/archive", Access::SignedIn),
    ("/moderation/listings", Access::AtLeast(Role::Moderator)),
    (
        "/moderation/listings/{id}",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/listings/{id}/decision",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/listings/{id}/archive",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/listings/{id}/revoke-developer",
        Access::AtLeast(Role::Moderator),
    ),
    ("/admin/webhooks", Access::AtLeast(Role::Admin)),
    ("/moderation", Access::AtLeast(Role::Moderator)),
    ("/moderation-log", Access::Anyone),
    ("/analysis", Access::AtLeast(Role::Moderator)),
    ("/assisted", Access::AtLeast(Role::Helper)),
    ("/assisted/people/{id}", Access::AtLeast(Role::Helper)),
    ("/assisted/import", Access::AtLeast(Role::Helper)),
    ("/drafts", Access::Anyone),
    ("/drafts/{slug}", Access::Anyone),
    ("/admin/drafts/new", Access::AtLeast(Role::Admin)),
    ("/admin/drafts/{slug}/edit", Access::AtLeast(Role::Admin)),
    ("/moderation/people/{id}", Access::AtLeast(Role::Moderator)),
    ("/moderation/integrity", Access::AtLeast(Role::Moderator)),
    (
        "/moderation/integrity/set-aside",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/integrity/set-asides/{id}/restore",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/people/{id}/suspend",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/people/{id}/reinstate",
        Access::AtLeast(Role::Moderator),
    ),
    (
        "/moderation/ideas/{id}/edit",
        Access::AtLeast(Role::Moderator),
    ),
    ("/account/suspended", Access::SignedIn),
    ("/ideas/{id_slug}/report", Access::SignedIn),
    ("/comments/{comment_id}/report", Access::SignedIn),
    ("/directory/{id_slug}/report", Access::SignedIn),
];

/// Every server function, by its endpoint path.
pub const SERVER_FNS: &[(&str, Access)] = &[
    ("/api/campaigns/home", Access::Anyone),
    ("/api/campaigns/get", Access::Anyone),
    ("/api/ideas/get", Access::Anyone),
    ("/api/ideas/similar", Access::Anyone),
    ("/api/ideas/own", Access::SignedIn),
    ("/api/ideas/new", Access::SignedIn),
    ("/api/ideas/vote", Access::SignedIn),
    ("/api/comments/for-edit", Access::SignedIn),
    ("/api/notifications/list", Access::SignedIn),
    ("/api/notifications/unread", Access::Anyone),
    ("/api/accounts/current-user", Access::Anyone),
    ("/api/accounts/sign-in-options", Access::Anyone),
    ("/api/accounts/welcome", Access::Anyone),
    ("/api/site-pages/get", Access::Anyone),
    ("/api/site-pages/list", Access::AtLeast(Role::Admin)),
    ("/api/site-pages/for-edit", Access::AtLeast(Role::Admin)),
    ("/api/accounts/overview", Access::SignedIn),
    ("/api/email/overview", Access::SignedIn),
    // Answers `None` to anyone not signed in.
    ("/api/following/campaign", Access::Anyone),
    ("/api/email/preferences", Access::SignedIn),
    ("/api/email/unsubscribe-check", Access::Anyone),
    ("/api/email/check-link", Access::Anyone),
    ("/api/email/outbox", Access::AtLeast(Role::Admin)),
    ("/api/email/outbox-message", Access::AtLeast(Role::Admin)),
    ("/api/accounts/list", Access::AtLeast(Role::Admin)),
    ("/api/campaigns/admin-list", Access::AtLeast(Role::Admin)),
    ("/api/campaigns/form", Access::AtLeast(Role::Admin)),
    ("/api/directory/list", Access::Anyone),
    ("/api/directory/get", Access::Anyone),
    ("/api/directory/answering", Access::Anyone),
    ("/api/directory/mine", Access::SignedIn),
    ("/api/directory/form", Access::SignedIn),
    ("/api/directory/my-listing", Access::SignedIn),
    ("/api/directory/queue", Access::AtLeast(Role::Moderator)),
    ("/api/directory/review", Access::AtLeast(Role::Moderator)),
    ("/api/webhooks/list", Access::AtLeast(Role::Admin)),
    ("/api/moderation/queue", Access::AtLeast(Role::Moderator)),
    ("/api/moderation/report-context", Access::SignedIn),
    ("/api/moderation/log", Access::Anyone),
    ("/api/analysis/get", Access::AtLeast(Role::Moderator)),
    (
        "/api/moderation/integrity",
        Access::AtLeast(Role::Moderator),
    ),
    ("/api/assisted/people", Access::AtLeast(Role::Helper)),
    ("/api/assisted/person", Access::AtLeast(Role::Helper)),
    (
        "/api/assisted/import-context",
        Access::AtLeast(Role::Helper),
    ),
    ("/api/drafts/list", Access::Anyone),
    ("/api/drafts/get", Access::Anyone),
    ("/api/drafts/for-edit", Access::AtLeast(Role::Admin)),
    ("/api/drafts/may-publish", Access::AtLeast(Role::Admin)),
    ("/api/moderation/person", Access::AtLeast(Role::Moderator)),
    (
        "/api/moderation/idea-edit",
        Access::AtLeast(Role::Moderator),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_unlock_what_they_should() {
        assert!(Access::Anyone.allows(None));
        assert!(!Access::SignedIn.allows(None));
        assert!(Access::SignedIn.allows(Some(Role::Public)));
        let moderators = Access::AtLeast(Role::Moderator);
        assert!(!moderators.allows(Some(Role::Developer)));
        assert!(moderators.allows(Some(Role::Moderator)));
        assert!(moderators.allows(Some(Role::Admin)));
    }
}
