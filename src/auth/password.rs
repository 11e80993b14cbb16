//! Password hashing with argon2id (OWASP-recommended parameters, the crate's defaults).
//! Hashing takes tens of milliseconds of CPU by design, so it runs on the blocking pool and never
//! stalls the async workers serving other requests.

use anyhow::Context;
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await
    .context("password hashing task failed")?
}

/// `Ok(false)` for a wrong password; `Err` only when the stored hash is unreadable.
pub async fn verify(password: String, stored_hash: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&stored_hash)
            .map_err(|e| anyhow::anyhow!("stored password hash is malformed: {e}"))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .context("password verification task failed")?
}

/// A hash of a random password, verified against when the account does not exist so that a
/// login attempt takes the same time either way and does not reveal which e-mails are registered.
pub fn decoy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0VfZGd5rkc6DGPIo3qPZBR0zgiKKjvyATcfD3Bb7pgw"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let hashed = hash("correct horse battery".into()).await.unwrap();
        assert!(hashed.starts_with("$argon2id$"));
        assert!(verify("correct horse battery".into(), hashed.clone())
            .await
            .unwrap());
        assert!(!verify("wrong horse battery".into(), hashed).await.unwrap());
    }

    #[tokio::test]
    async fn the_decoy_hash_is_well_formed() {
        assert!(!verify("anything at all".into(), decoy_hash().into())
            .await
            .unwrap());
    }
}
