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
    /// Where photos are kept: `local` (the data folder) or, with `COMMONGROUND_STORAGE_URL`,
    /// `ok` or `unavailable` for the object store.
    pub photo_storage: &'static str,
}

/// The process is alive.
#[utoipa::path(tag = "operations", responses((status = 200, description = "Alive")))]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database (and Redis and the photo object store, when configured) can be reached.
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
    let photo_storage = if !state.files.is_shared() {
        "local"
    } else {
        match state.files.check(std::time::Duration::from_secs(2)).await {
            Ok(()) => "ok",
            Err(error) => {
                // The error names the store and what failed, never the credentials.
                tracing::warn!(error = %format!("{error:#}"), "readiness: photo storage unreachable");
                "unavailable"
            }
        }
    };
    let ready = database == "ok" && redis != "unavailable" && photo_storage != "unavailable";
    let body = Readiness {
        database,
        redis,
        photo_storage,
    };
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
