//! Prometheus metrics for operators, served as text at `/metrics` (see "Operations" in `docs/architecture.md`):
//! HTTP requests and latencies by route pattern and status, live WebSocket connections, events
//! published and delivered, bus lag, the database pool, export batches and dashboard updates.
//! One process-wide registry: every part of the server records into it without threading a
//! handle through.

use std::{sync::LazyLock, time::Duration};

use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    middleware::Next,
};
use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};

struct Metrics {
    registry: Registry,
    http_requests: IntCounterVec,
    http_seconds: HistogramVec,
    live_connections: IntGauge,
    events_published: IntCounter,
    events_delivered: IntCounter,
    bus_lag_seconds: Histogram,
    db_pool: IntGaugeVec,
    export_batches: IntCounter,
    export_rows: IntCounter,
    dashboard_updates: IntCounter,
}

// The metric names and labels below are constants, checked by the unit test; registering them
// can only fail on a programming error, found at the first test run.
#[allow(clippy::expect_used)]
impl Metrics {
    fn new() -> Self {
        let registry = Registry::new_custom(Some("commonground".into()), None)
            .expect("a valid registry prefix");
        let counter = |name: &str, help: &str| {
            let metric = IntCounter::new(name, help).expect("a valid counter");
            registry
                .register(Box::new(metric.clone()))
                .expect("registered once");
            metric
        };
        let http_requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered"),
            &["method", "route", "status"],
        )
        .expect("a valid counter");
        let http_seconds = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to answer an HTTP request (to the response head)",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ]),
            &["method", "route"],
        )
        .expect("a valid histogram");
        let live_connections = IntGauge::new(
            "live_connections",
            "Authenticated live WebSocket connections open now",
        )
        .expect("a valid gauge");
        let bus_lag_seconds = Histogram::with_opts(
            HistogramOpts::new(
                "live_bus_lag_seconds",
                "From an event's commit to this instance's hub receiving it",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
        )
        .expect("a valid histogram");
        let db_pool = IntGaugeVec::new(
            Opts::new("db_pool_connections", "Database pool connections by state"),
            &["state"],
        )
        .expect("a valid gauge");
        for metric in [
            Box::new(http_requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(http_seconds.clone()),
            Box::new(live_connections.clone()),
            Box::new(bus_lag_seconds.clone()),
            Box::new(db_pool.clone()),
        ] {
            registry.register(metric).expect("registered once");
        }
        Self {
            events_published: counter(
                "live_events_published_total",
                "Events published on the bus after commit by this instance",
            ),
            events_delivered: counter(
                "live_events_delivered_total",
                "Event frames queued to live subscribers by this instance",
            ),
            export_batches: counter(
                "export_batches_total",
                "Batches of issues read for streamed exports",
            ),
            export_rows: counter("export_rows_total", "Issues written to streamed exports"),
            dashboard_updates: counter(
                "dashboard_updates_total",
                "Coalesced dashboard.changed messages sent to live dashboards",
            ),
            registry,
            http_requests,
            http_seconds,
            live_connections,
            bus_lag_seconds,
            db_pool,
        }
    }
}

static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// A method label that cannot grow without bound (clients may send any method name).
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

pub fn http_request(method: &actix_web::http::Method, route: &str, status: u16, took: Duration) {
    let method = method_label(method);
    METRICS
        .http_requests
        .with_label_values(&[method, route, &status.to_string()])
        .inc();
    METRICS
        .http_seconds
        .with_label_values(&[method, route])
        .observe(took.as_secs_f64());
}

/// Middleware: counts every request by its route *pattern* (`/api/v1/issues/{id}`, never the
/// concrete path, so the label set stays small) and status.
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = std::time::Instant::now();
    let method = req.method().clone();
    let response = next.call(req).await?;
    let route = response
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".into());
    http_request(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    Ok(response)
}

/// Counts an open live connection until dropped.
pub struct LiveConnection(());

impl LiveConnection {
    pub fn open() -> Self {
        METRICS.live_connections.inc();
        Self(())
    }
}

impl Drop for LiveConnection {
    fn drop(&mut self) {
        METRICS.live_connections.dec();
    }
}

pub fn events_published(count: usize) {
    METRICS.events_published.inc_by(count as u64);
}

pub fn events_delivered(count: usize) {
    METRICS.events_delivered.inc_by(count as u64);
}

pub fn bus_lag(at: chrono::DateTime<chrono::Utc>) {
    let lag = (chrono::Utc::now() - at)
        .num_microseconds()
        .unwrap_or(0)
        .max(0);
    METRICS.bus_lag_seconds.observe(lag as f64 / 1e6);
}

pub fn export_batch(rows: usize) {
    METRICS.export_batches.inc();
    METRICS.export_rows.inc_by(rows as u64);
}

pub fn dashboard_update() {
    METRICS.dashboard_updates.inc();
}

/// The text exposition format, with the pool's figures read now.
pub fn render(db: &DatabaseConnection) -> String {
    let (size, idle) = match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    };
    METRICS
        .db_pool
        .with_label_values(&["open"])
        .set(i64::from(size));
    METRICS
        .db_pool
        .with_label_values(&["idle"])
        .set(idle as i64);
    let mut out = Vec::new();
    if let Err(error) = TextEncoder::new().encode(&METRICS.registry.gather(), &mut out) {
        tracing::warn!(%error, "encoding metrics failed");
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_registers_and_renders() {
        http_request(
            &actix_web::http::Method::GET,
            "/api/v1/issues/{id}",
            200,
            Duration::from_millis(3),
        );
        events_published(2);
        bus_lag(chrono::Utc::now());
        let _open = LiveConnection::open();
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&METRICS.registry.gather(), &mut out)
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(
            r#"commonground_http_requests_total{method="GET",route="/api/v1/issues/{id}",status="200"}"#
        ));
        assert!(text.contains("commonground_live_events_published_total"));
        assert!(text.contains("commonground_live_bus_lag_seconds_bucket"));
        assert!(text.contains("commonground_live_connections 1"));
        assert_eq!(
            method_label(&actix_web::http::Method::from_bytes(b"BREW").unwrap()),
            "OTHER"
        );
    }
}
