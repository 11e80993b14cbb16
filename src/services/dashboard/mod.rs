//! The service manager's dashboard: figures over every neighbourhood an organisation serves,
//! for its staff. Each figure is one aggregate query grouped in the database (the same SQL on
//! SQLite and PostgreSQL, bar the day expression); `domain::dashboard` does the rest (percentiles,
//! calendar, trend, ranking). Definitions: `docs/dashboard.md`.

pub mod exports;

use entity::ids::{CategoryId, IssueId, NeighbourhoodId, OrganisationId};
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use entity::{category, issue, neighbourhood, organisation};
use futures_util::future::BoxFuture;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QueryResult,
};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;

use crate::{
    auth::policy::require_organisation_staff_or_admin,
    domain::{
        dashboard::{
            parse_day, start_of_week, top_by_score, trend, trend_start, DurationStats, TrendDay,
            DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS, TREND_DAYS,
        },
        issue::{impact_score, IssueStatus},
        task::{ClaimStatus, TaskStatus},
    },
    error::{AppError, AppResult},
    services::{
        issues::{views, IssueView},
        organisations::served_neighbourhoods,
    },
    support::sql::Sql,
};

/// Statuses of issues still waiting for work.
pub(crate) const ACTIVE: [IssueStatus; 3] = [
    IssueStatus::Open,
    IssueStatus::Acknowledged,
    IssueStatus::InProgress,
];
const TOP_ISSUES: usize = 10;
/// Open issues PostgreSQL ranks by impact for the top ten to be picked from, scored exactly, in
/// memory: a margin over ten, so floating-point differences between the two can only reorder
/// near-ties, never leave a top issue out.
const TOP_CANDIDATES: usize = 5 * TOP_ISSUES;
/// Most open issues put on the dashboard's map (newest first).
pub const MAP_LIMIT: usize = 2_000;

/// What the dashboard (and the triage queue and exports) look at.
#[derive(Debug, Clone, Default)]
pub struct DashboardFilter {
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub category_id: Option<CategoryId>,
    /// Days back from now for response times and pooling; 1 to 365, default 30.
    pub days: Option<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NeighbourhoodRef {
    #[schema(value_type = Uuid)]
    pub id: NeighbourhoodId,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CategoryRef {
    #[schema(value_type = Uuid)]
    pub id: CategoryId,
    pub code: String,
    pub name: String,
    pub target_days: Option<i32>,
}

/// The organisation's served neighbourhoods and its categories, narrowed by a filter.
#[derive(Debug, Clone)]
pub struct Scope {
    pub organisation_id: OrganisationId,
    pub neighbourhoods: Vec<neighbourhood::Model>,
    pub categories: Vec<category::Model>,
}

impl Scope {
    fn is_empty(&self) -> bool {
        self.neighbourhoods.is_empty() || self.categories.is_empty()
    }

    /// `i.neighbourhood_id IN (...) AND i.category_id IN (...)` for the issues alias `i`.
    pub(crate) fn issues_in(&self, sql: &mut Sql) -> String {
        let neighbourhoods = sql.list(self.neighbourhoods.iter().map(|n| n.id));
        let categories = sql.list(self.categories.iter().map(|c| c.id));
        format!("i.neighbourhood_id IN ({neighbourhoods}) AND i.category_id IN ({categories})")
    }
}

/// Loads the scope for a member of the organisation's staff (or a platform admin): 404 for an
/// unknown organisation, 403 for anyone else, 404 for a filter outside the organisation.
pub async fn scope(
    db: &impl ConnectionTrait,
    actor: &entity::user::Model,
    organisation_id: OrganisationId,
    filter: &DashboardFilter,
) -> AppResult<Scope> {
    organisation::Entity::find_by_id(organisation_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-organisation")))?;
    require_organisation_staff_or_admin(db, actor, organisation_id).await?;
    let served = served_neighbourhoods(db, organisation_id).await?;
    if let Some(id) = filter.neighbourhood_id {
        if !served.contains(&id) {
            return Err(AppError::NotFound(
                crate::msg!("dashboard-organisation-does-not-serve-that").into(),
            ));
        }
    }
    let mut neighbourhoods = neighbourhood::Entity::find().filter(
        neighbourhood::Column::Id.is_in(
            served
                .into_iter()
                .filter(|id| filter.neighbourhood_id.is_none_or(|wanted| wanted == *id)),
        ),
    );
    neighbourhoods = neighbourhoods.order_by_asc(neighbourhood::Column::Name);
    let neighbourhoods = neighbourhoods.all(db).await?;
    let mut categories = category::Entity::find()
        .filter(category::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(category::Column::Name)
        .all(db)
        .await?;
    if let Some(id) = filter.category_id {
        categories.retain(|c| c.id == id);
        if categories.is_empty() {
            return Err(AppError::NotFound(
                crate::msg!("dashboard-organisation-has-no-such-category").into(),
            ));
        }
    }
    Ok(Scope {
        organisation_id,
        neighbourhoods,
        categories,
    })
}

/// The dashboard as the live core's `dashboard:{organisation_id}` subscriptions see it
/// (`live::plugins::DashboardScope`): the same rules as the HTTP summary's `scope`.
pub struct LiveScope;

impl crate::live::plugins::DashboardScope for LiveScope {
    fn open<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        user: &'a entity::user::Model,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<Vec<NeighbourhoodId>>> {
        Box::pin(async move {
            let scope = scope(db, user, organisation_id, &DashboardFilter::default()).await?;
            Ok(scope.neighbourhoods.iter().map(|n| n.id).collect())
        })
    }

    fn may_watch<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        user: &'a entity::user::Model,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<()>> {
        Box::pin(require_organisation_staff_or_admin(
            db,
            user,
            organisation_id,
        ))
    }

    fn served<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<Vec<NeighbourhoodId>>> {
        Box::pin(served_neighbourhoods(db, organisation_id))
    }
}

/// The period's days, checked.
pub fn period_days(days: Option<i64>) -> AppResult<i64> {
    let days = days.unwrap_or(DEFAULT_PERIOD_DAYS);
    if !(1..=MAX_PERIOD_DAYS).contains(&days) {
        return Err(AppError::invalid(
            "days",
            crate::msg!("task-must-1-max", max = MAX_PERIOD_DAYS),
        ));
    }
    Ok(days)
}

/// The statuses as a SQL list of literals (they are our own constants, never input).
pub(crate) fn status_list(statuses: &[IssueStatus]) -> String {
    statuses
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The UTC day of a timestamp column: what to group by, and the day as `YYYY-MM-DD` text to
/// select (PostgreSQL groups by date and formats only each group).
fn day_of(backend: DatabaseBackend, column: &str) -> (String, String) {
    match backend {
        DatabaseBackend::Postgres => {
            let day = format!("(({column}) AT TIME ZONE 'UTC')::date");
            let text = format!("to_char({day}, 'YYYY-MM-DD')");
            (day, text)
        }
        _ => {
            let day = format!("substr({column}, 1, 10)");
            (day.clone(), day)
        }
    }
}

async fn rows(db: &impl ConnectionTrait, sql: Sql, text: &str) -> AppResult<Vec<QueryResult>> {
    Ok(db
        .query_all(sql.statement(db.get_database_backend(), text))
        .await?)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatusCounts {
    pub open: i64,
    pub acknowledged: i64,
    pub in_progress: i64,
    pub total: i64,
}

impl StatusCounts {
    fn zero() -> Self {
        Self {
            open: 0,
            acknowledged: 0,
            in_progress: 0,
            total: 0,
        }
    }

    fn add(&mut self, status: IssueStatus, count: i64) {
        match status {
            IssueStatus::Open => self.open += count,
            IssueStatus::Acknowledged => self.acknowledged += count,
            IssueStatus::InProgress => self.in_progress += count,
            _ => return,
        }
        self.total += count;
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryFigures {
    pub category: CategoryRef,
    /// Open issues of the category by status.
    pub open: StatusCounts,
    /// Open issues older than the category's target time.
    pub past_target: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Pooling {
    /// Shared issues first reported in the period (merged duplicates not counted).
    pub issues: i64,
    /// Reports pooled into them.
    pub reports: i64,
    /// Distinct people affected, summed over those issues.
    pub supporters: i64,
    /// `reports - issues`: reports that joined an existing issue instead of starting a new one.
    pub duplicate_work_saved: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TaskFigures {
    pub open: i64,
    /// Every slot taken, or work under way.
    pub staffed: i64,
    /// Work reported done (verified or awaiting verification).
    pub done: i64,
    /// Hours of verified work, verified since Monday 00:00 UTC.
    pub verified_hours_this_week: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardPeriod {
    pub days: i64,
    pub from: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardSummary {
    #[schema(value_type = Uuid)]
    pub organisation_id: OrganisationId,
    pub generated_at: DateTime<Utc>,
    pub period: DashboardPeriod,
    /// The neighbourhoods and categories the figures are over (after the filter).
    pub neighbourhoods: Vec<NeighbourhoodRef>,
    pub categories: Vec<CategoryRef>,
    /// Each neighbourhood channel's newest seq when the figures were read: a live
    /// `dashboard.changed` with larger seqs means they are out of date.
    pub seqs: BTreeMap<String, i64>,
    pub open: StatusCounts,
    pub open_by_category: Vec<CategoryFigures>,
    pub new_today: i64,
    pub new_this_week: i64,
    pub time_to_acknowledge: DurationStats,
    pub time_to_resolve: DurationStats,
    pub past_target: i64,
    pub top_issues: Vec<IssueView>,
    pub pooling: Pooling,
    pub tasks: TaskFigures,
    pub members_online: u64,
    pub trend: Vec<TrendDay>,
    /// Open issues with a location, newest first, as a GeoJSON FeatureCollection (at most 2,000;
    /// `truncated` says when there were more).
    #[schema(value_type = Object)]
    pub map: serde_json::Value,
}

fn as_i64(row: &QueryResult, index: usize) -> AppResult<i64> {
    Ok(row.try_get_by_index::<Option<i64>>(index)?.unwrap_or(0))
}

/// The figures for a filter. `members_online` is asked of the live layer by the caller (it is not
/// in the database).
pub async fn summary(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: &DashboardFilter,
    members_online: u64,
    now: DateTime<Utc>,
) -> AppResult<DashboardSummary> {
    let days = period_days(filter.days)?;
    let from = now - Duration::days(days);
    let seqs = scope
        .neighbourhoods
        .iter()
        .map(|n| (format!("neighbourhood:{}", n.id), n.event_seq))
        .collect();
    let mut out = DashboardSummary {
        organisation_id: scope.organisation_id,
        generated_at: now,
        period: DashboardPeriod { days, from },
        neighbourhoods: scope
            .neighbourhoods
            .iter()
            .map(|n| NeighbourhoodRef {
                id: n.id,
                name: n.name.clone(),
            })
            .collect(),
        categories: scope.categories.iter().map(category_ref).collect(),
        seqs,
        open: StatusCounts::zero(),
        open_by_category: Vec::new(),
        new_today: 0,
        new_this_week: 0,
        time_to_acknowledge: DurationStats::of(Vec::new()),
        time_to_resolve: DurationStats::of(Vec::new()),
        past_target: 0,
        top_issues: Vec::new(),
        pooling: Pooling {
            issues: 0,
            reports: 0,
            supporters: 0,
            duplicate_work_saved: 0,
        },
        tasks: TaskFigures {
            open: 0,
            staffed: 0,
            done: 0,
            verified_hours_this_week: 0.0,
        },
        members_online,
        trend: trend(trend_start(now), TREND_DAYS, &[], &[]),
        map: json!({"type": "FeatureCollection", "features": [], "truncated": false}),
    };
    if scope.is_empty() {
        if !scope.neighbourhoods.is_empty() {
            out.tasks = tasks(db, scope, now).await?;
        }
        return Ok(out);
    }
    // The figures are independent of one another: on PostgreSQL each query takes its own pool
    // connection, so they run side by side instead of one after another (on SQLite's single
    // connection they still run in turn).
    let (
        task_figures,
        OpenIssues {
            total: open,
            by_category,
            past_target: past,
        },
        arrived,
        time_to_acknowledge,
        time_to_resolve,
        top_issues,
        resolved_per_day,
        open_map,
    ) = tokio::try_join!(
        tasks(db, scope, now),
        open_issues(db, scope, now),
        arrivals(db, scope, now, from),
        response_times(db, scope, "first_answered_at", from),
        response_times(db, scope, "first_resolved_at", from),
        top_issues(db, scope, now),
        resolutions_per_day(db, scope, now),
        map(db, scope),
    )?;
    out.tasks = task_figures;
    out.open = open;
    out.past_target = past.values().sum();
    out.open_by_category = scope
        .categories
        .iter()
        .map(|c| CategoryFigures {
            category: category_ref(c),
            open: by_category
                .get(&c.id)
                .map(|s| StatusCounts {
                    open: s.open,
                    acknowledged: s.acknowledged,
                    in_progress: s.in_progress,
                    total: s.total,
                })
                .unwrap_or_else(StatusCounts::zero),
            past_target: past.get(&c.id).copied().unwrap_or(0),
        })
        .collect();
    (out.new_today, out.new_this_week, out.pooling) =
        (arrived.today, arrived.this_week, arrived.pooling);
    out.trend = trend(
        trend_start(now),
        TREND_DAYS,
        &arrived.per_day,
        &resolved_per_day,
    );
    out.time_to_acknowledge = time_to_acknowledge;
    out.time_to_resolve = time_to_resolve;
    out.top_issues = top_issues;
    out.map = open_map;
    Ok(out)
}

fn category_ref(c: &category::Model) -> CategoryRef {
    CategoryRef {
        id: c.id,
        code: c.code.clone(),
        name: c.name.clone(),
        target_days: c.target_days,
    }
}

/// Open issues now, by status and category, with those past their category's target.
struct OpenIssues {
    total: StatusCounts,
    by_category: HashMap<CategoryId, StatusCounts>,
    past_target: HashMap<CategoryId, i64>,
}

/// One pass over the open issues: counts by status and category, and per category those first
/// reported before `now - target_days`.
async fn open_issues(
    db: &impl ConnectionTrait,
    scope: &Scope,
    now: DateTime<Utc>,
) -> AppResult<OpenIssues> {
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let overdue: Vec<String> = scope
        .categories
        .iter()
        .filter_map(|c| {
            c.target_days.map(|days| {
                let category = sql.bind(c.id);
                let cutoff = sql.bind(now - Duration::days(i64::from(days)));
                format!("(i.category_id = {category} AND i.first_reported_at < {cutoff})")
            })
        })
        .collect();
    let overdue = if overdue.is_empty() {
        // Typed like COUNT's result, which is what the row is read as.
        "CAST(0 AS BIGINT)".to_owned()
    } else {
        format!("COUNT(CASE WHEN {} THEN 1 END)", overdue.join(" OR "))
    };
    let text = format!(
        "SELECT i.status, i.category_id, COUNT(*), {overdue} FROM issues i \
         WHERE {within} AND i.status IN ({}) GROUP BY i.status, i.category_id",
        status_list(&ACTIVE)
    );
    let mut out = OpenIssues {
        total: StatusCounts::zero(),
        by_category: HashMap::new(),
        past_target: HashMap::new(),
    };
    for row in rows(db, sql, &text).await? {
        let status: IssueStatus = row.try_get_by_index(0)?;
        let category: CategoryId = row.try_get_by_index(1)?;
        let count = as_i64(&row, 2)?;
        out.total.add(status, count);
        out.by_category
            .entry(category)
            .or_insert_with(StatusCounts::zero)
            .add(status, count);
        *out.past_target.entry(category).or_default() += as_i64(&row, 3)?;
    }
    Ok(out)
}

/// Issues that arrived: new today and this week, pooling over the period and the trend's issues
/// per day.
struct Arrivals {
    today: i64,
    this_week: i64,
    pooling: Pooling,
    per_day: Vec<(NaiveDate, i64)>,
}

/// Every arrival figure from one pass over the issues first reported since the earliest of the
/// period, this week and the trend, grouped by UTC day (today and this week start at midnight
/// UTC, so they are sums of days; the period starts at any time, so its sums are conditional).
async fn arrivals(
    db: &impl ConnectionTrait,
    scope: &Scope,
    now: DateTime<Utc>,
    from: DateTime<Utc>,
) -> AppResult<Arrivals> {
    let trend_from = trend_start(now).and_time(chrono::NaiveTime::MIN).and_utc();
    let earliest = start_of_week(now).min(from).min(trend_from);
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let (from, earliest) = (sql.bind(from), sql.bind(earliest));
    let in_period = format!("i.first_reported_at >= {from}");
    let (day, day_text) = day_of(db.get_database_backend(), "i.first_reported_at");
    let text = format!(
        "SELECT {day_text}, COUNT(*), \
           COUNT(CASE WHEN {in_period} THEN 1 END), \
           CAST(COALESCE(SUM(CASE WHEN {in_period} THEN i.reports_count END), 0) AS BIGINT), \
           CAST(COALESCE(SUM(CASE WHEN {in_period} THEN i.supporters_count END), 0) AS BIGINT) \
         FROM issues i \
         WHERE {within} AND i.status <> {duplicate} AND i.first_reported_at >= {earliest} \
         GROUP BY {day}",
        duplicate = status_list(&[IssueStatus::Duplicate]),
    );
    let (today, week) = (now.date_naive(), start_of_week(now).date_naive());
    let mut out = Arrivals {
        today: 0,
        this_week: 0,
        pooling: Pooling {
            issues: 0,
            reports: 0,
            supporters: 0,
            duplicate_work_saved: 0,
        },
        per_day: Vec::new(),
    };
    for row in rows(db, sql, &text).await? {
        let day: String = row.try_get_by_index(0)?;
        let Some(day) = parse_day(&day) else {
            continue;
        };
        let count = as_i64(&row, 1)?;
        if day == today {
            out.today += count;
        }
        if day >= week {
            out.this_week += count;
        }
        out.pooling.issues += as_i64(&row, 2)?;
        out.pooling.reports += as_i64(&row, 3)?;
        out.pooling.supporters += as_i64(&row, 4)?;
        out.per_day.push((day, count));
    }
    out.pooling.duplicate_work_saved = out.pooling.reports - out.pooling.issues;
    Ok(out)
}

/// For the issues first answered (`first_answered_at`) or first resolved (`first_resolved_at`)
/// in the period: the time from their first report to it. Both columns are indexed per
/// neighbourhood (migration 000011), so only the period's issues are read.
async fn response_times(
    db: &impl ConnectionTrait,
    scope: &Scope,
    column: &'static str,
    from: DateTime<Utc>,
) -> AppResult<DurationStats> {
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let from = sql.bind(from);
    let text = format!(
        "SELECT i.first_reported_at, i.{column} FROM issues i \
         WHERE {within} AND i.{column} >= {from}"
    );
    let mut seconds = Vec::new();
    for row in rows(db, sql, &text).await? {
        let reported: DateTime<Utc> = row.try_get_by_index(0)?;
        let answered: DateTime<Utc> = row.try_get_by_index(1)?;
        seconds.push((answered - reported).num_milliseconds().max(0) as f64 / 1000.0);
    }
    Ok(DurationStats::of(seconds))
}

/// The open issues with the highest collective impact (docs/impact-score.md), scored from the
/// few columns the score needs, then loaded in full.
async fn top_issues(
    db: &impl ConnectionTrait,
    scope: &Scope,
    now: DateTime<Utc>,
) -> AppResult<Vec<IssueView>> {
    let targets: HashMap<CategoryId, Option<i64>> = scope
        .categories
        .iter()
        .map(|c| (c.id, c.target_days.map(i64::from)))
        .collect();
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let mut text = format!(
        "SELECT i.id, i.category_id, i.supporters_count, i.first_reported_at FROM issues i \
         WHERE {within} AND i.status IN ({})",
        status_list(&ACTIVE)
    );
    // PostgreSQL ranks the open issues by the same formula and returns the best few, instead
    // of every open issue of the organisation (30,000 rows at the benchmark's size). SQLite,
    // whose date arithmetic and maths functions differ, returns them all.
    if db.get_database_backend() == DatabaseBackend::Postgres {
        let score = impact_score_sql(&mut sql, &scope.categories, now);
        text.push_str(&format!(
            " ORDER BY {score} DESC, i.id LIMIT {TOP_CANDIDATES}"
        ));
    }
    let mut scored = Vec::new();
    for row in rows(db, sql, &text).await? {
        let id: IssueId = row.try_get_by_index(0)?;
        let category: CategoryId = row.try_get_by_index(1)?;
        let supporters = as_i64(&row, 2)?;
        let first: DateTime<Utc> = row.try_get_by_index(3)?;
        let target = targets.get(&category).copied().flatten();
        scored.push((id, impact_score(supporters, first, target, now)));
    }
    let top = top_by_score(scored, TOP_ISSUES, |s| s.1, |s| s.0);
    let ids: Vec<IssueId> = top.iter().map(|s| s.0).collect();
    let models = issue::Entity::find()
        .filter(issue::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let mut loaded = views(db, models).await?;
    loaded.sort_by_key(|v| ids.iter().position(|id| *id == v.id));
    Ok(loaded)
}

/// `domain::issue::impact_score` as a PostgreSQL expression over the issues alias `i` (see
/// `docs/impact-score.md`): people, time waiting (capped at 90 days) and time past the
/// category's target (capped at 60 days).
fn impact_score_sql(sql: &mut Sql, categories: &[category::Model], now: DateTime<Utc>) -> String {
    let now = sql.bind(now);
    // In double precision, which is cheaper than `numeric` and close enough to pick candidates.
    let age_days = format!(
        "(GREATEST(FLOOR(EXTRACT(EPOCH FROM ({now} - i.first_reported_at))::float8 / 60), 0) \
          / 1440)"
    );
    let targets: Vec<String> = categories
        .iter()
        .filter_map(|c| {
            c.target_days.map(|days| {
                let (id, days) = (sql.bind(c.id), sql.bind(i64::from(days)));
                format!("WHEN {id} THEN {days}")
            })
        })
        .collect();
    let overdue = if targets.is_empty() {
        "0".to_owned()
    } else {
        let target = format!("(CASE i.category_id {} END)", targets.join(" "));
        format!(
            "(CASE WHEN {age_days} > {target} \
               THEN 5 + LEAST({age_days} - {target}, 60) * 0.5 ELSE 0 END)"
        )
    };
    format!(
        "(LN(1 + GREATEST(i.supporters_count, 0)) * 10 + LEAST({age_days}, 90) * 0.2 + {overdue})"
    )
}

async fn tasks(
    db: &impl ConnectionTrait,
    scope: &Scope,
    now: DateTime<Utc>,
) -> AppResult<TaskFigures> {
    let mut sql = Sql::new();
    let neighbourhoods = sql.list(scope.neighbourhoods.iter().map(|n| n.id));
    let text = format!(
        "SELECT status, COUNT(*) FROM tasks WHERE neighbourhood_id IN ({neighbourhoods}) \
         GROUP BY status"
    );
    let mut figures = TaskFigures {
        open: 0,
        staffed: 0,
        done: 0,
        verified_hours_this_week: 0.0,
    };
    for row in rows(db, sql, &text).await? {
        let status: TaskStatus = row.try_get_by_index(0)?;
        let count = as_i64(&row, 1)?;
        match status {
            TaskStatus::Open => figures.open += count,
            TaskStatus::Staffed | TaskStatus::InProgress => figures.staffed += count,
            TaskStatus::Done | TaskStatus::Verified => figures.done += count,
            TaskStatus::Proposed | TaskStatus::Cancelled => {}
        }
    }
    let mut sql = Sql::new();
    let neighbourhoods = sql.list(scope.neighbourhoods.iter().map(|n| n.id));
    let verified = sql.bind(ClaimStatus::Verified.as_str());
    let week = sql.bind(start_of_week(now));
    let text = format!(
        "SELECT CAST(COALESCE(SUM(hours), 0) AS DOUBLE PRECISION) FROM task_claims \
         WHERE neighbourhood_id IN ({neighbourhoods}) AND status = {verified} \
         AND verified_at >= {week}"
    );
    if let Some(row) = rows(db, sql, &text).await?.first() {
        figures.verified_hours_this_week = row.try_get_by_index::<Option<f64>>(0)?.unwrap_or(0.0);
    }
    Ok(figures)
}

/// Resolutions per UTC day over the trend's days: each `resolved` timeline entry counts (an issue
/// resolved again after reopening counts again).
async fn resolutions_per_day(
    db: &impl ConnectionTrait,
    scope: &Scope,
    now: DateTime<Utc>,
) -> AppResult<Vec<(NaiveDate, i64)>> {
    let since = trend_start(now).and_time(chrono::NaiveTime::MIN).and_utc();
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let from = sql.bind(since);
    let (day, day_text) = day_of(db.get_database_backend(), "u.created_at");
    let text = format!(
        "SELECT {day_text}, COUNT(*) FROM issue_updates u JOIN issues i ON i.id = u.issue_id \
         WHERE {within} AND u.status = {resolved} AND u.created_at >= {from} GROUP BY {day}",
        resolved = status_list(&[IssueStatus::Resolved]),
    );
    let mut out = Vec::new();
    for row in rows(db, sql, &text).await? {
        let day: String = row.try_get_by_index(0)?;
        if let Some(day) = parse_day(&day) {
            out.push((day, as_i64(&row, 1)?));
        }
    }
    Ok(out)
}

async fn map(db: &impl ConnectionTrait, scope: &Scope) -> AppResult<serde_json::Value> {
    let mut sql = Sql::new();
    let within = scope.issues_in(&mut sql);
    let text = format!(
        "SELECT i.id, i.lat, i.lon, i.status, i.category_id, i.supporters_count FROM issues i \
         WHERE {within} AND i.status IN ({}) AND i.lat IS NOT NULL AND i.lon IS NOT NULL \
         ORDER BY i.first_reported_at DESC, i.id DESC LIMIT {}",
        status_list(&ACTIVE),
        MAP_LIMIT + 1
    );
    let found = rows(db, sql, &text).await?;
    let truncated = found.len() > MAP_LIMIT;
    let mut features = Vec::with_capacity(found.len().min(MAP_LIMIT));
    for row in found.iter().take(MAP_LIMIT) {
        let id: IssueId = row.try_get_by_index(0)?;
        let lat: f64 = row.try_get_by_index(1)?;
        let lon: f64 = row.try_get_by_index(2)?;
        let status: String = row.try_get_by_index(3)?;
        let category: CategoryId = row.try_get_by_index(4)?;
        features.push(json!({
            "type": "Feature",
            "id": id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "status": status,
                "category_id": category,
                "supporters_count": as_i64(row, 5)?,
            },
        }));
    }
    Ok(json!({"type": "FeatureCollection", "features": features, "truncated": truncated}))
}
