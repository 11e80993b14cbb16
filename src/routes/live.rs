//! `GET /api/v1/live`: the WebSocket handshake. The session itself is `live::session`, which gets
//! what it needs from here rather than the application state; `live::takeover` runs it on the
//! raw connection once this `101` is written.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::{live::session, state::AppState};

/// Answers the WebSocket handshake; the session runs on this worker after it.
pub async fn live(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, actix_web::Error> {
    let context = session::Context {
        db: state.db.clone(),
        jwt: state.jwt.clone(),
        live: state.live.clone(),
        queue_per_connection: state.settings.live_queue_per_connection,
    };
    session::upgrade(&req, context)
}
