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

use std::{
    fmt::Write as _,
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::bail;
use chrono::Utc;
use clap::Parser;
use commonground_benches::load::{
    api::id_of,
    database::{
        self, copy_rows, copy_text, copy_timestamp, membership_row, password_hash,
        print_load_average, recreate_database, require_local, user_row, COPY_MEMBERSHIPS,
        COPY_USERS,
    },
    measure::{
        job, latency_histogram, percentiles, print_ratio, record, run_load, verdict, Job, Phase,
    },
    server::{ServerConfig, DEFAULT_BINARY},
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde_json::{json, Value};
use sqlx::{PgPool, Row};
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
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
}

const CORA: &str = "coordinator@threads-bench.example";
const TARGET_P99_MS: f64 = 15.0;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    require_local(&args.server_url)?;
    println!(
        "threads-bench: a thread of {} posts (+{} other threads) on PostgreSQL; {} readers, pages of {}",
        args.posts, args.other_threads, args.readers, args.page
    );
    print_load_average();
    let started = Instant::now();
    let database_url = recreate_database(&format!("{}/{}", args.server_url, args.database)).await?;
    let server = ServerConfig::new(&args.server)?
        .database_url(Some(&database_url))
        .db_connections(args.db_connections)
        .start()
        .await?;
    let api = &server.api;

    // Through the API: a coordinator, a neighbourhood, a reader who is a member, and the thread.
    let cora = api.sign_up(CORA, "Cora").await?;
    let hood_id = api
        .create_neighbourhood(
            &cora,
            json!({"name": "Bench Street", "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 800.0}),
            None,
        )
        .await?;
    let thread = api
        .post(
            &format!("/api/v1/neighbourhoods/{hood_id}/threads"),
            Some(&cora),
            json!({"title": "The long thread", "body": "Post **one** of many."}),
        )
        .await?;
    let thread_id = id_of(&thread)?;

    let pool = database::pool(&database_url, args.db_connections.max(args.readers as u32)).await?;
    let load = Instant::now();
    let readers = bulk_load(&args, &pool, hood_id, thread_id).await?;
    println!(
        "bulk load (COPY, VACUUM ANALYZE): {:.1} s",
        load.elapsed().as_secs_f64()
    );
    let tokens = Arc::new(
        api.log_in_all(&readers[..args.readers.min(readers.len())])
            .await?,
    );
    let total_posts = args.posts as i64;

    // One walk through the whole thread by cursor, as a reader scrolling to the end would.
    let walk = Instant::now();
    let mut cursor: Option<String> = None;
    let (mut pages, mut seen) = (0usize, 0usize);
    let mut walk_latency = latency_histogram();
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
        record(&mut walk_latency, sent.elapsed());
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
        "walk by cursor: {pages} pages, {seen} posts in {:.2} s; {}",
        walk.elapsed().as_secs_f64(),
        percentiles(&walk_latency, &[0.5, 0.99])
    );

    let page = args.page as i64;
    let http_job: Job = {
        let api = api.clone();
        let tokens = tokens.clone();
        job(move |client, seed| {
            let api = api.clone();
            let token = tokens[client % tokens.len()].clone();
            async move {
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
            }
        })
    };
    let http = run_load(
        Phase {
            label: "GET thread page HTTP",
            clients: args.readers,
            duration: Duration::from_secs(args.seconds),
            seed: args.seed,
            server_pid: None,
        },
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
        job(move |client, seed| {
            let pool = pool.clone();
            let me = reader_ids[client % reader_ids.len()];
            async move {
                let after = StdRng::seed_from_u64(seed).gen_range(0..total_posts);
                sql_page(&pool, thread_id, hood_id, me, after, page).await
            }
        })
    };
    let sql = run_load(
        Phase {
            label: "the same queries, SQL",
            clients: args.readers,
            duration: Duration::from_secs((args.seconds / 2).max(2)),
            seed: args.seed,
            server_pid: None,
        },
        sql_job,
    )
    .await?;
    http.print();
    sql.print();
    print_ratio(&http, &sql);
    let p99 = http.quantile_ms(0.99);
    println!();
    println!("target:");
    println!(
        "  thread page p99 {p99:.2} ms (target <= {TARGET_P99_MS} ms), {} errors: {}",
        http.errors,
        verdict(p99 <= TARGET_P99_MS && http.errors == 0)
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
    let hash = password_hash(&mut conn, CORA).await?;
    let now = Utc::now();
    let start = now - chrono::Duration::days(60);
    let joined = copy_timestamp(start - chrono::Duration::days(1));
    let (mut users, mut memberships) = (String::new(), String::new());
    let mut members = Vec::with_capacity(args.members);
    let mut emails = Vec::new();
    for m in 0..args.members {
        let id = Uuid::now_v7();
        let email = format!("reader{m:04}@threads-bench.example");
        users.push_str(&user_row(
            id,
            &email,
            &format!("Resident {m}"),
            &hash,
            &joined,
        ));
        memberships.push_str(&membership_row(hood_id, id, &joined));
        members.push(id);
        emails.push(email);
    }
    copy_rows(&mut conn, COPY_USERS, &users).await?;
    copy_rows(&mut conn, COPY_MEMBERSHIPS, &memberships).await?;

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
        let at = copy_timestamp(
            start + chrono::Duration::milliseconds((seq as f64 * step * 1000.0) as i64),
        );
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
        let at = copy_timestamp(start + chrono::Duration::minutes(t as i64));
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
