//! WebSocket subscribers: many raw tokio-tungstenite connections that count events and their
//! latency ([`Subscribers`], for the live path under load), and one signed-in person's live
//! connection subscribed to a channel ([`subscribe`], through the service's own client).

use std::{
    net::{Ipv4Addr, SocketAddr},
    sync::{
        atomic::{AtomicU64, AtomicU8, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use commonground::live::{client::LiveClient, protocol::ServerMessage};
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use serde::Deserialize;
use serde_json::json;
use tokio::net::TcpSocket;
use tokio_tungstenite::tungstenite::Message;

use super::measure::{latency_histogram, record};

/// Connects to the live endpoint of `base` as the holder of `token`, subscribes to `channel` and
/// waits for the server to confirm.
pub async fn subscribe(base: &str, token: &str, channel: &str) -> anyhow::Result<LiveClient> {
    let mut client = LiveClient::connect(base, token).await?;
    client.subscribe(channel, None).await?;
    loop {
        match client.next_within(Duration::from_secs(10)).await {
            Some(ServerMessage::Subscribed { .. }) => return Ok(client),
            Some(ServerMessage::Error { message, .. }) => {
                bail!("subscribing to {channel} refused: {message}")
            }
            Some(_) => continue,
            None => bail!("no answer to subscribing to {channel}"),
        }
    }
}

/// Source addresses to spread connections over: one (source, destination) address pair has only
/// about 28,000 ephemeral ports.
pub const SOURCE_ADDRESSES: usize = 50;
/// Handshakes in flight at once: a flood of half-open connections would only measure the accept
/// queue (and trip the server's 5 s request-head timeout).
pub const HANDSHAKES_IN_FLIGHT: usize = 200;

/// Phases of a run, shared with every subscriber task.
const WARMING: u8 = 0;
const RECORDING: u8 = 1;
const DONE: u8 = 2;

/// Many subscribers, one task per connection, counting `event` frames and recording the latency
/// from each event's `at` to its arrival while recording.
pub struct Subscribers {
    deliveries: Arc<AtomicU64>,
    connected: Arc<AtomicU64>,
    phase: Arc<AtomicU8>,
    tasks: Vec<tokio::task::JoinHandle<Histogram<u64>>>,
}

/// The part of a frame the subscribers read.
#[derive(Deserialize)]
struct Frame<'a> {
    #[serde(rename = "type", borrow)]
    kind: &'a str,
    at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Subscribers {
    /// Opens a connection to each `ws://` URL (sending `subscribe` where a channel is given),
    /// from 127.0.0.2 onwards, pacing the handshakes; waits up to two minutes for all of them.
    pub async fn connect(targets: Vec<(String, Option<String>)>) -> Self {
        let deliveries = Arc::new(AtomicU64::new(0));
        let connected = Arc::new(AtomicU64::new(0));
        let phase = Arc::new(AtomicU8::new(WARMING));
        let started = Instant::now();
        let handshakes = Arc::new(tokio::sync::Semaphore::new(HANDSHAKES_IN_FLIGHT));
        let mut tasks = Vec::with_capacity(targets.len());
        for (i, (url, channel)) in targets.into_iter().enumerate() {
            let counters = (deliveries.clone(), connected.clone(), phase.clone());
            let source = Ipv4Addr::new(127, 0, 0, 2 + (i % SOURCE_ADDRESSES) as u8);
            let Ok(permit) = handshakes.clone().acquire_owned().await else {
                break;
            };
            tasks.push(tokio::spawn(subscriber(
                url, channel, source, counters, permit,
            )));
        }
        let wanted = tasks.len() as u64;
        while connected.load(Ordering::Relaxed) < wanted
            && started.elapsed() < Duration::from_secs(120)
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let held = connected.load(Ordering::Relaxed);
        if held < wanted {
            println!("  warning: only {held} of {wanted} connections opened");
        }
        Self {
            deliveries,
            connected,
            phase,
            tasks,
        }
    }

    /// Counts from now on (what arrived while warming up does not count).
    pub fn start_recording(&self) {
        self.deliveries.store(0, Ordering::Relaxed);
        self.phase.store(RECORDING, Ordering::Relaxed);
    }

    pub fn connected(&self) -> usize {
        self.connected.load(Ordering::Relaxed) as usize
    }

    /// Stops recording; the deliveries counted and every connection's latencies merged.
    pub async fn finish(self) -> (u64, Histogram<u64>) {
        self.phase.store(DONE, Ordering::Relaxed);
        let deliveries = self.deliveries.load(Ordering::Relaxed);
        let mut merged = latency_histogram();
        // Each task notices that recording stopped within half a second and returns.
        for task in self.tasks {
            if let Ok(histogram) = task.await {
                let _ = merged.add(histogram);
            }
        }
        (deliveries, merged)
    }
}

/// One subscriber connection: counts events while recording, and returns its latency histogram
/// once the run is over (recording stopped and the stream quiet).
async fn subscriber(
    url: String,
    channel: Option<String>,
    source: Ipv4Addr,
    (deliveries, connected, phase): (Arc<AtomicU64>, Arc<AtomicU64>, Arc<AtomicU8>),
    handshake: tokio::sync::OwnedSemaphorePermit,
) -> Histogram<u64> {
    let mut histogram = latency_histogram();
    let opened = open(&url, source).await;
    drop(handshake);
    let mut socket = match opened {
        Ok(socket) => socket,
        Err(error) => {
            static REPORTED: AtomicU64 = AtomicU64::new(0);
            if REPORTED.fetch_add(1, Ordering::Relaxed) < 3 {
                println!("  connection failed: {error:#}");
            }
            return histogram;
        }
    };
    if let Some(channel) = channel {
        let message = json!({"type": "subscribe", "channel": channel}).to_string();
        if socket.send(Message::Text(message.into())).await.is_err() {
            return histogram;
        }
    }
    connected.fetch_add(1, Ordering::Relaxed);
    loop {
        let next = tokio::time::timeout(Duration::from_millis(500), socket.next()).await;
        let message = match next {
            Ok(Some(Ok(message))) => message,
            Ok(_) => return histogram,
            Err(_) if phase.load(Ordering::Relaxed) == DONE => return histogram,
            Err(_) => continue,
        };
        if phase.load(Ordering::Relaxed) == DONE {
            return histogram;
        }
        let Message::Text(text) = message else {
            continue;
        };
        let Ok(frame) = serde_json::from_str::<Frame>(&text) else {
            continue;
        };
        if frame.kind != "event" || phase.load(Ordering::Relaxed) != RECORDING {
            continue;
        }
        deliveries.fetch_add(1, Ordering::Relaxed);
        if let Some(at) = frame.at {
            let micros = (chrono::Utc::now() - at).num_microseconds().unwrap_or(0);
            record(&mut histogram, Duration::from_micros(micros.max(1) as u64));
        }
    }
}

pub type Socket = tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>;

/// A WebSocket to a `ws://127.0.0.1:PORT/...` URL from the given source address.
pub async fn open(url: &str, source: Ipv4Addr) -> anyhow::Result<Socket> {
    let host = url
        .trim_start_matches("ws://")
        .split('/')
        .next()
        .context("url host")?;
    let addr: SocketAddr = host.parse()?;
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(source.into(), 0))?;
    let stream = socket.connect(addr).await?;
    stream.set_nodelay(true)?;
    let (ws, _) = tokio_tungstenite::client_async(url, stream).await?;
    Ok(ws)
}
