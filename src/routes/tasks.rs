//! Volunteer tasks: `/api/v1/neighbourhoods/{id}/tasks`, `/api/v1/tasks/{id}/...`, claims,
//! the neighbourhood's hours and the personal calendar link.

use actix_web::{delete, get, patch, post, web, HttpMessage, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use entity::ids::{ClaimId, NeighbourhoodId, TaskId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::task::Period,
    error::{AppError, AppResult, Problem},
    services::{
        tasks::calendar,
        tasks::volunteer_hours::{self, MyHours, NeighbourhoodHours, PersonHours},
        tasks::{self, ClaimView, QueuedClaim, TaskDetail, TaskFields, TaskFilter, TaskView},
    },
    state::AppState,
    support::pagination::parse_limit,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(list)
        .service(get_one)
        .service(update)
        .service(approve)
        .service(cancel)
        .service(claim_slot)
        .service(release)
        .service(extend)
        .service(check_in)
        .service(done)
        .service(verify)
        .service(reject)
        .service(verification_queue)
        .service(hours)
        .service(hours_by_person)
        .service(my_hours)
        .service(new_calendar_link)
        .service(turn_off_calendar)
        .service(calendar_feed);
}

/// Propose (members) or create (coordinators, service managers) a task.
#[utoipa::path(operation_id = "create_task", tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = TaskFields, responses(
    (status = 201, body = TaskView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/tasks")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    body: web::Json<TaskFields>,
) -> AppResult<HttpResponse> {
    let created = tasks::create(&state.db, &state.live, &user, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(created))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct TasksQuery {
    /// Comma-separated states, or `needs_people`.
    pub status: Option<String>,
    pub skill: Option<String>,
    /// Scheduled tasks ending after this (open-ended tasks always match).
    pub from: Option<DateTime<Utc>>,
    /// Scheduled tasks starting before this.
    pub to: Option<DateTime<Utc>>,
    pub issue_id: Option<Uuid>,
    /// Only tasks the caller has claimed.
    pub mine: Option<bool>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

/// A neighbourhood's tasks, soonest first (open-ended ones after scheduled ones).
#[utoipa::path(operation_id = "list_tasks", tag = "tasks", params(("id" = Uuid, Path), TasksQuery), responses(
    (status = 200, body = crate::support::pagination::Page<TaskView>),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/tasks")]
async fn list(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<TasksQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    if q.status
        .as_ref()
        .is_some_and(|s| s.chars().count() > crate::services::tasks::MAX_STATUS_FILTER_CHARS)
    {
        return Err(AppError::invalid(
            "status",
            crate::msg!(
                "account-must-at-most-max-characters",
                max = crate::services::tasks::MAX_STATUS_FILTER_CHARS
            ),
        ));
    }
    let filter = TaskFilter {
        statuses: q
            .status
            .map(|s| {
                s.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        skill: q.skill,
        from: q.from,
        to: q.to,
        issue_id: q.issue_id,
        mine: q.mine.unwrap_or(false),
        cursor: q.cursor,
        limit: parse_limit(q.limit)?,
    };
    Ok(HttpResponse::Ok().json(tasks::list(&state.db, viewer.as_ref(), *id, filter).await?))
}

/// One task with its claims.
#[utoipa::path(operation_id = "get_task", tag = "tasks", params(("id" = Uuid, Path)), responses(
    (status = 200, body = TaskDetail),
    (status = 404, body = Problem),
))]
#[get("/api/v1/tasks/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::get(&state.db, viewer.as_ref(), *id).await?))
}

/// Edit a task (coordinators, service managers).
#[utoipa::path(operation_id = "update_task", tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = TaskFields, responses(
    (status = 200, body = TaskView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[patch("/api/v1/tasks/{id}")]
async fn update(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
    body: web::Json<TaskFields>,
) -> AppResult<HttpResponse> {
    let updated = tasks::update(&state.db, &state.live, &user, *id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(updated))
}

/// Approve a member's proposal (coordinators).
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = TaskView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/tasks/{id}/approve")]
async fn approve(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::approve(&state.db, &state.live, &user, *id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    pub reason: String,
}

/// Cancel a task with a reason; every claimant is told.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReasonRequest, responses(
    (status = 200, body = TaskView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/tasks/{id}/cancel")]
async fn cancel(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
    body: web::Json<ReasonRequest>,
) -> AppResult<HttpResponse> {
    let cancelled = tasks::cancel(&state.db, &state.live, &user, *id, &body.reason).await?;
    Ok(HttpResponse::Ok().json(cancelled))
}

/// Claim a slot; 409 when full, not open, already claimed, or at the claim limit.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 201, body = ClaimView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/tasks/{id}/claim")]
async fn claim_slot(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    let claimed = state.claims.claim(&user, *id, Utc::now()).await?;
    Ok(HttpResponse::Created().json(claimed))
}

/// Give your slot back.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = TaskView),
    (status = 409, body = Problem),
))]
#[post("/api/v1/tasks/{id}/release")]
async fn release(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::release(&state.db, &state.live, &user, *id).await?))
}

/// Renew your lease on an open-ended task.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = ClaimView),
    (status = 409, body = Problem),
))]
#[post("/api/v1/tasks/{id}/extend")]
async fn extend(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    let claim = tasks::extend(&state.db, &state.live, &user, *id, Utc::now()).await?;
    Ok(HttpResponse::Ok().json(claim))
}

/// Check in: you are there and working.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = ClaimView),
    (status = 409, body = Problem),
))]
#[post("/api/v1/tasks/{id}/check-in")]
async fn check_in(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::check_in(&state.db, &state.live, &user, *id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DoneRequest {
    /// 0.25 to 24.
    pub hours: f64,
    pub note: Option<String>,
}

/// Mark your part done with the hours you gave.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = DoneRequest, responses(
    (status = 200, body = ClaimView),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/tasks/{id}/done")]
async fn done(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<TaskId>,
    body: web::Json<DoneRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    let claim = tasks::done(
        &state.db,
        &state.live,
        &user,
        *id,
        b.hours,
        b.note.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(claim))
}

/// Verify someone else's reported work.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = ClaimView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/claims/{id}/verify")]
async fn verify(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ClaimId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::verify(&state.db, &state.live, &user, *id).await?))
}

/// Send reported work back with a reason.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReasonRequest, responses(
    (status = 200, body = ClaimView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/claims/{id}/reject")]
async fn reject(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ClaimId>,
    body: web::Json<ReasonRequest>,
) -> AppResult<HttpResponse> {
    let claim = tasks::reject(&state.db, &state.live, &user, *id, &body.reason).await?;
    Ok(HttpResponse::Ok().json(claim))
}

/// Work waiting for the caller to verify.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = Vec<QueuedClaim>),
    (status = 403, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/verification-queue")]
async fn verification_queue(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(tasks::verification_queue(&state.db, &user, *id).await?))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct HoursQuery {
    /// `week` (default) or `month`.
    pub period: Option<Period>,
}

/// The neighbourhood's verified volunteer hours (never per person).
#[utoipa::path(tag = "tasks", params(("id" = Uuid, Path), HoursQuery), responses(
    (status = 200, body = NeighbourhoodHours),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/hours")]
async fn hours(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<HoursQuery>,
) -> AppResult<HttpResponse> {
    let period = query.period.unwrap_or_default();
    let summary =
        volunteer_hours::for_neighbourhood(&state.db, viewer.as_ref(), *id, period).await?;
    Ok(HttpResponse::Ok().json(summary))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// `csv` for a spreadsheet, `json` (default) otherwise.
    pub format: Option<HoursFormat>,
}

/// How `hours/people` is answered.
#[derive(Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum HoursFormat {
    Json,
    Csv,
}

/// Everyone's verified hours, for coordinators' records (JSON or CSV).
#[utoipa::path(tag = "tasks", security(("bearer" = [])), params(("id" = Uuid, Path), ExportQuery), responses(
    (status = 200, body = Vec<PersonHours>),
    (status = 403, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/hours/people")]
async fn hours_by_person(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let people = volunteer_hours::by_person(&state.db, &user, *id).await?;
    Ok(match query.format {
        Some(HoursFormat::Csv) => HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                "Content-Disposition",
                "attachment; filename=\"volunteer-hours.csv\"",
            ))
            .body(volunteer_hours::people_csv(&people)?),
        _ => HttpResponse::Ok().json(people),
    })
}

/// Your own verified hours.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), responses((status = 200, body = MyHours)))]
#[get("/api/v1/me/hours")]
async fn my_hours(state: web::Data<AppState>, AuthUser(user): AuthUser) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(volunteer_hours::mine(&state.db, &user).await?))
}

#[derive(Serialize, ToSchema)]
pub struct CalendarLink {
    /// Secret: anyone with it can read your claimed tasks.
    pub url: String,
}

/// A new secret calendar link (the previous one stops working).
#[utoipa::path(tag = "tasks", security(("bearer" = [])), responses((status = 201, body = CalendarLink)))]
#[post("/api/v1/me/calendar")]
async fn new_calendar_link(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
) -> AppResult<HttpResponse> {
    let secret = calendar::rotate(&state.db, &user).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(CalendarLink {
            url: format!(
                "{}{}",
                state.settings.base_url(),
                calendar::path_for(&secret)
            ),
        }))
}

/// Turn the calendar link off.
#[utoipa::path(tag = "tasks", security(("bearer" = [])), responses((status = 204, description = "Turned off")))]
#[delete("/api/v1/me/calendar")]
async fn turn_off_calendar(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
) -> AppResult<HttpResponse> {
    calendar::revoke(&state.db, &user).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A person's claimed tasks as iCalendar, for calendar apps (the link is the secret).
#[utoipa::path(tag = "tasks", params(("token" = String, Path)), responses(
    (status = 200, content_type = "text/calendar", description = "RFC 5545 calendar"),
    (status = 404, body = Problem),
))]
#[get("/api/v1/calendar/{token}.ics")]
async fn calendar_feed(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    // The secret was moved out of the path before logging (`live::session::hide_query_token`).
    let secret = req
        .extensions()
        .get::<crate::live::session::CalendarSecret>()
        .map(|s| s.0.clone())
        .ok_or_else(|| crate::error::AppError::not_found(crate::msg!("not-found-calendar")))?;
    let ics = calendar::feed(&state.db, &secret, &state.settings.base_url()).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Cache-Control", "private, max-age=300"))
        .body(ics))
}
