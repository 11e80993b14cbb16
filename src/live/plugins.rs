//! Where capabilities plug into the live core. The core (the log, the bus, the hub, sessions,
//! presence, the unit of work) depends on no capability: what it needs from one is a trait
//! defined here, implemented by that capability and handed to `Live::start` once, at start-up
//! (`startup::live_plugins`). So the arrows run one way: services -> live, never back.
//!
//! - `Inbox`: the notification inbox, which `Transaction::notify` and `notify_many` store every
//!   notice in, inside the writer's transaction (`services::notifications`).
//! - `DashboardScope`: who may watch an organisation's dashboard and which neighbourhoods it
//!   serves now, for `dashboard:{organisation_id}` subscriptions (`services::dashboard`).

use entity::ids::{NeighbourhoodId, NotificationId, OrganisationId, UserId};
use std::sync::Arc;

use futures_util::future::BoxFuture;
use sea_orm::{DatabaseConnection, DatabaseTransaction};

use super::kinds::{Notification, UserEvent};
use crate::{domain::notification::Notice, error::AppResult};

/// One notice as the inbox stored it, for the unit of work to deliver.
#[derive(Debug, Clone)]
pub struct StoredNotice {
    pub user_id: UserId,
    /// The inbox row's id (the event's `notification_id`).
    pub id: NotificationId,
    pub notice: Notice,
    /// Muted by the person: stored as read, not pushed, not e-mailed.
    pub muted: bool,
    /// The person wants an e-mail at once (sent after commit).
    pub email_now: bool,
}

impl StoredNotice {
    /// The `notification` event that pushes it live.
    pub fn event(&self) -> UserEvent {
        UserEvent::Notification(Notification {
            notification_id: self.id,
            notice: self.notice.clone(),
        })
    }
}

/// The notification inbox, as the unit of work sees it.
pub trait Inbox: Send + Sync {
    /// Stores `(recipient, notice)` pairs inside `txn` (the writer's transaction, so a rollback
    /// takes them with it) and says, for each, whether it is muted and wants e-mail at once.
    fn store<'a>(
        &'a self,
        txn: &'a DatabaseTransaction,
        actor_id: Option<UserId>,
        items: Vec<(UserId, Notice)>,
    ) -> BoxFuture<'a, AppResult<Vec<StoredNotice>>>;
}

/// What a `dashboard:{organisation_id}` subscription asks of the dashboard capability.
pub trait DashboardScope: Send + Sync {
    /// The neighbourhoods `user` may watch on the organisation's dashboard: `NotFound` for an
    /// unknown organisation, `Forbidden` for anyone not on its staff (nor a platform admin).
    fn open<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        user: &'a entity::user::Model,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<Vec<NeighbourhoodId>>>;

    /// `Ok` while `user` may still watch it; `Forbidden` once they may not.
    fn may_watch<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        user: &'a entity::user::Model,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<()>>;

    /// The neighbourhoods the organisation serves now.
    fn served<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        organisation_id: OrganisationId,
    ) -> BoxFuture<'a, AppResult<Vec<NeighbourhoodId>>>;
}

/// The capabilities plugged into one `Live`.
#[derive(Clone)]
pub struct Plugins {
    pub inbox: Arc<dyn Inbox>,
    pub dashboards: Arc<dyn DashboardScope>,
}
