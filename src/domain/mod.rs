//! Validated domain types and pure logic. Nothing here touches the database or the network, so
//! every rule is unit-tested beside the code that states it.

pub mod account;
pub mod assisted;
pub mod category;
pub mod dashboard;
pub mod discussion;
pub mod follow;
pub mod forwarded;
pub mod geo;
pub mod idempotency;
pub mod invitation;
pub mod issue;
pub mod leaflet;
pub mod membership;
pub mod neighbourhood;
pub mod notification;
pub mod open311;
pub mod photo;
pub mod places;
pub mod spreadsheet;
pub mod task;
pub mod text;
