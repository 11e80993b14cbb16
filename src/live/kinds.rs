//! Every kind of live event, as typed Rust: the source of truth for `docs/live-protocol.md`'s
//! list of kinds and for the OpenAPI document's `LiveEvent` schema (the front end generates its
//! types from that).
//!
//! Each enum is tagged by `kind` with its data under `data`, exactly the two fields an `event`
//! message and a stored row carry. Which channel an event goes on is decided by its type
//! (`NeighbourhoodEvent`, `UserEvent`, `DashboardEvent`), and who may see its data by
//! `NeighbourhoodEvent::audience`, an exhaustive `match`. The log stores the JSON these
//! serialise to; `LiveEvent::parse` reads a stored `(kind, data)` back.
//!
//! To add a kind: add a variant here (with its data type), say its audience, emit it, and add
//! it to the table in `docs/live-protocol.md`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::ids::{
    CategoryId, ClaimId, InvitationId, IssueId, NotificationId, OrganisationId, PhotoId, PostId,
    TaskId, ThreadId, UserId,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::event::Audience;
use crate::domain::{
    discussion::SubjectType,
    geo::GeoPoint,
    issue::IssueStatus,
    membership::Role,
    neighbourhood::{JoinPolicy, Visibility},
    notification::Notice,
    task::TaskStatus,
};

/// Any live event: one of a neighbourhood's, a person's or a dashboard's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum LiveEvent {
    Neighbourhood(NeighbourhoodEvent),
    User(UserEvent),
    Dashboard(DashboardEvent),
}

impl LiveEvent {
    /// Reads an event as stored or sent (`kind` and `data` apart).
    pub fn parse(kind: &str, data: &serde_json::Value) -> serde_json::Result<Self> {
        Self::deserialize(serde_json::json!({"kind": kind, "data": data}))
    }
}

/// What happened in a neighbourhood, on `neighbourhood:{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema, strum::EnumDiscriminants)]
#[serde(tag = "kind", content = "data")]
#[strum_discriminants(name(NeighbourhoodEventKind), derive(strum::EnumIter))]
pub enum NeighbourhoodEvent {
    #[serde(rename = "neighbourhood.created")]
    NeighbourhoodCreated(NeighbourhoodCreated),
    #[serde(rename = "neighbourhood.updated")]
    NeighbourhoodUpdated(NeighbourhoodUpdated),
    #[serde(rename = "member.joined")]
    MemberJoined(MemberJoined),
    #[serde(rename = "member.requested")]
    MemberRequested(MemberRequested),
    #[serde(rename = "member.approved")]
    MemberApproved(MemberApproved),
    #[serde(rename = "member.left")]
    MemberLeft(MemberCounted),
    #[serde(rename = "member.removed")]
    MemberRemoved(MemberCounted),
    #[serde(rename = "member.request_withdrawn")]
    MemberRequestWithdrawn(MemberRef),
    #[serde(rename = "member.rejected")]
    MemberRejected(MemberRef),
    #[serde(rename = "member.role_changed")]
    MemberRoleChanged(MemberRoleChanged),
    #[serde(rename = "member.suspended")]
    MemberSuspended(MemberSuspended),
    #[serde(rename = "member.reinstated")]
    MemberReinstated(MemberRef),
    #[serde(rename = "invitation.created")]
    InvitationCreated(InvitationRef),
    #[serde(rename = "invitation.revoked")]
    InvitationRevoked(InvitationRef),
    #[serde(rename = "invitation.declined")]
    InvitationDeclined(InvitationRef),
    #[serde(rename = "issue.created")]
    IssueCreated(IssueReported),
    #[serde(rename = "issue.report_added")]
    IssueReportAdded(IssueReported),
    #[serde(rename = "issue.supported")]
    IssueSupported(IssueSupported),
    #[serde(rename = "issue.status_changed")]
    IssueStatusChanged(IssueStatusChanged),
    #[serde(rename = "issue.photo_added")]
    IssuePhotoAdded(IssuePhotoAdded),
    #[serde(rename = "issue.merged")]
    IssueMerged(IssueMerged),
    #[serde(rename = "issue.assigned")]
    IssueAssigned(IssueAssigned),
    /// A coordinator or service manager put an issue whose address could not be placed on the
    /// map ("place not found").
    #[serde(rename = "issue.placed")]
    IssuePlaced(IssuePlaced),
    #[serde(rename = "task.created")]
    TaskCreated(TaskState),
    #[serde(rename = "task.updated")]
    TaskUpdated(TaskState),
    #[serde(rename = "task.approved")]
    TaskApproved(TaskState),
    #[serde(rename = "task.cancelled")]
    TaskCancelled(TaskState),
    #[serde(rename = "task.claimed")]
    TaskClaimed(ClaimState),
    #[serde(rename = "task.released")]
    TaskReleased(ClaimState),
    #[serde(rename = "task.claim_extended")]
    TaskClaimExtended(ClaimState),
    #[serde(rename = "task.lease_expired")]
    TaskLeaseExpired(ClaimState),
    #[serde(rename = "task.checked_in")]
    TaskCheckedIn(ClaimState),
    #[serde(rename = "task.done")]
    TaskDone(ClaimState),
    #[serde(rename = "task.verified")]
    TaskVerified(ClaimState),
    #[serde(rename = "task.rejected")]
    TaskRejected(ClaimState),
    #[serde(rename = "thread.created")]
    ThreadCreated(ThreadState),
    #[serde(rename = "thread.locked")]
    ThreadLocked(ThreadState),
    #[serde(rename = "thread.unlocked")]
    ThreadUnlocked(ThreadState),
    #[serde(rename = "thread.pinned")]
    ThreadPinned(ThreadState),
    #[serde(rename = "thread.unpinned")]
    ThreadUnpinned(ThreadState),
    #[serde(rename = "post.created")]
    PostCreated(PostCreated),
    #[serde(rename = "post.edited")]
    PostEdited(PostRef),
    #[serde(rename = "post.deleted")]
    PostDeleted(PostRef),
    #[serde(rename = "post.hidden")]
    PostHidden(PostRef),
    #[serde(rename = "post.restored")]
    PostRestored(PostRef),
    /// Flags dismissed, or an automatic hiding confirmed.
    #[serde(rename = "post.reviewed")]
    PostReviewed(PostRef),
    #[serde(rename = "post.flagged")]
    PostFlagged(PostFlagged),
    #[serde(rename = "reaction.changed")]
    ReactionChanged(ReactionChanged),
    /// A person left the staff of an organisation serving the neighbourhood: their
    /// subscriptions that rested on it end.
    #[serde(rename = "organisation.staff_removed")]
    OrganisationStaffRemoved(StaffRemoved),
    /// The organisation stopped serving the neighbourhood.
    #[serde(rename = "organisation.stopped_serving")]
    OrganisationStoppedServing(StoppedServing),
    /// The organisation started serving the neighbourhood: its staff's open dashboards follow it.
    #[serde(rename = "organisation.started_serving")]
    OrganisationStartedServing(StartedServing),
}

impl NeighbourhoodEvent {
    /// Who may see the data (everyone on the channel sees the `seq`).
    pub fn audience(&self) -> Audience {
        use NeighbourhoodEvent as E;
        match self {
            E::NeighbourhoodCreated(_)
            | E::NeighbourhoodUpdated(_)
            | E::IssueCreated(_)
            | E::IssueReportAdded(_)
            | E::IssueSupported(_)
            | E::IssueStatusChanged(_)
            | E::IssuePhotoAdded(_)
            | E::IssueMerged(_)
            | E::IssuePlaced(_)
            | E::TaskUpdated(_)
            | E::TaskApproved(_)
            | E::TaskCancelled(_)
            | E::TaskClaimed(_)
            | E::TaskReleased(_)
            | E::TaskClaimExtended(_)
            | E::TaskLeaseExpired(_)
            | E::TaskCheckedIn(_)
            | E::TaskDone(_)
            | E::TaskVerified(_)
            | E::TaskRejected(_)
            | E::ThreadCreated(_)
            | E::ThreadLocked(_)
            | E::ThreadUnlocked(_)
            | E::ThreadPinned(_)
            | E::ThreadUnpinned(_)
            | E::PostCreated(_)
            | E::PostEdited(_)
            | E::PostDeleted(_)
            | E::PostHidden(_)
            | E::PostRestored(_)
            | E::ReactionChanged(_)
            | E::OrganisationStoppedServing(_)
            | E::OrganisationStartedServing(_) => Audience::Everyone,
            // A member's proposal is news for the coordinators only, until approved.
            E::TaskCreated(task) if task.status == TaskStatus::Proposed => Audience::Coordinators,
            E::TaskCreated(_) => Audience::Everyone,
            E::MemberJoined(_)
            | E::MemberApproved(_)
            | E::MemberLeft(_)
            | E::MemberRemoved(_)
            | E::MemberRoleChanged(_) => Audience::Members,
            E::MemberRequested(_)
            | E::MemberRequestWithdrawn(_)
            | E::MemberRejected(_)
            | E::MemberSuspended(_)
            | E::MemberReinstated(_)
            | E::InvitationCreated(_)
            | E::InvitationRevoked(_)
            | E::InvitationDeclined(_)
            | E::IssueAssigned(_)
            | E::PostFlagged(_)
            | E::PostReviewed(_)
            // Staff names and ids are for the neighbourhood's managers, as with assignments.
            | E::OrganisationStaffRemoved(_) => Audience::Coordinators,
        }
    }
}

/// What a person hears on `user:{id}` (everything there is theirs to see).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema, strum::EnumDiscriminants)]
#[serde(tag = "kind", content = "data")]
#[strum_discriminants(name(UserEventKind), derive(strum::EnumIter))]
pub enum UserEvent {
    /// A notification; also stored in their inbox.
    #[serde(rename = "notification")]
    Notification(Notification),
    /// Some were marked read: lets a person's other tabs update their unread count.
    #[serde(rename = "notifications.read")]
    NotificationsRead(NotificationsRead),
}

/// The changes of the neighbourhoods an organisation serves, on `dashboard:{organisation_id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema, strum::EnumDiscriminants)]
#[serde(tag = "kind", content = "data")]
#[strum_discriminants(name(DashboardEventKind), derive(strum::EnumIter))]
pub enum DashboardEvent {
    #[serde(rename = "dashboard.changed")]
    DashboardChanged(DashboardChanged),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NeighbourhoodCreated {
    pub name: String,
    pub member_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NeighbourhoodUpdated {
    pub name: String,
    pub visibility: Visibility,
    pub join_policy: JoinPolicy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberJoined {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    pub role: Role,
    pub member_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberRequested {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberApproved {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    pub member_count: i64,
}

/// A member who left or was removed, and how many members there are now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberCounted {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub member_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberRef {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberRoleChanged {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MemberSuspended {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub until: DateTime<Utc>,
}

/// An invitation, with no address and no person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InvitationRef {
    #[schema(value_type = Uuid)]
    pub invitation_id: InvitationId,
}

/// A new issue, or a report pooled into one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssueReported {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    #[schema(value_type = Uuid)]
    pub category_id: CategoryId,
    pub status: IssueStatus,
    pub reports_count: i64,
    pub supporters_count: i64,
    /// Whether the reporter was not a supporter before.
    pub new_supporter: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssueSupported {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    pub supporters_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssueStatusChanged {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    pub status: IssueStatus,
    /// The public note.
    pub note: String,
    /// Set (true) when a resident reopened it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reopened: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssuePhotoAdded {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    #[schema(value_type = Uuid)]
    pub photo_id: PhotoId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssueMerged {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    /// The issue it was merged into.
    #[schema(value_type = Uuid)]
    pub into: IssueId,
    pub status: IssueStatus,
    pub note: String,
    /// The supporters of the issue it was merged into, now.
    pub supporters_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssuePlaced {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    pub location: GeoPoint,
    /// Its place in words ("outside 3 Mill Lane").
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IssueAssigned {
    #[schema(value_type = Uuid)]
    pub issue_id: IssueId,
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
    /// `null` when unassigned.
    #[schema(value_type = Option<Uuid>)]
    pub assignee_id: Option<UserId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TaskState {
    #[schema(value_type = Uuid)]
    pub task_id: TaskId,
    pub status: TaskStatus,
    pub claimed_slots: i32,
    pub slots: i32,
}

/// A task's state after a change to one of its claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClaimState {
    #[schema(value_type = Uuid)]
    pub task_id: TaskId,
    pub status: TaskStatus,
    pub claimed_slots: i32,
    pub slots: i32,
    #[schema(value_type = Uuid)]
    pub claim_id: ClaimId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ThreadState {
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    /// What the thread is about.
    pub subject: SubjectType,
    pub subject_id: Option<Uuid>,
    pub post_count: i64,
    /// The newest post's `seq` in the thread.
    pub last_seq: i64,
    pub locked: bool,
    pub pinned: bool,
}

/// A post, by ids only: a post hidden or deleted later must not stay readable in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PostRef {
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    #[schema(value_type = Uuid)]
    pub post_id: PostId,
    pub seq: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PostCreated {
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    #[schema(value_type = Uuid)]
    pub post_id: PostId,
    pub seq: i64,
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<PostId>,
    #[schema(value_type = Uuid)]
    pub author_id: UserId,
    pub post_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PostFlagged {
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    #[schema(value_type = Uuid)]
    pub post_id: PostId,
    pub seq: i64,
    pub flag_count: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ReactionChanged {
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    #[schema(value_type = Uuid)]
    pub post_id: PostId,
    pub seq: i64,
    /// How many of each reaction, e.g. `{"👍": 2}`.
    pub reactions: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StaffRemoved {
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StoppedServing {
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StartedServing {
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
}

/// A notification as pushed live: the notice (tagged by `what`) and its inbox id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Notification {
    /// Its id in the inbox (`GET /api/v1/me/notifications`).
    #[schema(value_type = Uuid)]
    pub notification_id: NotificationId,
    #[serde(flatten)]
    pub notice: Notice,
}

/// `{ids, unread}` after one was marked read, `{all: true, unread: 0}` after read-all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct NotificationsRead {
    /// The ones marked read (absent after read-all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Uuid>>, nullable = false)]
    pub ids: Option<Vec<NotificationId>>,
    /// Present (true) after read-all.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
    /// Their unread count now.
    pub unread: u64,
}

/// "The dashboard is out of date": see `docs/live-protocol.md`, the dashboard channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DashboardChanged {
    /// Each served neighbourhood channel's newest seq, by channel name.
    pub seqs: BTreeMap<String, i64>,
    /// How many events this message covers.
    pub events: u64,
    pub online_changed: bool,
    pub scope_changed: bool,
}

#[cfg(test)]
pub(crate) mod tests {
    use serde_json::json;
    use strum::IntoEnumIterator;

    use super::*;
    use crate::domain::notification::{tests::sample as notice, NotificationKind};

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn task() -> TaskState {
        TaskState {
            task_id: id(1).into(),
            status: TaskStatus::Open,
            claimed_slots: 1,
            slots: 3,
        }
    }

    fn claim() -> ClaimState {
        ClaimState {
            task_id: id(1).into(),
            status: TaskStatus::Open,
            claimed_slots: 1,
            slots: 3,
            claim_id: id(2).into(),
        }
    }

    fn thread() -> ThreadState {
        ThreadState {
            thread_id: id(1).into(),
            subject: SubjectType::Issue,
            subject_id: Some(id(2)),
            post_count: 3,
            last_seq: 3,
            locked: false,
            pinned: true,
        }
    }

    fn post() -> PostRef {
        PostRef {
            thread_id: id(1).into(),
            post_id: id(2).into(),
            seq: 3,
        }
    }

    fn invitation() -> InvitationRef {
        InvitationRef {
            invitation_id: id(1).into(),
        }
    }

    fn member() -> MemberRef {
        MemberRef {
            user_id: id(1).into(),
        }
    }

    fn counted() -> MemberCounted {
        MemberCounted {
            user_id: id(1).into(),
            member_count: 4,
        }
    }

    fn reported() -> IssueReported {
        IssueReported {
            issue_id: id(1).into(),
            category_id: id(2).into(),
            status: IssueStatus::Open,
            reports_count: 2,
            supporters_count: 2,
            new_supporter: true,
        }
    }

    /// One event of each kind, by an exhaustive `match`: a new kind cannot miss the tests.
    fn neighbourhood(kind: NeighbourhoodEventKind) -> NeighbourhoodEvent {
        use NeighbourhoodEvent as E;
        use NeighbourhoodEventKind as K;
        let at = DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z")
            .unwrap()
            .to_utc();
        match kind {
            K::NeighbourhoodCreated => E::NeighbourhoodCreated(NeighbourhoodCreated {
                name: "Elm".into(),
                member_count: 1,
            }),
            K::NeighbourhoodUpdated => E::NeighbourhoodUpdated(NeighbourhoodUpdated {
                name: "Elm".into(),
                visibility: Visibility::Private,
                join_policy: JoinPolicy::Approval,
            }),
            K::MemberJoined => E::MemberJoined(MemberJoined {
                user_id: id(1).into(),
                display_name: "Ana".into(),
                role: Role::Member,
                member_count: 4,
            }),
            K::MemberRequested => E::MemberRequested(MemberRequested {
                user_id: id(1).into(),
                display_name: "Ana".into(),
            }),
            K::MemberApproved => E::MemberApproved(MemberApproved {
                user_id: id(1).into(),
                display_name: "Ana".into(),
                member_count: 4,
            }),
            K::MemberLeft => E::MemberLeft(counted()),
            K::MemberRemoved => E::MemberRemoved(counted()),
            K::MemberRequestWithdrawn => E::MemberRequestWithdrawn(member()),
            K::MemberRejected => E::MemberRejected(member()),
            K::MemberRoleChanged => E::MemberRoleChanged(MemberRoleChanged {
                user_id: id(1).into(),
                role: Role::Coordinator,
            }),
            K::MemberSuspended => E::MemberSuspended(MemberSuspended {
                user_id: id(1).into(),
                until: at,
            }),
            K::MemberReinstated => E::MemberReinstated(member()),
            K::InvitationCreated => E::InvitationCreated(invitation()),
            K::InvitationRevoked => E::InvitationRevoked(invitation()),
            K::InvitationDeclined => E::InvitationDeclined(invitation()),
            K::IssueCreated => E::IssueCreated(reported()),
            K::IssueReportAdded => E::IssueReportAdded(reported()),
            K::IssueSupported => E::IssueSupported(IssueSupported {
                issue_id: id(1).into(),
                supporters_count: 3,
            }),
            K::IssueStatusChanged => E::IssueStatusChanged(IssueStatusChanged {
                issue_id: id(1).into(),
                status: IssueStatus::Resolved,
                note: "fixed".into(),
                reopened: false,
            }),
            K::IssuePhotoAdded => E::IssuePhotoAdded(IssuePhotoAdded {
                issue_id: id(1).into(),
                photo_id: id(2).into(),
            }),
            K::IssueMerged => E::IssueMerged(IssueMerged {
                issue_id: id(1).into(),
                into: id(2).into(),
                status: IssueStatus::Duplicate,
                note: "same".into(),
                supporters_count: 5,
            }),
            K::IssuePlaced => E::IssuePlaced(IssuePlaced {
                issue_id: id(1).into(),
                location: GeoPoint {
                    lat: 51.5,
                    lon: -0.1,
                },
                place: "outside 3 Mill Lane".into(),
            }),
            K::IssueAssigned => E::IssueAssigned(IssueAssigned {
                issue_id: id(1).into(),
                organisation_id: id(2).into(),
                assignee_id: None,
            }),
            K::TaskCreated => E::TaskCreated(task()),
            K::TaskUpdated => E::TaskUpdated(task()),
            K::TaskApproved => E::TaskApproved(task()),
            K::TaskCancelled => E::TaskCancelled(task()),
            K::TaskClaimed => E::TaskClaimed(claim()),
            K::TaskReleased => E::TaskReleased(claim()),
            K::TaskClaimExtended => E::TaskClaimExtended(claim()),
            K::TaskLeaseExpired => E::TaskLeaseExpired(claim()),
            K::TaskCheckedIn => E::TaskCheckedIn(claim()),
            K::TaskDone => E::TaskDone(claim()),
            K::TaskVerified => E::TaskVerified(claim()),
            K::TaskRejected => E::TaskRejected(claim()),
            K::ThreadCreated => E::ThreadCreated(thread()),
            K::ThreadLocked => E::ThreadLocked(thread()),
            K::ThreadUnlocked => E::ThreadUnlocked(thread()),
            K::ThreadPinned => E::ThreadPinned(thread()),
            K::ThreadUnpinned => E::ThreadUnpinned(thread()),
            K::PostCreated => E::PostCreated(PostCreated {
                thread_id: id(1).into(),
                post_id: id(2).into(),
                seq: 3,
                parent_id: None,
                author_id: id(4).into(),
                post_count: 3,
            }),
            K::PostEdited => E::PostEdited(post()),
            K::PostDeleted => E::PostDeleted(post()),
            K::PostHidden => E::PostHidden(post()),
            K::PostRestored => E::PostRestored(post()),
            K::PostReviewed => E::PostReviewed(post()),
            K::PostFlagged => E::PostFlagged(PostFlagged {
                thread_id: id(1).into(),
                post_id: id(2).into(),
                seq: 3,
                flag_count: 2,
            }),
            K::ReactionChanged => E::ReactionChanged(ReactionChanged {
                thread_id: id(1).into(),
                post_id: id(2).into(),
                seq: 3,
                reactions: BTreeMap::from([("👍".to_owned(), 2)]),
            }),
            K::OrganisationStaffRemoved => E::OrganisationStaffRemoved(StaffRemoved {
                organisation_id: id(1).into(),
                user_id: id(2).into(),
            }),
            K::OrganisationStoppedServing => E::OrganisationStoppedServing(StoppedServing {
                organisation_id: id(1).into(),
            }),
            K::OrganisationStartedServing => E::OrganisationStartedServing(StartedServing {
                organisation_id: id(1).into(),
            }),
        }
    }

    fn user(kind: UserEventKind) -> UserEvent {
        match kind {
            UserEventKind::Notification => UserEvent::Notification(Notification {
                notification_id: id(9).into(),
                notice: notice(NotificationKind::Mentioned),
            }),
            UserEventKind::NotificationsRead => UserEvent::NotificationsRead(NotificationsRead {
                ids: Some(vec![id(9).into()]),
                all: false,
                unread: 2,
            }),
        }
    }

    fn dashboard(kind: DashboardEventKind) -> DashboardEvent {
        match kind {
            DashboardEventKind::DashboardChanged => {
                DashboardEvent::DashboardChanged(DashboardChanged {
                    seqs: BTreeMap::from([(format!("neighbourhood:{}", id(1)), 7)]),
                    events: 3,
                    online_changed: false,
                    scope_changed: true,
                })
            }
        }
    }

    pub(crate) fn every_event() -> Vec<LiveEvent> {
        NeighbourhoodEventKind::iter()
            .map(|k| LiveEvent::Neighbourhood(neighbourhood(k)))
            .chain(UserEventKind::iter().map(|k| LiveEvent::User(user(k))))
            .chain(DashboardEventKind::iter().map(|k| LiveEvent::Dashboard(dashboard(k))))
            .collect()
    }

    fn parts(event: &LiveEvent) -> (String, serde_json::Value) {
        crate::live::event::stored_parts(event).unwrap()
    }

    #[test]
    fn every_kind_round_trips_through_its_stored_form() {
        let mut kinds = std::collections::HashSet::new();
        for event in every_event() {
            let (kind, data) = parts(&event);
            assert!(kinds.insert(kind.clone()), "{kind} named twice");
            assert!(data.is_object(), "{kind}: data is an object");
            assert_eq!(LiveEvent::parse(&kind, &data).unwrap(), event, "{kind}");
        }
        // 52 kinds when the enums were introduced; none may disappear by accident.
        assert!(kinds.len() >= 52, "{} kinds", kinds.len());
        for kind in ["task.claim_extended", "notification", "dashboard.changed"] {
            assert!(kinds.contains(kind), "{kind}");
        }
    }

    #[test]
    fn events_serialise_to_the_documented_wire_shape() {
        let golden = |event: NeighbourhoodEvent| parts(&LiveEvent::Neighbourhood(event));
        assert_eq!(
            golden(neighbourhood(NeighbourhoodEventKind::MemberJoined)),
            (
                "member.joined".into(),
                json!({"user_id": id(1), "display_name": "Ana", "role": "member", "member_count": 4})
            )
        );
        assert_eq!(
            golden(neighbourhood(NeighbourhoodEventKind::TaskClaimExtended)),
            (
                "task.claim_extended".into(),
                json!({"task_id": id(1), "status": "open", "claimed_slots": 1, "slots": 3, "claim_id": id(2)})
            )
        );
        // `reopened` only when it was reopened.
        assert_eq!(
            golden(neighbourhood(NeighbourhoodEventKind::IssueStatusChanged)).1,
            json!({"issue_id": id(1), "status": "resolved", "note": "fixed"})
        );
        assert_eq!(
            golden(NeighbourhoodEvent::IssueStatusChanged(IssueStatusChanged {
                issue_id: id(1).into(),
                status: IssueStatus::Open,
                note: "again".into(),
                reopened: true,
            }))
            .1,
            json!({"issue_id": id(1), "status": "open", "note": "again", "reopened": true})
        );
        assert_eq!(
            golden(neighbourhood(NeighbourhoodEventKind::IssueAssigned)).1,
            json!({"issue_id": id(1), "organisation_id": id(2), "assignee_id": null})
        );
        assert_eq!(
            golden(neighbourhood(NeighbourhoodEventKind::ReactionChanged)).1,
            json!({"thread_id": id(1), "post_id": id(2), "seq": 3, "reactions": {"👍": 2}})
        );
        // A notification's data is the notice, its `what` and its inbox id, side by side.
        assert_eq!(
            parts(&LiveEvent::User(user(UserEventKind::Notification))),
            (
                "notification".into(),
                json!({"notification_id": id(9), "what": "mentioned", "neighbourhood_id": id(1), "neighbourhood_name": "Elm Street", "thread_id": id(2), "post_id": id(3), "seq": 4, "by": "Ana"})
            )
        );
        let read_all = UserEvent::NotificationsRead(NotificationsRead {
            ids: None,
            all: true,
            unread: 0,
        });
        assert_eq!(
            parts(&LiveEvent::User(read_all)).1,
            json!({"all": true, "unread": 0})
        );
        assert_eq!(
            parts(&LiveEvent::User(user(UserEventKind::NotificationsRead))).1,
            json!({"ids": [id(9)], "unread": 2})
        );
    }

    #[test]
    fn the_kinds_the_hub_acts_on_are_the_enums_names() {
        use crate::live::event::{STAFF_REMOVED, STARTED_SERVING, STOPPED_SERVING};
        let kind = |k| parts(&LiveEvent::Neighbourhood(neighbourhood(k))).0;
        assert_eq!(
            kind(NeighbourhoodEventKind::OrganisationStaffRemoved),
            STAFF_REMOVED
        );
        assert_eq!(
            kind(NeighbourhoodEventKind::OrganisationStoppedServing),
            STOPPED_SERVING
        );
        assert_eq!(
            kind(NeighbourhoodEventKind::OrganisationStartedServing),
            STARTED_SERVING
        );
    }

    #[test]
    fn rows_stored_before_the_enum_still_read() {
        // As `services::issues` wrote a report with `json!` (key order and all).
        let old = json!({"issue_id": id(1), "category_id": id(2), "status": "open", "reports_count": 1, "supporters_count": 1, "new_supporter": true});
        assert!(matches!(
            LiveEvent::parse("issue.created", &old),
            Ok(LiveEvent::Neighbourhood(NeighbourhoodEvent::IssueCreated(
                _
            )))
        ));
        // A notification as `live::Transaction` stored it: the notice with its id added last.
        let old = json!({"what": "task_lease_expiring", "task_id": id(1), "task_title": "Bench", "neighbourhood_id": id(2), "expires_at": "2026-11-29T10:00:00Z", "notification_id": id(3)});
        assert!(matches!(
            LiveEvent::parse("notification", &old),
            Ok(LiveEvent::User(UserEvent::Notification(Notification {
                notice: Notice::TaskLeaseExpiring { .. },
                ..
            })))
        ));
        assert!(LiveEvent::parse("no.such_kind", &json!({})).is_err());
    }

    #[test]
    fn proposals_and_coordinator_business_stay_with_the_coordinators() {
        let proposed = NeighbourhoodEvent::TaskCreated(TaskState {
            status: TaskStatus::Proposed,
            ..task()
        });
        assert_eq!(proposed.audience(), Audience::Coordinators);
        assert_eq!(
            NeighbourhoodEvent::TaskCreated(task()).audience(),
            Audience::Everyone
        );
        for (kind, audience) in [
            (
                NeighbourhoodEventKind::MemberRequested,
                Audience::Coordinators,
            ),
            (NeighbourhoodEventKind::MemberJoined, Audience::Members),
            (NeighbourhoodEventKind::PostFlagged, Audience::Coordinators),
            (NeighbourhoodEventKind::PostReviewed, Audience::Coordinators),
            (NeighbourhoodEventKind::PostHidden, Audience::Everyone),
            (
                NeighbourhoodEventKind::OrganisationStaffRemoved,
                Audience::Coordinators,
            ),
        ] {
            assert_eq!(neighbourhood(kind).audience(), audience, "{kind:?}");
        }
    }
}
