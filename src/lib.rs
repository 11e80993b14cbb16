//! Commonground: the service neighbourhoods and public-service bodies use to co-produce local
//! services together — pooled reports, discussion, volunteer tasks, and live updates.
//!
//! # Layout
//! - [`config`]: typed settings (defaults, optional TOML file, `COMMONGROUND_*` environment).
//! - [`startup`]: `Application::build(settings)` wires everything and binds the listener.
//! - [`db`]: database connection (SQLite by default, PostgreSQL in production) and migrations.
//! - [`error`]: `AppError`, rendered as `application/problem+json`.
//! - [`auth`]: passwords, tokens, extractors, the authorization policy, login throttling.
//! - [`domain`]: validated types and pure rules, unit-tested in place.
//! - [`support`]: helpers every capability shares (SQL dialect binder, pagination, field
//!   checks); a leaf that depends on no layer above it.
//! - [`edge`]: the text policy applied to every request's path, query and body.
//! - [`services`]: one module per capability; database work and authorization.
//! - [`routes`]: thin HTTP handlers with OpenAPI annotations.
//! - [`live`]: the event log, the bus, the hub, WebSocket sessions, presence, the Rust client.
//! - [`metrics`]: Prometheus metrics (`/metrics`).
//! - [`demo`]: the realistic demo data behind `commonground demo`.
//! - [`telemetry`]: tracing set-up.
//!
//! The sea-orm entities live in the `entity` crate and the migrations in `migration`.

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod edge;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod live;
pub mod metrics;
pub mod rate_limit;
pub mod routes;
pub mod services;
pub mod startup;
pub mod state;
pub mod storage;
pub mod support;
pub mod telemetry;
