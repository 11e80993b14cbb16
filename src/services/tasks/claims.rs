//! Claiming a task's slots, decided in batches.
//!
//! Claims that arrive together for one task wait at this instance's `ClaimDesk` and are decided
//! by one transaction: lock the claimants' membership rows and re-read who is still a member in
//! good standing (a leave, removal or suspension that committed while a claim waited refuses
//! it), lock the task, the neighbourhood and the claimants (in id order) and count their open
//! claims, take `min(free slots, eligible claimants)` in one conditional write, upsert the winners'
//! claim rows and append their events in multi-row statements, commit once, answer everyone.
//! While one batch is in its transaction the next one gathers, as in a database's group commit,
//! so a hot task costs a handful of statements per batch instead of per claim, and a lone claim
//! is decided at once.
//!
//! Over-booking stays impossible with several instances: each instance's batch takes the task's
//! row lock and its write is conditional on the count it read (`claimed_slots = read AND
//! claimed_slots + won <= slots`); on SQLite writers queue on the one connection.

use entity::ids::{ClaimId, NeighbourhoodId, TaskId, UserId};
use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex},
};

use chrono::{DateTime, Utc};
use entity::{neighbourhood, task, task_claim, user};
use sea_orm::{
    sea_query::{Expr, OnConflict},
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use tokio::sync::oneshot;

use super::{claim_event, claim_view, load_task, ClaimView};
use crate::domain::task::{ClaimStatusRules, TaskStatusRules};
use crate::services::neighbourhoods::memberships;
use crate::{
    domain::task::{
        decide_claims, lease_end, status_after_claims, ClaimOutcome, ClaimStatus, Claimant,
        TaskStatus,
    },
    error::{AppError, AppResult},
    live::{Channel, Live, NeighbourhoodEvent, Transaction},
    support::sql::Sql,
};

/// Most claims decided by one transaction; the rest wait for the next.
const MAX_BATCH: usize = 100;

/// Limits on claiming, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct ClaimLimits {
    /// Open (unfinished) claims one person may hold at once.
    pub max_open_claims: u64,
}

/// Where this instance's claims wait for their task's next decision. Cheap to clone.
#[derive(Clone)]
pub struct ClaimDesk {
    inner: Arc<Desk>,
}

struct Desk {
    db: DatabaseConnection,
    live: Live,
    limits: ClaimLimits,
    /// Claims waiting, per task. A task has an entry exactly while a worker is deciding its
    /// claims; the worker removes it when it finds the queue empty.
    waiting: Mutex<HashMap<TaskId, VecDeque<Waiting>>>,
}

struct Waiting {
    user_id: UserId,
    display_name: String,
    now: DateTime<Utc>,
    reply: oneshot::Sender<AppResult<ClaimView>>,
}

impl ClaimDesk {
    pub fn new(db: DatabaseConnection, live: Live, limits: ClaimLimits) -> Self {
        Self {
            inner: Arc::new(Desk {
                db,
                live,
                limits,
                waiting: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Claims one slot. Exactly as many claims succeed as there are free slots, however many
    /// arrive at once; the rest get 409 (so do a second claim by the same person and one over the
    /// open-claims limit).
    pub async fn claim(
        &self,
        actor: &user::Model,
        task_id: TaskId,
        now: DateTime<Utc>,
    ) -> AppResult<ClaimView> {
        // What can be refused without a lock is refused here, so a full task turns claimants
        // away with one read.
        let (found, access) = load_task(&self.inner.db, Some(actor), task_id).await?;
        if !access.is_active_member() {
            return Err(not_a_member());
        }
        if let Some(refused) = refusal(&found, found.status) {
            return Err(refused);
        }
        let (reply, answer) = oneshot::channel();
        let waiting = Waiting {
            user_id: actor.id,
            display_name: actor.display_name.clone(),
            now,
            reply,
        };
        if self.inner.enqueue(task_id, waiting) {
            let neighbourhood_id = found.neighbourhood_id;
            tokio::spawn(Arc::clone(&self.inner).decide_until_idle(task_id, neighbourhood_id));
        }
        answer.await.map_err(|_| {
            AppError::Internal(anyhow::anyhow!("the claim's decision was abandoned"))
        })?
    }
}

fn not_a_member() -> AppError {
    AppError::Forbidden("Join the neighbourhood (and be in good standing) to claim a task.".into())
}

/// Why a claim on a task in this state fails without being queued, if it does.
fn refusal(task: &task::Model, status: TaskStatus) -> Option<AppError> {
    match status {
        TaskStatus::Staffed => Some(AppError::Conflict(
            "Every slot on this task is taken.".into(),
        )),
        status if !status.takes_claims() => Some(AppError::Conflict(
            format!(
                "This task is {} and takes no claims.",
                task.status.as_str().replace('_', " ")
            )
            .into(),
        )),
        _ => None,
    }
}

impl Desk {
    /// Queues a claim; true when no worker is deciding this task's claims yet (the caller starts
    /// one).
    fn enqueue(&self, task_id: TaskId, waiting: Waiting) -> bool {
        let mut queues = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
        match queues.get_mut(&task_id) {
            Some(queue) => {
                queue.push_back(waiting);
                false
            }
            None => {
                queues.insert(task_id, VecDeque::from([waiting]));
                true
            }
        }
    }

    /// The next batch: up to `MAX_BATCH` claims in arrival order, one per person (a second claim
    /// by someone already in the batch waits for the next, where it is refused as a double
    /// claim). `None`, with the task's entry removed, when nothing waits.
    fn next_batch(&self, task_id: TaskId) -> Option<Vec<Waiting>> {
        let mut queues = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
        let queue = queues.get_mut(&task_id)?;
        if queue.is_empty() {
            queues.remove(&task_id);
            return None;
        }
        let mut batch: Vec<Waiting> = Vec::new();
        let mut later = VecDeque::new();
        while let Some(next) = queue.pop_front() {
            if batch.len() == MAX_BATCH {
                later.push_back(next);
                later.append(queue);
                break;
            }
            if batch.iter().any(|w| w.user_id == next.user_id) {
                later.push_back(next);
            } else {
                batch.push(next);
            }
        }
        *queue = later;
        Some(batch)
    }

    async fn decide_until_idle(
        self: Arc<Self>,
        task_id: TaskId,
        neighbourhood_id: NeighbourhoodId,
    ) {
        // Should this worker die (a panic), its entry goes with it, dropping whatever waits
        // (each gets an error) so that the task's next claim starts a fresh worker.
        let guard = RemoveOnDrop {
            desk: &self,
            task_id,
        };
        while let Some(batch) = self.next_batch(task_id) {
            self.decide(task_id, neighbourhood_id, batch).await;
        }
        std::mem::forget(guard);
    }

    async fn decide(
        &self,
        task_id: TaskId,
        neighbourhood_id: NeighbourhoodId,
        batch: Vec<Waiting>,
    ) {
        let outcomes = match self.decide_batch(task_id, neighbourhood_id, &batch).await {
            Ok(outcomes) => outcomes,
            // A batch can fail for one claim's sake (a person deleted meanwhile, a lock timeout):
            // decide each alone so everyone else still gets their answer.
            Err(error) if batch.len() > 1 => {
                tracing::warn!(%error, task_id = %task_id, size = batch.len(),
                    "a claim batch failed; deciding its claims one by one");
                let mut alone = Vec::with_capacity(batch.len());
                for one in &batch {
                    alone.push(
                        match self
                            .decide_batch(task_id, neighbourhood_id, std::slice::from_ref(one))
                            .await
                        {
                            Ok(mut outcome) => outcome.pop().unwrap_or_else(|| {
                                Err(AppError::Internal(anyhow::anyhow!("no outcome")))
                            }),
                            Err(error) => Err(error),
                        },
                    );
                }
                alone
            }
            Err(error) => vec![Err(error)],
        };
        for (waiting, outcome) in batch.into_iter().zip(outcomes) {
            // The claimant may have gone (a dropped connection); the decision stands.
            let _ = waiting.reply.send(outcome);
        }
    }

    /// One transaction deciding `batch`; one answer per claim, in order.
    async fn decide_batch(
        &self,
        task_id: TaskId,
        neighbourhood_id: NeighbourhoodId,
        batch: &[Waiting],
    ) -> AppResult<Vec<AppResult<ClaimView>>> {
        let mut tx = Transaction::begin(&self.db, &self.live).await?;
        // Locks in the one order every change takes (`memberships::lock_members`): the
        // claimants' membership rows, the task, the neighbourhood, the claimants' user rows.
        // Cancelling, releasing, verifying and the lease sweeper lock the task, append to the
        // neighbourhood's log and then notify people; leaving and removal lock the membership
        // row, the tasks, then the neighbourhood. So none of them can deadlock with a batch.
        //
        // Membership is re-read here, under its row locks: whoever left, was removed or was
        // suspended since their claim was queued is refused, and a membership change that comes
        // after this batch sees its claims and releases them.
        let people: Vec<UserId> = batch.iter().map(|w| w.user_id).collect();
        let members = memberships::lock_members(&*tx, neighbourhood_id, &people).await?;
        let Some(found) = lock_task(&*tx, task_id).await? else {
            return Ok(batch
                .iter()
                .map(|_| Err(AppError::not_found("task")))
                .collect());
        };
        lock_neighbourhood(&*tx, found.neighbourhood_id).await?;
        lock_people(&*tx, &people).await?;
        let standing = claim_standing(&*tx, task_id, &people).await?;
        let claimants: Vec<Claimant> = people
            .iter()
            .map(|id| Claimant {
                no_longer_member: !members.contains(id),
                ..standing.get(id).copied().unwrap_or_default()
            })
            .collect();
        let status = found.status;
        let outcomes = decide_claims(
            status,
            found.claimed_slots,
            found.slots,
            &claimants,
            self.limits.max_open_claims,
        );
        let winners: Vec<&Waiting> = batch
            .iter()
            .zip(&outcomes)
            .filter(|(_, o)| **o == ClaimOutcome::Won)
            .map(|(w, _)| w)
            .collect();
        let mut won: HashMap<UserId, task_claim::Model> = HashMap::new();
        if !winners.is_empty() {
            let now = winners.iter().map(|w| w.now).max().unwrap_or_else(Utc::now);
            let updated = take_slots(&*tx, &found, winners.len() as i32, now).await?;
            let claims = upsert_claims(&*tx, &updated, &winners).await?;
            // Each event tells the task as it stood after that claim, so a client that applies
            // them one by one sees the slots fill in order.
            let events = claims
                .iter()
                .enumerate()
                .map(|(k, claim)| {
                    let mut after = updated.clone();
                    after.claimed_slots = found.claimed_slots + k as i32 + 1;
                    after.status = status_after_claims(status, after.claimed_slots, found.slots);
                    claim_event(
                        NeighbourhoodEvent::TaskClaimed,
                        &after,
                        claim,
                        claim.user_id,
                    )
                })
                .collect();
            tx.emit_all(Channel::Neighbourhood(found.neighbourhood_id), events)
                .await?;
            tx.commit(&self.live).await?;
            won = claims.into_iter().map(|c| (c.user_id, c)).collect();
        }
        Ok(batch
            .iter()
            .zip(outcomes)
            .map(|(w, outcome)| match outcome {
                ClaimOutcome::Won => won
                    .remove(&w.user_id)
                    .map(|c| claim_view(c, Some(w.display_name.clone()), true))
                    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a won claim went missing"))),
                ClaimOutcome::NotAMember => Err(not_a_member()),
                ClaimOutcome::AlreadyClaimed => Err(AppError::Conflict(
                    "You have already claimed this task.".into(),
                )),
                ClaimOutcome::AtLimit { open_claims } => Err(AppError::Conflict(
                    format!(
                        "You already hold {open_claims} open claims; finish or release one first."
                    )
                    .into(),
                )),
                ClaimOutcome::Full => Err(AppError::Conflict(
                    "Every slot on this task is taken.".into(),
                )),
                ClaimOutcome::Closed(_) => Err(refusal(&found, status)
                    .unwrap_or_else(|| AppError::Conflict("This task takes no claims.".into()))),
            })
            .collect())
    }
}

struct RemoveOnDrop<'a> {
    desk: &'a Desk,
    task_id: TaskId,
}

impl Drop for RemoveOnDrop<'_> {
    fn drop(&mut self) {
        let mut queues = self.desk.waiting.lock().unwrap_or_else(|e| e.into_inner());
        queues.remove(&self.task_id);
    }
}

fn is_postgres(db: &impl ConnectionTrait) -> bool {
    db.get_database_backend() == DatabaseBackend::Postgres
}

/// Takes the neighbourhood's row lock (which the batch's events need anyway) before the
/// claimants' user rows, the order of every change that appends to a neighbourhood's log and then
/// notifies people. SQLite has one writer at a time and needs none.
async fn lock_neighbourhood(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<()> {
    if is_postgres(db) {
        neighbourhood::Entity::find_by_id(neighbourhood_id)
            .select_only()
            .column(neighbourhood::Column::Id)
            .lock_exclusive()
            .into_tuple::<NeighbourhoodId>()
            .one(db)
            .await?;
    }
    Ok(())
}

/// Locks the claimants' rows in id order (so batches sharing people cannot deadlock), so that
/// one person's claims on different tasks are decided one after another and the limit on open
/// claims holds. SQLite has one writer at a time and needs none.
async fn lock_people(db: &impl ConnectionTrait, people: &[UserId]) -> AppResult<()> {
    if is_postgres(db) {
        user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .filter(user::Column::Id.is_in(people.iter().copied()))
            .order_by_asc(user::Column::Id)
            .lock_exclusive()
            .into_tuple::<UserId>()
            .all(db)
            .await?;
    }
    Ok(())
}

/// Each claimant's open claims and whether they hold a slot on this task. A statement of its
/// own, after the locks: on PostgreSQL it then sees every claim committed before they were
/// granted (a subquery of the locking statement would read its older snapshot).
async fn claim_standing(
    db: &impl ConnectionTrait,
    task_id: TaskId,
    people: &[UserId],
) -> AppResult<HashMap<UserId, Claimant>> {
    let open = statuses(|s| s.is_open());
    let holding = statuses(|s| s.holds_slot());
    let mut sql = Sql::new();
    let task = sql.bind(task_id);
    let people = sql.list(people.iter().copied());
    let text = format!(
        "SELECT user_id, \
           COUNT(CASE WHEN status IN ({open}) THEN 1 END), \
           COUNT(CASE WHEN task_id = {task} AND status IN ({holding}) THEN 1 END) \
         FROM task_claims WHERE user_id IN ({people}) GROUP BY user_id"
    );
    let mut out = HashMap::new();
    for row in db
        .query_all(sql.statement(db.get_database_backend(), &text))
        .await?
    {
        let user_id: UserId = row.try_get_by_index(0)?;
        let open_claims: i64 = row.try_get_by_index(1)?;
        let here: i64 = row.try_get_by_index(2)?;
        out.insert(
            user_id,
            Claimant {
                open_claims: open_claims.max(0) as u64,
                holds_slot_here: here > 0,
                no_longer_member: false,
            },
        );
    }
    Ok(out)
}

/// The claim statuses matching `keep`, as a SQL list of literals (our own constants).
fn statuses(keep: impl Fn(ClaimStatus) -> bool) -> String {
    [
        ClaimStatus::Active,
        ClaimStatus::CheckedIn,
        ClaimStatus::Done,
        ClaimStatus::Verified,
        ClaimStatus::Released,
        ClaimStatus::Expired,
    ]
    .into_iter()
    .filter(|s| keep(*s))
    .map(|s| format!("'{}'", s.as_str()))
    .collect::<Vec<_>>()
    .join(", ")
}

async fn lock_task(db: &impl ConnectionTrait, task_id: TaskId) -> AppResult<Option<task::Model>> {
    let mut find = task::Entity::find_by_id(task_id);
    if is_postgres(db) {
        find = find.lock_exclusive();
    }
    Ok(find.one(db).await?)
}

/// The deciding write: `won` more slots taken, on condition that the count is still the one read
/// and stays within the slots.
async fn take_slots(
    db: &impl ConnectionTrait,
    found: &task::Model,
    won: i32,
    now: DateTime<Utc>,
) -> AppResult<task::Model> {
    let claimed = found.claimed_slots + won;
    let status = status_after_claims(found.status, claimed, found.slots);
    task::Entity::update_many()
        .col_expr(task::Column::ClaimedSlots, Expr::value(claimed))
        .col_expr(task::Column::Status, Expr::value(status.as_str()))
        .col_expr(task::Column::UpdatedAt, Expr::value(now))
        .filter(task::Column::Id.eq(found.id))
        .filter(task::Column::Status.eq(found.status))
        .filter(task::Column::ClaimedSlots.eq(found.claimed_slots))
        .filter(Expr::col(task::Column::Slots).gte(claimed))
        .exec_with_returning(db)
        .await?
        .pop()
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "the task changed under its lock while claims were decided"
            ))
        })
}

/// Inserts the winners' claims, or renews the row of someone who held one before (released or
/// expired): one claim row per person per task.
async fn upsert_claims(
    db: &impl ConnectionTrait,
    t: &task::Model,
    winners: &[&Waiting],
) -> AppResult<Vec<task_claim::Model>> {
    let rows = winners.iter().map(|w| task_claim::ActiveModel {
        id: Set(ClaimId::new()),
        task_id: Set(t.id),
        neighbourhood_id: Set(t.neighbourhood_id),
        user_id: Set(w.user_id),
        status: Set(ClaimStatus::Active),
        claimed_at: Set(w.now),
        expires_at: Set(Some(lease_end(t.ends_at, t.lease_hours, w.now))),
        warned_at: Set(None),
        checked_in_at: Set(None),
        done_at: Set(None),
        hours: Set(None),
        note: Set(None),
        verified_by: Set(None),
        verified_at: Set(None),
        rejected_reason: Set(None),
        released_at: Set(None),
    });
    use task_claim::Column as C;
    let renew = OnConflict::columns([C::TaskId, C::UserId])
        .update_columns([
            C::Status,
            C::ClaimedAt,
            C::ExpiresAt,
            C::WarnedAt,
            C::CheckedInAt,
            C::DoneAt,
            C::Hours,
            C::Note,
            C::VerifiedBy,
            C::VerifiedAt,
            C::RejectedReason,
            C::ReleasedAt,
        ])
        .to_owned();
    let mut claims = task_claim::Entity::insert_many(rows)
        .on_conflict(renew)
        .exec_with_returning_many(db)
        .await?;
    // In the winners' order, which is the order their events are numbered in.
    let order: HashMap<UserId, usize> = winners
        .iter()
        .enumerate()
        .map(|(k, w)| (w.user_id, k))
        .collect();
    claims.sort_by_key(|c| order.get(&c.user_id).copied().unwrap_or(usize::MAX));
    debug_assert!(claims.iter().all(|c| c.status == ClaimStatus::Active));
    Ok(claims)
}
