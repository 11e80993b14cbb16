//! Photos: upload to a report, read full size or as a thumbnail.

use actix_web::{get, http::StatusCode, post, web, HttpResponse};
use entity::ids::{PhotoId, ReportId};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::{AuthUser, MaybeUser},
    domain::photo::MAX_PHOTO_BYTES,
    error::{AppError, AppResult, Problem},
    rate_limit::Limit,
    routes::{self, idempotency::Idempotency},
    services::{
        idempotency,
        issues::photos::{self, PhotoView},
    },
    state::AppState,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(upload).service(full).service(thumbnail);
}

/// Add a photo to your report: the body is the image itself (JPEG, PNG or WebP, at most 8 MiB;
/// the type is read from the content; at most 12,000 pixels a side and 40 megapixels). Stored
/// re-encoded, without metadata. At most 3 per report. 503 with `Retry-After` when too many
/// photos are being processed or waiting at once (answered before the body is read).
#[utoipa::path(tag = "issues", security(("bearer" = [])), params(("id" = Uuid, Path),
        ("Idempotency-Key" = Option<String>, Header, description = routes::idempotency::DESCRIPTION)),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, body = PhotoView),
        (status = 400, body = Problem),
        (status = 403, body = Problem),
        (status = 404, body = Problem),
        (status = 409, body = Problem),
        (status = 413, body = Problem),
        (status = 422, body = Problem),
        (status = 429, body = Problem, description = "Too many photos uploaded; see Retry-After"),
        (status = 503, body = Problem,
            description = "Too many photos being processed or waiting (retry after `Retry-After` seconds), or the photo store cannot be reached",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again"))),
    ))]
#[post("/api/v1/reports/{id}/photos")]
async fn upload(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<ReportId>,
    request: Idempotency,
    body: web::Payload,
) -> AppResult<HttpResponse> {
    // Counted before the body is read: reading and decoding are the cost.
    state.limits.hit(Limit::Photo, user.id).await?;
    // A place among the uploads being decoded or waiting, before the body is buffered: however
    // many arrive at once, only that many bodies are ever held in memory.
    let admission = state.photo_work.admit()?;
    let upload = read_limited(body, MAX_PHOTO_BYTES).await?;
    let fingerprint = request.fingerprint(&upload);
    let answer = idempotency::once(
        &state.db,
        user.id,
        request.key.as_ref(),
        &fingerprint,
        || async {
            let added = photos::add(
                &state.db,
                &state.live,
                &state.files,
                &state.photo_work,
                &user,
                *id,
                admission,
                upload,
            )
            .await?;
            routes::idempotency::json_answer(StatusCode::CREATED, &added)
        },
    )
    .await?;
    Ok(routes::idempotency::respond(answer))
}

/// Reads a raw body, refusing it (413, problem+json) as soon as it passes `limit` bytes.
async fn read_limited(mut body: web::Payload, limit: usize) -> AppResult<Vec<u8>> {
    use futures_util::StreamExt;
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| {
            AppError::BadRequest(format!("The upload could not be read: {e}").into())
        })?;
        if bytes.len() + chunk.len() > limit {
            return Err(AppError::PayloadTooLarge {
                detail: format!("A photo may be at most {} MiB.", limit / 1024 / 1024).into(),
            });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

fn jpeg(bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/jpeg")
        // Photos never change once stored; private because some neighbourhoods are.
        .insert_header(("Cache-Control", "private, max-age=86400, immutable"))
        .body(bytes)
}

/// A photo (JPEG).
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path)), responses(
    (status = 200, content_type = "image/jpeg", description = "The photo"),
    (status = 404, body = Problem),
    (status = 503, body = Problem, description = "The photo store cannot be reached; try again shortly"),
))]
#[get("/api/v1/photos/{id}")]
async fn full(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<PhotoId>,
) -> AppResult<HttpResponse> {
    Ok(jpeg(
        photos::read(&state.db, &state.files, viewer.as_ref(), *id, false).await?,
    ))
}

/// A photo's thumbnail (JPEG, at most 320 px).
#[utoipa::path(tag = "issues", params(("id" = Uuid, Path)), responses(
    (status = 200, content_type = "image/jpeg", description = "The thumbnail"),
    (status = 404, body = Problem),
    (status = 503, body = Problem, description = "The photo store cannot be reached; try again shortly"),
))]
#[get("/api/v1/photos/{id}/thumbnail")]
async fn thumbnail(
    state: web::Data<AppState>,
    MaybeUser(viewer): MaybeUser,
    id: web::Path<PhotoId>,
) -> AppResult<HttpResponse> {
    Ok(jpeg(
        photos::read(&state.db, &state.files, viewer.as_ref(), *id, true).await?,
    ))
}
