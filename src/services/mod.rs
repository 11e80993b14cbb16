//! One module per capability. Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod dashboard;
pub mod discussions;
pub mod issues;
pub mod neighbourhoods;
pub mod notifications;
pub mod open311;
pub mod organisations;
pub mod tasks;
