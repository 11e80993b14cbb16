//! Background work that must happen on exactly one instance at a time, however many run.
//!
//! Leadership is a row in `job_leases`, taken and renewed by a conditional write (the same on
//! SQLite and PostgreSQL, no Redis needed): an instance holds the job until its lease lapses, so
//! if it dies another takes over within one lease.

use std::{future::Future, sync::Arc, time::Duration as StdDuration};

use chrono::{DateTime, Duration, Utc};
use entity::job_lease;
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

use crate::{
    auth::token::JwtKeys,
    domain::idempotency::KEY_RETENTION_HOURS,
    error::AppResult,
    live::{event, Live},
    services::{follows, idempotency, notifications, notifications::mail, tasks},
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

/// Runs `work` every `every` on whichever instance holds the lease on `job`, until the
/// application shuts down. The lease lasts `ttl`, renewed on each tick by its holder, so when the
/// holder dies another instance takes over within one `ttl`. `work` logs its own outcome.
fn spawn_elected<Work, Done>(
    job: &'static str,
    db: DatabaseConnection,
    live: &Live,
    every: StdDuration,
    ttl: Duration,
    mut work: Work,
) where
    Work: FnMut(DatabaseConnection, DateTime<Utc>) -> Done + Send + 'static,
    Done: Future<Output = ()> + Send,
{
    let holder = Uuid::now_v7().to_string();
    let mut stopping = live.shutdown_signal();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stopping.changed() => return,
            }
            let now = Utc::now();
            match try_lead(&db, job, &holder, ttl, now).await {
                Ok(true) => work(db.clone(), now).await,
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, job, "could not take the job lease"),
            }
        }
    });
}

/// A lease of three periods, so one slow or missed tick does not hand the job over.
fn three_periods(every: StdDuration, fallback: Duration) -> Duration {
    Duration::from_std(every * 3).unwrap_or(fallback)
}

/// Logs what a pruning step removed (nothing when it removed nothing) or why it failed.
fn log_pruned(outcome: AppResult<u64>, what: &'static str) {
    match outcome {
        Ok(0) => {}
        Ok(pruned) => tracing::info!(pruned, what, "pruned"),
        Err(error) => tracing::warn!(%error, what, "pruning failed"),
    }
}

/// Every `every`, if this instance leads: warns holders of lapsing task claims and releases
/// lapsed ones.
pub fn spawn_lease_sweeper(
    db: DatabaseConnection,
    live: Live,
    every: StdDuration,
    warning: Duration,
) {
    let ttl = three_periods(every, Duration::minutes(5));
    let events = live.clone();
    spawn_elected(
        "task-lease-sweeper",
        db,
        &live,
        every,
        ttl,
        move |db, now| {
            let live = events.clone();
            async move {
                match tasks::sweep_leases(&db, &live, now, warning).await {
                    Ok(done) if done.warned + done.expired > 0 => {
                        tracing::info!(
                            warned = done.warned,
                            expired = done.expired,
                            "swept task leases"
                        );
                    }
                    Ok(_) => {}
                    Err(error) => tracing::warn!(%error, "task lease sweep failed"),
                }
            }
        },
    );
}

/// What a digest run sent and failed to send (nothing when it did neither), or why it failed.
fn log_digests(outcome: AppResult<mail::DigestOutcome>, what: &'static str) {
    match outcome {
        Ok(done) if done.sent + done.failed > 0 => {
            tracing::info!(sent = done.sent, failed = done.failed, what, "sent digests");
        }
        Ok(_) => {}
        Err(error) => tracing::warn!(%error, what, "digests failed"),
    }
}

/// Every `every`, if this instance leads: sends the daily notification digests and the daily
/// messages to followers by e-mail that are due, and the immediate e-mails (to accounts and to
/// followers) an instance missed (it stopped between writing and sending).
pub fn spawn_digests(
    db: DatabaseConnection,
    live: &Live,
    mailer: mail::Mailer,
    keys: Arc<JwtKeys>,
    every: StdDuration,
    interval: Duration,
) {
    let ttl = three_periods(every, Duration::minutes(15));
    spawn_elected(
        "notification-digests",
        db,
        live,
        every,
        ttl,
        move |db, now| {
            let mailer = mailer.clone();
            let keys = keys.clone();
            async move {
                log_digests(
                    mail::send_digests(&db, &mailer, now, interval).await,
                    "notification digests",
                );
                match mail::send_missed_immediate(&db, &mailer, now).await {
                    Ok(0) => {}
                    Ok(found) => tracing::info!(found, "retried missed immediate e-mail"),
                    Err(error) => tracing::warn!(%error, "retrying missed e-mail failed"),
                }
                log_digests(
                    follows::mail::send_digests(&db, &mailer, &keys, now, interval).await,
                    "daily follow e-mails",
                );
                match follows::mail::send_missed(&db, &mailer, &keys, now).await {
                    Ok(0) => {}
                    Ok(found) => tracing::info!(found, "retried missed follow e-mail"),
                    Err(error) => tracing::warn!(%error, "retrying missed follow e-mail failed"),
                }
            }
        },
    );
}

/// Every hour, if this instance leads: deletes inbox notifications older than `retention`,
/// follows by e-mail never confirmed in time, and idempotency keys past their 24 hours (one elected job for the database's housekeeping).
pub fn spawn_inbox_pruning(db: DatabaseConnection, live: &Live, retention: Duration) {
    let every = StdDuration::from_secs(3600);
    spawn_elected(
        "inbox-pruning",
        db,
        live,
        every,
        Duration::hours(3),
        move |db, now| async move {
            log_pruned(
                notifications::prune(&db, now - retention).await,
                "inbox notifications",
            );
            let keys_before = now - Duration::hours(KEY_RETENTION_HOURS);
            log_pruned(
                idempotency::prune(&db, keys_before).await,
                "idempotency keys",
            );
            log_pruned(
                follows::prune_unconfirmed(&db, now).await,
                "unconfirmed follows",
            );
        },
    );
}

/// Every `every`, if this instance leads: deletes live events older than `retention` (resumes
/// from before the oldest kept event get `reset`). One elected instance does it, as for the
/// other housekeeping: N instances deleting the same rows would only contend for them.
pub fn spawn_event_pruning(
    db: DatabaseConnection,
    live: &Live,
    every: StdDuration,
    retention: Duration,
) {
    let ttl = three_periods(every, Duration::hours(3));
    spawn_elected(
        "live-event-pruning",
        db,
        live,
        every,
        ttl,
        move |db, now| async move {
            log_pruned(event::prune(&db, now - retention).await, "live events");
        },
    );
}
