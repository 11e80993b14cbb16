//! Logging: human-readable lines by default, JSON lines for log collectors. `RUST_LOG` narrows or
//! widens what is logged (default `info`).

use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};
use tracing_subscriber::{fmt, EnvFilter};

use crate::config::LogFormat;

pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm_migration=warn"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let result = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    // A second initialisation (as in tests) keeps the first subscriber.
    drop(result);
}

/// The request span of `tracing-actix-web`, plus one access-log line when each request ends
/// (status and duration), so every request leaves a trace with its request id. Query-string
/// tokens are removed before this runs (`live::session::hide_query_token`).
pub struct AccessLog;

impl RootSpanBuilder for AccessLog {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let span = DefaultRootSpanBuilder::on_request_start(request);
        span.in_scope(|| tracing::debug!("request started"));
        span
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span.clone(), outcome);
        span.in_scope(|| match outcome {
            Ok(response) if response.status().is_server_error() => {
                tracing::warn!(status = response.status().as_u16(), "request finished")
            }
            Ok(response) => tracing::info!(status = response.status().as_u16(), "request finished"),
            Err(error) => tracing::warn!(%error, "request failed"),
        });
    }
}
