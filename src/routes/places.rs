//! The gazetteer over HTTP: `GET /api/v1/places/search` for the front end's place box (a
//! street, an address, a postcode, a named place). Public, like the directory it serves.

use actix_web::{get, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    domain::{
        geo::GeoPoint,
        places::{MAX_QUERY_CHARS, MAX_RESULTS},
    },
    error::{AppError, AppResult, Problem},
    services::places::{self, PlaceMatch},
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(search);
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    /// What the person typed: a street, an address, a postcode or a place name (the last word
    /// may be unfinished). 1 to 100 characters.
    pub q: String,
    /// `lat,lon`: prefer matches near this point.
    pub near: Option<String>,
    /// 1 to 10, default 5.
    pub limit: Option<u64>,
}

#[derive(Serialize, ToSchema)]
pub struct PlaceSearchResult {
    /// Best first.
    pub matches: Vec<PlaceMatch>,
    /// What the data's licences ask to be shown with it ("© OpenStreetMap contributors").
    pub attribution: Vec<String>,
}

/// Places matching what was typed, best first.
#[utoipa::path(operation_id = "search_places", tag = "places", params(SearchQuery), responses(
    (status = 200, body = PlaceSearchResult),
    (status = 422, body = Problem),
))]
#[get("/api/v1/places/search")]
async fn search(
    state: web::Data<AppState>,
    query: web::Query<SearchQuery>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let q = query.q.trim();
    if q.is_empty() || q.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::invalid(
            "q",
            crate::msg!("issue-must-1-max-characters", max = MAX_QUERY_CHARS),
        ));
    }
    let near = query
        .near
        .as_deref()
        .map(GeoPoint::parse_pair)
        .transpose()
        .map_err(|m| AppError::invalid("near", m))?;
    let limit = query.limit.unwrap_or(5);
    if !(1..=MAX_RESULTS).contains(&limit) {
        return Err(AppError::invalid(
            "limit",
            crate::msg!("task-must-1-max", max = MAX_RESULTS),
        ));
    }
    let matches = places::search(&state.db, q, near.map(|p| (p.lat, p.lon)), limit).await?;
    let attribution = places::attributions(&state.db).await?;
    Ok(HttpResponse::Ok().json(PlaceSearchResult {
        matches,
        attribution,
    }))
}
