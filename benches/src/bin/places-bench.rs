//! `make bench-places`: the gazetteer at city size, on SQLite and PostgreSQL.
//!
//! Makes a synthetic city (500,000 addresses by default, seeded, the same every run): 64
//! districts of 2 km square, each a named place with its own postcode district; about 5,000
//! straight streets with plausible English names ("Church Road", "Mill Lane", "St John's Close"),
//! a name used at most once per district (so, as in a real city, several "Church Road"s in
//! different districts), 10 to 190 houses each, odd numbers on one side and even on the other
//! every 10 m; a postcode unit ("CG12 4QT") for every run of 12 to 30 consecutive houses. Rows
//! are stored through `services::places::import::store`, the importer's own writer (one
//! transaction, multi-row INSERTs, the FTS5 triggers on SQLite, the generated `tsvector` and GIN
//! index on PostgreSQL), so the tables are what an import of such a city would leave.
//!
//! Then, per database (SQLite in the server's data folder; PostgreSQL database
//! `cg_places_bench`, dropped first and kept afterwards for `EXPLAIN`), with `commonground serve`
//! as a child process on it:
//! - **forward search** (text -> places): closed-loop clients ask
//!   `GET /api/v1/places/search?q=...` (what the place box sends) with typical queries in equal
//!   parts: a street name's start ("Chur", "Church R"), the first two letters (the box searches
//!   from two characters), "12 Mill", a full address, a postcode, an abbreviated one ("church
//!   rd", "MILL LN") and a misspelt one ("Chruch Road", which matches nothing); then the same
//!   queries through `services::places::search` in this process (no HTTP), then the candidate
//!   query alone through sqlx (the reference), each with p50/p99 per kind and the ratio.
//! - **reverse lookup** (point -> words): `services::places::describe` in this process (it has no
//!   HTTP endpoint of its own: issues call it when they are placed) at random points (half near
//!   an address, a quarter near a street, a quarter anywhere in the city), then the same grid
//!   queries alone through sqlx, with the same fall-back to streets when no address is near.
//!
//! Targets from issue 15: forward p99 <= 20 ms (over HTTP), reverse p99 <= 5 ms.

use std::{
    collections::HashSet,
    path::PathBuf,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use clap::{Parser, ValueEnum};
use commonground::{
    domain::{
        geo::GeoPoint,
        places::{
            address_label, cells_within, needs_addresses, points_along, query_terms,
            rank_addresses_by_text, CellRange, PlaceKind, ADDRESS_RADIUS_M, CANDIDATES,
            STREET_RADIUS_M,
        },
    },
    services::places::{
        self, candidate_sql,
        import::{self, NewPlace, Row},
        match_expression, Tier,
    },
};
use commonground_benches::load::{
    database::{print_load_average, recreate_database, require_local},
    measure::{
        job, latency_histogram, quantile_ms, ratio, record, run_load, verdict, Job, Phase, Stats,
    },
    server::{ServerConfig, DEFAULT_BINARY},
};
use hdrhistogram::Histogram;
use migration::{Migrator, MigratorTrait};
use rand::{rngs::StdRng, seq::SliceRandom, Rng, SeedableRng};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection,
    SqlxSqliteConnector,
};
use serde_json::Value;
use sqlx::{
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    PgPool, Row as _, SqlitePool,
};
use tokio::sync::mpsc;

#[derive(Parser)]
#[command(about = "Forward search and reverse lookup over a city of 500,000 addresses")]
struct Args {
    /// The PostgreSQL server (no database name); only 127.0.0.1 or localhost.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    server_url: String,
    /// The PostgreSQL benchmark database: dropped and created afresh, kept afterwards.
    #[arg(long, default_value = "cg_places_bench")]
    database: String,
    /// Which databases to measure.
    #[arg(long, value_enum, default_value_t = Which::Both)]
    store: Which,
    /// Addresses in the city.
    #[arg(long, default_value_t = 500_000)]
    addresses: usize,
    /// Concurrent clients in every phase.
    #[arg(long, default_value_t = 2)]
    clients: usize,
    /// Seconds of each measured phase.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// The server's PostgreSQL pool, and this process's (SQLite: one connection, as the server).
    #[arg(long, default_value_t = 10)]
    db_connections: u32,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Print the query plans of one query of each kind (EXPLAIN ANALYZE on PostgreSQL, EXPLAIN
    /// QUERY PLAN on SQLite).
    #[arg(long)]
    explain: bool,
    /// The server binary.
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Which {
    Sqlite,
    Postgres,
    Both,
}

const FORWARD_TARGET_P99_MS: f64 = 20.0;
const REVERSE_TARGET_P99_MS: f64 = 5.0;
/// The town every address names (`addr:city`, searched but not shown).
const TOWN: &str = "Fairhaven";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    require_local(&args.server_url)?;
    println!(
        "places-bench: a city of {} addresses; {} clients, {} s per phase",
        args.addresses, args.clients, args.seconds
    );
    print_load_average();
    let started = Instant::now();
    let generated = Instant::now();
    let city = Arc::new(City::generate(args.addresses, args.seed));
    println!(
        "city: {} streets, {} addresses, {} postcodes, {} districts, {} street points ({} rows, made in {:.1} s)",
        city.streets.len(),
        city.addresses.len(),
        city.postcodes.len(),
        city.districts,
        city.street_points.len(),
        city.rows.len(),
        generated.elapsed().as_secs_f64()
    );
    let queries = Arc::new(Queries::generate(&city, args.seed));
    let mut verdicts = Vec::new();
    if args.store != Which::Postgres {
        verdicts.push(run_store(&args, &city, &queries, Store::Sqlite).await?);
    }
    if args.store != Which::Sqlite {
        let url = recreate_database(&format!("{}/{}", args.server_url, args.database)).await?;
        verdicts.push(run_store(&args, &city, &queries, Store::Postgres(url)).await?);
    }
    println!();
    println!("targets ({} addresses):", args.addresses);
    for line in verdicts {
        println!("  {line}");
    }
    println!("whole run {:.0} s", started.elapsed().as_secs_f64());
    if args.store != Which::Sqlite {
        println!("PostgreSQL database {} kept for EXPLAIN", args.database);
    }
    Ok(())
}

enum Store {
    Sqlite,
    Postgres(String),
}

impl Store {
    fn name(&self) -> &'static str {
        match self {
            Store::Sqlite => "SQLite",
            Store::Postgres(_) => "PostgreSQL",
        }
    }
}

/// The bare SQL of the reference, on either database.
#[derive(Clone)]
enum Reference {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Loads the city into one database, starts the server on it and measures both directions.
/// Returns the targets' verdicts.
async fn run_store(
    args: &Args,
    city: &Arc<City>,
    queries: &Arc<Queries>,
    store: Store,
) -> anyhow::Result<String> {
    println!();
    println!("== {} ==", store.name());
    let config = ServerConfig::new(&args.server)?.db_connections(args.db_connections);
    let (db, reference, config) = match &store {
        Store::Sqlite => {
            // The file the server opens when it has no DATABASE_URL, loaded before it starts.
            let file = config.data_dir().join("commonground.db");
            let options = SqliteConnectOptions::new()
                .filename(&file)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            // One connection, as the server has.
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options.clone())
                .await?;
            let db = SqlxSqliteConnector::from_sqlx_sqlite_pool(pool);
            let reference = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options.create_if_missing(false))
                .await?;
            (db, Reference::Sqlite(reference), config)
        }
        Store::Postgres(url) => {
            let mut options = ConnectOptions::new(url.clone());
            options
                .max_connections(args.db_connections)
                .test_before_acquire(false)
                .sqlx_logging(false);
            let db = Database::connect(options).await?;
            let reference = PgPoolOptions::new()
                .max_connections(args.db_connections)
                .connect(url)
                .await?;
            let config = config.database_url(Some(url));
            (db, Reference::Postgres(reference), config)
        }
    };
    Migrator::up(&db, None).await?;
    let load = Instant::now();
    let summary = load_city(&db, city).await?;
    let stored = summary.streets + summary.addresses + summary.postcodes + summary.places;
    print!(
        "stored through import::store: {stored} places and {} street points in {:.1} s ({:.0} rows/s)",
        summary.street_points,
        load.elapsed().as_secs_f64(),
        (stored + summary.street_points) as f64 / load.elapsed().as_secs_f64()
    );
    if let Reference::Postgres(pool) = &reference {
        // What autovacuum does soon after an import this size; the planner needs the statistics.
        let analyzed = Instant::now();
        sqlx::query("VACUUM ANALYZE").execute(pool).await?;
        print!("; VACUUM ANALYZE {:.1} s", analyzed.elapsed().as_secs_f64());
    }
    println!();
    let server = config.start().await?;

    if args.explain {
        explain(&reference, queries, city).await?;
    }

    // Forward: over HTTP, through the service function, and the candidate query alone.
    let kinds = QUERY_KINDS.len();
    let http_kinds = KindHistograms::new(kinds);
    let http_job: Job = {
        let api = server.api.clone();
        let queries = queries.clone();
        let per_kind = http_kinds.clone();
        job(move |_, seed| {
            let api = api.clone();
            let queries = queries.clone();
            let per_kind = per_kind.clone();
            async move {
                let (kind, q) = queries.pick(seed);
                let sent = Instant::now();
                let answer = api
                    .http
                    .get(format!("{}/api/v1/places/search", api.base))
                    .query(&[("q", q), ("limit", "5")])
                    .send()
                    .await?;
                let status = answer.status();
                let body: Value = answer.json().await?;
                if !status.is_success() {
                    bail!("{status} for {q:?}: {body}");
                }
                let found = body["matches"].as_array().map_or(0, Vec::len);
                per_kind.record(kind, sent.elapsed(), found > 0);
                Ok(found as u64)
            }
        })
    };
    let http = run_load(phase(args, "forward: HTTP /places/search"), http_job).await?;

    let service_kinds = KindHistograms::new(kinds);
    let db = Arc::new(db);
    let service_job: Job = {
        let db = db.clone();
        let queries = queries.clone();
        let per_kind = service_kinds.clone();
        job(move |_, seed| {
            let db = db.clone();
            let queries = queries.clone();
            let per_kind = per_kind.clone();
            async move {
                let (kind, q) = queries.pick(seed);
                let sent = Instant::now();
                let found = places::search(&*db, q, None, 5).await?.len();
                per_kind.record(kind, sent.elapsed(), found > 0);
                Ok(found as u64)
            }
        })
    };
    let service = run_load(phase(args, "forward: places::search"), service_job).await?;

    let sql_kinds = KindHistograms::new(kinds);
    let sql_job: Job = {
        let reference = reference.clone();
        let queries = queries.clone();
        let per_kind = sql_kinds.clone();
        job(move |_, seed| {
            let reference = reference.clone();
            let queries = queries.clone();
            let per_kind = per_kind.clone();
            async move {
                let (kind, q) = queries.pick(seed);
                let sent = Instant::now();
                let found = reference.candidates(q).await?;
                per_kind.record(kind, sent.elapsed(), found > 0);
                Ok(found)
            }
        })
    };
    let sql = run_load(phase(args, "forward: candidate query, SQL"), sql_job).await?;
    println!();
    println!(
        "forward search, {}: {} queries of each kind, picked at random",
        store.name(),
        QUERY_POOL
    );
    print_stats(&http, &service, &sql);
    print_kinds(&[
        ("HTTP", &http_kinds),
        ("service", &service_kinds),
        ("SQL", &sql_kinds),
    ]);

    // Reverse: the service function and its grid queries alone.
    let service_outcomes = KindHistograms::new(OUTCOMES.len());
    let describe_job: Job = {
        let db = db.clone();
        let city = city.clone();
        let per_outcome = service_outcomes.clone();
        job(move |_, seed| {
            let db = db.clone();
            let city = city.clone();
            let per_outcome = per_outcome.clone();
            async move {
                let at = city.random_point(seed);
                let sent = Instant::now();
                let words = places::describe(&*db, at.lat, at.lon).await?;
                let outcome = match &words {
                    Some(words) if words.starts_with("outside ") => 0,
                    Some(_) => 1,
                    None => 2,
                };
                per_outcome.record(outcome, sent.elapsed(), words.is_some());
                Ok(u64::from(words.is_some()))
            }
        })
    };
    let describe = run_load(phase(args, "reverse: places::describe"), describe_job).await?;
    let sql_outcomes = KindHistograms::new(OUTCOMES.len());
    let near_job: Job = {
        let reference = reference.clone();
        let city = city.clone();
        let per_outcome = sql_outcomes.clone();
        job(move |_, seed| {
            let reference = reference.clone();
            let city = city.clone();
            let per_outcome = per_outcome.clone();
            async move {
                let at = city.random_point(seed);
                let sent = Instant::now();
                let outcome = reference.nearest(at).await?;
                per_outcome.record(outcome, sent.elapsed(), outcome < 2);
                Ok(u64::from(outcome < 2))
            }
        })
    };
    let near = run_load(phase(args, "reverse: grid queries, SQL"), near_job).await?;
    println!();
    println!(
        "reverse lookup, {}: random points (1/2 near an address, 1/4 near a street, 1/4 anywhere)",
        store.name()
    );
    describe.print();
    near.print();
    println!(
        "{:<34} ratio service / SQL: p50 {:.1}x, p99 {:.1}x",
        "",
        ratio(describe.quantile_ms(0.5), near.quantile_ms(0.5)),
        ratio(describe.quantile_ms(0.99), near.quantile_ms(0.99)),
    );
    print_outcomes(&service_outcomes, &sql_outcomes);
    drop(server);

    let forward_p99 = http.quantile_ms(0.99);
    let reverse_p99 = describe.quantile_ms(0.99);
    let errors = http.errors + service.errors + sql.errors + describe.errors + near.errors;
    Ok(format!(
        "{}: forward p99 {forward_p99:.2} ms over HTTP (target <= {FORWARD_TARGET_P99_MS} ms): {}; \
         reverse p99 {reverse_p99:.2} ms (target <= {REVERSE_TARGET_P99_MS} ms): {}; {errors} errors",
        store.name(),
        verdict(forward_p99 <= FORWARD_TARGET_P99_MS && http.errors == 0),
        verdict(reverse_p99 <= REVERSE_TARGET_P99_MS && describe.errors == 0),
    ))
}

fn phase<'a>(args: &Args, label: &'a str) -> Phase<'a> {
    Phase {
        label,
        clients: args.clients,
        duration: Duration::from_secs(args.seconds),
        seed: args.seed,
        server_pid: None,
    }
}

fn print_stats(http: &Stats, service: &Stats, sql: &Stats) {
    http.print();
    service.print();
    sql.print();
    println!(
        "{:<34} ratio HTTP / SQL: p50 {:.1}x, p99 {:.1}x; service / SQL: p50 {:.1}x, p99 {:.1}x",
        "",
        ratio(http.quantile_ms(0.5), sql.quantile_ms(0.5)),
        ratio(http.quantile_ms(0.99), sql.quantile_ms(0.99)),
        ratio(service.quantile_ms(0.5), sql.quantile_ms(0.5)),
        ratio(service.quantile_ms(0.99), sql.quantile_ms(0.99)),
    );
}

// ---------------------------------------------------------------------------------------------
// Latency per kind of query (or outcome)

/// Per kind: its latencies and how many answers had a match.
type PerKind = Vec<(Histogram<u64>, u64)>;

#[derive(Clone)]
struct KindHistograms(Arc<Mutex<PerKind>>);

impl KindHistograms {
    fn new(kinds: usize) -> Self {
        Self(Arc::new(Mutex::new(
            (0..kinds).map(|_| (latency_histogram(), 0)).collect(),
        )))
    }

    /// One answer of kind `kind` after `elapsed`; `found` when it had a match.
    fn record(&self, kind: usize, elapsed: Duration, found: bool) {
        if let Ok(mut kinds) = self.0.lock() {
            let (histogram, hits) = &mut kinds[kind];
            record(histogram, elapsed);
            *hits += u64::from(found);
        }
    }

    /// (p50, p99, answers, share with a match) of one kind.
    fn summary(&self, kind: usize) -> (f64, f64, u64, f64) {
        let Ok(kinds) = self.0.lock() else {
            return (0.0, 0.0, 0, 0.0);
        };
        let (histogram, hits) = &kinds[kind];
        let n = histogram.len();
        (
            quantile_ms(histogram, 0.5),
            quantile_ms(histogram, 0.99),
            n,
            *hits as f64 / n.max(1) as f64,
        )
    }
}

fn print_kinds(columns: &[(&str, &KindHistograms)]) {
    print!("  {:<16}", "p50 / p99 ms");
    for (name, _) in columns {
        print!(" {name:>17}");
    }
    println!("  found (HTTP)  example");
    for (kind, label) in QUERY_KINDS.iter().enumerate() {
        print!("  {:<16}", label.0);
        for (_, histograms) in columns {
            let (p50, p99, _, _) = histograms.summary(kind);
            print!(" {:>7.2} / {:>7.2}", p50, p99);
        }
        let (_, _, n, found) = columns[0].1.summary(kind);
        println!("  {:>5.0}% of {n:<5} {:?}", found * 100.0, label.1);
    }
}

const OUTCOMES: [&str; 3] = [
    "an address (\"outside 12 Mill Lane\")",
    "a street (\"Mill Lane[, near ...]\")",
    "nothing within 150 m",
];

fn print_outcomes(service: &KindHistograms, sql: &KindHistograms) {
    println!(
        "  {:<40} {:>17} {:>17}  answers",
        "p50 / p99 ms by answer", "service", "SQL"
    );
    for (outcome, label) in OUTCOMES.iter().enumerate() {
        let (p50, p99, n, _) = service.summary(outcome);
        let (sql_p50, sql_p99, _, _) = sql.summary(outcome);
        println!("  {label:<40} {p50:>7.2} / {p99:>7.2} {sql_p50:>7.2} / {sql_p99:>7.2}  {n}");
    }
}

// ---------------------------------------------------------------------------------------------
// The reference: the service's SQL alone

/// The answers the HTTP phase asks for (`limit=5`), which decide whether addresses are read.
const LIMIT: usize = 5;

impl Reference {
    fn backend(&self) -> DatabaseBackend {
        match self {
            Reference::Sqlite(_) => DatabaseBackend::Sqlite,
            Reference::Postgres(_) => DatabaseBackend::Postgres,
        }
    }

    /// What `services::places::search` sends for `q`, alone: the names' candidate query, then
    /// the addresses' when the same rule says so. Returns how many rows came back.
    async fn candidates(&self, q: &str) -> anyhow::Result<u64> {
        let terms = query_terms(q);
        if terms.is_empty() {
            return Ok(0);
        }
        let matched = match_expression(self.backend(), &terms);
        let names = self.labels(Tier::Names, &matched).await?;
        let mut rows = names.len();
        let distinct = names.iter().collect::<HashSet<_>>().len();
        if needs_addresses(&terms, distinct, LIMIT) {
            let tier = if rank_addresses_by_text(&terms) {
                Tier::RankedAddresses
            } else {
                Tier::FirstAddresses
            };
            rows += self.labels(tier, &matched).await?.len();
        }
        Ok(rows as u64)
    }

    /// The labels of one candidate query (every column fetched, as the service does).
    async fn labels(&self, tier: Tier, matched: &str) -> anyhow::Result<Vec<String>> {
        let text = candidate_sql(self.backend(), tier);
        let rows: Vec<String> = match self {
            Reference::Sqlite(pool) => sqlx::query(&text.replace('$', "?"))
                .bind(matched)
                .bind(CANDIDATES as i64)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| row.try_get(0))
                .collect::<Result<_, _>>()?,
            Reference::Postgres(pool) => sqlx::query(text)
                .bind(matched)
                .bind(CANDIDATES as i64)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| row.try_get(0))
                .collect::<Result<_, _>>()?,
        };
        Ok(rows)
    }

    /// What `describe` reads for a point: the addresses in the cells around it, and when none
    /// is within `ADDRESS_RADIUS_M`, the street points around it. Returns the outcome (0 an
    /// address, 1 a street, 2 nothing), nearest measured as the service does.
    async fn nearest(&self, at: GeoPoint) -> anyhow::Result<usize> {
        let addresses = self
            .near_points(
                "SELECT lat, lon FROM places WHERE kind = 'address' AND",
                cells_within(at, ADDRESS_RADIUS_M),
            )
            .await?;
        if addresses
            .iter()
            .any(|p| p.distance_m(&at) <= ADDRESS_RADIUS_M)
        {
            return Ok(0);
        }
        let points = self
            .near_points(
                "SELECT lat, lon FROM place_street_points WHERE",
                cells_within(at, STREET_RADIUS_M),
            )
            .await?;
        Ok(
            if points.iter().any(|p| p.distance_m(&at) <= STREET_RADIUS_M) {
                1
            } else {
                2
            },
        )
    }

    async fn near_points(&self, select: &str, cells: CellRange) -> anyhow::Result<Vec<GeoPoint>> {
        let sign = match self {
            Reference::Sqlite(_) => '?',
            Reference::Postgres(_) => '$',
        };
        let ys: Vec<String> = (1..=cells.ys.len()).map(|i| format!("{sign}{i}")).collect();
        let n = cells.ys.len();
        let text = format!(
            "{select} cell_y IN ({}) AND cell_x BETWEEN {sign}{} AND {sign}{}",
            ys.join(", "),
            n + 1,
            n + 2
        );
        let point = |lat: f64, lon: f64| GeoPoint { lat, lon };
        match self {
            Reference::Sqlite(pool) => {
                let mut query = sqlx::query(&text);
                for y in &cells.ys {
                    query = query.bind(*y);
                }
                let rows = query
                    .bind(cells.x_min)
                    .bind(cells.x_max)
                    .fetch_all(pool)
                    .await?;
                rows.iter()
                    .map(|r| Ok(point(r.try_get(0)?, r.try_get(1)?)))
                    .collect()
            }
            Reference::Postgres(pool) => {
                let mut query = sqlx::query(&text);
                for y in &cells.ys {
                    query = query.bind(*y);
                }
                let rows = query
                    .bind(cells.x_min)
                    .bind(cells.x_max)
                    .fetch_all(pool)
                    .await?;
                rows.iter()
                    .map(|r| Ok(point(r.try_get(0)?, r.try_get(1)?)))
                    .collect()
            }
        }
    }
}

/// The plans of one query of each kind and of the two grid queries.
async fn explain(reference: &Reference, queries: &Queries, city: &City) -> anyhow::Result<()> {
    println!("query plans (--explain):");
    for (kind, label) in QUERY_KINDS.iter().enumerate() {
        let q = &queries.by_kind[kind][0];
        let terms = query_terms(q);
        if terms.is_empty() {
            continue;
        }
        let matched = match_expression(reference.backend(), &terms);
        let address_tier = if rank_addresses_by_text(&terms) {
            Tier::RankedAddresses
        } else {
            Tier::FirstAddresses
        };
        for tier in [Tier::Names, address_tier] {
            println!("-- {} {q:?}, {tier:?}: {matched}", label.0);
            let text = candidate_sql(reference.backend(), tier);
            match reference {
                Reference::Sqlite(pool) => {
                    let rows =
                        sqlx::query(&format!("EXPLAIN QUERY PLAN {}", text.replace('$', "?")))
                            .bind(&matched)
                            .bind(CANDIDATES as i64)
                            .fetch_all(pool)
                            .await?;
                    for row in rows {
                        println!("   {}", row.try_get::<String, _>(3)?);
                    }
                }
                Reference::Postgres(pool) => {
                    let rows = sqlx::query(&format!("EXPLAIN (ANALYZE, BUFFERS) {text}"))
                        .bind(&matched)
                        .bind(CANDIDATES as i64)
                        .fetch_all(pool)
                        .await?;
                    for row in rows {
                        println!("   {}", row.try_get::<String, _>(0)?);
                    }
                }
            }
        }
    }
    let at = city.addresses[city.addresses.len() / 2];
    let cells = cells_within(at, ADDRESS_RADIUS_M);
    let ys = cells
        .ys
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let text = format!(
        "SELECT housenumber, street, lat, lon FROM places WHERE kind = 'address' AND \
         cell_y IN ({ys}) AND cell_x BETWEEN {} AND {}",
        cells.x_min, cells.x_max
    );
    println!("-- reverse, addresses: {text}");
    match reference {
        Reference::Sqlite(pool) => {
            for row in sqlx::query(&format!("EXPLAIN QUERY PLAN {text}"))
                .fetch_all(pool)
                .await?
            {
                println!("   {}", row.try_get::<String, _>(3)?);
            }
        }
        Reference::Postgres(pool) => {
            for row in sqlx::query(&format!("EXPLAIN (ANALYZE, BUFFERS) {text}"))
                .fetch_all(pool)
                .await?
            {
                println!("   {}", row.try_get::<String, _>(0)?);
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Loading

/// The city's rows through the importer's own writer, in its batches.
async fn load_city(
    db: &DatabaseConnection,
    city: &Arc<City>,
) -> anyhow::Result<import::ImportSummary> {
    let (sender, receiver) = mpsc::channel::<Vec<Row>>(4);
    let rows = city.clone();
    let feeder = tokio::spawn(async move {
        for chunk in rows.rows.chunks(500) {
            if sender.send(chunk.to_vec()).await.is_err() {
                break;
            }
        }
    });
    let progress: import::Progress = Arc::new(|_| {});
    let summary = import::store(
        db,
        "bench-city",
        places::OSM_ATTRIBUTION,
        receiver,
        &progress,
    )
    .await?;
    feeder.await?;
    let places: i64 = db
        .query_one(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT count(*) FROM places",
        ))
        .await?
        .context("no count")?
        .try_get_by_index(0)?;
    let expected = city.rows.len() - city.street_points.len();
    if places as usize != expected {
        bail!("stored {places} places, expected {expected}");
    }
    Ok(summary)
}

// ---------------------------------------------------------------------------------------------
// The synthetic city

const METRES_PER_DEGREE: f64 = 111_320.0;
/// The city's south-west corner (farmland in the English Midlands: no real city's streets).
const SOUTH_WEST: (f64, f64) = (52.30, -1.60);
const DISTRICT_M: f64 = 2_000.0;
const DISTRICTS_ACROSS: usize = 8;
/// Houses per side of a street, every this many metres.
const FRONTAGE_M: f64 = 10.0;
/// Houses stand this far from the middle of the street.
const SETBACK_M: f64 = 12.0;

const FIRST_WORDS: &[&str] = &[
    "Mill",
    "Church",
    "Station",
    "High",
    "Park",
    "Victoria",
    "Albert",
    "King's",
    "Queen's",
    "St John's",
    "St Mary's",
    "St Peter's",
    "Oak",
    "Elm",
    "Ash",
    "Beech",
    "Willow",
    "Chestnut",
    "Cedar",
    "Maple",
    "Hawthorn",
    "Holly",
    "Rose",
    "Orchard",
    "Meadow",
    "Brook",
    "River",
    "Canal",
    "Bridge",
    "Lock",
    "Wharf",
    "Market",
    "Castle",
    "Abbey",
    "Priory",
    "Manor",
    "Grange",
    "Farm",
    "Windmill",
    "Forge",
    "Foundry",
    "Quarry",
    "Chapel",
    "School",
    "College",
    "Hospital",
    "Green",
    "Common",
    "Heath",
    "Hill",
    "Vale",
    "Spring",
    "Well",
    "North",
    "South",
    "East",
    "West",
    "New",
    "Old",
    "Long",
    "Broad",
    "Wellington",
    "Nelson",
    "Cromwell",
    "Gladstone",
    "Palmerston",
    "Darwin",
    "Newton",
    "Shakespeare",
    "Milton",
    "Byron",
    "Tennyson",
    "Dickens",
    "Austen",
    "Brunel",
    "Stephenson",
    "Telford",
    "Cambridge",
    "Oxford",
    "London",
    "York",
    "Bristol",
    "Windsor",
    "Richmond",
    "Clarence",
    "Stanley",
    "Grosvenor",
    "Salisbury",
    "Devonshire",
    "Portland",
    "Lansdowne",
    "Beaufort",
    "Somerset",
    "Millbrook",
    "Miller",
    "Millfield",
    "Chester",
    "Churchill",
    "Charlotte",
    "Chapelfield",
    "Kingsley",
    "Queensway",
    "Marlborough",
    "Hamilton",
    "Lincoln",
    "Warwick",
    "Stratford",
    "Coventry",
    "Leicester",
    "Derby",
    "Nottingham",
    "Sheffield",
    "Harrow",
    "Hampton",
    "Hartley",
    "Ashford",
    "Ashby",
    "Beacon",
    "Belmont",
    "Bramley",
    "Cavendish",
    "Clifton",
    "Coronation",
    "Cross",
    "Dale",
    "Douglas",
    "Fairfield",
    "Fern",
    "Field",
    "Garden",
    "Gordon",
    "Grove",
    "Highfield",
    "Jubilee",
    "Kent",
    "Lime",
    "Linden",
    "Lodge",
    "Moor",
    "Mount",
    "Oakfield",
    "Pine",
    "Poplar",
    "Primrose",
    "Princes",
    "Regent",
    "Rectory",
    "Sandy",
    "Sycamore",
    "Tower",
    "Trinity",
    "Union",
    "Vicarage",
    "Walnut",
    "Water",
    "Westfield",
    "Woodland",
    "Yew",
];

/// Street types, the common ones repeated (most streets are roads, streets and lanes).
const TYPES: &[&str] = &[
    "Road", "Road", "Road", "Road", "Street", "Street", "Street", "Lane", "Lane", "Avenue",
    "Avenue", "Close", "Close", "Way", "Crescent", "Gardens", "Drive", "Place", "Terrace", "Court",
    "Grove", "Hill", "Row", "Walk", "Mews", "Rise", "Square", "Parade",
];

const DISTRICT_START: &[&str] = &[
    "North", "South", "East", "West", "Ash", "Oak", "Elm", "Mill", "Brook", "Church", "Kings",
    "Stan", "Brad", "Har", "Wood", "Fair",
];
const DISTRICT_END: &[&str] = &[
    "field", "ton", "ley", "ham", "wick", "bury", "stead", "ford",
];

/// Letters of the last two characters of a postcode (as in the UK: no C, I, K, M, O, V).
const UNIT_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

struct Street {
    name: String,
    houses: u32,
}

struct City {
    rows: Vec<Row>,
    streets: Vec<Street>,
    postcodes: Vec<String>,
    addresses: Vec<GeoPoint>,
    street_points: Vec<GeoPoint>,
    districts: usize,
    /// South-west and north-east corners.
    bounds: (GeoPoint, GeoPoint),
}

impl City {
    fn generate(addresses: usize, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let lat_per_m = 1.0 / METRES_PER_DEGREE;
        let lon_per_m = 1.0 / (METRES_PER_DEGREE * SOUTH_WEST.0.to_radians().cos());
        let at = |x_m: f64, y_m: f64| GeoPoint {
            lat: SOUTH_WEST.0 + y_m * lat_per_m,
            lon: SOUTH_WEST.1 + x_m * lon_per_m,
        };
        let side = DISTRICT_M * DISTRICTS_ACROSS as f64;
        let mut city = City {
            rows: Vec::with_capacity(addresses * 5 / 4),
            streets: Vec::new(),
            postcodes: Vec::new(),
            addresses: Vec::with_capacity(addresses),
            street_points: Vec::new(),
            districts: DISTRICTS_ACROSS * DISTRICTS_ACROSS,
            bounds: (at(0.0, 0.0), at(side, side)),
        };
        // Districts: named places at their middle, each its own postcode district.
        let mut names: Vec<String> = DISTRICT_START
            .iter()
            .flat_map(|a| DISTRICT_END.iter().map(move |b| format!("{a}{b}")))
            .collect();
        names.shuffle(&mut rng);
        for (d, name) in names.iter().enumerate().take(city.districts) {
            let (dx, dy) = ((d % DISTRICTS_ACROSS) as f64, (d / DISTRICTS_ACROSS) as f64);
            let middle = at((dx + 0.5) * DISTRICT_M, (dy + 0.5) * DISTRICT_M);
            city.rows.push(place_row(PlaceKind::Place, name, middle));
        }
        let mut used: HashSet<(usize, String)> = HashSet::new();
        let mut units = vec![0usize; city.districts];
        let mut left = addresses;
        while left > 0 {
            let district = rng.gen_range(0..city.districts);
            let name = (0..20)
                .map(|_| {
                    format!(
                        "{} {}",
                        FIRST_WORDS[rng.gen_range(0..FIRST_WORDS.len())],
                        TYPES[rng.gen_range(0..TYPES.len())]
                    )
                })
                .find(|name| !used.contains(&(district, name.clone())));
            let Some(name) = name else { continue };
            used.insert((district, name.clone()));
            let houses = rng.gen_range(10..=190).min(left as u32);
            left -= houses as usize;
            // A straight street from a random point of its district, at a random angle.
            let (dx, dy) = (
                (district % DISTRICTS_ACROSS) as f64 * DISTRICT_M,
                (district / DISTRICTS_ACROSS) as f64 * DISTRICT_M,
            );
            let (x0, y0) = (
                dx + rng.gen_range(0.0..DISTRICT_M),
                dy + rng.gen_range(0.0..DISTRICT_M),
            );
            let angle: f64 = rng.gen_range(0.0..std::f64::consts::PI);
            let (ux, uy) = (angle.cos(), angle.sin());
            let length = (f64::from(houses.div_ceil(2)) + 1.0) * FRONTAGE_M;
            let line = [at(x0, y0), at(x0 + ux * length, y0 + uy * length)];
            let middle = at(x0 + ux * length / 2.0, y0 + uy * length / 2.0);
            city.rows.push(place_row(PlaceKind::Street, &name, middle));
            for point in points_along(&line, 25.0) {
                city.street_points.push(point);
                city.rows.push(Row::StreetPoint {
                    name: name.clone(),
                    lat: point.lat,
                    lon: point.lon,
                });
            }
            // Houses: odd numbers on the left, even on the right; a postcode unit per run.
            let mut unit: Option<(String, GeoPoint, usize)> = None;
            let mut run_left = 0;
            for number in 1..=houses {
                if run_left == 0 {
                    if let Some(done) = unit.take() {
                        city.finish_unit(done);
                    }
                    let district_code = district + 1;
                    let n = units[district];
                    units[district] += 1;
                    let code = format!(
                        "CG{district_code} {}{}{}",
                        (n / 400) % 10,
                        UNIT_LETTERS[(n / 20) % 20] as char,
                        UNIT_LETTERS[n % 20] as char
                    );
                    unit = Some((code, GeoPoint { lat: 0.0, lon: 0.0 }, 0));
                    run_left = rng.gen_range(12..=30);
                }
                run_left -= 1;
                let along = (f64::from((number - 1) / 2) + 1.0) * FRONTAGE_M;
                let side = if number % 2 == 1 { 1.0 } else { -1.0 };
                let point = at(
                    x0 + ux * along - uy * SETBACK_M * side,
                    y0 + uy * along + ux * SETBACK_M * side,
                );
                // One number in 40 has a letter ("12A"), as infill houses and flats do.
                let number_text = if rng.gen_ratio(1, 40) {
                    format!("{number}A")
                } else {
                    number.to_string()
                };
                let Some((code, sum, count)) = unit.as_mut() else {
                    continue;
                };
                sum.lat += point.lat;
                sum.lon += point.lon;
                *count += 1;
                city.addresses.push(point);
                city.rows.push(Row::Place(NewPlace {
                    osm_ref: None,
                    kind: PlaceKind::Address,
                    label: address_label(&number_text, &name, Some(code)),
                    housenumber: Some(number_text),
                    street: Some(name.clone()),
                    postcode: Some(code.clone()),
                    name: None,
                    lat: point.lat,
                    lon: point.lon,
                    extra_words: Some(TOWN.to_owned()),
                }));
            }
            if let Some(done) = unit.take() {
                city.finish_unit(done);
            }
            city.streets.push(Street { name, houses });
        }
        city
    }

    /// A postcode's row, at the middle of its addresses (as the importer places them).
    fn finish_unit(&mut self, (code, sum, count): (String, GeoPoint, usize)) {
        let n = count.max(1) as f64;
        let middle = GeoPoint {
            lat: sum.lat / n,
            lon: sum.lon / n,
        };
        self.rows
            .push(place_row(PlaceKind::Postcode, &code, middle));
        self.postcodes.push(code);
    }

    /// A point to describe: half near an address (where people stand when they report), a
    /// quarter near a street, a quarter anywhere in the city (parks, fields, water).
    fn random_point(&self, seed: u64) -> GeoPoint {
        let mut rng = StdRng::seed_from_u64(seed);
        let jitter = |rng: &mut StdRng, p: GeoPoint, metres: f64| GeoPoint {
            lat: p.lat + rng.gen_range(-metres..metres) / METRES_PER_DEGREE,
            lon: p.lon
                + rng.gen_range(-metres..metres) / (METRES_PER_DEGREE * p.lat.to_radians().cos()),
        };
        match rng.gen_range(0..4) {
            0 | 1 => {
                let p = self.addresses[rng.gen_range(0..self.addresses.len())];
                jitter(&mut rng, p, 20.0)
            }
            2 => {
                let p = self.street_points[rng.gen_range(0..self.street_points.len())];
                jitter(&mut rng, p, 100.0)
            }
            _ => {
                let (sw, ne) = self.bounds;
                GeoPoint {
                    lat: rng.gen_range(sw.lat..ne.lat),
                    lon: rng.gen_range(sw.lon..ne.lon),
                }
            }
        }
    }
}

fn place_row(kind: PlaceKind, name: &str, at: GeoPoint) -> Row {
    let (street, postcode, named) = match kind {
        PlaceKind::Street => (Some(name.to_owned()), None, Some(name.to_owned())),
        PlaceKind::Postcode => (None, Some(name.to_owned()), None),
        _ => (None, None, Some(name.to_owned())),
    };
    Row::Place(NewPlace {
        osm_ref: None,
        kind,
        label: name.to_owned(),
        housenumber: None,
        street,
        postcode,
        name: named,
        lat: at.lat,
        lon: at.lon,
        extra_words: None,
    })
}

// ---------------------------------------------------------------------------------------------
// Queries

/// The kinds of query, each with an example.
const QUERY_KINDS: [(&str, &str); 7] = [
    ("street start", "Chur, Church R"),
    ("two letters", "Ch"),
    ("number + word", "12 Mill"),
    ("full address", "12 Mill Lane"),
    ("postcode", "CG12 4QT"),
    ("abbreviated", "church rd, MILL LN"),
    ("misspelt", "Chruch Road"),
];
/// Queries made of each kind (from the city's own streets and postcodes).
const QUERY_POOL: usize = 500;

struct Queries {
    by_kind: Vec<Vec<String>>,
}

impl Queries {
    fn generate(city: &City, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x0051_ace5);
        let abbreviation = |kind: &str| match kind {
            "Road" => Some("rd"),
            "Street" => Some("st"),
            "Lane" => Some("ln"),
            "Avenue" => Some("ave"),
            "Close" => Some("cl"),
            "Crescent" => Some("cres"),
            "Gardens" => Some("gdns"),
            "Drive" => Some("dr"),
            "Place" => Some("pl"),
            "Terrace" => Some("tce"),
            "Court" => Some("ct"),
            "Square" => Some("sq"),
            _ => None,
        };
        let mut by_kind = vec![Vec::with_capacity(QUERY_POOL); QUERY_KINDS.len()];
        for (kind, queries) in by_kind.iter_mut().enumerate() {
            while queries.len() < QUERY_POOL {
                let street = &city.streets[rng.gen_range(0..city.streets.len())];
                let (first, last) = street.name.rsplit_once(' ').unwrap_or((&street.name, ""));
                let number = rng.gen_range(1..=street.houses);
                let query = match kind {
                    0 if rng.gen_bool(0.5) => {
                        let letters = first.chars().count();
                        first
                            .chars()
                            .take(rng.gen_range(3.min(letters)..=letters))
                            .collect()
                    }
                    0 => format!(
                        "{first} {}",
                        last.chars().take(rng.gen_range(1..=3)).collect::<String>()
                    ),
                    1 => first.chars().take(2).collect(),
                    2 => format!("{number} {}", first.rsplit(' ').next().unwrap_or(first)),
                    3 => format!("{number} {}", street.name),
                    4 => city.postcodes[rng.gen_range(0..city.postcodes.len())].clone(),
                    5 => match abbreviation(last) {
                        Some(short) if rng.gen_bool(0.5) => {
                            format!("{} {short}", first.to_lowercase())
                        }
                        Some(short) => format!("{} {}", first, short).to_uppercase(),
                        None => continue,
                    },
                    _ => {
                        // Two letters of the first word swapped: "Chruch Road".
                        let mut letters: Vec<char> = first.chars().collect();
                        if letters.len() < 4 {
                            continue;
                        }
                        let i = rng.gen_range(1..letters.len() - 1);
                        if letters[i] == letters[i + 1] {
                            continue;
                        }
                        letters.swap(i, i + 1);
                        format!("{} {last}", letters.into_iter().collect::<String>())
                    }
                };
                queries.push(query);
            }
        }
        Self { by_kind }
    }

    /// A query of a kind chosen in turn from the seed, and its kind.
    fn pick(&self, seed: u64) -> (usize, &str) {
        let kind = (seed % self.by_kind.len() as u64) as usize;
        let pool = &self.by_kind[kind];
        (kind, &pool[((seed >> 8) % pool.len() as u64) as usize])
    }
}
