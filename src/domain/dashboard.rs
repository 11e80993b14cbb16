//! The service manager's dashboard: the pure parts of its figures. The database does the
//! grouping and counting (`services::dashboard`); what is left here is what SQL cannot do the
//! same way on SQLite and PostgreSQL: percentiles of response times, the calendar boundaries
//! ("today", "this week"), the gap-free daily trend and the top issues by impact.
//! The definitions are documented in `docs/dashboard.md`.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// How many days the trend covers.
pub const TREND_DAYS: i64 = 30;
/// The longest period a dashboard can be asked for.
pub const MAX_PERIOD_DAYS: i64 = 365;
/// The default period (days) for response times and pooling figures.
pub const DEFAULT_PERIOD_DAYS: i64 = 30;

/// Median and 90th percentile of a set of durations, in seconds.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DurationStats {
    /// How many issues the figures are over.
    pub count: usize,
    pub median_seconds: Option<f64>,
    pub p90_seconds: Option<f64>,
}

impl DurationStats {
    pub fn of(mut seconds: Vec<f64>) -> Self {
        seconds.retain(|s| s.is_finite());
        seconds.sort_by(f64::total_cmp);
        Self {
            count: seconds.len(),
            median_seconds: percentile(&seconds, 0.5),
            p90_seconds: percentile(&seconds, 0.9),
        }
    }
}

/// The `p`-quantile (0..=1) of sorted values with linear interpolation between the closest ranks
/// (PostgreSQL's `percentile_cont`, spreadsheet `PERCENTILE.INC`); `None` for no values.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let rank = p.clamp(0.0, 1.0) * last as f64;
    let below = rank.floor() as usize;
    let above = rank.ceil() as usize;
    let (low, high) = (sorted[below], sorted[above.min(last)]);
    Some(low + (high - low) * (rank - below as f64))
}

/// Midnight (UTC) at the start of `now`'s day.
pub fn start_of_day(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive().and_time(NaiveTime::MIN).and_utc()
}

/// Monday 00:00 UTC of `now`'s week (ISO weeks, like the hours ledger).
pub fn start_of_week(now: DateTime<Utc>) -> DateTime<Utc> {
    let day = start_of_day(now);
    day - Duration::days(i64::from(now.weekday().num_days_from_monday()))
}

/// The first day of the trend that ends today (`TREND_DAYS` days including today).
pub fn trend_start(now: DateTime<Utc>) -> NaiveDate {
    now.date_naive() - Duration::days(TREND_DAYS - 1)
}

/// One day of the trend.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct TrendDay {
    pub date: NaiveDate,
    /// Issues first reported that day.
    pub created: i64,
    /// Issues resolved that day (each resolution counts, also after a reopening).
    pub resolved: i64,
}

/// Every day from `start` for `days` days, with the counts the database found and zero for days
/// it found nothing; counts for days outside the range are ignored.
pub fn trend(
    start: NaiveDate,
    days: i64,
    created: &[(NaiveDate, i64)],
    resolved: &[(NaiveDate, i64)],
) -> Vec<TrendDay> {
    let mut out: Vec<TrendDay> = (0..days.max(0))
        .map(|n| TrendDay {
            date: start + Duration::days(n),
            created: 0,
            resolved: 0,
        })
        .collect();
    let index = |date: NaiveDate| {
        let n = (date - start).num_days();
        (0..days).contains(&n).then_some(n as usize)
    };
    for (date, count) in created {
        if let Some(i) = index(*date) {
            out[i].created += count;
        }
    }
    for (date, count) in resolved {
        if let Some(i) = index(*date) {
            out[i].resolved += count;
        }
    }
    out
}

/// The largest scores first (ties: the smaller id first), at most `k` of them.
pub fn top_by_score<T, K: Ord>(
    mut items: Vec<T>,
    k: usize,
    score: impl Fn(&T) -> f64,
    key: impl Fn(&T) -> K,
) -> Vec<T> {
    items.sort_by(|a, b| score(b).total_cmp(&score(a)).then(key(a).cmp(&key(b))));
    items.truncate(k);
    items
}

/// Reads a `YYYY-MM-DD` day as the database returned it.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks() {
        let values = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&values, 0.5), Some(2.5));
        // rank 0.9 * 3 = 2.7: 3 + 0.7 * (4 - 3)
        assert!((percentile(&values, 0.9).unwrap() - 3.7).abs() < 1e-9);
        assert_eq!(percentile(&values, 0.0), Some(1.0));
        assert_eq!(percentile(&values, 1.0), Some(4.0));
        assert_eq!(percentile(&[7.0], 0.9), Some(7.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn duration_stats_sort_their_input_and_count_it() {
        let stats = DurationStats::of(vec![3600.0, 60.0, 7200.0]);
        assert_eq!(stats.count, 3);
        assert_eq!(stats.median_seconds, Some(3600.0));
        // rank 1.8: 3600 + 0.8 * 3600
        assert!((stats.p90_seconds.unwrap() - 6480.0).abs() < 1e-9);
        let empty = DurationStats::of(Vec::new());
        assert_eq!((empty.count, empty.median_seconds), (0, None));
    }

    #[test]
    fn weeks_start_on_monday_midnight_utc() {
        let sunday = "2026-11-29T10:30:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(
            start_of_day(sunday).to_rfc3339(),
            "2026-11-29T00:00:00+00:00"
        );
        assert_eq!(
            start_of_week(sunday).to_rfc3339(),
            "2026-11-23T00:00:00+00:00"
        );
        let monday = "2026-11-23T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(start_of_week(monday), monday);
    }

    #[test]
    fn the_trend_has_every_day_with_zeroes_where_nothing_happened() {
        let now = "2026-11-29T10:30:00Z".parse::<DateTime<Utc>>().unwrap();
        let start = trend_start(now);
        assert_eq!(start.to_string(), "2026-10-31");
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let days = trend(
            start,
            TREND_DAYS,
            &[
                (day("2026-10-31"), 2),
                (day("2026-11-29"), 5),
                (day("2026-10-30"), 9),
            ],
            &[(day("2026-11-01"), 1), (day("2026-11-30"), 4)],
        );
        assert_eq!(days.len(), 30);
        assert_eq!(
            (days[0].date, days[0].created, days[0].resolved),
            (start, 2, 0)
        );
        assert_eq!((days[1].created, days[1].resolved), (0, 1));
        assert_eq!(days[29].date, day("2026-11-29"));
        assert_eq!(days[29].created, 5);
        let total: i64 = days.iter().map(|d| d.created + d.resolved).sum();
        assert_eq!(total, 8, "days outside the range are ignored");
    }

    #[test]
    fn top_by_score_keeps_the_highest_and_breaks_ties_by_key() {
        let items = vec![(1, 5.0), (2, 9.0), (3, 5.0), (4, 1.0)];
        let top = top_by_score(items, 3, |i| i.1, |i| i.0);
        assert_eq!(top, vec![(2, 9.0), (1, 5.0), (3, 5.0)]);
    }

    #[test]
    fn days_are_read_from_database_text() {
        assert_eq!(
            parse_day("2026-11-29 10:00:00+00:00"),
            Some(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
        );
        assert_eq!(
            parse_day("2026-11-29"),
            NaiveDate::from_ymd_opt(2026, 11, 29)
        );
        assert_eq!(parse_day("nope"), None);
    }
}
