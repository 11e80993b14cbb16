//! Volunteer tasks: creating and approving them, race-free claiming with leases, check-in, work
//! reports, verification by someone other than the worker, and the sweeper that releases lapsed
//! claims. The rules live in `domain::task`.
//!
//! Claims themselves are decided in `services::tasks::claims`, in batches per task.

pub mod calendar;
pub mod claims;
pub mod volunteer_hours;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use entity::ids::{ClaimId, IssueId, NeighbourhoodId, TaskId, UserId};
use entity::{issue, task, task_claim, user};
use sea_orm::{
    sea_query::{Alias, CaseStatement, Expr, LikeExpr},
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::task::{ClaimStatusRules, TaskStatusRules};
use crate::i18n::{Locale, RequestLocale};
use crate::services::accounts;
use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        geo::GeoPoint,
        notification::Notice,
        task::{
            lease_end, may_verify, status_after_work, valid_hours, ClaimStatus, TaskStatus,
            DEFAULT_LEASE_HOURS, MAX_HOURS, MAX_LEASE_HOURS, MAX_SLOTS, MIN_HOURS, MIN_SLOTS,
        },
    },
    error::{AppError, AppResult},
    live::{
        kinds::{ClaimState, TaskState},
        Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    services::issues::area_of,
    support::{
        fields::FieldCheck,
        pagination::{decode_cursor, page_from, Page},
        sql::escape_like,
    },
};

pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_DESCRIPTION_CHARS: usize = 4_000;
pub const MAX_NOTES_CHARS: usize = 1_000;
pub const MAX_SKILLS: usize = 10;
pub const MIN_TITLE_CHARS: usize = 3;
pub const MAX_SKILL_CHARS: usize = 40;
/// The `status` filter: a comma-separated list of the few task states.
pub const MAX_STATUS_FILTER_CHARS: usize = 200;

/// The fields of a task, all optional so one type serves creating (title and slots required) and
/// editing (only what is given changes).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskFields {
    /// 3 to 120 characters.
    pub title: Option<String>,
    /// Plain text, up to 4,000 characters.
    pub description: Option<String>,
    /// The shared issue this work helps with (same neighbourhood).
    #[schema(value_type = Option<Uuid>)]
    pub issue_id: Option<IssueId>,
    /// Inside the neighbourhood.
    pub location: Option<GeoPoint>,
    pub address: Option<String>,
    /// Both or neither; `ends_at` after `starts_at`.
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// 1 to 100 people.
    pub slots: Option<i32>,
    /// Lease of a claim on an open-ended task, 1 to 336 hours (default 48).
    pub lease_hours: Option<i32>,
    /// Up to 10, each up to 40 characters.
    pub skills: Option<Vec<String>>,
    pub accessibility: Option<String>,
    pub equipment: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClaimView {
    #[schema(value_type = Uuid)]
    pub id: ClaimId,
    #[schema(value_type = Uuid)]
    pub task_id: TaskId,
    /// Shown to members, coordinators and service managers; hidden from everyone else.
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<UserId>,
    pub display_name: Option<String>,
    pub status: ClaimStatus,
    pub claimed_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub checked_in_at: Option<DateTime<Utc>>,
    pub done_at: Option<DateTime<Utc>>,
    pub hours: Option<f64>,
    pub note: Option<String>,
    pub verified_at: Option<DateTime<Utc>>,
    pub rejected_reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TaskView {
    #[schema(value_type = Uuid)]
    pub id: TaskId,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    #[schema(value_type = Option<Uuid>)]
    pub issue_id: Option<IssueId>,
    pub title: String,
    pub description: String,
    /// The language the title and description was written in, as the writer's page was shown; none when unknown.
    pub lang: Option<Locale>,
    pub location: Option<GeoPoint>,
    pub address: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub slots: i32,
    pub claimed_slots: i32,
    pub lease_hours: i32,
    pub skills: Vec<String>,
    pub accessibility: String,
    pub equipment: String,
    pub status: TaskStatus,
    pub cancel_reason: Option<String>,
    pub verified_hours: f64,
    #[schema(value_type = Option<Uuid>)]
    pub created_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    /// The caller's own claim, if they hold or held one.
    pub my_claim: Option<ClaimView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TaskDetail {
    #[serde(flatten)]
    pub task: TaskView,
    /// Slot-holding claims (names for those who may see members).
    pub claims: Vec<ClaimView>,
    /// Whether the caller may edit, approve or cancel.
    pub can_manage: bool,
    /// Whether the caller may verify other people's work on it (a coordinator, or a member
    /// holding no claim on it).
    pub can_verify: bool,
}

/// A claim waiting for someone to verify it, with its task.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueuedClaim {
    #[serde(flatten)]
    pub claim: ClaimView,
    pub task_title: String,
}

pub(super) fn claim_view(
    c: task_claim::Model,
    name: Option<String>,
    show_person: bool,
) -> ClaimView {
    ClaimView {
        id: c.id,
        task_id: c.task_id,
        user_id: show_person.then_some(c.user_id),
        display_name: name.filter(|_| show_person),
        status: c.status,
        claimed_at: c.claimed_at,
        expires_at: c.expires_at,
        checked_in_at: c.checked_in_at,
        done_at: c.done_at,
        hours: c.hours,
        note: c.note.filter(|_| show_person),
        verified_at: c.verified_at,
        rejected_reason: c.rejected_reason.filter(|_| show_person),
    }
}

fn task_view(t: task::Model, my_claim: Option<ClaimView>) -> TaskView {
    let status = t.status;
    TaskView {
        id: t.id,
        neighbourhood_id: t.neighbourhood_id,
        issue_id: t.issue_id,
        title: t.title,
        description: t.description,
        lang: t.lang.as_deref().and_then(Locale::from_tag),
        location: t.lat.zip(t.lon).map(|(lat, lon)| GeoPoint { lat, lon }),
        address: t.address,
        starts_at: t.starts_at,
        ends_at: t.ends_at,
        slots: t.slots,
        claimed_slots: t.claimed_slots,
        lease_hours: t.lease_hours,
        skills: serde_json::from_value(t.skills).unwrap_or_default(),
        accessibility: t.accessibility,
        equipment: t.equipment,
        status,
        cancel_reason: t.cancel_reason,
        verified_hours: t.verified_hours,
        created_by: t.created_by,
        created_at: t.created_at,
        my_claim,
    }
}

fn plain(text: &str, max: usize) -> Result<String, String> {
    let text = text.trim();
    if text.chars().count() <= max && !text.chars().any(|c| c.is_control() && c != '\n') {
        Ok(text.to_owned())
    } else {
        Err(format!("must be at most {max} characters of plain text"))
    }
}

/// Checks the given fields against the task they would change (`None` when creating).
async fn checked(
    db: &impl ConnectionTrait,
    access: &NeighbourhoodAccess,
    existing: Option<&task::Model>,
    fields: TaskFields,
) -> AppResult<task::ActiveModel> {
    let mut check = FieldCheck::new();
    let mut row: task::ActiveModel = match existing {
        Some(t) => t.clone().into(),
        None => task::ActiveModel {
            description: Set(String::new()),
            lease_hours: Set(DEFAULT_LEASE_HOURS),
            skills: Set(json!([])),
            accessibility: Set(String::new()),
            equipment: Set(String::new()),
            lat: Set(None),
            lon: Set(None),
            address: Set(None),
            starts_at: Set(None),
            ends_at: Set(None),
            issue_id: Set(None),
            ..Default::default()
        },
    };
    match fields.title.as_deref().map(str::trim) {
        Some(title) if (MIN_TITLE_CHARS..=MAX_TITLE_CHARS).contains(&title.chars().count()) => {
            row.title = Set(title.to_owned())
        }
        Some(_) => check.add(
            "title",
            format!("must be {MIN_TITLE_CHARS} to {MAX_TITLE_CHARS} characters"),
        ),
        None if existing.is_none() => check.add("title", "is required"),
        None => {}
    }
    if let Some(description) = &fields.description {
        if let Some(d) = check.check("description", plain(description, MAX_DESCRIPTION_CHARS)) {
            row.description = Set(d);
        }
    }
    // The title and description are one person's words: in the language of their page when they
    // are written, and again when someone rewrites them (fixing the time alone keeps it).
    let rewritten = match existing {
        None => true,
        Some(t) => row.title.as_ref() != &t.title || row.description.as_ref() != &t.description,
    };
    if rewritten {
        row.lang = Set(RequestLocale::of_written_text());
    }
    for (field, value, column) in [
        (
            "accessibility",
            &fields.accessibility,
            task::Column::Accessibility,
        ),
        ("equipment", &fields.equipment, task::Column::Equipment),
    ] {
        if let Some(text) = value {
            if let Some(text) = check.check(field, plain(text, MAX_NOTES_CHARS)) {
                row.set(column, text.into());
            }
        }
    }
    if let Some(address) = &fields.address {
        if let Some(a) = check.check("address", plain(address, 300)) {
            row.address = Set(Some(a).filter(|a| !a.is_empty()));
        }
    }
    if let Some(point) = fields.location {
        let inside = GeoPoint::parse(point.lat, point.lon).is_ok()
            && area_of(&access.neighbourhood).is_some_and(|area| area.contains(&point));
        if inside {
            row.lat = Set(Some(point.lat));
            row.lon = Set(Some(point.lon));
        } else {
            check.add("location", "must be inside the neighbourhood");
        }
    }
    match (fields.starts_at, fields.ends_at) {
        (Some(starts), Some(ends)) if ends > starts => {
            row.starts_at = Set(Some(starts));
            row.ends_at = Set(Some(ends));
        }
        (Some(_), Some(_)) => check.add("ends_at", "must be after starts_at"),
        (None, None) => {}
        _ => check.add("ends_at", "give both starts_at and ends_at, or neither"),
    }
    let held = existing.map_or(0, |t| t.claimed_slots);
    match fields.slots {
        Some(slots) if !(MIN_SLOTS..=MAX_SLOTS).contains(&slots) => {
            check.add("slots", format!("must be {MIN_SLOTS} to {MAX_SLOTS}"))
        }
        Some(slots) if slots < held => check.add(
            "slots",
            format!("{held} people hold a slot; release claims before lowering it"),
        ),
        Some(slots) => row.slots = Set(slots),
        None if existing.is_none() => check.add("slots", "is required"),
        None => {}
    }
    if let Some(hours) = fields.lease_hours {
        if (1..=MAX_LEASE_HOURS).contains(&hours) {
            row.lease_hours = Set(hours);
        } else {
            check.add("lease_hours", format!("must be 1 to {MAX_LEASE_HOURS}"));
        }
    }
    if let Some(skills) = &fields.skills {
        let cleaned: Vec<String> = skills
            .iter()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        // Counted as sent, before duplicates and blanks go: the limit is on what is accepted.
        if skills.len() > MAX_SKILLS
            || skills.iter().any(|s| s.chars().count() > MAX_SKILL_CHARS)
            || cleaned.iter().any(|s| s.contains(['"', '\\']))
        {
            check.add(
                "skills",
                format!("at most {MAX_SKILLS} skills of up to {MAX_SKILL_CHARS} characters"),
            );
        } else {
            row.skills = Set(json!(cleaned));
        }
    }
    if let Some(issue_id) = fields.issue_id {
        let same_place = issue::Entity::find_by_id(issue_id)
            .one(db)
            .await?
            .is_some_and(|i| i.neighbourhood_id == access.neighbourhood.id);
        if same_place {
            row.issue_id = Set(Some(issue_id));
        } else {
            check.add("issue_id", "is not an issue of this neighbourhood");
        }
    }
    check.finish()?;
    Ok(row)
}

/// Coordinators and the serving organisation's managers run tasks.
fn runs_tasks(access: &NeighbourhoodAccess) -> bool {
    access.can_manage() || access.is_service_manager
}

fn task_state(t: &task::Model) -> TaskState {
    TaskState {
        task_id: t.id,
        status: t.status,
        claimed_slots: t.claimed_slots,
        slots: t.slots,
    }
}

fn task_event(
    kind: fn(TaskState) -> NeighbourhoodEvent,
    t: &task::Model,
    actor: UserId,
) -> NewEvent {
    NewEvent::neighbourhood(t.neighbourhood_id, kind(task_state(t)), Some(actor))
}

/// Creates a task: open at once when a coordinator or manager creates it, `proposed` (awaiting a
/// coordinator) when a member suggests it.
pub async fn create<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    fields: TaskFields,
) -> AppResult<TaskView> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    let status = if runs_tasks(&access) {
        TaskStatus::Open
    } else if access.is_active_member() {
        TaskStatus::Proposed
    } else {
        return Err(AppError::Forbidden(
            "Join the neighbourhood (and be in good standing) to propose a task.".into(),
        ));
    };
    let mut row = checked(db, &access, None, fields).await?;
    let now = Utc::now();
    row.id = Set(TaskId::new());
    row.neighbourhood_id = Set(neighbourhood_id);
    row.claimed_slots = Set(0);
    row.status = Set(status);
    row.cancel_reason = Set(None);
    row.verified_hours = Set(0.0);
    row.created_by = Set(Some(actor.id));
    row.created_at = Set(now);
    row.updated_at = Set(now);
    let mut tx = Transaction::begin(db, live).await?;
    let created = row.insert(&*tx).await?;
    // A proposal is news for the coordinators only (`NeighbourhoodEvent::audience`).
    tx.emit(task_event(
        NeighbourhoodEvent::TaskCreated,
        &created,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(task_view(created, None))
}

/// The task and the caller's access to its neighbourhood; 404 for those who may not see it.
pub(crate) async fn load_task(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: TaskId,
) -> AppResult<(task::Model, NeighbourhoodAccess)> {
    let found = task::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("task"))?;
    let access = NeighbourhoodAccess::load(db, viewer, found.neighbourhood_id)
        .await
        .map_err(|_| AppError::not_found("task"))?;
    // Proposals are seen by their author and by those who approve them.
    if found.status == TaskStatus::Proposed
        && !(runs_tasks(&access) || viewer.is_some_and(|v| Some(v.id) == found.created_by))
    {
        return Err(AppError::not_found("task"));
    }
    Ok((found, access))
}

async fn claim_of(
    db: &impl ConnectionTrait,
    task_id: TaskId,
    user_id: UserId,
) -> AppResult<Option<task_claim::Model>> {
    Ok(task_claim::Entity::find()
        .filter(task_claim::Column::TaskId.eq(task_id))
        .filter(task_claim::Column::UserId.eq(user_id))
        .one(db)
        .await?)
}

pub async fn get(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: TaskId,
) -> AppResult<TaskDetail> {
    let (found, access) = load_task(db, viewer, id).await?;
    let show = access.can_see_members();
    let rows: Vec<task_claim::Model> = task_claim::Entity::find()
        .filter(task_claim::Column::TaskId.eq(id))
        .order_by_asc(task_claim::Column::ClaimedAt)
        .all(db)
        .await?;
    let names = accounts::display_names(db, rows.iter().map(|c| c.user_id)).await?;
    let mine = viewer.and_then(|v| rows.iter().find(|c| c.user_id == v.id).cloned());
    let claims = rows
        .into_iter()
        .filter(|c| c.status.holds_slot())
        .map(|c| {
            let name = names.get(&c.user_id).cloned();
            claim_view(c, name, show)
        })
        .collect();
    let holds_claim = mine.as_ref().is_some_and(|c| c.status.holds_slot());
    let can_verify =
        viewer.is_some() && (access.can_manage() || (access.is_active_member() && !holds_claim));
    let my_claim = mine.map(|c| claim_view(c, viewer.map(|v| v.display_name.clone()), true));
    Ok(TaskDetail {
        can_verify,
        can_manage: runs_tasks(&access),
        task: task_view(found, my_claim),
        claims,
    })
}

pub struct TaskFilter {
    /// Any of these states; `needs_people` stands for open (or in progress) with a free slot.
    pub statuses: Vec<String>,
    pub skill: Option<String>,
    /// Scheduled tasks overlapping this window (open-ended tasks always fit).
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub issue_id: Option<Uuid>,
    pub mine: bool,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// Soonest first: scheduled tasks by start, then open-ended ones by creation.
#[derive(Serialize, Deserialize)]
struct TaskCursor {
    starts_at: Option<DateTime<Utc>>,
    id: TaskId,
}

pub async fn list(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    neighbourhood_id: NeighbourhoodId,
    filter: TaskFilter,
) -> AppResult<Page<TaskView>> {
    let access = NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let mut query = task::Entity::find().filter(task::Column::NeighbourhoodId.eq(neighbourhood_id));
    let mut any_of = Condition::any();
    for wanted in &filter.statuses {
        if wanted == "needs_people" {
            any_of = any_of.add(
                Condition::all()
                    .add(
                        task::Column::Status
                            .is_in([TaskStatus::Open.as_str(), TaskStatus::InProgress.as_str()]),
                    )
                    .add(Expr::col(task::Column::ClaimedSlots).lt(Expr::col(task::Column::Slots))),
            );
        } else {
            let status = TaskStatus::parse(wanted).ok_or_else(|| {
                AppError::invalid("status", format!("{wanted:?} is not a task status"))
            })?;
            if status == TaskStatus::Proposed && !runs_tasks(&access) {
                // Members see their own proposals only.
                let own = viewer.map(|v| v.id);
                any_of = any_of.add(
                    Condition::all()
                        .add(task::Column::Status.eq(status.as_str()))
                        .add(task::Column::CreatedBy.eq(own)),
                );
            } else {
                any_of = any_of.add(task::Column::Status.eq(status.as_str()));
            }
        }
    }
    query = if filter.statuses.is_empty() {
        query.filter(task::Column::Status.is_not_in([
            TaskStatus::Proposed.as_str(),
            TaskStatus::Cancelled.as_str(),
        ]))
    } else {
        query.filter(any_of)
    };
    if let Some(skill) = filter
        .skill
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let skill = skill.to_lowercase();
        if skill.chars().count() > MAX_SKILL_CHARS {
            return Err(AppError::invalid(
                "skill",
                format!("must be at most {MAX_SKILL_CHARS} characters"),
            ));
        }
        let pattern = format!("%\"{}\"%", escape_like(&skill));
        query = query.filter(
            Expr::expr(Expr::col(task::Column::Skills).cast_as(Alias::new("text")))
                .like(LikeExpr::new(pattern).escape('\\')),
        );
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if to <= from {
            return Err(AppError::invalid("to", "must be after from"));
        }
    }
    if filter.from.is_some() || filter.to.is_some() {
        let mut window = Condition::all();
        if let Some(from) = filter.from {
            window = window.add(task::Column::EndsAt.gt(from));
        }
        if let Some(to) = filter.to {
            window = window.add(task::Column::StartsAt.lt(to));
        }
        query = query.filter(
            Condition::any()
                .add(task::Column::StartsAt.is_null())
                .add(window),
        );
    }
    if let Some(issue_id) = filter.issue_id {
        query = query.filter(task::Column::IssueId.eq(issue_id));
    }
    if filter.mine {
        let me =
            viewer.ok_or_else(|| AppError::Unauthenticated("Sign in to see your tasks.".into()))?;
        let holding = [
            ClaimStatus::Active,
            ClaimStatus::CheckedIn,
            ClaimStatus::Done,
            ClaimStatus::Verified,
        ]
        .map(|s| s.as_str());
        let mine: Vec<TaskId> = task_claim::Entity::find()
            .select_only()
            .column(task_claim::Column::TaskId)
            .filter(task_claim::Column::UserId.eq(me.id))
            .filter(task_claim::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(task_claim::Column::Status.is_in(holding))
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(task::Column::Id.is_in(mine));
    }
    if let Some(after) = decode_cursor::<TaskCursor>(filter.cursor.as_deref())? {
        let later = match after.starts_at {
            Some(starts) => Condition::any()
                .add(task::Column::StartsAt.is_null())
                .add(task::Column::StartsAt.gt(starts))
                .add(
                    Condition::all()
                        .add(task::Column::StartsAt.eq(starts))
                        .add(task::Column::Id.gt(after.id)),
                ),
            None => Condition::all()
                .add(task::Column::StartsAt.is_null())
                .add(task::Column::Id.gt(after.id)),
        };
        query = query.filter(later);
    }
    let rows = query
        .order_by_asc(Expr::col(task::Column::StartsAt).is_null())
        .order_by_asc(task::Column::StartsAt)
        .order_by_asc(task::Column::Id)
        .limit(filter.limit + 1)
        .all(db)
        .await?;
    let mut mine: HashMap<TaskId, task_claim::Model> = match viewer {
        Some(v) => task_claim::Entity::find()
            .filter(task_claim::Column::UserId.eq(v.id))
            .filter(task_claim::Column::TaskId.is_in(rows.iter().map(|t| t.id)))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.task_id, c))
            .collect(),
        None => HashMap::new(),
    };
    let my_name = viewer.map(|v| v.display_name.clone());
    Ok(page_from(
        rows,
        filter.limit,
        |t| TaskCursor {
            starts_at: t.starts_at,
            id: t.id,
        },
        |t| {
            let claim = mine
                .remove(&t.id)
                .map(|c| claim_view(c, my_name.clone(), true));
            task_view(t, claim)
        },
    ))
}

/// Coordinators and managers edit a task that is not finished.
pub async fn update<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
    fields: TaskFields,
) -> AppResult<TaskView> {
    let (found, access) = load_task(db, Some(actor), id).await?;
    require_runs_tasks(&access)?;
    if found.status.is_finished() {
        return Err(AppError::Conflict(
            "A finished task cannot be edited.".into(),
        ));
    }
    let mut tx = Transaction::begin(db, live).await?;
    // Re-read under the claim writes' row lock, so `slots` is checked against current claims.
    let current = lock_task(&*tx, id).await?;
    let mut row = checked(&*tx, &access, Some(&current), fields).await?;
    let slots = match &row.slots {
        sea_orm::ActiveValue::Set(s) | sea_orm::ActiveValue::Unchanged(s) => *s,
        sea_orm::ActiveValue::NotSet => current.slots,
    };
    // More slots reopen a staffed task; fewer (down to the claims held) staff an open one.
    let status = match current.status {
        TaskStatus::Staffed if current.claimed_slots < slots => TaskStatus::Open,
        TaskStatus::Open if current.claimed_slots >= slots => TaskStatus::Staffed,
        other => other,
    };
    row.status = Set(status);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&*tx).await?;
    tx.emit(task_event(
        NeighbourhoodEvent::TaskUpdated,
        &updated,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(task_view(updated, None))
}

fn require_runs_tasks(access: &NeighbourhoodAccess) -> AppResult<()> {
    if runs_tasks(access) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only the neighbourhood's coordinators and its service managers can do this.".into(),
        ))
    }
}

/// Takes the task row's lock for the rest of the transaction and returns the row as it is now.
async fn lock_task(db: &impl ConnectionTrait, id: TaskId) -> AppResult<task::Model> {
    task::Entity::update_many()
        .col_expr(
            task::Column::UpdatedAt,
            Expr::col(task::Column::UpdatedAt).into(),
        )
        .filter(task::Column::Id.eq(id))
        .exec(db)
        .await?;
    task::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("task"))
}

/// A coordinator approves a member's proposal: it opens for claims.
pub async fn approve<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
) -> AppResult<TaskView> {
    let (found, access) = load_task(db, Some(actor), id).await?;
    access.require_manage()?;
    if found.status != TaskStatus::Proposed {
        return Err(AppError::Conflict(
            "Only a proposed task can be approved.".into(),
        ));
    }
    let mut tx = Transaction::begin(db, live).await?;
    let mut row: task::ActiveModel = found.into();
    row.status = Set(TaskStatus::Open);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&*tx).await?;
    tx.emit(task_event(
        NeighbourhoodEvent::TaskApproved,
        &updated,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(task_view(updated, None))
}

/// Cancels a task with a reason; every claimant is released and told.
pub async fn cancel<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
    reason: &str,
) -> AppResult<TaskView> {
    let (_, access) = load_task(db, Some(actor), id).await?;
    require_runs_tasks(&access)?;
    let reason = plain(reason, MAX_NOTES_CHARS).map_err(|m| AppError::invalid("reason", m))?;
    if reason.is_empty() {
        return Err(AppError::invalid("reason", "is required"));
    }
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_task(&*tx, id).await?;
    if matches!(current.status, TaskStatus::Verified | TaskStatus::Cancelled) {
        return Err(AppError::Conflict(
            "This task is already verified or cancelled.".into(),
        ));
    }
    let now = Utc::now();
    let open_claims = task_claim::Entity::find()
        .filter(task_claim::Column::TaskId.eq(id))
        .filter(task_claim::Column::Status.is_in([
            ClaimStatus::Active.as_str(),
            ClaimStatus::CheckedIn.as_str(),
        ]))
        .all(&*tx)
        .await?;
    task_claim::Entity::update_many()
        .col_expr(
            task_claim::Column::Status,
            Expr::value(ClaimStatus::Released.as_str()),
        )
        .col_expr(task_claim::Column::ReleasedAt, Expr::value(now))
        .filter(task_claim::Column::Id.is_in(open_claims.iter().map(|c| c.id)))
        .exec(&*tx)
        .await?;
    let mut row: task::ActiveModel = current.into();
    row.status = Set(TaskStatus::Cancelled);
    row.cancel_reason = Set(Some(reason.clone()));
    row.claimed_slots = Set(row.claimed_slots.as_ref() - open_claims.len() as i32);
    row.updated_at = Set(now);
    let updated = row.update(&*tx).await?;
    tx.emit(task_event(
        NeighbourhoodEvent::TaskCancelled,
        &updated,
        actor.id,
    ))
    .await?;
    for claim in &open_claims {
        let cancelled = Notice::TaskCancelled {
            neighbourhood_id: updated.neighbourhood_id,
            task_id: updated.id,
            task_title: updated.title.clone(),
            reason: reason.clone(),
        };
        tx.notify(claim.user_id, None, cancelled).await?;
    }
    tx.commit(live).await?;
    Ok(task_view(updated, None))
}

/// An event about one claim on a task, about its holder.
pub(super) fn claim_event(
    kind: fn(ClaimState) -> NeighbourhoodEvent,
    t: &task::Model,
    claim: &task_claim::Model,
    actor: UserId,
) -> NewEvent {
    let state = ClaimState {
        task_id: t.id,
        status: t.status,
        claimed_slots: t.claimed_slots,
        slots: t.slots,
        claim_id: claim.id,
    };
    NewEvent::neighbourhood(t.neighbourhood_id, kind(state), Some(actor)).about_user(claim.user_id)
}

/// Suspended members read along but write nothing: extending a claim, checking in and
/// reporting work are refused (403). Releasing a claim, which only gives back, is not.
fn refuse_suspended(access: &NeighbourhoodAccess) -> AppResult<()> {
    if access.is_member() && !access.is_active_member() {
        Err(AppError::Forbidden(
            "Suspended members cannot do this until reinstated.".into(),
        ))
    } else {
        Ok(())
    }
}

/// The caller's slot-holding claim on a task, or 409.
async fn own_claim(
    db: &impl ConnectionTrait,
    task_id: TaskId,
    user_id: UserId,
    allowed: &[ClaimStatus],
    doing: &str,
) -> AppResult<task_claim::Model> {
    let claim = claim_of(db, task_id, user_id)
        .await?
        .filter(|c| c.status.holds_slot())
        .ok_or_else(|| AppError::Conflict("You hold no claim on this task.".into()))?;
    if allowed.contains(&claim.status) {
        Ok(claim)
    } else {
        Err(AppError::Conflict(
            format!(
                "A claim that is {} cannot {doing}.",
                claim.status.as_str().replace('_', " ")
            )
            .into(),
        ))
    }
}

/// Gives the slot back and frees it for someone else.
pub async fn release<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
) -> AppResult<TaskView> {
    load_task(db, Some(actor), id).await?;
    let mut tx = Transaction::begin(db, live).await?;
    lock_task(&*tx, id).await?;
    let claim = own_claim(
        &*tx,
        id,
        actor.id,
        &[ClaimStatus::Active, ClaimStatus::CheckedIn],
        "be released",
    )
    .await?;
    let updated = free_slot(&*tx, claim, ClaimStatus::Released, Utc::now()).await?;
    let event_claim = updated.1;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskReleased,
        &updated.0,
        &event_claim,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(task_view(updated.0, None))
}

/// The person's open (slot-holding, unfinished) claims on the neighbourhood's tasks.
async fn open_claims_in(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    user_id: UserId,
) -> AppResult<Vec<task_claim::Model>> {
    Ok(task_claim::Entity::find()
        .filter(task_claim::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(task_claim::Column::UserId.eq(user_id))
        .filter(task_claim::Column::Status.is_in([
            ClaimStatus::Active.as_str(),
            ClaimStatus::CheckedIn.as_str(),
        ]))
        .order_by_asc(task_claim::Column::TaskId)
        .all(db)
        .await?)
}

/// Takes the locks of the tasks on which the person holds an open claim in the neighbourhood,
/// in id order. A membership change that will end those claims calls this first, before the
/// neighbourhood's row: claims, releases and the sweeper lock a task before they append to the
/// neighbourhood's log, and the same order keeps them from deadlocking.
pub(crate) async fn lock_claimed_tasks(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    user_id: UserId,
) -> AppResult<()> {
    for claim in open_claims_in(db, neighbourhood_id, user_id).await? {
        lock_task(db, claim.task_id).await?;
    }
    Ok(())
}

/// When a membership ends (leaving, removal) the person's open claims on the neighbourhood's
/// tasks are released in the same transaction, each with its usual `task.released` event, so
/// their slots are free for others at once. Work already reported stays (hours are history).
pub(crate) async fn release_on_leaving(
    tx: &mut Transaction,
    neighbourhood_id: NeighbourhoodId,
    user_id: UserId,
    actor: UserId,
) -> AppResult<usize> {
    let claims = open_claims_in(&**tx, neighbourhood_id, user_id).await?;
    let released = claims.len();
    let now = Utc::now();
    for claim in claims {
        lock_task(&**tx, claim.task_id).await?;
        let (task, claim) = free_slot(&**tx, claim, ClaimStatus::Released, now).await?;
        tx.emit(claim_event(
            NeighbourhoodEvent::TaskReleased,
            &task,
            &claim,
            actor,
        ))
        .await?;
    }
    Ok(released)
}

/// Ends a claim (released or expired) and gives its slot back: a staffed task opens again.
async fn free_slot(
    db: &impl ConnectionTrait,
    claim: task_claim::Model,
    to: ClaimStatus,
    now: DateTime<Utc>,
) -> AppResult<(task::Model, task_claim::Model)> {
    let task_id = claim.task_id;
    let mut row: task_claim::ActiveModel = claim.into();
    row.status = Set(to);
    row.released_at = Set(Some(now));
    let claim = row.update(db).await?;
    let reopened = CaseStatement::new()
        .case(
            task::Column::Status.eq(TaskStatus::Staffed.as_str()),
            Expr::value(TaskStatus::Open.as_str()),
        )
        .finally(Expr::col(task::Column::Status));
    task::Entity::update_many()
        .col_expr(task::Column::Status, reopened.into())
        .col_expr(
            task::Column::ClaimedSlots,
            Expr::col(task::Column::ClaimedSlots).sub(1),
        )
        .col_expr(task::Column::UpdatedAt, Expr::value(now))
        .filter(task::Column::Id.eq(task_id))
        .exec(db)
        .await?;
    let task = task::Entity::find_by_id(task_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("task"))?;
    Ok((task, claim))
}

/// Renews the lease on an open-ended task's claim for another `lease_hours`.
pub async fn extend<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
    now: DateTime<Utc>,
) -> AppResult<ClaimView> {
    let (found, access) = load_task(db, Some(actor), id).await?;
    refuse_suspended(&access)?;
    if found.ends_at.is_some() {
        return Err(AppError::Conflict(
            "A claim on a scheduled task lasts until the task ends; there is nothing to extend."
                .into(),
        ));
    }
    let claim = own_claim(db, id, actor.id, &[ClaimStatus::Active], "be extended").await?;
    let mut tx = Transaction::begin(db, live).await?;
    let mut row: task_claim::ActiveModel = claim.into();
    row.expires_at = Set(Some(lease_end(None, found.lease_hours, now)));
    row.warned_at = Set(None);
    let claim = row.update(&*tx).await?;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskClaimExtended,
        &found,
        &claim,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(claim_view(claim, Some(actor.display_name.clone()), true))
}

/// The claimant has turned up: their claim no longer lapses, and the task is under way.
pub async fn check_in<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
) -> AppResult<ClaimView> {
    let (_, access) = load_task(db, Some(actor), id).await?;
    refuse_suspended(&access)?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_task(&*tx, id).await?;
    let claim = own_claim(&*tx, id, actor.id, &[ClaimStatus::Active], "check in").await?;
    let now = Utc::now();
    let mut row: task_claim::ActiveModel = claim.into();
    row.status = Set(ClaimStatus::CheckedIn);
    row.checked_in_at = Set(Some(now));
    let claim = row.update(&*tx).await?;
    let mut task_row: task::ActiveModel = current.into();
    if matches!(task_row.status.as_ref().as_str(), "open" | "staffed") {
        task_row.status = Set(TaskStatus::InProgress);
    }
    task_row.updated_at = Set(now);
    let updated = task_row.update(&*tx).await?;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskCheckedIn,
        &updated,
        &claim,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(claim_view(claim, Some(actor.display_name.clone()), true))
}

/// Moves the task to what its claims now add up to (done, verified, or back in progress).
async fn settle(db: &impl ConnectionTrait, current: task::Model) -> AppResult<task::Model> {
    let claims: Vec<ClaimStatus> = task_claim::Entity::find()
        .filter(task_claim::Column::TaskId.eq(current.id))
        .all(db)
        .await?
        .iter()
        .map(|c| c.status)
        .collect();
    let verified_hours: f64 = task_claim::Entity::find()
        .select_only()
        .column(task_claim::Column::Hours)
        .filter(task_claim::Column::TaskId.eq(current.id))
        .filter(task_claim::Column::Status.eq(ClaimStatus::Verified.as_str()))
        .into_tuple::<Option<f64>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .sum();
    let closed_to_claims = current.claimed_slots >= current.slots
        || current.ends_at.is_some_and(|ends| ends <= Utc::now());
    let status = status_after_work(current.status, &claims, closed_to_claims);
    let mut row: task::ActiveModel = current.into();
    row.status = Set(status);
    row.verified_hours = Set(verified_hours);
    row.updated_at = Set(Utc::now());
    Ok(row.update(db).await?)
}

/// The claimant reports their part: the hours actually given and a note.
pub async fn done<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: TaskId,
    hours: f64,
    note: Option<&str>,
) -> AppResult<ClaimView> {
    let (_, access) = load_task(db, Some(actor), id).await?;
    refuse_suspended(&access)?;
    let mut check = FieldCheck::new();
    if !valid_hours(hours) {
        check.add(
            "hours",
            format!("must be between {MIN_HOURS} and {MAX_HOURS}"),
        );
    }
    let note = note
        .map(|n| check.check("note", plain(n, MAX_NOTES_CHARS)))
        .unwrap_or_default()
        .filter(|n| !n.is_empty());
    check.finish()?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_task(&*tx, id).await?;
    let claim = own_claim(
        &*tx,
        id,
        actor.id,
        &[ClaimStatus::CheckedIn],
        "be marked done (check in first)",
    )
    .await?;
    let mut row: task_claim::ActiveModel = claim.into();
    row.status = Set(ClaimStatus::Done);
    row.done_at = Set(Some(Utc::now()));
    row.hours = Set(Some(hours));
    row.note = Set(note);
    row.rejected_reason = Set(None);
    let claim = row.update(&*tx).await?;
    let updated = settle(&*tx, current).await?;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskDone,
        &updated,
        &claim,
        actor.id,
    ))
    .await?;
    tx.commit(live).await?;
    Ok(claim_view(claim, Some(actor.display_name.clone()), true))
}

/// Loads a claim for verifying and checks the caller may verify it.
async fn claim_to_verify(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    claim_id: ClaimId,
) -> AppResult<(task_claim::Model, task::Model)> {
    let claim = task_claim::Entity::find_by_id(claim_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("claim"))?;
    let (found, access) = load_task(db, Some(actor), claim.task_id)
        .await
        .map_err(|_| AppError::not_found("claim"))?;
    let holds_claim = claim_of(db, found.id, actor.id)
        .await?
        .is_some_and(|c| c.status.holds_slot());
    if !may_verify(
        claim.user_id == actor.id,
        access.can_manage(),
        access.is_active_member(),
        holds_claim,
    ) {
        return Err(AppError::Forbidden(
            "Work is verified by a coordinator or by a member with no claim on the task, never by the person who did it.".into(),
        ));
    }
    if claim.status != ClaimStatus::Done {
        return Err(AppError::Conflict(
            "Only work marked done can be verified or rejected.".into(),
        ));
    }
    Ok((claim, found))
}

/// Confirms a claimant's reported hours; they count for the neighbourhood from now on.
pub async fn verify<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    claim_id: ClaimId,
) -> AppResult<ClaimView> {
    let (_, found) = claim_to_verify(db, actor, claim_id).await?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_task(&*tx, found.id).await?;
    // Re-read under the lock: two verifiers racing verify once.
    let (claim, _) = claim_to_verify(&*tx, actor, claim_id).await?;
    let mut row: task_claim::ActiveModel = claim.into();
    row.status = Set(ClaimStatus::Verified);
    row.verified_by = Set(Some(actor.id));
    row.verified_at = Set(Some(Utc::now()));
    let claim = row.update(&*tx).await?;
    let updated = settle(&*tx, current).await?;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskVerified,
        &updated,
        &claim,
        actor.id,
    ))
    .await?;
    let verified = Notice::TaskWorkVerified {
        neighbourhood_id: updated.neighbourhood_id,
        task_id: updated.id,
        task_title: updated.title.clone(),
        hours: claim.hours,
    };
    tx.notify(claim.user_id, None, verified).await?;
    tx.commit(live).await?;
    Ok(claim_view(claim, None, true))
}

/// Sends reported work back to the claimant with a reason.
pub async fn reject<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    claim_id: ClaimId,
    reason: &str,
) -> AppResult<ClaimView> {
    let reason = plain(reason, MAX_NOTES_CHARS).map_err(|m| AppError::invalid("reason", m))?;
    if reason.is_empty() {
        return Err(AppError::invalid("reason", "say what is missing"));
    }
    let (_, found) = claim_to_verify(db, actor, claim_id).await?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_task(&*tx, found.id).await?;
    let (claim, _) = claim_to_verify(&*tx, actor, claim_id).await?;
    let mut row: task_claim::ActiveModel = claim.into();
    row.status = Set(ClaimStatus::CheckedIn);
    row.rejected_reason = Set(Some(reason.clone()));
    row.done_at = Set(None);
    let claim = row.update(&*tx).await?;
    let updated = settle(&*tx, current).await?;
    tx.emit(claim_event(
        NeighbourhoodEvent::TaskRejected,
        &updated,
        &claim,
        actor.id,
    ))
    .await?;
    let rejected = Notice::TaskWorkRejected {
        neighbourhood_id: updated.neighbourhood_id,
        task_id: updated.id,
        task_title: updated.title.clone(),
        reason: reason.clone(),
    };
    tx.notify(claim.user_id, None, rejected).await?;
    tx.commit(live).await?;
    Ok(claim_view(claim, None, true))
}

/// Work marked done in a neighbourhood that the caller may verify.
pub async fn verification_queue(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<QueuedClaim>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    if !access.is_active_member() && !access.can_manage() {
        return Err(AppError::Forbidden(
            "Only the neighbourhood's members verify its volunteers' work.".into(),
        ));
    }
    let waiting = task_claim::Entity::find()
        .filter(task_claim::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(task_claim::Column::Status.eq(ClaimStatus::Done.as_str()))
        .order_by_asc(task_claim::Column::DoneAt)
        .limit(500)
        .all(db)
        .await?;
    let task_ids: HashSet<TaskId> = waiting.iter().map(|c| c.task_id).collect();
    let tasks: HashMap<TaskId, task::Model> = task::Entity::find()
        .filter(task::Column::Id.is_in(task_ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let mine: HashSet<TaskId> = task_claim::Entity::find()
        .filter(task_claim::Column::UserId.eq(actor.id))
        .filter(task_claim::Column::TaskId.is_in(task_ids))
        .all(db)
        .await?
        .iter()
        .filter(|c| c.status.holds_slot())
        .map(|c| c.task_id)
        .collect();
    let names = accounts::display_names(db, waiting.iter().map(|c| c.user_id)).await?;
    Ok(waiting
        .into_iter()
        .filter(|c| {
            may_verify(
                c.user_id == actor.id,
                access.can_manage(),
                access.is_active_member(),
                mine.contains(&c.task_id),
            )
        })
        .filter_map(|c| {
            let title = tasks.get(&c.task_id)?.title.clone();
            let name = names.get(&c.user_id).cloned();
            Some(QueuedClaim {
                claim: claim_view(c, name, true),
                task_title: title,
            })
        })
        .collect())
}

/// What a lease sweep did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SweepOutcome {
    pub warned: usize,
    pub expired: usize,
}

/// Claims that were never checked in: warns holders whose lease ends within `warning`, and
/// releases lapsed ones. `now` is a parameter so tests control the clock.
pub async fn sweep_leases<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    now: DateTime<Utc>,
    warning: Duration,
) -> AppResult<SweepOutcome> {
    let mut outcome = SweepOutcome::default();
    let lapsed = task_claim::Entity::find()
        .filter(task_claim::Column::Status.eq(ClaimStatus::Active.as_str()))
        .filter(task_claim::Column::ExpiresAt.lte(now))
        .limit(500)
        .all(db)
        .await?;
    for claim in lapsed {
        let mut tx = Transaction::begin(db, live).await?;
        lock_task(&*tx, claim.task_id).await?;
        // Re-read: the holder may have checked in or released meanwhile.
        let Some(current) = task_claim::Entity::find_by_id(claim.id).one(&*tx).await? else {
            continue;
        };
        if current.status != ClaimStatus::Active || current.expires_at.is_none_or(|at| at > now) {
            continue;
        }
        let (task, claim) = free_slot(&*tx, current, ClaimStatus::Expired, now).await?;
        let mut event = claim_event(
            NeighbourhoodEvent::TaskLeaseExpired,
            &task,
            &claim,
            claim.user_id,
        );
        event.actor_id = None;
        tx.emit(event).await?;
        let expired = Notice::TaskLeaseExpired {
            neighbourhood_id: task.neighbourhood_id,
            task_id: task.id,
            task_title: task.title.clone(),
        };
        tx.notify(claim.user_id, None, expired).await?;
        tx.commit(live).await?;
        outcome.expired += 1;
    }
    let expiring = task_claim::Entity::find()
        .filter(task_claim::Column::Status.eq(ClaimStatus::Active.as_str()))
        .filter(task_claim::Column::WarnedAt.is_null())
        .filter(task_claim::Column::ExpiresAt.lte(now + warning))
        .limit(500)
        .all(db)
        .await?;
    let tasks: HashMap<TaskId, task::Model> = task::Entity::find()
        .filter(task::Column::Id.is_in(expiring.iter().map(|c| c.task_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    for claim in expiring {
        let Some(task) = tasks.get(&claim.task_id) else {
            continue;
        };
        let mut tx = Transaction::begin(db, live).await?;
        // Conditional, so two sweeps never warn twice.
        let marked = task_claim::Entity::update_many()
            .col_expr(task_claim::Column::WarnedAt, Expr::value(now))
            .filter(task_claim::Column::Id.eq(claim.id))
            .filter(task_claim::Column::WarnedAt.is_null())
            .filter(task_claim::Column::Status.eq(ClaimStatus::Active.as_str()))
            .exec(&*tx)
            .await?;
        if marked.rows_affected == 0 {
            continue;
        }
        let expiring = Notice::TaskLeaseExpiring {
            neighbourhood_id: task.neighbourhood_id,
            task_id: task.id,
            task_title: task.title.clone(),
            expires_at: claim.expires_at,
        };
        tx.notify(claim.user_id, None, expiring).await?;
        tx.commit(live).await?;
        outcome.warned += 1;
    }
    Ok(outcome)
}
