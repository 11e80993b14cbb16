//! `/api/v1/organisations/{id}/api-keys`: keys for the apps that file Open311 requests.

use actix_web::{delete, get, post, web, HttpResponse};
use entity::ids::OrganisationId;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::{
    auth::AuthUser,
    error::{AppResult, Problem},
    services::organisations::api_keys::{self, ApiKeyView, IssuedApiKey},
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(issue).service(list).service(revoke);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueApiKeyRequest {
    /// What the key is for, e.g. "FixMyStreet"; 2 to 80 characters.
    pub name: String,
}

/// Issue an Open311 API key (the organisation's staff, platform admins). The key is in this
/// answer only.
#[utoipa::path(tag = "open311", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = IssueApiKeyRequest, responses(
    (status = 201, body = IssuedApiKey),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/organisations/{id}/api-keys")]
async fn issue(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
    body: web::Json<IssueApiKeyRequest>,
) -> AppResult<HttpResponse> {
    let issued = api_keys::issue(&state.db, &user, *id, &body.name).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(issued))
}

/// The organisation's API keys, newest first, without the keys themselves.
#[utoipa::path(operation_id = "list_api_keys", tag = "open311", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = Vec<ApiKeyView>),
    (status = 403, body = Problem),
))]
#[get("/api/v1/organisations/{id}/api-keys")]
async fn list(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<OrganisationId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(api_keys::list(&state.db, &user, *id).await?))
}

/// Revoke an API key; requests presenting it are refused from now on.
#[utoipa::path(operation_id = "revoke_api_key", tag = "open311", security(("bearer" = [])), params(("id" = Uuid, Path), ("key_id" = Uuid, Path)), responses(
    (status = 200, body = ApiKeyView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[delete("/api/v1/organisations/{id}/api-keys/{key_id}")]
async fn revoke(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(OrganisationId, Uuid)>,
) -> AppResult<HttpResponse> {
    let (id, key_id) = path.into_inner();
    Ok(HttpResponse::Ok().json(api_keys::revoke(&state.db, &user, id, key_id).await?))
}
