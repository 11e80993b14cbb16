//! Slows password guessing (sign-in, and the current-password check of `PATCH /me`) without
//! letting anyone lock a chosen person out.
//!
//! Each attempt reserves its slots in the [`RateLimiter`] *before* argon2 runs, so however many
//! guesses arrive at once, at most the quota is ever verified per window. Three counters:
//!
//! - **account and address** (`login_failures_per_account_and_address`, 5 per 15 minutes): the
//!   low limit that slows one guesser on one account;
//! - **address** (`login_failures_per_address`, 20): one address trying many accounts;
//! - **account** (`login_failures_per_account`, 50): a high backstop against guesses spread over
//!   many addresses. It does not apply from an address the account signed in from in the last
//!   30 days, so a stranger who exhausts it (from anywhere) cannot keep the owner out of their
//!   own devices; only someone sharing the owner's address can touch the owner's pair counter.
//!
//! Instead of a hard lock-out, then, a guesser is slowed to a handful of guesses per window per
//! address, and the owner keeps signing in from where they usually do (the device-and-address
//! scheme of mature identity services, e.g. OWASP's "device cookies", keyed here by address).
//! A successful check gives its slots back: only wrong passwords (and attempts still being
//! verified) count. Account keys are SHA-256 digests, so the store holds no e-mail addresses.

use std::time::Duration;

use crate::{
    auth::token,
    error::AppResult,
    rate_limit::{Limit, RateLimiter, Slot},
};

/// How long an address where the account signed in stays exempt from the account backstop.
const KNOWN_ADDRESS_FOR: Duration = Duration::from_secs(30 * 24 * 3600);

/// A reserved password check; dropping it without [`PasswordAttempt::succeeded`] leaves it
/// counted as a failure.
#[must_use = "call `succeeded` when the password was right, or the attempt counts as a failure"]
pub struct PasswordAttempt<'a> {
    limiter: &'a RateLimiter,
    slots: Vec<Slot>,
    known_fact: String,
}

/// Reserves one password check for `account` (an e-mail address, any case) from `address`;
/// refused with 429 and `Retry-After` when a counter is full.
pub async fn reserve<'a>(
    limiter: &'a RateLimiter,
    account: &str,
    address: &str,
) -> AppResult<PasswordAttempt<'a>> {
    let account = token::digest_opaque_token(&account.trim().to_lowercase());
    let known_fact = format!("login-known:{account}:{address}");
    let mut slots = vec![
        (Limit::LoginAccountAddress, format!("{account}:{address}")),
        (Limit::LoginAddress, address.to_owned()),
    ];
    if !limiter.recalls(&known_fact).await {
        slots.push((Limit::LoginAccount, account));
    }
    limiter.reserve(&slots).await?;
    Ok(PasswordAttempt {
        limiter,
        slots,
        known_fact,
    })
}

impl PasswordAttempt<'_> {
    /// The password was right: the attempt counts against nobody, and the address becomes one of
    /// the account's own.
    pub async fn succeeded(self) {
        self.limiter.release(&self.slots).await;
        self.limiter
            .remember(&self.known_fact, KNOWN_ADDRESS_FOR)
            .await;
    }
}
