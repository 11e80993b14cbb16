//! `make bench-live`: load for the live path, measured against a minimal reference server.
//!
//! Starts `commonground serve` as a child process (so its CPU time and memory can be read from
//! /proc), creates neighbourhoods, opens many subscribers spread over several 127.0.0.x source
//! addresses, publishes events through the real write path (HTTP -> transaction -> event log ->
//! bus -> hub -> sockets) at a fixed rate, and reports commit-to-client latency, deliveries per
//! second and per server CPU-second, and memory per idle connection. Then it runs the same load
//! against a naive broadcast server (plain tokio-tungstenite, one task and one write per message,
//! no auth, no database) and prints the ratio.

use std::{
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use clap::Parser;
use commonground_benches::load::{
    api::{id_of, Api},
    cpu::{cpu_seconds, rss_kib},
    live::Subscribers,
    measure::{percentiles, ratio},
    server::{free_port, ChildGuard, ServerConfig, DEFAULT_BINARY},
};
use futures_util::SinkExt;
use hdrhistogram::Histogram;
use reqwest::Method;
use serde_json::json;
use tokio::net::TcpListener;
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
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
    /// Skip the reference server run.
    #[arg(long)]
    no_reference: bool,
    /// Internal: run the reference server on this port with `--rate` and `--neighbourhoods`.
    #[arg(long, hide = true)]
    reference_server: Option<u16>,
}

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
            ratio(
                ours.deliveries_per_cpu_second(),
                reference.deliveries_per_cpu_second()
            )
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
            "  latency commit->client     {}",
            percentiles(&self.latency_micros, &[0.5, 0.99, 0.999])
        );
        println!(
            "  memory per idle connection {:.1} KiB",
            self.rss_per_connection_kib
        );
    }
}

/// Measures a server process while `load` runs for `seconds` (plus one to drain).
async fn measure(
    pid: u32,
    load: Subscribers,
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
    let server = ServerConfig::new(&args.server)?
        .database_url(args.database_url.as_deref())
        .redis_url(args.redis_url.as_deref())
        .start()
        .await?;
    let pid = server.pid();
    let hoods = create_neighbourhoods(&server.api, args.neighbourhoods).await?;

    let rss_before = rss_kib(pid)?;
    let targets = (0..args.subscribers)
        .map(|i| {
            let (id, token) = &hoods[i % hoods.len()];
            let url = format!(
                "ws://127.0.0.1:{}/api/v1/live?access_token={token}",
                server.port()
            );
            (url, Some(format!("neighbourhood:{id}")))
        })
        .collect();
    let load = Subscribers::connect(targets).await;
    let outcome = measure(
        pid,
        load,
        rss_before,
        publish_updates(
            &server.api,
            &hoods,
            args.rate,
            Duration::from_secs(args.seconds),
        ),
    )
    .await;
    drop(server);
    outcome
}

/// One coordinator (reused by every subscriber of its neighbourhood) and one public
/// neighbourhood per slot.
async fn create_neighbourhoods(api: &Api, count: usize) -> anyhow::Result<Vec<(String, String)>> {
    let run = uuid::Uuid::now_v7().simple().to_string();
    let mut hoods = Vec::with_capacity(count);
    for n in 0..count {
        let token = api
            .sign_up(
                &format!("bench{n}-{run}@example.org"),
                &format!("Bench {n}"),
            )
            .await?;
        let hood = json!({"name": format!("Bench {n} {run}"), "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500});
        let id = id_of(
            &api.post("/api/v1/neighbourhoods", Some(&token), hood)
                .await?,
        )?;
        hoods.push((id.to_string(), token));
    }
    Ok(hoods)
}

/// Edits neighbourhoods round-robin at `rate` per second: each edit is one transaction and one
/// event, through the same HTTP path a coordinator uses.
async fn publish_updates(
    api: &Api,
    hoods: &[(String, String)],
    rate: u64,
    duration: Duration,
) -> anyhow::Result<()> {
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
    let deadline = Instant::now() + duration;
    let mut in_flight = Vec::new();
    let mut n = 0usize;
    while Instant::now() < deadline {
        tick.tick().await;
        let (id, token) = hoods[n % hoods.len()].clone();
        let api = api.clone();
        let edit = json!({"description": format!("update {n}")});
        in_flight.push(tokio::spawn(async move {
            let path = format!("/api/v1/neighbourhoods/{id}");
            api.send(Method::PATCH, &path, Some(&token), Some(&edit), 200)
                .await
        }));
        n += 1;
        if in_flight.len() >= 256 {
            for handle in in_flight.drain(..) {
                handle.await??;
            }
        }
    }
    for handle in in_flight {
        handle.await??;
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
    let load = Subscribers::connect(targets).await;
    let seconds = args.seconds;
    let outcome = measure(pid, load, rss_before, async move {
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        Ok(())
    })
    .await;
    drop(server);
    outcome
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
