//! One module per capability; a capability that grew past one module is a folder whose `mod.rs`
//! holds its main commands, queries and views and whose siblings hold its parts (`tasks::claims`,
//! `discussions::moderation`). Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod dashboard;
pub mod discussions;
pub mod follows;
pub mod idempotency;
pub mod issues;
pub mod neighbourhoods;
pub mod notifications;
pub mod open311;
pub mod organisations;
pub mod places;
pub mod tasks;
