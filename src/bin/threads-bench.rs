//! `make bench-threads`: paging through a thread of 10,000 posts, on PostgreSQL.
//!
//! Creates a fresh database (`cg_threads_bench` by default, dropped first), starts
//! `commonground serve` on it as a child process (it migrates at start), creates a neighbourhood,
//! its members and a thread through the HTTP API, then bulk-loads the rest of the thread's posts
//! (10,000 by default, a tenth of them replies, some with reactions, a few hidden or deleted) with
//! `COPY` and runs `VACUUM ANALYZE`.
//!
//! Then, with several concurrent keep-alive clients signed in as members, it measures over HTTP
//! `GET /api/v1/threads/{id}/posts` pages (50 posts) starting at random places in the thread
//! (`after_seq`), and walks the whole thread by `next_cursor` once; it runs the equivalent SQL
//! directly in the same process as a reference and prints the ratio HTTP / SQL. The target is a
//! p99 of at most 15 ms per page. The database is kept afterwards for `EXPLAIN`.

use commonground::bench_support::{recreate_database, Api, ChildGuard};
use std::{
    fmt::Write as _,
    future::Future,
    path::PathBuf,
    pin::Pin,
    process::{Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{bail, Context};
use chrono::{DateTime, Utc};
use clap::Parser;
use hdrhistogram::Histogram;
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde_json::{json, Value};
use sqlx::{postgres::PgPoolOptions, PgConnection, PgPool, Row};
use uuid::Uuid;

#[derive(Parser)]
#[command(about = "Page through a thread of 10,000 posts on PostgreSQL")]
struct Args {
    /// The PostgreSQL server (no database name); only 127.0.0.1 or localhost.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432")]
    server_url: String,
    /// The benchmark database: dropped and created afresh, kept afterwards.
    #[arg(long, default_value = "cg_threads_bench")]
    database: String,
    /// Posts in the thread.
    #[arg(long, default_value_t = 10_000)]
    posts: usize,
    /// Members of the neighbourhood who wrote them.
    #[arg(long, default_value_t = 200)]
    members: usize,
    /// Other threads in the neighbourhood (with a few posts each), so the tables are not trivial.
    #[arg(long, default_value_t = 2_000)]
    other_threads: usize,
    /// Posts per page.
    #[arg(long, default_value_t = 50)]
    page: usize,
    /// Concurrent readers.
    #[arg(long, default_value_t = 4)]
    readers: usize,
    /// Seconds of random pages over HTTP (the SQL reference runs half as long).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    #[arg(long, default_value_t = 10)]
    db_connections: u32,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// The server binary.
    #[arg(long, default_value = "target/release/commonground")]
    server: PathBuf,
}

const MAX_LATENCY_MICROS: u64 = 60_000_000;
const TARGET_P99_MS: f64 = 15.0;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let host = args
        .server_url
        .rsplit_once('@')
        .map_or(args.server_url.as_str(), |(_, host)| host);
    if !(host.starts_with("127.0.0.1") || host.starts_with("localhost")) {
        bail!("--server-url must be a PostgreSQL server on 127.0.0.1 or localhost");
    }
    println!(
        "threads-bench: a thread of {} posts (+{} other threads) on PostgreSQL; {} readers, pages of {}",
        args.posts, args.other_threads, args.readers, args.page
    );
    let load_average = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "load average before the run: {}",
        load_average
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let started = Instant::now();
    let database_url = recreate_database(&format!("{}/{}", args.server_url, args.database)).await?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let data_dir = tempfile::tempdir()?;
    let _server = ChildGuard(
        server_command(&args, &database_url, port, data_dir.path())
            .arg("serve")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("cannot start {}", args.server.display()))?,
    );
    let api = Api {
        http: reqwest::Client::new(),
        base: format!("http://127.0.0.1:{port}"),
    };
    api.wait_ready().await?;

    // Through the API: a coordinator, a neighbourhood, a reader who is a member, and the thread.
    api.register("coordinator@threads-bench.example", "Cora")
        .await?;
    let cora = api.log_in("coordinator@threads-bench.example").await?;
    let hood = api
        .post(
            "/api/v1/neighbourhoods",
            Some(&cora),
            json!({"name": "Bench Street", "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 800.0}),
        )
        .await?;
    let hood_id = id_of(&hood)?;
    let thread = api
        .post(
            &format!("/api/v1/neighbourhoods/{hood_id}/threads"),
            Some(&cora),
            json!({"title": "The long thread", "body": "Post **one** of many."}),
        )
        .await?;
    let thread_id = id_of(&thread)?;

    let pool = PgPoolOptions::new()
        .max_connections(args.db_connections.max(args.readers as u32))
        .connect(&database_url)
        .await?;
    let load = Instant::now();
    let readers = bulk_load(&args, &pool, hood_id, thread_id).await?;
    println!(
        "bulk load (COPY, VACUUM ANALYZE): {:.1} s",
        load.elapsed().as_secs_f64()
    );
    let mut tokens = Vec::new();
    for email in readers.iter().take(args.readers) {
        tokens.push(api.log_in(email).await?);
    }
    let tokens = Arc::new(tokens);
    let total_posts = args.posts as i64;

    // One walk through the whole thread by cursor, as a reader scrolling to the end would.
    let walk = Instant::now();
    let mut cursor: Option<String> = None;
    let (mut pages, mut seen) = (0usize, 0usize);
    let mut walk_latency = Histogram::<u64>::new_with_bounds(1, MAX_LATENCY_MICROS, 3)?;
    loop {
        let path = match &cursor {
            Some(c) => format!(
                "/api/v1/threads/{thread_id}/posts?limit={}&cursor={c}",
                args.page
            ),
            None => format!("/api/v1/threads/{thread_id}/posts?limit={}", args.page),
        };
        let sent = Instant::now();
        let page = api.get(&path, Some(&tokens[0])).await?;
        walk_latency.saturating_record(sent.elapsed().as_micros() as u64);
        pages += 1;
        seen += page["items"].as_array().map_or(0, Vec::len);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    if seen != args.posts {
        bail!(
            "walking the thread saw {seen} posts, expected {}",
            args.posts
        );
    }
    println!(
        "walk by cursor: {pages} pages, {seen} posts in {:.2} s; p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        walk.elapsed().as_secs_f64(),
        walk_latency.value_at_quantile(0.5) as f64 / 1000.0,
        walk_latency.value_at_quantile(0.99) as f64 / 1000.0,
        walk_latency.max() as f64 / 1000.0
    );

    let page = args.page as i64;
    let http_job: Job = {
        let api = api.clone();
        let tokens = tokens.clone();
        Arc::new(move |client, seed| {
            let api = api.clone();
            let token = tokens[client % tokens.len()].clone();
            Box::pin(async move {
                let after = StdRng::seed_from_u64(seed).gen_range(0..total_posts);
                let body = api
                    .get(
                        &format!(
                            "/api/v1/threads/{thread_id}/posts?after_seq={after}&limit={page}"
                        ),
                        Some(&token),
                    )
                    .await?;
                let n = body["items"].as_array().map_or(0, Vec::len) as u64;
                if n == 0 && after < total_posts {
                    bail!("empty page after {after}");
                }
                Ok(n)
            })
        })
    };
    let http = run_load(
        "GET thread page HTTP",
        args.readers,
        Duration::from_secs(args.seconds),
        args.seed,
        http_job,
    )
    .await?;
    let reader_ids: Arc<Vec<Uuid>> = Arc::new(
        sqlx::query("SELECT id FROM users WHERE email LIKE 'reader%' ORDER BY email")
            .fetch_all(&pool)
            .await?
            .iter()
            .map(|r| r.try_get::<Uuid, _>(0))
            .collect::<Result<_, _>>()?,
    );
    let sql_job: Job = {
        let pool = pool.clone();
        Arc::new(move |client, seed| {
            let pool = pool.clone();
            let me = reader_ids[client % reader_ids.len()];
            Box::pin(async move {
                let after = StdRng::seed_from_u64(seed).gen_range(0..total_posts);
                sql_page(&pool, thread_id, hood_id, me, after, page).await
            })
        })
    };
    let sql = run_load(
        "the same queries, SQL",
        args.readers,
        Duration::from_secs((args.seconds / 2).max(2)),
        args.seed,
        sql_job,
    )
    .await?;
    http.print();
    sql.print();
    println!(
        "{:<30} ratio HTTP / SQL: p50 {:.1}x, p99 {:.1}x",
        "",
        http.quantile_ms(0.5) / sql.quantile_ms(0.5).max(1e-9),
        http.quantile_ms(0.99) / sql.quantile_ms(0.99).max(1e-9)
    );
    let p99 = http.quantile_ms(0.99);
    println!();
    println!("target:");
    println!(
        "  thread page p99 {p99:.2} ms (target <= {TARGET_P99_MS} ms), {} errors: {}",
        http.errors,
        if p99 <= TARGET_P99_MS && http.errors == 0 {
            "met"
        } else {
            "MISSED"
        }
    );
    println!(
        "whole run {:.0} s; database {} kept for EXPLAIN",
        started.elapsed().as_secs_f64(),
        args.database
    );
    Ok(())
}

/// What the service does for one page, as plain SQL: access (neighbourhood, membership, staff),
/// the thread, the page, the authors' names and the reader's own reactions and flags.
async fn sql_page(
    pool: &PgPool,
    thread_id: Uuid,
    hood_id: Uuid,
    me: Uuid,
    after: i64,
    page: i64,
) -> anyhow::Result<u64> {
    let mut conn = pool.acquire().await?;
    sqlx::query("SELECT * FROM threads WHERE id = $1")
        .bind(thread_id)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query("SELECT * FROM neighbourhoods WHERE id = $1")
        .bind(hood_id)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query("SELECT * FROM memberships WHERE neighbourhood_id = $1 AND user_id = $2")
        .bind(hood_id)
        .bind(me)
        .fetch_optional(&mut *conn)
        .await?;
    sqlx::query("SELECT organisation_id FROM organisation_staff WHERE user_id = $1")
        .bind(me)
        .fetch_all(&mut *conn)
        .await?;
    let rows =
        sqlx::query("SELECT * FROM posts WHERE thread_id = $1 AND seq > $2 ORDER BY seq LIMIT $3")
            .bind(thread_id)
            .bind(after)
            .bind(page + 1)
            .fetch_all(&mut *conn)
            .await?;
    let ids: Vec<Uuid> = rows
        .iter()
        .map(|r| r.try_get::<Uuid, _>("id"))
        .collect::<Result<_, _>>()?;
    let authors: Vec<Uuid> = rows
        .iter()
        .filter_map(|r| r.try_get::<Option<Uuid>, _>("author_id").ok().flatten())
        .collect();
    sqlx::query("SELECT id, display_name FROM users WHERE id = ANY($1)")
        .bind(&authors)
        .fetch_all(&mut *conn)
        .await?;
    sqlx::query("SELECT * FROM post_reactions WHERE user_id = $1 AND post_id = ANY($2)")
        .bind(me)
        .bind(&ids)
        .fetch_all(&mut *conn)
        .await?;
    sqlx::query("SELECT post_id FROM post_flags WHERE user_id = $1 AND post_id = ANY($2)")
        .bind(me)
        .bind(&ids)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.len().min(page as usize) as u64)
}

// ---------------------------------------------------------------------------------------------
// Loading

async fn copy_rows(conn: &mut PgConnection, statement: &str, data: &str) -> anyhow::Result<u64> {
    let mut copy = conn.copy_in_raw(statement).await?;
    for chunk in data.as_bytes().chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    Ok(copy.finish().await?)
}

fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339()
}

/// Escapes a value for COPY's text format.
fn copy_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

/// Members (readers), the thread's remaining posts with reactions, and other threads. Returns
/// the readers' e-mail addresses (they share the coordinator's password).
async fn bulk_load(
    args: &Args,
    pool: &PgPool,
    hood_id: Uuid,
    thread_id: Uuid,
) -> anyhow::Result<Vec<String>> {
    let mut rng = StdRng::seed_from_u64(args.seed);
    let mut conn = pool.acquire().await?;
    sqlx::query("SET session_replication_role = replica")
        .execute(&mut *conn)
        .await?;
    let hash: String = sqlx::query(
        "SELECT password_hash FROM users WHERE email = 'coordinator@threads-bench.example'",
    )
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    let now = Utc::now();
    let start = now - chrono::Duration::days(60);
    let joined = ts(start - chrono::Duration::days(1));
    let (mut users, mut memberships) = (String::new(), String::new());
    let mut members = Vec::with_capacity(args.members);
    let mut emails = Vec::new();
    for m in 0..args.members {
        let id = Uuid::now_v7();
        let email = format!("reader{m:04}@threads-bench.example");
        writeln!(
            users,
            "{id}\t{email}\tResident {m}\t{hash}\tf\t0\t{joined}\t{joined}"
        )?;
        writeln!(
            memberships,
            "{hood_id}\t{id}\tmember\tactive\t\\N\t\\N\t{joined}\t{joined}"
        )?;
        members.push(id);
        emails.push(email);
    }
    copy_rows(
        &mut conn,
        "COPY users (id, email, display_name, password_hash, is_platform_admin, event_seq, created_at, updated_at) FROM STDIN",
        &users,
    )
    .await?;
    copy_rows(
        &mut conn,
        "COPY memberships (neighbourhood_id, user_id, role, status, suspended_until, suspension_reason, joined_at, updated_at) FROM STDIN",
        &memberships,
    )
    .await?;

    let sample = |n: usize| {
        let body = format!(
            "Post {n}: the bins on **Mill Lane** were missed again, see [the schedule](https://example.org/bins). Thanks @resident_{}",
            n % 97
        );
        let html = commonground::domain::discussion::render(&body, &Default::default());
        (body, html)
    };
    let (mut posts, mut reactions) = (String::new(), String::new());
    let mut post_ids: Vec<Uuid> = Vec::with_capacity(args.posts);
    let existing: Uuid = sqlx::query("SELECT id FROM posts WHERE thread_id = $1 AND seq = 1")
        .bind(thread_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    post_ids.push(existing);
    let step = 60.0 * 86_400.0 / args.posts.max(1) as f64;
    for seq in 2..=args.posts {
        let id = Uuid::now_v7();
        let author = members[rng.gen_range(0..members.len())];
        let at = ts(start + chrono::Duration::milliseconds((seq as f64 * step * 1000.0) as i64));
        let parent = if rng.gen_bool(0.1) {
            post_ids[rng.gen_range(0..post_ids.len())].to_string()
        } else {
            "\\N".to_owned()
        };
        let status = match rng.gen_range(0..1000) {
            0..=4 => "hidden",
            5..=9 => "deleted",
            _ => "visible",
        };
        let (body, html) = if status == "deleted" {
            (String::new(), String::new())
        } else {
            sample(seq)
        };
        let mut counts = serde_json::Map::new();
        if rng.gen_bool(0.3) {
            let reaction = commonground::domain::discussion::REACTIONS[rng.gen_range(0..5)];
            let people = rng.gen_range(1..4);
            for who in 0..people {
                writeln!(
                    reactions,
                    "{id}\t{}\t{reaction}\t{at}",
                    members[(seq + who * 31) % members.len()]
                )?;
            }
            counts.insert(reaction.to_owned(), json!(people));
        }
        writeln!(
            posts,
            "{id}\t{thread_id}\t{hood_id}\t{seq}\t{author}\t{parent}\t{}\t{}\t{status}\t0\tf\t\\N\t\\N\t{}\t\\N\t{at}\t{at}",
            copy_text(&body),
            copy_text(&html),
            copy_text(&Value::Object(counts).to_string()),
        )?;
        post_ids.push(id);
    }
    // Other threads of the neighbourhood with three posts each.
    let mut threads = String::new();
    for t in 0..args.other_threads {
        let id = Uuid::now_v7();
        let at = ts(start + chrono::Duration::minutes(t as i64));
        writeln!(
            threads,
            "{id}\t{hood_id}\tgeneral\t\\N\tThread {t}\t{}\t3\t3\tf\tf\t{at}\t{at}\t{at}",
            members[t % members.len()]
        )?;
        for seq in 1..=3 {
            let (body, html) = sample(t + seq);
            writeln!(
                posts,
                "{}\t{id}\t{hood_id}\t{seq}\t{}\t\\N\t{}\t{}\tvisible\t0\tf\t\\N\t\\N\t{{}}\t\\N\t{at}\t{at}",
                Uuid::now_v7(),
                members[(t + seq) % members.len()],
                copy_text(&body),
                copy_text(&html),
            )?;
        }
    }
    copy_rows(
        &mut conn,
        "COPY threads (id, neighbourhood_id, subject_type, subject_id, title, author_id, post_seq, post_count, locked, pinned, last_activity_at, created_at, updated_at) FROM STDIN",
        &threads,
    )
    .await?;
    copy_rows(
        &mut conn,
        "COPY posts (id, thread_id, neighbourhood_id, seq, author_id, parent_id, body_source, body_html, status, flag_count, needs_review, hidden_reason, hidden_by, reactions, edited_at, created_at, updated_at) FROM STDIN",
        &posts,
    )
    .await?;
    copy_rows(
        &mut conn,
        "COPY post_reactions (post_id, user_id, reaction, created_at) FROM STDIN",
        &reactions,
    )
    .await?;
    sqlx::query(
        "UPDATE threads SET post_seq = $2, post_count = (SELECT count(*) FROM posts WHERE thread_id = $1 AND status <> 'deleted'), last_activity_at = now() WHERE id = $1",
    )
    .bind(thread_id)
    .bind(args.posts as i64)
    .execute(&mut *conn)
    .await?;
    sqlx::query("SET session_replication_role = origin")
        .execute(&mut *conn)
        .await?;
    sqlx::query("VACUUM ANALYZE").execute(&mut *conn).await?;
    let count: i64 = sqlx::query("SELECT count(*) FROM posts")
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    println!(
        "  {} members, {} posts in all ({} in the long thread), {} other threads",
        args.members, count, args.posts, args.other_threads
    );
    Ok(emails)
}

// ---------------------------------------------------------------------------------------------
// Processes, the database and the HTTP API

fn server_command(
    args: &Args,
    database_url: &str,
    port: u16,
    data_dir: &std::path::Path,
) -> Command {
    let mut command = Command::new(&args.server);
    command
        .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
        .env("COMMONGROUND_DATA_DIR", data_dir)
        .env("COMMONGROUND_FRONTEND_DIR", data_dir.join("none"))
        .env(
            "COMMONGROUND_JWT_SECRET",
            "bench-only-signing-secret-not-for-production-use",
        )
        .env(
            "COMMONGROUND_DB_MAX_CONNECTIONS",
            args.db_connections.to_string(),
        )
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn");
    command
}

fn id_of(value: &Value) -> anyhow::Result<Uuid> {
    value["id"]
        .as_str()
        .context("no id")?
        .parse()
        .context("id is not a UUID")
}

// ---------------------------------------------------------------------------------------------
// Load

type Job = Arc<
    dyn Fn(usize, u64) -> Pin<Box<dyn Future<Output = anyhow::Result<u64>> + Send>> + Send + Sync,
>;

struct Stats {
    label: String,
    latency: Histogram<u64>,
    ok: u64,
    errors: u64,
    first_error: Option<String>,
    items: u64,
    seconds: f64,
}

impl Stats {
    fn quantile_ms(&self, q: f64) -> f64 {
        self.latency.value_at_quantile(q) as f64 / 1000.0
    }

    fn print(&self) {
        println!(
            "{:<30} {:>7.0}/s  p50 {:>6.2}  p95 {:>6.2}  p99 {:>6.2}  max {:>7.2} ms  {:>5.1} posts/page  {} errors",
            self.label,
            self.ok as f64 / self.seconds,
            self.quantile_ms(0.5),
            self.quantile_ms(0.95),
            self.quantile_ms(0.99),
            self.latency.max() as f64 / 1000.0,
            self.items as f64 / self.ok.max(1) as f64,
            self.errors
        );
        if let Some(error) = &self.first_error {
            println!("{:<30} first error: {error}", "");
        }
    }
}

/// `clients` closed-loop clients run `job` for `duration`.
async fn run_load(
    label: &str,
    clients: usize,
    duration: Duration,
    seed: u64,
    job: Job,
) -> anyhow::Result<Stats> {
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::new();
    for client in 0..clients {
        let job = job.clone();
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(
                seed ^ (client as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
            let mut latency = Histogram::<u64>::new_with_bounds(1, MAX_LATENCY_MICROS, 3)?;
            let (mut ok, mut errors, mut items, mut first_error) = (0u64, 0u64, 0u64, None);
            while Instant::now() < deadline {
                let sent = Instant::now();
                match job(client, rng.gen()).await {
                    Ok(n) => {
                        latency.saturating_record(sent.elapsed().as_micros() as u64);
                        ok += 1;
                        items += n;
                    }
                    Err(error) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("{error:#}"));
                    }
                }
            }
            anyhow::Ok((latency, ok, errors, items, first_error))
        }));
    }
    let mut stats = Stats {
        label: label.to_owned(),
        latency: Histogram::new_with_bounds(1, MAX_LATENCY_MICROS, 3)?,
        ok: 0,
        errors: 0,
        first_error: None,
        items: 0,
        seconds: 0.0,
    };
    for task in tasks {
        let (latency, ok, errors, items, first_error) = task.await??;
        stats.latency.add(latency)?;
        stats.ok += ok;
        stats.errors += errors;
        stats.items += items;
        if stats.first_error.is_none() {
            stats.first_error = first_error;
        }
    }
    stats.seconds = started.elapsed().as_secs_f64();
    Ok(stats)
}
