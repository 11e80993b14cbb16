//! `/open311/v2/`: Open311 GeoReport v2, in JSON and XML (`.json` / `.xml` on every path).
//!
//! Handlers parse parameters themselves (an empty parameter counts as absent) and answer errors
//! in the specification's own format, `[{"code":..,"description":..}]` or
//! `<errors><error>..</error></errors>`, rather than problem+json.

use std::fmt;

use actix_web::{
    get, http::StatusCode, post, web, HttpMessage, HttpRequest, HttpResponse, ResponseError,
};
use serde_json::Value;
use utoipa_actix_web::service_config::ServiceConfig;

use entity::organisation;

use crate::{
    auth::token::digest_opaque_token,
    domain::open311::{errors, Format, Params},
    error::AppError,
    rate_limit::Limit,
    services::open311,
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(discovery)
        .service(services)
        .service(service_definition)
        .service(create_request)
        .service(requests)
        .service(request)
        .service(token);
}

/// An error answered in the specification's format.
#[derive(Debug)]
pub struct Open311Error {
    format: Format,
    error: AppError,
}

impl fmt::Display for Open311Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl ResponseError for Open311Error {
    fn status_code(&self) -> StatusCode {
        match &self.error {
            AppError::Validation(_)
            | AppError::Conflict(_)
            | AppError::UnsupportedMediaType { .. } => StatusCode::BAD_REQUEST,
            AppError::Unauthenticated(_) => StatusCode::FORBIDDEN,
            AppError::Gone(_) => StatusCode::NOT_FOUND,
            other => other.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let descriptions = match &self.error {
            AppError::Validation(fields) => fields
                .iter()
                .map(|(field, messages)| {
                    format!("{field} {}", crate::i18n::render_all(messages, "; "))
                })
                .collect(),
            other => vec![other.problem().detail],
        };
        if self.status_code().is_server_error() {
            // Logs the cause exactly as every other 5xx is logged.
            let _ = self.error.error_response();
        }
        let mut response = HttpResponse::build(self.status_code());
        if let AppError::TooManyRequests { retry_after_secs } = &self.error {
            response.insert_header(("Retry-After", retry_after_secs.to_string()));
        }
        response
            .content_type(self.format.content_type())
            .body(self.format.render(
                "errors",
                &errors(self.status_code().as_u16(), &descriptions),
            ))
    }
}

type Open311Result = Result<HttpResponse, Open311Error>;

/// An error for a request to `path`, in the format its extension asks for (JSON when it names
/// none), for answers given before a handler runs (the text policy, the body limit).
pub fn error_for_path(path: &str, error: AppError) -> HttpResponse {
    let format = path
        .rsplit_once('.')
        .and_then(|(_, extension)| Format::from_extension(extension))
        .unwrap_or(Format::Json);
    Open311Error { format, error }.error_response()
}

/// The format from the path's extension; anything else is answered (in JSON) as not found.
fn format_of(extension: &str) -> Result<Format, Open311Error> {
    Format::from_extension(extension).ok_or(Open311Error {
        format: Format::Json,
        error: AppError::NotFound("unknown format: use .json or .xml".into()),
    })
}

fn in_format(format: Format) -> impl FnOnce(AppError) -> Open311Error {
    move |error| Open311Error { format, error }
}

fn query_params(req: &HttpRequest) -> Result<Params, AppError> {
    Params::parse(req.query_string()).map_err(|m| AppError::BadRequest(m.into()))
}

/// The query's parameters and the jurisdiction they name (or the only one served here).
async fn params_and_jurisdiction(
    state: &AppState,
    req: &HttpRequest,
) -> Result<(Params, organisation::Model), AppError> {
    let params = query_params(req)?;
    let org = open311::jurisdiction(&state.db, params.get("jurisdiction_id")).await?;
    Ok((params, org))
}

fn respond(format: Format, root: &str, body: &Value) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(format.content_type())
        .body(format.render(root, body))
}

/// Where this endpoint is and which formats it speaks.
#[utoipa::path(tag = "open311", params(("format" = Format, Path, description = "`json` or `xml`")),
    responses((status = 200, description = "The discovery document (JSON or XML, by the extension)")))]
#[get("/open311/v2/discovery.{format}")]
async fn discovery(state: web::Data<AppState>, path: web::Path<String>) -> Open311Result {
    let format = format_of(&path)?;
    Ok(respond(
        format,
        "discovery",
        &open311::discovery(&state.settings.base_url()),
    ))
}

/// The services (categories) of a jurisdiction (an organisation; `jurisdiction_id` is its id).
#[utoipa::path(tag = "open311", params(
    ("format" = Format, Path, description = "`json` or `xml`"),
    ("jurisdiction_id" = Option<String>, Query, description = "Required when several organisations are served here"),
), responses(
    (status = 200, description = "The service list (JSON or XML, by the extension)"),
    (status = 400, description = "Errors in the specification's format"),
    (status = 404, description = "Unknown jurisdiction"),
))]
#[get("/open311/v2/services.{format}")]
async fn services(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Open311Result {
    let format = format_of(&path)?;
    let answer = async {
        let (_, org) = params_and_jurisdiction(&state, &req).await?;
        open311::services(&state.db, &org).await
    };
    Ok(respond(
        format,
        "services",
        &answer.await.map_err(in_format(format))?,
    ))
}

/// One service's definition: its extra questions (`attribute[CODE]` when requesting).
#[utoipa::path(tag = "open311", params(
    ("service_code" = String, Path),
    ("format" = Format, Path, description = "`json` or `xml`"),
    ("jurisdiction_id" = Option<String>, Query),
), responses(
    (status = 200, description = "The service definition (JSON or XML, by the extension)"),
    (status = 404, description = "Unknown service_code or jurisdiction"),
))]
#[get("/open311/v2/services/{service_code}.{format}")]
async fn service_definition(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Open311Result {
    let (code, extension) = path.into_inner();
    let format = format_of(&extension)?;
    let answer = async {
        let (_, org) = params_and_jurisdiction(&state, &req).await?;
        open311::service_definition(&state.db, &org, &code).await
    };
    let body = answer.await.map_err(in_format(format))?;
    Ok(respond(format, "service_definition", &body))
}

/// The fields of `POST requests`, for the API description only: the handler parses the form
/// itself, because GeoReport v2 lets clients put any field in the query string too and names
/// answers `attribute[CODE]`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // read by utoipa's derive, never constructed
struct ServiceRequestForm {
    /// The organisation's key.
    api_key: String,
    /// A category's code, from `services`.
    service_code: String,
    /// Latitude and longitude (WGS84), or `address_string`.
    lat: Option<f64>,
    long: Option<f64>,
    address_string: Option<String>,
    description: Option<String>,
    /// The resident's contact details, kept for the organisation's staff only.
    email: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    phone: Option<String>,
    media_url: Option<String>,
    jurisdiction_id: Option<String>,
}

/// File a service request (form-encoded, with the organisation's `api_key`); it pools into an
/// existing issue exactly like a member's report.
#[utoipa::path(tag = "open311", params(("format" = Format, Path, description = "`json` or `xml`")),
    request_body(content = ServiceRequestForm, content_type = "application/x-www-form-urlencoded",
        description = "Also `attribute[CODE]` for the service's questions; any field may come in the query string instead"),
    responses(
        (status = 201, description = "service_request_id and token (JSON or XML, by the extension)"),
        (status = 400, description = "Missing or invalid parameters"),
        (status = 403, description = "Missing, invalid or revoked api_key"),
        (status = 404, description = "Unknown jurisdiction"),
        (status = 429, description = "Too many requests with this api_key; see Retry-After"),
))]
#[post("/open311/v2/requests.{format}")]
async fn create_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Payload,
) -> Open311Result {
    let format = format_of(&path)?;
    let answer = async {
        // The same limit as every other body, answered in Open311's format.
        let body =
            crate::edge::read_limited(body.into_inner(), state.settings.body_limit_bytes).await?;
        let form = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form && !body.is_empty() {
            return Err(AppError::BadRequest(
                "send the request as application/x-www-form-urlencoded".into(),
            ));
        }
        let text = std::str::from_utf8(&body)
            .map_err(|_| AppError::BadRequest("the form is not UTF-8".into()))?;
        // Form fields first; some clients put api_key (or more) in the query string, from
        // which `live::session::hide_query_token` moved it (and personal fields) aside.
        let hidden = req
            .extensions()
            .get::<crate::live::session::HiddenQuery>()
            .map(|h| h.0.clone())
            .unwrap_or_default();
        let encoded = [text, req.query_string(), hidden.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("&");
        let params = Params::parse(&encoded).map_err(|m| AppError::BadRequest(m.into()))?;
        // Per key presented (its digest: Redis never holds a key); a request without one is
        // refused by the service anyway.
        if let Some(key) = params.get("api_key") {
            let digest = digest_opaque_token(key);
            state.limits.hit(Limit::Open311Request, digest).await?;
        }
        let radii = state.settings.pooling();
        open311::create_request(&state.db, &state.live, radii, &params).await
    };
    let created = answer.await.map_err(in_format(format))?;
    Ok(HttpResponse::Created()
        .content_type(format.content_type())
        .body(format.render("service_requests", &created)))
}

/// Search service requests: `service_request_id` (a comma list, overriding the rest) or
/// `service_code`, `status` (open, closed), `start_date`, `end_date`; the latest 90 days by
/// default, newest first, at most 1,000.
#[utoipa::path(tag = "open311", params(
    ("format" = Format, Path, description = "`json` or `xml`"),
    ("jurisdiction_id" = Option<String>, Query),
    ("service_request_id" = Option<String>, Query, description = "Comma-separated ids"),
    ("service_code" = Option<String>, Query, description = "Comma-separated codes"),
    ("status" = Option<String>, Query, description = "`open`, `closed` or both, comma-separated"),
    ("start_date" = Option<String>, Query, description = "W3C datetime"),
    ("end_date" = Option<String>, Query, description = "W3C datetime"),
), responses(
    (status = 200, description = "Service requests (JSON or XML, by the extension)"),
    (status = 400, description = "Invalid parameters"),
))]
#[get("/open311/v2/requests.{format}")]
async fn requests(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Open311Result {
    let format = format_of(&path)?;
    let answer = async {
        let (params, org) = params_and_jurisdiction(&state, &req).await?;
        open311::requests(&state.db, &org, &params, &state.settings.base_url()).await
    };
    let found = answer.await.map_err(in_format(format))?;
    Ok(respond(format, "service_requests", &found))
}

/// One service request (still a one-element list, as the specification says).
#[utoipa::path(tag = "open311", params(
    ("id" = String, Path),
    ("format" = Format, Path, description = "`json` or `xml`"),
    ("jurisdiction_id" = Option<String>, Query),
), responses(
    (status = 200, description = "A one-element list (JSON or XML, by the extension)"),
    (status = 404, description = "Unknown request"),
))]
#[get("/open311/v2/requests/{id}.{format}")]
async fn request(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Open311Result {
    let (id, extension) = path.into_inner();
    let format = format_of(&extension)?;
    let answer = async {
        let (_, org) = params_and_jurisdiction(&state, &req).await?;
        open311::request(&state.db, &org, &id, &state.settings.base_url()).await
    };
    let found = answer.await.map_err(in_format(format))?;
    Ok(respond(format, "service_requests", &found))
}

/// The service request a `POST requests` token ended up in.
#[utoipa::path(tag = "open311", params(
    ("token" = String, Path),
    ("format" = Format, Path, description = "`json` or `xml`"),
    ("jurisdiction_id" = Option<String>, Query),
), responses(
    (status = 200, description = "service_request_id and token (JSON or XML, by the extension)"),
    (status = 404, description = "Unknown token"),
))]
#[get("/open311/v2/tokens/{token}.{format}")]
async fn token(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Open311Result {
    let (token, extension) = path.into_inner();
    let format = format_of(&extension)?;
    let answer = async {
        let (_, org) = params_and_jurisdiction(&state, &req).await?;
        open311::token(&state.db, &org, &token).await
    };
    let found = answer.await.map_err(in_format(format))?;
    Ok(respond(format, "service_requests", &found))
}
