//! Settings the web front end reads at start, so operators change them without a rebuild.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    domain::{
        category::MAX_ANSWER_CHARS,
        photo::{MAX_PHOTOS_PER_REPORT, MAX_PHOTO_BYTES},
    },
    error::AppResult,
    services::places,
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(client_config);
}

#[derive(Serialize, ToSchema)]
pub struct MapConfig {
    /// Leaflet tile template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`.
    pub tile_url: String,
    /// Attribution required by the tile provider (plain text).
    pub attribution: String,
}

/// What a report may carry, so the form can say so before sending (the server enforces the same).
#[derive(Serialize, ToSchema)]
pub struct ReportLimits {
    /// Photos one report may have.
    pub photos_per_report: usize,
    /// The largest photo accepted, in bytes.
    pub photo_bytes: usize,
    /// The longest answer to one of a category's questions, in characters.
    pub answer_chars: usize,
}

#[derive(Serialize, ToSchema)]
pub struct ClientConfig {
    pub map: MapConfig,
    /// Radius (metres) of the "is it one of these?" suggestions.
    pub suggest_radius_m: f64,
    /// Hours before a claim's lease lapses when its holder is warned (`task_lease_expiring`);
    /// the front end marks claims lapsing within this window.
    pub lease_warning_hours: i64,
    pub report_limits: ReportLimits,
    /// The attributions of the imported place data (e.g. "© OpenStreetMap contributors"), to be
    /// shown wherever places in words are (ODbL); empty when no places are imported.
    pub place_attributions: Vec<String>,
    /// The site's public address without a trailing slash (`COMMONGROUND_PUBLIC_URL`, else the
    /// bound address): what printed links and QR codes lead to.
    pub public_url: String,
}

/// Front-end settings (public).
#[utoipa::path(tag = "operations", responses((status = 200, body = ClientConfig)))]
#[get("/api/v1/client-config")]
async fn client_config(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let settings = &state.settings;
    let place_attributions = places::attributions(&state.db).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=300"))
        .json(ClientConfig {
            map: MapConfig {
                tile_url: settings.map_tile_url.clone(),
                attribution: settings.map_attribution.clone(),
            },
            suggest_radius_m: settings.suggest_radius_m,
            lease_warning_hours: settings.lease_warning_hours,
            report_limits: ReportLimits {
                photos_per_report: MAX_PHOTOS_PER_REPORT,
                photo_bytes: MAX_PHOTO_BYTES,
                answer_chars: MAX_ANSWER_CHARS,
            },
            place_attributions,
            public_url: settings.base_url(),
        }))
}
