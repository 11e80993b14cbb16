//! Load generation shared by every benchmark: the real server binary as a child process
//! ([`server`]), its HTTP API as a signed-in person uses it ([`api`]), PostgreSQL databases created
//! afresh and bulk-loaded with `COPY` ([`database`]), CPU time read from `/proc` ([`cpu`]),
//! latency histograms, closed-loop clients and the ratio against a reference measured in the same
//! run ([`measure`]), and WebSocket subscribers ([`live`]).

pub mod api;
pub mod cpu;
pub mod database;
pub mod live;
pub mod measure;
pub mod server;
