//! Membership roles and states, and the rules that keep a neighbourhood governable.

use chrono::{DateTime, Utc};
pub use entity::status::{MembershipStatus, Role};

use super::neighbourhood::JoinPolicy;

/// The status a join request starts in.
pub fn status_on_join(policy: JoinPolicy) -> MembershipStatus {
    match policy {
        JoinPolicy::Open => MembershipStatus::Active,
        JoinPolicy::Approval => MembershipStatus::Pending,
    }
}

/// The status that holds now: a suspension whose end has passed has lapsed.
pub fn effective_status(
    stored: MembershipStatus,
    suspended_until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> MembershipStatus {
    match (stored, suspended_until) {
        (MembershipStatus::Suspended, Some(until)) if until <= now => MembershipStatus::Active,
        (status, _) => status,
    }
}

/// Whether a coordinator may stop being one (by leaving, being demoted or removed): a
/// neighbourhood with members must keep at least one active coordinator to remain governable.
pub fn can_lose_coordinator(active_coordinators: u64, other_members: u64) -> bool {
    active_coordinators > 1 || other_members == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn join_status_follows_policy() {
        assert_eq!(status_on_join(JoinPolicy::Open), MembershipStatus::Active);
        assert_eq!(
            status_on_join(JoinPolicy::Approval),
            MembershipStatus::Pending
        );
    }

    #[test]
    fn suspensions_lapse_at_their_end() {
        let now = Utc::now();
        let past = Some(now - Duration::minutes(1));
        let future = Some(now + Duration::minutes(1));
        assert_eq!(
            effective_status(MembershipStatus::Suspended, past, now),
            MembershipStatus::Active
        );
        assert_eq!(
            effective_status(MembershipStatus::Suspended, future, now),
            MembershipStatus::Suspended
        );
        assert_eq!(
            effective_status(MembershipStatus::Pending, past, now),
            MembershipStatus::Pending
        );
    }

    #[test]
    fn the_last_coordinator_cannot_leave_a_populated_neighbourhood() {
        assert!(!can_lose_coordinator(1, 3));
        assert!(can_lose_coordinator(1, 0));
        assert!(can_lose_coordinator(2, 3));
    }
}
