//! HTTP routes: one module per resource, each with thin handlers (parse, call a service, map)
//! documented with `#[utoipa::path]`. Registering through `utoipa_actix_web` puts every route in
//! the OpenAPI document by construction.

pub mod accounts;
pub mod api_keys;
pub mod bounds;
pub mod categories;
pub mod client_config;
pub mod dashboard;
pub mod discussions;
pub mod docs;
pub mod follows;
pub mod frontend;
pub mod health;
pub mod idempotency;
pub mod invitations;
pub mod issues;
pub mod live;
pub mod methods;
pub mod metrics;
pub mod neighbourhoods;
pub mod notifications;
pub mod open311;
pub mod organisations;
pub mod photos;
pub mod places;
pub mod problems;
pub mod site;
pub mod tasks;

use actix_web::{web, HttpRequest};
use utoipa::{
    openapi::security::{Http, HttpAuthScheme, SecurityScheme},
    Modify, OpenApi,
};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Commonground API",
        description = "Neighbourhoods and public-service bodies co-producing local services: pooled reports, discussion, volunteer tasks, live updates.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "accounts", description = "Registration, sign-in and tokens"),
        (name = "neighbourhoods", description = "Neighbourhoods and their members"),
        (name = "organisations", description = "Public-service bodies and their staff"),
        (name = "issues", description = "Reports pooled into shared issues, and their categories"),
        (name = "discussions", description = "Threads, posts, reactions, flags and moderation"),
        (name = "notifications", description = "Your inbox, muting and e-mail preferences"),
        (name = "places", description = "The gazetteer: streets, addresses, postcodes and named places"),
        (name = "operations", description = "Health and readiness"),
    ),
    components(schemas(
        crate::error::Problem,
        // Enums that query parameters refer to by name.
        crate::services::issues::IssueSort,
        crate::services::issues::triage::TriageSort,
        crate::domain::task::Period,
        issues::ListFormat,
        tasks::HoursFormat,
        crate::domain::open311::Format,
        // The live protocol's messages and the typed contract of events and notifications, for
        // clients that generate their types from this document.
        crate::live::protocol::ClientMessage,
        crate::live::protocol::ServerMessage,
        crate::live::event::EventView,
        crate::live::kinds::LiveEvent,
        crate::domain::notification::Notice,
        crate::domain::notification::NotificationKind,
    ))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    Http::builder()
                        .scheme(HttpAuthScheme::Bearer)
                        .bearer_format("JWT")
                        .build(),
                ),
            );
        }
    }
}

/// The finished OpenAPI document: the routes `utoipa-actix-web` collected, with the error answers
/// every operation can give declared by rule (`problems`) and the constraints the checks enforce
/// (`bounds`).
pub fn document(mut openapi: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    problems::ProblemResponses.modify(&mut openapi);
    let unmatched = bounds::apply(&mut openapi);
    debug_assert!(
        unmatched.is_empty(),
        "bounds that match nothing: {unmatched:?}"
    );
    openapi
}

/// Every documented route.
pub fn config(cfg: &mut ServiceConfig) {
    cfg.configure(health::config)
        .configure(metrics::config)
        .configure(accounts::config)
        .configure(neighbourhoods::config)
        .configure(invitations::config)
        .configure(organisations::config)
        .configure(dashboard::config)
        .configure(categories::config)
        .configure(issues::config)
        .configure(follows::config)
        .configure(photos::config)
        .configure(client_config::config)
        .configure(api_keys::config)
        .configure(open311::config)
        .configure(tasks::config)
        .configure(discussions::config)
        .configure(notifications::config)
        .configure(places::config);
}

/// The client's address for rate limiting: the socket peer, or behind trusted proxies
/// (`COMMONGROUND_TRUSTED_PROXIES`) the right-most forwarded address that is not one of them
/// (`domain::forwarded`). Every caller takes it from here.
pub fn client_address(req: &HttpRequest, state: &web::Data<AppState>) -> String {
    let Some(peer) = req.peer_addr() else {
        return "unknown".into();
    };
    let settings = &state.settings;
    let lines = req
        .headers()
        .get_all(settings.forwarded_header.name())
        .filter_map(|value| value.to_str().ok());
    crate::domain::forwarded::client_address(
        peer.ip(),
        settings.forwarded_header,
        lines,
        &settings.trusted_proxies,
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use utoipa::OpenApi;

    use crate::{
        domain::notification::NotificationKind,
        live::{event::stored_parts, kinds::tests::every_event},
    };

    #[test]
    fn the_openapi_document_names_every_kind() {
        let doc = serde_json::to_value(super::ApiDoc::openapi()).unwrap();
        let schemas = &doc["components"]["schemas"];
        // (Which schemas there are is `tests/api/openapi.rs`'s business.)
        let text = schemas.to_string();
        for event in every_event() {
            let (kind, _) = stored_parts(&event).unwrap();
            assert!(text.contains(&format!("\"{kind}\"")), "{kind} undocumented");
        }
        let kinds: Vec<&str> = NotificationKind::all()
            .map(NotificationKind::as_str)
            .collect();
        assert_eq!(schemas["NotificationKind"]["enum"], json!(kinds));
        for kind in kinds {
            assert!(
                schemas["Notice"]
                    .to_string()
                    .contains(&format!("\"{kind}\"")),
                "{kind} undocumented"
            );
        }
    }
}
