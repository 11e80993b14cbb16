//! Access tokens are HS256 JWTs that live 15 minutes; the algorithm is pinned when verifying, so
//! a token claiming `none` or another algorithm is rejected. Refresh tokens are 256 random bits,
//! shown to the client once and stored only as a SHA-256 digest.

use anyhow::Context;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::Utc;
use entity::ids::UserId;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The user id.
    pub sub: Uuid,
    pub exp: i64,
    pub iat: i64,
    /// Unique per token, so individual tokens can be told apart in logs and revocation lists.
    pub jti: Uuid,
    /// The user's `token_generation` when the token was issued. Signing out and changing the
    /// password bump the stored generation, which refuses every access token issued before
    /// (the 15-minute life alone would leave a stolen token working after a sign-out).
    #[serde(rename = "gen")]
    pub generation: i64,
}

/// Signing and verification keys. Deliberately not `Debug`.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    ttl_secs: i64,
}

impl JwtKeys {
    pub fn new(secret: &[u8], ttl_secs: i64) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            ttl_secs,
        }
    }

    pub fn ttl_secs(&self) -> i64 {
        self.ttl_secs
    }

    /// A token for `user_id`, valid while their `token_generation` stays `generation`.
    pub fn issue(&self, user_id: UserId, generation: i64) -> anyhow::Result<String> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.into(),
            iat: now,
            exp: now + self.ttl_secs,
            jti: Uuid::now_v7(),
            generation,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .context("Failed to sign an access token")
    }

    /// The claims of a valid, unexpired HS256 token signed with our key.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub", "iat"]);
        decode::<Claims>(token, &self.decoding, &validation)
            .ok()
            .map(|data| data.claims)
    }
}

/// The claims of a link sent by e-mail to someone who may have no account (following an issue):
/// what the link is for (`purpose`, so one kind never works as another) and the row it is about.
/// Signed with the same key as access tokens, which it can never pass for: it has no `iat`,
/// `jti` or `gen`, and access tokens have no `purpose`.
#[derive(Debug, Serialize, Deserialize)]
pub struct LinkClaims {
    pub purpose: String,
    pub sub: Uuid,
    pub exp: i64,
}

/// Why a signed link was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    /// Signed by us for this purpose, but too old.
    Expired,
    /// Not ours, altered, or for another purpose.
    Invalid,
}

/// The longest signed link token accepted (the ones issued are about 160 characters).
pub const MAX_LINK_TOKEN_CHARS: usize = 512;

impl JwtKeys {
    /// A link token for `subject`, for `purpose`, working for `ttl`.
    pub fn sign_link(
        &self,
        purpose: &str,
        subject: Uuid,
        ttl: chrono::Duration,
    ) -> anyhow::Result<String> {
        let claims = LinkClaims {
            purpose: purpose.to_owned(),
            sub: subject,
            exp: (Utc::now() + ttl).timestamp(),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .context("Failed to sign a link")
    }

    /// The subject of a link token signed by us for `purpose` and not expired.
    pub fn verify_link(&self, purpose: &str, token: &str) -> Result<Uuid, LinkRefusal> {
        if token.len() > MAX_LINK_TOKEN_CHARS {
            return Err(LinkRefusal::Invalid);
        }
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        match decode::<LinkClaims>(token, &self.decoding, &validation) {
            Ok(data) if data.claims.purpose == purpose => Ok(data.claims.sub),
            Ok(_) => Err(LinkRefusal::Invalid),
            Err(error) => match error.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => Err(LinkRefusal::Expired),
                _ => Err(LinkRefusal::Invalid),
            },
        }
    }
}

/// 256 random bits, URL-safe: refresh tokens, API keys, calendar links.
/// The longest opaque token (refresh, calendar, API key) the server accepts; the ones it issues
/// are far shorter (43 characters, 49 with the API key prefix). Longer input is refused before it
/// is hashed.
pub const MAX_OPAQUE_TOKEN_CHARS: usize = 128;

pub fn new_opaque_token() -> String {
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for an opaque token. Plain SHA-256 suffices (no salt, no stretching) because
/// the token is 256 random bits, not a guessable password.
pub fn digest_opaque_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A fresh random signing secret (for first start without `COMMONGROUND_JWT_SECRET`).
pub fn generate_secret() -> String {
    let mut bytes = [0_u8; 48];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Shortest signing secret accepted, in bytes (HS256's key is as strong as its secret).
pub const MIN_SECRET_BYTES: usize = 32;
/// Least estimated entropy a secret must show (see `check_secret_strength`).
const MIN_SECRET_ENTROPY_BITS: f64 = 128.0;

/// The one rule for a signing secret, wherever it comes from (environment, TOML or the data
/// folder's `jwt-secret`): at least 32 bytes; not one short piece repeated
/// (`bench-secret-bench-secret-…`); and at least 128 bits by a Shannon estimate over how often
/// each byte occurs, times the length. The estimate cannot prove randomness (a 26-letter alphabet
/// passes), but it refuses the secrets people type: a few characters repeated, or 16 random bytes
/// as hex. `openssl rand -hex 32` and the generated secrets always pass. `Err` says what is wrong.
pub fn check_secret_strength(secret: &str) -> Result<(), String> {
    let bytes = secret.as_bytes();
    if bytes.is_empty() {
        return Err("it is empty".into());
    }
    if bytes.len() < MIN_SECRET_BYTES {
        return Err(format!(
            "it is {} bytes long; at least {MIN_SECRET_BYTES} are needed",
            bytes.len()
        ));
    }
    let repeats_a_piece =
        (1..=bytes.len() / 2).any(|period| bytes.iter().zip(&bytes[period..]).all(|(a, b)| a == b));
    if repeats_a_piece {
        return Err("it is one short piece repeated".into());
    }
    let mut counts = [0_u32; 256];
    for &byte in bytes {
        counts[usize::from(byte)] += 1;
    }
    let length = bytes.len() as f64;
    let bits: f64 = counts
        .iter()
        .filter(|&&count| count > 0)
        .map(|&count| {
            let share = f64::from(count) / length;
            -share * share.log2() * length
        })
        .sum();
    if bits < MIN_SECRET_ENTROPY_BITS {
        return Err(format!(
            "it has too little variety (about {bits:.0} bits; at least {MIN_SECRET_ENTROPY_BITS:.0} are needed)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_secrets_are_refused_and_strong_ones_accepted() {
        for (weak, why) in [
            ("", "empty"),
            ("short-secret", "12 bytes"),
            ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "repeated"),
            ("bench-secret-bench-secret-bench-secret", "repeated"),
            (
                "0123456789abcdef0123456789abcdef0123456789abcdef",
                "repeated",
            ),
            ("aaaaaaaaaaaaaaaaaaaaaaaaaaabcdefghij", "variety"),
            ("2f5aa66d171958f81ebb2cbcc7f00ae2", "variety"),
        ] {
            let refusal = check_secret_strength(weak).unwrap_err();
            assert!(refusal.contains(why), "{weak:?}: {refusal}");
        }
        for strong in [
            "a-test-signing-secret-that-is-long-enough",
            "cluster-test-secret-shared-by-every-instance",
            "7363511c755b807fa4c9b6846fd0e52a97c8063f25e2d56f0604c9a6282b856d",
        ] {
            assert_eq!(check_secret_strength(strong), Ok(()), "{strong}");
        }
        for _ in 0..1000 {
            assert_eq!(check_secret_strength(&generate_secret()), Ok(()));
        }
    }

    fn keys() -> JwtKeys {
        JwtKeys::new(b"test-secret-of-a-reasonable-length", 900)
    }

    #[test]
    fn issued_tokens_verify_with_their_subject() {
        let user = UserId::new();
        let claims = keys().verify(&keys().issue(user, 3).unwrap()).unwrap();
        assert_eq!(claims.sub, user.into_uuid());
        assert_eq!(claims.generation, 3);
        assert_eq!(claims.exp - claims.iat, 900);
    }

    #[test]
    fn links_verify_only_for_their_purpose_and_never_as_access_tokens() {
        let subject = Uuid::now_v7();
        let link = keys()
            .sign_link("follow-confirm", subject, chrono::Duration::hours(1))
            .unwrap();
        assert_eq!(keys().verify_link("follow-confirm", &link), Ok(subject));
        assert_eq!(
            keys().verify_link("follow-unsubscribe", &link),
            Err(LinkRefusal::Invalid)
        );
        assert!(keys().verify(&link).is_none(), "not an access token");
        let access = keys().issue(UserId::new(), 0).unwrap();
        assert_eq!(
            keys().verify_link("follow-confirm", &access),
            Err(LinkRefusal::Invalid)
        );
        let old = keys()
            .sign_link("follow-confirm", subject, chrono::Duration::hours(-1))
            .unwrap();
        assert_eq!(
            keys().verify_link("follow-confirm", &old),
            Err(LinkRefusal::Expired)
        );
        let mut altered = link.clone();
        altered.pop();
        altered.push(if link.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(
            keys().verify_link("follow-confirm", &altered),
            Err(LinkRefusal::Invalid)
        );
        let other = JwtKeys::new(b"another-secret-entirely-different", 900);
        assert_eq!(
            other.verify_link("follow-confirm", &link),
            Err(LinkRefusal::Invalid)
        );
    }

    #[test]
    fn tokens_signed_with_another_key_are_rejected() {
        let other = JwtKeys::new(b"another-secret-entirely-different", 900);
        assert!(keys()
            .verify(&other.issue(UserId::new(), 0).unwrap())
            .is_none());
    }

    #[test]
    fn expired_tokens_are_rejected() {
        let expired = JwtKeys::new(b"test-secret-of-a-reasonable-length", -60);
        assert!(keys()
            .verify(&expired.issue(UserId::new(), 0).unwrap())
            .is_none());
    }

    #[test]
    fn unsigned_and_other_algorithm_tokens_are_rejected() {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: Uuid::now_v7(),
            iat: now,
            exp: now + 60,
            jti: Uuid::now_v7(),
            generation: 0,
        };
        let body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());
        let none_header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys().verify(&format!("{none_header}.{body}.")).is_none());

        let hs512 = encode(
            &Header::new(Algorithm::HS512),
            &claims,
            &EncodingKey::from_secret(b"test-secret-of-a-reasonable-length"),
        )
        .unwrap();
        assert!(keys().verify(&hs512).is_none());
    }

    #[test]
    fn tokens_without_a_generation_are_rejected() {
        let now = Utc::now().timestamp();
        let claims = serde_json::json!({
            "sub": Uuid::now_v7(), "iat": now, "exp": now + 60, "jti": Uuid::now_v7(),
        });
        let token = encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(b"test-secret-of-a-reasonable-length"),
        )
        .unwrap();
        assert!(keys().verify(&token).is_none());
    }

    #[test]
    fn tampered_tokens_are_rejected() {
        let token = keys().issue(UserId::new(), 0).unwrap();
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let forged = Claims {
            sub: Uuid::now_v7(),
            iat: 0,
            exp: i64::MAX / 2,
            jti: Uuid::now_v7(),
            generation: 0,
        };
        parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        assert!(keys().verify(&parts.join(".")).is_none());
    }

    #[test]
    fn refresh_tokens_are_random_and_digests_stable() {
        let (a, b) = (new_opaque_token(), new_opaque_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(digest_opaque_token(&a), digest_opaque_token(&a));
        assert_ne!(digest_opaque_token(&a), digest_opaque_token(&b));
    }
}
