//! Reports that pool into shared issues, "affects me too", listing, and the status feedback loop
//! that tells every supporter. The rules themselves live in `domain::issue`.

pub mod assisted;
pub mod photos;
pub mod placing;
pub mod triage;

use entity::ids::{CategoryId, IssueId, NeighbourhoodId, OrganisationId, ReportId, UserId};
use entity::status::ReportSource;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{
    category, issue, issue_supporter, issue_update, neighbourhood, neighbourhood_service, report,
    user,
};
use sea_orm::{
    sea_query::{
        Alias, Asterisk, Expr, Func, JoinType, OnConflict, Query, SelectStatement, SimpleExpr,
    },
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult,
    IdenStatic, Iterable, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::follow::FollowUpdate;
use crate::domain::issue::IssueStatusRules;
use crate::i18n::{Locale, RequestLocale};
use crate::services::accounts;
use crate::{
    auth::policy::{who_may_see, NeighbourhoodAccess},
    domain::notification::Notice,
    domain::{
        assisted::{Neighbour, NeighbourInput},
        category::{describe_answers, validate_answers, AnswerView},
        geo::{BoundingBox, GeoPoint},
        issue::{
            auto_pool_target, impact_score, issue_title, refused_change, suggestions, where_words,
            IssueStatus, PoolCandidate, PoolingRadii,
        },
    },
    error::{AppError, AppResult},
    live::{
        kinds::{IssueMerged, IssueReported, IssueStatusChanged, IssueSupported},
        Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    services::follows,
    services::neighbourhoods::memberships,
    services::organisations::categories::attributes_of,
    support::{
        fields::FieldCheck,
        pagination::{ascending_page, decode_cursor, page_from, Page},
        sql::{lock_neighbourhood, lower_like, search_pattern},
    },
};

pub const MAX_DESCRIPTION_CHARS: usize = 4_000;
pub const MAX_NOTE_CHARS: usize = 2_000;
pub const MAX_ADDRESS_CHARS: usize = 300;

#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryRef {
    #[schema(value_type = Uuid)]
    pub id: CategoryId,
    pub code: String,
    pub name: String,
}

/// A shared issue as everyone sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssueView {
    #[schema(value_type = Uuid)]
    pub id: IssueId,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub category: CategoryRef,
    pub status: IssueStatus,
    /// The latest public note from whoever changed the status.
    pub status_note: Option<String>,
    /// For merged issues, the issue to follow instead.
    #[schema(value_type = Option<Uuid>)]
    pub duplicate_of: Option<IssueId>,
    /// The mean of its reports' points (never one person's exact point).
    pub location: Option<GeoPoint>,
    /// The address the first reporter typed, as they typed it.
    pub address: Option<String>,
    /// Where it is in words ("outside 3 Mill Lane", "Canal Side, near Lock Road", or the
    /// neighbourhood's name when nothing imported is near); from OpenStreetMap data (ODbL).
    /// None while it has no point.
    pub place: Option<String>,
    /// True when it has no point: it was reported by an address the gazetteer could not place
    /// (a coordinator places it with `PUT /api/v1/issues/{id}/location`).
    pub place_not_found: bool,
    pub reports_count: i64,
    /// Distinct people affected.
    pub supporters_count: i64,
    pub first_reported_at: DateTime<Utc>,
    pub last_reported_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    /// Collective impact (see docs/impact-score.md); 0 once no longer active.
    pub impact_score: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineEntry {
    pub status: IssueStatus,
    pub note: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    #[schema(value_type = Uuid)]
    pub id: ReportId,
    pub description: String,
    /// The language the description was written in, as the writer's page was shown; none when unknown.
    pub lang: Option<Locale>,
    /// Shown when the reporter chose to show it, or to coordinators and service managers.
    pub reporter_name: Option<String>,
    /// `web` (a member, in the app) or `open311` (an organisation's app).
    #[schema(value_type = String)]
    pub source: ReportSource,
    /// Contact details an Open311 app passed on; coordinators and service managers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<ReportContact>,
    /// A member made it for a neighbour without an account (everyone sees this, never who).
    pub on_behalf_of_neighbour: bool,
    /// That neighbour: every detail for coordinators and service managers, the name alone for
    /// the member who reported; absent for everyone else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub neighbour: Option<assisted::NeighbourView>,
    /// The reporter's answers to the category's questions, in words.
    pub answers: Vec<AnswerView>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportContact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IssueDetail {
    #[serde(flatten)]
    pub issue: IssueView,
    pub reports: Vec<ReportView>,
    pub photos: Vec<crate::services::issues::photos::PhotoView>,
    pub timeline: Vec<TimelineEntry>,
    /// Whether the caller is among the supporters.
    pub supported_by_me: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportOutcome {
    #[schema(value_type = Uuid)]
    pub report_id: ReportId,
    /// True when the report joined an existing issue rather than starting one.
    pub pooled: bool,
    pub issue: IssueView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NearbyIssue {
    #[serde(flatten)]
    pub issue: IssueView,
    pub distance_m: f64,
}

fn view(model: issue::Model, category: Option<&category::Model>, now: DateTime<Utc>) -> IssueView {
    let status = model.status;
    let impact = if status.is_active() {
        impact_score(
            model.supporters_count,
            model.first_reported_at,
            category.and_then(|c| c.target_days).map(i64::from),
            now,
        )
    } else {
        0.0
    };
    IssueView {
        id: model.id,
        neighbourhood_id: model.neighbourhood_id,
        category: CategoryRef {
            id: model.category_id,
            code: category.map(|c| c.code.clone()).unwrap_or_default(),
            name: category.map(|c| c.name.clone()).unwrap_or_default(),
        },
        status,
        status_note: model.status_note,
        duplicate_of: model.duplicate_of,
        location: model
            .lat
            .zip(model.lon)
            .map(|(lat, lon)| GeoPoint { lat, lon }),
        place_not_found: model.lat.is_none() || model.lon.is_none(),
        address: model.address,
        place: model.place_label,
        reports_count: model.reports_count,
        supporters_count: model.supporters_count,
        first_reported_at: model.first_reported_at,
        last_reported_at: model.last_reported_at,
        acknowledged_at: model.acknowledged_at,
        resolved_at: model.resolved_at,
        impact_score: impact,
    }
}

pub(crate) async fn views(
    db: &impl ConnectionTrait,
    models: Vec<issue::Model>,
) -> AppResult<Vec<IssueView>> {
    let ids: HashSet<CategoryId> = models.iter().map(|m| m.category_id).collect();
    let categories: HashMap<CategoryId, category::Model> = category::Entity::find()
        .filter(category::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let now = Utc::now();
    Ok(models
        .into_iter()
        .map(|m| {
            let category = categories.get(&m.category_id);
            view(m, category, now)
        })
        .collect())
}

async fn one_view(db: &impl ConnectionTrait, model: issue::Model) -> AppResult<IssueView> {
    views(db, vec![model])
        .await?
        .pop()
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))
}

/// A neighbourhood's area (born here, now the neighbourhoods capability's).
pub(crate) use crate::services::neighbourhoods::area_of;

pub struct NewReport {
    pub category_id: CategoryId,
    pub location: Option<GeoPoint>,
    pub address: Option<String>,
    pub description: String,
    pub show_name: bool,
    /// The issue the reporter chose in the "is it one of these?" step.
    pub issue_id: Option<IssueId>,
    /// Answers to the category's questions, by question code.
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// A member's report for a neighbour without an account (as sent; checked with the rest).
    pub on_behalf_of: Option<OnBehalfOf>,
}

/// The neighbour a member reports for, as sent (`domain::assisted::Neighbour` once checked).
pub struct OnBehalfOf {
    pub display_name: String,
    pub consent: bool,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Who vouches for a report.
pub enum ReportOrigin {
    /// A member of the neighbourhood, in the app.
    Member,
    /// An organisation's app through Open311: its API key vouches, and the contact details the
    /// app passed on are kept for the organisation's staff.
    Open311(Open311Contact),
}

pub struct Open311Contact {
    pub api_key_id: Uuid,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub media_url: Option<String>,
}

/// A member files a report: into the issue they chose, or automatically into an active issue of
/// the same category nearby, or as a new issue. The reporter becomes a supporter.
pub async fn report<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    radii: PoolingRadii,
    reporter: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    input: NewReport,
) -> AppResult<ReportOutcome> {
    // The reporter's access and the category (if an organisation serving the neighbourhood
    // handles it) in one statement: every round trip counts at hundreds of reports a second.
    let (c, served) = (Alias::new("c"), Alias::new("served"));
    let mut select = NeighbourhoodAccess::access_select(reporter.id, neighbourhood_id);
    let query = QueryTrait::query(&mut select);
    for column in category::Column::iter() {
        query.expr_as(
            Expr::col((c.clone(), column)),
            Alias::new(format!("c_{}", column.as_str())),
        );
    }
    query
        .expr_as(
            Expr::col((
                served.clone(),
                neighbourhood_service::Column::OrganisationId,
            )),
            Alias::new("served_by"),
        )
        .join_as(
            JoinType::LeftJoin,
            category::Entity,
            c.clone(),
            Expr::col((c.clone(), category::Column::Id)).eq(input.category_id),
        )
        .join_as(
            JoinType::LeftJoin,
            neighbourhood_service::Entity,
            served.clone(),
            Condition::all()
                .add(
                    Expr::col((
                        served.clone(),
                        neighbourhood_service::Column::NeighbourhoodId,
                    ))
                    .equals((neighbourhood::Entity, neighbourhood::Column::Id)),
                )
                .add(
                    Expr::col((served, neighbourhood_service::Column::OrganisationId))
                        .equals((c, category::Column::OrganisationId)),
                ),
        );
    let row = db
        .query_one(select.build(db.get_database_backend()))
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-neighbourhood")))?;
    let access = NeighbourhoodAccess::from_access_row(&row, reporter)?.require_view()?;
    if !access.is_active_member() {
        return Err(AppError::Forbidden(
            crate::msg!("issue-join-neighbourhood-good-standing-report").into(),
        ));
    }
    let category = match row.try_get::<Option<OrganisationId>>("", "served_by")? {
        Some(_) => Some(category::Model::from_query_result(&row, "c_")?),
        None => None,
    };
    pool_report(
        db,
        live,
        radii,
        &access.neighbourhood,
        reporter,
        ReportOrigin::Member,
        input,
        category,
    )
    .await
}

/// Checks and pools a report whose right to be filed the caller has already established.
pub(crate) async fn file_report<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    radii: PoolingRadii,
    neighbourhood: &neighbourhood::Model,
    reporter: &user::Model,
    origin: ReportOrigin,
    input: NewReport,
) -> AppResult<ReportOutcome> {
    let category = served_category(db, neighbourhood.id, input.category_id).await?;
    pool_report(
        db,
        live,
        radii,
        neighbourhood,
        reporter,
        origin,
        input,
        category,
    )
    .await
}

/// `file_report` with the served category already loaded (`None`: not handled here).
///
/// Written for throughput (`make bench-issues`): inside the transaction one statement each to
/// lock the neighbourhood, find the candidates (whose rows are kept), insert the issue if new,
/// the report and the supporter (`ON CONFLICT DO NOTHING`), recount the issue (one `UPDATE ...
/// RETURNING`) and append the event; the answer reuses the category.
#[allow(clippy::too_many_arguments)]
async fn pool_report<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    radii: PoolingRadii,
    neighbourhood: &neighbourhood::Model,
    reporter: &user::Model,
    origin: ReportOrigin,
    input: NewReport,
    category: Option<category::Model>,
) -> AppResult<ReportOutcome> {
    let neighbourhood_id = neighbourhood.id;
    let mut check = FieldCheck::new();
    let description = input.description.trim().to_owned();
    if description.is_empty() || description.chars().count() > MAX_DESCRIPTION_CHARS {
        check.add(
            "description",
            crate::msg!("issue-must-1-max-characters", max = MAX_DESCRIPTION_CHARS),
        );
    }
    let address = input
        .address
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned);
    if address
        .as_ref()
        .is_some_and(|a| a.chars().count() > MAX_ADDRESS_CHARS)
    {
        check.add(
            "address",
            crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_ADDRESS_CHARS
            ),
        );
    }
    // A report given only by address is placed by the gazetteer inside this neighbourhood and
    // then pools like a located one; when nothing matches it still files, with no point
    // ("place not found", for a coordinator to place). A read before the transaction.
    let location = match (input.location, &address) {
        (None, Some(typed)) if typed.chars().count() <= MAX_ADDRESS_CHARS => {
            placing::geocode(db, typed, std::slice::from_ref(neighbourhood))
                .await?
                .map(|(point, _)| point)
        }
        (given, _) => given,
    };
    match (location, &address) {
        (None, None) => check.add("location", crate::msg!("issue-give-location-map-address")),
        (Some(point), _) => {
            let valid = GeoPoint::parse(point.lat, point.lon).is_ok();
            if !valid || !area_of(neighbourhood).is_some_and(|area| area.contains(&point)) {
                check.add("location", crate::msg!("task-must-inside-neighbourhood"));
            }
        }
        _ => {}
    }
    // Only members report for neighbours; an Open311 app's contact is its own field.
    let neighbour = match (&input.on_behalf_of, &origin) {
        (Some(raw), ReportOrigin::Member) => Neighbour::parse(NeighbourInput {
            display_name: &raw.display_name,
            consent: raw.consent,
            email: raw.email.as_deref(),
            phone: raw.phone.as_deref(),
        })
        .map_err(|problems| {
            for (field, message) in problems {
                check.add(&format!("on_behalf_of.{field}"), message);
            }
        })
        .ok(),
        (Some(_), ReportOrigin::Open311(_)) => {
            check.add(
                "on_behalf_of",
                crate::msg!("validation-assisted-members-only"),
            );
            None
        }
        (None, _) => None,
    };
    let answers = match &category {
        None => {
            check.add(
                "category_id",
                crate::msg!("issue-not-category-handled-neighbourhood"),
            );
            None
        }
        Some(category) => match validate_answers(&attributes_of(category), &input.answers) {
            Ok(answers) => Some(answers),
            Err((field, message)) => {
                // Category questions are also Open311 service definitions, checked in English.
                check.add(&field, crate::i18n::Text::plain(message));
                None
            }
        },
    };
    check.finish()?;
    let Some(category) = category else {
        return Err(AppError::invalid(
            "category_id",
            crate::msg!("issue-unknown"),
        ));
    };

    let mut tx = Transaction::begin(db, live).await?;
    lock_neighbourhood(&*tx, neighbourhood_id).await?;
    // A member's standing again, under the lock: a leave or suspension may have committed
    // since `report` checked it. (An Open311 key vouches for its own requests.)
    if matches!(origin, ReportOrigin::Member) {
        memberships::require_good_standing(
            &*tx,
            neighbourhood_id,
            reporter.id,
            crate::msg!("issue-join-to-report"),
        )
        .await?;
    }
    let target = match input.issue_id {
        Some(chosen) => {
            let chosen = issue::Entity::find_by_id(chosen)
                .one(&*tx)
                .await?
                .filter(|i| i.neighbourhood_id == neighbourhood_id)
                .ok_or_else(|| {
                    AppError::invalid("issue_id", crate::msg!("task-not-issue-neighbourhood"))
                })?;
            if !chosen.status.is_active() {
                return Err(AppError::Conflict(
                    crate::msg!("issue-that-issue-closed-report-as").into(),
                ));
            }
            Some(chosen)
        }
        None => match location {
            Some(point) => {
                let mut candidates = active_candidates(
                    &*tx,
                    neighbourhood_id,
                    Some(category.id),
                    &point,
                    radii.auto_m,
                )
                .await?;
                let pooled = auto_pool_target(
                    &pool_candidates(&candidates),
                    category.id,
                    &point,
                    radii.auto_m,
                );
                pooled.and_then(|id| {
                    let at = candidates.iter().position(|c| c.id == id)?;
                    Some(candidates.swap_remove(at))
                })
            }
            None => None,
        },
    };

    let now = Utc::now();
    let pooled = target.is_some();
    let before = target
        .as_ref()
        .and_then(|t| t.lat.zip(t.lon))
        .map(|(lat, lon)| GeoPoint { lat, lon });
    let issue_id = match target {
        Some(existing) => existing.id,
        None => {
            let id = IssueId::new();
            issue::Entity::insert(issue::ActiveModel {
                id: Set(id),
                neighbourhood_id: Set(neighbourhood_id),
                category_id: Set(category.id),
                status: Set(IssueStatus::Open),
                status_note: Set(None),
                duplicate_of: Set(None),
                lat: Set(location.map(|p| p.lat)),
                lon: Set(location.map(|p| p.lon)),
                address: Set(address.clone()),
                place_label: Set(None),
                reports_count: Set(0),
                supporters_count: Set(0),
                first_reported_at: Set(now),
                last_reported_at: Set(now),
                acknowledged_at: Set(None),
                resolved_at: Set(None),
                first_answered_at: Set(None),
                first_resolved_at: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
            })
            .exec_without_returning(&*tx)
            .await?;
            id
        }
    };
    let report_id = ReportId::new();
    let (source, contact) = match origin {
        ReportOrigin::Member => (ReportSource::Web, None),
        ReportOrigin::Open311(contact) => (ReportSource::Open311, Some(contact)),
    };
    report::Entity::insert(report::ActiveModel {
        id: Set(report_id),
        issue_id: Set(issue_id),
        neighbourhood_id: Set(neighbourhood_id),
        reporter_id: Set(reporter.id),
        category_id: Set(category.id),
        lat: Set(location.map(|p| p.lat)),
        lon: Set(location.map(|p| p.lon)),
        address: Set(address),
        description: Set(description),
        lang: Set(RequestLocale::of_written_text()),
        answers: Set(answers.unwrap_or_else(|| json!({}))),
        show_name: Set(input.show_name),
        created_at: Set(now),
        source: Set(source),
        api_key_id: Set(contact.as_ref().map(|c| c.api_key_id)),
        contact_name: Set(contact.as_ref().and_then(|c| c.name.clone())),
        contact_email: Set(contact.as_ref().and_then(|c| c.email.clone())),
        contact_phone: Set(contact.as_ref().and_then(|c| c.phone.clone())),
        media_url: Set(contact.and_then(|c| c.media_url)),
    })
    .exec_without_returning(&*tx)
    .await?;
    // A report for a neighbour makes the neighbour the supporter, not the member: the member
    // was not affected, and counting them too would count one affected person twice.
    let newly_supporting = match neighbour {
        Some(neighbour) => {
            assisted::record(&*tx, report_id, issue_id, reporter.id, neighbour, now).await?
        }
        None => add_supporter(&*tx, issue_id, reporter.id).await?,
    };
    let updated = recount(&*tx, issue_id, now).await?;
    let updated = placing::relabel_if_moved(&*tx, before, updated, &neighbourhood.name).await?;
    let reported = IssueReported {
        issue_id: updated.id,
        category_id: updated.category_id,
        status: updated.status,
        reports_count: updated.reports_count,
        supporters_count: updated.supporters_count,
        new_supporter: newly_supporting,
    };
    let event = if pooled {
        NeighbourhoodEvent::IssueReportAdded(reported)
    } else {
        NeighbourhoodEvent::IssueCreated(reported)
    };
    tx.emit(NewEvent::neighbourhood(
        neighbourhood_id,
        event,
        Some(reporter.id),
    ))
    .await?;
    tx.commit(live).await?;
    // A report added to a chosen issue of another category needs that issue's category.
    let issue = if updated.category_id == category.id {
        view(updated, Some(&category), Utc::now())
    } else {
        one_view(db, updated).await?
    };
    Ok(ReportOutcome {
        report_id,
        pooled,
        issue,
    })
}

/// The category if an organisation serving the neighbourhood handles it.
async fn served_category(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    category_id: CategoryId,
) -> AppResult<Option<category::Model>> {
    Ok(category::Entity::find_by_id(category_id)
        .filter(
            category::Column::OrganisationId.in_subquery(
                Query::select()
                    .column(neighbourhood_service::Column::OrganisationId)
                    .from(neighbourhood_service::Entity)
                    .and_where(neighbourhood_service::Column::NeighbourhoodId.eq(neighbourhood_id))
                    .to_owned(),
            ),
        )
        .one(db)
        .await?)
}

/// Adds a supporter unless they already are one (one statement); true when newly added.
async fn add_supporter(
    db: &impl ConnectionTrait,
    issue_id: IssueId,
    user_id: UserId,
) -> AppResult<bool> {
    let added = issue_supporter::Entity::insert(issue_supporter::ActiveModel {
        issue_id: Set(issue_id),
        user_id: Set(user_id),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            issue_supporter::Column::IssueId,
            issue_supporter::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(added > 0)
}

/// Recomputes the counts and the location from the rows, inside the change, in one `UPDATE ...
/// RETURNING`. The location shown is the mean of the located reports' points (never one
/// person's exact point, which might be their doorstep), unchanged while none is located; the
/// API test `two_neighbours_reporting_the_same_pothole_share_one_issue` checks it.
async fn recount(
    db: &impl ConnectionTrait,
    issue_id: IssueId,
    last_reported: DateTime<Utc>,
) -> AppResult<issue::Model> {
    let of_issue = || {
        Query::select()
            .from(report::Entity)
            .and_where(report::Column::IssueId.eq(issue_id))
            .to_owned()
    };
    let located = || {
        of_issue()
            .and_where(report::Column::Lat.is_not_null())
            .and_where(report::Column::Lon.is_not_null())
            .to_owned()
    };
    let mean = |column: report::Column| {
        SimpleExpr::SubQuery(
            None,
            Box::new(
                located()
                    .expr(Func::avg(Expr::col((report::Entity, column))))
                    .to_owned()
                    .into_sub_query_statement(),
            ),
        )
    };
    let count = |query: SelectStatement| {
        SimpleExpr::SubQuery(None, Box::new(query.into_sub_query_statement()))
    };
    let update = issue::Entity::update_many()
        .col_expr(
            issue::Column::ReportsCount,
            count(of_issue().expr(Expr::col(Asterisk).count()).to_owned()),
        )
        .col_expr(
            issue::Column::SupportersCount,
            assisted::supporters_count_expr(issue_id),
        )
        .col_expr(
            issue::Column::Lat,
            Func::coalesce([
                mean(report::Column::Lat),
                Expr::col(issue::Column::Lat).into(),
            ])
            .into(),
        )
        .col_expr(
            issue::Column::Lon,
            Func::coalesce([
                mean(report::Column::Lon),
                Expr::col(issue::Column::Lon).into(),
            ])
            .into(),
        )
        .col_expr(issue::Column::LastReportedAt, Expr::value(last_reported))
        .col_expr(issue::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(issue::Column::Id.eq(issue_id));
    update
        .exec_with_returning(db)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))
}

/// Active issues of a neighbourhood (of one category, or any) in the square around a point.
async fn active_candidates(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    category_id: Option<CategoryId>,
    at: &GeoPoint,
    radius_m: f64,
) -> AppResult<Vec<issue::Model>> {
    let bbox = at.bbox_around(radius_m);
    let active = [
        IssueStatus::Open,
        IssueStatus::Acknowledged,
        IssueStatus::InProgress,
    ]
    .map(|s| s.as_str());
    let mut query = issue::Entity::find()
        .filter(issue::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(issue::Column::Status.is_in(active))
        .filter(issue::Column::Lat.between(bbox.min_lat, bbox.max_lat))
        .filter(issue::Column::Lon.between(bbox.min_lon, bbox.max_lon));
    if let Some(category_id) = category_id {
        query = query.filter(issue::Column::CategoryId.eq(category_id));
    }
    Ok(query.limit(500).all(db).await?)
}

fn pool_candidates(models: &[issue::Model]) -> Vec<PoolCandidate> {
    models
        .iter()
        .map(|i| PoolCandidate {
            id: i.id,
            category_id: i.category_id,
            status: i.status,
            location: i.lat.zip(i.lon).map(|(lat, lon)| GeoPoint { lat, lon }),
            supporters: i.supporters_count,
        })
        .collect()
}

/// At most this many suggestions answer "is it one of these?" (nearest of the same category
/// first): a person scans a handful, and a dense street would otherwise send hundreds.
pub const MAX_SUGGESTIONS: usize = 20;

/// "Is it one of these?": active issues near a point, the same category first.
pub async fn nearby(
    db: &impl ConnectionTrait,
    radii: PoolingRadii,
    viewer: Option<&user::Model>,
    neighbourhood_id: NeighbourhoodId,
    at: GeoPoint,
    category_id: Option<CategoryId>,
) -> AppResult<Vec<NearbyIssue>> {
    NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let candidates = active_candidates(db, neighbourhood_id, None, &at, radii.suggest_m).await?;
    let mut ranked = suggestions(
        &pool_candidates(&candidates),
        category_id,
        &at,
        radii.suggest_m,
    );
    ranked.truncate(MAX_SUGGESTIONS);
    // The candidates are whole rows already: order them, no second query.
    let mut models: HashMap<IssueId, issue::Model> =
        candidates.into_iter().map(|m| (m.id, m)).collect();
    let (ordered, distances): (Vec<issue::Model>, Vec<f64>) = ranked
        .into_iter()
        .filter_map(|(id, distance)| Some((models.remove(&id)?, distance)))
        .unzip();
    Ok(views(db, ordered)
        .await?
        .into_iter()
        .zip(distances)
        .map(|(issue, distance)| NearbyIssue {
            issue,
            distance_m: distance.round(),
        })
        .collect())
}

pub(crate) async fn load_issue(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: IssueId,
) -> AppResult<(issue::Model, NeighbourhoodAccess)> {
    let found = issue::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    // Issues of a neighbourhood the caller may not see do not exist for them.
    let access = NeighbourhoodAccess::load(db, viewer, found.neighbourhood_id)
        .await
        .map_err(|_| AppError::not_found(crate::msg!("not-found-issue")))?;
    Ok((found, access))
}

pub async fn get(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: IssueId,
) -> AppResult<IssueDetail> {
    let (found, access) = load_issue(db, viewer, id).await?;
    let sees_names = access.can_manage() || access.is_service_manager;
    let rows = report::Entity::find()
        .filter(report::Column::IssueId.eq(id))
        .order_by_asc(report::Column::CreatedAt)
        .all(db)
        .await?;
    let mut neighbours = assisted::of_reports(db, rows.iter().map(|r| r.id)).await?;
    let names = accounts::display_names(
        db,
        rows.iter()
            .map(|r| r.reporter_id)
            .chain(neighbours.values().filter_map(|a| a.consent_by)),
    )
    .await?;
    let sight = match viewer {
        _ if sees_names => assisted::Sight::Everything,
        Some(me) => assisted::Sight::OwnNames(me.id),
        None => assisted::Sight::Nothing,
    };
    let questions = category::Entity::find_by_id(found.category_id)
        .one(db)
        .await?
        .map(|c| attributes_of(&c))
        .unwrap_or_default();
    let reports = rows
        .into_iter()
        .map(|r| ReportView {
            answers: describe_answers(&questions, &r.answers),
            id: r.id,
            // Private by default: names only where the reporter chose, or for those who act on it.
            reporter_name: (r.show_name || sees_names)
                .then(|| names.get(&r.reporter_id).cloned())
                .flatten(),
            contact: (sees_names && r.source == ReportSource::Open311).then_some(ReportContact {
                name: r.contact_name,
                email: r.contact_email,
                phone: r.contact_phone,
            }),
            on_behalf_of_neighbour: neighbours.contains_key(&r.id),
            neighbour: neighbours
                .remove(&r.id)
                .and_then(|a| assisted::view(a, r.reporter_id, &sight, &names)),
            source: r.source,
            description: r.description,
            lang: r.lang.as_deref().and_then(Locale::from_tag),
            created_at: r.created_at,
        })
        .collect();
    let timeline = issue_update::Entity::find()
        .filter(issue_update::Column::IssueId.eq(id))
        .order_by_asc(issue_update::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|u| TimelineEntry {
            status: u.status,
            note: u.note,
            at: u.created_at,
        })
        .collect();
    let supported_by_me = match viewer {
        Some(user) => issue_supporter::Entity::find_by_id((id, user.id))
            .one(db)
            .await?
            .is_some(),
        None => false,
    };
    Ok(IssueDetail {
        photos: crate::services::issues::photos::of_issue(db, id).await?,
        issue: one_view(db, found).await?,
        reports,
        timeline,
        supported_by_me,
    })
}

/// "Affects me too": adds the caller to the supporters (once; repeating changes nothing).
pub async fn support<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    id: IssueId,
) -> AppResult<IssueView> {
    let (found, access) = load_issue(db, Some(user), id).await?;
    if !access.is_active_member() {
        return Err(AppError::Forbidden(
            crate::msg!("issue-join-neighbourhood-support-its-issues").into(),
        ));
    }
    let mut tx = Transaction::begin(db, live).await?;
    // Checked on the locked row: a merge or status change may have landed meanwhile.
    let found = lock_issues(&tx, found.neighbourhood_id, &[id])
        .await?
        .remove(&id)
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    let refusal = crate::msg!("issue-join-to-support");
    memberships::require_good_standing(&*tx, found.neighbourhood_id, user.id, refusal).await?;
    if !found.status.is_active() {
        return Err(AppError::Conflict(
            crate::msg!("issue-issue-no-longer-open").into(),
        ));
    }
    if !add_supporter(&*tx, id, user.id).await? {
        // Already a supporter: nothing changes. (Read through the transaction: on SQLite it holds
        // the only connection until it is dropped.)
        return one_view(&*tx, found).await;
    }
    // People and the neighbours reported for, counted in the statement that stores it.
    let updated = issue::Entity::update_many()
        .col_expr(
            issue::Column::SupportersCount,
            assisted::supporters_count_expr(id),
        )
        .col_expr(issue::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(issue::Column::Id.eq(id))
        .exec_with_returning(&*tx)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    let supported = IssueSupported {
        issue_id: id,
        supporters_count: updated.supporters_count,
    };
    tx.emit(NewEvent::neighbourhood(
        updated.neighbourhood_id,
        NeighbourhoodEvent::IssueSupported(supported),
        Some(user.id),
    ))
    .await?;
    tx.commit(live).await?;
    one_view(db, updated).await
}

/// How a list of issues is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueSort {
    /// Newest first (the default).
    #[default]
    Newest,
    /// Collective impact, highest first; active issues only.
    Impact,
    /// Longest-waiting first; active issues only.
    OldestUnresolved,
}

pub struct IssueFilter {
    pub status: Option<IssueStatus>,
    pub category_id: Option<CategoryId>,
    /// Only issues located in this box.
    pub bbox: Option<BoundingBox>,
    /// Words from the reports' descriptions (case-insensitive).
    pub q: Option<String>,
    /// `Some(false)`: only issues whose place was not found (no point); `Some(true)`: only
    /// placed ones.
    pub placed: Option<bool>,
    pub sort: IssueSort,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// Upper bound on active issues ranked in memory for the impact order of one neighbourhood.
const IMPACT_CANDIDATES: u64 = 5_000;

/// A neighbourhood's issues, filtered and ordered.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    neighbourhood_id: NeighbourhoodId,
    filter: IssueFilter,
) -> AppResult<Page<IssueView>> {
    NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    let mut query =
        issue::Entity::find().filter(issue::Column::NeighbourhoodId.eq(neighbourhood_id));
    if let Some(status) = filter.status {
        query = query.filter(issue::Column::Status.eq(status.as_str()));
    }
    if filter.sort != IssueSort::Newest {
        let active = [
            IssueStatus::Open,
            IssueStatus::Acknowledged,
            IssueStatus::InProgress,
        ]
        .map(|s| s.as_str());
        query = query.filter(issue::Column::Status.is_in(active));
    }
    if let Some(category_id) = filter.category_id {
        query = query.filter(issue::Column::CategoryId.eq(category_id));
    }
    match filter.placed {
        Some(true) => query = query.filter(issue::Column::Lat.is_not_null()),
        Some(false) => query = query.filter(issue::Column::Lat.is_null()),
        None => {}
    }
    if let Some(b) = filter.bbox {
        query = query
            .filter(issue::Column::Lat.between(b.min_lat, b.max_lat))
            .filter(issue::Column::Lon.between(b.min_lon, b.max_lon));
    }
    if let Some(pattern) =
        search_pattern(filter.q.as_deref(), crate::domain::text::MAX_SEARCH_CHARS)?
    {
        let matching = Query::select()
            .column(report::Column::IssueId)
            .from(report::Entity)
            .and_where(lower_like(report::Column::Description, pattern))
            .to_owned();
        query = query.filter(issue::Column::Id.in_subquery(matching));
    }
    match filter.sort {
        IssueSort::Newest => {
            if let Some((created_at, id)) =
                decode_cursor::<(DateTime<Utc>, Uuid)>(filter.cursor.as_deref())?
            {
                // Newest first: "after" the cursor means older. A row comparison, so that the
                // index (neighbourhood_id, created_at DESC, id DESC) starts at the cursor.
                query = query.filter(
                    Expr::tuple([
                        Expr::col(issue::Column::CreatedAt).into(),
                        Expr::col(issue::Column::Id).into(),
                    ])
                    .lt(Expr::tuple([Expr::value(created_at), Expr::value(id)])),
                );
            }
            let rows = query
                .order_by_desc(issue::Column::CreatedAt)
                .order_by_desc(issue::Column::Id)
                .limit(filter.limit + 1)
                .all(db)
                .await?;
            let page = page_from(rows, filter.limit, |m| (m.created_at, m.id), |m| m);
            Ok(Page {
                items: views(db, page.items).await?,
                next_cursor: page.next_cursor,
            })
        }
        IssueSort::OldestUnresolved => {
            let after: Option<(DateTime<Utc>, Uuid)> = decode_cursor(filter.cursor.as_deref())?;
            let rows = ascending_page(
                query,
                issue::Column::FirstReportedAt,
                issue::Column::Id,
                after,
                filter.limit,
            )
            .all(db)
            .await?;
            let page = page_from(rows, filter.limit, |m| (m.first_reported_at, m.id), |m| m);
            Ok(Page {
                items: views(db, page.items).await?,
                next_cursor: page.next_cursor,
            })
        }
        IssueSort::Impact => {
            let after: Option<(f64, IssueId)> = decode_cursor(filter.cursor.as_deref())?;
            let rows = query.limit(IMPACT_CANDIDATES).all(db).await?;
            let mut ranked: Vec<IssueView> = views(db, rows)
                .await?
                .into_iter()
                .filter(|v| match after {
                    Some((score, id)) => {
                        v.impact_score < score || (v.impact_score == score && v.id > id)
                    }
                    None => true,
                })
                .collect();
            ranked.sort_by(|a, b| {
                b.impact_score
                    .total_cmp(&a.impact_score)
                    .then(a.id.cmp(&b.id))
            });
            ranked.truncate(filter.limit as usize + 1);
            Ok(page_from(
                ranked,
                filter.limit,
                |v| (v.impact_score, v.id),
                |v| v,
            ))
        }
    }
}

/// Issues as a GeoJSON FeatureCollection (those with a location), for maps and GIS tools.
pub fn to_geojson(issues: &[IssueView]) -> serde_json::Value {
    let features: Vec<serde_json::Value> = issues
        .iter()
        .filter_map(|issue| {
            let at = issue.location?;
            let properties = serde_json::to_value(issue).ok()?;
            Some(json!({
                "type": "Feature",
                "id": issue.id,
                "geometry": {"type": "Point", "coordinates": [at.lon, at.lat]},
                "properties": properties,
            }))
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

/// Staff of a serving organisation or the neighbourhood's coordinators move an issue along,
/// always with a public note; every supporter is told on their own channel.
pub async fn set_status<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    id: IssueId,
    to: IssueStatus,
    note: &str,
) -> AppResult<IssueView> {
    let (found, access) = load_issue(db, Some(actor), id).await?;
    if !(access.can_manage() || access.is_service_manager) {
        return Err(AppError::Forbidden(
            crate::msg!("issue-only-neighbourhood-s-coordinators-its-2").into(),
        ));
    }
    let note = note.trim();
    if note.is_empty() || note.chars().count() > MAX_NOTE_CHARS {
        return Err(AppError::invalid(
            "note",
            crate::msg!("issue-public-note-1-max-characters", max = MAX_NOTE_CHARS),
        ));
    }
    let now = Utc::now();
    let neighbourhood_id = found.neighbourhood_id;
    let mut tx = Transaction::begin(db, live).await?;
    // The workflow is checked on the row as it is now, locked: of many identical changes at
    // once exactly one applies (and notifies); the others find it done and answer 409.
    let found = lock_issues(&tx, neighbourhood_id, &[id])
        .await?
        .remove(&id)
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    let from = found.status;
    if !from.can_change_to(to) {
        return Err(AppError::Conflict(refused_change(from, to).into()));
    }
    let mut active: issue::ActiveModel = found.clone().into();
    active.status = Set(to);
    active.status_note = Set(Some(note.to_owned()));
    if to == IssueStatus::Acknowledged && found.acknowledged_at.is_none() {
        active.acknowledged_at = Set(Some(now));
    }
    active.resolved_at = Set((to == IssueStatus::Resolved).then_some(now));
    if to.is_answer() && found.first_answered_at.is_none() {
        active.first_answered_at = Set(Some(now));
    }
    if to == IssueStatus::Resolved && found.first_resolved_at.is_none() {
        active.first_resolved_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    let updated = active.update(&*tx).await?;
    issue_update::ActiveModel {
        id: Set(Uuid::now_v7()),
        issue_id: Set(id),
        actor_id: Set(Some(actor.id)),
        status: Set(to),
        note: Set(note.to_owned()),
        created_at: Set(now),
    }
    .insert(&*tx)
    .await?;
    let changed = IssueStatusChanged {
        issue_id: id,
        status: to,
        note: note.to_owned(),
        reopened: false,
    };
    tx.emit(NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::IssueStatusChanged(changed),
        Some(actor.id),
    ))
    .await?;
    // Every supporter hears it: stored in their inboxes and pushed in a few bulk statements.
    let supporters = supporters_of(&*tx, id).await?;
    let supporters = who_may_see(&*tx, &access.neighbourhood, &supporters).await?;
    let title = follow_title(&*tx, &found, &access.neighbourhood.name).await?;
    let notice = Notice::IssueStatusChanged {
        neighbourhood_id,
        neighbourhood_name: access.neighbourhood.name.clone(),
        issue_id: id,
        issue_title: title.clone(),
        status: to,
        note: note.to_owned(),
        place: found.place_label.clone(),
    };
    // Members who reported it for neighbours without an account are told whom to pass it on
    // to. Their notice comes first, so one who also supports the issue gets that one only (it
    // says the same and more).
    let helpers = assisted::reporters_to_tell(&*tx, id).await?;
    let may_hear: HashSet<UserId> = who_may_see(
        &*tx,
        &access.neighbourhood,
        &helpers.keys().copied().collect::<Vec<_>>(),
    )
    .await?
    .into_iter()
    .collect();
    let mut told: Vec<(UserId, Notice)> = Vec::with_capacity(helpers.len() + supporters.len());
    if let Notice::IssueStatusChanged {
        neighbourhood_id,
        neighbourhood_name,
        issue_id,
        issue_title,
        status,
        note,
        place,
    } = &notice
    {
        for (member, neighbours) in helpers {
            if may_hear.contains(&member) {
                let reminder = Notice::AssistedIssueStatusChanged {
                    neighbourhood_id: *neighbourhood_id,
                    neighbourhood_name: neighbourhood_name.clone(),
                    issue_id: *issue_id,
                    issue_title: issue_title.clone(),
                    status: *status,
                    note: note.clone(),
                    neighbours,
                    place: place.clone(),
                };
                told.push((member, reminder));
            }
        }
    }
    told.extend(supporters.into_iter().map(|s| (s, notice.clone())));
    tx.notify_each(told, Some(actor.id)).await?;
    // People following by e-mail hear it too, in their own language, after commit.
    let update = FollowUpdate {
        issue_id: id,
        issue_title: title,
        status: to,
        note: note.to_owned(),
        merged_into: None,
        reopened: false,
    };
    follows::queue_update(&mut tx, &access.neighbourhood, update).await?;
    tx.commit(live).await?;
    one_view(db, updated).await
}

/// The issue as notices name it ("Pothole, 3 Mill Lane"): supporters' notices and the e-mail
/// to its followers.
pub(crate) async fn follow_title(
    db: &impl ConnectionTrait,
    issue: &issue::Model,
    neighbourhood_name: &str,
) -> AppResult<String> {
    let category_name = category::Entity::find_by_id(issue.category_id)
        .one(db)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    Ok(issue_title(
        &category_name,
        where_words(
            issue.place_label.as_deref(),
            issue.address.as_deref(),
            neighbourhood_name,
        ),
    ))
}

/// People who act on a neighbourhood's issues: its active coordinators and the staff of the
/// organisations serving it.
async fn issue_managers(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
) -> AppResult<Vec<UserId>> {
    use entity::organisation_staff;
    let mut people = memberships::active_coordinators(db, neighbourhood_id).await?;
    let organisations = crate::services::organisations::serving(db, neighbourhood_id).await?;
    let staff: Vec<UserId> = organisation_staff::Entity::find()
        .select_only()
        .column(organisation_staff::Column::UserId)
        .filter(organisation_staff::Column::OrganisationId.is_in(organisations))
        .into_tuple()
        .all(db)
        .await?;
    people.extend(staff);
    people.sort();
    people.dedup();
    Ok(people)
}

/// Takes the neighbourhood's lock, then reads the issues as they are now (rows locked in id
/// order on PostgreSQL; SQLite has a single writer): status changes, reopening and merges read
/// and check inside the transaction that writes, so racing requests see each other's results.
/// Issues of other neighbourhoods are left out.
async fn lock_issues(
    tx: &Transaction,
    neighbourhood_id: NeighbourhoodId,
    ids: &[IssueId],
) -> AppResult<HashMap<IssueId, issue::Model>> {
    lock_neighbourhood(&**tx, neighbourhood_id).await?;
    let mut find = issue::Entity::find()
        .filter(issue::Column::Id.is_in(ids.iter().copied()))
        .filter(issue::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_asc(issue::Column::Id);
    if tx.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        find = find.lock_exclusive();
    }
    Ok(find
        .all(&**tx)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect())
}

/// An issue's supporters in id order: notifying them takes a lock on each one's row, and a fixed
/// order keeps two concurrent changes from deadlocking on shared supporters.
async fn supporters_of(db: &impl ConnectionTrait, issue_id: IssueId) -> AppResult<Vec<UserId>> {
    Ok(issue_supporter::Entity::find()
        .select_only()
        .column(issue_supporter::Column::UserId)
        .filter(issue_supporter::Column::IssueId.eq(issue_id))
        .order_by_asc(issue_supporter::Column::UserId)
        .into_tuple()
        .all(db)
        .await?)
}

async fn add_timeline(
    db: &impl ConnectionTrait,
    issue_id: IssueId,
    actor: UserId,
    status: IssueStatus,
    note: &str,
) -> AppResult<()> {
    issue_update::ActiveModel {
        id: Set(Uuid::now_v7()),
        issue_id: Set(issue_id),
        actor_id: Set(Some(actor)),
        status: Set(status),
        note: Set(note.to_owned()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// "Still a problem": within 30 days of resolution a supporter reopens the issue; the
/// neighbourhood's coordinators and service managers are told.
pub async fn reopen<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user: &user::Model,
    id: IssueId,
    note: Option<&str>,
) -> AppResult<IssueView> {
    let (found, access) = load_issue(db, Some(user), id).await?;
    // Saying "still a problem" is taking part, like reporting: suspended members (and people
    // who left) are refused, as for every other write.
    if !access.is_active_member() {
        return Err(AppError::Forbidden(
            crate::msg!("issue-only-members-good-standing-can-2").into(),
        ));
    }
    if issue_supporter::Entity::find_by_id((id, user.id))
        .one(db)
        .await?
        .is_none()
    {
        return Err(AppError::Forbidden(
            crate::msg!("issue-only-people-affected-by-issue").into(),
        ));
    }
    let note = note.map(str::trim).unwrap_or_default();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(AppError::invalid(
            "note",
            crate::msg!("account-must-at-most-max-characters", max = MAX_NOTE_CHARS),
        ));
    }
    let neighbourhood_id = found.neighbourhood_id;
    let public_note = if note.is_empty() {
        "Still a problem, says a neighbour.".to_owned()
    } else {
        format!("Still a problem: {note}")
    };
    let mut tx = Transaction::begin(db, live).await?;
    let found = lock_issues(&tx, neighbourhood_id, &[id])
        .await?
        .remove(&id)
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    let refusal = crate::msg!("issue-members-only-still-a-problem");
    memberships::require_good_standing(&*tx, neighbourhood_id, user.id, refusal).await?;
    if !crate::domain::issue::can_reopen(found.status, found.resolved_at, Utc::now()) {
        return Err(AppError::Conflict(
            crate::msg!("issue-only-issues-resolved-last-30").into(),
        ));
    }
    let mut active: issue::ActiveModel = found.into();
    active.status = Set(IssueStatus::Open);
    active.status_note = Set(Some(public_note.clone()));
    active.resolved_at = Set(None);
    active.updated_at = Set(Utc::now());
    let updated = active.update(&*tx).await?;
    add_timeline(&*tx, id, user.id, IssueStatus::Open, &public_note).await?;
    let reopened = IssueStatusChanged {
        issue_id: id,
        status: IssueStatus::Open,
        note: public_note.clone(),
        reopened: true,
    };
    tx.emit(NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::IssueStatusChanged(reopened),
        Some(user.id),
    ))
    .await?;
    for manager in issue_managers(&*tx, neighbourhood_id).await? {
        let notice = Notice::IssueReopened {
            neighbourhood_id,
            neighbourhood_name: access.neighbourhood.name.clone(),
            issue_id: id,
            note: public_note.clone(),
            place: updated.place_label.clone(),
        };
        tx.notify(manager, Some(user.id), notice).await?;
    }
    let update = FollowUpdate {
        issue_id: id,
        issue_title: follow_title(&*tx, &updated, &access.neighbourhood.name).await?,
        status: IssueStatus::Open,
        note: public_note.clone(),
        merged_into: None,
        reopened: true,
    };
    follows::queue_update(&mut tx, &access.neighbourhood, update).await?;
    tx.commit(live).await?;
    one_view(db, updated).await
}

/// Merges a duplicate into another issue of the same neighbourhood: its reports and supporters
/// move (each person counted once), it becomes `duplicate` pointing at the target, and its
/// supporters are told where to follow it.
pub async fn merge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    source_id: IssueId,
    target_id: IssueId,
    note: &str,
) -> AppResult<IssueView> {
    let (source, access) = load_issue(db, Some(actor), source_id).await?;
    if !(access.can_manage() || access.is_service_manager) {
        return Err(AppError::Forbidden(
            crate::msg!("issue-only-neighbourhood-s-coordinators-its-3").into(),
        ));
    }
    let note = note.trim();
    if note.is_empty() || note.chars().count() > MAX_NOTE_CHARS {
        return Err(AppError::invalid(
            "note",
            crate::msg!("issue-public-note-1-max-characters", max = MAX_NOTE_CHARS),
        ));
    }
    if source_id == target_id {
        return Err(AppError::invalid(
            "into",
            crate::msg!("issue-issue-cannot-merged-into-itself"),
        ));
    }
    let neighbourhood_id = source.neighbourhood_id;
    let now = Utc::now();
    let mut tx = Transaction::begin(db, live).await?;
    // Both rows, locked in id order and read now: of A-into-B and B-into-A at once the second
    // finds its source or target merged and answers 409; a status change racing a merge is
    // applied before it (and merged along) or finds the issue merged.
    let mut locked = lock_issues(&tx, neighbourhood_id, &[source_id, target_id]).await?;
    let source = locked
        .remove(&source_id)
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-issue")))?;
    let target = locked.remove(&target_id).ok_or_else(|| {
        AppError::invalid("into", crate::msg!("issue-not-issue-same-neighbourhood"))
    })?;
    if source.status == IssueStatus::Duplicate || target.status == IssueStatus::Duplicate {
        return Err(AppError::Conflict(
            crate::msg!("issue-merged-issues-cannot-merged-again").into(),
        ));
    }
    report::Entity::update_many()
        .col_expr(
            report::Column::IssueId,
            sea_orm::sea_query::Expr::value(target_id),
        )
        .filter(report::Column::IssueId.eq(source_id))
        .exec(&*tx)
        .await?;
    entity::photo::Entity::update_many()
        .col_expr(
            entity::photo::Column::IssueId,
            sea_orm::sea_query::Expr::value(target_id),
        )
        .filter(entity::photo::Column::IssueId.eq(source_id))
        .exec(&*tx)
        .await?;
    let source_supporters = supporters_of(&*tx, source_id).await?;
    for supporter in &source_supporters {
        add_supporter(&*tx, target_id, *supporter).await?;
    }
    issue_supporter::Entity::delete_many()
        .filter(issue_supporter::Column::IssueId.eq(source_id))
        .exec(&*tx)
        .await?;
    let last_reported = source.last_reported_at.max(target.last_reported_at);
    let target_before = target
        .lat
        .zip(target.lon)
        .map(|(lat, lon)| GeoPoint { lat, lon });
    let source_place = source.place_label.clone();
    let source_title = follow_title(&*tx, &source, &access.neighbourhood.name).await?;
    let mut merged: issue::ActiveModel = source.into();
    merged.status = Set(IssueStatus::Duplicate);
    merged.status_note = Set(Some(note.to_owned()));
    merged.duplicate_of = Set(Some(target_id));
    merged.reports_count = Set(0);
    merged.supporters_count = Set(0);
    merged.updated_at = Set(now);
    merged.update(&*tx).await?;
    let updated = recount(&*tx, target_id, last_reported).await?;
    let updated =
        placing::relabel_if_moved(&*tx, target_before, updated, &access.neighbourhood.name).await?;
    add_timeline(&*tx, source_id, actor.id, IssueStatus::Duplicate, note).await?;
    let merged = IssueMerged {
        issue_id: source_id,
        into: target_id,
        status: IssueStatus::Duplicate,
        note: note.to_owned(),
        supporters_count: updated.supporters_count,
    };
    tx.emit(NewEvent::neighbourhood(
        neighbourhood_id,
        NeighbourhoodEvent::IssueMerged(merged),
        Some(actor.id),
    ))
    .await?;
    let notice = Notice::IssueMerged {
        neighbourhood_id,
        neighbourhood_name: access.neighbourhood.name.clone(),
        issue_id: source_id,
        into: target_id,
        note: note.to_owned(),
        place: source_place,
    };
    let told = who_may_see(&*tx, &access.neighbourhood, &source_supporters).await?;
    tx.notify_many(&told, Some(actor.id), notice).await?;
    // The source's followers are told, then follow the target from now on.
    let update = FollowUpdate {
        issue_id: source_id,
        issue_title: source_title,
        status: IssueStatus::Duplicate,
        note: note.to_owned(),
        merged_into: Some(target_id),
        reopened: false,
    };
    follows::queue_update(&mut tx, &access.neighbourhood, update).await?;
    follows::move_follows(&*tx, source_id, target_id).await?;
    tx.commit(live).await?;
    one_view(db, updated).await
}
