//! Volunteer tasks: the states a task and a claim move through, leases, who may verify whose
//! work, and how verified hours add up for a neighbourhood. Pure; storage is `services::tasks`.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::Deserialize;
use utoipa::ToSchema;

pub use entity::status::{ClaimStatus, TaskStatus};

/// The rules about a task's status (the enum is stored, so it lives in `entity`; its rules stay
/// here).
pub trait TaskStatusRules: Copy {
    /// Whether new claims are taken (given a free slot).
    fn takes_claims(self) -> bool;

    fn is_finished(self) -> bool;
}

impl TaskStatusRules for TaskStatus {
    fn takes_claims(self) -> bool {
        matches!(self, TaskStatus::Open | TaskStatus::InProgress)
    }

    fn is_finished(self) -> bool {
        matches!(
            self,
            TaskStatus::Done | TaskStatus::Verified | TaskStatus::Cancelled
        )
    }
}

/// The rules about a claim's status.
pub trait ClaimStatusRules: Copy {
    /// Holds one of the task's slots.
    fn holds_slot(self) -> bool;

    /// Counts towards the per-person limit on open claims.
    fn is_open(self) -> bool;
}

impl ClaimStatusRules for ClaimStatus {
    fn holds_slot(self) -> bool {
        !matches!(self, ClaimStatus::Released | ClaimStatus::Expired)
    }

    fn is_open(self) -> bool {
        matches!(self, ClaimStatus::Active | ClaimStatus::CheckedIn)
    }
}

pub const MIN_SLOTS: i32 = 1;
pub const MAX_SLOTS: i32 = 100;
pub const DEFAULT_LEASE_HOURS: i32 = 48;
pub const MAX_LEASE_HOURS: i32 = 14 * 24;
pub const MIN_HOURS: f64 = 0.25;
pub const MAX_HOURS: f64 = 24.0;

/// When a new (or renewed) claim lapses: a scheduled task holds it to the end of its window, an
/// open-ended one for its lease.
pub fn lease_end(
    ends_at: Option<DateTime<Utc>>,
    lease_hours: i32,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    ends_at.unwrap_or(now + Duration::hours(i64::from(lease_hours)))
}

/// A claimant in a batch of claims on one task, as the database saw them with their row locked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Claimant {
    /// Open claims they hold on any task (towards the per-person limit).
    pub open_claims: u64,
    /// They already hold one of this task's slots.
    pub holds_slot_here: bool,
    /// Their membership ended or was suspended after their claim was queued (read with the
    /// membership row locked): they may not claim at all.
    pub no_longer_member: bool,
}

/// How one claim in a batch was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimOutcome {
    Won,
    /// Not (or no longer) a member in good standing of the task's neighbourhood.
    NotAMember,
    AlreadyClaimed,
    AtLimit {
        open_claims: u64,
    },
    /// Every slot is taken.
    Full,
    /// The task is in a state that takes no claims (proposed, done, cancelled...).
    Closed(TaskStatus),
}

/// Decides claims that arrived together for one task, in arrival order: each claimant who holds
/// no slot on the task yet and is under the open-claims limit takes the next free slot, until
/// none is left. Exactly `min(free slots, eligible claimants)` win.
pub fn decide_claims(
    status: TaskStatus,
    claimed_slots: i32,
    slots: i32,
    claimants: &[Claimant],
    max_open_claims: u64,
) -> Vec<ClaimOutcome> {
    let mut free = if status.takes_claims() {
        (slots - claimed_slots).max(0)
    } else {
        0
    };
    claimants
        .iter()
        .map(|c| {
            if c.no_longer_member {
                ClaimOutcome::NotAMember
            } else if c.holds_slot_here {
                ClaimOutcome::AlreadyClaimed
            } else if c.open_claims >= max_open_claims {
                ClaimOutcome::AtLimit {
                    open_claims: c.open_claims,
                }
            } else if !status.takes_claims() && status != TaskStatus::Staffed {
                ClaimOutcome::Closed(status)
            } else if free == 0 {
                ClaimOutcome::Full
            } else {
                free -= 1;
                ClaimOutcome::Won
            }
        })
        .collect()
}

/// The task's status once `claimed_slots` are taken: an open task with every slot taken is
/// staffed; any other status stays.
pub fn status_after_claims(status: TaskStatus, claimed_slots: i32, slots: i32) -> TaskStatus {
    if status == TaskStatus::Open && claimed_slots >= slots {
        TaskStatus::Staffed
    } else {
        status
    }
}

/// Hours a claimant may report for their part: a quarter of an hour to a day.
pub fn valid_hours(hours: f64) -> bool {
    hours.is_finite() && (MIN_HOURS..=MAX_HOURS).contains(&hours)
}

/// Who verifies a part: nobody verifies their own work; a coordinator may verify anyone else's;
/// another member may, as long as they hold no claim on the same task.
pub fn may_verify(
    is_claimant: bool,
    is_coordinator: bool,
    is_active_member: bool,
    holds_claim_on_task: bool,
) -> bool {
    !is_claimant && (is_coordinator || (is_active_member && !holds_claim_on_task))
}

/// The task's status once its claims have moved: done when every slot-holding claim has reported
/// its work, verified when every one is verified — but only once nobody else can still join
/// (every slot is filled, or the window is over). Otherwise it stays as it is.
pub fn status_after_work(
    current: TaskStatus,
    claims: &[ClaimStatus],
    closed_to_claims: bool,
) -> TaskStatus {
    let holding: Vec<ClaimStatus> = claims.iter().copied().filter(|c| c.holds_slot()).collect();
    if holding.is_empty() || current == TaskStatus::Cancelled {
        return current;
    }
    if !closed_to_claims {
        return if current.is_finished() {
            TaskStatus::InProgress
        } else {
            current
        };
    }
    if holding.iter().all(|c| *c == ClaimStatus::Verified) {
        TaskStatus::Verified
    } else if holding
        .iter()
        .all(|c| matches!(c, ClaimStatus::Done | ClaimStatus::Verified))
    {
        TaskStatus::Done
    } else if current.is_finished() {
        // Rejected work reopens a done task.
        TaskStatus::InProgress
    } else {
        current
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    #[default]
    Week,
    Month,
}

/// The first day of the week (Monday) or month a moment falls in.
pub fn period_start(at: DateTime<Utc>, period: Period) -> NaiveDate {
    let day = at.date_naive();
    match period {
        Period::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
        Period::Month => day.with_day(1).unwrap_or(day),
    }
}

/// Verified hours added up per week or month, oldest first.
pub fn hours_by_period(entries: &[(DateTime<Utc>, f64)], period: Period) -> Vec<(NaiveDate, f64)> {
    let mut buckets: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for (at, hours) in entries {
        *buckets.entry(period_start(*at, period)).or_default() += hours;
    }
    buckets.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn claimants(n: usize) -> Vec<Claimant> {
        vec![Claimant::default(); n]
    }

    #[test]
    fn a_batch_takes_exactly_the_free_slots_in_arrival_order() {
        let outcomes = decide_claims(TaskStatus::Open, 1, 4, &claimants(5), 5);
        assert_eq!(
            outcomes,
            [
                ClaimOutcome::Won,
                ClaimOutcome::Won,
                ClaimOutcome::Won,
                ClaimOutcome::Full,
                ClaimOutcome::Full
            ]
        );
        assert_eq!(
            status_after_claims(TaskStatus::Open, 4, 4),
            TaskStatus::Staffed
        );
        assert_eq!(
            status_after_claims(TaskStatus::Open, 3, 4),
            TaskStatus::Open
        );
        assert_eq!(
            status_after_claims(TaskStatus::InProgress, 4, 4),
            TaskStatus::InProgress,
            "work under way keeps its status when the last slot fills"
        );
    }

    #[test]
    fn ineligible_claimants_leave_their_slot_to_the_next_in_line() {
        let batch = [
            Claimant {
                holds_slot_here: true,
                ..Claimant::default()
            },
            Claimant {
                open_claims: 2,
                ..Claimant::default()
            },
            Claimant {
                no_longer_member: true,
                ..Claimant::default()
            },
            Claimant::default(),
            Claimant::default(),
        ];
        assert_eq!(
            decide_claims(TaskStatus::InProgress, 0, 1, &batch, 2),
            [
                ClaimOutcome::AlreadyClaimed,
                ClaimOutcome::AtLimit { open_claims: 2 },
                ClaimOutcome::NotAMember,
                ClaimOutcome::Won,
                ClaimOutcome::Full
            ]
        );
    }

    #[test]
    fn a_checked_in_task_with_free_places_still_needs_people() {
        // Two of eight places are filled and one volunteer has checked in days before the start.
        let won = decide_claims(TaskStatus::InProgress, 2, 8, &claimants(1), 5);
        assert_eq!(won, vec![ClaimOutcome::Won]);
        // Filling the last place leaves it in progress (not staffed), and full.
        assert_eq!(
            status_after_claims(TaskStatus::InProgress, 8, 8),
            TaskStatus::InProgress
        );
        let full = decide_claims(TaskStatus::InProgress, 8, 8, &claimants(1), 5);
        assert_eq!(full, vec![ClaimOutcome::Full]);
    }

    #[test]
    fn closed_and_full_tasks_take_no_claims() {
        for status in [
            TaskStatus::Proposed,
            TaskStatus::Done,
            TaskStatus::Verified,
            TaskStatus::Cancelled,
        ] {
            assert_eq!(
                decide_claims(status, 0, 3, &claimants(2), 5),
                [ClaimOutcome::Closed(status); 2]
            );
        }
        assert_eq!(
            decide_claims(TaskStatus::Staffed, 3, 3, &claimants(2), 5),
            [ClaimOutcome::Full; 2]
        );
        assert_eq!(
            decide_claims(TaskStatus::Open, 3, 3, &claimants(1), 5),
            [ClaimOutcome::Full]
        );
    }

    #[test]
    fn leases_last_to_the_window_end_or_for_the_lease() {
        let now = at("2026-11-29T10:00:00Z");
        let end = at("2026-12-01T16:00:00Z");
        assert_eq!(lease_end(Some(end), 48, now), end);
        assert_eq!(lease_end(None, 48, now), at("2026-12-01T10:00:00Z"));
    }

    #[test]
    fn hours_are_a_quarter_to_twenty_four() {
        assert!(valid_hours(0.25) && valid_hours(24.0) && valid_hours(3.5));
        for bad in [0.0, 0.2, 24.5, -1.0, f64::NAN, f64::INFINITY] {
            assert!(!valid_hours(bad), "{bad}");
        }
    }

    #[test]
    fn nobody_verifies_their_own_work() {
        // (claimant, coordinator, member, holds a claim) -> may verify
        assert!(
            !may_verify(true, true, true, true),
            "not even a coordinator"
        );
        assert!(
            may_verify(false, true, true, true),
            "a coordinator who worked too"
        );
        assert!(may_verify(false, false, true, false), "another member");
        assert!(!may_verify(false, false, true, true), "a fellow claimant");
        assert!(!may_verify(false, false, false, false), "an outsider");
    }

    #[test]
    fn a_task_is_done_when_every_part_is_reported_and_verified_when_every_part_is_verified() {
        use ClaimStatus::*;
        let s = TaskStatus::InProgress;
        assert_eq!(status_after_work(s, &[Done, CheckedIn], true), s);
        assert_eq!(
            status_after_work(s, &[Done, Done, Released], true),
            TaskStatus::Done
        );
        assert_eq!(
            status_after_work(TaskStatus::Done, &[Verified, Done], true),
            TaskStatus::Done
        );
        assert_eq!(
            status_after_work(TaskStatus::Done, &[Verified, Verified, Expired], true),
            TaskStatus::Verified
        );
        assert_eq!(
            status_after_work(TaskStatus::Done, &[Verified, CheckedIn], true),
            TaskStatus::InProgress,
            "rejected work reopens it"
        );
        assert_eq!(
            status_after_work(TaskStatus::Open, &[Released], true),
            TaskStatus::Open
        );
        assert_eq!(
            status_after_work(TaskStatus::Cancelled, &[Done], true),
            TaskStatus::Cancelled
        );
        assert_eq!(
            status_after_work(s, &[Verified], false),
            s,
            "a free slot in an open window keeps it going"
        );
    }

    #[test]
    fn claims_holding_slots_and_open_claims() {
        assert!(ClaimStatus::Done.holds_slot() && !ClaimStatus::Expired.holds_slot());
        assert!(ClaimStatus::CheckedIn.is_open() && !ClaimStatus::Done.is_open());
        assert!(TaskStatus::InProgress.takes_claims() && !TaskStatus::Staffed.takes_claims());
        assert!(!TaskStatus::Proposed.takes_claims());
    }

    #[test]
    fn hours_add_up_by_monday_weeks_and_calendar_months() {
        let entries = [
            (at("2026-11-23T09:00:00Z"), 2.0), // Monday
            (at("2026-11-29T23:00:00Z"), 1.5), // Sunday, same week
            (at("2026-11-30T08:00:00Z"), 3.0), // next Monday
            (at("2026-12-02T08:00:00Z"), 0.25),
        ];
        let weeks = hours_by_period(&entries, Period::Week);
        assert_eq!(
            weeks,
            [
                (NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), 3.5),
                (NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), 3.25),
            ]
        );
        let months = hours_by_period(&entries, Period::Month);
        assert_eq!(
            months,
            [
                (NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(), 6.5),
                (NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), 0.25),
            ]
        );
    }
}
