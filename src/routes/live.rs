//! `GET /api/v1/live`: the WebSocket upgrade. The session itself is `live::session`, which gets
//! what it needs from here rather than the application state.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::{live::session, state::AppState};

/// Upgrades to a WebSocket and runs the session on this worker.
pub async fn live(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, actix_web::Error> {
    let context = session::Context {
        db: state.db.clone(),
        jwt: state.jwt.clone(),
        live: state.live.clone(),
        queue_per_connection: state.settings.live_queue_per_connection,
    };
    session::upgrade(&req, payload, context)
}
