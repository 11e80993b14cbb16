//! One limiter for every write that costs something (registrations, reports, Open311 requests,
//! neighbourhoods, invitations, photos, flags, posts, follows by e-mail) and for password
//! attempts.
//!
//! Each [`Limit`] has one quota (a count per window) read from `Settings` in one place,
//! [`Limit::quota`]. A slot is *reserved before* the costly work and the reservation is atomic:
//! a hundred concurrent requests find at most `count` free slots, whatever the interleaving, on
//! one instance (one mutex) or on many (one Lua script in Redis checks and increments every
//! counter of a request together). A request over its quota changes no count and is answered 429
//! with `Retry-After`.
//!
//! Stores: with Redis, counts are shared by every instance in fixed windows that start at a key's
//! first hit (keys under `{rate_limit_namespace}:limit:`); without it, sliding windows in memory.
//! If Redis cannot be reached the limiter falls back to this instance's memory with a warning:
//! limits then hold per instance rather than vanish (an attacker who breaks Redis gains at most
//! a factor of the number of instances) and honest requests are still served.

use std::{
    collections::{HashMap, VecDeque},
    fmt,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::{
    config::Settings,
    error::{AppError, AppResult},
};

/// Keys (counters and remembered facts) one instance tracks in memory before it sweeps out the
/// expired ones; keeps an attacker who sprays addresses from growing memory without bound.
const MAX_TRACKED_KEYS: usize = 100_000;

/// Everything that is limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Accounts created, per client address.
    Registration,
    /// Reports filed, per person.
    Report,
    /// Open311 service requests, per API key.
    Open311Request,
    /// Neighbourhoods created, per person.
    Neighbourhood,
    /// People added or invited by e-mail, per coordinator.
    Invitation,
    /// Photos uploaded, per person.
    Photo,
    /// Flags raised, per person.
    Flag,
    /// Threads and posts written, per person.
    Post,
    /// Password attempts for one account from one address.
    LoginAccountAddress,
    /// Password attempts for one account from every address not known to it.
    LoginAccount,
    /// Password attempts from one address, for any account.
    LoginAddress,
    /// "Someone tried to register with your address" e-mails, per account (beyond it they are
    /// dropped, so registering cannot flood someone's mailbox).
    AccountNotice,
    /// Requests to follow an issue by e-mail, per address (a digest: no address is stored).
    FollowAddress,
    /// Requests to follow an issue by e-mail, per issue.
    FollowIssue,
    /// Requests to follow an issue by e-mail, per client address.
    FollowClient,
}

impl Limit {
    pub const ALL: [Limit; 15] = [
        Limit::Registration,
        Limit::Report,
        Limit::Open311Request,
        Limit::Neighbourhood,
        Limit::Invitation,
        Limit::Photo,
        Limit::Flag,
        Limit::Post,
        Limit::LoginAccountAddress,
        Limit::LoginAccount,
        Limit::LoginAddress,
        Limit::AccountNotice,
        Limit::FollowAddress,
        Limit::FollowIssue,
        Limit::FollowClient,
    ];

    /// The name in Redis keys and logs.
    pub fn name(self) -> &'static str {
        match self {
            Limit::Registration => "registration",
            Limit::Report => "report",
            Limit::Open311Request => "open311-request",
            Limit::Neighbourhood => "neighbourhood",
            Limit::Invitation => "invitation",
            Limit::Photo => "photo",
            Limit::Flag => "flag",
            Limit::Post => "post",
            Limit::LoginAccountAddress => "login-account-address",
            Limit::LoginAccount => "login-account",
            Limit::LoginAddress => "login-address",
            Limit::AccountNotice => "account-notice",
            Limit::FollowAddress => "follow-address",
            Limit::FollowIssue => "follow-issue",
            Limit::FollowClient => "follow-client",
        }
    }

    /// The one place each limit's quota comes from.
    pub fn quota(self, s: &Settings) -> Quota {
        let (count, window_secs) = match self {
            Limit::Registration => (s.registrations_per_window, s.registration_window_secs),
            Limit::Report => (s.reports_per_window, s.report_window_secs),
            Limit::Open311Request => (s.open311_requests_per_window, s.open311_window_secs),
            Limit::Neighbourhood => (s.neighbourhoods_per_window, s.neighbourhood_window_secs),
            Limit::Invitation => (s.invitations_per_window, s.invitation_window_secs),
            Limit::Photo => (s.photos_per_window, s.photo_window_secs),
            Limit::Flag => (s.flags_per_window, s.flag_window_secs),
            Limit::Post => (s.posts_per_window, s.post_window_secs),
            Limit::LoginAccountAddress => (
                s.login_failures_per_account_and_address,
                s.login_window_secs,
            ),
            Limit::LoginAccount => (s.login_failures_per_account, s.login_window_secs),
            Limit::LoginAddress => (s.login_failures_per_address, s.login_window_secs),
            Limit::AccountNotice => (s.account_notices_per_window, s.account_notice_window_secs),
            Limit::FollowAddress => (s.follows_per_address_per_window, s.follow_window_secs),
            Limit::FollowIssue => (s.follows_per_issue_per_window, s.follow_window_secs),
            Limit::FollowClient => (s.follows_per_client_per_window, s.follow_window_secs),
        };
        Quota {
            count,
            window: Duration::from_secs(window_secs.max(1)),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// At most `count` actions per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub count: u32,
    pub window: Duration,
}

/// One counter: a limit and whom it counts (a person's id, an address, a key's digest).
pub type Slot = (Limit, String);

/// The limiter in `AppState`: Redis when configured, else (and whenever Redis fails) memory.
pub struct RateLimiter {
    namespace: String,
    quotas: [Quota; Limit::ALL.len()],
    memory: MemoryCounts,
    redis: Option<redis::aio::ConnectionManager>,
}

/// Checks every counter first and only then increments them all, so a refused request counts
/// nowhere. A counter's window starts at its first hit (PEXPIRE once). Answers the milliseconds
/// to wait, 0 when the slots were taken. KEYS: the counters; ARGV: count, window ms per key.
const RESERVE_SCRIPT: &str = r"
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * i - 1])
  if tonumber(redis.call('GET', key) or '0') >= limit then
    local ttl = redis.call('PTTL', key)
    if ttl <= 0 then ttl = tonumber(ARGV[2 * i]) end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[2 * i]) end
end
return 0
";

/// Gives a slot back without going below zero (the window may have ended meanwhile).
const RELEASE_SCRIPT: &str = r"
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0
";

impl RateLimiter {
    pub fn new(settings: &Settings, redis: Option<redis::aio::ConnectionManager>) -> Self {
        Self {
            namespace: settings.rate_limit_namespace.clone(),
            quotas: Limit::ALL.map(|limit| limit.quota(settings)),
            memory: MemoryCounts::default(),
            redis,
        }
    }

    pub fn quota(&self, limit: Limit) -> Quota {
        self.quotas[limit.index()]
    }

    /// Counts one `limit` action by `who`; over the quota it is refused with 429 and
    /// `Retry-After`, and counts nothing.
    pub async fn hit(&self, limit: Limit, who: impl fmt::Display) -> AppResult<()> {
        self.reserve(&[(limit, who.to_string())]).await
    }

    /// Takes one slot in every counter, or none when any of them is full (atomically, on every
    /// instance sharing Redis).
    pub async fn reserve(&self, slots: &[Slot]) -> AppResult<()> {
        let keyed: Vec<(String, Quota)> = slots
            .iter()
            .map(|(limit, who)| (self.key(*limit, who), self.quota(*limit)))
            .collect();
        let wait = match &self.redis {
            Some(conn) => {
                let mut eval = redis::cmd("EVAL");
                eval.arg(RESERVE_SCRIPT).arg(keyed.len());
                for (key, _) in &keyed {
                    eval.arg(key);
                }
                for (_, quota) in &keyed {
                    eval.arg(quota.count).arg(window_ms(quota.window));
                }
                match query::<u64>(conn, &eval).await {
                    Ok(0) => None,
                    Ok(wait_ms) => Some(Duration::from_millis(wait_ms)),
                    Err(error) => {
                        tracing::warn!(%error, "rate limits unavailable in Redis; counting in this instance's memory");
                        self.memory.reserve(&keyed, Instant::now()).err()
                    }
                }
            }
            None => self.memory.reserve(&keyed, Instant::now()).err(),
        };
        match wait {
            None => Ok(()),
            Some(wait) => {
                // Whole seconds, rounded up: retrying at `Retry-After` must succeed.
                let retry_after_secs = wait.as_millis().div_ceil(1000).max(1) as u64;
                Err(AppError::TooManyRequests { retry_after_secs })
            }
        }
    }

    /// Gives back slots `reserve` took, for an attempt that turned out not to count.
    pub async fn release(&self, slots: &[Slot]) {
        let keys: Vec<String> = slots
            .iter()
            .map(|(limit, who)| self.key(*limit, who))
            .collect();
        if let Some(conn) = &self.redis {
            let mut eval = redis::cmd("EVAL");
            eval.arg(RELEASE_SCRIPT).arg(keys.len()).arg(&keys);
            match query::<()>(conn, &eval).await {
                Ok(()) => return,
                Err(error) => tracing::warn!(%error, "could not release rate-limit slots in Redis"),
            }
        }
        self.memory.release(&keys);
    }

    /// Remembers `fact` for `ttl` (shared through Redis like the counts).
    pub async fn remember(&self, fact: &str, ttl: Duration) {
        let key = self.fact_key(fact);
        if let Some(conn) = &self.redis {
            let mut cmd = redis::cmd("SET");
            cmd.arg(&key).arg(1).arg("PX").arg(window_ms(ttl));
            let set: redis::RedisResult<()> = query(conn, &cmd).await;
            match set {
                Ok(()) => return,
                Err(error) => tracing::warn!(%error, "could not remember a fact in Redis"),
            }
        }
        self.memory.remember(key, Instant::now() + ttl);
    }

    /// Whether `fact` was remembered and has not expired.
    pub async fn recalls(&self, fact: &str) -> bool {
        let key = self.fact_key(fact);
        if let Some(conn) = &self.redis {
            let mut cmd = redis::cmd("EXISTS");
            cmd.arg(&key);
            let exists: redis::RedisResult<bool> = query(conn, &cmd).await;
            match exists {
                Ok(true) => return true,
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "could not read a fact from Redis"),
            }
        }
        self.memory.recalls(&key, Instant::now())
    }

    fn key(&self, limit: Limit, who: &str) -> String {
        format!("{}:limit:{}:{who}", self.namespace, limit.name())
    }

    fn fact_key(&self, fact: &str) -> String {
        format!("{}:fact:{fact}", self.namespace)
    }
}

/// How long a request waits for Redis before counting in memory instead: a Redis that is down
/// can leave a connection reconnecting indefinitely, and no request should hang on a limit.
const REDIS_TIMEOUT: Duration = Duration::from_millis(500);

/// Runs one Redis command within [`REDIS_TIMEOUT`]; a time-out is an error like any other.
async fn query<T: redis::FromRedisValue>(
    conn: &redis::aio::ConnectionManager,
    cmd: &redis::Cmd,
) -> redis::RedisResult<T> {
    match tokio::time::timeout(REDIS_TIMEOUT, cmd.query_async(&mut conn.clone())).await {
        Ok(answer) => answer,
        Err(_) => Err(redis::RedisError::from((
            redis::ErrorKind::IoError,
            "Redis did not answer in time",
        ))),
    }
}

fn window_ms(window: Duration) -> u64 {
    (window.as_millis() as u64).max(1)
}

/// One instance's counts: a sliding window of hit times per key, and remembered facts with
/// their expiry, under one mutex (which is what makes a reservation atomic here).
#[derive(Default)]
struct MemoryCounts {
    state: Mutex<MemoryState>,
}

#[derive(Default)]
struct MemoryState {
    hits: HashMap<String, (Duration, VecDeque<Instant>)>,
    facts: HashMap<String, Instant>,
}

impl MemoryCounts {
    /// `Err(time to wait)` when any key is full; otherwise one hit on every key.
    fn reserve(&self, slots: &[(String, Quota)], now: Instant) -> Result<(), Duration> {
        let mut state = self.lock();
        if state.hits.len() >= MAX_TRACKED_KEYS {
            state.hits.retain(|_, (window, times)| {
                prune(times, now, *window);
                !times.is_empty()
            });
        }
        let mut wait = None;
        for (key, quota) in slots {
            let Some((_, times)) = state.hits.get_mut(key) else {
                if quota.count == 0 {
                    wait = wait.max(Some(quota.window));
                }
                continue;
            };
            prune(times, now, quota.window);
            if times.len() as u64 >= u64::from(quota.count) {
                let free_at = times.front().map_or(quota.window, |oldest| {
                    (*oldest + quota.window).saturating_duration_since(now)
                });
                wait = wait.max(Some(free_at));
            }
        }
        if let Some(wait) = wait {
            return Err(wait);
        }
        for (key, quota) in slots {
            let (window, times) = state.hits.entry(key.clone()).or_default();
            *window = quota.window;
            times.push_back(now);
        }
        Ok(())
    }

    fn release(&self, keys: &[String]) {
        let mut state = self.lock();
        for key in keys {
            if let Some((_, times)) = state.hits.get_mut(key) {
                times.pop_back();
            }
        }
    }

    fn remember(&self, key: String, until: Instant) {
        let mut state = self.lock();
        if state.facts.len() >= MAX_TRACKED_KEYS {
            let now = Instant::now();
            state.facts.retain(|_, expiry| *expiry > now);
        }
        state.facts.insert(key, until);
    }

    fn recalls(&self, key: &str, now: Instant) -> bool {
        self.lock()
            .facts
            .get(key)
            .is_some_and(|expiry| *expiry > now)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, MemoryState> {
        // A panic while holding this lock cannot leave the maps inconsistent, so recover it.
        self.state
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

fn prune(times: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    while times
        .front()
        .is_some_and(|t| now.duration_since(*t) >= window)
    {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(count: u32, secs: u64) -> Quota {
        Quota {
            count,
            window: Duration::from_secs(secs),
        }
    }

    fn slots(items: &[(&str, Quota)]) -> Vec<(String, Quota)> {
        items.iter().map(|(k, q)| (k.to_string(), *q)).collect()
    }

    #[test]
    fn a_key_takes_its_quota_within_the_window_then_waits_for_the_oldest_hit() {
        let counts = MemoryCounts::default();
        let start = Instant::now();
        let ana = slots(&[("ana", quota(3, 60))]);
        for i in 0..3 {
            assert!(counts.reserve(&ana, start + Duration::from_secs(i)).is_ok());
        }
        let wait = counts
            .reserve(&ana, start + Duration::from_secs(10))
            .unwrap_err();
        assert_eq!(wait, Duration::from_secs(50));
        assert!(counts
            .reserve(&slots(&[("ben", quota(3, 60))]), start)
            .is_ok());
        assert!(counts
            .reserve(&ana, start + Duration::from_secs(60))
            .is_ok());
    }

    #[test]
    fn a_reservation_takes_every_slot_or_none() {
        let counts = MemoryCounts::default();
        let now = Instant::now();
        let narrow = quota(1, 60);
        let wide = quota(10, 60);
        assert!(counts
            .reserve(&slots(&[("pair", narrow), ("address", wide)]), now)
            .is_ok());
        // The pair is full: the address must not be counted for the refused attempt.
        assert!(counts
            .reserve(&slots(&[("pair", narrow), ("address", wide)]), now)
            .is_err());
        for _ in 0..9 {
            assert!(counts.reserve(&slots(&[("address", wide)]), now).is_ok());
        }
        assert!(counts.reserve(&slots(&[("address", wide)]), now).is_err());
    }

    #[test]
    fn released_slots_can_be_taken_again_and_a_zero_quota_refuses_everything() {
        let counts = MemoryCounts::default();
        let now = Instant::now();
        let one = slots(&[("k", quota(1, 60))]);
        assert!(counts.reserve(&one, now).is_ok());
        assert!(counts.reserve(&one, now).is_err());
        counts.release(&["k".to_string()]);
        assert!(counts.reserve(&one, now).is_ok());
        assert!(counts.reserve(&slots(&[("z", quota(0, 60))]), now).is_err());
    }

    #[test]
    fn facts_are_recalled_until_they_expire() {
        let counts = MemoryCounts::default();
        let now = Instant::now();
        counts.remember("known".into(), now + Duration::from_secs(5));
        assert!(counts.recalls("known", now));
        assert!(!counts.recalls("known", now + Duration::from_secs(5)));
        assert!(!counts.recalls("other", now));
    }

    #[test]
    fn every_limit_reads_its_own_quota_from_the_settings() {
        let settings = Settings {
            reports_per_window: 7,
            report_window_secs: 70,
            ..Settings::default()
        };
        assert_eq!(Limit::Report.quota(&settings), quota(7, 70));
        let names: std::collections::HashSet<_> = Limit::ALL.iter().map(|l| l.name()).collect();
        assert_eq!(names.len(), Limit::ALL.len(), "names are distinct");
        for (i, limit) in Limit::ALL.iter().enumerate() {
            assert_eq!(limit.index(), i, "ALL is in declaration order");
        }
    }
}
