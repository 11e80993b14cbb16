//! The `Idempotency-Key` request header on writes that create something (a report, a photo):
//! read and checked here, honoured by `services::idempotency`, answered back with the stored
//! status and body (`Idempotency-Replayed: true` on a repeat).

use std::future::{ready, Ready};

use actix_web::{dev::Payload, http::StatusCode, FromRequest, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::{
    domain::idempotency::{Fingerprint, IdempotencyKey},
    error::{AppError, AppResult},
    services::idempotency::Answer,
};

pub const HEADER: &str = "Idempotency-Key";
/// What the OpenAPI document says about the header.
pub const DESCRIPTION: &str = "Optional. A key you choose (1 to 255 visible ASCII characters; a \
    UUID is a good key) naming this one request: sending the same request again with the same key \
    within 24 hours answers the first answer again (same status and body) and changes nothing. \
    The same key with a different request is refused (422); a key still being handled answers 409.";

/// The request's idempotency key (if any) and what it asks (method and path), for the fingerprint.
pub struct Idempotency {
    pub key: Option<IdempotencyKey>,
    method_and_path: String,
}

impl Idempotency {
    /// The fingerprint of this request with `body`.
    pub fn fingerprint(&self, body: &[u8]) -> Fingerprint {
        Fingerprint::of(&self.method_and_path, body)
    }

    /// The fingerprint of a JSON request, over its parsed form: the same request sent with
    /// other spacing or field order is the same request.
    pub fn fingerprint_json<T: Serialize>(&self, body: &T) -> AppResult<Fingerprint> {
        let bytes = serde_json::to_vec(body).map_err(|e| AppError::Internal(e.into()))?;
        Ok(self.fingerprint(&bytes))
    }
}

impl FromRequest for Idempotency {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse(req))
    }
}

fn parse(req: &HttpRequest) -> AppResult<Idempotency> {
    let mut values = req.headers().get_all(HEADER);
    let key = match (values.next(), values.next()) {
        (None, _) => None,
        (Some(_), Some(_)) => {
            return Err(AppError::BadRequest(
                format!("Send one {HEADER} header, not several.").into(),
            ))
        }
        (Some(value), None) => {
            let text = value.to_str().map_err(|_| {
                AppError::BadRequest(format!("The {HEADER} header must be visible ASCII.").into())
            })?;
            Some(IdempotencyKey::parse(text).map_err(|m| AppError::BadRequest(m.into()))?)
        }
    };
    Ok(Idempotency {
        key,
        method_and_path: format!("{} {}", req.method(), req.path()),
    })
}

/// `status` with `body` as JSON, ready to be stored and replayed.
pub fn json_answer<T: Serialize>(status: StatusCode, body: &T) -> AppResult<Answer> {
    let body = serde_json::to_string(body).map_err(|e| AppError::Internal(e.into()))?;
    Ok(Answer::fresh(status.as_u16(), body))
}

/// The HTTP answer for a (possibly replayed) stored answer.
pub fn respond(answer: Answer) -> HttpResponse {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::OK);
    let mut response = HttpResponse::build(status);
    response.content_type("application/json");
    if answer.replayed {
        response.insert_header(("Idempotency-Replayed", "true"));
    }
    response.body(answer.body)
}
