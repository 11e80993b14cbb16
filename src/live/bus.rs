//! Carries committed events to every instance's hub. In-process by default; through Redis
//! pub/sub when `REDIS_URL` is set, so events committed on one instance reach subscribers on all.
//!
//! Publishing is at-most-once: a message can be lost (a writer dies between commit and publish,
//! Redis restarts, a subscriber connection drops). The hub makes delivery whole from the database,
//! so the bus only has to be fast, not reliable.

use std::{sync::Arc, time::Duration};

use futures_util::StreamExt;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::mpsc;

use super::{event::Event, hub::HubCommand};

/// The Redis pub/sub channel all instances share.
pub const REDIS_CHANNEL: &str = "commonground:events";
/// Most `PUBLISH` commands sent to Redis in one pipeline.
const PUBLISH_PIPELINE: usize = 500;

#[derive(Clone)]
pub enum Bus {
    /// Events go straight to this process's hub.
    Memory,
    /// Events go to this process's hub at once (lowest latency for local subscribers) and to
    /// Redis for the others; the hub drops the copy that comes back.
    Redis {
        publisher: redis::aio::ConnectionManager,
    },
}

impl Bus {
    pub fn publish(&self, hub: &mpsc::Sender<HubCommand>, events: Vec<Event>) {
        if events.is_empty() {
            return;
        }
        let events: Vec<Arc<Event>> = events.into_iter().map(Arc::new).collect();
        for event in &events {
            if hub.try_send(HubCommand::Event(event.clone())).is_err() {
                tracing::warn!(channel = %event.channel, seq = event.seq, "hub queue full; event left to repair");
            }
        }
        if let Bus::Redis { publisher } = self {
            let mut conn = publisher.clone();
            tokio::spawn(async move {
                // Pipelined, in order: a fan-out to 5,000 people is a few round trips to Redis
                // rather than 5,000.
                for chunk in events.chunks(PUBLISH_PIPELINE) {
                    let mut pipe = redis::pipe();
                    for event in chunk {
                        if let Ok(payload) = serde_json::to_string(&**event) {
                            pipe.cmd("PUBLISH").arg(REDIS_CHANNEL).arg(payload).ignore();
                        }
                    }
                    let sent: redis::RedisResult<()> = pipe.query_async(&mut conn).await;
                    if let Err(error) = sent {
                        tracing::warn!(%error, events = chunk.len(), first_channel = %chunk[0].channel, first_seq = chunk[0].seq, "publish to Redis failed; subscribers elsewhere repair from the database");
                    }
                }
            });
        }
    }
}

/// Forwards events from Redis to the hub for as long as the process lives, reconnecting with
/// backoff. After each (re)connection it asks the hub to re-check every channel against the
/// database, since anything published while disconnected was missed.
pub fn spawn_redis_subscriber(url: SecretString, hub: mpsc::Sender<HubCommand>) {
    tokio::spawn(async move {
        let mut backoff = Duration::from_millis(100);
        loop {
            match subscribe_once(&url, &hub).await {
                Ok(()) => backoff = Duration::from_millis(100),
                Err(error) => tracing::warn!(%error, "Redis subscription failed; retrying"),
            }
            if hub.is_closed() {
                return;
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(5));
        }
    });
}

async fn subscribe_once(
    url: &SecretString,
    hub: &mpsc::Sender<HubCommand>,
) -> redis::RedisResult<()> {
    let client = redis::Client::open(url.expose_secret())?;
    let mut pubsub = client.get_async_pubsub().await?;
    pubsub.subscribe(REDIS_CHANNEL).await?;
    tracing::info!("subscribed to live events in Redis");
    let _ = hub.send(HubCommand::Resync).await;
    let mut messages = pubsub.on_message();
    while let Some(message) = messages.next().await {
        let payload: String = message.get_payload()?;
        match serde_json::from_str::<Event>(&payload) {
            Ok(event) => {
                if hub.try_send(HubCommand::Event(Arc::new(event))).is_err() {
                    tracing::warn!("hub queue full; event from Redis left to repair");
                }
            }
            Err(error) => tracing::warn!(%error, "ignoring a malformed event from Redis"),
        }
    }
    tracing::warn!("Redis subscription ended");
    Ok(())
}
