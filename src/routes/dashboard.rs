//! `/api/v1/organisations/{id}/dashboard`: the service manager's figures, and
//! `/api/v1/organisations/{id}/issues/export.csv|.geojson`: streamed exports, and
//! `/api/v1/organisations/{id}/triage`: the triage queue and its bulk actions (staff only).

use actix_web::{get, http::header, post, web, HttpResponse};
use entity::ids::{CategoryId, IssueId, NeighbourhoodId, OrganisationId, UserId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::AuthUser,
    domain::issue::IssueStatus,
    error::{AppError, AppResult, Problem},
    live::presence,
    services::{
        dashboard::exports::{self, ExportFilter, Format},
        dashboard::{self, DashboardFilter, DashboardSummary},
        issues::triage::{
            self, AssigneeFilter, BulkAction, BulkOutcome, TriageFilter, TriageItem, TriageSort,
        },
    },
    state::AppState,
    support::pagination::{parse_limit, Page},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(summary)
        .service(export_csv)
        .service(export_geojson)
        .service(queue)
        .service(bulk);
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DashboardQuery {
    /// One of the served neighbourhoods (default: all of them).
    #[param(value_type = Option<Uuid>)]
    pub neighbourhood_id: Option<NeighbourhoodId>,
    /// One of the organisation's categories (default: all of them).
    #[param(value_type = Option<Uuid>)]
    pub category_id: Option<CategoryId>,
    /// Days back for response times and pooling, 1 to 365 (default 30).
    pub days: Option<i64>,
}

impl From<&DashboardQuery> for DashboardFilter {
    fn from(q: &DashboardQuery) -> Self {
        Self {
            neighbourhood_id: q.neighbourhood_id,
            category_id: q.category_id,
            days: q.days,
        }
    }
}

/// The organisation's live dashboard figures over the neighbourhoods it serves (its staff and
/// platform admins). Definitions in `docs/dashboard.md`.
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), DashboardQuery), responses(
    (status = 200, body = DashboardSummary),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/organisations/{id}/dashboard")]
async fn summary(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    query: web::Query<DashboardQuery>,
) -> AppResult<HttpResponse> {
    let filter = DashboardFilter::from(&*query);
    dashboard::period_days(filter.days)?;
    let scope = dashboard::scope(&state.db, &user, *id, &filter).await?;
    let ids: Vec<NeighbourhoodId> = scope.neighbourhoods.iter().map(|n| n.id).collect();
    let online = presence::online_members(&state.live.hub(), state.redis.clone(), &ids).await;
    let figures =
        dashboard::summary(&state.db, &scope, &filter, online, chrono::Utc::now()).await?;
    Ok(HttpResponse::Ok().json(figures))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// One of the served neighbourhoods (default: all of them).
    #[param(value_type = Option<Uuid>)]
    pub neighbourhood_id: Option<NeighbourhoodId>,
    /// One of the organisation's categories (default: all of them).
    #[param(value_type = Option<Uuid>)]
    pub category_id: Option<CategoryId>,
    pub status: Option<IssueStatus>,
    /// Issues first reported in the last `days` days, 1 to 365 (default: all).
    pub days: Option<i64>,
}

async fn export(
    state: web::Data<AppState>,
    user: &entity::user::Model,
    organisation_id: OrganisationId,
    query: &ExportQuery,
    format: Format,
) -> AppResult<HttpResponse> {
    let filter = ExportFilter {
        status: query.status,
        days: query.days,
    };
    exports::check(&filter)?;
    let scope_filter = DashboardFilter {
        neighbourhood_id: query.neighbourhood_id,
        category_id: query.category_id,
        days: None,
    };
    let scope = dashboard::scope(&state.db, user, organisation_id, &scope_filter).await?;
    let base_url = state.settings.base_url();
    let (content_type, extension) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::GeoJson => ("application/geo+json", "geojson"),
    };
    let body = exports::stream(state.db.clone(), scope, filter, base_url, format);
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"issues.{extension}\""),
        ))
        .streaming(body))
}

/// The organisation's issues as CSV (UTF-8 with a byte-order mark; cells that could run as
/// formulas start with an apostrophe), streamed in id order.
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), ExportQuery), responses(
    (status = 200, description = "CSV, one issue a line", content_type = "text/csv"),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/organisations/{id}/issues/export.csv")]
async fn export_csv(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    export(state, &user, *id, &query, Format::Csv).await
}

/// The organisation's issues as a GeoJSON FeatureCollection (issues without a location have a
/// `null` geometry), streamed in id order.
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), ExportQuery), responses(
    (status = 200, description = "GeoJSON FeatureCollection", content_type = "application/geo+json"),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/organisations/{id}/issues/export.geojson")]
async fn export_geojson(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    export(state, &user, *id, &query, Format::GeoJson).await
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TriageQuery {
    #[param(value_type = Option<Uuid>)]
    pub neighbourhood_id: Option<NeighbourhoodId>,
    #[param(value_type = Option<Uuid>)]
    pub category_id: Option<CategoryId>,
    /// One status (default: open, acknowledged and in progress).
    pub status: Option<IssueStatus>,
    /// `me`, `none` or a staff member's id.
    pub assignee: Option<String>,
    /// `impact` (default), `newest` or `oldest`.
    pub sort: Option<TriageSort>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

/// The organisation's triage queue over every neighbourhood it serves, by collective impact by
/// default (its staff and platform admins).
#[utoipa::path(operation_id = "triage_queue", tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), TriageQuery), responses(
    (status = 200, body = Page<TriageItem>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/organisations/{id}/triage")]
async fn queue(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    query: web::Query<TriageQuery>,
) -> AppResult<HttpResponse> {
    let filter = TriageFilter {
        status: query.status,
        assignee: query
            .assignee
            .as_deref()
            .map(AssigneeFilter::parse)
            .transpose()?,
        sort: query.sort.unwrap_or_default(),
        cursor: query.cursor.clone(),
        limit: parse_limit(query.limit)?,
    };
    let scope_filter = DashboardFilter {
        neighbourhood_id: query.neighbourhood_id,
        category_id: query.category_id,
        days: None,
    };
    let scope = dashboard::scope(&state.db, &user, *id, &scope_filter).await?;
    Ok(HttpResponse::Ok().json(triage::queue(&state.db, &scope, &user, &filter).await?))
}

#[derive(Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BulkActionKind {
    Acknowledge,
    SetStatus,
    Assign,
    Merge,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRequest {
    /// 1 to 100 issues of the organisation.
    #[schema(value_type = Vec<Uuid>)]
    pub issue_ids: Vec<IssueId>,
    pub action: BulkActionKind,
    /// For `set_status`.
    pub status: Option<IssueStatus>,
    /// The one public note for every issue: required for `set_status` and `merge`, optional for
    /// `acknowledge`.
    pub note: Option<String>,
    /// For `assign`: a staff member, or null to unassign.
    #[schema(value_type = Option<Uuid>)]
    pub assignee_id: Option<UserId>,
    /// For `merge`: the issue the selected ones are duplicates of.
    #[schema(value_type = Option<Uuid>)]
    pub into: Option<IssueId>,
}

impl BulkRequest {
    fn action(&self) -> AppResult<BulkAction> {
        let note = || self.note.clone().unwrap_or_default();
        Ok(match self.action {
            BulkActionKind::Acknowledge => BulkAction::Acknowledge {
                note: self
                    .note
                    .clone()
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| triage::DEFAULT_ACK_NOTE.into()),
            },
            BulkActionKind::SetStatus => BulkAction::SetStatus {
                status: self.status.ok_or_else(|| {
                    AppError::invalid("status", crate::msg!("dashboard-required-set-status"))
                })?,
                note: note(),
            },
            BulkActionKind::Assign => BulkAction::Assign {
                assignee: self.assignee_id,
            },
            BulkActionKind::Merge => BulkAction::Merge {
                into: self.into.ok_or_else(|| {
                    AppError::invalid("into", crate::msg!("dashboard-required-merge"))
                })?,
                note: note(),
            },
        })
    }
}

/// Applies one action to a selection of the organisation's issues; answers what happened to each
/// (`status` as the single action would have answered).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = BulkRequest, responses(
    (status = 200, body = Vec<BulkOutcome>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations/{id}/triage/bulk")]
async fn bulk(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    body: web::Json<BulkRequest>,
) -> AppResult<HttpResponse> {
    let action = body.action()?;
    let scope = dashboard::scope(&state.db, &user, *id, &DashboardFilter::default()).await?;
    let outcomes = triage::bulk(
        &state.db,
        &state.live,
        &scope,
        &user,
        &body.issue_ids,
        &action,
    )
    .await?;
    Ok(HttpResponse::Ok().json(outcomes))
}
