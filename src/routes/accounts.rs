//! `/api/v1/auth/*` and `/api/v1/me`.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::AuthUser,
    error::{AppResult, Problem},
    i18n::Locale,
    rate_limit::Limit,
    routes::client_address,
    services::accounts::{self, Me, ProfileChange, Registration, TokenPair},
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(register)
        .service(login)
        .service(refresh)
        .service(logout)
        .service(me)
        .service(update_me);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub email: String,
    /// 1 to 80 characters; shown to neighbours.
    pub display_name: String,
    /// At least 10 characters.
    pub password: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    pub display_name: Option<String>,
    /// A new password (at least 10 characters); needs `current_password`.
    pub password: Option<String>,
    pub current_password: Option<String>,
    /// The language pages and e-mails use for this account.
    pub locale: Option<Locale>,
    /// An IANA time zone name ("Europe/Warsaw"), as the browser reports it.
    #[schema(max_length = 64)]
    pub time_zone: Option<String>,
}

/// The answer to a well-formed registration, new address or taken.
#[derive(Serialize, ToSchema)]
pub struct RegistrationAccepted {
    pub message: &'static str,
}

/// Create an account. The answer is the same whether the address was new or already has an
/// account (whose owner is then told by e-mail): sign in next with the same credentials.
#[utoipa::path(tag = "accounts", request_body = RegisterRequest, responses(
    (status = 202, body = RegistrationAccepted),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many accounts from this address; see Retry-After"),
))]
#[post("/api/v1/auth/register")]
async fn register(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<RegisterRequest>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req, &state);
    state.limits.hit(Limit::Registration, address).await?;
    let body = body.into_inner();
    accounts::register(
        &state.db,
        state.mailer.as_ref(),
        &state.limits,
        Registration {
            email: body.email,
            display_name: body.display_name,
            password: body.password,
        },
    )
    .await?;
    Ok(HttpResponse::Accepted().json(RegistrationAccepted {
        message: "Thank you. If this address is new, your account is ready: sign in with it. If it already has an account, sign in with that account's password.",
    }))
}

/// Sign in with e-mail and password.
#[utoipa::path(tag = "accounts", request_body = LoginRequest, responses(
    (status = 200, body = TokenPair),
    (status = 401, body = Problem),
    (status = 429, body = Problem, description = "Too many failed attempts; see Retry-After"),
))]
#[post("/api/v1/auth/login")]
async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<LoginRequest>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req, &state);
    let body = body.into_inner();
    let tokens = accounts::login(
        &state.db,
        &state.limits,
        token_issuer(&state),
        &body.email,
        body.password,
        &address,
    )
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(tokens))
}

/// Exchange a refresh token for a new token pair (the old refresh token is spent).
#[utoipa::path(tag = "accounts", request_body = RefreshRequest, responses(
    (status = 200, body = TokenPair),
    (status = 401, body = Problem),
))]
#[post("/api/v1/auth/refresh")]
async fn refresh(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> AppResult<HttpResponse> {
    let tokens = accounts::refresh(&state.db, token_issuer(&state), &body.refresh_token).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(tokens))
}

/// Sign out: revokes the refresh token and every token from the same sign-in.
#[utoipa::path(tag = "accounts", request_body = RefreshRequest, responses((status = 204)))]
#[post("/api/v1/auth/logout")]
async fn logout(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> AppResult<HttpResponse> {
    accounts::logout(&state.db, &body.refresh_token).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The signed-in user, their memberships and organisations.
#[utoipa::path(tag = "accounts", security(("bearer" = [])), responses(
    (status = 200, body = Me),
    (status = 401, body = Problem),
))]
#[get("/api/v1/me")]
async fn me(state: web::Data<AppState>, AuthUser(user): AuthUser) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(accounts::me(&state.db, user).await?))
}

/// Change display name, password, language or time zone.
#[utoipa::path(tag = "accounts", security(("bearer" = [])), request_body = UpdateMeRequest, responses(
    (status = 200, body = Me),
    (status = 401, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many wrong current passwords; see Retry-After"),
))]
#[patch("/api/v1/me")]
async fn update_me(
    req: HttpRequest,
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    body: web::Json<UpdateMeRequest>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let change = ProfileChange {
        display_name: body.display_name,
        password: body.password,
        current_password: body.current_password,
        locale: body.locale,
        time_zone: body.time_zone,
    };
    let address = client_address(&req, &state);
    let updated = accounts::update_me(&state.db, &state.limits, &address, user, change).await?;
    Ok(HttpResponse::Ok().json(updated))
}

/// The signing keys and refresh-token lifetime the token-issuing services need.
fn token_issuer(state: &AppState) -> accounts::TokenIssuer<'_> {
    accounts::TokenIssuer {
        jwt: &state.jwt,
        refresh_ttl_days: state.settings.refresh_token_ttl_days,
    }
}
