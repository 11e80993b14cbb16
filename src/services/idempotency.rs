//! Writes that happen once however often they are sent: a request carrying an `Idempotency-Key`
//! reserves the key (per person) before its work, stores its answer after, and a repeat within
//! 24 hours gets that answer again (same status and body) instead of doing the work twice.
//!
//! How two racing requests with one key are kept to one write: the reservation is an `INSERT
//! ... ON CONFLICT DO NOTHING` on the primary key `(user_id, key)`, so exactly one of them
//! inserts (PostgreSQL makes the second wait for the first's row, SQLite serialises writers).
//! The loser waits a little for the winner's answer and replays it; if the winner is still busy
//! after that, it answers 409 and the client tries again later with the same key.
//!
//! Failures are not remembered: when the work fails (a 4xx or 5xx) the reservation is released,
//! so the client may send the same key again, e.g. after fixing its connection. A holder that
//! died mid-work (the process stopped) would leave the key reserved; after `LEASE` another
//! request may take it over. The one case this cannot cover is a crash after the work committed
//! and before its answer was stored: a later retry then does the work again.

use std::{future::Future, time::Duration as StdDuration};

use chrono::{DateTime, Duration, Utc};
use entity::{idempotency_key, ids::UserId};
use sea_orm::{sea_query::OnConflict, ActiveValue::Set, ConnectionTrait, EntityTrait, QueryFilter};
use sea_orm::{ColumnTrait, Condition};

use crate::{
    domain::idempotency::{Fingerprint, IdempotencyKey, KEY_RETENTION_HOURS},
    error::{AppError, AppResult},
};

/// How long a reservation without an answer protects the key before another request may take
/// it over: far longer than any request takes (photo decoding waits at most seconds).
const LEASE: Duration = Duration::minutes(5);
/// How long a repeat waits for the first request's answer before answering 409.
const WAIT_STEP: StdDuration = StdDuration::from_millis(100);
const WAIT_STEPS: u32 = 100;

/// What a write answered: its status and JSON body, and whether this is a replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub replayed: bool,
}

impl Answer {
    pub fn fresh(status: u16, body: String) -> Self {
        Self {
            status,
            body,
            replayed: false,
        }
    }
}

enum Claim {
    /// This request holds the key: do the work.
    Mine,
    /// The first request's answer.
    Done(Answer),
    /// Another request holds the key and has not answered yet.
    Busy,
}

/// Runs `work` once per `(user, key)`: without a key it simply runs; with one, a repeat of the
/// same request gets the stored answer, and the key used for a different request is refused
/// (422).
pub async fn once<F, Fut>(
    db: &impl ConnectionTrait,
    user_id: UserId,
    key: Option<&IdempotencyKey>,
    fingerprint: &Fingerprint,
    work: F,
) -> AppResult<Answer>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = AppResult<Answer>>,
{
    let Some(key) = key else {
        return work().await;
    };
    let mut waited = 0;
    loop {
        match claim(db, user_id, key, fingerprint, Utc::now()).await? {
            Claim::Mine => break,
            Claim::Done(answer) => return Ok(answer),
            Claim::Busy if waited < WAIT_STEPS => {
                waited += 1;
                tokio::time::sleep(WAIT_STEP).await;
            }
            Claim::Busy => {
                return Err(AppError::Conflict(
                    crate::msg!("idempotency-request-with-idempotency-key-still").into(),
                ))
            }
        }
    }
    match work().await {
        Ok(answer) => {
            // The work is done: failing to store the answer must not turn it into an error
            // (the client would retry and do it twice). The key stays reserved instead.
            if let Err(error) = store(db, user_id, key, &answer).await {
                tracing::warn!(%error, "could not store an idempotent answer");
            }
            Ok(answer)
        }
        Err(error) => {
            // Nothing was written (the work failed as a whole): the key is free to try again.
            if let Err(release_error) = release(db, user_id, key).await {
                tracing::warn!(error = %release_error, "could not release an idempotency key");
            }
            Err(error)
        }
    }
}

fn row_of(user_id: UserId, key: &IdempotencyKey) -> Condition {
    Condition::all()
        .add(idempotency_key::Column::UserId.eq(user_id))
        .add(idempotency_key::Column::Key.eq(key.as_str()))
}

async fn claim(
    db: &impl ConnectionTrait,
    user_id: UserId,
    key: &IdempotencyKey,
    fingerprint: &Fingerprint,
    now: DateTime<Utc>,
) -> AppResult<Claim> {
    // A key older than the retention is forgotten, even before pruning reaches it.
    idempotency_key::Entity::delete_many()
        .filter(row_of(user_id, key))
        .filter(idempotency_key::Column::CreatedAt.lt(now - Duration::hours(KEY_RETENTION_HOURS)))
        .exec(db)
        .await?;
    let inserted = idempotency_key::Entity::insert(idempotency_key::ActiveModel {
        user_id: Set(user_id),
        key: Set(key.as_str().to_owned()),
        fingerprint: Set(fingerprint.as_str().to_owned()),
        created_at: Set(now),
        locked_at: Set(now),
        response_status: Set(None),
        response_body: Set(None),
    })
    .on_conflict(
        OnConflict::columns([
            idempotency_key::Column::UserId,
            idempotency_key::Column::Key,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted > 0 {
        return Ok(Claim::Mine);
    }
    let Some(row) = idempotency_key::Entity::find()
        .filter(row_of(user_id, key))
        .one(db)
        .await?
    else {
        // Released by a failed holder between our insert and this read: try again.
        return Ok(Claim::Busy);
    };
    if row.fingerprint != fingerprint.as_str() {
        return Err(AppError::invalid(
            "Idempotency-Key",
            crate::msg!("idempotency-key-was-already-used-different"),
        ));
    }
    if let (Some(status), Some(body)) = (row.response_status, row.response_body) {
        return Ok(Claim::Done(Answer {
            status: u16::try_from(status).unwrap_or(200),
            body,
            replayed: true,
        }));
    }
    if row.locked_at < now - LEASE {
        // Its holder died: take it over, unless another request just did.
        let taken = idempotency_key::Entity::update_many()
            .col_expr(idempotency_key::Column::LockedAt, now.into())
            .filter(row_of(user_id, key))
            .filter(idempotency_key::Column::LockedAt.eq(row.locked_at))
            .filter(idempotency_key::Column::ResponseStatus.is_null())
            .exec(db)
            .await?
            .rows_affected;
        if taken > 0 {
            return Ok(Claim::Mine);
        }
    }
    Ok(Claim::Busy)
}

async fn store(
    db: &impl ConnectionTrait,
    user_id: UserId,
    key: &IdempotencyKey,
    answer: &Answer,
) -> AppResult<()> {
    idempotency_key::Entity::update_many()
        .col_expr(
            idempotency_key::Column::ResponseStatus,
            i32::from(answer.status).into(),
        )
        .col_expr(
            idempotency_key::Column::ResponseBody,
            answer.body.clone().into(),
        )
        .filter(row_of(user_id, key))
        .exec(db)
        .await?;
    Ok(())
}

async fn release(
    db: &impl ConnectionTrait,
    user_id: UserId,
    key: &IdempotencyKey,
) -> AppResult<()> {
    idempotency_key::Entity::delete_many()
        .filter(row_of(user_id, key))
        .filter(idempotency_key::Column::ResponseStatus.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes keys made before `older_than`; returns how many. One statement: a day of keys is a
/// day of reports and photos, small next to the tables they guard.
pub async fn prune(db: &impl ConnectionTrait, older_than: DateTime<Utc>) -> AppResult<u64> {
    Ok(idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(older_than))
        .exec(db)
        .await?
        .rows_affected)
}
