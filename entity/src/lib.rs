//! sea-orm entities: plain data models, one module per table. Behaviour lives in the main crate's
//! `domain` and `services` modules; these types only describe rows.

pub mod api_key;
pub mod assisted_report;
pub mod calendar_feed;
pub mod category;
pub mod event;
pub mod idempotency_key;
pub mod ids;
pub mod invitation;
pub mod issue;
pub mod issue_assignment;
pub mod issue_follow;
pub mod issue_follow_mail;
pub mod issue_supporter;
pub mod issue_update;
pub mod job_lease;
pub mod membership;
pub mod moderation_log;
pub mod neighbourhood;
pub mod neighbourhood_service;
pub mod notification;
pub mod notification_mute;
pub mod notification_preference;
pub mod organisation;
pub mod organisation_staff;
pub mod photo;
pub mod place;
pub mod place_source;
pub mod place_street_point;
pub mod post;
pub mod post_flag;
pub mod post_reaction;
pub mod post_revision;
pub mod refresh_token;
pub mod report;
pub mod status;
pub mod task;
pub mod task_claim;
pub mod thread;
pub mod thread_read;
pub mod user;

pub mod prelude {
    pub use super::event::Entity as Event;
    pub use super::membership::Entity as Membership;
    pub use super::neighbourhood::Entity as Neighbourhood;
    pub use super::neighbourhood_service::Entity as NeighbourhoodService;
    pub use super::organisation::Entity as Organisation;
    pub use super::organisation_staff::Entity as OrganisationStaff;
    pub use super::refresh_token::Entity as RefreshToken;
    pub use super::user::Entity as User;
}
