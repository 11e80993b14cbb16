//! Background work that must happen on exactly one instance at a time, however many run.
//!
//! Leadership is a row in `job_leases`, taken and renewed by a conditional write (the same on
//! SQLite and PostgreSQL, no Redis needed): an instance holds the job until its lease lapses, so
//! if it dies another takes over within one lease.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use entity::job_lease;
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

use crate::{
    domain::idempotency::KEY_RETENTION_HOURS,
    error::AppResult,
    live::{event, Live},
    services::{idempotency, notifications, notifications::mail, tasks},
};

/// Takes or renews the lease on `job` for `holder` until `now + ttl`; true while `holder` leads.
pub async fn try_lead(
    db: &impl ConnectionTrait,
    job: &str,
    holder: &str,
    ttl: Duration,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let renewed = job_lease::Entity::update_many()
        .col_expr(job_lease::Column::Holder, Expr::value(holder))
        .col_expr(job_lease::Column::ExpiresAt, Expr::value(now + ttl))
        .filter(job_lease::Column::Name.eq(job))
        .filter(
            Condition::any()
                .add(job_lease::Column::Holder.eq(holder))
                .add(job_lease::Column::ExpiresAt.lt(now)),
        )
        .exec(db)
        .await?;
    if renewed.rows_affected == 1 {
        return Ok(true);
    }
    let first = job_lease::ActiveModel {
        name: Set(job.to_owned()),
        holder: Set(holder.to_owned()),
        expires_at: Set(now + ttl),
    }
    .insert(db)
    .await;
    // Someone else holds it (the row exists and is theirs): not an error, just not us.
    Ok(first.is_ok())
}

const LEASE_SWEEPER: &str = "task-lease-sweeper";

/// Every `every`, if this instance leads: warns holders of lapsing task claims and releases
/// lapsed ones. Stops when the application shuts down.
pub fn spawn_lease_sweeper(
    db: DatabaseConnection,
    live: Live,
    every: StdDuration,
    warning: Duration,
) {
    let holder = Uuid::now_v7().to_string();
    let ttl = Duration::from_std(every * 3).unwrap_or(Duration::minutes(5));
    let mut stopping = live.shutdown_signal();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stopping.changed() => return,
            }
            let now = Utc::now();
            match try_lead(&db, LEASE_SWEEPER, &holder, ttl, now).await {
                Ok(true) => match tasks::sweep_leases(&db, &live, now, warning).await {
                    Ok(done) if done.warned + done.expired > 0 => {
                        tracing::info!(
                            warned = done.warned,
                            expired = done.expired,
                            "swept task leases"
                        );
                    }
                    Ok(_) => {}
                    Err(error) => tracing::warn!(%error, "task lease sweep failed"),
                },
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "could not take the sweeper lease"),
            }
        }
    });
}

const DIGESTS: &str = "notification-digests";

/// Every `every`, if this instance leads: sends the daily notification digests that are due.
pub fn spawn_digests(
    db: DatabaseConnection,
    live: &Live,
    mailer: mail::Mailer,
    every: StdDuration,
    interval: Duration,
) {
    let holder = Uuid::now_v7().to_string();
    let ttl = Duration::from_std(every * 3).unwrap_or(Duration::minutes(15));
    let mut stopping = live.shutdown_signal();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stopping.changed() => return,
            }
            let now = Utc::now();
            match try_lead(&db, DIGESTS, &holder, ttl, now).await {
                Ok(true) => {
                    match mail::send_digests(&db, &mailer, now, interval).await {
                        Ok(done) if done.sent + done.failed > 0 => {
                            tracing::info!(
                                sent = done.sent,
                                failed = done.failed,
                                "sent notification digests"
                            );
                        }
                        Ok(_) => {}
                        Err(error) => tracing::warn!(%error, "notification digests failed"),
                    }
                    match mail::send_missed_immediate(&db, &mailer, now).await {
                        Ok(0) => {}
                        Ok(found) => tracing::info!(found, "retried missed immediate e-mail"),
                        Err(error) => tracing::warn!(%error, "retrying missed e-mail failed"),
                    }
                }
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "could not take the digest lease"),
            }
        }
    });
}

const INBOX_PRUNING: &str = "inbox-pruning";
const INBOX_PRUNING_EVERY: StdDuration = StdDuration::from_secs(3600);

/// Every hour, if this instance leads: deletes inbox notifications older than `retention`, and
/// idempotency keys past their 24 hours (one elected job for the database's housekeeping).
pub fn spawn_inbox_pruning(db: DatabaseConnection, live: &Live, retention: Duration) {
    let holder = Uuid::now_v7().to_string();
    let ttl = Duration::hours(3);
    let mut stopping = live.shutdown_signal();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(INBOX_PRUNING_EVERY);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stopping.changed() => return,
            }
            let now = Utc::now();
            match try_lead(&db, INBOX_PRUNING, &holder, ttl, now).await {
                Ok(true) => {
                    match notifications::prune(&db, now - retention).await {
                        Ok(0) => {}
                        Ok(pruned) => tracing::info!(pruned, "pruned old inbox notifications"),
                        Err(error) => tracing::warn!(%error, "pruning inbox notifications failed"),
                    }
                    let keys_before = now - Duration::hours(KEY_RETENTION_HOURS);
                    match idempotency::prune(&db, keys_before).await {
                        Ok(0) => {}
                        Ok(pruned) => tracing::info!(pruned, "pruned old idempotency keys"),
                        Err(error) => tracing::warn!(%error, "pruning idempotency keys failed"),
                    }
                }
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "could not take the inbox pruning lease"),
            }
        }
    });
}

const EVENT_PRUNING: &str = "live-event-pruning";

/// Every `every`, if this instance leads: deletes live events older than `retention` (resumes
/// from before the oldest kept event get `reset`). One elected instance does it, as for the
/// other housekeeping: N instances deleting the same rows would only contend for them.
pub fn spawn_event_pruning(
    db: DatabaseConnection,
    live: &Live,
    every: StdDuration,
    retention: Duration,
) {
    let holder = Uuid::now_v7().to_string();
    let ttl = Duration::from_std(every * 3).unwrap_or(Duration::hours(3));
    let mut stopping = live.shutdown_signal();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stopping.changed() => return,
            }
            let now = Utc::now();
            match try_lead(&db, EVENT_PRUNING, &holder, ttl, now).await {
                Ok(true) => match event::prune(&db, now - retention).await {
                    Ok(0) => {}
                    Ok(pruned) => tracing::info!(pruned, "pruned old live events"),
                    Err(error) => tracing::warn!(%error, "pruning live events failed"),
                },
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "could not take the event pruning lease"),
            }
        }
    });
}
