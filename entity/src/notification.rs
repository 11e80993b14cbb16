use sea_orm::entity::prelude::*;

use crate::ids::{NeighbourhoodId, NotificationId, UserId};

/// One entry of a person's inbox: a `notification` event on their channel, kept with its read
/// state (see `services::notifications`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    /// UUIDv7, so id order is time order (the inbox pages by it).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: NotificationId,
    pub user_id: UserId,
    /// The kind, e.g. `issue_status_changed` (the event's `data.what`).
    pub what: String,
    /// The event's data, as pushed live.
    pub data: Json,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    /// `thread:{id}`, `issue:{id}` or `task:{id}`: what a mute matches.
    pub subject: Option<String>,
    pub actor_id: Option<UserId>,
    /// Stored as read and never pushed or e-mailed because the person muted it.
    pub muted: bool,
    pub read_at: Option<DateTimeUtc>,
    /// When it went out by e-mail (immediately or in a digest).
    pub emailed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
