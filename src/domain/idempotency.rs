//! Idempotency keys (the `Idempotency-Key` request header, as drafted by the IETF HTTPAPI group):
//! what a key may look like, and the fingerprint that ties a key to the one request it names.
//! The storage and the replay are in `services::idempotency`.

use sha2::{Digest, Sha256};

/// Long enough for a UUID with a prefix or two; short enough to index.
pub const MAX_KEY_CHARS: usize = 255;

/// How long a key is remembered: a repeat within this time gets the first answer.
pub const KEY_RETENTION_HOURS: i64 = 24;

/// A client-chosen key: 1 to 255 visible ASCII characters (no spaces or controls), so it can
/// never smuggle anything into logs or the database and compares byte for byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn parse(raw: &str) -> Result<Self, crate::i18n::Message> {
        if raw.is_empty() {
            return Err(crate::msg!("idempotency-idempotency-key-header-empty"));
        }
        if raw.len() > MAX_KEY_CHARS {
            return Err(crate::msg!(
                "idempotency-idempotency-key-header-may-at",
                max = MAX_KEY_CHARS
            ));
        }
        if !raw.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(crate::msg!("idempotency-idempotency-key-header-may-hold"));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// SHA-256 (hex) of what a request asks: its method and path (so a key reused on another
/// resource is caught) and its body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint(String);

impl Fingerprint {
    pub fn of(method_and_path: &str, body: &[u8]) -> Self {
        let mut hash = Sha256::new();
        hash.update(method_and_path.as_bytes());
        // A separator no path contains, so ("a", "bc") and ("ab", "c") differ.
        hash.update([0u8]);
        hash.update(body);
        Self(hex::encode(hash.finalize()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uuid_is_a_key() {
        let key = IdempotencyKey::parse("0193a0f2-7c1e-7d4b-9a3e-1f2b3c4d5e6f").unwrap();
        assert_eq!(key.as_str(), "0193a0f2-7c1e-7d4b-9a3e-1f2b3c4d5e6f");
    }

    #[test]
    fn empty_long_spaced_or_control_keys_are_refused() {
        assert!(IdempotencyKey::parse("").is_err());
        assert!(IdempotencyKey::parse(&"k".repeat(MAX_KEY_CHARS + 1)).is_err());
        assert!(IdempotencyKey::parse(&"k".repeat(MAX_KEY_CHARS)).is_ok());
        assert!(IdempotencyKey::parse("a b").is_err());
        assert!(IdempotencyKey::parse("a\0b").is_err());
        assert!(IdempotencyKey::parse("a\nb").is_err());
        assert!(IdempotencyKey::parse("clé").is_err());
    }

    #[test]
    fn the_fingerprint_covers_path_and_body() {
        let one = Fingerprint::of("POST /a", b"{}");
        assert_eq!(one, Fingerprint::of("POST /a", b"{}"));
        assert_ne!(one, Fingerprint::of("POST /b", b"{}"));
        assert_ne!(one, Fingerprint::of("POST /a", b"{ }"));
        assert_ne!(Fingerprint::of("ab", b"c"), Fingerprint::of("a", b"bc"));
        assert_eq!(one.as_str().len(), 64);
    }
}
