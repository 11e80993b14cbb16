//! `/api/v1/neighbourhoods` and their members.

use actix_web::{delete, get, patch, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use entity::ids::{NeighbourhoodId, UserId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::{
        geo::GeoPoint,
        membership::{MembershipStatus, Role},
        neighbourhood::{JoinPolicy, Visibility},
    },
    error::{AppError, AppResult, Problem},
    rate_limit::Limit,
    services::{
        neighbourhoods::memberships::{self, MemberFilter, MemberView, Suspension},
        neighbourhoods::{
            self, EventPage, NeighbourhoodChange, NeighbourhoodView, NewNeighbourhood, Search,
        },
    },
    state::AppState,
    support::pagination::{parse_limit, Page},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(list)
        .service(get_one)
        .service(leaflet_qr)
        .service(events)
        .service(update)
        .service(join)
        .service(leave)
        .service(list_members)
        .service(approve_member)
        .service(change_member)
        .service(suspend_member)
        .service(reinstate_member)
        .service(remove_member);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateNeighbourhoodRequest {
    /// 3 to 80 characters.
    pub name: String,
    /// Plain text, up to 2000 characters.
    pub description: Option<String>,
    /// Centre of a circular neighbourhood (with `radius_m`).
    pub center: Option<GeoPoint>,
    /// 50 to 20000 metres.
    pub radius_m: Option<f64>,
    /// A GeoJSON Polygon, instead of `center` and `radius_m`.
    #[schema(value_type = Option<Object>)]
    pub boundary: Option<serde_json::Value>,
    /// Default `public`.
    pub visibility: Option<Visibility>,
    /// Default `open`.
    pub join_policy: Option<JoinPolicy>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateNeighbourhoodRequest {
    pub name: Option<String>,
    pub description: Option<String>,
    pub visibility: Option<Visibility>,
    pub join_policy: Option<JoinPolicy>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    /// Part of the name, case-insensitive.
    pub q: Option<String>,
    /// `lat,lon`: sort by distance from this point (within 50 km).
    pub near: Option<String>,
    /// `lat,lon`: only neighbourhoods whose area (circle or drawn boundary) contains this point,
    /// e.g. a place found by `GET /api/v1/places/search`.
    pub covers: Option<String>,
    pub cursor: Option<String>,
    /// 1 to 100, default 20.
    pub limit: Option<u64>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct MembersQuery {
    /// `active` (default), `pending` (coordinators only) or `suspended`.
    pub status: Option<MembershipStatus>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeMemberRequest {
    pub role: Role,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuspendRequest {
    /// When the suspension ends (within 365 days).
    pub until: DateTime<Utc>,
    /// Told to the member; 1 to 500 characters.
    pub reason: String,
}

/// Create a neighbourhood; you become its coordinator.
#[utoipa::path(operation_id = "create_neighbourhood", tag = "neighbourhoods", security(("bearer" = [])), request_body = CreateNeighbourhoodRequest, responses(
    (status = 201, body = NeighbourhoodView),
    (status = 401, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many neighbourhoods created; see Retry-After"),
))]
#[post("/api/v1/neighbourhoods")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    body: web::Json<CreateNeighbourhoodRequest>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Neighbourhood, user.id).await?;
    let b = body.into_inner();
    let input = NewNeighbourhood {
        name: b.name,
        description: b.description,
        center: b.center,
        radius_m: b.radius_m,
        boundary: b.boundary,
        visibility: b.visibility,
        join_policy: b.join_policy,
    };
    let created = neighbourhoods::create(&state.db, &state.live, &user, input).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Find neighbourhoods by name, near a point, or covering a point.
#[utoipa::path(operation_id = "list_neighbourhoods", tag = "neighbourhoods", params(ListQuery), responses(
    (status = 200, body = Page<NeighbourhoodView>),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods")]
async fn list(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let near = query
        .near
        .as_deref()
        .map(GeoPoint::parse_pair)
        .transpose()
        .map_err(|m| AppError::invalid("near", m))?;
    let covers = query
        .covers
        .as_deref()
        .map(GeoPoint::parse_pair)
        .transpose()
        .map_err(|m| AppError::invalid("covers", m))?;
    let search = Search {
        q: query.q,
        near,
        covers,
        cursor: query.cursor,
        limit: parse_limit(query.limit)?,
    };
    Ok(HttpResponse::Ok().json(neighbourhoods::list(&state.db, viewer.as_ref(), search).await?))
}

/// One neighbourhood (private ones only to members, who otherwise get 404).
#[utoipa::path(operation_id = "get_neighbourhood", tag = "neighbourhoods", params(("id" = Uuid, Path)), responses(
    (status = 200, body = NeighbourhoodView),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(neighbourhoods::get(&state.db, viewer.as_ref(), *id).await?))
}

/// The QR code of the neighbourhood's printable leaflet, as SVG: it leads to the neighbourhood's
/// page on this site. For its coordinators and platform admins.
#[utoipa::path(tag = "neighbourhoods", params(("id" = Uuid, Path)), responses(
    (status = 200, content_type = "image/svg+xml", body = String, description = "The QR code"),
    (status = 401, body = Problem),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/leaflet/qr.svg")]
async fn leaflet_qr(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    let base_url = state.settings.base_url();
    let svg = neighbourhoods::leaflet_qr(&state.db, &user, *id, &base_url).await?;
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        // Opened on its own, the drawing may not run or load anything.
        .insert_header(("Content-Security-Policy", "default-src 'none'; sandbox"))
        .insert_header(("Cache-Control", "private, max-age=3600"))
        .body(svg))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    /// The last seq already seen (default 0: from the start of the kept history).
    pub since: Option<i64>,
    /// 1 to 500, default 100.
    pub limit: Option<u64>,
}

/// The neighbourhood's event log after `since`, oldest first: the activity feed and the HTTP
/// fallback of the live WebSocket.
#[utoipa::path(tag = "neighbourhoods", params(("id" = Uuid, Path), EventsQuery), responses(
    (status = 200, body = EventPage),
    (status = 404, body = Problem),
    (status = 410, body = Problem, description = "That history is no longer kept; reload"),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/events")]
async fn events(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<EventsQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let page = neighbourhoods::events(
        &state.db,
        viewer.as_ref(),
        *id,
        q.since.unwrap_or(0),
        q.limit.unwrap_or(100),
    )
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Edit a neighbourhood (coordinators).
#[utoipa::path(operation_id = "update_neighbourhood", tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateNeighbourhoodRequest, responses(
    (status = 200, body = NeighbourhoodView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[patch("/api/v1/neighbourhoods/{id}")]
async fn update(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    body: web::Json<UpdateNeighbourhoodRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    let change = NeighbourhoodChange {
        name: b.name,
        description: b.description,
        visibility: b.visibility,
        join_policy: b.join_policy,
    };
    Ok(HttpResponse::Ok()
        .json(neighbourhoods::update(&state.db, &state.live, &user, *id, change).await?))
}

/// Join (open neighbourhoods) or ask to join (approval neighbourhoods).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = MemberView, description = "`status` is `active` or `pending`"),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "Already a member or already asked"),
))]
#[post("/api/v1/neighbourhoods/{id}/join")]
async fn join(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(memberships::join(&state.db, &state.live, &user, *id).await?))
}

/// Leave, or withdraw a pending request.
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "The last coordinator cannot leave while others remain"),
))]
#[post("/api/v1/neighbourhoods/{id}/leave")]
async fn leave(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    memberships::leave(&state.db, &state.live, &user, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Members, in joining order.
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), MembersQuery), responses(
    (status = 200, body = Page<MemberView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/members")]
async fn list_members(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<MembersQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let filter = MemberFilter {
        status: q.status,
        cursor: q.cursor,
        limit: parse_limit(q.limit)?,
    };
    Ok(HttpResponse::Ok().json(memberships::list(&state.db, &user, *id, filter).await?))
}

/// Approve a pending request (coordinators).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), responses(
    (status = 200, body = MemberView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/members/{user_id}/approve")]
async fn approve_member(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, UserId)>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    Ok(HttpResponse::Ok()
        .json(memberships::approve(&state.db, &state.live, &user, id, member).await?))
}

/// Change a member's role (coordinators).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), request_body = ChangeMemberRequest, responses(
    (status = 200, body = MemberView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[patch("/api/v1/neighbourhoods/{id}/members/{user_id}")]
async fn change_member(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, UserId)>,
    body: web::Json<ChangeMemberRequest>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    Ok(HttpResponse::Ok()
        .json(memberships::set_role(&state.db, &state.live, &user, id, member, body.role).await?))
}

/// Suspend a member until a given time (coordinators).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), request_body = SuspendRequest, responses(
    (status = 200, body = MemberView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/members/{user_id}/suspend")]
async fn suspend_member(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, UserId)>,
    body: web::Json<SuspendRequest>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    let b = body.into_inner();
    let suspension = Suspension {
        until: b.until,
        reason: b.reason,
    };
    Ok(HttpResponse::Ok()
        .json(memberships::suspend(&state.db, &state.live, &user, id, member, suspension).await?))
}

/// End a suspension early (coordinators).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), responses(
    (status = 200, body = MemberView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/neighbourhoods/{id}/members/{user_id}/reinstate")]
async fn reinstate_member(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, UserId)>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    Ok(HttpResponse::Ok()
        .json(memberships::reinstate(&state.db, &state.live, &user, id, member).await?))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RemoveQuery {
    /// Why (kept in the moderation log), up to 500 characters.
    pub reason: Option<String>,
}

/// Remove a member, or reject a pending request (coordinators).
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path), RemoveQuery), responses(
    (status = 204),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[delete("/api/v1/neighbourhoods/{id}/members/{user_id}")]
async fn remove_member(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, UserId)>,
    query: web::Query<RemoveQuery>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    let reason = query.into_inner().reason;
    memberships::remove(&state.db, &state.live, &user, id, member, reason).await?;
    Ok(HttpResponse::NoContent().finish())
}
