//! Categories (service types): `/api/v1/organisations/{id}/categories` and the ones a
//! neighbourhood can report in.

use actix_web::{get, post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::{
    auth::{AuthUser, MaybeUser},
    error::{AppResult, Problem},
    services::categories::{self, CategoryView, NewCategory},
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(for_organisation)
        .service(for_neighbourhood);
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
}

/// Add a category (the organisation's staff, platform admins).
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CreateCategoryRequest, responses(
    (status = 201, body = CategoryView),
    (status = 403, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations/{id}/categories")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<Uuid>,
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
    };
    Ok(HttpResponse::Created().json(categories::create(&state.db, &user, *id, input).await?))
}

/// An organisation's categories.
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path)), responses((status = 200, body = Vec<CategoryView>)))]
#[get("/api/v1/organisations/{id}/categories")]
async fn for_organisation(
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
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
    id: web::Path<Uuid>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .json(categories::for_neighbourhood(&state.db, viewer.as_ref(), *id).await?))
}
