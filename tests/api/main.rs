//! Integration tests: the real application over HTTP, one fresh database per test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod accounts;
mod bad_input;
mod dashboard;
mod discussions;
mod exports;
mod helpers;
mod hostile_text;
mod issues;
mod limits;
mod live;
mod logging;
mod memberships;
mod neighbourhoods;
mod notifications;
mod open311;
mod openapi;
mod operations;
mod organisations;
mod photos;
mod protocol;
mod smtp_sink;
mod tasks;
mod tokens;
mod triage;
