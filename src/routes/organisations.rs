//! `/api/v1/organisations`: public-service bodies, their staff and the neighbourhoods they serve.

use actix_web::{delete, get, post, put, web, HttpResponse};
use entity::ids::{NeighbourhoodId, OrganisationId, UserId};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::AuthUser,
    error::{AppResult, Problem},
    services::organisations::{self, OrganisationView, StaffView},
    state::AppState,
    support::pagination::{parse_limit, Page, PageQuery},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(list)
        .service(get_one)
        .service(list_staff)
        .service(add_staff)
        .service(remove_staff)
        .service(serve)
        .service(stop_serving);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganisationRequest {
    /// 3 to 80 characters.
    pub name: String,
    pub description: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddStaffRequest {
    /// E-mail address of an existing account.
    pub email: String,
}

/// Create an organisation (platform admins).
#[utoipa::path(operation_id = "create_organisation", tag = "organisations", security(("bearer" = [])), request_body = CreateOrganisationRequest, responses(
    (status = 201, body = OrganisationView),
    (status = 403, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    body: web::Json<CreateOrganisationRequest>,
) -> AppResult<HttpResponse> {
    let created =
        organisations::create(&state.db, &user, &body.name, body.description.as_deref()).await?;
    Ok(HttpResponse::Created().json(created))
}

/// All organisations, by name.
#[utoipa::path(operation_id = "list_organisations", tag = "organisations", params(PageQuery), responses((status = 200, body = Page<OrganisationView>)))]
#[get("/api/v1/organisations")]
async fn list(state: web::Data<AppState>, query: web::Query<PageQuery>) -> AppResult<HttpResponse> {
    let page = organisations::list(
        &state.db,
        query.cursor.as_deref(),
        parse_limit(query.limit)?,
    )
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One organisation and the public neighbourhoods it serves.
#[utoipa::path(operation_id = "get_organisation", tag = "organisations", params(("id" = Uuid, Path)), responses(
    (status = 200, body = OrganisationView),
    (status = 404, body = Problem),
))]
#[get("/api/v1/organisations/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    id: web::Path<OrganisationId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(organisations::get(&state.db, *id).await?))
}

/// The organisation's staff (its own staff and platform admins).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery), responses(
    (status = 200, body = Page<StaffView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/organisations/{id}/staff")]
async fn list_staff(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page = organisations::list_staff(
        &state.db,
        &user,
        *id,
        query.cursor.as_deref(),
        parse_limit(query.limit)?,
    )
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Add a staff member by e-mail (platform admins).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AddStaffRequest, responses(
    (status = 201, body = StaffView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations/{id}/staff")]
async fn add_staff(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    body: web::Json<AddStaffRequest>,
) -> AppResult<HttpResponse> {
    let added = organisations::add_staff(&state.db, &user, *id, &body.email).await?;
    Ok(HttpResponse::Created().json(added))
}

/// Remove a staff member (platform admins).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), responses(
    (status = 204),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[delete("/api/v1/organisations/{id}/staff/{user_id}")]
async fn remove_staff(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(OrganisationId, UserId)>,
) -> AppResult<HttpResponse> {
    let (id, member) = path.into_inner();
    organisations::remove_staff(&state.db, &state.live, &user, id, member).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Record that the organisation serves a neighbourhood (platform admins). Idempotent.
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), ("neighbourhood_id" = Uuid, Path)), responses(
    (status = 204),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[put("/api/v1/organisations/{id}/neighbourhoods/{neighbourhood_id}")]
async fn serve(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(OrganisationId, NeighbourhoodId)>,
) -> AppResult<HttpResponse> {
    let (id, neighbourhood) = path.into_inner();
    organisations::serve(&state.db, &state.live, &user, id, neighbourhood).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Stop serving a neighbourhood (platform admins).
#[utoipa::path(tag = "organisations", security(("bearer" = [])), params(("id" = Uuid, Path), ("neighbourhood_id" = Uuid, Path)), responses(
    (status = 204),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[delete("/api/v1/organisations/{id}/neighbourhoods/{neighbourhood_id}")]
async fn stop_serving(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(OrganisationId, NeighbourhoodId)>,
) -> AppResult<HttpResponse> {
    let (id, neighbourhood) = path.into_inner();
    organisations::stop_serving(&state.db, &state.live, &user, id, neighbourhood).await?;
    Ok(HttpResponse::NoContent().finish())
}
