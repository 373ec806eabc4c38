//! The signed links in emails: confirming an address (expires) and unsubscribing
//! (does not: an old email's link must still work, RFC 8058).
//!
//! A token names the account and carries a signature over what it is for; the address
//! it confirms is not in it, but is signed: the account's pending address must be the
//! one signed, so asking for another address retires every earlier link.

use chrono::{DateTime, Duration, Utc};

use super::keys::LinkKey;

/// How long a confirmation link works.
pub const CONFIRM_FOR: Duration = Duration::hours(24);

/// The token of a link that confirms `address` for account `user_id` until `expires`.
pub fn confirm_token(key: &LinkKey, user_id: i64, address: &str, expires: DateTime<Utc>) -> String {
    let (user, until) = (user_id.to_string(), expires.timestamp().to_string());
    let signature = key.sign(&["confirm", &user, &until, &address.to_ascii_lowercase()]);
    format!("{user}.{until}.{signature}")
}

/// A confirmation token taken apart, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmToken {
    pub user_id: i64,
    pub expires: DateTime<Utc>,
    signature: String,
}

impl ConfirmToken {
    /// `None` when it is not shaped like a token at all.
    pub fn parse(token: &str) -> Option<Self> {
        let mut parts = token.trim().splitn(3, '.');
        let user_id = parts.next()?.parse().ok()?;
        let expires = DateTime::from_timestamp(parts.next()?.parse().ok()?, 0)?;
        let signature = parts.next()?.to_owned();
        Some(Self {
            user_id,
            expires,
            signature,
        })
    }

    /// Whether it was signed for `address` (the account's pending one).
    pub fn signed_for(&self, key: &LinkKey, address: &str) -> bool {
        key.verify(
            &[
                "confirm",
                &self.user_id.to_string(),
                &self.expires.timestamp().to_string(),
                &address.to_ascii_lowercase(),
            ],
            &self.signature,
        )
    }
}

/// The token of a link that stops `scope` emails to account `user_id`.
pub fn unsubscribe_token(key: &LinkKey, user_id: i64, scope: &str) -> String {
    let user = user_id.to_string();
    let signature = key.sign(&["unsubscribe", &user, scope]);
    format!("{user}.{scope}.{signature}")
}

/// The account and scope an unsubscribe token names, when its signature holds.
pub fn read_unsubscribe_token(key: &LinkKey, token: &str) -> Option<(i64, String)> {
    let mut parts = token.trim().splitn(3, '.');
    let user = parts.next()?;
    let scope = parts.next()?;
    let signature = parts.next()?;
    let user_id = user.parse().ok()?;
    key.verify(&["unsubscribe", user, scope], signature)
        .then(|| (user_id, scope.to_owned()))
}

/// Makes `url` open its page in `lang`: a reader of any language but English gets
/// `?lang=` on every link an email carries, so the page is in their language without a
/// cookie. English, the default, needs nothing.
pub fn opening_in(url: &mut url::Url, lang: crate::i18n::Lang) {
    if lang != crate::i18n::Lang::En {
        url.query_pairs_mut().append_pair("lang", lang.code());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_token_holds_for_its_address_only() {
        let key = LinkKey::from_secret("k");
        let expires = DateTime::from_timestamp(1_900_000_000, 0).unwrap();
        let token = confirm_token(&key, 42, "Ann@Example.org", expires);
        let parsed = ConfirmToken::parse(&token).unwrap();
        assert_eq!(parsed.user_id, 42);
        assert_eq!(parsed.expires, expires);
        assert!(parsed.signed_for(&key, "ann@example.org"));
        assert!(!parsed.signed_for(&key, "bob@example.org"));
        // Another account or expiry breaks the signature.
        let forged = token.replacen("42.", "43.", 1);
        assert!(
            !ConfirmToken::parse(&forged)
                .unwrap()
                .signed_for(&key, "ann@example.org")
        );
        assert_eq!(ConfirmToken::parse("nonsense"), None);
    }

    #[test]
    fn an_unsubscribe_token_names_its_account_and_scope() {
        let key = LinkKey::from_secret("k");
        let token = unsubscribe_token(&key, 5, "all");
        assert_eq!(
            read_unsubscribe_token(&key, &token),
            Some((5, "all".to_owned()))
        );
        assert_eq!(
            read_unsubscribe_token(&key, &token.replacen("5.", "6.", 1)),
            None
        );
        assert_eq!(
            read_unsubscribe_token(&LinkKey::from_secret("x"), &token),
            None
        );
    }
}
