//! Live updates: the event log, the bus between instances, the per-instance hub, WebSocket
//! sessions, presence and the Rust client. The contract is `docs/live-protocol.md`.
//!
//! - `event`: channels, events, and `append` (in the writer's transaction) plus log queries.
//! - `bus`: in-process or Redis pub/sub; at-most-once.
//! - `sequencer`: per-channel ordering, duplicate dropping and gap detection (pure).
//! - `hub`: subscriptions, ordering, gap repair from the database, fan-out.
//! - `session`: one WebSocket connection.
//! - `presence`: members online per neighbourhood, across instances.
//! - `dashboard`: `dashboard:{organisation_id}` subscriptions, coalesced change signals.
//! - `protocol`: the message types; `client`: a tokio-tungstenite client for tests and load.

pub mod bus;
pub mod client;
pub mod dashboard;
pub mod event;
pub mod hub;
pub mod presence;
pub mod protocol;
pub mod sequencer;
pub mod session;
pub mod socket;

use std::time::Duration;

use sea_orm::DatabaseConnection;
use secrecy::SecretString;
use tokio::sync::mpsc;

pub use event::{Audience, Channel, Event, NewEvent};

use self::{bus::Bus, hub::HubCommand};

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
}

impl Live {
    /// Starts the hub, the bus subscriber (with Redis), presence and log pruning.
    pub fn start(
        db: DatabaseConnection,
        redis: Option<(SecretString, redis::aio::ConnectionManager)>,
        retention: chrono::Duration,
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
        spawn_pruning(db, retention);
        let (shutdown, _) = tokio::sync::watch::channel(false);
        Self { hub, bus, shutdown }
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

fn spawn_pruning(db: DatabaseConnection, retention: chrono::Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match event::prune(&db, chrono::Utc::now() - retention).await {
                Ok(0) => {}
                Ok(pruned) => tracing::info!(pruned, "pruned old live events"),
                Err(error) => tracing::warn!(%error, "pruning live events failed"),
            }
        }
    });
}

/// A database transaction that records the events of the change it makes and publishes them
/// once, after commit: the only way services write state that clients watch. Dropping it without
/// `commit` rolls back the change and its events together.
pub struct Transaction {
    txn: sea_orm::DatabaseTransaction,
    events: Vec<Event>,
}

impl Transaction {
    pub async fn begin(db: &impl sea_orm::TransactionTrait) -> crate::error::AppResult<Self> {
        Ok(Self {
            txn: db.begin().await?,
            events: Vec::new(),
        })
    }

    /// Appends an event to the log inside this transaction.
    pub async fn emit(&mut self, new: NewEvent) -> crate::error::AppResult<()> {
        let event = event::append(&self.txn, new).await?;
        self.events.push(event);
        Ok(())
    }

    /// The events recorded so far (committed with the transaction).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub async fn commit(self, live: &Live) -> crate::error::AppResult<()> {
        self.txn.commit().await?;
        live.publish(self.events);
        Ok(())
    }
}

impl std::ops::Deref for Transaction {
    type Target = sea_orm::DatabaseTransaction;

    fn deref(&self) -> &Self::Target {
        &self.txn
    }
}
