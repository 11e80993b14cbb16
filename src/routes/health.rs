//! Liveness and readiness for load balancers and orchestrators.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::state::AppState;

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(healthz).service(readyz);
}

#[derive(Serialize, ToSchema)]
pub struct Readiness {
    /// `ok` or `unavailable`.
    pub database: &'static str,
    /// `ok`, `unavailable`, or `not_configured`.
    pub redis: &'static str,
}

/// The process is alive.
#[utoipa::path(tag = "operations", responses((status = 200, description = "Alive")))]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database (and Redis, when configured) can be reached.
#[utoipa::path(tag = "operations", responses(
    (status = 200, body = Readiness, description = "Ready to serve"),
    (status = 503, body = Readiness, description = "A dependency is unreachable"),
))]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let database = match state.db.ping().await {
        Ok(()) => "ok",
        Err(error) => {
            tracing::warn!(%error, "readiness: database unreachable");
            "unavailable"
        }
    };
    let redis = match state.redis.clone() {
        None => "not_configured",
        Some(mut conn) => {
            let ping = tokio::time::timeout(
                std::time::Duration::from_secs(2),
                redis::cmd("PING").query_async::<String>(&mut conn),
            )
            .await;
            match ping {
                Ok(Ok(_)) => "ok",
                _ => {
                    tracing::warn!("readiness: Redis unreachable");
                    "unavailable"
                }
            }
        }
    };
    let ready = database == "ok" && redis != "unavailable";
    let body = Readiness { database, redis };
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
