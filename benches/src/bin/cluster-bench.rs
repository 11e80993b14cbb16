//! `make cluster-test`: the shipped topology (`deploy/local-cluster.sh`: nginx running
//! `deploy/nginx.conf` in front of three instances on PostgreSQL and Redis) under a mixed load
//! while every instance is restarted in turn with SIGTERM.
//!
//! Everything goes through nginx, as a browser's requests would: residents read lists, issues and
//! tasks, file reports, support issues, claim and release task slots; service managers read their
//! dashboards; live subscribers follow one neighbourhood each and, when their instance goes away
//! (close 1001), reconnect after a jittered delay with `since` = the last seq they saw (as the
//! front end's client does: full jitter, 0.5 s doubling to 30 s). Afterwards it checks, and exits
//! non-zero when any check fails:
//! - every write answered 2xx is in the database;
//! - every subscriber saw every seq of its channel exactly once, in order, up to the channel's
//!   newest;
//! - no idempotent request (GET) failed, and under 0.1% of all requests failed;
//! - reconnections after each restart were spread out (no storm).

use std::{
    collections::HashMap,
    net::Ipv4Addr,
    path::PathBuf,
    sync::{
        atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use clap::Parser;
use commonground_benches::load::{
    api::{http_client, id_of, Api},
    live::{open, HANDSHAKES_IN_FLIGHT, SOURCE_ADDRESSES},
    measure::{latency_histogram, percentiles, record},
};
use futures_util::{stream, SinkExt, StreamExt, TryStreamExt};
use hdrhistogram::Histogram;
use rand::Rng;
use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::process::Command;
use tokio_tungstenite::tungstenite::Message;
use uuid::Uuid;

#[derive(Parser, Clone)]
#[command(about = "Mixed load through nginx while the cluster's instances restart one by one")]
struct Args {
    /// nginx in front of the cluster.
    #[arg(long, default_value = "http://127.0.0.1:8088")]
    url: String,
    /// PostgreSQL database the cluster uses (to read every acknowledged write back).
    #[arg(long)]
    database_url: String,
    /// The cluster script (`restart N`, `grant-admin EMAIL`); CLUSTER_DIR must be set.
    #[arg(long, default_value = "deploy/local-cluster.sh")]
    cluster_script: PathBuf,
    /// Instances to restart, one after the other (1..=N).
    #[arg(long, default_value_t = 3)]
    restarts: usize,
    /// Live subscribers (WebSocket connections through nginx).
    #[arg(long, default_value_t = 3_000)]
    subscribers: usize,
    #[arg(long, default_value_t = 30)]
    neighbourhoods: usize,
    /// Residents (signed in, each a member of one neighbourhood) issuing requests.
    #[arg(long, default_value_t = 60)]
    residents: usize,
    /// Service managers reloading their dashboard.
    #[arg(long, default_value_t = 4)]
    managers: usize,
    /// Requests per second over all residents (about one in four is a write).
    #[arg(long, default_value_t = 120)]
    rate: u64,
    /// Seconds of load (at least until the last restart is over plus the gap).
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Reports without photos (when the cluster keeps photos on each instance's disk).
    #[arg(long)]
    no_photos: bool,
    /// Seconds of load before the first restart and between restarts.
    #[arg(long, default_value_t = 8)]
    gap: u64,
}

/// Every request's outcome, by kind.
#[derive(Default)]
struct Tally {
    reads: AtomicU64,
    reads_failed: AtomicU64,
    writes: AtomicU64,
    writes_failed: AtomicU64,
    /// Answered 409 (already claimed, a full task): an answer, not a failure.
    conflicts: AtomicU64,
    examples: Mutex<Vec<String>>,
}

/// What the server acknowledged with a 2xx, to be found in the database afterwards.
#[derive(Default)]
struct Acknowledged {
    reports: Mutex<Vec<Uuid>>,
    /// (issue, supporter's e-mail).
    supports: Mutex<Vec<(Uuid, String)>>,
    claims: Mutex<Vec<Uuid>>,
    photos: Mutex<Vec<Uuid>>,
}

struct Load {
    api: Api,
    tally: Tally,
    acked: Acknowledged,
    running: AtomicBool,
    latency: Mutex<Histogram<u64>>,
}

impl Load {
    /// One request; its outcome is tallied, and the answer returned when it was a 2xx.
    async fn call(&self, method: Method, path: &str, token: &str, body: Body) -> Option<Value> {
        let idempotent = method == Method::GET;
        let mut request = self
            .api
            .http
            .request(method.clone(), format!("{}{path}", self.api.base))
            .bearer_auth(token)
            .timeout(Duration::from_secs(30));
        request = match body {
            Body::None => request,
            Body::Json(body) => request.json(&body),
            Body::Jpeg(bytes) => request
                .header(reqwest::header::CONTENT_TYPE, "image/jpeg")
                .body(bytes),
        };
        let started = Instant::now();
        let outcome = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(bytes) => Ok((status, bytes)),
                    Err(error) => Err(format!("reading the body: {error}")),
                }
            }
            Err(error) => Err(format!("{error:#}")),
        };
        let (reads, failed) = if idempotent {
            (&self.tally.reads, &self.tally.reads_failed)
        } else {
            (&self.tally.writes, &self.tally.writes_failed)
        };
        reads.fetch_add(1, Ordering::Relaxed);
        let failure = match outcome {
            Ok((status, bytes)) if (200..300).contains(&status) => {
                if let Ok(mut histogram) = self.latency.lock() {
                    record(&mut histogram, started.elapsed());
                }
                return Some(serde_json::from_slice(&bytes).unwrap_or(Value::Null));
            }
            Ok((409, _)) => {
                self.tally.conflicts.fetch_add(1, Ordering::Relaxed);
                return None;
            }
            Ok((status, bytes)) => format!(
                "{status}: {}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            ),
            Err(error) => error,
        };
        failed.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut examples) = self.tally.examples.lock() {
            if examples.len() < 10 {
                examples.push(format!("{method} {path}: {failure}"));
            }
        }
        None
    }
}

/// A request's body.
enum Body {
    None,
    Json(Value),
    Jpeg(Vec<u8>),
}

/// A resident: a member of one neighbourhood with its task.
#[derive(Clone)]
struct Resident {
    email: String,
    token: String,
    hood: usize,
}

struct Hood {
    id: Uuid,
    task: Uuid,
    /// Issues known in it (the seeded one and those reported during the run).
    issues: Mutex<Vec<Uuid>>,
}

struct World {
    category: Uuid,
    /// Whether residents attach photos, and the one they attach.
    photos: bool,
    jpeg: Vec<u8>,
    organisation: Uuid,
    admin: String,
    managers: Vec<String>,
    hoods: Vec<Hood>,
    residents: Vec<Resident>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    // Set-up and connecting (at most a few minutes), the load, and each restart's own bound.
    let budget = Duration::from_secs(args.seconds + 130 * args.restarts as u64 + 300);
    match tokio::time::timeout(budget, run(args)).await {
        Ok(result) => result,
        Err(_) => bail!(
            "cluster-bench: over its time budget of {} s",
            budget.as_secs()
        ),
    }
}

async fn run(args: Args) -> anyhow::Result<()> {
    println!(
        "cluster-bench: {} subscribers over {} neighbourhoods, {} residents at {} requests/s, {} managers, {} s, {} rolling restart(s), through {}",
        args.subscribers,
        args.neighbourhoods,
        args.residents,
        args.rate,
        args.managers,
        args.seconds,
        args.restarts,
        args.url
    );
    let api = Api::new(http_client()?, args.url.clone());
    api.wait_ready().await?;
    let started = Instant::now();
    let world = Arc::new(set_up(&args, &api).await?);
    println!(
        "  set up in {:.1} s: {} neighbourhoods served by one organisation, {} residents, {} managers",
        started.elapsed().as_secs_f64(),
        world.hoods.len(),
        world.residents.len(),
        world.managers.len()
    );

    // Live subscribers: resident tokens round-robin, one neighbourhood each.
    let live = Arc::new(LiveShared::default());
    let ws_base = args.url.replacen("http://", "ws://", 1);
    let mut subscribers = Vec::with_capacity(args.subscribers);
    let handshakes = Arc::new(tokio::sync::Semaphore::new(HANDSHAKES_IN_FLIGHT));
    for i in 0..args.subscribers {
        let resident = &world.residents[i % world.residents.len()];
        let hood = i % world.hoods.len();
        let url = format!("{ws_base}/api/v1/live?access_token={}", resident.token);
        let channel = format!("neighbourhood:{}", world.hoods[hood].id);
        let source = Ipv4Addr::new(127, 0, 0, 2 + (i % SOURCE_ADDRESSES) as u8);
        let state = Arc::new(SubscriberState::default());
        subscribers.push((hood, state.clone()));
        tokio::spawn(subscriber(
            url,
            channel,
            source,
            state,
            live.clone(),
            handshakes.clone(),
        ));
    }
    let connecting = Instant::now();
    while live.subscribed.load(Ordering::Relaxed) < args.subscribers as u64
        && connecting.elapsed() < Duration::from_secs(120)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "  {} of {} subscribers subscribed in {:.1} s",
        live.subscribed.load(Ordering::Relaxed),
        args.subscribers,
        connecting.elapsed().as_secs_f64()
    );

    // The load.
    let load = Arc::new(Load {
        api: api.with_own_client()?,
        tally: Tally::default(),
        acked: Acknowledged::default(),
        running: AtomicBool::new(true),
        latency: Mutex::new(latency_histogram()),
    });
    let load_started = Instant::now();
    let mut workers = Vec::new();
    let per_resident = Duration::from_secs_f64(args.residents as f64 / args.rate.max(1) as f64);
    for resident in world.residents.clone() {
        workers.push(tokio::spawn(resident_loop(
            load.clone(),
            world.clone(),
            resident,
            per_resident,
        )));
    }
    for manager in world.managers.clone() {
        workers.push(tokio::spawn(manager_loop(
            load.clone(),
            world.organisation,
            manager,
        )));
    }

    // The rolling restart.
    let mut windows = Vec::new();
    for instance in 1..=args.restarts {
        tokio::time::sleep(Duration::from_secs(args.gap)).await;
        let from = load_started.elapsed();
        let status = tokio::time::timeout(
            Duration::from_secs(120),
            Command::new("bash")
                .arg(&args.cluster_script)
                .args(["restart", &instance.to_string()])
                .status(),
        )
        .await
        .context("restarting an instance took over 120 s")??;
        let to = load_started.elapsed();
        if !status.success() {
            bail!("restarting instance {instance} failed");
        }
        println!(
            "  instance {instance}: SIGTERM at {:.1} s, back and ready at {:.1} s ({:.1} s)",
            from.as_secs_f64(),
            to.as_secs_f64(),
            (to - from).as_secs_f64()
        );
        windows.push((instance, from, to));
    }
    let end = Duration::from_secs(args.seconds)
        .max(load_started.elapsed() + Duration::from_secs(args.gap));
    tokio::time::sleep(end.saturating_sub(load_started.elapsed())).await;
    load.running.store(false, Ordering::Relaxed);
    for worker in workers {
        let _ = tokio::time::timeout(Duration::from_secs(40), worker).await;
    }
    let load_seconds = load_started.elapsed().as_secs_f64();

    // Each channel's newest seq, then the subscribers catch up to it (bounded).
    let mut newest = Vec::with_capacity(world.hoods.len());
    for hood in &world.hoods {
        newest.push(newest_seq(&ws_base, &world.admin, hood.id).await?);
    }
    let catching_up = Instant::now();
    let behind = |subscribers: &[(usize, Arc<SubscriberState>)]| {
        subscribers
            .iter()
            .filter(|(hood, state)| state.last.load(Ordering::Relaxed) < newest[*hood])
            .count()
    };
    while behind(&subscribers) > 0 && catching_up.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    live.done.store(true, Ordering::Relaxed);

    // Figures.
    let mut failures = Vec::new();
    let tally = &load.tally;
    let (reads, reads_failed) = (
        tally.reads.load(Ordering::Relaxed),
        tally.reads_failed.load(Ordering::Relaxed),
    );
    let (writes, writes_failed) = (
        tally.writes.load(Ordering::Relaxed),
        tally.writes_failed.load(Ordering::Relaxed),
    );
    let total = reads + writes;
    let failed = reads_failed + writes_failed;
    let failed_share = failed as f64 / total.max(1) as f64;
    println!(
        "  requests: {total} in {load_seconds:.1} s ({:.0}/s): {reads} reads ({reads_failed} failed), {writes} writes ({writes_failed} failed), {} answered 409; failed overall {:.3}%",
        total as f64 / load_seconds,
        tally.conflicts.load(Ordering::Relaxed),
        100.0 * failed_share
    );
    if let Ok(histogram) = load.latency.lock() {
        println!(
            "  latency of answered requests (ms): {}",
            percentiles(&histogram, &[0.5, 0.99, 0.999, 1.0])
        );
    }
    if let Ok(examples) = tally.examples.lock() {
        for example in examples.iter() {
            println!("    failed: {example}");
        }
    }
    if reads_failed > 0 {
        failures.push(format!("{reads_failed} idempotent requests failed (nginx should have retried them on another instance)"));
    }
    if failed_share >= 0.001 {
        failures.push(format!(
            "{:.3}% of requests failed (limit 0.1%)",
            100.0 * failed_share
        ));
    }

    // Every acknowledged write is in the database.
    let missing = check_writes(&args.database_url, &load.acked, &api, &world.admin).await?;
    failures.extend(missing);

    // Every subscriber saw every seq exactly once, in order.
    let mut gaps = 0;
    let mut duplicates = 0;
    let mut resets = 0;
    let mut short = 0;
    let mut never = 0;
    let mut events = 0;
    for (hood, state) in &subscribers {
        gaps += state.gaps.load(Ordering::Relaxed);
        duplicates += state.duplicates.load(Ordering::Relaxed);
        resets += state.resets.load(Ordering::Relaxed);
        events += state.events.load(Ordering::Relaxed);
        if state.first.load(Ordering::Relaxed) < 0 {
            never += 1;
        } else if state.last.load(Ordering::Relaxed) != newest[*hood] {
            short += 1;
        }
    }
    println!(
        "  live: {events} events delivered to {} subscribers; newest seqs {}..{}; gaps {gaps}, duplicates {duplicates}, resets {resets}, not at the newest seq {short}, never subscribed {never}",
        subscribers.len(),
        newest.iter().min().copied().unwrap_or(0),
        newest.iter().max().copied().unwrap_or(0),
    );
    if gaps + duplicates + resets + short + never > 0 {
        failures.push(format!("live: {gaps} gaps, {duplicates} duplicates, {resets} resets, {short} behind, {never} never subscribed"));
    }

    // Reconnections: how they spread after each restart.
    let reconnects = live
        .reconnects
        .lock()
        .map(|r| r.clone())
        .unwrap_or_default();
    let closes = live.closes.load(Ordering::Relaxed);
    println!(
        "  reconnections: {} closes by the server, {} resubscriptions",
        closes,
        reconnects.len()
    );
    for (instance, from, to) in &windows {
        let window_end = *to + Duration::from_secs(args.gap);
        let mut delays = latency_histogram();
        let mut buckets: HashMap<u128, u64> = HashMap::new();
        let mut count = 0u64;
        let (mut first, mut last) = (Duration::MAX, Duration::ZERO);
        for reconnect in &reconnects {
            let at = reconnect.attempt.duration_since(load_started);
            if at < *from || at > window_end {
                continue;
            }
            count += 1;
            record(&mut delays, reconnect.resubscribed - reconnect.closed);
            *buckets.entry(at.as_millis() / 100).or_default() += 1;
            first = first.min(at);
            last = last.max(at);
        }
        if count == 0 {
            println!("  instance {instance}: no reconnections");
            continue;
        }
        let peak = buckets.values().copied().max().unwrap_or(0);
        println!(
            "  instance {instance}: {count} reconnections over {:.2} s (first attempt {:.2} s after SIGTERM), busiest 100 ms: {peak} ({:.0}%); close -> resubscribed (ms): {}",
            (last - first).as_secs_f64(),
            (first - *from).as_secs_f64(),
            100.0 * peak as f64 / count as f64,
            percentiles(&delays, &[0.5, 0.9, 0.99, 1.0])
        );
        // Full jitter over at least 0.5 s spreads them over five or more 100 ms slices; a storm
        // (everyone at once) puts most of them in one.
        if count >= 20 && peak * 2 > count {
            failures.push(format!(
                "instance {instance}: {peak} of {count} reconnections within 100 ms (a storm)"
            ));
        }
    }
    if args.restarts > 0 && closes == 0 && args.subscribers > 0 {
        failures.push("no live connection was closed by a restart".into());
    }

    if failures.is_empty() {
        println!("cluster-bench: every check passed");
        Ok(())
    } else {
        for failure in &failures {
            println!("  FAILED: {failure}");
        }
        bail!("cluster-bench: {} check(s) failed", failures.len())
    }
}

/// The organisation, its managers, the neighbourhoods (each with a task), the residents.
async fn set_up(args: &Args, api: &Api) -> anyhow::Result<World> {
    let run = Uuid::now_v7().simple().to_string();
    let admin_email = format!("admin-{run}@cluster.example");
    api.register(&admin_email, "Cluster Admin").await?;
    let granted = Command::new("bash")
        .arg(&args.cluster_script)
        .args(["grant-admin", &admin_email])
        .status()
        .await?;
    if !granted.success() {
        bail!("granting the administrator failed");
    }
    let admin = api.log_in(&admin_email).await?;
    let organisation = api
        .create_organisation(&admin, "Cluster Council", &admin_email)
        .await?;
    let category = id_of(
        &api.post(
            &format!("/api/v1/organisations/{organisation}/categories"),
            Some(&admin),
            json!({"code": "pothole", "name": "Pothole", "group": "Streets", "keywords": ["road"], "target_days": 14}),
        )
        .await?,
    )?;
    let mut managers = Vec::new();
    for m in 0..args.managers {
        let email = format!("manager{m}-{run}@cluster.example");
        managers.push(api.sign_up(&email, &format!("Manager {m}")).await?);
        api.post(
            &format!("/api/v1/organisations/{organisation}/staff"),
            Some(&admin),
            json!({"email": email}),
        )
        .await?;
    }
    let mut hoods = Vec::new();
    for h in 0..args.neighbourhoods {
        let (lat, lon) = hood_centre(h);
        let id = api
            .create_neighbourhood(
                &admin,
                json!({"name": format!("Cluster street {h} {run}"), "description": "Cluster test", "center": {"lat": lat, "lon": lon}, "radius_m": 800.0, "visibility": "public", "join_policy": "open"}),
                Some(organisation),
            )
            .await?;
        let task = id_of(
            &api.post(
                &format!("/api/v1/neighbourhoods/{id}/tasks"),
                Some(&admin),
                json!({"title": "Litter pick", "description": "Cluster test", "slots": 100}),
            )
            .await?,
        )?;
        let report = api
            .post(
                &format!("/api/v1/neighbourhoods/{id}/reports"),
                Some(&admin),
                json!({"category_id": category, "location": {"lat": lat, "lon": lon}, "description": "Seeded pothole"}),
            )
            .await?;
        let issue: Uuid = report["issue"]["id"]
            .as_str()
            .context("no issue id")?
            .parse()?;
        hoods.push(Hood {
            id,
            task,
            issues: Mutex::new(vec![issue]),
        });
    }
    let hood_ids: Vec<Uuid> = hoods.iter().map(|h| h.id).collect();
    let residents = stream::iter(0..args.residents)
        .map(|r| {
            let (api, run, hood_ids) = (api.clone(), run.clone(), hood_ids.clone());
            async move {
                let email = format!("resident{r}-{run}@cluster.example");
                let token = api.sign_up(&email, &format!("Resident {r}")).await?;
                let hood = r % hood_ids.len();
                api.act(
                    &format!("/api/v1/neighbourhoods/{}/join", hood_ids[hood]),
                    Some(&token),
                    None,
                )
                .await?;
                Ok::<_, anyhow::Error>(Resident { email, token, hood })
            }
        })
        .buffer_unordered(8)
        .try_collect()
        .await?;
    Ok(World {
        category,
        photos: !args.no_photos,
        jpeg: sample_jpeg()?,
        organisation,
        admin,
        managers,
        hoods,
        residents,
    })
}

/// A small photo (a 160 × 120 gradient), as a phone's upload would be, only smaller.
fn sample_jpeg() -> anyhow::Result<Vec<u8>> {
    let picture = image::RgbImage::from_fn(160, 120, |x, y| image::Rgb([x as u8, y as u8, 128]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut bytes, image::ImageFormat::Jpeg)?;
    Ok(bytes.into_inner())
}

/// Neighbourhood centres 2 km apart on a grid, so reports of one never pool into another's issue.
fn hood_centre(h: usize) -> (f64, f64) {
    (
        51.40 + 0.02 * (h / 10) as f64,
        -2.70 + 0.03 * (h % 10) as f64,
    )
}

/// A resident's session: mostly reading, sometimes writing, paced to its share of the rate.
async fn resident_loop(load: Arc<Load>, world: Arc<World>, resident: Resident, every: Duration) {
    let hood = &world.hoods[resident.hood];
    let token = resident.token.as_str();
    let mut claim: Option<Uuid> = None;
    // Start at a random point of the period, so residents do not move in step.
    let offset = rand::thread_rng().gen_range(0..every.as_millis().max(1) as u64);
    tokio::time::sleep(Duration::from_millis(offset)).await;
    let mut tick = tokio::time::interval(every);
    // A person who waited for a slow answer does not then fire the missed requests at once.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while load.running.load(Ordering::Relaxed) {
        tick.tick().await;
        let roll = rand::thread_rng().gen_range(0..100);
        let issues = hood.issues.lock().map(|i| i.clone()).unwrap_or_default();
        if issues.is_empty() {
            continue;
        }
        let issue = issues[rand::thread_rng().gen_range(0..issues.len())];
        match roll {
            0..=34 => {
                load.call(
                    Method::GET,
                    &format!("/api/v1/neighbourhoods/{}/issues", hood.id),
                    token,
                    Body::None,
                )
                .await;
            }
            35..=59 => {
                load.call(
                    Method::GET,
                    &format!("/api/v1/issues/{issue}"),
                    token,
                    Body::None,
                )
                .await;
            }
            60..=74 => {
                load.call(
                    Method::GET,
                    &format!("/api/v1/neighbourhoods/{}/tasks", hood.id),
                    token,
                    Body::None,
                )
                .await;
            }
            75..=84 => {
                let (lat, lon) = hood_centre(resident.hood);
                let (dlat, dlon) = {
                    let mut rng = rand::thread_rng();
                    (rng.gen_range(-0.004..0.004), rng.gen_range(-0.006..0.006))
                };
                let body = json!({"category_id": world.category, "location": {"lat": lat + dlat, "lon": lon + dlon}, "description": "Broken paving"});
                let path = format!("/api/v1/neighbourhoods/{}/reports", hood.id);
                if let Some(answer) = load
                    .call(Method::POST, &path, token, Body::Json(body))
                    .await
                {
                    if let (Ok(report), Ok(issue)) =
                        (id_in(&answer["report_id"]), id_in(&answer["issue"]["id"]))
                    {
                        push(&load.acked.reports, report);
                        // Every other report comes with a photo (stored in the shared object
                        // store by whichever instance takes it).
                        if world.photos && rand::thread_rng().gen_bool(0.5) {
                            let path = format!("/api/v1/reports/{report}/photos");
                            let jpeg = Body::Jpeg(world.jpeg.clone());
                            if let Some(photo) = load.call(Method::POST, &path, token, jpeg).await {
                                if let Ok(id) = id_of(&photo) {
                                    push(&load.acked.photos, id);
                                }
                            }
                        }
                        if let Ok(mut issues) = hood.issues.lock() {
                            if !issues.contains(&issue) {
                                issues.push(issue);
                            }
                        }
                    }
                }
            }
            85..=91 => {
                let path = format!("/api/v1/issues/{issue}/support");
                if load
                    .call(Method::POST, &path, token, Body::None)
                    .await
                    .is_some()
                {
                    push(&load.acked.supports, (issue, resident.email.clone()));
                }
            }
            _ => match claim.take() {
                // Claim a slot, then give it back next time: both writes.
                None => {
                    let path = format!("/api/v1/tasks/{}/claim", hood.task);
                    if let Some(answer) = load.call(Method::POST, &path, token, Body::None).await {
                        if let Ok(id) = id_of(&answer) {
                            push(&load.acked.claims, id);
                            claim = Some(id);
                        }
                    }
                }
                Some(_) => {
                    let path = format!("/api/v1/tasks/{}/release", hood.task);
                    if load
                        .call(Method::POST, &path, token, Body::None)
                        .await
                        .is_none()
                    {
                        // Not released (failed): try again next time.
                        claim = Some(Uuid::nil());
                    }
                }
            },
        }
    }
}

/// A service manager with the dashboard open: reloads the summary every second.
async fn manager_loop(load: Arc<Load>, organisation: Uuid, token: String) {
    let path = format!("/api/v1/organisations/{organisation}/dashboard");
    while load.running.load(Ordering::Relaxed) {
        load.call(Method::GET, &path, &token, Body::None).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

fn id_in(value: &Value) -> anyhow::Result<Uuid> {
    Ok(value.as_str().context("no id")?.parse()?)
}

fn push<T>(list: &Mutex<Vec<T>>, item: T) {
    if let Ok(mut list) = list.lock() {
        list.push(item);
    }
}

/// Reads every acknowledged write back from the database; a failure message per kind missing.
fn distinct<T: Ord + Clone>(list: &Mutex<Vec<T>>) -> Vec<T> {
    let mut list = list.lock().map(|l| l.clone()).unwrap_or_default();
    list.sort();
    list.dedup();
    list
}

async fn check_writes(
    database_url: &str,
    acked: &Acknowledged,
    api: &Api,
    token: &str,
) -> anyhow::Result<Vec<String>> {
    let db = sqlx::PgPool::connect(database_url).await?;
    // Distinct: supporting again answers 200 as well, and claiming a slot again after releasing
    // it answers with the same claim (one row per task and person).
    let reports = distinct(&acked.reports);
    let supports = distinct(&acked.supports);
    let claims = distinct(&acked.claims);
    let found_reports: i64 = sqlx::query_scalar("SELECT count(*) FROM reports WHERE id = ANY($1)")
        .bind(&reports)
        .fetch_one(&db)
        .await?;
    let (issues, emails): (Vec<Uuid>, Vec<String>) = supports.iter().cloned().unzip();
    let found_supports: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM issue_supporters s JOIN users u ON u.id = s.user_id \
         JOIN UNNEST($1::uuid[], $2::text[]) AS t(issue_id, email) ON t.issue_id = s.issue_id AND t.email = u.email",
    )
    .bind(&issues)
    .bind(&emails)
    .fetch_one(&db)
    .await?;
    let found_claims: i64 =
        sqlx::query_scalar("SELECT count(*) FROM task_claims WHERE id = ANY($1)")
            .bind(&claims)
            .fetch_one(&db)
            .await?;
    let photos = distinct(&acked.photos);
    let found_photos: i64 = sqlx::query_scalar("SELECT count(*) FROM photos WHERE id = ANY($1)")
        .bind(&photos)
        .fetch_one(&db)
        .await?;
    // And each one's bytes, through nginx: served by whichever instance, from the shared store.
    let mut served_photos: i64 = 0;
    for photo in &photos {
        let served = api
            .http
            .get(format!("{}/api/v1/photos/{photo}", api.base))
            .bearer_auth(token)
            .send()
            .await;
        if let Ok(response) = served {
            if response.status().is_success() && response.bytes().await.is_ok_and(|b| !b.is_empty())
            {
                served_photos += 1;
            }
        }
    }
    println!(
        "  acknowledged writes found afterwards: reports {found_reports}/{}, supports {found_supports}/{}, claims {found_claims}/{}, photos {found_photos}/{} (served through nginx: {served_photos})",
        reports.len(),
        supports.len(),
        claims.len(),
        photos.len()
    );
    let mut failures = Vec::new();
    for (what, found, acked) in [
        ("reports", found_reports, reports.len()),
        ("supports", found_supports, supports.len()),
        ("claims", found_claims, claims.len()),
        ("photos", found_photos, photos.len()),
        ("photos served", served_photos, photos.len()),
    ] {
        if found as usize != acked {
            failures.push(format!("{what}: {found} of {acked} acknowledged found"));
        }
    }
    Ok(failures)
}

/// A channel's newest seq: what a fresh subscription is told.
async fn newest_seq(ws_base: &str, token: &str, hood: Uuid) -> anyhow::Result<i64> {
    let url = format!("{ws_base}/api/v1/live?access_token={token}");
    let mut socket = open(&url, Ipv4Addr::new(127, 0, 0, 1)).await?;
    let channel = format!("neighbourhood:{hood}");
    let message = json!({"type": "subscribe", "channel": channel}).to_string();
    socket.send(Message::Text(message.into())).await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let Ok(Some(Ok(Message::Text(text)))) =
            tokio::time::timeout(Duration::from_secs(10), socket.next()).await
        else {
            continue;
        };
        if let Ok(frame) = serde_json::from_str::<Frame>(&text) {
            if frame.kind == "subscribed" {
                let _ = socket.close(None).await;
                return frame.seq.context("subscribed without seq");
            }
        }
    }
    bail!("no subscribed answer for {channel}")
}

/// The parts of a server message the subscribers read.
#[derive(Deserialize)]
struct Frame {
    #[serde(rename = "type")]
    kind: String,
    seq: Option<i64>,
}

#[derive(Default)]
struct LiveShared {
    /// Subscribers subscribed at least once.
    subscribed: AtomicU64,
    /// Connections closed by the server (or dropped) while running.
    closes: AtomicU64,
    reconnects: Mutex<Vec<Reconnect>>,
    done: AtomicBool,
}

#[derive(Clone)]
struct Reconnect {
    closed: Instant,
    attempt: Instant,
    resubscribed: Instant,
}

struct SubscriberState {
    /// The seq of the first subscription (-1 before it).
    first: AtomicI64,
    last: AtomicI64,
    events: AtomicU64,
    gaps: AtomicU64,
    duplicates: AtomicU64,
    resets: AtomicU64,
}

impl Default for SubscriberState {
    fn default() -> Self {
        Self {
            first: AtomicI64::new(-1),
            last: AtomicI64::new(-1),
            events: AtomicU64::new(0),
            gaps: AtomicU64::new(0),
            duplicates: AtomicU64::new(0),
            resets: AtomicU64::new(0),
        }
    }
}

/// One live client: subscribes, checks every seq, and on a close reconnects as the front end
/// does (full jitter over 0.5 s doubling per failure, capped at 30 s) with `since` = last seq.
async fn subscriber(
    url: String,
    channel: String,
    source: Ipv4Addr,
    state: Arc<SubscriberState>,
    live: Arc<LiveShared>,
    handshakes: Arc<tokio::sync::Semaphore>,
) {
    let mut failures = 0u32;
    let mut closed: Option<Instant> = None;
    while !live.done.load(Ordering::Relaxed) {
        if closed.is_some() {
            let bound = 500.0 * 2f64.powi(failures.min(6) as i32);
            let delay = rand::thread_rng().gen_range(0.0..bound.min(30_000.0));
            tokio::time::sleep(Duration::from_millis(delay as u64)).await;
            failures += 1;
        }
        let attempt = Instant::now();
        let socket = {
            let Ok(_permit) = handshakes.acquire().await else {
                return;
            };
            tokio::time::timeout(Duration::from_secs(10), open(&url, source)).await
        };
        let Ok(Ok(mut socket)) = socket else {
            closed.get_or_insert(attempt);
            continue;
        };
        let last = state.last.load(Ordering::Relaxed);
        let mut subscribe = json!({"type": "subscribe", "channel": channel});
        if last >= 0 {
            subscribe["since"] = json!(last);
        }
        if socket
            .send(Message::Text(subscribe.to_string().into()))
            .await
            .is_err()
        {
            closed.get_or_insert(attempt);
            continue;
        }
        loop {
            let next = tokio::time::timeout(Duration::from_millis(500), socket.next()).await;
            let message = match next {
                Ok(Some(Ok(message))) => message,
                Ok(_) => break,
                Err(_) if live.done.load(Ordering::Relaxed) => return,
                Err(_) => continue,
            };
            let Message::Text(text) = message else {
                continue;
            };
            let Ok(frame) = serde_json::from_str::<Frame>(&text) else {
                continue;
            };
            match (frame.kind.as_str(), frame.seq) {
                ("subscribed", Some(seq)) => {
                    if state.first.load(Ordering::Relaxed) < 0 {
                        state.first.store(seq, Ordering::Relaxed);
                        state.last.store(seq, Ordering::Relaxed);
                        live.subscribed.fetch_add(1, Ordering::Relaxed);
                    }
                    if let Some(at) = closed.take() {
                        push(
                            &live.reconnects,
                            Reconnect {
                                closed: at,
                                attempt,
                                resubscribed: Instant::now(),
                            },
                        );
                    }
                    failures = 0;
                }
                ("event", Some(seq)) => {
                    let last = state.last.load(Ordering::Relaxed);
                    if seq <= last {
                        state.duplicates.fetch_add(1, Ordering::Relaxed);
                    } else {
                        if seq > last + 1 {
                            state.gaps.fetch_add(1, Ordering::Relaxed);
                        }
                        state.last.store(seq, Ordering::Relaxed);
                        state.events.fetch_add(1, Ordering::Relaxed);
                    }
                }
                ("reset", _) => {
                    state.resets.fetch_add(1, Ordering::Relaxed);
                }
                _ => {}
            }
        }
        if live.done.load(Ordering::Relaxed) {
            return;
        }
        live.closes.fetch_add(1, Ordering::Relaxed);
        closed = Some(Instant::now());
    }
}
