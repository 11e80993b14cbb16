//! The caller's notification inbox and preferences: `/api/v1/me/notifications...`,
//! `/api/v1/me/notification-preferences` and `/api/v1/me/mutes/{subject}`. Only the owner ever
//! sees or changes their notifications.

use actix_web::{delete, get, post, put, web, HttpResponse};
use entity::ids::NotificationId;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::{
    auth::AuthUser,
    error::{AppResult, Problem},
    services::notifications::{
        self, NotificationView, Preferences, PreferencesUpdate, ReadAll, UnreadCount,
    },
    state::AppState,
    support::pagination::Page,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(list)
        .service(unread_count)
        .service(read_all)
        .service(read_one)
        .service(get_preferences)
        .service(put_preferences)
        .service(mute)
        .service(unmute);
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    /// Only notifications not yet read.
    pub unread: Option<bool>,
    pub cursor: Option<String>,
    pub limit: Option<u64>,
}

/// Your notifications, newest first.
#[utoipa::path(operation_id = "list_notifications", tag = "notifications", security(("bearer" = [])), params(InboxQuery), responses(
    (status = 200, body = Page<NotificationView>),
    (status = 422, body = Problem),
))]
#[get("/api/v1/me/notifications")]
async fn list(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    query: web::Query<InboxQuery>,
) -> AppResult<HttpResponse> {
    let q = query.into_inner();
    let page = notifications::list(
        &state.db,
        user.id,
        q.unread.unwrap_or(false),
        q.cursor.as_deref(),
        q.limit,
    )
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// How many of your notifications are unread.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), responses((status = 200, body = UnreadCount)))]
#[get("/api/v1/me/notifications/unread-count")]
async fn unread_count(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
) -> AppResult<HttpResponse> {
    let unread = notifications::unread_count(&state.db, user.id).await?;
    Ok(HttpResponse::Ok().json(UnreadCount { unread }))
}

/// Mark one of your notifications read (`notifications.read` tells your other tabs).
#[utoipa::path(tag = "notifications", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = NotificationView),
    (status = 404, body = Problem),
))]
#[post("/api/v1/me/notifications/{id}/read")]
async fn read_one(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    id: web::Path<NotificationId>,
) -> AppResult<HttpResponse> {
    let view = notifications::mark_read(&state.db, &state.live, user.id, *id).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Mark all your notifications read.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), responses((status = 200, body = ReadAll)))]
#[post("/api/v1/me/notifications/read-all")]
async fn read_all(state: web::Data<AppState>, AuthUser(user): AuthUser) -> AppResult<HttpResponse> {
    let done = notifications::mark_all_read(&state.db, &state.live, user.id).await?;
    Ok(HttpResponse::Ok().json(done))
}

/// What you receive: muted kinds and subjects, and e-mail.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), responses((status = 200, body = Preferences)))]
#[get("/api/v1/me/notification-preferences")]
async fn get_preferences(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
) -> AppResult<HttpResponse> {
    let email = state.settings.smtp_url.is_some();
    let prefs = notifications::preferences(&state.db, user.id, email).await?;
    Ok(HttpResponse::Ok().json(prefs))
}

/// Change muted kinds and the e-mail mode (`off`, `immediate`, `daily_digest`).
#[utoipa::path(tag = "notifications", security(("bearer" = [])), request_body = PreferencesUpdate, responses(
    (status = 200, body = Preferences),
    (status = 422, body = Problem),
))]
#[put("/api/v1/me/notification-preferences")]
async fn put_preferences(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    body: web::Json<PreferencesUpdate>,
) -> AppResult<HttpResponse> {
    let email = state.settings.smtp_url.is_some();
    let prefs =
        notifications::update_preferences(&state.db, user.id, body.into_inner(), email).await?;
    Ok(HttpResponse::Ok().json(prefs))
}

/// The longest mute subject: `thread:` and a user id in its longest (`urn:uuid:`) form, with
/// room to spare. Anything longer is not a subject, so the check that parses it refuses it (422).
pub const MAX_SUBJECT_CHARS: usize = 64;

/// Mute a thread, issue or task (`thread:{id}`, `issue:{id}`, `task:{id}`): its notifications
/// are kept as read, never pushed or e-mailed.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), params(("subject" = String, Path, description = "`thread:{id}`, `issue:{id}` or `task:{id}`")), responses(
    (status = 204, description = "Muted"),
    (status = 422, body = Problem),
))]
#[put("/api/v1/me/mutes/{subject}")]
async fn mute(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    subject: web::Path<String>,
) -> AppResult<HttpResponse> {
    notifications::mute(&state.db, user.id, &subject).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Unmute it.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), params(("subject" = String, Path)), responses(
    (status = 204, description = "Unmuted"),
    (status = 422, body = Problem),
))]
#[delete("/api/v1/me/mutes/{subject}")]
async fn unmute(
    state: web::Data<AppState>,
    AuthUser(user): AuthUser,
    subject: web::Path<String>,
) -> AppResult<HttpResponse> {
    notifications::unmute(&state.db, user.id, &subject).await?;
    Ok(HttpResponse::NoContent().finish())
}
