//! Categories (service types): `/api/v1/organisations/{id}/categories` and the ones a
//! neighbourhood can report in.

use actix_web::{get, patch, post, web, HttpResponse};
use entity::ids::{CategoryId, NeighbourhoodId, OrganisationId};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::category::Attribute,
    error::{AppResult, Problem},
    services::organisations::categories::{self, CategoryChange, CategoryView, NewCategory},
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(update)
        .service(for_organisation)
        .service(for_neighbourhood);
}

/// Tells an absent field (`None`) from an explicit `null` (`Some(None)`).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Ok(Some(Option::deserialize(d)?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateCategoryRequest {
    /// a-z, 0-9, `_`, `-`; unique per organisation (Open311 `service_code`).
    pub code: String,
    pub name: String,
    pub description: Option<String>,
    pub group: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// 1 to 365.
    pub target_days: Option<i32>,
    /// Extra questions asked with a report.
    #[serde(default)]
    pub attributes: Vec<Attribute>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateCategoryRequest {
    pub name: Option<String>,
    pub description: Option<String>,
    pub group: Option<String>,
    pub keywords: Option<Vec<String>>,
    /// 1 to 365, or null to clear.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub target_days: Option<Option<i32>>,
    pub attributes: Option<Vec<Attribute>>,
}

/// Add a category (the organisation's staff, platform admins).
#[utoipa::path(operation_id = "create_category", tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CreateCategoryRequest, responses(
    (status = 201, body = CategoryView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations/{id}/categories")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    body: web::Json<CreateCategoryRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    let input = NewCategory {
        code: b.code,
        name: b.name,
        description: b.description,
        group: b.group,
        keywords: b.keywords,
        target_days: b.target_days,
        attributes: b.attributes,
    };
    Ok(HttpResponse::Created().json(categories::create(&state.db, &user, *id, input).await?))
}

/// Edit a category (the organisation's staff, platform admins).
#[utoipa::path(operation_id = "update_category", tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateCategoryRequest, responses(
    (status = 200, body = CategoryView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[patch("/api/v1/categories/{id}")]
async fn update(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<CategoryId>,
    body: web::Json<UpdateCategoryRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    let change = CategoryChange {
        name: b.name,
        description: b.description,
        group: b.group,
        keywords: b.keywords,
        target_days: b.target_days,
        attributes: b.attributes,
    };
    Ok(HttpResponse::Ok().json(categories::update(&state.db, &user, *id, change).await?))
}

/// An organisation's categories.
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path)), responses((status = 200, body = Vec<CategoryView>)))]
#[get("/api/v1/organisations/{id}/categories")]
async fn for_organisation(
    state: web::Data<AppState>,
    id: web::Path<OrganisationId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(categories::for_organisation(&state.db, *id).await?))
}

/// The categories residents can report in here (those of the organisations serving it).
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path)), responses(
    (status = 200, body = Vec<CategoryView>),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/categories")]
async fn for_neighbourhood(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .json(categories::for_neighbourhood(&state.db, viewer.as_ref(), *id).await?))
}
