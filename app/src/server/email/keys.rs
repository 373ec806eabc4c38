//! The key that signs the links in emails (confirming an address, unsubscribing):
//! made by the site on its first start and kept in the database, so every instance
//! signs and checks with the same key and an operator has nothing to configure.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use sha2::Sha256;

use crate::server::entities::site_key;

/// The name of the key in `site_keys`.
const LINKS: &str = "email_links";

/// Signs and checks the links in emails. Cheap to clone.
#[derive(Clone)]
pub struct LinkKey(Arc<[u8]>);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(…)")
    }
}

impl LinkKey {
    /// The site's key, made on first use. Two instances starting at once both try to
    /// insert; the unique name keeps the first, and both read it.
    pub async fn load_or_create(
        db: &impl ConnectionTrait,
        now: DateTime<Utc>,
    ) -> Result<Self, DbErr> {
        let fresh = format!(
            "{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        );
        site_key::Entity::insert(site_key::ActiveModel {
            name: Set(LINKS.to_owned()),
            secret: Set(fresh),
            created_at: Set(now),
        })
        .on_conflict_do_nothing_on([site_key::Column::Name])
        .exec(db)
        .await?;
        let kept = site_key::Entity::find_by_id(LINKS.to_owned())
            .one(db)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("the email link key".into()))?;
        Ok(Self(Arc::from(kept.secret.into_bytes())))
    }

    /// A key for tests.
    pub fn from_secret(secret: &str) -> Self {
        Self(Arc::from(secret.as_bytes().to_vec()))
    }

    fn mac(&self, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any size");
        // Each part with its length first, so no two lists of parts sign alike.
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The signature of `parts`, as hex.
    pub fn sign(&self, parts: &[&str]) -> String {
        hex::encode(self.mac(parts).finalize().into_bytes())
    }

    /// Whether `signature` is this key's for `parts`, compared in constant time.
    pub fn verify(&self, parts: &[&str], signature: &str) -> bool {
        hex::decode(signature).is_ok_and(|bytes| self.mac(parts).verify_slice(&bytes).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::LinkKey;

    #[test]
    fn a_signature_holds_for_its_parts_and_no_others() {
        let key = LinkKey::from_secret("k");
        let signed = key.sign(&["confirm", "7", "a@example.org"]);
        assert!(key.verify(&["confirm", "7", "a@example.org"], &signed));
        assert!(!key.verify(&["confirm", "7", "b@example.org"], &signed));
        // Moving a boundary between parts changes the signature.
        assert!(!key.verify(&["confirm7", "", "a@example.org"], &signed));
        assert!(!LinkKey::from_secret("other").verify(&["confirm", "7", "a@example.org"], &signed));
        assert!(!key.verify(&["confirm", "7", "a@example.org"], "not hex"));
    }
}
