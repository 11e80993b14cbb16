//! `/metrics`: Prometheus text for operators.

use actix_web::{get, web, HttpRequest, HttpResponse};
use secrecy::ExposeSecret;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{error::AppError, state::AppState};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(metrics);
}

/// Prometheus metrics in the text exposition format. When `COMMONGROUND_METRICS_TOKEN` is set,
/// only with `Authorization: Bearer <token>`.
#[utoipa::path(tag = "operations", responses(
    (status = 200, description = "Prometheus text format", content_type = "text/plain"),
    (status = 401, body = crate::error::Problem),
))]
#[get("/metrics")]
async fn metrics(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    if let Some(token) = &state.settings.metrics_token {
        let given = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let expected = token.expose_secret().as_bytes();
        let matches = given.is_some_and(|g| {
            use sha2::{Digest, Sha256};
            // Compare digests, so the time taken says nothing about the token.
            Sha256::digest(g.as_bytes()) == Sha256::digest(expected)
        });
        if !matches {
            return Err(AppError::Unauthenticated(
                crate::msg!("metrics-metrics-need-operators-token").into(),
            ));
        }
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(crate::metrics::render(&state.db)))
}
