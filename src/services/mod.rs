//! One module per capability. Service functions take `&impl ConnectionTrait` (or the state they
//! need), check authorization through `auth::policy`, do their work in a transaction where more
//! than one row changes, and return API view types.

pub mod accounts;
pub mod api_keys;
pub mod calendar;
pub mod categories;
pub mod claims;
pub mod dashboard;
pub mod discussions;
pub mod exports;
pub mod invitations;
pub mod issues;
pub mod mail;
pub mod memberships;
pub mod moderation;
pub mod neighbourhoods;
pub mod notifications;
pub mod open311;
pub mod organisations;
pub mod photos;
pub mod posts;
pub mod tasks;
pub mod triage;
pub mod volunteer_hours;
