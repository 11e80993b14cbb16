//! `make bench-live`: load for the live path, measured against a minimal reference server.
//!
//! Starts `commonground serve` as a child process (so its CPU time and memory can be read from
//! /proc), creates neighbourhoods, opens many subscribers spread over several 127.0.0.x source
//! addresses, publishes events through the real write path (HTTP -> transaction -> event log ->
//! bus -> hub -> sockets) at a fixed rate, and reports commit-to-client latency, deliveries per
//! second and per server CPU-second, and memory per idle connection. Then it runs the same load
//! against a naive broadcast server (plain tokio-tungstenite, one task and one write per message,
//! no auth, no database) and prints the ratio.

use commonground::bench_support::{cpu_seconds, free_port, ChildGuard};
use std::{
    net::{Ipv4Addr, SocketAddr},
    path::PathBuf,
    process::{Command, Stdio},
    sync::{
        atomic::{AtomicU64, AtomicU8, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use hdrhistogram::Histogram;
use serde::Deserialize;
use serde_json::json;
use tokio::net::{TcpListener, TcpSocket};
use tokio_tungstenite::tungstenite::Message;

#[derive(Parser, Clone)]
#[command(about = "Load-test the live path and compare with a naive broadcast server")]
struct Args {
    /// Subscribers (WebSocket connections), spread evenly over the neighbourhoods.
    #[arg(long, default_value_t = 15_000)]
    subscribers: usize,
    #[arg(long, default_value_t = 100)]
    neighbourhoods: usize,
    /// Events per second, over all neighbourhoods.
    #[arg(long, default_value_t = 170)]
    rate: u64,
    /// Seconds of publishing.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// PostgreSQL URL; SQLite in a temporary folder when absent.
    #[arg(long)]
    database_url: Option<String>,
    /// Redis URL for the bus; in-process when absent.
    #[arg(long)]
    redis_url: Option<String>,
    /// The server binary.
    #[arg(long, default_value = "target/release/commonground")]
    server: PathBuf,
    /// Skip the reference server run.
    #[arg(long)]
    no_reference: bool,
    /// Internal: run the reference server on this port with `--rate` and `--neighbourhoods`.
    #[arg(long, hide = true)]
    reference_server: Option<u16>,
}

/// Source addresses to spread connections over: one (source, destination) address pair has only
/// about 28,000 ephemeral ports.
const SOURCE_ADDRESSES: usize = 50;
const MAX_LATENCY_MICROS: u64 = 60_000_000;
const HANDSHAKES_IN_FLIGHT: usize = 200;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let Some(port) = args.reference_server {
        return reference::serve(port, args.neighbourhoods, args.rate).await;
    }
    let store = if args.database_url.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let bus = if args.redis_url.is_some() {
        "Redis bus"
    } else {
        "in-process bus"
    };
    println!(
        "live-bench: {} subscribers over {} neighbourhoods, {} events/s for {} s ({store}, {bus})",
        args.subscribers, args.neighbourhoods, args.rate, args.seconds
    );
    let ours = run_commonground(&args).await?;
    ours.print("commonground");
    if !args.no_reference {
        let reference = run_reference(&args).await?;
        reference.print("reference (naive broadcast server)");
        println!(
            "ratio: deliveries per server CPU-second, commonground / reference = {:.2}",
            ours.deliveries_per_cpu_second() / reference.deliveries_per_cpu_second().max(1e-9)
        );
    }
    Ok(())
}

struct Outcome {
    connections: usize,
    deliveries: u64,
    seconds: f64,
    server_cpu_seconds: f64,
    rss_per_connection_kib: f64,
    latency_micros: Histogram<u64>,
}

impl Outcome {
    fn deliveries_per_cpu_second(&self) -> f64 {
        self.deliveries as f64 / self.server_cpu_seconds.max(1e-9)
    }

    fn print(&self, name: &str) {
        let ms = |micros: u64| micros as f64 / 1000.0;
        let q = |p: f64| ms(self.latency_micros.value_at_quantile(p));
        println!("{name}:");
        println!("  connections held           {}", self.connections);
        println!(
            "  deliveries                 {} in {:.1} s = {:.0}/s",
            self.deliveries,
            self.seconds,
            self.deliveries as f64 / self.seconds
        );
        println!(
            "  server CPU                 {:.2} s = {:.0} deliveries per CPU-second",
            self.server_cpu_seconds,
            self.deliveries_per_cpu_second()
        );
        println!(
            "  latency commit->client     p50 {:.1} ms, p99 {:.1} ms, p99.9 {:.1} ms, max {:.1} ms",
            q(0.5),
            q(0.99),
            q(0.999),
            ms(self.latency_micros.max())
        );
        println!(
            "  memory per idle connection {:.1} KiB",
            self.rss_per_connection_kib
        );
    }
}

fn rss_kib(pid: u32) -> anyhow::Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("no VmRSS")?;
    Ok(line
        .split_whitespace()
        .nth(1)
        .context("bad VmRSS")?
        .parse()?)
}

async fn wait_ready(base: &str) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("server at {base} did not become ready")
}

/// Measures a server process while `load` runs for `seconds` (plus one to drain).
async fn measure(
    pid: u32,
    load: Load,
    rss_before: f64,
    publish: impl std::future::Future<Output = anyhow::Result<()>>,
) -> anyhow::Result<Outcome> {
    tokio::time::sleep(Duration::from_secs(3)).await; // let presence and allocations settle
    let rss_after = rss_kib(pid)?;
    let cpu_before = cpu_seconds(pid)?;
    load.start_recording();
    let started = Instant::now();
    publish.await?;
    tokio::time::sleep(Duration::from_secs(1)).await; // the last events in flight
    let seconds = started.elapsed().as_secs_f64();
    let server_cpu_seconds = cpu_seconds(pid)? - cpu_before;
    let connections = load.connected();
    let (deliveries, latency_micros) = load.finish().await;
    Ok(Outcome {
        connections,
        deliveries,
        seconds,
        server_cpu_seconds,
        rss_per_connection_kib: (rss_after - rss_before) / connections.max(1) as f64,
        latency_micros,
    })
}

async fn run_commonground(args: &Args) -> anyhow::Result<Outcome> {
    let dir = tempfile::tempdir()?;
    let port = free_port()?;
    let mut command = Command::new(&args.server);
    command
        .arg("serve")
        .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
        .env("COMMONGROUND_DATA_DIR", dir.path())
        .env("COMMONGROUND_FRONTEND_DIR", dir.path().join("none"))
        .env(
            "COMMONGROUND_JWT_SECRET",
            "bench-only-signing-secret-not-for-production-use",
        )
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    if let Some(url) = &args.database_url {
        command.env("DATABASE_URL", url);
    }
    if let Some(url) = &args.redis_url {
        command.env("REDIS_URL", url);
    }
    let server = ChildGuard(
        command
            .spawn()
            .with_context(|| format!("cannot start {}", args.server.display()))?,
    );
    let pid = server.0.id();
    let base = format!("http://127.0.0.1:{port}");
    wait_ready(&base).await?;
    let hoods = create_neighbourhoods(&base, args.neighbourhoods).await?;

    let rss_before = rss_kib(pid)?;
    let targets = (0..args.subscribers)
        .map(|i| {
            let (id, token) = &hoods[i % hoods.len()];
            let url = format!("ws://127.0.0.1:{port}/api/v1/live?access_token={token}");
            (url, Some(format!("neighbourhood:{id}")))
        })
        .collect();
    let load = Load::connect(targets).await;
    let outcome = measure(
        pid,
        load,
        rss_before,
        publish_updates(&base, &hoods, args.rate, Duration::from_secs(args.seconds)),
    )
    .await;
    drop(server);
    outcome
}

/// One coordinator (reused by every subscriber of its neighbourhood) and one public
/// neighbourhood per slot.
async fn create_neighbourhoods(base: &str, count: usize) -> anyhow::Result<Vec<(String, String)>> {
    let http = reqwest::Client::new();
    let run = uuid::Uuid::now_v7().simple().to_string();
    let password = "bench password 123";
    let mut hoods = Vec::with_capacity(count);
    for n in 0..count {
        let email = format!("bench{n}-{run}@example.org");
        let account =
            json!({"email": email, "display_name": format!("Bench {n}"), "password": password});
        http.post(format!("{base}/api/v1/auth/register"))
            .json(&account)
            .send()
            .await?
            .error_for_status()?;
        let tokens: serde_json::Value = http
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = tokens["access_token"].as_str().context("token")?.to_owned();
        let hood = json!({"name": format!("Bench {n} {run}"), "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500});
        let created: serde_json::Value = http
            .post(format!("{base}/api/v1/neighbourhoods"))
            .bearer_auth(&token)
            .json(&hood)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        hoods.push((created["id"].as_str().context("id")?.to_owned(), token));
    }
    Ok(hoods)
}

/// Edits neighbourhoods round-robin at `rate` per second: each edit is one transaction and one
/// event, through the same HTTP path a coordinator uses.
async fn publish_updates(
    base: &str,
    hoods: &[(String, String)],
    rate: u64,
    duration: Duration,
) -> anyhow::Result<()> {
    let http = reqwest::Client::new();
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
    let deadline = Instant::now() + duration;
    let mut in_flight = Vec::new();
    let mut n = 0usize;
    while Instant::now() < deadline {
        tick.tick().await;
        let (id, token) = hoods[n % hoods.len()].clone();
        let request = http
            .patch(format!("{base}/api/v1/neighbourhoods/{id}"))
            .bearer_auth(token)
            .json(&json!({"description": format!("update {n}")}));
        in_flight.push(tokio::spawn(request.send()));
        n += 1;
        if in_flight.len() >= 256 {
            for handle in in_flight.drain(..) {
                handle.await??.error_for_status()?;
            }
        }
    }
    for handle in in_flight {
        handle.await??.error_for_status()?;
    }
    Ok(())
}

async fn run_reference(args: &Args) -> anyhow::Result<Outcome> {
    let port = free_port()?;
    let server = ChildGuard(
        Command::new(std::env::current_exe()?)
            .args(["--reference-server", &port.to_string()])
            .args([
                "--rate",
                &args.rate.to_string(),
                "--neighbourhoods",
                &args.neighbourhoods.to_string(),
            ])
            .stdout(Stdio::null())
            .spawn()?,
    );
    let pid = server.0.id();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rss_before = rss_kib(pid)?;
    let targets = (0..args.subscribers)
        .map(|i| {
            (
                format!("ws://127.0.0.1:{port}/{}", i % args.neighbourhoods),
                None,
            )
        })
        .collect();
    let load = Load::connect(targets).await;
    let seconds = args.seconds;
    let outcome = measure(pid, load, rss_before, async move {
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        Ok(())
    })
    .await;
    drop(server);
    outcome
}

/// The subscribers: one task per connection, counting events and recording latency.
/// Phases of a run, shared with every subscriber task.
const WARMING: u8 = 0;
const RECORDING: u8 = 1;
const DONE: u8 = 2;

struct Load {
    deliveries: Arc<AtomicU64>,
    connected: Arc<AtomicU64>,
    phase: Arc<AtomicU8>,
    tasks: Vec<tokio::task::JoinHandle<Histogram<u64>>>,
}

#[derive(Deserialize)]
struct Frame<'a> {
    #[serde(rename = "type", borrow)]
    kind: &'a str,
    at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Load {
    /// Opens every connection (subscribing where a channel is given), pacing the handshakes.
    async fn connect(targets: Vec<(String, Option<String>)>) -> Self {
        let deliveries = Arc::new(AtomicU64::new(0));
        let connected = Arc::new(AtomicU64::new(0));
        let phase = Arc::new(AtomicU8::new(WARMING));
        let started = Instant::now();
        // Bounded handshakes in flight: a flood of half-open connections would only measure
        // the accept queue (and trip the server's 5 s request-head timeout).
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

    fn start_recording(&self) {
        self.deliveries.store(0, Ordering::Relaxed);
        self.phase.store(RECORDING, Ordering::Relaxed);
    }

    fn connected(&self) -> usize {
        self.connected.load(Ordering::Relaxed) as usize
    }

    async fn finish(self) -> (u64, Histogram<u64>) {
        self.phase.store(DONE, Ordering::Relaxed);
        let deliveries = self.deliveries.load(Ordering::Relaxed);
        let mut merged = new_histogram();
        // Each task notices that recording stopped within half a second and returns.
        for task in self.tasks {
            if let Ok(histogram) = task.await {
                let _ = merged.add(histogram);
            }
        }
        (deliveries, merged)
    }
}

fn new_histogram() -> Histogram<u64> {
    // Fixed, valid bounds: construction cannot fail.
    #[allow(clippy::expect_used)]
    Histogram::new_with_bounds(1, MAX_LATENCY_MICROS, 3).expect("valid histogram bounds")
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
    let mut histogram = new_histogram();
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
            let micros = (chrono::Utc::now() - at)
                .num_microseconds()
                .unwrap_or(0)
                .max(1) as u64;
            let _ = histogram.record(micros.min(MAX_LATENCY_MICROS));
        }
    }
}

type Socket = tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>;

async fn open(url: &str, source: Ipv4Addr) -> anyhow::Result<Socket> {
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

/// The naive reference: a straightforward broadcast server, one task and one write per message.
#[allow(clippy::result_large_err)] // tungstenite's handshake callback type, not ours
mod reference {
    use super::*;
    use tokio::sync::broadcast;

    pub async fn serve(port: u16, groups: usize, rate: u64) -> anyhow::Result<()> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let senders: Vec<broadcast::Sender<String>> =
            (0..groups).map(|_| broadcast::channel(1024).0).collect();
        let publishers = senders.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
            let mut seq = 0u64;
            loop {
                tick.tick().await;
                seq += 1;
                let group = seq as usize % publishers.len();
                // About the size of a Commonground event frame.
                let text = json!({
                    "type": "event", "channel": format!("neighbourhood:{}", uuid::Uuid::now_v7()), "seq": seq,
                    "kind": "neighbourhood.updated",
                    "data": {"name": format!("Bench {group}"), "visibility": "public", "join_policy": "open"},
                    "at": chrono::Utc::now(),
                })
                .to_string();
                let _ = publishers[group].send(text);
            }
        });
        loop {
            let (stream, _) = listener.accept().await?;
            let senders = senders.clone();
            tokio::spawn(async move {
                let mut path = String::new();
                let callback =
                    |req: &tokio_tungstenite::tungstenite::handshake::server::Request, resp| {
                        path = req.uri().path().trim_start_matches('/').to_owned();
                        Ok(resp)
                    };
                let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
                    return;
                };
                let mut rx =
                    senders[path.parse::<usize>().unwrap_or(0) % senders.len()].subscribe();
                while let Ok(text) = rx.recv().await {
                    if ws.send(Message::Text(text.into())).await.is_err() {
                        return;
                    }
                }
            });
        }
    }
}
