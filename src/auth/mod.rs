//! Who is asking, and what they may do.
//!
//! - `password`: argon2id hashing, run off the async runtime.
//! - `token`: short-lived JWT access tokens and opaque refresh tokens.
//! - `extract`: the `AuthUser` / `MaybeUser` extractors handlers take as arguments.
//! - `policy`: the one place that decides what a user may do in a neighbourhood or organisation.
//! - `throttle`: slows repeated failed logins.

pub mod extract;
pub mod password;
pub mod policy;
pub mod throttle;
pub mod token;

pub use extract::{AuthUser, MaybeUser};
