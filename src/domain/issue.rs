//! Shared issues: the rules for pooling reports into one issue per real-world problem, for
//! moving an issue through its statuses, and for ranking by collective impact. Pure, so every
//! rule is pinned by a unit test here; the reports capability (issue #4) wires them to storage.

use chrono::{DateTime, Duration, Utc};
use entity::ids::CategoryId;

pub use entity::{ids::IssueId, status::IssueStatus};

use super::geo::GeoPoint;

/// Radius within which the reporter is *offered* existing issues ("is it one of these?").
pub const DEFAULT_SUGGEST_RADIUS_M: f64 = 150.0;
/// Radius within which a report joins an existing issue of its category on its own.
pub const DEFAULT_AUTO_POOL_RADIUS_M: f64 = 30.0;
/// The two pooling radii, configurable per deployment (`pool_radius_m`, `suggest_radius_m`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoolingRadii {
    /// A report without a chosen issue joins an active issue of its category this close.
    pub auto_m: f64,
    /// The reporter is offered active issues this close.
    pub suggest_m: f64,
}

impl Default for PoolingRadii {
    fn default() -> Self {
        Self {
            auto_m: DEFAULT_AUTO_POOL_RADIUS_M,
            suggest_m: DEFAULT_SUGGEST_RADIUS_M,
        }
    }
}

/// An issue's point moves a little with every located report that pools into it (it is their
/// mean); its place in words is looked up again only when it moved further than this, so a busy
/// issue does not cost a gazetteer look-up per report, and its words do not flicker.
pub const RELABEL_AFTER_M: f64 = 15.0;

/// Whether an issue's place in words must be (re)computed: it has a point, and either no words
/// yet, or no point before, or a point that moved more than `RELABEL_AFTER_M`.
pub fn needs_place_label(
    before: Option<GeoPoint>,
    label: Option<&str>,
    after: Option<GeoPoint>,
) -> bool {
    let Some(after) = after else {
        return false;
    };
    match (before, label) {
        (Some(before), Some(_)) => before.distance_m(&after) > RELABEL_AFTER_M,
        _ => true,
    }
}

/// The place in words kept on an issue: what the gazetteer says, else the neighbourhood's name
/// (a point with no street or address near it is still somewhere people know).
pub fn place_label(described: Option<String>, neighbourhood_name: &str) -> String {
    described
        .map(|d| d.trim().to_owned())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| neighbourhood_name.to_owned())
}

/// Where an issue is, for its title and Open311's `address`: its place in words, unless that
/// is only the neighbourhood's name (said already wherever the issue is shown), else the address
/// the reporter typed.
pub fn where_words<'a>(
    place_label: Option<&'a str>,
    address: Option<&'a str>,
    neighbourhood_name: &str,
) -> Option<&'a str> {
    place_label
        .filter(|p| p.trim() != neighbourhood_name.trim())
        .or(address)
}

/// How long after resolution a supporter can say "still a problem".
pub const REOPEN_WINDOW_DAYS: i64 = 30;

/// What people call an issue in lists, notices and exports: its category, and where it is when
/// the reporter said ("Pothole, outside 3 Mill Lane").
pub fn issue_title(category: &str, address: Option<&str>) -> String {
    match address.map(str::trim).filter(|a| !a.is_empty()) {
        Some(address) => format!("{category}, {address}"),
        None => category.to_owned(),
    }
}

/// Why staff may not move an issue from `from` to `to`, in words a person reads (the wire names
/// such as `in_progress` never reach them).
pub fn refused_change(from: IssueStatus, to: IssueStatus) -> crate::i18n::Message {
    // The status is passed as its stored name; each language words it with a selector.
    if from == to {
        crate::msg!("issue-already-status", status = from.as_str())
    } else {
        crate::msg!(
            "issue-status-cannot-change",
            from = from.as_str(),
            to = to.as_str()
        )
    }
}

/// The workflow's rules about an issue's status (the enum itself is stored, so it lives in
/// `entity`; its rules stay here).
pub trait IssueStatusRules: Copy {
    /// The status in words ("in progress"), for sentences people read.
    fn words(self) -> &'static str;

    /// Still waiting for (more) work: reports pool into these.
    fn is_active(self) -> bool;

    /// A status that answers an issue: every change but reopening and merging. The first answer
    /// starts the dashboard's "time to acknowledge".
    fn is_answer(self) -> bool;

    /// Whether staff may move an issue from `self` to `to`. Merging (to `Duplicate`) has its own
    /// operation; reopening after resolution is done by supporters through `can_reopen`.
    fn can_change_to(self, to: IssueStatus) -> bool;
}

impl IssueStatusRules for IssueStatus {
    fn words(self) -> &'static str {
        match self {
            IssueStatus::Open => "open",
            IssueStatus::Acknowledged => "acknowledged",
            IssueStatus::InProgress => "in progress",
            IssueStatus::Resolved => "resolved",
            IssueStatus::Declined => "declined",
            IssueStatus::Duplicate => "a duplicate",
        }
    }

    fn is_active(self) -> bool {
        matches!(
            self,
            IssueStatus::Open | IssueStatus::Acknowledged | IssueStatus::InProgress
        )
    }

    fn is_answer(self) -> bool {
        matches!(
            self,
            IssueStatus::Acknowledged
                | IssueStatus::InProgress
                | IssueStatus::Resolved
                | IssueStatus::Declined
        )
    }

    fn can_change_to(self, to: IssueStatus) -> bool {
        use IssueStatus::*;
        match (self, to) {
            (from, to) if from == to => false,
            (Open, Acknowledged | InProgress | Resolved | Declined) => true,
            (Acknowledged, InProgress | Resolved | Declined) => true,
            (InProgress, Resolved | Declined | Acknowledged) => true,
            // Staff may take back a decision: a declined or resolved issue can be opened again.
            (Resolved | Declined, Open) => true,
            _ => false,
        }
    }
}

/// Whether a supporter's "still a problem" may reopen the issue now.
pub fn can_reopen(
    status: IssueStatus,
    resolved_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    status == IssueStatus::Resolved
        && resolved_at.is_some_and(|at| now - at <= Duration::days(REOPEN_WINDOW_DAYS))
}

/// What pooling needs to know about an existing issue.
#[derive(Debug, Clone)]
pub struct PoolCandidate {
    pub id: IssueId,
    pub category_id: CategoryId,
    pub status: IssueStatus,
    pub location: Option<GeoPoint>,
    pub supporters: i64,
}

/// The issue a new report joins on its own, if any: an active issue of the same category within
/// `radius_m`, the nearest first (ties: the one more people already support).
pub fn auto_pool_target(
    candidates: &[PoolCandidate],
    category_id: CategoryId,
    at: &GeoPoint,
    radius_m: f64,
) -> Option<IssueId> {
    candidates
        .iter()
        .filter(|c| c.category_id == category_id && c.status.is_active())
        .filter_map(|c| c.location.map(|p| (c, p.distance_m(at))))
        .filter(|(_, d)| *d <= radius_m)
        .min_by(|(a, da), (b, db)| da.total_cmp(db).then(b.supporters.cmp(&a.supporters)))
        .map(|(c, _)| c.id)
}

/// Active issues to offer a reporter within `radius_m`: same category first, then nearest.
pub fn suggestions(
    candidates: &[PoolCandidate],
    category_id: Option<CategoryId>,
    at: &GeoPoint,
    radius_m: f64,
) -> Vec<(IssueId, f64)> {
    let mut found: Vec<(bool, f64, IssueId)> = candidates
        .iter()
        .filter(|c| c.status.is_active())
        .filter_map(|c| c.location.map(|p| (c, p.distance_m(at))))
        .filter(|(_, d)| *d <= radius_m)
        .map(|(c, d)| (Some(c.category_id) != category_id, d, c.id))
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    found.into_iter().map(|(_, d, id)| (id, d)).collect()
}

/// Collective impact: how much an unresolved issue weighs on the neighbourhood, for the managers'
/// default queue order. Grows with the number of distinct people affected (logarithmically, so a
/// campaign cannot drown everything else), with age while unresolved, and sharply once the
/// category's target time has passed. See `docs/impact-score.md`.
pub fn impact_score(
    supporters: i64,
    first_reported: DateTime<Utc>,
    target_days: Option<i64>,
    now: DateTime<Utc>,
) -> f64 {
    let people = (1.0 + supporters.max(0) as f64).ln() * 10.0;
    let age_days = ((now - first_reported).num_minutes().max(0) as f64) / (24.0 * 60.0);
    let waiting = age_days.min(90.0) * 0.2;
    let overdue = match target_days {
        Some(target) if age_days > target as f64 => {
            5.0 + (age_days - target as f64).min(60.0) * 0.5
        }
        _ => 0.0,
    };
    ((people + waiting + overdue) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_place_label_is_computed_when_placed_and_again_only_after_a_real_move() {
        let at = GeoPoint {
            lat: 51.5,
            lon: -0.1,
        };
        let near = GeoPoint {
            lat: 51.50005,
            lon: -0.1,
        }; // about 5.6 m north
        let far = GeoPoint {
            lat: 51.5003,
            lon: -0.1,
        }; // about 33 m north
        assert!(
            !needs_place_label(None, None, None),
            "no point, nothing to say"
        );
        assert!(needs_place_label(None, None, Some(at)), "newly placed");
        assert!(
            needs_place_label(Some(at), None, Some(at)),
            "placed, never labelled"
        );
        assert!(!needs_place_label(Some(at), Some("Mill Lane"), Some(near)));
        assert!(needs_place_label(Some(at), Some("Mill Lane"), Some(far)));
        assert_eq!(
            place_label(Some(" outside 3 Mill Lane ".into()), "Elm"),
            "outside 3 Mill Lane"
        );
        assert_eq!(place_label(Some("  ".into()), "Elm Street"), "Elm Street");
        assert_eq!(place_label(None, "Elm Street"), "Elm Street");
        let typed = Some("by the school gate");
        assert_eq!(
            where_words(Some("outside 3 Mill Lane"), typed, "Elm Street"),
            Some("outside 3 Mill Lane")
        );
        assert_eq!(where_words(Some("Elm Street"), typed, "Elm Street"), typed);
        assert_eq!(where_words(Some("Elm Street"), None, "Elm Street"), None);
        assert_eq!(where_words(None, typed, "Elm Street"), typed);
    }

    use super::*;

    #[test]
    fn titles_and_refusals_read_as_words() {
        assert_eq!(
            issue_title("Pothole", Some(" outside 3 Mill Lane ")),
            "Pothole, outside 3 Mill Lane"
        );
        assert_eq!(issue_title("Pothole", Some("  ")), "Pothole");
        assert_eq!(
            refused_change(IssueStatus::InProgress, IssueStatus::InProgress).to_string(),
            "This issue is already in progress."
        );
        assert_eq!(
            refused_change(IssueStatus::Open, IssueStatus::Duplicate).to_string(),
            "An issue that is open cannot be marked a duplicate."
        );
    }

    fn point(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint::parse(lat, lon).unwrap()
    }

    fn candidate(
        category: CategoryId,
        status: IssueStatus,
        at: GeoPoint,
        supporters: i64,
    ) -> PoolCandidate {
        PoolCandidate {
            id: IssueId::new(),
            category_id: category,
            status,
            location: Some(at),
            supporters,
        }
    }

    /// About 11 m per 0.0001 degrees of latitude.
    const TEN_METRES: f64 = 0.00009;

    #[test]
    fn a_report_joins_the_nearest_active_issue_of_its_category() {
        let (pothole, graffiti) = (CategoryId::new(), CategoryId::new());
        let here = point(51.5, -0.1);
        let near = candidate(
            pothole,
            IssueStatus::Open,
            point(51.5 + TEN_METRES, -0.1),
            1,
        );
        let nearer_other_category = candidate(graffiti, IssueStatus::Open, here, 9);
        let far = candidate(
            pothole,
            IssueStatus::Open,
            point(51.5 + 10.0 * TEN_METRES, -0.1),
            9,
        );
        let candidates = [near.clone(), nearer_other_category, far];
        assert_eq!(
            auto_pool_target(&candidates, pothole, &here, DEFAULT_AUTO_POOL_RADIUS_M),
            Some(near.id)
        );
    }

    #[test]
    fn resolved_declined_and_merged_issues_do_not_pool() {
        let pothole = CategoryId::new();
        let here = point(51.5, -0.1);
        for status in [
            IssueStatus::Resolved,
            IssueStatus::Declined,
            IssueStatus::Duplicate,
        ] {
            let closed = [candidate(pothole, status, here, 3)];
            assert_eq!(
                auto_pool_target(&closed, pothole, &here, 30.0),
                None,
                "{status:?}"
            );
        }
    }

    #[test]
    fn ties_go_to_the_issue_more_people_support() {
        let pothole = CategoryId::new();
        let here = point(51.5, -0.1);
        let few = candidate(pothole, IssueStatus::Open, here, 1);
        let many = candidate(pothole, IssueStatus::InProgress, here, 7);
        assert_eq!(
            auto_pool_target(&[few, many.clone()], pothole, &here, 30.0),
            Some(many.id)
        );
    }

    #[test]
    fn suggestions_put_the_same_category_first_then_distance() {
        let (pothole, graffiti) = (CategoryId::new(), CategoryId::new());
        let here = point(51.5, -0.1);
        let other_close = candidate(graffiti, IssueStatus::Open, here, 1);
        let same_far = candidate(
            pothole,
            IssueStatus::Open,
            point(51.5 + 10.0 * TEN_METRES, -0.1),
            1,
        );
        let same_near = candidate(
            pothole,
            IssueStatus::Acknowledged,
            point(51.5 + TEN_METRES, -0.1),
            1,
        );
        let too_far = candidate(pothole, IssueStatus::Open, point(51.51, -0.1), 1);
        let found = suggestions(
            &[
                other_close.clone(),
                same_far.clone(),
                same_near.clone(),
                too_far,
            ],
            Some(pothole),
            &here,
            150.0,
        );
        let ids: Vec<IssueId> = found.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, [same_near.id, same_far.id, other_close.id]);
    }

    #[test]
    fn status_changes_follow_the_workflow() {
        use IssueStatus::*;
        assert!(Open.can_change_to(Acknowledged));
        assert!(Acknowledged.can_change_to(InProgress));
        assert!(InProgress.can_change_to(Resolved));
        assert!(Open.can_change_to(Declined));
        assert!(Resolved.can_change_to(Open));
        assert!(!Resolved.can_change_to(InProgress));
        assert!(!Duplicate.can_change_to(Open), "merged issues stay merged");
        assert!(
            !Open.can_change_to(Duplicate),
            "merging has its own operation"
        );
        assert!(!Open.can_change_to(Open));
    }

    #[test]
    fn reopening_and_merging_are_not_answers() {
        use IssueStatus::*;
        let answers: Vec<IssueStatus> = [
            Open,
            Acknowledged,
            InProgress,
            Resolved,
            Declined,
            Duplicate,
        ]
        .into_iter()
        .filter(|s| s.is_answer())
        .collect();
        assert_eq!(answers, [Acknowledged, InProgress, Resolved, Declined]);
    }

    #[test]
    fn still_a_problem_reopens_only_within_thirty_days_of_resolution() {
        let now = Utc::now();
        assert!(can_reopen(
            IssueStatus::Resolved,
            Some(now - Duration::days(29)),
            now
        ));
        assert!(!can_reopen(
            IssueStatus::Resolved,
            Some(now - Duration::days(31)),
            now
        ));
        assert!(!can_reopen(IssueStatus::Open, Some(now), now));
        assert!(!can_reopen(IssueStatus::Resolved, None, now));
    }

    #[test]
    fn documented_examples_hold() {
        // The table in docs/impact-score.md.
        let now = Utc::now();
        assert_eq!(impact_score(1, now, Some(14), now), 6.93);
        assert_eq!(impact_score(20, now, Some(14), now), 30.45);
        assert_eq!(
            impact_score(1, now - Duration::days(10), Some(14), now),
            8.93
        );
        assert_eq!(
            impact_score(1, now - Duration::days(20), Some(14), now),
            18.93
        );
    }

    #[test]
    fn impact_grows_with_people_age_and_lateness_but_people_dominate_slowly() {
        let now = Utc::now();
        let fresh = impact_score(1, now, Some(14), now);
        let more_people = impact_score(20, now, Some(14), now);
        let older = impact_score(1, now - Duration::days(10), Some(14), now);
        let overdue = impact_score(1, now - Duration::days(20), Some(14), now);
        assert!(more_people > fresh && older > fresh && overdue > older);
        // Doubling a large crowd adds far less than the first few neighbours did.
        let crowd = impact_score(200, now, None, now) - impact_score(100, now, None, now);
        let first_few = impact_score(5, now, None, now) - impact_score(0, now, None, now);
        assert!(crowd < first_few);
        // Age stops counting after 90 days, so nothing grows without bound.
        assert_eq!(
            impact_score(3, now - Duration::days(200), None, now),
            impact_score(3, now - Duration::days(300), None, now)
        );
    }
}
