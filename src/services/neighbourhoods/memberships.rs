//! Joining, leaving, and the coordinators' work on members: approval, roles, suspension and
//! removal. Every change keeps `member_count` in step and records its events (on the
//! neighbourhood's channel, and a notification on the affected person's own channel) inside the
//! same transaction; the events are published after commit.

use chrono::{DateTime, Duration, Utc};
use entity::ids::{NeighbourhoodId, UserId};
use entity::status::ModerationAction;
use entity::{invitation, membership, neighbourhood, user};
use sea_orm::{
    sea_query::{Condition, Expr},
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        invitation::InvitationStatus,
        membership::{
            can_lose_coordinator, effective_status, status_on_join, MembershipStatus, Role,
        },
        notification::Notice,
    },
    error::{AppError, AppResult},
    live::{
        kinds::{
            MemberApproved, MemberCounted, MemberJoined, MemberRef, MemberRequested,
            MemberRoleChanged, MemberSuspended,
        },
        Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    services::{discussions::moderation, neighbourhoods::invitations, tasks},
    support::{
        pagination::{ascending_page, decode_cursor, page_from, Page},
        sql::lock_neighbourhood,
    },
};

/// Longest suspension a coordinator can impose; longer needs removal.
pub const MAX_SUSPENSION_DAYS: i64 = 365;
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    pub role: Role,
    pub status: MembershipStatus,
    pub joined_at: DateTime<Utc>,
    pub suspended_until: Option<DateTime<Utc>>,
}

fn member_view(m: membership::Model, display_name: String) -> MemberView {
    let stored = m.status;
    let status = effective_status(stored, m.suspended_until, Utc::now());
    MemberView {
        user_id: m.user_id,
        display_name,
        role: m.role,
        status,
        joined_at: m.joined_at,
        suspended_until: (status == MembershipStatus::Suspended)
            .then_some(m.suspended_until)
            .flatten(),
    }
}

/// Whether a stored membership counts towards `member_count`.
fn counts(m: &membership::Model) -> bool {
    m.status != MembershipStatus::Pending
}

fn is_pending(m: &membership::Model) -> bool {
    m.status == MembershipStatus::Pending
}

fn is_active_coordinator(m: &membership::Model) -> bool {
    m.role == Role::Coordinator && m.status == MembershipStatus::Active
}

/// A moderation log entry about a member, written inside the change's transaction.
fn member_entry(
    change: &Change,
    action: ModerationAction,
    target: UserId,
    reason: Option<String>,
) -> moderation::Entry {
    moderation::Entry {
        neighbourhood_id: change.neighbourhood.id,
        actor_id: Some(change.actor),
        action,
        thread_id: None,
        post_id: None,
        user_id: Some(target),
        reason,
    }
}

/// A membership change in progress: the transaction (holding the neighbourhood's row lock),
/// the neighbourhood, and who is acting.
struct Change {
    tx: Transaction,
    neighbourhood: neighbourhood::Model,
    actor: UserId,
}

impl Change {
    /// Starts a transaction that owns the person's membership row (when there is one) and then
    /// the neighbourhood's row, so concurrent changes in one neighbourhood apply one at a time.
    ///
    /// Lock order, everywhere: membership rows, then tasks, then the neighbourhood, then users.
    /// A claim batch locks its claimants' membership rows before its task (`lock_members`), so a
    /// change of membership and a claim by the same person serialise on that row and neither
    /// can deadlock the other.
    async fn begin(
        db: &impl TransactionTrait,
        live: &Live,
        neighbourhood: neighbourhood::Model,
        actor: UserId,
        member: UserId,
    ) -> AppResult<Self> {
        let tx = Transaction::begin(db, live).await?;
        lock_members(&*tx, neighbourhood.id, &[member]).await?;
        lock_neighbourhood(&*tx, neighbourhood.id).await?;
        Ok(Self {
            tx,
            neighbourhood,
            actor,
        })
    }

    /// `begin` for a change that ends someone's membership: their membership row first (so no
    /// claim of theirs can commit meanwhile), then the tasks they hold claims on (the order
    /// every claim change takes), then the neighbourhood.
    async fn begin_ending(
        db: &impl TransactionTrait,
        live: &Live,
        neighbourhood: neighbourhood::Model,
        actor: UserId,
        member: UserId,
    ) -> AppResult<Self> {
        let tx = Transaction::begin(db, live).await?;
        lock_members(&*tx, neighbourhood.id, &[member]).await?;
        tasks::lock_claimed_tasks(&*tx, neighbourhood.id, member).await?;
        lock_neighbourhood(&*tx, neighbourhood.id).await?;
        Ok(Self {
            tx,
            neighbourhood,
            actor,
        })
    }

    /// Access ends everywhere at once: the member's open claims here are released in this
    /// transaction (their live subscriptions are re-checked by the `member.*` event).
    async fn end_claims(&mut self, member: UserId) -> AppResult<()> {
        tasks::release_on_leaving(&mut self.tx, self.neighbourhood.id, member, self.actor).await?;
        Ok(())
    }

    async fn membership(&self, user_id: UserId) -> AppResult<membership::Model> {
        membership::Entity::find_by_id((self.neighbourhood.id, user_id))
            .one(&*self.tx)
            .await?
            .ok_or_else(|| AppError::not_found("member"))
    }

    /// Adds `by` to `member_count` and returns the new count.
    async fn adjust_member_count(&self, by: i64) -> AppResult<i64> {
        let id = self.neighbourhood.id;
        neighbourhood::Entity::update_many()
            .col_expr(
                neighbourhood::Column::MemberCount,
                Expr::col(neighbourhood::Column::MemberCount).add(by),
            )
            .filter(neighbourhood::Column::Id.eq(id))
            .exec(&*self.tx)
            .await?;
        self.member_count().await
    }

    async fn member_count(&self) -> AppResult<i64> {
        let count: Option<i64> = neighbourhood::Entity::find_by_id(self.neighbourhood.id)
            .select_only()
            .column(neighbourhood::Column::MemberCount)
            .into_tuple()
            .one(&*self.tx)
            .await?;
        Ok(count.unwrap_or_default())
    }

    /// An event on the neighbourhood's channel about `user_id`.
    async fn emit(&mut self, user_id: UserId, event: NeighbourhoodEvent) -> AppResult<()> {
        let event = NewEvent::neighbourhood(self.neighbourhood.id, event, Some(self.actor))
            .about_user(user_id);
        self.tx.emit(event).await
    }

    /// A notification on the person's own channel; `notice` is given the neighbourhood.
    async fn notify(
        &mut self,
        user_id: UserId,
        notice: impl FnOnce(NeighbourhoodId, String) -> Notice,
    ) -> AppResult<()> {
        let notice = notice(self.neighbourhood.id, self.neighbourhood.name.clone());
        self.tx.notify(user_id, Some(self.actor), notice).await
    }

    /// Does the neighbourhood keep an active coordinator if this one goes?
    async fn coordinator_can_go(&self) -> AppResult<bool> {
        let base = membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(self.neighbourhood.id))
            .filter(membership::Column::Status.ne(MembershipStatus::Pending.as_str()));
        let coordinators = base
            .clone()
            .filter(membership::Column::Role.eq(Role::Coordinator.as_str()))
            .filter(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
            .count(&*self.tx)
            .await?;
        let members = base.count(&*self.tx).await?;
        Ok(can_lose_coordinator(
            coordinators,
            members.saturating_sub(1),
        ))
    }

    async fn update(
        &self,
        existing: membership::Model,
        apply: impl FnOnce(&mut membership::ActiveModel),
    ) -> AppResult<membership::Model> {
        let mut active: membership::ActiveModel = existing.into();
        apply(&mut active);
        active.updated_at = Set(Utc::now());
        Ok(active.update(&*self.tx).await?)
    }

    async fn delete(&self, existing: &membership::Model) -> AppResult<Option<i64>> {
        membership::Entity::delete_by_id((existing.neighbourhood_id, existing.user_id))
            .exec(&*self.tx)
            .await?;
        if counts(existing) {
            Ok(Some(self.adjust_member_count(-1).await?))
        } else {
            Ok(None)
        }
    }

    async fn commit(self, live: &Live) -> AppResult<()> {
        self.tx.commit(live).await
    }
}

/// The people who look after a neighbourhood: its active coordinators (suspended ones do not act
/// for it), for notices that ask someone to act.
pub(crate) async fn active_coordinators(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<UserId>> {
    Ok(membership::Entity::find()
        .select_only()
        .column(membership::Column::UserId)
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(membership::Column::Role.eq(Role::Coordinator.as_str()))
        .filter(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
        .into_tuple()
        .all(db)
        .await?)
}

/// Locks the membership rows of `people` in the neighbourhood until commit (PostgreSQL
/// `SELECT ... FOR UPDATE`, in user id order so that two lockers sharing people cannot deadlock;
/// SQLite has one writer at a time) and answers who among them is, now, a member in good
/// standing (active, or with a suspension that has lapsed).
///
/// Every membership change takes its person's row this way before anything else, and so does a
/// claim batch for its claimants, so a claim never commits for someone whose membership ended
/// or was suspended while it waited: either the change came first and the batch sees it, or the
/// batch came first and the change (which releases claims) sees the claim.
pub(crate) async fn lock_members(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    people: &[UserId],
) -> AppResult<std::collections::HashSet<UserId>> {
    in_good_standing(db, neighbourhood_id, people, true).await
}

/// For a write that holds the neighbourhood's row lock (and so must not take membership rows
/// after it): refuses with `refusal` unless the person is, now, a member in good standing. Every
/// membership change writes while holding that lock, so this read sees the last one committed
/// and none can commit until the write does.
pub(crate) async fn require_good_standing(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    person: UserId,
    refusal: &str,
) -> AppResult<()> {
    if in_good_standing(db, neighbourhood_id, &[person], false)
        .await?
        .contains(&person)
    {
        Ok(())
    } else {
        Err(AppError::Forbidden(refusal.to_owned().into()))
    }
}

async fn in_good_standing(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    people: &[UserId],
    lock: bool,
) -> AppResult<std::collections::HashSet<UserId>> {
    let mut find = membership::Entity::find()
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(membership::Column::UserId.is_in(people.iter().copied()))
        .order_by_asc(membership::Column::UserId);
    if lock && db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        find = find.lock_exclusive();
    }
    let now = Utc::now();
    Ok(find
        .all(db)
        .await?
        .into_iter()
        .filter(|m| effective_status(m.status, m.suspended_until, now) == MembershipStatus::Active)
        .map(|m| m.user_id)
        .collect())
}

async fn display_name_of(db: &impl ConnectionTrait, user_id: UserId) -> AppResult<String> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default())
}

pub async fn join<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<MemberView> {
    let access = NeighbourhoodAccess::load(db, Some(user), neighbourhood_id).await?;
    if let Some((_, status)) = access.membership {
        return Err(AppError::Conflict(match status {
            MembershipStatus::Pending => {
                "Your request to join is already waiting for a coordinator.".into()
            }
            _ => "You are already a member of this neighbourhood.".into(),
        }));
    }
    let policy = access.neighbourhood.join_policy;
    let change = Change::begin(db, live, access.neighbourhood, user.id, user.id).await?;
    insert_membership(change, live, user, status_on_join(policy)).await
}

async fn insert_membership(
    mut change: Change,
    live: &Live,
    user: &user::Model,
    status: MembershipStatus,
) -> AppResult<MemberView> {
    let now = Utc::now();
    let created = membership::ActiveModel {
        neighbourhood_id: Set(change.neighbourhood.id),
        user_id: Set(user.id),
        role: Set(Role::Member),
        status: Set(status),
        suspended_until: Set(None),
        suspension_reason: Set(None),
        joined_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&*change.tx)
    .await?;
    if counts(&created) {
        let member_count = change.adjust_member_count(1).await?;
        let joined = MemberJoined {
            user_id: user.id,
            display_name: user.display_name.clone(),
            role: Role::Member,
            member_count,
        };
        change
            .emit(user.id, NeighbourhoodEvent::MemberJoined(joined))
            .await?;
    } else {
        let requested = MemberRequested {
            user_id: user.id,
            display_name: user.display_name.clone(),
        };
        change
            .emit(user.id, NeighbourhoodEvent::MemberRequested(requested))
            .await?;
    }
    change.commit(live).await?;
    Ok(member_view(created, user.display_name.clone()))
}

/// Accepting an invitation: the person joins as an active member through the same path and
/// events as joining (whatever the join policy: a coordinator asked them), or their pending
/// request is approved. The invitation is marked accepted inside the same transaction, which
/// holds the neighbourhood's lock, by a write conditional on it still being pending: of two
/// concurrent accepts exactly one makes the membership, and the other is told it was answered.
pub(crate) async fn accept_invitation<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    invitation: &invitation::Model,
) -> AppResult<MemberView> {
    let neighbourhood = neighbourhood::Entity::find_by_id(invitation.neighbourhood_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("invitation"))?;
    let change = Change::begin(db, live, neighbourhood, user.id, user.id).await?;
    invitations::mark_answered(&*change.tx, invitation.id, InvitationStatus::Accepted).await?;
    let existing = membership::Entity::find_by_id((change.neighbourhood.id, user.id))
        .one(&*change.tx)
        .await?;
    match existing {
        None => insert_membership(change, live, user, MembershipStatus::Active).await,
        Some(pending) if is_pending(&pending) => {
            activate(change, live, pending, user.display_name.clone()).await
        }
        // Already in: the invitation is answered and nothing else changes.
        Some(existing) => {
            change.commit(live).await?;
            Ok(member_view(existing, user.display_name.clone()))
        }
    }
}

/// Leave, or withdraw a pending request.
pub async fn leave<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<()> {
    let access = NeighbourhoodAccess::load(db, Some(user), neighbourhood_id).await?;
    let mut change = Change::begin_ending(db, live, access.neighbourhood, user.id, user.id).await?;
    let existing = change.membership(user.id).await?;
    if is_active_coordinator(&existing) && !change.coordinator_can_go().await? {
        return Err(AppError::Conflict(
            "You are the last coordinator: make another member a coordinator before leaving."
                .into(),
        ));
    }
    match change.delete(&existing).await? {
        Some(member_count) => {
            change.end_claims(user.id).await?;
            change
                .emit(
                    user.id,
                    NeighbourhoodEvent::MemberLeft(MemberCounted {
                        user_id: user.id,
                        member_count,
                    }),
                )
                .await?
        }
        None => {
            change
                .emit(
                    user.id,
                    NeighbourhoodEvent::MemberRequestWithdrawn(MemberRef { user_id: user.id }),
                )
                .await?
        }
    }
    change.commit(live).await
}

pub struct MemberFilter {
    pub status: Option<MembershipStatus>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// Members in joining order. Pending requests are shown to coordinators only.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    filter: MemberFilter,
) -> AppResult<Page<MemberView>> {
    let access = NeighbourhoodAccess::load(db, Some(viewer), neighbourhood_id).await?;
    access.require_see_members()?;
    let status = filter.status.unwrap_or(MembershipStatus::Active);
    if status == MembershipStatus::Pending {
        access.require_manage()?;
    }
    let now = Utc::now();
    let mut query = membership::Entity::find()
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .find_also_related(user::Entity);
    // Suspensions lapse by time, so "active" includes suspensions that have ended.
    query = match status {
        MembershipStatus::Active => query.filter(
            Condition::any()
                .add(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
                .add(
                    Condition::all()
                        .add(membership::Column::Status.eq(MembershipStatus::Suspended.as_str()))
                        .add(membership::Column::SuspendedUntil.lte(now)),
                ),
        ),
        MembershipStatus::Suspended => query
            .filter(membership::Column::Status.eq(MembershipStatus::Suspended.as_str()))
            .filter(membership::Column::SuspendedUntil.gt(now)),
        MembershipStatus::Pending => {
            query.filter(membership::Column::Status.eq(MembershipStatus::Pending.as_str()))
        }
    };
    let after: Option<(DateTime<Utc>, Uuid)> = decode_cursor(filter.cursor.as_deref())?;
    let rows = ascending_page(
        query,
        membership::Column::JoinedAt,
        membership::Column::UserId,
        after,
        filter.limit,
    )
    .all(db)
    .await?;
    Ok(page_from(
        rows,
        filter.limit,
        |(m, _)| (m.joined_at, m.user_id),
        |(m, u)| member_view(m, u.map(|u| u.display_name).unwrap_or_default()),
    ))
}

/// Checks the caller coordinates the neighbourhood, then starts a change holding its lock and
/// loads the target's membership.
async fn manage<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
) -> AppResult<(Change, membership::Model)> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let change = Change::begin(db, live, access.neighbourhood, actor.id, target).await?;
    let existing = change.membership(target).await?;
    Ok((change, existing))
}

pub async fn approve<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
) -> AppResult<MemberView> {
    let (change, existing) = manage(db, live, actor, neighbourhood_id, target).await?;
    if !is_pending(&existing) {
        return Err(AppError::Conflict(
            "There is no pending request from this person.".into(),
        ));
    }
    let name = display_name_of(&*change.tx, target).await?;
    activate(change, live, existing, name).await
}

/// Makes a pending request an active membership (approval, or the person accepting an
/// invitation) and tells the person, unless they did it themselves.
async fn activate(
    mut change: Change,
    live: &Live,
    existing: membership::Model,
    name: String,
) -> AppResult<MemberView> {
    let target = existing.user_id;
    let member_count = change.adjust_member_count(1).await?;
    let updated = change
        .update(existing, |m| {
            m.status = Set(MembershipStatus::Active);
            m.joined_at = Set(Utc::now());
        })
        .await?;
    let approved = MemberApproved {
        user_id: target,
        display_name: name.clone(),
        member_count,
    };
    change
        .emit(target, NeighbourhoodEvent::MemberApproved(approved))
        .await?;
    if change.actor != target {
        change
            .notify(target, |neighbourhood_id, neighbourhood_name| {
                Notice::MembershipApproved {
                    neighbourhood_id,
                    neighbourhood_name,
                }
            })
            .await?;
    }
    change.commit(live).await?;
    Ok(member_view(updated, name))
}

pub async fn set_role<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
    role: Role,
) -> AppResult<MemberView> {
    let (mut change, existing) = manage(db, live, actor, neighbourhood_id, target).await?;
    if is_pending(&existing) {
        return Err(AppError::Conflict(
            "Approve the request before changing the role.".into(),
        ));
    }
    if role == Role::Member
        && is_active_coordinator(&existing)
        && !change.coordinator_can_go().await?
    {
        return Err(AppError::Conflict(
            "A neighbourhood needs at least one coordinator: appoint another first.".into(),
        ));
    }
    let unchanged = existing.role == role;
    let updated = change.update(existing, |m| m.role = Set(role)).await?;
    if !unchanged {
        change
            .emit(
                target,
                NeighbourhoodEvent::MemberRoleChanged(MemberRoleChanged {
                    user_id: target,
                    role,
                }),
            )
            .await?;
        change
            .notify(target, |neighbourhood_id, neighbourhood_name| {
                Notice::RoleChanged {
                    neighbourhood_id,
                    neighbourhood_name,
                    role,
                }
            })
            .await?;
    }
    let name = display_name_of(&*change.tx, target).await?;
    change.commit(live).await?;
    Ok(member_view(updated, name))
}

pub struct Suspension {
    pub until: DateTime<Utc>,
    pub reason: String,
}

/// Suspends a member (not a coordinator: demote first) until a time within a year.
pub async fn suspend<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
    suspension: Suspension,
) -> AppResult<MemberView> {
    let now = Utc::now();
    let reason = suspension.reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(AppError::invalid(
            "reason",
            format!("must be 1 to {MAX_REASON_CHARS} characters"),
        ));
    }
    if suspension.until <= now || suspension.until > now + Duration::days(MAX_SUSPENSION_DAYS) {
        return Err(AppError::invalid(
            "until",
            format!("must be in the future and within {MAX_SUSPENSION_DAYS} days"),
        ));
    }
    if target == actor.id {
        return Err(AppError::Conflict("You cannot suspend yourself.".into()));
    }
    let (mut change, existing) = manage(db, live, actor, neighbourhood_id, target).await?;
    if is_pending(&existing) {
        return Err(AppError::Conflict(
            "Pending requests are rejected, not suspended.".into(),
        ));
    }
    if existing.role == Role::Coordinator {
        return Err(AppError::Conflict(
            "Make this coordinator a member before suspending them.".into(),
        ));
    }
    let until = suspension.until;
    let updated = change
        .update(existing, |m| {
            m.status = Set(MembershipStatus::Suspended);
            m.suspended_until = Set(Some(until));
            m.suspension_reason = Set(Some(reason.clone()));
        })
        .await?;
    change
        .emit(
            target,
            NeighbourhoodEvent::MemberSuspended(MemberSuspended {
                user_id: target,
                until,
            }),
        )
        .await?;
    change
        .notify(target, |neighbourhood_id, neighbourhood_name| {
            Notice::Suspended {
                neighbourhood_id,
                neighbourhood_name,
                until,
                reason: reason.clone(),
            }
        })
        .await?;
    let entry = member_entry(
        &change,
        ModerationAction::MemberSuspended,
        target,
        Some(reason),
    );
    moderation::record(&*change.tx, entry).await?;
    let name = display_name_of(&*change.tx, target).await?;
    change.commit(live).await?;
    Ok(member_view(updated, name))
}

pub async fn reinstate<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
) -> AppResult<MemberView> {
    let (mut change, existing) = manage(db, live, actor, neighbourhood_id, target).await?;
    if existing.status != MembershipStatus::Suspended {
        return Err(AppError::Conflict("This member is not suspended.".into()));
    }
    let updated = change
        .update(existing, |m| {
            m.status = Set(MembershipStatus::Active);
            m.suspended_until = Set(None);
            m.suspension_reason = Set(None);
        })
        .await?;
    change
        .emit(
            target,
            NeighbourhoodEvent::MemberReinstated(MemberRef { user_id: target }),
        )
        .await?;
    change
        .notify(target, |neighbourhood_id, neighbourhood_name| {
            Notice::Reinstated {
                neighbourhood_id,
                neighbourhood_name,
            }
        })
        .await?;
    let entry = member_entry(&change, ModerationAction::MemberReinstated, target, None);
    moderation::record(&*change.tx, entry).await?;
    let name = display_name_of(&*change.tx, target).await?;
    change.commit(live).await?;
    Ok(member_view(updated, name))
}

/// Removes a member or rejects a pending request. Coordinators must be demoted first, and people
/// leave of their own accord through `leave`. Removing a member is kept in the moderation log
/// with the reason given.
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    target: UserId,
    reason: Option<String>,
) -> AppResult<()> {
    let reason = match reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(r) if r.chars().count() <= MAX_REASON_CHARS => Some(r.to_owned()),
        Some(_) => {
            return Err(AppError::invalid(
                "reason",
                format!("must be at most {MAX_REASON_CHARS} characters"),
            ))
        }
    };
    if target == actor.id {
        return Err(AppError::Conflict(
            "Use leave to leave a neighbourhood yourself.".into(),
        ));
    }
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let mut change = Change::begin_ending(db, live, access.neighbourhood, actor.id, target).await?;
    let existing = change.membership(target).await?;
    if existing.role == Role::Coordinator {
        return Err(AppError::Conflict(
            "Make this coordinator a member before removing them.".into(),
        ));
    }
    match change.delete(&existing).await? {
        Some(member_count) => {
            change.end_claims(target).await?;
            change
                .emit(
                    target,
                    NeighbourhoodEvent::MemberRemoved(MemberCounted {
                        user_id: target,
                        member_count,
                    }),
                )
                .await?;
            change
                .notify(target, |neighbourhood_id, neighbourhood_name| {
                    Notice::Removed {
                        neighbourhood_id,
                        neighbourhood_name,
                    }
                })
                .await?;
            let entry = member_entry(&change, ModerationAction::MemberRemoved, target, reason);
            moderation::record(&*change.tx, entry).await?;
        }
        None => {
            change
                .emit(
                    target,
                    NeighbourhoodEvent::MemberRejected(MemberRef { user_id: target }),
                )
                .await?;
            change
                .notify(target, |neighbourhood_id, neighbourhood_name| {
                    Notice::MembershipRejected {
                        neighbourhood_id,
                        neighbourhood_name,
                    }
                })
                .await?;
        }
    }
    change.commit(live).await
}
