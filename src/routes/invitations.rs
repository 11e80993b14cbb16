//! Invitations to neighbourhoods: coordinators' `/api/v1/neighbourhoods/{id}/invitations` and the
//! invited person's `/api/v1/me/invitations`.

use actix_web::{delete, get, post, web, HttpResponse};
use entity::ids::{InvitationId, NeighbourhoodId};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::AuthUser,
    error::{AppResult, Problem},
    rate_limit::Limit,
    services::{
        neighbourhoods::invitations::{self, InvitationView, MyInvitation},
        neighbourhoods::memberships::MemberView,
    },
    state::AppState,
    support::pagination::{parse_limit, Page, PageQuery},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(create)
        .service(list)
        .service(revoke)
        .service(mine)
        .service(accept)
        .service(decline);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    /// The address to invite; whether an account uses it is never told.
    pub email: String,
}

/// Invite someone by e-mail (coordinators, admins). The answer is the same whether or not an
/// account uses the address, or its owner is already a member.
#[utoipa::path(operation_id = "create_invitation", tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = InviteRequest, responses(
    (status = 202, body = InvitationView, description = "If they accept, they join"),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many invitations; see Retry-After"),
))]
#[post("/api/v1/neighbourhoods/{id}/invitations")]
async fn create(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    body: web::Json<InviteRequest>,
) -> AppResult<HttpResponse> {
    state.limits.hit(Limit::Invitation, user.id).await?;
    let mailer = state.mailer.as_ref();
    let created =
        invitations::create(&state.db, &state.live, mailer, &user, *id, &body.email).await?;
    Ok(HttpResponse::Accepted().json(created))
}

/// Pending invitations of a neighbourhood, oldest first (coordinators, admins).
#[utoipa::path(operation_id = "list_invitations", tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), PageQuery), responses(
    (status = 200, body = Page<InvitationView>),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/invitations")]
async fn list(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let limit = parse_limit(q.limit)?;
    let page = invitations::list_pending(&state.db, &user, *id, q.cursor.as_deref(), limit).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Withdraw a pending invitation (coordinators, admins).
#[utoipa::path(operation_id = "revoke_invitation", tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path), ("invitation_id" = Uuid, Path)), responses(
    (status = 204),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "Already answered or withdrawn"),
    (status = 410, body = Problem, description = "It has lapsed"),
))]
#[delete("/api/v1/neighbourhoods/{id}/invitations/{invitation_id}")]
async fn revoke(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    path: web::Path<(NeighbourhoodId, InvitationId)>,
) -> AppResult<HttpResponse> {
    let (id, invitation) = path.into_inner();
    invitations::revoke(&state.db, &state.live, &user, id, invitation).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Your pending invitations (to the address of your account), oldest first.
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(PageQuery), responses(
    (status = 200, body = Page<MyInvitation>),
    (status = 401, body = Problem),
))]
#[get("/api/v1/me/invitations")]
async fn mine(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let limit = parse_limit(q.limit)?;
    let page = invitations::mine(&state.db, &user, q.cursor.as_deref(), limit).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Accept an invitation: you become an active member.
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = MemberView),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "Already answered or withdrawn"),
    (status = 410, body = Problem, description = "It has lapsed"),
))]
#[post("/api/v1/me/invitations/{id}/accept")]
async fn accept(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<InvitationId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(invitations::accept(&state.db, &state.live, &user, *id).await?))
}

/// Decline an invitation.
#[utoipa::path(tag = "neighbourhoods", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "Already answered or withdrawn"),
    (status = 410, body = Problem, description = "It has lapsed"),
))]
#[post("/api/v1/me/invitations/{id}/decline")]
async fn decline(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<InvitationId>,
) -> AppResult<HttpResponse> {
    invitations::decline(&state.db, &state.live, &user, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
