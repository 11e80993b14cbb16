//! The shared, cloneable context every handler receives (`web::Data<AppState>`).

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    auth::token::JwtKeys, config::Settings, live::Live, rate_limit::RateLimiter,
    services::tasks::claims::ClaimDesk, storage::FileStore,
};

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    /// Signs and checks access tokens.
    pub jwt: Arc<JwtKeys>,
    /// Every rate limit: password attempts and costly writes (shared through Redis when
    /// configured).
    pub limits: Arc<RateLimiter>,
    /// Present when `REDIS_URL` is set; checked by `/readyz`.
    pub redis: Option<redis::aio::ConnectionManager>,
    /// Publishes committed events; the WebSocket sessions subscribe through it.
    pub live: Live,
    /// Sends invitation and account e-mail outside the notification queue; `None` without SMTP.
    pub mailer: Option<crate::services::notifications::mail::Mailer>,
    /// Uploaded photos.
    pub files: FileStore,
    /// Caps concurrent photo decoding (memory and blocking threads).
    pub photo_work: crate::services::issues::photos::PhotoWork,
    /// Decides claims on tasks, in batches per task.
    pub claims: ClaimDesk,
}
