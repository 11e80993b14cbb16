//! Slows password guessing: after too many failed logins for one account, or from one address,
//! within a window, further attempts are refused with 429 and `Retry-After`.
//!
//! Two stores: in memory (one instance: a sliding window; the bound on tracked keys keeps an
//! attacker spraying addresses from growing memory), and Redis (several instances share the
//! counts, so spreading guesses over instances gains nothing: a fixed window from the first
//! failure). If Redis cannot be reached, logins are not throttled rather than refused.
//!
//! `ActionLimiter` applies the same two stores to how often one person may post or flag.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const MAX_TRACKED_KEYS: usize = 100_000;

/// The throttle services use: in memory, or shared through Redis.
pub enum LoginThrottle {
    Memory(MemoryThrottle),
    Redis {
        conn: redis::aio::ConnectionManager,
        window: Duration,
        per_account: u32,
        per_address: u32,
    },
}

const REDIS_PREFIX: &str = "commonground:login-failures:";

impl LoginThrottle {
    /// `Err(seconds to wait)` when the account or the address is over its limit.
    pub async fn check(&self, account: &str, address: &str) -> Result<(), u64> {
        match self {
            LoginThrottle::Memory(memory) => memory.check(account, address, Instant::now()),
            LoginThrottle::Redis {
                conn,
                per_account,
                per_address,
                ..
            } => {
                let keys = [
                    (redis_key(&account_key(account)), *per_account),
                    (redis_key(&address_key(address)), *per_address),
                ];
                let mut pipe = redis::pipe();
                for (key, _) in &keys {
                    pipe.get(key).ttl(key);
                }
                let answer: redis::RedisResult<(Option<u32>, i64, Option<u32>, i64)> =
                    pipe.query_async(&mut conn.clone()).await;
                match answer {
                    Ok((account_count, account_ttl, address_count, address_ttl)) => {
                        let over = |count: Option<u32>, limit: u32, ttl: i64| {
                            (count.unwrap_or(0) >= limit).then(|| ttl.max(1) as u64)
                        };
                        match over(account_count, keys[0].1, account_ttl).max(over(
                            address_count,
                            keys[1].1,
                            address_ttl,
                        )) {
                            Some(wait) => Err(wait),
                            None => Ok(()),
                        }
                    }
                    Err(error) => {
                        tracing::warn!(%error, "login throttle unavailable (Redis); not throttling");
                        Ok(())
                    }
                }
            }
        }
    }

    pub async fn record_failure(&self, account: &str, address: &str) {
        match self {
            LoginThrottle::Memory(memory) => {
                memory.record_failure(account, address, Instant::now())
            }
            LoginThrottle::Redis { conn, window, .. } => {
                let mut pipe = redis::pipe();
                for key in [
                    redis_key(&account_key(account)),
                    redis_key(&address_key(address)),
                ] {
                    // The window starts at the first failure and the key expires with it.
                    pipe.cmd("SET")
                        .arg(&key)
                        .arg(0)
                        .arg("EX")
                        .arg(window.as_secs().max(1))
                        .arg("NX")
                        .ignore();
                    pipe.incr(&key, 1).ignore();
                }
                if let Err(error) = pipe.query_async::<()>(&mut conn.clone()).await {
                    tracing::warn!(%error, "could not record a failed login in Redis");
                }
            }
        }
    }

    /// A successful login clears the account's failures (not the address's: one address may try
    /// many accounts).
    pub async fn record_success(&self, account: &str) {
        match self {
            LoginThrottle::Memory(memory) => memory.record_success(account),
            LoginThrottle::Redis { conn, .. } => {
                let cleared: redis::RedisResult<()> = redis::cmd("DEL")
                    .arg(redis_key(&account_key(account)))
                    .query_async(&mut conn.clone())
                    .await;
                if let Err(error) = cleared {
                    tracing::warn!(%error, "could not clear failed logins in Redis");
                }
            }
        }
    }
}

fn redis_key(key: &str) -> String {
    format!("{REDIS_PREFIX}{key}")
}

/// One instance's throttle: a sliding window per key.
pub struct MemoryThrottle {
    window: Duration,
    per_account: u32,
    per_address: u32,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl MemoryThrottle {
    pub fn new(window: Duration, per_account: u32, per_address: u32) -> Self {
        Self {
            window,
            per_account,
            per_address,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` when either key is over its limit.
    pub fn check(&self, account: &str, address: &str, now: Instant) -> Result<(), u64> {
        let mut failures = self.lock();
        let wait = [
            (account_key(account), self.per_account),
            (address_key(address), self.per_address),
        ]
        .into_iter()
        .filter_map(|(key, limit)| {
            let times = failures.get_mut(&key)?;
            prune(times, now, self.window);
            (times.len() as u32 >= limit)
                .then(|| times.front().map(|oldest| (*oldest + self.window) - now))
                .flatten()
        })
        .max();
        match wait {
            Some(wait) => Err(wait.as_secs().max(1)),
            None => Ok(()),
        }
    }

    pub fn record_failure(&self, account: &str, address: &str, now: Instant) {
        let mut failures = self.lock();
        if failures.len() >= MAX_TRACKED_KEYS {
            let window = self.window;
            failures.retain(|_, times| {
                prune(times, now, window);
                !times.is_empty()
            });
        }
        for key in [account_key(account), address_key(address)] {
            let times = failures.entry(key).or_default();
            prune(times, now, self.window);
            times.push_back(now);
        }
    }

    pub fn record_success(&self, account: &str) {
        self.lock().remove(&account_key(account));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, VecDeque<Instant>>> {
        // A panic while holding this lock cannot leave the map inconsistent, so recover it.
        self.failures
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

fn account_key(account: &str) -> String {
    format!("account:{account}")
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

fn prune(times: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    while times
        .front()
        .is_some_and(|t| now.duration_since(*t) >= window)
    {
        times.pop_front();
    }
}

/// Limits how often one person may do something (post, flag): at most `limit` times per
/// `window`. In memory (a sliding window per key) or in Redis (a fixed window from the first
/// action, shared by every instance). If Redis cannot be reached the action is allowed rather
/// than refused, as for logins.
pub enum ActionLimiter {
    Memory {
        limit: u32,
        window: Duration,
        hits: Mutex<HashMap<String, VecDeque<Instant>>>,
    },
    Redis {
        conn: redis::aio::ConnectionManager,
        /// Keeps the counters of different actions apart (`post`, `flag`).
        name: &'static str,
        limit: u32,
        window: Duration,
    },
}

const REDIS_ACTION_PREFIX: &str = "commonground:action-limit:";

impl ActionLimiter {
    pub fn memory(limit: u32, window: Duration) -> Self {
        ActionLimiter::Memory {
            limit,
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one action by `key`; `Err(seconds to wait)` when it is over the limit.
    pub async fn hit(&self, key: &str) -> Result<(), u64> {
        match self {
            ActionLimiter::Memory {
                limit,
                window,
                hits,
            } => Self::hit_memory(hits, *limit, *window, key, Instant::now()),
            ActionLimiter::Redis {
                conn,
                name,
                limit,
                window,
            } => {
                let key = format!("{REDIS_ACTION_PREFIX}{name}:{key}");
                let mut pipe = redis::pipe();
                pipe.cmd("SET")
                    .arg(&key)
                    .arg(0)
                    .arg("EX")
                    .arg(window.as_secs().max(1))
                    .arg("NX")
                    .ignore();
                pipe.incr(&key, 1).ttl(&key);
                let answer: redis::RedisResult<(u32, i64)> =
                    pipe.query_async(&mut conn.clone()).await;
                match answer {
                    Ok((count, _)) if count <= *limit => Ok(()),
                    // The window is fixed, so counting refused attempts does not move the
                    // moment the person may act again.
                    Ok((_, ttl)) => Err(ttl.max(1) as u64),
                    Err(error) => {
                        tracing::warn!(%error, "action limit unavailable (Redis); not limiting");
                        Ok(())
                    }
                }
            }
        }
    }

    fn hit_memory(
        hits: &Mutex<HashMap<String, VecDeque<Instant>>>,
        limit: u32,
        window: Duration,
        key: &str,
        now: Instant,
    ) -> Result<(), u64> {
        // A panic while holding this lock cannot leave the map inconsistent, so recover it.
        let mut hits = hits.lock().unwrap_or_else(|poison| poison.into_inner());
        if hits.len() >= MAX_TRACKED_KEYS {
            hits.retain(|_, times| {
                prune(times, now, window);
                !times.is_empty()
            });
        }
        let times = hits.entry(key.to_owned()).or_default();
        prune(times, now, window);
        if times.len() as u32 >= limit {
            let wait = times.front().map_or(window, |oldest| {
                (*oldest + window).saturating_duration_since(now)
            });
            return Err(wait.as_secs().max(1));
        }
        times.push_back(now);
        Ok(())
    }
}

/// The per-person limits on discussion actions.
pub struct ActionLimits {
    /// New threads and posts (replies and discussion posts included).
    pub posts: ActionLimiter,
    /// Flags on posts.
    pub flags: ActionLimiter,
    /// Invitations to neighbourhoods (each may e-mail someone).
    pub invitations: ActionLimiter,
    /// E-mails to an account's owner about registrations with their address (keyed by account).
    pub account_notices: ActionLimiter,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_limited_per_key_within_the_window() {
        let hits = Mutex::new(HashMap::new());
        let window = Duration::from_secs(60);
        let start = Instant::now();
        for i in 0..3 {
            assert!(ActionLimiter::hit_memory(
                &hits,
                3,
                window,
                "ana",
                start + Duration::from_secs(i)
            )
            .is_ok());
        }
        let wait =
            ActionLimiter::hit_memory(&hits, 3, window, "ana", start + Duration::from_secs(10))
                .unwrap_err();
        assert_eq!(wait, 50);
        assert!(
            ActionLimiter::hit_memory(&hits, 3, window, "ben", start).is_ok(),
            "per person"
        );
        assert!(ActionLimiter::hit_memory(
            &hits,
            3,
            window,
            "ana",
            start + Duration::from_secs(60)
        )
        .is_ok());
    }

    fn throttle() -> MemoryThrottle {
        MemoryThrottle::new(Duration::from_secs(60), 3, 5)
    }

    #[test]
    fn an_account_is_throttled_after_its_limit_and_released_after_the_window() {
        let t = throttle();
        let start = Instant::now();
        for i in 0..3 {
            assert!(t.check("ana@x.org", "1.1.1.1", start).is_ok());
            t.record_failure("ana@x.org", "1.1.1.1", start + Duration::from_secs(i));
        }
        let wait = t
            .check("ana@x.org", "9.9.9.9", start + Duration::from_secs(10))
            .unwrap_err();
        assert_eq!(wait, 50);
        assert!(t
            .check("ana@x.org", "1.1.1.1", start + Duration::from_secs(61))
            .is_ok());
    }

    #[test]
    fn an_address_is_throttled_across_accounts() {
        let t = throttle();
        let now = Instant::now();
        for i in 0..5 {
            t.record_failure(&format!("user{i}@x.org"), "6.6.6.6", now);
        }
        assert!(t.check("someone-else@x.org", "6.6.6.6", now).is_err());
        assert!(t.check("someone-else@x.org", "7.7.7.7", now).is_ok());
    }

    #[test]
    fn success_clears_the_account() {
        let t = throttle();
        let now = Instant::now();
        for _ in 0..3 {
            t.record_failure("ana@x.org", "1.1.1.1", now);
        }
        t.record_success("ana@x.org");
        assert!(t.check("ana@x.org", "2.2.2.2", now).is_ok());
    }
}
