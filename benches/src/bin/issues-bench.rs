//! `make bench-issues`: the issues read and write paths at scale, on PostgreSQL.
//!
//! Creates a fresh database (`cg_issues_bench` by default, dropped first), starts
//! `commonground serve` on it as a child process (it migrates at start), sets up an organisation,
//! its categories and the neighbourhoods it serves through the HTTP API, then bulk-loads residents,
//! issues, their reports and supporters with `COPY` (100,000 issues and 300,000 reports by
//! default, with consistent counts and pooled locations) and runs `VACUUM ANALYZE`.
//!
//! Then, with several concurrent keep-alive clients, it measures over HTTP:
//! - the "is it one of these?" query (`GET .../issues/nearby`) at random points;
//! - list pages: open issues of a category by impact, a map viewport (`bbox`), and the newest
//!   issues at a deeper page (`cursor`);
//! - report creation (`POST .../reports`) by signed-in members, sustained;
//!
//! and runs the equivalent SQL directly against the database in the same process as a reference,
//! printing the ratio HTTP / SQL so the service's own overhead is visible. The database is kept
//! afterwards so queries can be examined with `EXPLAIN ANALYZE` (`--explain` prints the plans of
//! the service's queries).

use std::{
    collections::HashSet,
    fmt::Write as _,
    path::PathBuf,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::{DateTime, Utc};
use clap::Parser;
use commonground_benches::load::{
    api::{id_of, Api},
    database::{
        self, copy_rows, copy_timestamp as ts, membership_row, password_hash, print_load_average,
        recreate_database, require_local, user_row, COPY_MEMBERSHIPS, COPY_USERS,
    },
    measure::{job, print_ratio, run_load, verdict, Job, Phase},
    server::{Organisation, Server, ServerConfig, DEFAULT_BINARY},
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde_json::{json, Value};
use sqlx::{PgPool, Row};
use uuid::Uuid;

#[derive(Parser)]
#[command(about = "Load-test the issues queries and report creation on PostgreSQL")]
struct Args {
    /// The PostgreSQL server (no database name); only 127.0.0.1 or localhost.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    server_url: String,
    /// The benchmark database: dropped and created afresh, kept afterwards.
    #[arg(long, default_value = "cg_issues_bench")]
    database: String,
    /// Connection parameters for the server's and the reference's pools, e.g. `sslmode=disable`
    /// (a local PostgreSQL reached without TLS, as over a Unix socket).
    #[arg(long)]
    url_params: Option<String>,
    #[arg(long, default_value_t = 100_000)]
    issues: usize,
    #[arg(long, default_value_t = 300_000)]
    reports: usize,
    #[arg(long, default_value_t = 20)]
    neighbourhoods: usize,
    /// Residents per neighbourhood (the reporters and supporters of the loaded issues).
    #[arg(long, default_value_t = 1_000)]
    residents: usize,
    /// Concurrent clients for each read query.
    #[arg(long, default_value_t = 4)]
    readers: usize,
    /// Seconds of each read query over HTTP (the SQL reference runs half as long).
    #[arg(long, default_value_t = 8)]
    read_seconds: u64,
    /// Concurrent signed-in members filing reports.
    #[arg(long, default_value_t = 16)]
    writers: usize,
    #[arg(long, default_value_t = 20)]
    write_seconds: u64,
    /// The server's database pool (`COMMONGROUND_DB_MAX_CONNECTIONS`); the SQL reference for
    /// report creation uses the same number of connections.
    #[arg(long, default_value_t = 10)]
    db_connections: u32,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// The server binary.
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
    /// Print `EXPLAIN (ANALYZE, BUFFERS)` of the service's queries after the read phases.
    #[arg(long)]
    explain: bool,
    /// Skip the report-creation phase.
    #[arg(long)]
    no_writes: bool,
    /// SQL run on the benchmark database after the load and before `VACUUM ANALYZE`, to measure
    /// a proposed change (for example `CREATE INDEX ...`); repeatable.
    #[arg(long)]
    prototype_sql: Vec<String>,
}

const METRES_PER_DEGREE: f64 = 111_320.0;
const EARTH_RADIUS_M: f64 = 6_371_008.8;
const ACTIVE: &str = "('open', 'acknowledged', 'in_progress')";
/// The service answers at most this many nearby suggestions; the SQL reference too.
const MAX_SUGGESTIONS: usize = commonground::services::issues::MAX_SUGGESTIONS;
const ADMIN_EMAIL: &str = "admin@issues-bench.example";
const MANAGER_EMAIL: &str = "manager@issues-bench.example";
const RADIUS_M: f64 = 1_000.0;
const SPACING_M: f64 = 2_200.0;
const HOTSPOTS: usize = 40;
const PAGE: i64 = 20;
const CURSOR_PAGES: usize = 15;
/// Categories: (code, name, target days, share of issues in percent).
const CATEGORIES: [(&str, &str, i32, u32); 6] = [
    ("pothole", "Pothole", 14, 30),
    ("streetlight", "Broken streetlight", 7, 20),
    ("fly-tipping", "Fly-tipping", 3, 18),
    ("graffiti", "Graffiti", 10, 14),
    ("overgrown-path", "Overgrown path", 21, 10),
    ("blocked-drain", "Blocked drain", 5, 8),
];
const DESCRIPTIONS: [&str; 6] = [
    "Deep pothole, cyclists swerve into traffic to avoid it",
    "Street light out, the corner is very dark at night",
    "Mattress and bin bags dumped by the lane",
    "Fresh graffiti on the wall by the bus stop",
    "Path overgrown with brambles, buggies cannot pass",
    "Drain blocked, big puddle across the pavement after rain",
];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    require_local(&args.server_url)?;
    println!(
        "issues-bench: {} issues, {} reports over {} neighbourhoods on PostgreSQL; {} readers, {} writers",
        args.issues, args.reports, args.neighbourhoods, args.readers, args.writers
    );
    print_load_average();
    let started = Instant::now();
    let mut database_url =
        recreate_database(&format!("{}/{}", args.server_url, args.database)).await?;
    if let Some(params) = &args.url_params {
        database_url = format!("{database_url}?{params}");
    }
    let server = ServerConfig::new(&args.server)?
        .database_url(Some(&database_url))
        .db_connections(args.db_connections)
        .start()
        .await?;
    let pid = server.pid();
    let api = &server.api;

    let setup = Instant::now();
    let mut world = set_up(&args, &server).await?;
    println!(
        "set-up through the API: {} neighbourhoods, {} categories in {:.1} s",
        world.hoods.len(),
        world.categories.len(),
        setup.elapsed().as_secs_f64()
    );
    let pool = database::pool(&database_url, args.db_connections.max(args.readers as u32)).await?;
    let load = Instant::now();
    bulk_load(&args, &pool, &mut world).await?;
    println!(
        "bulk load (COPY, VACUUM ANALYZE): {:.1} s",
        load.elapsed().as_secs_f64()
    );
    print_counts(&pool).await?;
    world.member_tokens = api.log_in_all(&world.member_emails).await?;
    world.cursors = collect_cursors(api, &world.hoods).await?;
    let world = Arc::new(world);

    // Warm both paths (connection pools, caches) before measuring.
    for kind in ReadKind::ALL {
        run_load(
            phase("warm-up", 2, 1, args.seed, pid),
            http_read(world.clone(), kind),
        )
        .await?;
    }

    let mut verdicts = Vec::new();
    println!();
    println!(
        "reads: {} concurrent clients, {} s over HTTP then {} s of the equivalent SQL",
        args.readers,
        args.read_seconds,
        (args.read_seconds / 2).max(2)
    );
    for kind in ReadKind::ALL {
        let label = format!("{} HTTP", kind.name());
        let http = run_load(
            phase(&label, args.readers, args.read_seconds, args.seed, pid),
            http_read(world.clone(), kind),
        )
        .await?;
        let label = format!("{} SQL", kind.name());
        let sql = run_load(
            phase(
                &label,
                args.readers,
                reference_seconds(args.read_seconds),
                args.seed,
                pid,
            ),
            sql_read(world.clone(), pool.clone(), kind),
        )
        .await?;
        http.print();
        sql.print();
        print_ratio(&http, &sql);
        let p99 = http.quantile_ms(0.99);
        verdicts.push(format!(
            "{:<28} p99 {:>6.1} ms (target <= 20 ms) {}",
            kind.name(),
            p99,
            verdict(p99 <= 20.0 && http.errors == 0)
        ));
    }

    if args.explain {
        explain(&pool, &world).await?;
    }

    if !args.no_writes {
        println!();
        println!(
            "report creation: {} signed-in members, {} s over HTTP then {} s of the equivalent SQL transaction ({} connections)",
            args.writers,
            args.write_seconds,
            reference_seconds(args.write_seconds),
            args.db_connections
        );
        let http = run_load(
            phase(
                "POST reports HTTP",
                args.writers,
                args.write_seconds,
                args.seed,
                pid,
            ),
            http_report(world.clone()),
        )
        .await?;
        let write_pool = database::pool(&database_url, args.db_connections).await?;
        let sql = run_load(
            phase(
                "report transaction SQL",
                args.writers,
                reference_seconds(args.write_seconds),
                args.seed,
                pid,
            ),
            sql_report(world.clone(), write_pool),
        )
        .await?;
        http.print();
        println!(
            "  {:.0}% of reports pooled into an existing issue",
            100.0 * http.items as f64 / http.ok.max(1) as f64
        );
        sql.print();
        print_ratio(&http, &sql);
        let rate = http.rate();
        verdicts.push(format!(
            "{:<28} {:>6.0} /s, {} errors (target >= 500/s, 0 errors) {}",
            "report creation",
            rate,
            http.errors,
            verdict(rate >= 500.0 && http.errors == 0)
        ));
        print_counts(&pool).await?;
    }

    println!();
    println!("targets:");
    for verdict in verdicts {
        println!("  {verdict}");
    }
    println!(
        "whole run {:.0} s; database {} kept for EXPLAIN",
        started.elapsed().as_secs_f64(),
        args.database
    );
    drop(server);
    Ok(())
}

/// A closed-loop phase of `seconds`, measuring the server's and PostgreSQL's CPU.
fn phase(label: &str, clients: usize, seconds: u64, seed: u64, server_pid: u32) -> Phase<'_> {
    Phase {
        label,
        clients,
        duration: Duration::from_secs(seconds),
        seed,
        server_pid: Some(server_pid),
    }
}

/// The SQL reference runs half as long as the HTTP phase (at least 2 s): its figures settle sooner.
fn reference_seconds(http_seconds: u64) -> u64 {
    (http_seconds / 2).max(2)
}

// ---------------------------------------------------------------------------------------------
// The world: neighbourhoods on a city grid, each with hotspots where problems cluster

struct Hood {
    id: Uuid,
    lat: f64,
    lon: f64,
    /// Points (metres north, metres east of the centre) around which issues cluster.
    hotspots: Vec<(f64, f64)>,
}

impl Hood {
    /// A point inside the neighbourhood: near a hotspot with probability `clustered`, else
    /// anywhere in it.
    fn point(&self, rng: &mut StdRng, clustered: f64) -> (f64, f64) {
        let limit = RADIUS_M * 0.95;
        loop {
            let (north, east) = if rng.gen_bool(clustered) && !self.hotspots.is_empty() {
                let (n, e) = self.hotspots[rng.gen_range(0..self.hotspots.len())];
                (n + gauss(rng) * 70.0, e + gauss(rng) * 70.0)
            } else {
                in_disk(rng, limit)
            };
            if north.hypot(east) <= limit {
                return offset((self.lat, self.lon), north, east);
            }
        }
    }
}

fn offset((lat, lon): (f64, f64), north_m: f64, east_m: f64) -> (f64, f64) {
    (
        lat + north_m / METRES_PER_DEGREE,
        lon + east_m / (METRES_PER_DEGREE * lat.to_radians().cos()),
    )
}

fn in_disk(rng: &mut StdRng, radius: f64) -> (f64, f64) {
    let r = radius * rng.gen::<f64>().sqrt();
    let angle = rng.gen::<f64>() * std::f64::consts::TAU;
    (r * angle.sin(), r * angle.cos())
}

/// A standard normal sample (Box-Muller).
fn gauss(rng: &mut StdRng) -> f64 {
    let u: f64 = rng.gen_range(f64::EPSILON..1.0);
    let v: f64 = rng.gen();
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

struct World {
    api: Api,
    hoods: Vec<Hood>,
    categories: Vec<Uuid>,
    /// The members who file reports (members of every neighbourhood).
    member_emails: Vec<String>,
    member_ids: Vec<Uuid>,
    member_tokens: Vec<String>,
    /// Newest-first page cursors: (neighbourhood index, opaque cursor, created_at, id).
    cursors: Vec<(usize, String, DateTime<Utc>, Uuid)>,
}

async fn set_up(args: &Args, server: &Server) -> anyhow::Result<World> {
    let api = &server.api;
    let Organisation {
        id: org,
        admin,
        manager,
    } = server
        .set_up_organisation("Bench Borough Council", ADMIN_EMAIL, MANAGER_EMAIL)
        .await?;

    let mut rng = StdRng::seed_from_u64(args.seed);
    let columns = 5usize;
    let rows = args.neighbourhoods.div_ceil(columns);
    let city = (51.4545, -2.5879);
    let mut hoods = Vec::with_capacity(args.neighbourhoods);
    for n in 0..args.neighbourhoods {
        let north = ((n / columns) as f64 - (rows as f64 - 1.0) / 2.0) * SPACING_M;
        let east = ((n % columns) as f64 - (columns as f64 - 1.0) / 2.0) * SPACING_M;
        let (lat, lon) = offset(city, north, east);
        let body = json!({
            "name": format!("Bench neighbourhood {n}"),
            "description": "Issues benchmark",
            "center": {"lat": lat, "lon": lon},
            "radius_m": RADIUS_M,
            "visibility": "public",
            "join_policy": "open",
        });
        let id = api.create_neighbourhood(&admin, body, Some(org)).await?;
        let hotspots = (0..HOTSPOTS)
            .map(|_| in_disk(&mut rng, RADIUS_M * 0.85))
            .collect();
        hoods.push(Hood {
            id,
            lat,
            lon,
            hotspots,
        });
    }
    let mut categories = Vec::new();
    for (code, name, days, _) in CATEGORIES {
        let body = json!({"code": code, "name": name, "group": "Streets", "keywords": [code], "target_days": days});
        categories.push(id_of(
            &api.post(
                &format!("/api/v1/organisations/{org}/categories"),
                Some(&manager),
                body,
            )
            .await?,
        )?);
    }
    Ok(World {
        api: api.clone(),
        hoods,
        categories,
        member_emails: Vec::new(),
        member_ids: Vec::new(),
        member_tokens: Vec::new(),
        cursors: Vec::new(),
    })
}

/// Walks the newest-first list of each neighbourhood to collect real cursors for deeper pages.
async fn collect_cursors(
    api: &Api,
    hoods: &[Hood],
) -> anyhow::Result<Vec<(usize, String, DateTime<Utc>, Uuid)>> {
    let mut cursors = Vec::new();
    for (index, hood) in hoods.iter().enumerate() {
        let mut cursor: Option<String> = None;
        for _ in 0..CURSOR_PAGES {
            let mut path = format!("/api/v1/neighbourhoods/{}/issues", hood.id);
            if let Some(cursor) = &cursor {
                path.push_str(&format!("?cursor={cursor}"));
            }
            let page = api.get(&path, None).await?;
            let Some(next) = page["next_cursor"].as_str() else {
                break;
            };
            let (at, id) = decode_cursor(next)?;
            cursors.push((index, next.to_owned(), at, id));
            cursor = Some(next.to_owned());
        }
    }
    if cursors.is_empty() {
        bail!("no list cursors found");
    }
    Ok(cursors)
}

fn decode_cursor(cursor: &str) -> anyhow::Result<(DateTime<Utc>, Uuid)> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor)?;
    let (at, id): (String, Uuid) = serde_json::from_slice(&bytes)?;
    Ok((DateTime::parse_from_rfc3339(&at)?.with_timezone(&Utc), id))
}

// ---------------------------------------------------------------------------------------------
// Bulk load

struct Plan {
    hood: usize,
    id: Uuid,
    category: usize,
    status: &'static str,
    created: DateTime<Utc>,
    base: (f64, f64),
    reports: usize,
    duplicate_of: Option<Uuid>,
}

fn v7_at(at: DateTime<Utc>) -> Uuid {
    let ts = uuid::Timestamp::from_unix(
        uuid::NoContext,
        at.timestamp().max(0) as u64,
        at.timestamp_subsec_nanos(),
    );
    Uuid::new_v7(ts)
}

fn opt_ts(at: Option<DateTime<Utc>>) -> String {
    at.map_or_else(|| "\\N".to_owned(), ts)
}

fn pick_weighted(rng: &mut StdRng) -> usize {
    let total: u32 = CATEGORIES.iter().map(|c| c.3).sum();
    let mut roll = rng.gen_range(0..total);
    for (index, category) in CATEGORIES.iter().enumerate() {
        if roll < category.3 {
            return index;
        }
        roll -= category.3;
    }
    0
}

/// Statuses by age: recent issues are mostly active, older ones mostly resolved.
fn pick_status(rng: &mut StdRng, age_days: f64) -> &'static str {
    let table: [(&str, u32); 6] = if age_days < 30.0 {
        [
            ("open", 55),
            ("acknowledged", 20),
            ("in_progress", 15),
            ("resolved", 8),
            ("declined", 1),
            ("duplicate", 1),
        ]
    } else {
        [
            ("open", 10),
            ("acknowledged", 4),
            ("in_progress", 4),
            ("resolved", 70),
            ("declined", 6),
            ("duplicate", 6),
        ]
    };
    let mut roll = rng.gen_range(0..100);
    for (status, share) in table {
        if roll < share {
            return status;
        }
        roll -= share;
    }
    "open"
}

fn plan_issues(args: &Args, rng: &mut StdRng, now: DateTime<Utc>) -> anyhow::Result<Vec<Plan>> {
    let hoods = args.neighbourhoods.max(1);
    let mut plans = Vec::with_capacity(args.issues);
    for hood in 0..hoods {
        let count = args.issues / hoods + usize::from(hood < args.issues % hoods);
        let mut live_ids: Vec<Uuid> = Vec::new();
        for _ in 0..count {
            // Two years of history, more of it recent.
            let age_days = 730.0 * rng.gen::<f64>().powf(1.5);
            let created = now - chrono::Duration::seconds((age_days * 86_400.0) as i64);
            let mut status = pick_status(rng, age_days);
            let duplicate_of = if status == "duplicate" {
                if live_ids.is_empty() {
                    status = "resolved";
                    None
                } else {
                    Some(live_ids[rng.gen_range(0..live_ids.len())])
                }
            } else {
                None
            };
            let id = v7_at(created);
            if status != "duplicate" {
                live_ids.push(id);
            }
            // Reports: one, plus a geometric number more (mean 2), a few issues with dozens.
            let extra = (rng.gen_range(f64::EPSILON..1.0).ln() / (2.0f64 / 3.0).ln()) as usize;
            plans.push(Plan {
                hood,
                id,
                category: pick_weighted(rng),
                status,
                created,
                base: (0.0, 0.0),
                reports: if status == "duplicate" {
                    0
                } else {
                    1 + extra.min(100)
                },
                duplicate_of,
            });
        }
    }
    // Exactly `--reports` reports: merged duplicates hold none, every other issue at least one.
    let holders: Vec<usize> = (0..plans.len())
        .filter(|&i| plans[i].status != "duplicate")
        .collect();
    if holders.is_empty() || args.reports < holders.len() {
        bail!(
            "--reports must be at least the number of non-duplicate issues ({})",
            holders.len()
        );
    }
    let mut total: usize = plans.iter().map(|p| p.reports).sum();
    while total < args.reports {
        plans[holders[rng.gen_range(0..holders.len())]].reports += 1;
        total += 1;
    }
    while total > args.reports {
        let plan = &mut plans[holders[rng.gen_range(0..holders.len())]];
        if plan.reports > 1 {
            plan.reports -= 1;
            total -= 1;
        }
    }
    Ok(plans)
}

async fn bulk_load(args: &Args, pool: &PgPool, world: &mut World) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(args.seed.wrapping_add(1));
    let now = Utc::now();
    let mut conn = pool.acquire().await?;
    // The rows are consistent by construction: skip the per-row foreign-key triggers while loading.
    sqlx::query("SET session_replication_role = replica")
        .execute(&mut *conn)
        .await?;
    let mut step = Instant::now();
    let hash = password_hash(&mut conn, ADMIN_EMAIL).await?;

    // Residents (reporters and supporters) and the members who will file reports, all with the
    // admin's password hash so any of them can sign in.
    let mut users = String::new();
    let mut memberships = String::new();
    let mut residents: Vec<Vec<Uuid>> = Vec::new();
    let joined = ts(now - chrono::Duration::days(800));
    for (h, hood) in world.hoods.iter().enumerate() {
        let mut people = Vec::with_capacity(args.residents);
        for r in 0..args.residents {
            let id = Uuid::now_v7();
            let email = format!("resident{h}-{r}@issues-bench.example");
            users.push_str(&user_row(
                id,
                &email,
                &format!("Resident {h}-{r}"),
                &hash,
                &joined,
            ));
            memberships.push_str(&membership_row(hood.id, id, &joined));
            people.push(id);
        }
        residents.push(people);
    }
    for w in 0..args.writers {
        let id = Uuid::now_v7();
        let email = format!("writer{w}@issues-bench.example");
        users.push_str(&user_row(
            id,
            &email,
            &format!("Writer {w}"),
            &hash,
            &joined,
        ));
        for hood in &world.hoods {
            memberships.push_str(&membership_row(hood.id, id, &joined));
        }
        world.member_emails.push(email);
        world.member_ids.push(id);
    }
    copy_rows(&mut conn, COPY_USERS, &users).await?;
    copy_rows(&mut conn, COPY_MEMBERSHIPS, &memberships).await?;
    drop(users);
    drop(memberships);
    println!(
        "  {} residents and {} members who report, with memberships: {:.1} s",
        args.residents * world.hoods.len(),
        args.writers,
        step.elapsed().as_secs_f64()
    );
    step = Instant::now();

    let mut plans = plan_issues(args, &mut rng, now)?;
    for plan in &mut plans {
        plan.base = world.hoods[plan.hood].point(&mut rng, 0.65);
    }
    let mut start = 0;
    while start < plans.len() {
        let hood = plans[start].hood;
        let end = plans[start..]
            .iter()
            .position(|p| p.hood != hood)
            .map_or(plans.len(), |n| start + n);
        let (issues, reports, supporters) = rows_for(
            &plans[start..end],
            &world.hoods[hood],
            &world.categories,
            &residents[hood],
            &mut rng,
            now,
        )?;
        copy_rows(
            &mut conn,
            "COPY issues (id, neighbourhood_id, category_id, status, status_note, duplicate_of, lat, lon, address, reports_count, supporters_count, first_reported_at, last_reported_at, acknowledged_at, resolved_at, created_at, updated_at) FROM STDIN",
            &issues,
        )
        .await?;
        copy_rows(
            &mut conn,
            "COPY reports (id, issue_id, neighbourhood_id, reporter_id, category_id, lat, lon, address, description, answers, show_name, created_at) FROM STDIN",
            &reports,
        )
        .await?;
        copy_rows(
            &mut conn,
            "COPY issue_supporters (issue_id, user_id, created_at) FROM STDIN",
            &supporters,
        )
        .await?;
        start = end;
    }
    sqlx::query("SET session_replication_role = DEFAULT")
        .execute(&mut *conn)
        .await?;
    println!(
        "  issues, reports and supporters: {:.1} s",
        step.elapsed().as_secs_f64()
    );
    step = Instant::now();
    sqlx::query(
        "UPDATE neighbourhoods n SET member_count = (SELECT count(*) FROM memberships m WHERE m.neighbourhood_id = n.id AND m.status = 'active')",
    )
    .execute(&mut *conn)
    .await?;
    for statement in &args.prototype_sql {
        println!("  prototype: {statement}");
        sqlx::query(statement)
            .execute(&mut *conn)
            .await
            .with_context(|| format!("prototype SQL failed: {statement}"))?;
    }
    sqlx::query("VACUUM ANALYZE").execute(&mut *conn).await?;
    println!("  VACUUM ANALYZE: {:.1} s", step.elapsed().as_secs_f64());
    Ok(())
}

type Rows = (String, String, String);

/// The COPY rows of one neighbourhood's issues, their reports and supporters. Each issue's
/// location is the mean of its reports' points and its counts match its rows, as the service
/// keeps them.
fn rows_for(
    plans: &[Plan],
    hood: &Hood,
    categories: &[Uuid],
    residents: &[Uuid],
    rng: &mut StdRng,
    now: DateTime<Utc>,
) -> anyhow::Result<Rows> {
    let (mut issues, mut reports, mut supporters) = (String::new(), String::new(), String::new());
    for plan in plans {
        let category = categories[plan.category];
        let span = (now - plan.created).num_seconds().clamp(1, 30 * 86_400);
        let (mut lat_sum, mut lon_sum) = (0.0, 0.0);
        let mut last = plan.created;
        let mut people: HashSet<Uuid> = HashSet::new();
        for k in 0..plan.reports {
            let at = if k == 0 {
                plan.created
            } else {
                plan.created + chrono::Duration::seconds(rng.gen_range(0..span))
            };
            last = last.max(at);
            let (lat, lon) = offset(plan.base, gauss(rng) * 8.0, gauss(rng) * 8.0);
            lat_sum += lat;
            lon_sum += lon;
            let reporter = residents[rng.gen_range(0..residents.len())];
            let show = if rng.gen_bool(0.2) { "t" } else { "f" };
            writeln!(
                reports,
                "{}\t{}\t{}\t{reporter}\t{category}\t{lat}\t{lon}\t\\N\t{} (#{k})\t{{}}\t{show}\t{}",
                v7_at(at),
                plan.id,
                hood.id,
                DESCRIPTIONS[plan.category],
                ts(at)
            )?;
            if people.insert(reporter) {
                writeln!(supporters, "{}\t{reporter}\t{}", plan.id, ts(at))?;
            }
        }
        let active = matches!(plan.status, "open" | "acknowledged" | "in_progress");
        if active {
            // "Affects me too" from people who did not write a report.
            for _ in 0..rng.gen_range(0..=3) {
                let person = residents[rng.gen_range(0..residents.len())];
                if people.insert(person) {
                    let at = plan.created + chrono::Duration::seconds(rng.gen_range(0..span));
                    last = last.max(at);
                    writeln!(supporters, "{}\t{person}\t{}", plan.id, ts(at))?;
                }
            }
        }
        let (lat, lon) = if plan.reports > 0 {
            (lat_sum / plan.reports as f64, lon_sum / plan.reports as f64)
        } else {
            plan.base
        };
        let acknowledged = match plan.status {
            "acknowledged" | "in_progress" => Some(later(rng, plan.created, 0..5).min(now)),
            "resolved" if rng.gen_bool(0.7) => Some(later(rng, plan.created, 0..5).min(now)),
            _ => None,
        };
        let resolved =
            (plan.status == "resolved").then(|| later(rng, last, 1..40).min(now).max(last));
        let note = match plan.status {
            "open" => "\\N",
            "acknowledged" => "Thanks, we have logged this.",
            "in_progress" => "A crew is booked.",
            "resolved" => "Fixed.",
            "declined" => "Not ours: private land.",
            _ => "Merged into an existing report.",
        };
        let updated = last
            .max(acknowledged.unwrap_or(last))
            .max(resolved.unwrap_or(last));
        let duplicate_of = plan
            .duplicate_of
            .map_or_else(|| "\\N".to_owned(), |id| id.to_string());
        writeln!(
            issues,
            "{}\t{}\t{category}\t{}\t{note}\t{duplicate_of}\t{lat}\t{lon}\t\\N\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            plan.id,
            hood.id,
            plan.status,
            plan.reports,
            people.len(),
            ts(plan.created),
            ts(last),
            opt_ts(acknowledged),
            opt_ts(resolved),
            ts(plan.created),
            ts(updated)
        )?;
    }
    Ok((issues, reports, supporters))
}

/// A moment some whole days (from `days`) plus part of a day after `from`.
fn later(rng: &mut StdRng, from: DateTime<Utc>, days: std::ops::Range<i64>) -> DateTime<Utc> {
    from + chrono::Duration::seconds(rng.gen_range(days) * 86_400 + rng.gen_range(0..86_400))
}

async fn print_counts(pool: &PgPool) -> anyhow::Result<()> {
    let row = sqlx::query(
        "SELECT (SELECT count(*) FROM issues), (SELECT count(*) FROM reports), \
         (SELECT count(*) FROM issue_supporters), \
         (SELECT coalesce(sum(reports_count), 0)::int8 FROM issues), \
         (SELECT coalesce(sum(supporters_count), 0)::int8 FROM issues), \
         (SELECT count(*) FROM issues WHERE status IN ('open', 'acknowledged', 'in_progress')), \
         (SELECT count(*) FROM users)",
    )
    .fetch_one(pool)
    .await?;
    let get = |i: usize| row.try_get::<i64, _>(i);
    let (issues, reports, supporters) = (get(0)?, get(1)?, get(2)?);
    let (sum_reports, sum_supporters, active, users) = (get(3)?, get(4)?, get(5)?, get(6)?);
    println!(
        "database: {issues} issues ({active} active), {reports} reports, {supporters} supporters, {users} users"
    );
    if reports != sum_reports || supporters != sum_supporters {
        bail!(
            "inconsistent counts: reports {reports} vs sum(reports_count) {sum_reports}, supporters {supporters} vs sum(supporters_count) {sum_supporters}"
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reads

#[derive(Clone, Copy)]
enum ReadKind {
    Nearby,
    OpenByImpact,
    Viewport,
    NewestDeeper,
}

impl ReadKind {
    const ALL: [ReadKind; 4] = [
        ReadKind::Nearby,
        ReadKind::OpenByImpact,
        ReadKind::Viewport,
        ReadKind::NewestDeeper,
    ];

    fn name(self) -> &'static str {
        match self {
            ReadKind::Nearby => "nearby",
            ReadKind::OpenByImpact => "list open+category by impact",
            ReadKind::Viewport => "list bbox (newest)",
            ReadKind::NewestDeeper => "list newest, cursor",
        }
    }
}

/// One request's parameters, the same for its HTTP and its SQL form.
enum Params {
    Nearby {
        hood: usize,
        lat: f64,
        lon: f64,
        category: Uuid,
    },
    OpenByImpact {
        hood: usize,
        category: Uuid,
    },
    Viewport {
        hood: usize,
        min_lat: f64,
        max_lat: f64,
        min_lon: f64,
        max_lon: f64,
    },
    NewestDeeper {
        hood: usize,
        cursor: String,
        at: DateTime<Utc>,
        id: Uuid,
    },
}

fn params(world: &World, kind: ReadKind, seed: u64) -> Params {
    let mut rng = StdRng::seed_from_u64(seed);
    let hood = rng.gen_range(0..world.hoods.len());
    let category = world.categories[pick_weighted(&mut rng)];
    match kind {
        ReadKind::Nearby => {
            let (lat, lon) = world.hoods[hood].point(&mut rng, 0.5);
            Params::Nearby {
                hood,
                lat,
                lon,
                category,
            }
        }
        ReadKind::OpenByImpact => Params::OpenByImpact { hood, category },
        ReadKind::Viewport => {
            // A phone's map at street level: about 600 m by 400 m.
            let (lat, lon) = world.hoods[hood].point(&mut rng, 0.5);
            let (min_lat, min_lon) = offset((lat, lon), -200.0, -300.0);
            let (max_lat, max_lon) = offset((lat, lon), 200.0, 300.0);
            Params::Viewport {
                hood,
                min_lat,
                max_lat,
                min_lon,
                max_lon,
            }
        }
        ReadKind::NewestDeeper => {
            let (hood, cursor, at, id) =
                world.cursors[rng.gen_range(0..world.cursors.len())].clone();
            Params::NewestDeeper {
                hood,
                cursor,
                at,
                id,
            }
        }
    }
}

fn http_read(world: Arc<World>, kind: ReadKind) -> Job {
    job(move |client, seed| {
        let world = world.clone();
        async move {
            let p = params(&world, kind, seed);
            let base = &world.api.base;
            let (url, token) = match &p {
                Params::Nearby {
                    hood,
                    lat,
                    lon,
                    category,
                } => (
                    format!(
                        "{base}/api/v1/neighbourhoods/{}/issues/nearby?lat={lat}&lon={lon}&category={category}",
                        world.hoods[*hood].id
                    ),
                    // Asked while reporting, so by a signed-in member.
                    world.member_tokens.get(client % world.member_tokens.len().max(1)),
                ),
                Params::OpenByImpact { hood, category } => (
                    format!(
                        "{base}/api/v1/neighbourhoods/{}/issues?status=open&category={category}&sort=impact",
                        world.hoods[*hood].id
                    ),
                    None,
                ),
                Params::Viewport {
                    hood,
                    min_lat,
                    max_lat,
                    min_lon,
                    max_lon,
                } => (
                    format!(
                        "{base}/api/v1/neighbourhoods/{}/issues?bbox={min_lon},{min_lat},{max_lon},{max_lat}",
                        world.hoods[*hood].id
                    ),
                    None,
                ),
                Params::NewestDeeper { hood, cursor, .. } => (
                    format!(
                        "{base}/api/v1/neighbourhoods/{}/issues?cursor={cursor}",
                        world.hoods[*hood].id
                    ),
                    None,
                ),
            };
            let mut request = world.api.http.get(&url);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await?;
            let status = response.status();
            let body = response.bytes().await?;
            if !status.is_success() {
                bail!("{status}: {}", String::from_utf8_lossy(&body));
            }
            let value: Value = serde_json::from_slice(&body)?;
            let items = match &value {
                Value::Array(items) => items.len(),
                other => other["items"].as_array().map_or(0, Vec::len),
            };
            Ok(items as u64)
        }
    })
}

/// The columns an issue view needs, with its category's.
const ISSUE_VIEW: &str = "i.id, i.neighbourhood_id, i.category_id, i.status, i.status_note, \
    i.duplicate_of, i.lat, i.lon, i.address, i.reports_count, i.supporters_count, \
    i.first_reported_at, i.last_reported_at, i.acknowledged_at, i.resolved_at, i.created_at, \
    c.code, c.name, c.target_days";

/// The equivalent of each read as one SQL statement giving the same rows in the same order.
fn sql_read(world: Arc<World>, pool: PgPool, kind: ReadKind) -> Job {
    job(move |_, seed| {
        let (world, pool) = (world.clone(), pool.clone());
        async move {
            let p = params(&world, kind, seed);
            let rows = match p {
                Params::Nearby {
                    hood,
                    lat,
                    lon,
                    category,
                } => {
                    let dlat = 150.0 / METRES_PER_DEGREE;
                    let dlon = 150.0 / (METRES_PER_DEGREE * lat.to_radians().cos());
                    sqlx::query(&format!(
                        "SELECT {ISSUE_VIEW}, d.m FROM issues i JOIN categories c ON c.id = i.category_id, \
                         LATERAL (SELECT 2 * {EARTH_RADIUS_M} * asin(sqrt(power(sin(radians(i.lat - $2) / 2), 2) \
                           + cos(radians($2)) * cos(radians(i.lat)) * power(sin(radians(i.lon - $3) / 2), 2)))) d(m) \
                         WHERE i.neighbourhood_id = $1 AND i.status IN {ACTIVE} \
                           AND i.lat BETWEEN $4 AND $5 AND i.lon BETWEEN $6 AND $7 AND d.m <= 150 \
                         ORDER BY i.category_id <> $8, d.m LIMIT {MAX_SUGGESTIONS}"
                    ))
                    .bind(world.hoods[hood].id)
                    .bind(lat)
                    .bind(lon)
                    .bind(lat - dlat)
                    .bind(lat + dlat)
                    .bind(lon - dlon)
                    .bind(lon + dlon)
                    .bind(category)
                    .fetch_all(&pool)
                    .await?
                }
                Params::OpenByImpact { hood, category } => {
                    sqlx::query(&format!(
                        "SELECT {ISSUE_VIEW}, s.score FROM issues i JOIN categories c ON c.id = i.category_id, \
                         LATERAL (SELECT extract(epoch FROM now() - i.first_reported_at)::float8 / 86400 AS days) a, \
                         LATERAL (SELECT round((ln(1 + greatest(i.supporters_count, 0)::float8) * 10 \
                           + least(a.days, 90) * 0.2 \
                           + CASE WHEN c.target_days IS NOT NULL AND a.days > c.target_days \
                               THEN 5 + least(a.days - c.target_days, 60) * 0.5 ELSE 0 END)::numeric, 2) AS score) s \
                         WHERE i.neighbourhood_id = $1 AND i.status = 'open' AND i.status IN {ACTIVE} \
                           AND i.category_id = $2 \
                         ORDER BY s.score DESC, i.id LIMIT {}",
                        PAGE + 1
                    ))
                    .bind(world.hoods[hood].id)
                    .bind(category)
                    .fetch_all(&pool)
                    .await?
                }
                Params::Viewport {
                    hood,
                    min_lat,
                    max_lat,
                    min_lon,
                    max_lon,
                } => {
                    sqlx::query(&format!(
                        "SELECT {ISSUE_VIEW} FROM (SELECT * FROM issues \
                           WHERE neighbourhood_id = $1 AND lat BETWEEN $2 AND $3 AND lon BETWEEN $4 AND $5 \
                           ORDER BY created_at DESC, id DESC LIMIT {}) i \
                         JOIN categories c ON c.id = i.category_id ORDER BY i.created_at DESC, i.id DESC",
                        PAGE + 1
                    ))
                    .bind(world.hoods[hood].id)
                    .bind(min_lat)
                    .bind(max_lat)
                    .bind(min_lon)
                    .bind(max_lon)
                    .fetch_all(&pool)
                    .await?
                }
                Params::NewestDeeper { hood, at, id, .. } => {
                    sqlx::query(&format!(
                        "SELECT {ISSUE_VIEW} FROM (SELECT * FROM issues WHERE neighbourhood_id = $1 \
                           AND (created_at, id) < ($2, $3) \
                           ORDER BY created_at DESC, id DESC LIMIT {}) i \
                         JOIN categories c ON c.id = i.category_id ORDER BY i.created_at DESC, i.id DESC",
                        PAGE + 1
                    ))
                    .bind(world.hoods[hood].id)
                    .bind(at)
                    .bind(id)
                    .fetch_all(&pool)
                    .await?
                }
            };
            // The list statements fetch one row more than a page, to tell whether there is a next one.
            let items = match kind {
                ReadKind::Nearby => rows.len(),
                _ => rows.len().min(PAGE as usize),
            };
            Ok(items as u64)
        }
    })
}

/// `EXPLAIN (ANALYZE, BUFFERS)` of the queries the service runs for each read (as sea-orm
/// writes them, with the first neighbourhood and category).
async fn explain(pool: &PgPool, world: &World) -> anyhow::Result<()> {
    let hood = &world.hoods[0];
    let category = world.categories[0];
    let (lat, lon) = (hood.lat, hood.lon);
    let (dlat, dlon) = (
        150.0 / METRES_PER_DEGREE,
        150.0 / (METRES_PER_DEGREE * lat.to_radians().cos()),
    );
    let (vlat, vlon) = (
        200.0 / METRES_PER_DEGREE,
        300.0 / (METRES_PER_DEGREE * lat.to_radians().cos()),
    );
    let (at, id) = world
        .cursors
        .iter()
        .find(|c| c.0 == 0)
        .map(|c| (c.2, c.3))
        .context("no cursor for the first neighbourhood")?;
    let h = hood.id;
    let queries = [
        (
            "nearby: candidates within 150 m",
            format!(
                "SELECT * FROM issues WHERE neighbourhood_id = '{h}' AND status IN {ACTIVE} \
                 AND lat BETWEEN {} AND {} AND lon BETWEEN {} AND {} LIMIT 500",
                lat - dlat,
                lat + dlat,
                lon - dlon,
                lon + dlon
            ),
        ),
        (
            "list open+category by impact: candidates",
            format!(
                "SELECT * FROM issues WHERE neighbourhood_id = '{h}' AND status = 'open' \
                 AND status IN {ACTIVE} AND category_id = '{category}' LIMIT 5000"
            ),
        ),
        (
            "list bbox (newest)",
            format!(
                "SELECT * FROM issues WHERE neighbourhood_id = '{h}' AND lat BETWEEN {} AND {} \
                 AND lon BETWEEN {} AND {} ORDER BY created_at DESC, id DESC LIMIT {}",
                lat - vlat,
                lat + vlat,
                lon - vlon,
                lon + vlon,
                PAGE + 1
            ),
        ),
        (
            "list newest, cursor",
            format!(
                "SELECT * FROM issues WHERE neighbourhood_id = '{h}' AND (created_at, id) < ('{}', \
                 '{id}') ORDER BY created_at DESC, id DESC LIMIT {}",
                ts(at),
                PAGE + 1
            ),
        ),
    ];
    for (name, query) in queries {
        println!();
        println!("EXPLAIN {name}:");
        let rows = sqlx::query(&format!("EXPLAIN (ANALYZE, BUFFERS) {query}"))
            .fetch_all(pool)
            .await?;
        for row in rows {
            println!("  {}", row.try_get::<String, _>(0)?);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Writes

struct NewReport {
    hood: usize,
    category: Uuid,
    lat: f64,
    lon: f64,
}

fn new_report(world: &World, seed: u64) -> NewReport {
    let mut rng = StdRng::seed_from_u64(seed);
    let hood = rng.gen_range(0..world.hoods.len());
    let (lat, lon) = world.hoods[hood].point(&mut rng, 0.5);
    NewReport {
        hood,
        category: world.categories[pick_weighted(&mut rng)],
        lat,
        lon,
    }
}

fn http_report(world: Arc<World>) -> Job {
    let counter = Arc::new(AtomicU64::new(0));
    job(move |client, seed| {
        let (world, counter) = (world.clone(), counter.clone());
        async move {
            let r = new_report(&world, seed);
            let n = counter.fetch_add(1, Ordering::Relaxed);
            let token = world
                .member_tokens
                .get(client % world.member_tokens.len().max(1))
                .context("no member tokens")?;
            let body = json!({
                "category_id": r.category,
                "location": {"lat": r.lat, "lon": r.lon},
                "description": format!("Benchmark report {n}: something needs fixing here"),
                "show_name": false,
            });
            let response = world
                .api
                .http
                .post(format!(
                    "{}/api/v1/neighbourhoods/{}/reports",
                    world.api.base, world.hoods[r.hood].id
                ))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await?;
            let status = response.status();
            let bytes = response.bytes().await?;
            if status.as_u16() != 201 {
                bail!("{status}: {}", String::from_utf8_lossy(&bytes));
            }
            let outcome: Value = serde_json::from_slice(&bytes)?;
            Ok(u64::from(outcome["pooled"].as_bool().unwrap_or(false)))
        }
    })
}

/// Report creation as hand-written SQL with the same effects: the reporter's membership and the
/// category checked in one query, then one transaction that locks the neighbourhood, finds an
/// active issue of the category within 30 m (or starts one), adds the report and the supporter,
/// recounts the issue and appends the event.
fn sql_report(world: Arc<World>, pool: PgPool) -> Job {
    job(move |client, seed| {
        let (world, pool) = (world.clone(), pool.clone());
        async move {
            let r = new_report(&world, seed);
            let hood = world.hoods[r.hood].id;
            let reporter = *world
                .member_ids
                .get(client % world.member_ids.len().max(1))
                .context("no members")?;
            let allowed: bool = sqlx::query(
                "SELECT EXISTS (SELECT 1 FROM memberships WHERE neighbourhood_id = $1 AND user_id = $2 AND status = 'active') \
                 AND EXISTS (SELECT 1 FROM categories c JOIN neighbourhood_services s \
                   ON s.organisation_id = c.organisation_id AND s.neighbourhood_id = $1 WHERE c.id = $3)",
            )
            .bind(hood)
            .bind(reporter)
            .bind(r.category)
            .fetch_one(&pool)
            .await?
            .try_get(0)?;
            if !allowed {
                bail!("not allowed");
            }
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE neighbourhoods SET updated_at = now() WHERE id = $1")
                .bind(hood)
                .execute(&mut *tx)
                .await?;
            let dlat = 30.0 / METRES_PER_DEGREE;
            let dlon = 30.0 / (METRES_PER_DEGREE * r.lat.to_radians().cos());
            let candidates = sqlx::query(&format!(
                "SELECT id, lat, lon, supporters_count FROM issues WHERE neighbourhood_id = $1 \
                 AND status IN {ACTIVE} AND category_id = $2 AND lat BETWEEN $3 AND $4 \
                 AND lon BETWEEN $5 AND $6 LIMIT 500"
            ))
            .bind(hood)
            .bind(r.category)
            .bind(r.lat - dlat)
            .bind(r.lat + dlat)
            .bind(r.lon - dlon)
            .bind(r.lon + dlon)
            .fetch_all(&mut *tx)
            .await?;
            let mut best: Option<(f64, i64, Uuid)> = None;
            for row in candidates {
                let (id, lat, lon, supporters): (Uuid, f64, f64, i64) = (
                    row.try_get(0)?,
                    row.try_get(1)?,
                    row.try_get(2)?,
                    row.try_get(3)?,
                );
                let d = haversine((r.lat, r.lon), (lat, lon));
                if d <= 30.0
                    && best.is_none_or(|(bd, bs, _)| d < bd || (d == bd && supporters > bs))
                {
                    best = Some((d, supporters, id));
                }
            }
            let pooled = best.is_some();
            let issue = match best {
                Some((_, _, id)) => id,
                None => {
                    let id = Uuid::now_v7();
                    sqlx::query(
                        "INSERT INTO issues (id, neighbourhood_id, category_id, status, lat, lon, \
                         reports_count, supporters_count, first_reported_at, last_reported_at, created_at, updated_at) \
                         VALUES ($1, $2, $3, 'open', $4, $5, 0, 0, now(), now(), now(), now())",
                    )
                    .bind(id)
                    .bind(hood)
                    .bind(r.category)
                    .bind(r.lat)
                    .bind(r.lon)
                    .execute(&mut *tx)
                    .await?;
                    id
                }
            };
            sqlx::query(
                "INSERT INTO reports (id, issue_id, neighbourhood_id, reporter_id, category_id, lat, lon, \
                 description, answers, show_name, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'SQL reference report', '{}', false, now())",
            )
            .bind(Uuid::now_v7())
            .bind(issue)
            .bind(hood)
            .bind(reporter)
            .bind(r.category)
            .bind(r.lat)
            .bind(r.lon)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO issue_supporters (issue_id, user_id, created_at) VALUES ($1, $2, now()) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(issue)
            .bind(reporter)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE issues SET (reports_count, lat, lon) = \
                   (SELECT count(*), avg(lat), avg(lon) FROM reports WHERE issue_id = $1), \
                 supporters_count = (SELECT count(*) FROM issue_supporters WHERE issue_id = $1), \
                 last_reported_at = now(), updated_at = now() WHERE id = $1",
            )
            .bind(issue)
            .execute(&mut *tx)
            .await?;
            let seq: i64 = sqlx::query(
                "UPDATE neighbourhoods SET event_seq = event_seq + 1 WHERE id = $1 RETURNING event_seq",
            )
            .bind(hood)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
            let channel = format!("neighbourhood:{hood}");
            let kind = if pooled {
                "issue.report_added"
            } else {
                "issue.created"
            };
            sqlx::query(
                "INSERT INTO events (channel, seq, kind, actor_id, subject, payload, audience, created_at) \
                 VALUES ($1, $2, $3, $4, $1, $5::json, 0, now())",
            )
            .bind(&channel)
            .bind(seq)
            .bind(kind)
            .bind(reporter)
            .bind(json!({"issue_id": issue, "category_id": r.category}).to_string())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(u64::from(pooled))
        }
    })
}

fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().asin()
}
