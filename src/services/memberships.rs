//! Joining, leaving, and the coordinators' work on members: approval, roles, suspension and
//! removal. Every change that alters who counts as a member keeps `member_count` in step inside
//! the same transaction.

use chrono::{DateTime, Duration, Utc};
use entity::{membership, neighbourhood, user};
use sea_orm::{
    sea_query::{Condition, Expr},
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        account::Email,
        membership::{
            can_lose_coordinator, effective_status, status_on_join, MembershipStatus, Role,
        },
        neighbourhood::JoinPolicy,
        pagination::{decode_cursor, page_from, Page},
    },
    error::{AppError, AppResult},
    services::keyset_after,
};

/// Longest suspension a coordinator can impose; longer needs removal.
pub const MAX_SUSPENSION_DAYS: i64 = 365;
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    pub user_id: Uuid,
    pub display_name: String,
    pub role: Role,
    pub status: MembershipStatus,
    pub joined_at: DateTime<Utc>,
    pub suspended_until: Option<DateTime<Utc>>,
}

fn member_view(m: membership::Model, display_name: String) -> MemberView {
    let stored = MembershipStatus::from_db(&m.status).unwrap_or(MembershipStatus::Pending);
    let status = effective_status(stored, m.suspended_until, Utc::now());
    MemberView {
        user_id: m.user_id,
        display_name,
        role: Role::from_db(&m.role).unwrap_or(Role::Member),
        status,
        joined_at: m.joined_at,
        suspended_until: (status == MembershipStatus::Suspended)
            .then_some(m.suspended_until)
            .flatten(),
    }
}

/// Whether a stored membership counts towards `member_count`.
fn counts(m: &membership::Model) -> bool {
    m.status != MembershipStatus::Pending.as_str()
}

async fn adjust_member_count(
    db: &impl ConnectionTrait,
    neighbourhood_id: Uuid,
    by: i64,
) -> AppResult<()> {
    neighbourhood::Entity::update_many()
        .col_expr(
            neighbourhood::Column::MemberCount,
            Expr::col(neighbourhood::Column::MemberCount).add(by),
        )
        .filter(neighbourhood::Column::Id.eq(neighbourhood_id))
        .exec(db)
        .await?;
    Ok(())
}

async fn find_membership(
    db: &impl ConnectionTrait,
    neighbourhood_id: Uuid,
    user_id: Uuid,
) -> AppResult<membership::Model> {
    membership::Entity::find_by_id((neighbourhood_id, user_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("member"))
}

async fn display_name_of(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<String> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default())
}

/// Starts a transaction that owns the neighbourhood's row: bumping `updated_at` first takes
/// the write lock, so concurrent membership changes in one neighbourhood apply one at a time.
async fn begin_locked(
    db: &impl TransactionTrait,
    neighbourhood_id: Uuid,
) -> AppResult<DatabaseTransaction> {
    let txn = db.begin().await?;
    neighbourhood::Entity::update_many()
        .col_expr(neighbourhood::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(neighbourhood::Column::Id.eq(neighbourhood_id))
        .exec(&txn)
        .await?;
    Ok(txn)
}

pub async fn join<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user: &user::Model,
    neighbourhood_id: Uuid,
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
    let policy =
        JoinPolicy::from_db(&access.neighbourhood.join_policy).unwrap_or(JoinPolicy::Approval);
    let status = status_on_join(policy);
    insert_membership(db, neighbourhood_id, user, status).await
}

async fn insert_membership<C: TransactionTrait>(
    db: &C,
    neighbourhood_id: Uuid,
    user: &user::Model,
    status: MembershipStatus,
) -> AppResult<MemberView> {
    let now = Utc::now();
    let txn = begin_locked(db, neighbourhood_id).await?;
    let created = membership::ActiveModel {
        neighbourhood_id: Set(neighbourhood_id),
        user_id: Set(user.id),
        role: Set(Role::Member.as_str().into()),
        status: Set(status.as_str().into()),
        suspended_until: Set(None),
        suspension_reason: Set(None),
        joined_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    if counts(&created) {
        adjust_member_count(&txn, neighbourhood_id, 1).await?;
    }
    txn.commit().await?;
    Ok(member_view(created, user.display_name.clone()))
}

/// Coordinators add someone by e-mail, straight in as an active member: the way into a private
/// neighbourhood, which outsiders cannot find.
pub async fn add_by_email<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    email: &str,
) -> AppResult<MemberView> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let email = Email::parse(email).map_err(|m| AppError::invalid("email", m))?;
    let invitee = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("email", "no account uses this e-mail address"))?;
    match membership::Entity::find_by_id((neighbourhood_id, invitee.id))
        .one(db)
        .await?
    {
        Some(existing) if existing.status == MembershipStatus::Pending.as_str() => {
            approve(db, actor, neighbourhood_id, invitee.id).await
        }
        Some(_) => Err(AppError::Conflict(
            "That person is already a member.".into(),
        )),
        None => insert_membership(db, neighbourhood_id, &invitee, MembershipStatus::Active).await,
    }
}

/// Counts that decide whether a coordinator may step down.
async fn coordinator_can_go(db: &impl ConnectionTrait, neighbourhood_id: Uuid) -> AppResult<bool> {
    let base = membership::Entity::find()
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(membership::Column::Status.ne(MembershipStatus::Pending.as_str()));
    let coordinators = base
        .clone()
        .filter(membership::Column::Role.eq(Role::Coordinator.as_str()))
        .filter(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
        .count(db)
        .await?;
    let members = base.count(db).await?;
    Ok(can_lose_coordinator(
        coordinators,
        members.saturating_sub(1),
    ))
}

fn is_active_coordinator(m: &membership::Model) -> bool {
    m.role == Role::Coordinator.as_str() && m.status == MembershipStatus::Active.as_str()
}

pub async fn leave<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user: &user::Model,
    neighbourhood_id: Uuid,
) -> AppResult<()> {
    NeighbourhoodAccess::load(db, Some(user), neighbourhood_id).await?;
    let txn = begin_locked(db, neighbourhood_id).await?;
    let existing = find_membership(&txn, neighbourhood_id, user.id).await?;
    if is_active_coordinator(&existing) && !coordinator_can_go(&txn, neighbourhood_id).await? {
        return Err(AppError::Conflict(
            "You are the last coordinator: make another member a coordinator before leaving."
                .into(),
        ));
    }
    remove_row(&txn, &existing).await?;
    txn.commit().await?;
    Ok(())
}

async fn remove_row(txn: &DatabaseTransaction, existing: &membership::Model) -> AppResult<()> {
    membership::Entity::delete_by_id((existing.neighbourhood_id, existing.user_id))
        .exec(txn)
        .await?;
    if counts(existing) {
        adjust_member_count(txn, existing.neighbourhood_id, -1).await?;
    }
    Ok(())
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
    neighbourhood_id: Uuid,
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
    if let Some((joined_at, user_id)) =
        decode_cursor::<(DateTime<Utc>, Uuid)>(filter.cursor.as_deref())?
    {
        query = query.filter(keyset_after(
            membership::Column::JoinedAt,
            joined_at,
            membership::Column::UserId,
            user_id,
        ));
    }
    let rows = query
        .order_by_asc(membership::Column::JoinedAt)
        .order_by_asc(membership::Column::UserId)
        .limit(filter.limit + 1)
        .all(db)
        .await?;
    Ok(page_from(
        rows,
        filter.limit,
        |(m, _)| (m.joined_at, m.user_id),
        |(m, u)| member_view(m, u.map(|u| u.display_name).unwrap_or_default()),
    ))
}

/// Loads the caller's access (coordinators only) and the target's membership, in a transaction
/// that holds the neighbourhood's write lock.
async fn manage<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
) -> AppResult<(DatabaseTransaction, membership::Model)> {
    NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id)
        .await?
        .require_manage()?;
    let txn = begin_locked(db, neighbourhood_id).await?;
    let existing = find_membership(&txn, neighbourhood_id, target).await?;
    Ok((txn, existing))
}

async fn save(
    txn: DatabaseTransaction,
    existing: membership::Model,
    apply: impl FnOnce(&mut membership::ActiveModel),
) -> AppResult<MemberView> {
    let user_id = existing.user_id;
    let mut active: membership::ActiveModel = existing.into();
    apply(&mut active);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&txn).await?;
    let name = display_name_of(&txn, user_id).await?;
    txn.commit().await?;
    Ok(member_view(updated, name))
}

pub async fn approve<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
) -> AppResult<MemberView> {
    let (txn, existing) = manage(db, actor, neighbourhood_id, target).await?;
    if existing.status != MembershipStatus::Pending.as_str() {
        return Err(AppError::Conflict(
            "There is no pending request from this person.".into(),
        ));
    }
    adjust_member_count(&txn, neighbourhood_id, 1).await?;
    save(txn, existing, |m| {
        m.status = Set(MembershipStatus::Active.as_str().into());
        m.joined_at = Set(Utc::now());
    })
    .await
}

pub async fn set_role<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
    role: Role,
) -> AppResult<MemberView> {
    let (txn, existing) = manage(db, actor, neighbourhood_id, target).await?;
    if existing.status == MembershipStatus::Pending.as_str() {
        return Err(AppError::Conflict(
            "Approve the request before changing the role.".into(),
        ));
    }
    if role == Role::Member
        && is_active_coordinator(&existing)
        && !coordinator_can_go(&txn, neighbourhood_id).await?
    {
        return Err(AppError::Conflict(
            "A neighbourhood needs at least one coordinator: appoint another first.".into(),
        ));
    }
    save(txn, existing, |m| m.role = Set(role.as_str().into())).await
}

pub struct Suspension {
    pub until: DateTime<Utc>,
    pub reason: String,
}

/// Suspends a member (not a coordinator: demote first) until a time within a year.
pub async fn suspend<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
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
    let (txn, existing) = manage(db, actor, neighbourhood_id, target).await?;
    if existing.status == MembershipStatus::Pending.as_str() {
        return Err(AppError::Conflict(
            "Pending requests are rejected, not suspended.".into(),
        ));
    }
    if existing.role == Role::Coordinator.as_str() {
        return Err(AppError::Conflict(
            "Make this coordinator a member before suspending them.".into(),
        ));
    }
    save(txn, existing, |m| {
        m.status = Set(MembershipStatus::Suspended.as_str().into());
        m.suspended_until = Set(Some(suspension.until));
        m.suspension_reason = Set(Some(reason));
    })
    .await
}

pub async fn reinstate<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
) -> AppResult<MemberView> {
    let (txn, existing) = manage(db, actor, neighbourhood_id, target).await?;
    if existing.status != MembershipStatus::Suspended.as_str() {
        return Err(AppError::Conflict("This member is not suspended.".into()));
    }
    save(txn, existing, |m| {
        m.status = Set(MembershipStatus::Active.as_str().into());
        m.suspended_until = Set(None);
        m.suspension_reason = Set(None);
    })
    .await
}

/// Removes a member or rejects a pending request. Coordinators must be demoted first, and people
/// leave of their own accord through `leave`.
pub async fn remove<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor: &user::Model,
    neighbourhood_id: Uuid,
    target: Uuid,
) -> AppResult<()> {
    if target == actor.id {
        return Err(AppError::Conflict(
            "Use leave to leave a neighbourhood yourself.".into(),
        ));
    }
    let (txn, existing) = manage(db, actor, neighbourhood_id, target).await?;
    if existing.role == Role::Coordinator.as_str() {
        return Err(AppError::Conflict(
            "Make this coordinator a member before removing them.".into(),
        ));
    }
    remove_row(&txn, &existing).await?;
    txn.commit().await?;
    Ok(())
}
