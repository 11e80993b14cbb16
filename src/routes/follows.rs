//! Following an issue by e-mail without an account: `/api/v1/issues/{id}/follows` and the two
//! links of its e-mails, `/api/v1/follows/confirm` and `/api/v1/follows/unsubscribe`. None of them
//! needs an account or reads a cookie.

use actix_web::{post, web, HttpMessage, HttpRequest, HttpResponse};
use entity::ids::IssueId;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::token::digest_opaque_token,
    domain::{
        account::{Email, TimeZone},
        follow::{FollowFrequency, Locale},
    },
    error::{AppError, AppResult, Problem},
    i18n::RequestLocale,
    rate_limit::Limit,
    routes::client_address,
    services::follows::{
        self, FollowAccepted, FollowConfirmed, FollowFrequencyChanged, FollowWish,
    },
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(follow)
        .service(confirm)
        .service(change_frequency)
        .service(unsubscribe);
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowRequest {
    /// Where the updates go. Never shown back, and whether it already follows is never told.
    pub email: String,
    /// The language of the e-mails (default: the request's language).
    #[serde(default)]
    pub locale: Option<Locale>,
    /// A message per change (`immediate`, the default) or at most one a day (`daily`).
    #[serde(default)]
    pub frequency: FollowFrequency,
    /// The follower's IANA time zone (as the browser reports it): a daily message goes in their
    /// morning, not at 3 a.m. Without one, it goes whenever the day's check runs.
    #[serde(default)]
    #[schema(max_length = 64, example = "Europe/Warsaw")]
    pub time_zone: Option<String>,
}

/// Follow an issue by e-mail, without an account. The same 202 whether the address is new,
/// waiting for its confirmation or already following; a confirmation link is e-mailed unless one
/// went out in the last minutes or the address already follows. Only issues anyone may see
/// (a private neighbourhood's answer 404, as `GET /api/v1/issues/{id}` does to outsiders).
#[utoipa::path(operation_id = "follow_issue", tag = "issues", params(("id" = Uuid, Path)), request_body = FollowRequest, responses(
    (status = 202, body = FollowAccepted, description = "Check the inbox for the confirmation link"),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many requests to follow; see Retry-After"),
))]
#[post("/api/v1/issues/{id}/follows")]
async fn follow(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<IssueId>,
    body: web::Json<FollowRequest>,
) -> AppResult<HttpResponse> {
    let email = Email::parse(&body.email).map_err(|m| AppError::invalid("email", m))?;
    let time_zone = body
        .time_zone
        .as_deref()
        .map(TimeZone::parse)
        .transpose()
        .map_err(|m| AppError::invalid("time_zone", m))?;
    // Per address (as a digest: the limiter's store holds no addresses), per issue, per client.
    state
        .limits
        .reserve(&[
            (Limit::FollowAddress, digest_opaque_token(email.as_str())),
            (Limit::FollowIssue, id.to_string()),
            (Limit::FollowClient, client_address(&req, &state)),
        ])
        .await?;
    // The language asked for, else the page's (the request's).
    let wish = FollowWish {
        email,
        locale: body.locale.unwrap_or_else(RequestLocale::current),
        frequency: body.frequency,
        time_zone,
    };
    let mailer = state.mailer.as_ref();
    let accepted = follows::follow(&state.db, mailer, &state.jwt, *id, wish).await?;
    Ok(HttpResponse::Accepted().json(accepted))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmFollowRequest {
    /// The token from the confirmation e-mail's link.
    pub token: String,
}

/// Confirm following an issue, with the token from the confirmation e-mail (repeating is fine).
/// A POST, so a mail scanner that opens the link confirms nothing.
#[utoipa::path(operation_id = "confirm_follow", tag = "issues", request_body = ConfirmFollowRequest, responses(
    (status = 200, body = FollowConfirmed, description = "Updates of this issue will be e-mailed"),
    (status = 400, body = Problem, description = "Not a valid link"),
    (status = 410, body = Problem, description = "The link expired, or the follow ended"),
))]
#[post("/api/v1/follows/confirm")]
async fn confirm(
    state: web::Data<AppState>,
    body: web::Json<ConfirmFollowRequest>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(follows::confirm(&state.db, &state.jwt, &body.token).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowFrequencyRequest {
    /// The token from an update's unsubscribe link.
    pub token: String,
    pub frequency: FollowFrequency,
}

/// Change how often a follow by e-mail hears about its issue, with the token from one of its
/// updates' unsubscribe link: a message per change, or at most one a day.
#[utoipa::path(operation_id = "change_follow_frequency", tag = "issues", request_body = FollowFrequencyRequest, responses(
    (status = 200, body = FollowFrequencyChanged),
    (status = 400, body = Problem, description = "Not a valid link"),
    (status = 410, body = Problem, description = "The link expired, or the follow ended"),
    (status = 422, body = Problem),
))]
#[post("/api/v1/follows/frequency")]
async fn change_frequency(
    state: web::Data<AppState>,
    body: web::Json<FollowFrequencyRequest>,
) -> AppResult<HttpResponse> {
    let changed =
        follows::change_frequency(&state.db, &state.jwt, &body.token, body.frequency).await?;
    Ok(HttpResponse::Ok().json(changed))
}

/// The body of an RFC 8058 one-click unsubscribe.
#[derive(ToSchema)]
pub struct OneClickForm {
    #[schema(rename = "List-Unsubscribe")]
    pub list_unsubscribe: OneClick,
}

#[derive(ToSchema)]
pub enum OneClick {
    #[schema(rename = "One-Click")]
    OneClick,
}

#[derive(Deserialize)]
struct TokenQuery {
    token: String,
}

/// Stop following (RFC 8058 one-click: the e-mail's `List-Unsubscribe` address, posted with the
/// form body `List-Unsubscribe=One-Click`, which is accepted but not required). No account, no
/// cookie; repeating, or an ended follow, answers 204 too.
#[utoipa::path(operation_id = "unsubscribe_follow", tag = "issues", params(("token" = String, Query, description = "The token from the e-mail's unsubscribe link")), request_body(content = OneClickForm, content_type = "application/x-www-form-urlencoded", description = "What mail programs send (optional; not read)"), responses(
    (status = 204, description = "No more e-mail about this issue goes to the address"),
    (status = 400, body = Problem, description = "Not a valid link"),
    (status = 410, body = Problem, description = "The link expired"),
))]
#[post("/api/v1/follows/unsubscribe")]
async fn unsubscribe(req: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    // `live::session::hide_query_token` moved `token` out of the URL before any log saw it.
    let hidden = req
        .extensions()
        .get::<crate::live::session::HiddenQuery>()
        .map(|h| h.0.clone())
        .unwrap_or_default();
    let query = web::Query::<TokenQuery>::from_query(&hidden)
        .map_err(|_| AppError::BadRequest(crate::msg!("follow-link-no-token").into()))?;
    follows::unsubscribe(&state.db, &state.jwt, &query.token).await?;
    Ok(HttpResponse::NoContent().finish())
}
