//! `make bench-claims`: claim throughput on one hot task, and proof that it never over-books.
//!
//! Starts `commonground serve` as a child process on a fresh database (PostgreSQL by default,
//! dropped and created first; a temporary SQLite file with `--database-url sqlite`), registers a
//! coordinator and `--claimants` members (set-up, not measured), then runs rounds: the
//! coordinator creates a task with N slots, every claimant warms its own keep-alive connection,
//! all wait at a barrier, and then all send `POST /api/v1/tasks/{id}/claim` at once. Each round
//! checks that exactly min(N, claimants) claims won (201), every other answer is 409, and the
//! task's `claimed_slots` and claim list agree; any difference stops the run. Decisions per
//! second are all answers over the wall time from the barrier to the last answer.
//!
//! Then, in the same process, the reference: the same number of concurrent conditional UPDATEs
//! (`UPDATE t SET n = n + 1 WHERE id = $1 AND n < slots`) on a bare table through a pool of the
//! same size as the server's, and the ratio service / reference.

use std::{
    path::{Path, PathBuf},
    str::FromStr,
    sync::{
        atomic::{AtomicI64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use anyhow::{bail, ensure, Context};
use clap::Parser;
use commonground_benches::load::{
    api::{id_of, Api},
    cpu::{cores, cpu_seconds, CpuSample},
    database::recreate_database,
    measure::{latency_histogram, percentiles, ratio, record, verdict},
    server::{ServerConfig, DEFAULT_BINARY},
};
use futures_util::{stream, StreamExt, TryStreamExt};
use hdrhistogram::Histogram;
use serde_json::json;
use sqlx::{
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    PgPool, SqlitePool,
};
use tokio::sync::{watch, Barrier};
use uuid::Uuid;

#[derive(Parser)]
#[command(
    about = "Claim throughput on one hot task, against bare conditional UPDATEs",
    args_override_self = true
)]
struct Args {
    /// PostgreSQL URL; its database is dropped and created fresh. `sqlite` for a temporary
    /// SQLite file instead.
    #[arg(
        long,
        default_value = "postgres://postgres@127.0.0.1:5432/cg_claims_bench"
    )]
    database_url: String,
    /// People claiming at once.
    #[arg(long, default_value_t = 200)]
    claimants: usize,
    /// Slots of the task in each variant (comma-separated), e.g. 50 and the hottest case, 1.
    #[arg(long, value_delimiter = ',', default_values_t = [50, 1])]
    slots: Vec<i32>,
    /// Rounds per variant, a fresh task each.
    #[arg(long, default_value_t = 30)]
    rounds: usize,
    /// Stop a variant after this many seconds of rounds even if fewer rounds ran.
    #[arg(long, default_value_t = 60)]
    max_seconds: u64,
    /// Database pool size, of the server and of the reference.
    #[arg(long, default_value_t = 10)]
    db_connections: u32,
    /// Registrations and log-ins in flight during set-up (password hashing is slow on purpose).
    #[arg(long, default_value_t = 4)]
    setup_concurrency: usize,
    /// Decisions per second the issue asks for.
    #[arg(long, default_value_t = 1000.0)]
    target: f64,
    /// The server binary.
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
    /// Skip the bare-UPDATE reference.
    #[arg(long)]
    no_reference: bool,
}

static NEXT_REFERENCE_ROW: AtomicI64 = AtomicI64::new(1);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    ensure!(args.claimants > 0 && args.rounds > 0, "nothing to measure");
    let store = if args.database_url == "sqlite" {
        Store::Sqlite
    } else {
        Store::Postgres(recreate_database(&args.database_url).await?)
    };
    println!(
        "claims-bench: {} claimants, tasks of {:?} slots, {} rounds each (at most {} s), {}, pool of {}",
        args.claimants,
        args.slots,
        args.rounds,
        args.max_seconds,
        store.name(),
        args.db_connections
    );

    let mut service = Vec::new();
    {
        let server = ServerConfig::new(&args.server)?
            .database_url(store.url())
            .db_connections(args.db_connections)
            // Rounds release their claims, but nobody should ever meet the per-person limit.
            .env("COMMONGROUND_MAX_OPEN_CLAIMS", 100_000)
            .env("COMMONGROUND_LOGIN_FAILURES_PER_ADDRESS", 1_000_000)
            .env("COMMONGROUND_ACCESS_TOKEN_TTL_SECS", 86_400)
            .start()
            .await?;
        let api = &server.api;
        let meter = Meter::new(&store, Some(server.pid())).await?;
        let setup_started = Instant::now();
        let street = set_up(&args, api).await?;
        println!(
            "set-up: {} members registered, signed in and joined in {:.1} s",
            street.claimants.len(),
            setup_started.elapsed().as_secs_f64()
        );
        // One warm-up round, not counted: first queries, prepared statements, connections.
        service_round(api, &street, &meter, args.slots[0]).await?;
        for &slots in &args.slots {
            let outcome =
                run_rounds(&args, slots, |_| service_round(api, &street, &meter, slots)).await?;
            outcome.print(&format!("commonground, {slots}-slot task"), args.target);
            service.push(outcome);
        }
    }

    if !args.no_reference {
        let data_dir = tempfile::tempdir()?;
        let reference = Reference::open(&store, data_dir.path(), args.db_connections).await?;
        let meter = Meter::new(&store, None).await?;
        reference
            .round(&meter, args.claimants, args.slots[0])
            .await?;
        for (&slots, ours) in args.slots.iter().zip(&service) {
            let outcome = run_rounds(&args, slots, |_| {
                reference.round(&meter, args.claimants, slots)
            })
            .await?;
            outcome.print(
                &format!("reference (bare conditional UPDATE), {slots} slots"),
                args.target,
            );
            println!(
                "ratio: decisions per second, commonground / reference, {slots} slots = {:.2}",
                ratio(ours.rate(), outcome.rate())
            );
        }
    }
    let total: u64 = service.iter().map(|o| o.over_booked).sum();
    println!("over-booking over every round: {total}");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Rounds and their figures

/// What one round measured.
struct Round {
    won: u64,
    lost: u64,
    over_booked: u64,
    wall: Duration,
    latencies: Vec<Duration>,
    cpu: CpuSample,
}

/// Rounds of one variant added up.
struct Outcome {
    rounds: usize,
    won: u64,
    lost: u64,
    over_booked: u64,
    wall_seconds: f64,
    round_rates: Vec<f64>,
    latency_micros: Histogram<u64>,
    cpu: CpuSample,
}

impl Outcome {
    fn rate(&self) -> f64 {
        (self.won + self.lost) as f64 / self.wall_seconds.max(1e-9)
    }

    fn print(&self, name: &str, target: f64) {
        let mut rates = self.round_rates.clone();
        rates.sort_by(f64::total_cmp);
        let at = |p: f64| rates[((rates.len() - 1) as f64 * p).round() as usize];
        let decisions = self.won + self.lost;
        println!("{name}:");
        println!(
            "  rounds                     {} ({} won, {} refused, over-booked {})",
            self.rounds, self.won, self.lost, self.over_booked
        );
        println!(
            "  decisions                  {decisions} in {:.2} s = {:.0}/s (target {target:.0}/s: {})",
            self.wall_seconds,
            self.rate(),
            verdict(self.rate() >= target)
        );
        println!(
            "  per round                  min {:.0}/s, median {:.0}/s, max {:.0}/s",
            at(0.0),
            at(0.5),
            at(1.0)
        );
        println!(
            "  barrier->answer latency    {}",
            percentiles(&self.latency_micros, &[0.5, 0.99])
        );
        // SQLite runs inside the server; the reference has no server.
        let per = |seconds: f64| seconds * 1000.0 / decisions.max(1) as f64;
        let parts: Vec<String> = [
            ("server", self.cpu.server),
            ("PostgreSQL", self.cpu.database),
            ("load generator", self.cpu.generator),
        ]
        .iter()
        .filter(|(_, seconds)| *seconds > 0.0)
        .map(|(name, seconds)| format!("{name} {:.2}", per(*seconds)))
        .collect();
        println!("  CPU ms per decision        {}", parts.join(", "));
        println!(
            "  machine CPU busy           {:.0}% of {} cores while claims ran ({:.2} core-ms per decision)",
            100.0 * self.cpu.busy_cores() / cores() as f64,
            cores(),
            self.cpu.busy_cores() * 1000.0 / self.rate().max(1e-9)
        );
    }
}

async fn run_rounds<F, Fut>(args: &Args, slots: i32, mut round: F) -> anyhow::Result<Outcome>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<Round>>,
{
    let mut outcome = Outcome {
        rounds: 0,
        won: 0,
        lost: 0,
        over_booked: 0,
        wall_seconds: 0.0,
        round_rates: Vec::new(),
        latency_micros: latency_histogram(),
        cpu: CpuSample::default(),
    };
    let deadline = Instant::now() + Duration::from_secs(args.max_seconds);
    for n in 0..args.rounds {
        if n > 0 && Instant::now() > deadline {
            println!(
                "  ({slots} slots: stopped after {n} rounds, --max-seconds {})",
                args.max_seconds
            );
            break;
        }
        let r = round(n).await?;
        outcome.rounds += 1;
        outcome.won += r.won;
        outcome.lost += r.lost;
        outcome.over_booked += r.over_booked;
        outcome.wall_seconds += r.wall.as_secs_f64();
        outcome
            .round_rates
            .push((r.won + r.lost) as f64 / r.wall.as_secs_f64().max(1e-9));
        for latency in r.latencies {
            record(&mut outcome.latency_micros, latency);
        }
        outcome.cpu.add(&r.cpu);
    }
    Ok(outcome)
}

/// Releases `claimants` waiting tasks at once and returns the start instant they all measure
/// from. Each task sends `ready` after its warm-up, then waits for the start.
struct StartLine {
    ready: Arc<Barrier>,
    start_tx: watch::Sender<Option<Instant>>,
    start_rx: watch::Receiver<Option<Instant>>,
}

impl StartLine {
    fn new(claimants: usize) -> Self {
        let (start_tx, start_rx) = watch::channel(None);
        Self {
            ready: Arc::new(Barrier::new(claimants + 1)),
            start_tx,
            start_rx,
        }
    }

    fn runner(&self) -> (Arc<Barrier>, watch::Receiver<Option<Instant>>) {
        (self.ready.clone(), self.start_rx.clone())
    }

    /// Waits until every runner has warmed up.
    async fn all_ready(&self) {
        self.ready.wait().await;
    }

    fn go(&self) {
        self.start_tx.send_replace(Some(Instant::now()));
    }
}

async fn wait_for_start(
    ready: &Barrier,
    mut start: watch::Receiver<Option<Instant>>,
) -> anyhow::Result<Instant> {
    ready.wait().await;
    let at = start.wait_for(Option::is_some).await?;
    (*at).context("no start")
}

// ---------------------------------------------------------------------------------------------
// The service

struct Claimant {
    api: Api,
    token: String,
}

struct Street {
    neighbourhood: Uuid,
    coordinator: String,
    claimants: Vec<Claimant>,
}

async fn set_up(args: &Args, api: &Api) -> anyhow::Result<Street> {
    let run = Uuid::now_v7().simple().to_string();
    let coordinator = api
        .sign_up(&format!("coordinator-{run}@example.org"), "Cora")
        .await?;
    let hood = json!({
        "name": format!("Claims bench {run}"),
        "description": "Claim throughput benchmark",
        "center": {"lat": 51.5, "lon": -0.1},
        "radius_m": 800.0,
        "visibility": "public",
        "join_policy": "open",
    });
    let neighbourhood = api.create_neighbourhood(&coordinator, hood, None).await?;
    let join = format!("/api/v1/neighbourhoods/{neighbourhood}/join");
    let claimants = stream::iter(0..args.claimants)
        .map(|n| {
            let (api, run, join) = (api.clone(), run.clone(), join.clone());
            async move {
                let token = api
                    .sign_up(
                        &format!("member{n}-{run}@example.org"),
                        &format!("Member {n}"),
                    )
                    .await?;
                api.act(&join, Some(&token), None).await?;
                // Each claimant gets its own client, so its own keep-alive connection.
                Ok::<_, anyhow::Error>(Claimant {
                    api: api.with_own_client()?,
                    token,
                })
            }
        })
        .buffer_unordered(args.setup_concurrency.max(1))
        .try_collect()
        .await?;
    Ok(Street {
        neighbourhood,
        coordinator,
        claimants,
    })
}

/// One round on the service: a fresh task, everyone claims at once, then the books are checked
/// and the task cancelled (which releases its claims, so nobody runs into the claim limit).
async fn service_round(
    api: &Api,
    street: &Street,
    meter: &Meter,
    slots: i32,
) -> anyhow::Result<Round> {
    let task = api
        .post(
            &format!("/api/v1/neighbourhoods/{}/tasks", street.neighbourhood),
            Some(&street.coordinator),
            json!({"title": "Hot task", "description": "Claims benchmark", "slots": slots}),
        )
        .await?;
    let id = id_of(&task)?;
    let task_path = format!("/api/v1/tasks/{id}");
    let claim_path = format!("{task_path}/claim");
    let line = StartLine::new(street.claimants.len());
    let mut handles = Vec::with_capacity(street.claimants.len());
    for claimant in &street.claimants {
        let (api, token) = (claimant.api.clone(), claimant.token.clone());
        let (task_path, claim_path) = (task_path.clone(), claim_path.clone());
        let (ready, start) = line.runner();
        handles.push(tokio::spawn(async move {
            // Warm-up: opens (or re-uses) this claimant's connection and shows the task exists.
            api.get(&task_path, Some(&token)).await?;
            let start = wait_for_start(&ready, start).await?;
            let response = api
                .http
                .post(format!("{}{claim_path}", api.base))
                .bearer_auth(&token)
                .send()
                .await?;
            let status = response.status().as_u16();
            let body = response.bytes().await?;
            let took = start.elapsed();
            if status != 201 && status != 409 {
                bail!(
                    "claim answered {status}: {}",
                    String::from_utf8_lossy(&body)
                );
            }
            Ok::<_, anyhow::Error>((status, took))
        }));
    }
    let backends = meter.backends().await?;
    line.all_ready().await;
    let before = meter.read(&backends)?;
    line.go();
    let mut answers = Vec::with_capacity(handles.len());
    for handle in handles {
        answers.push(handle.await??);
    }
    let cpu = meter.read(&backends)?.since(&before);

    let won = answers.iter().filter(|(s, _)| *s == 201).count() as u64;
    let lost = answers.len() as u64 - won;
    let expected = (slots.max(0) as u64).min(answers.len() as u64);
    let detail = api.get(&task_path, Some(&street.coordinator)).await?;
    let claimed = detail["claimed_slots"].as_u64().context("claimed_slots")?;
    let listed = detail["claims"].as_array().context("claims")?.len() as u64;
    let over_booked = won.saturating_sub(expected) + claimed.saturating_sub(slots.max(0) as u64);
    if won != expected || claimed != expected || listed != expected {
        bail!(
            "OVER-BOOKING OR LOST CLAIM on task {id} ({slots} slots, {} claimants): {won} won, \
             claimed_slots {claimed}, {listed} claims listed, expected exactly {expected}",
            answers.len()
        );
    }
    api.act(
        &format!("{task_path}/cancel"),
        Some(&street.coordinator),
        Some(json!({"reason": "Benchmark round over"})),
    )
    .await?;
    Ok(Round {
        won,
        lost,
        over_booked,
        wall: answers.iter().map(|(_, t)| *t).max().unwrap_or_default(),
        latencies: answers.iter().map(|(_, t)| *t).collect(),
        cpu,
    })
}

// ---------------------------------------------------------------------------------------------
// The reference: bare conditional UPDATEs

enum Store {
    Postgres(String),
    Sqlite,
}

impl Store {
    fn name(&self) -> &'static str {
        match self {
            Store::Postgres(_) => "PostgreSQL",
            Store::Sqlite => "SQLite",
        }
    }

    /// The server's `DATABASE_URL`: none for SQLite (a file in its data folder).
    fn url(&self) -> Option<&str> {
        match self {
            Store::Postgres(url) => Some(url),
            Store::Sqlite => None,
        }
    }
}

enum Reference {
    Postgres(PgPool),
    Sqlite(SqlitePool),
}

impl Reference {
    async fn open(store: &Store, data_dir: &Path, connections: u32) -> anyhow::Result<Self> {
        let reference = match store {
            Store::Postgres(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(connections)
                    .min_connections(connections)
                    .acquire_timeout(Duration::from_secs(60))
                    .connect(url)
                    .await?;
                sqlx::query("DROP TABLE IF EXISTS claims_reference")
                    .execute(&pool)
                    .await?;
                sqlx::query(
                    "CREATE TABLE claims_reference (id bigint PRIMARY KEY, n integer NOT NULL, slots integer NOT NULL)",
                )
                .execute(&pool)
                .await?;
                Reference::Postgres(pool)
            }
            // Like the server: one connection, WAL, synchronous = NORMAL.
            Store::Sqlite => {
                let options = SqliteConnectOptions::from_str(&format!(
                    "sqlite://{}",
                    data_dir.join("reference.db").display()
                ))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(60))
                    .connect_with(options)
                    .await?;
                sqlx::query(
                    "CREATE TABLE claims_reference (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, slots INTEGER NOT NULL)",
                )
                .execute(&pool)
                .await?;
                Reference::Sqlite(pool)
            }
        };
        Ok(reference)
    }

    async fn insert(&self, id: i64, slots: i32) -> anyhow::Result<()> {
        match self {
            Reference::Postgres(pool) => {
                sqlx::query("INSERT INTO claims_reference (id, n, slots) VALUES ($1, 0, $2)")
                    .bind(id)
                    .bind(slots)
                    .execute(pool)
                    .await?;
            }
            Reference::Sqlite(pool) => {
                sqlx::query("INSERT INTO claims_reference (id, n, slots) VALUES (?, 0, ?)")
                    .bind(id)
                    .bind(slots)
                    .execute(pool)
                    .await?;
            }
        }
        Ok(())
    }

    /// The one conditional write: true when it took a slot.
    async fn claim(&self, id: i64) -> anyhow::Result<bool> {
        let affected = match self {
            Reference::Postgres(pool) => {
                sqlx::query("UPDATE claims_reference SET n = n + 1 WHERE id = $1 AND n < slots")
                    .bind(id)
                    .execute(pool)
                    .await?
                    .rows_affected()
            }
            Reference::Sqlite(pool) => {
                sqlx::query("UPDATE claims_reference SET n = n + 1 WHERE id = ? AND n < slots")
                    .bind(id)
                    .execute(pool)
                    .await?
                    .rows_affected()
            }
        };
        Ok(affected == 1)
    }

    async fn taken(&self, id: i64) -> anyhow::Result<i64> {
        let n: i32 = match self {
            Reference::Postgres(pool) => {
                sqlx::query_scalar("SELECT n FROM claims_reference WHERE id = $1")
                    .bind(id)
                    .fetch_one(pool)
                    .await?
            }
            Reference::Sqlite(pool) => {
                sqlx::query_scalar("SELECT n FROM claims_reference WHERE id = ?")
                    .bind(id)
                    .fetch_one(pool)
                    .await?
            }
        };
        Ok(n.into())
    }

    fn handle(&self) -> Self {
        match self {
            Reference::Postgres(pool) => Reference::Postgres(pool.clone()),
            Reference::Sqlite(pool) => Reference::Sqlite(pool.clone()),
        }
    }

    async fn round(&self, meter: &Meter, claimants: usize, slots: i32) -> anyhow::Result<Round> {
        let id = NEXT_REFERENCE_ROW.fetch_add(1, Ordering::Relaxed);
        self.insert(id, slots).await?;
        let line = StartLine::new(claimants);
        let mut handles = Vec::with_capacity(claimants);
        for _ in 0..claimants {
            let reference = self.handle();
            let (ready, start) = line.runner();
            handles.push(tokio::spawn(async move {
                let start = wait_for_start(&ready, start).await?;
                let won = reference.claim(id).await?;
                Ok::<_, anyhow::Error>((won, start.elapsed()))
            }));
        }
        let backends = meter.backends().await?;
        line.all_ready().await;
        let before = meter.read(&backends)?;
        line.go();
        let mut answers = Vec::with_capacity(claimants);
        for handle in handles {
            answers.push(handle.await??);
        }
        let cpu = meter.read(&backends)?.since(&before);
        let won = answers.iter().filter(|(w, _)| *w).count() as u64;
        let expected = (slots.max(0) as u64).min(claimants as u64);
        let taken = self.taken(id).await?;
        if won != expected || taken != expected as i64 {
            bail!("reference over-booked: {won} won, n = {taken}, expected {expected}");
        }
        Ok(Round {
            won,
            lost: answers.len() as u64 - won,
            over_booked: 0,
            wall: answers.iter().map(|(_, t)| *t).max().unwrap_or_default(),
            latencies: answers.iter().map(|(_, t)| *t).collect(),
            cpu,
        })
    }
}

/// Reads CPU use from /proc: the server, PostgreSQL's backends for the bench database (found
/// through pg_stat_activity on a connection of its own), this process and the machine.
struct Meter {
    server: Option<u32>,
    monitor: Option<PgPool>,
}

impl Meter {
    async fn new(store: &Store, server: Option<u32>) -> anyhow::Result<Self> {
        let monitor = match store {
            Store::Postgres(url) => {
                Some(PgPoolOptions::new().max_connections(1).connect(url).await?)
            }
            Store::Sqlite => None,
        };
        Ok(Self { server, monitor })
    }

    async fn backends(&self) -> anyhow::Result<Vec<u32>> {
        let Some(monitor) = &self.monitor else {
            return Ok(Vec::new());
        };
        let pids: Vec<i32> = sqlx::query_scalar(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .fetch_all(monitor)
        .await?;
        Ok(pids
            .into_iter()
            .filter_map(|p| u32::try_from(p).ok())
            .collect())
    }

    /// A backend that has gone away reads as 0 (pool connections live for minutes; rounds take
    /// seconds).
    fn read(&self, backends: &[u32]) -> anyhow::Result<CpuSample> {
        let database = backends
            .iter()
            .map(|&pid| cpu_seconds(pid).unwrap_or(0.0))
            .sum();
        CpuSample::take(self.server, database)
    }
}
