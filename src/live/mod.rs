//! Live updates: the event log, the bus between instances, the per-instance hub, WebSocket
//! sessions, presence and the Rust client. The contract is `docs/live-protocol.md`.
//!
//! - `kinds`: every kind of event as a typed enum (the contract with clients).
//! - `event`: channels, events, and `append` (in the writer's transaction) plus log queries.
//! - `bus`: in-process or Redis pub/sub; at-most-once.
//! - `sequencer`: per-channel ordering, duplicate dropping and gap detection (pure).
//! - `hub`: subscriptions, ordering, gap repair from the database, fan-out.
//! - `session`: one WebSocket connection.
//! - `presence`: members online per neighbourhood, across instances.
//! - `dashboard`: `dashboard:{organisation_id}` subscriptions, coalesced change signals.
//! - `plugins`: the traits capabilities implement to plug in (the notification inbox, a
//!   dashboard's scope), registered once at start-up; the core depends on no capability.
//! - `protocol`: the message types; `client`: a tokio-tungstenite client for tests and load.

pub mod bus;
pub mod client;
pub mod dashboard;
pub mod event;
pub mod hub;
pub mod kinds;
pub mod plugins;
pub mod presence;
pub mod protocol;
pub mod sequencer;
pub mod session;
pub mod socket;
pub mod takeover;

use entity::ids::{NotificationId, UserId};
use std::sync::Arc;

use sea_orm::DatabaseConnection;
use secrecy::SecretString;
use tokio::sync::mpsc;

use crate::domain::notification::Notice;

pub use event::{Audience, Channel, Event, NewEvent};
pub use kinds::{DashboardEvent, LiveEvent, NeighbourhoodEvent, UserEvent};

use self::{
    bus::Bus,
    hub::HubCommand,
    plugins::{DashboardScope, Inbox, Plugins},
};

/// Room in the hub's inbox for bursts of events and subscription commands.
const HUB_QUEUE: usize = 100_000;

/// The handle services publish through and sessions subscribe through. Cheap to clone.
#[derive(Clone)]
pub struct Live {
    hub: mpsc::Sender<HubCommand>,
    bus: Bus,
    /// Flips to `true` when the server shuts down, so sessions close with 1001 and clients
    /// resume elsewhere instead of holding the shutdown open.
    shutdown: tokio::sync::watch::Sender<bool>,
    /// The e-mail worker's queue of committed notifications to send at once (only when SMTP
    /// is configured; see `services::notifications::mail`).
    mail: Option<mpsc::Sender<Vec<NotificationId>>>,
    /// The queue of the worker that sends e-mail written to an outbox table in a transaction
    /// (`Transaction::queue_outbox`; messages to people without accounts, who have no inbox):
    /// the committed rows' ids. Only when SMTP is configured; a row missed here is sent later by
    /// the elected job that reads the table.
    outbox: Option<mpsc::Sender<Vec<uuid::Uuid>>>,
    /// The capabilities plugged in at start-up (`plugins`).
    plugins: Plugins,
}

impl Live {
    /// Starts the hub, the bus subscriber (with Redis) and presence, with the capabilities in
    /// `plugins` plugged in. Pruning the event log is not done here: it is a job elected among
    /// the instances (`jobs::spawn_event_pruning`, calling `event::prune`), so N instances
    /// prune once and the live core needs nothing from the job machinery.
    pub fn start(
        db: DatabaseConnection,
        redis: Option<(SecretString, redis::aio::ConnectionManager)>,
        plugins: Plugins,
    ) -> Self {
        let hub = hub::Hub::spawn(db.clone(), HUB_QUEUE);
        let bus = match redis {
            None => {
                presence::spawn(hub.clone(), None);
                Bus::Memory
            }
            Some((url, conn)) => {
                bus::spawn_redis_subscriber(url, hub.clone());
                presence::spawn(hub.clone(), Some(conn.clone()));
                Bus::Redis { publisher: conn }
            }
        };
        let (shutdown, _) = tokio::sync::watch::channel(false);
        Self {
            hub,
            bus,
            shutdown,
            mail: None,
            outbox: None,
            plugins,
        }
    }

    /// The dashboard capability's answers for `dashboard:{organisation_id}` subscriptions.
    pub fn dashboards(&self) -> Arc<dyn DashboardScope> {
        self.plugins.dashboards.clone()
    }

    /// Hands committed notifications to this e-mail queue from now on.
    pub fn with_mail_queue(mut self, queue: mpsc::Sender<Vec<NotificationId>>) -> Self {
        self.mail = Some(queue);
        self
    }

    /// Queues committed notifications for immediate e-mail; never waits (a full queue drops
    /// them with a warning: the inbox still has them).
    pub fn mail(&self, notifications: Vec<NotificationId>) {
        if notifications.is_empty() {
            return;
        }
        if let Some(queue) = &self.mail {
            if queue.try_send(notifications).is_err() {
                tracing::warn!("e-mail queue full; immediate e-mails skipped");
            }
        }
    }

    /// Hands committed outbox rows to this queue from now on.
    pub fn with_outbox_queue(mut self, queue: mpsc::Sender<Vec<uuid::Uuid>>) -> Self {
        self.outbox = Some(queue);
        self
    }

    /// Queues committed outbox rows for sending; never waits (a full queue leaves them to the
    /// elected job that sends what was missed).
    pub fn outbox(&self, rows: Vec<uuid::Uuid>) {
        if rows.is_empty() {
            return;
        }
        if let Some(queue) = &self.outbox {
            if queue.try_send(rows).is_err() {
                tracing::warn!("e-mail outbox queue full; left to the retry job");
            }
        }
    }

    /// Asks every live session to close (code 1001, "going away").
    pub fn shut_down(&self) {
        self.shutdown.send_replace(true);
    }

    /// A receiver whose `changed()` resolves once the server starts shutting down.
    pub fn shutdown_signal(&self) -> tokio::sync::watch::Receiver<bool> {
        self.shutdown.subscribe()
    }

    /// Publishes committed events. Call after the transaction that wrote them commits.
    pub fn publish(&self, events: Vec<Event>) {
        crate::metrics::events_published(events.len());
        self.bus.publish(&self.hub, events);
    }

    pub fn hub(&self) -> mpsc::Sender<HubCommand> {
        self.hub.clone()
    }
}

/// A database transaction that records the events of the change it makes and publishes them
/// once, after commit: the only way services write state that clients watch. Dropping it without
/// `commit` rolls back the change and its events together.
///
/// Every notification is also stored in that person's inbox here, in the same transaction
/// (through the `Inbox` plugged into `Live` at start-up), so emitters need nothing more than
/// `notify`; the event's data gains the stored `notification_id`. A muted notification is
/// stored (as read) but not emitted.
pub struct Transaction {
    txn: sea_orm::DatabaseTransaction,
    events: Vec<Event>,
    /// Notifications to e-mail at once, after commit.
    mail: Vec<NotificationId>,
    /// Outbox rows written in this transaction, to send after commit (`queue_outbox`).
    outbox: Vec<uuid::Uuid>,
    /// Where `notify` stores notices (`live.plugins.inbox`).
    inbox: Arc<dyn Inbox>,
}

impl Transaction {
    pub async fn begin(
        db: &impl sea_orm::TransactionTrait,
        live: &Live,
    ) -> crate::error::AppResult<Self> {
        Ok(Self {
            txn: db.begin().await?,
            events: Vec::new(),
            mail: Vec::new(),
            outbox: Vec::new(),
            inbox: live.plugins.inbox.clone(),
        })
    }

    /// Appends an event to the log inside this transaction. A `notification` is stored in the
    /// inbox first (as `notify` does).
    pub async fn emit(&mut self, new: NewEvent) -> crate::error::AppResult<()> {
        if let (Channel::User(user_id), LiveEvent::User(UserEvent::Notification(n))) =
            (new.channel, &new.event)
        {
            return self.notify(user_id, new.actor_id, n.notice.clone()).await;
        }
        let event = event::append(&self.txn, new).await?;
        self.events.push(event);
        Ok(())
    }

    /// Tells one person: stores the notice in their inbox and, unless they muted it, appends a
    /// `notification` event on their channel (with the stored id).
    pub async fn notify(
        &mut self,
        user_id: UserId,
        actor_id: Option<UserId>,
        notice: Notice,
    ) -> crate::error::AppResult<()> {
        let stored = self
            .inbox
            .store(&self.txn, actor_id, vec![(user_id, notice)])
            .await?;
        let Some(one) = stored.into_iter().next() else {
            return Ok(());
        };
        if one.email_now {
            self.mail.push(one.id);
        }
        if one.muted {
            return Ok(());
        }
        let event = NewEvent::user(user_id, one.event(), actor_id);
        let event = event::append(&self.txn, event).await?;
        self.events.push(event);
        Ok(())
    }

    /// Appends several events on one channel in two statements (`event::append_all`); for a
    /// batch of changes decided together. Notifications go through `notify` or `notify_many`.
    pub async fn emit_all(
        &mut self,
        channel: Channel,
        news: Vec<NewEvent>,
    ) -> crate::error::AppResult<()> {
        if news
            .iter()
            .any(|n| matches!(n.event, LiveEvent::User(UserEvent::Notification(_))))
        {
            return Err(crate::error::AppError::Internal(anyhow::anyhow!(
                "emit_all does not store notifications"
            )));
        }
        let events = event::append_all(&self.txn, channel, news).await?;
        self.events.extend(events);
        Ok(())
    }

    /// Notifies many people of the same thing in a few statements, however many they are:
    /// stores each one's inbox entry (multi-row INSERTs), bumps their channels' counters in bulk
    /// and appends one `notification` event per person who has not muted it (with their
    /// copy's `notification_id`). Returns how many were pushed live.
    pub async fn notify_many(
        &mut self,
        recipients: &[UserId],
        actor_id: Option<UserId>,
        notice: Notice,
    ) -> crate::error::AppResult<usize> {
        let items = recipients.iter().map(|p| (*p, notice.clone())).collect();
        self.notify_each(items, actor_id).await
    }

    /// `notify_many` where each person is told something of their own (one change telling its
    /// supporters one thing and others another). One pass in person order, so that two changes
    /// notifying overlapping people take their rows in the same order; a person given twice
    /// keeps their first notice.
    pub async fn notify_each(
        &mut self,
        mut items: Vec<(UserId, Notice)>,
        actor_id: Option<UserId>,
    ) -> crate::error::AppResult<usize> {
        items.sort_by_key(|(person, _)| *person);
        items.dedup_by_key(|(person, _)| *person);
        let stored = self.inbox.store(&self.txn, actor_id, items).await?;
        let mut live = Vec::with_capacity(stored.len());
        for one in stored {
            if one.email_now {
                self.mail.push(one.id);
            }
            if !one.muted {
                live.push((one.user_id, one.event()));
            }
        }
        let events = event::append_notifications(&self.txn, actor_id, live).await?;
        let pushed = events.len();
        self.events.extend(events);
        Ok(pushed)
    }

    /// Rows this transaction wrote to an e-mail outbox table: handed to the outbox worker once
    /// the transaction commits (and forgotten if it rolls back, with the rows).
    pub fn queue_outbox(&mut self, rows: impl IntoIterator<Item = uuid::Uuid>) {
        self.outbox.extend(rows);
    }

    /// The events recorded so far (committed with the transaction).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub async fn commit(self, live: &Live) -> crate::error::AppResult<()> {
        self.txn.commit().await?;
        live.publish(self.events);
        live.mail(self.mail);
        live.outbox(self.outbox);
        Ok(())
    }
}

impl std::ops::Deref for Transaction {
    type Target = sea_orm::DatabaseTransaction;

    fn deref(&self) -> &Self::Target {
        &self.txn
    }
}
