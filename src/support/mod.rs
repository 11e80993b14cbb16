//! Helpers every capability may use, and none owns: a leaf of the dependency graph. Nothing here
//! knows about services, routes, the live core or the application state (`tests/architecture.rs`
//! fails if it does), so any layer can depend on it without the arrows turning round.
//!
//! - `sql`: raw SQL with one placeholder style on both databases (`Sql`), LIKE escaping, and the
//!   neighbourhood row lock that orders writers.
//! - `pagination`: cursor pagination for every list (`?cursor=&limit=`, `Page`) and the keyset
//!   condition the queries behind it use.
//! - `fields`: collecting per-field validation errors into one 422 answer.

pub mod fields;
pub mod pagination;
pub mod sql;
