//! Reports and shared issues: `/api/v1/neighbourhoods/{id}/reports`, `.../issues`,
//! `/api/v1/issues/{id}`.

use actix_web::{delete, get, http::StatusCode, post, put, web, HttpResponse};
use entity::ids::{CategoryId, IssueId, NeighbourhoodId, ReportId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::account::Email,
    domain::{
        geo::{BoundingBox, GeoPoint},
        issue::IssueStatus,
    },
    error::{AppError, AppResult, Problem},
    i18n::RequestLocale,
    rate_limit::Limit,
    routes::idempotency::{self, Idempotency},
    services::{
        self,
        issues::{
            self, IssueDetail, IssueFilter, IssueSort, IssueView, NearbyIssue, NewReport,
            OnBehalfOf, ReportOutcome,
        },
    },
    state::AppState,
    support::pagination::{parse_limit, Page},
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(report)
        .service(nearby)
        .service(list)
        .service(get_one)
        .service(support)
        .service(set_status)
        .service(reopen)
        .service(merge)
        .service(set_location)
        .service(erase_neighbour);
}

// Serialize: the idempotency fingerprint is taken over the parsed request.
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    #[schema(value_type = Uuid)]
    pub category_id: CategoryId,
    /// Inside the neighbourhood. Give this, or `address` for people who cannot use a map.
    pub location: Option<GeoPoint>,
    /// Where it is, in words ("3 Mill Lane"; at most 300 characters). Without `location`, the
    /// gazetteer places the report at the best match inside the neighbourhood and it pools like
    /// a located one; when nothing matches it still files, and its issue says
    /// `place_not_found` (a coordinator places it).
    pub address: Option<String>,
    /// Plain text, 1 to 4000 characters.
    pub description: String,
    /// Show my name publicly (default false).
    #[serde(default)]
    pub show_name: bool,
    /// Add to this existing issue (from the nearby suggestions) instead of pooling automatically.
    #[schema(value_type = Option<Uuid>)]
    pub issue_id: Option<IssueId>,
    /// Answers to the category's questions, by question code.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// Reporting for a neighbour who has no account: they count as the supporter (not you),
    /// and you are told of changes to pass on. Their details are seen only by the
    /// neighbourhood's coordinators and the serving organisation's staff.
    pub on_behalf_of: Option<OnBehalfOfRequest>,
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OnBehalfOfRequest {
    /// What to call them (1 to 80 characters).
    pub display_name: String,
    /// Must be true: they agreed that you report this for them (recorded as you, now).
    pub consent: bool,
    /// Their e-mail, if they want updates by e-mail.
    pub email: Option<String>,
    /// Their phone number, if they want to be called back (digits, spaces and + ( ) - .).
    pub phone: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct NearbyQuery {
    pub lat: f64,
    pub lon: f64,
    /// The category being reported: its issues come first.
    #[param(value_type = Option<Uuid>)]
    pub category: Option<CategoryId>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct IssuesQuery {
    pub status: Option<IssueStatus>,
    #[param(value_type = Option<Uuid>)]
    pub category: Option<CategoryId>,
    /// `min_lon,min_lat,max_lon,max_lat` (the GeoJSON order).
    pub bbox: Option<String>,
    /// Words from the reports' descriptions.
    pub q: Option<String>,
    /// `false`: only issues whose place was not found (reported by an address the gazetteer
    /// could not place); `true`: only placed ones.
    pub placed: Option<bool>,
    /// `newest` (default), `impact` or `oldest_unresolved`; the last two list active issues only.
    pub sort: Option<IssueSort>,
    /// `json` (default) or `geojson` (a FeatureCollection of the page's located issues).
    pub format: Option<ListFormat>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

#[derive(Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ListFormat {
    Json,
    Geojson,
}

/// Parses `min_lon,min_lat,max_lon,max_lat`.
fn parse_bbox(raw: &str) -> Result<BoundingBox, AppError> {
    let invalid = || AppError::invalid("bbox", crate::msg!("issue-must-min-lon-min-lat"));
    if raw.chars().count() > crate::domain::geo::MAX_COORDINATES_CHARS {
        return Err(invalid());
    }
    let numbers: Vec<f64> = raw
        .split(',')
        .map(|n| n.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| invalid())?;
    let [min_lon, min_lat, max_lon, max_lat] = numbers[..] else {
        return Err(invalid());
    };
    let (low, high) = (
        GeoPoint::parse(min_lat, min_lon).map_err(|_| invalid())?,
        GeoPoint::parse(max_lat, max_lon).map_err(|_| invalid())?,
    );
    if low.lat > high.lat || low.lon > high.lon {
        return Err(invalid());
    }
    Ok(BoundingBox {
        min_lat: low.lat,
        max_lat: high.lat,
        min_lon: low.lon,
        max_lon: high.lon,
    })
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    pub status: IssueStatus,
    /// Public note, required (1 to 2000 characters).
    pub note: String,
}

/// Report a problem; it pools into a shared issue where one exists.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path),
    ("Idempotency-Key" = Option<String>, Header, description = idempotency::DESCRIPTION)),
    request_body = ReportRequest, responses(
    (status = 201, body = ReportOutcome),
    (status = 400, body = Problem),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
    (status = 429, body = Problem, description = "Too many reports; see Retry-After"),
))]
#[post("/api/v1/neighbourhoods/{id}/reports")]
async fn report(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NeighbourhoodId>,
    request: Idempotency,
    body: web::Json<ReportRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    let fingerprint = request.fingerprint_json(&b)?;
    let neighbour_email = b.on_behalf_of.as_ref().and_then(|n| n.email.clone());
    let answer = services::idempotency::once(
        &state.db,
        user.id,
        request.key.as_ref(),
        &fingerprint,
        || async {
            // Inside: a repeat answered from the stored answer costs no report.
            state.limits.hit(Limit::Report, user.id).await?;
            let input = NewReport {
                category_id: b.category_id,
                location: b.location,
                address: b.address,
                description: b.description,
                show_name: b.show_name,
                issue_id: b.issue_id,
                answers: b.answers,
                on_behalf_of: b.on_behalf_of.map(|n| OnBehalfOf {
                    display_name: n.display_name,
                    consent: n.consent,
                    email: n.email,
                    phone: n.phone,
                }),
            };
            let radii = state.settings.pooling();
            let outcome = issues::report(&state.db, &state.live, radii, &user, *id, input).await?;
            follow_for_neighbour(&state, neighbour_email.as_deref(), outcome.issue.id).await;
            idempotency::json_answer(StatusCode::CREATED, &outcome)
        },
    )
    .await?;
    Ok(idempotency::respond(answer))
}

/// A neighbour reported for who gave an e-mail address asks, through the member, to hear about
/// the issue: they get the same double opt-in as anyone following by e-mail, in the member's
/// language. A private neighbourhood's issue cannot be followed by e-mail; then the member alone
/// passes updates on (they are reminded on every change). The report stands either way.
async fn follow_for_neighbour(state: &AppState, email: Option<&str>, issue_id: IssueId) {
    let Some(email) = email.and_then(|raw| Email::parse(raw).ok()) else {
        return;
    };
    let wish = services::follows::FollowWish {
        email,
        locale: RequestLocale::current(),
        // Each change as it happens: the member passes updates on that way too.
        frequency: Default::default(),
        time_zone: None,
    };
    let mailer = state.mailer.as_ref();
    if let Err(error) =
        services::follows::follow(&state.db, mailer, &state.jwt, issue_id, wish).await
    {
        tracing::debug!(%error, %issue_id, "the neighbour's address could not follow the issue");
    }
}

/// Active issues near a point ("is it one of these?"; 150 m by default), the same category first,
/// then nearest; at most 20.
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path), NearbyQuery), responses(
    (status = 200, body = Vec<NearbyIssue>),
    (status = 404, body = Problem),
    (status = 422, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/issues/nearby")]
async fn nearby(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<NearbyQuery>,
) -> AppResult<HttpResponse> {
    let at = GeoPoint::parse(query.lat, query.lon).map_err(|m| AppError::invalid("lat", m))?;
    let radii = state.settings.pooling();
    let found = issues::nearby(&state.db, radii, viewer.as_ref(), *id, at, query.category).await?;
    Ok(HttpResponse::Ok().json(found))
}

/// A neighbourhood's issues, newest first.
#[utoipa::path(operation_id = "list_issues", tag = "issues", params(("id" = Uuid, Path), IssuesQuery), responses(
    (status = 200, body = Page<IssueView>),
    (status = 404, body = Problem),
))]
#[get("/api/v1/neighbourhoods/{id}/issues")]
async fn list(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<NeighbourhoodId>,
    query: web::Query<IssuesQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let filter = IssueFilter {
        status: q.status,
        category_id: q.category,
        bbox: q.bbox.as_deref().map(parse_bbox).transpose()?,
        q: q.q,
        placed: q.placed,
        sort: q.sort.unwrap_or_default(),
        cursor: q.cursor,
        limit: parse_limit(q.limit)?,
    };
    let page = issues::list(&state.db, viewer.as_ref(), *id, filter).await?;
    Ok(match q.format {
        Some(ListFormat::Geojson) => HttpResponse::Ok()
            .content_type("application/geo+json")
            .json(issues::to_geojson(&page.items)),
        _ => HttpResponse::Ok().json(page),
    })
}

/// One issue with its reports and public timeline.
#[utoipa::path(operation_id = "get_issue", tag = "issues", params(("id" = Uuid, Path)), responses(
    (status = 200, body = IssueDetail),
    (status = 404, body = Problem),
))]
#[get("/api/v1/issues/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<IssueId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(issues::get(&state.db, viewer.as_ref(), *id).await?))
}

/// "Affects me too".
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = IssueView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/issues/{id}/support")]
async fn support(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<IssueId>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(issues::support(&state.db, &state.live, &user, *id).await?))
}

/// Change the status with a public note (service managers, coordinators); every supporter is told.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = StatusRequest, responses(
    (status = 200, body = IssueView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/issues/{id}/status")]
async fn set_status(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<IssueId>,
    body: web::Json<StatusRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    Ok(HttpResponse::Ok()
        .json(issues::set_status(&state.db, &state.live, &user, *id, b.status, &b.note).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenRequest {
    /// What is still wrong (optional, up to 2000 characters).
    pub note: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeRequest {
    /// The issue this one duplicates.
    #[schema(value_type = Uuid)]
    pub into: IssueId,
    /// Public note, required.
    pub note: String,
}

/// "Still a problem": a supporter reopens an issue resolved in the last 30 days; managers are told.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReopenRequest, responses(
    (status = 200, body = IssueView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
))]
#[post("/api/v1/issues/{id}/reopen")]
async fn reopen(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<IssueId>,
    body: web::Json<ReopenRequest>,
) -> AppResult<HttpResponse> {
    Ok(HttpResponse::Ok()
        .json(issues::reopen(&state.db, &state.live, &user, *id, body.note.as_deref()).await?))
}

/// Merge this issue into another (coordinators, service managers): reports and supporters move;
/// this one becomes `duplicate` and points to the other. Answers the target issue.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = MergeRequest, responses(
    (status = 200, body = IssueView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem),
    (status = 422, body = Problem),
))]
#[post("/api/v1/issues/{id}/merge")]
async fn merge(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<IssueId>,
    body: web::Json<MergeRequest>,
) -> AppResult<HttpResponse> {
    let b = body.into_inner();
    Ok(HttpResponse::Ok()
        .json(issues::merge(&state.db, &state.live, &user, *id, b.into, &b.note).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LocationRequest {
    /// Inside the issue's neighbourhood.
    pub location: GeoPoint,
}

/// Place an issue whose address could not be placed ("place not found"); coordinators and
/// service managers. Its place in words is computed and everyone watching sees `issue.placed`.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = LocationRequest, responses(
    (status = 200, body = IssueView),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
    (status = 409, body = Problem, description = "The issue has a point already"),
    (status = 422, body = Problem),
))]
#[put("/api/v1/issues/{id}/location")]
async fn set_location(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<IssueId>,
    body: web::Json<LocationRequest>,
) -> AppResult<HttpResponse> {
    let at = body.into_inner().location;
    let placed = issues::placing::set_location(&state.db, &state.live, &user, *id, at).await?;
    Ok(HttpResponse::Ok().json(placed))
}

/// Remove, on their request, the name and contact of the neighbour a report was made for
/// (the neighbourhood's coordinators). The report, the fact that it was made for a neighbour and
/// the support count stay; the moderation log records it without the details.
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path, description = "The report")), responses(
    (status = 204, description = "Erased (or erased already)"),
    (status = 403, body = Problem),
    (status = 404, body = Problem),
))]
#[delete("/api/v1/reports/{id}/neighbour")]
async fn erase_neighbour(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ReportId>,
) -> AppResult<HttpResponse> {
    issues::assisted::erase(&state.db, &state.live, &user, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
