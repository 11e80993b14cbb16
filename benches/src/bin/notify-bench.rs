//! `make bench-notify`: one issue's status change fanned out to 5,000 supporters on PostgreSQL.
//!
//! Starts `commonground serve` as a child process on a fresh PostgreSQL database (dropped and
//! created first), sets up an organisation, a neighbourhood, a category and one issue over HTTP,
//! then bulk-loads `--supporters` people and their support rows with single `INSERT ... SELECT
//! FROM UNNEST` statements (set-up, not measured). `--listeners` of them connect over WebSocket
//! and subscribe to their own `user:{id}` channel (tokens signed with the server's JWT secret, so
//! set-up needs no password hashing).
//!
//! Each round the coordinator changes the issue's status (acknowledged and in progress in turn)
//! and the bench measures, from just before the request:
//! - *stored*: the HTTP answer, sent after the transaction that stored every supporter's inbox
//!   entry and event has committed (checked afterwards by counting the rows);
//! - *pushed*: until the last of the listeners has received its `notification` event.
//!
//! The target (issue 6) is both within 2 s.
//!
//! With `--redis-url` the server publishes through Redis, and the bench also subscribes to the
//! Redis channel as another instance would: *relayed* is until the last supporter's event of the
//! round has come back from Redis (what subscribers connected to other instances wait for).

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use anyhow::{bail, ensure, Context};
use clap::Parser;
use commonground::{auth::token::JwtKeys, live::protocol::ServerMessage};
use commonground_benches::load::{
    api::id_of,
    database::{self, recreate_database},
    live::subscribe,
    measure::{ms, verdict},
    server::{Server, ServerConfig, DEFAULT_BINARY, JWT_SECRET},
};
use futures_util::{stream, StreamExt, TryStreamExt};
use serde_json::{json, Value};
use tokio::sync::mpsc;
use uuid::Uuid;

#[derive(Parser)]
#[command(
    about = "Notification fan-out to every supporter of one issue",
    args_override_self = true
)]
struct Args {
    /// PostgreSQL URL; its database is dropped and created fresh.
    #[arg(
        long,
        default_value = "postgres://postgres@127.0.0.1:5432/cg_notify_bench"
    )]
    database_url: String,
    /// Supporters of the issue (besides the person who reported it).
    #[arg(long, default_value_t = 5_000)]
    supporters: usize,
    /// Supporters connected over WebSocket, on their own channels.
    #[arg(long, default_value_t = 500)]
    listeners: usize,
    /// Status changes measured (after one warm-up).
    #[arg(long, default_value_t = 10)]
    rounds: usize,
    /// The server's database pool.
    #[arg(long, default_value_t = 10)]
    db_connections: u32,
    /// Milliseconds the issue allows for the fan-out.
    #[arg(long, default_value_t = 2_000.0)]
    target_ms: f64,
    /// The server binary.
    #[arg(long, default_value = DEFAULT_BINARY)]
    server: PathBuf,
    /// Publish through this Redis (127.0.0.1 only) and measure the relay through it.
    #[arg(long)]
    redis_url: Option<String>,
}

const ADMIN_EMAIL: &str = "admin@notify-bench.example";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    ensure!(
        args.listeners <= args.supporters && args.rounds > 0,
        "listeners must be supporters, and at least one round"
    );
    let database_url = recreate_database(&args.database_url).await?;
    println!(
        "notify-bench: {} supporters of one issue, {} of them listening live, {} rounds, PostgreSQL, pool of {}",
        args.supporters, args.listeners, args.rounds, args.db_connections
    );
    let server = ServerConfig::new(&args.server)?
        .database_url(Some(&database_url))
        .redis_url(args.redis_url.as_deref())
        .db_connections(args.db_connections)
        .env("COMMONGROUND_ACCESS_TOKEN_TTL_SECS", 86_400)
        .start()
        .await?;
    let api = &server.api;

    let setup = Instant::now();
    let (admin, issue) = set_up(&server).await?;
    let db = database::pool(&database_url, 2).await?;
    let people = load_supporters(&db, issue, args.supporters).await?;
    println!(
        "set-up: issue, {} supporters bulk-loaded in {:.1} s",
        people.len() + 1,
        setup.elapsed().as_secs_f64()
    );

    let connect = Instant::now();
    let (arrivals, mut arrived) = mpsc::unbounded_channel::<(usize, String, Instant)>();
    let keys = JwtKeys::new(JWT_SECRET.as_bytes(), 86_400);
    let listeners: Vec<(usize, Uuid)> = people
        .iter()
        .copied()
        .take(args.listeners)
        .enumerate()
        .collect();
    let clients = stream::iter(listeners.iter().map(|&(_, id)| {
        let token = keys.issue(id.into(), 0);
        let base = api.base.clone();
        async move { subscribe(&base, &token?, &format!("user:{id}")).await }
    }))
    .buffer_unordered(50)
    .try_collect::<Vec<_>>()
    .await?;
    for (index, mut client) in clients.into_iter().enumerate() {
        let arrivals = arrivals.clone();
        tokio::spawn(async move {
            while let Some(message) = client.next().await {
                if let ServerMessage::Event(event) = message {
                    if event.kind == "notification" {
                        let status = event.data["status"].as_str().unwrap_or_default().to_owned();
                        let _ = arrivals.send((index, status, Instant::now()));
                    }
                }
            }
        });
    }
    println!(
        "set-up: {} WebSocket clients subscribed in {:.1} s",
        args.listeners,
        connect.elapsed().as_secs_f64()
    );

    let mut relayed_notes = match &args.redis_url {
        Some(url) => Some(relay_notes(url).await?),
        None => None,
    };
    let mut relayed_ms = Vec::new();
    let statuses = ["acknowledged", "in_progress"];
    let mut stored_ms = Vec::new();
    let mut pushed_ms = Vec::new();
    for round in 0..=args.rounds {
        let status = statuses[round % 2];
        let started = Instant::now();
        api.act(
            &format!("/api/v1/issues/{issue}/status"),
            Some(&admin),
            Some(json!({"status": status, "note": format!("Round {round}")})),
        )
        .await?;
        let stored = started.elapsed();
        let mut heard = vec![false; args.listeners];
        let mut count = 0;
        let mut last = started;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        while count < args.listeners {
            match tokio::time::timeout_at(deadline, arrived.recv()).await {
                Ok(Some((index, got, at))) if got == status && !heard[index] => {
                    heard[index] = true;
                    count += 1;
                    last = last.max(at);
                }
                Ok(Some(_)) => continue,
                Ok(None) => bail!("the listeners stopped"),
                Err(_) => bail!(
                    "round {round}: only {count} of {} listeners heard it within 60 s",
                    args.listeners
                ),
            }
        }
        let pushed = last.duration_since(started);
        let (rows,): (i64,) = sqlx::query_as(
            "SELECT count(*) FROM notifications WHERE what = 'issue_status_changed' AND data->>'note' = $1",
        )
        .bind(format!("Round {round}"))
        .fetch_one(&db)
        .await?;
        ensure!(
            rows as usize == people.len() + 1,
            "round {round}: {rows} inbox rows, expected {}",
            people.len() + 1
        );
        let relayed = match relayed_notes.as_mut() {
            Some(notes) => {
                Some(relayed_after(notes, &format!("Round {round}"), rows, started).await?)
            }
            None => None,
        };
        if round == 0 {
            println!(
                "warm-up: stored {:.0} ms, pushed to all {} listeners {:.0} ms",
                ms(stored),
                args.listeners,
                ms(pushed)
            );
            continue;
        }
        println!(
            "round {round:>2} ({status:<12}): stored {:>6.0} ms, last of {} listeners {:>6.0} ms, {} inbox rows{}",
            ms(stored),
            args.listeners,
            ms(pushed),
            rows,
            relayed.map_or(String::new(), |r| format!(", all relayed through Redis {:.0} ms", ms(r)))
        );
        stored_ms.push(ms(stored));
        pushed_ms.push(ms(pushed));
        if let Some(relayed) = relayed {
            relayed_ms.push(ms(relayed));
        }
    }
    let summary = |name: &str, values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let max = values[values.len() - 1];
        println!(
            "{name:<40} median {median:>6.0} ms, max {max:>6.0} ms  (target {:.0} ms: {})",
            args.target_ms,
            verdict(max <= args.target_ms)
        );
    };
    println!("fan-out to {} supporters:", people.len() + 1);
    summary("  stored (status change answered)", &mut stored_ms);
    summary("  pushed (last listener has it)", &mut pushed_ms);
    if !relayed_ms.is_empty() {
        summary("  relayed (every event back from Redis)", &mut relayed_ms);
    }
    Ok(())
}

/// Subscribes to the server's Redis channel; yields the `note` of each `notification` event and
/// when it arrived.
async fn relay_notes(url: &str) -> anyhow::Result<mpsc::UnboundedReceiver<(String, Instant)>> {
    ensure!(
        url.starts_with("redis://127.0.0.1") || url.starts_with("redis://localhost"),
        "the bench only uses a local Redis"
    );
    let mut pubsub = redis::Client::open(url)?.get_async_pubsub().await?;
    pubsub
        .subscribe(commonground::live::bus::REDIS_CHANNEL)
        .await?;
    let (notes, received) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut messages = pubsub.on_message();
        while let Some(message) = messages.next().await {
            let Ok(payload) = message.get_payload::<String>() else {
                continue;
            };
            let Ok(event) = serde_json::from_str::<Value>(&payload) else {
                continue;
            };
            if event["kind"] == "notification" {
                let note = event["data"]["note"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                if notes.send((note, Instant::now())).is_err() {
                    return;
                }
            }
        }
    });
    Ok(received)
}

/// Waits until `expected` notifications with `note` have come back from Redis; the time from
/// `started` to the last.
async fn relayed_after(
    notes: &mut mpsc::UnboundedReceiver<(String, Instant)>,
    note: &str,
    expected: i64,
    started: Instant,
) -> anyhow::Result<Duration> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let (mut count, mut last) = (0, started);
    while count < expected {
        match tokio::time::timeout_at(deadline, notes.recv()).await {
            Ok(Some((got, at))) if got == note => {
                count += 1;
                last = last.max(at);
            }
            Ok(Some(_)) => continue,
            Ok(None) => bail!("the Redis subscription ended"),
            Err(_) => bail!("only {count} of {expected} events came back from Redis within 60 s"),
        }
    }
    Ok(last.duration_since(started))
}

/// An organisation serving one neighbourhood, a category, and an issue the admin reported (so
/// the admin, coordinator of the neighbourhood and staff of the organisation, may change it).
async fn set_up(server: &Server) -> anyhow::Result<(String, Uuid)> {
    let api = &server.api;
    let admin = server.sign_up_admin(ADMIN_EMAIL, "Bench Admin").await?;
    let org = api
        .create_organisation(&admin, "Bench Council", ADMIN_EMAIL)
        .await?;
    let hood = api
        .create_neighbourhood(
            &admin,
            json!({"name": "Bench Street", "description": "Fan-out benchmark", "center": {"lat": 51.45, "lon": -2.59}, "radius_m": 800.0}),
            Some(org),
        )
        .await?;
    let category = id_of(
        &api.post(
            &format!("/api/v1/organisations/{org}/categories"),
            Some(&admin),
            json!({"code": "pothole", "name": "Pothole", "group": "Streets", "keywords": ["road"], "target_days": 14}),
        )
        .await?,
    )?;
    let report = api
        .post(
            &format!("/api/v1/neighbourhoods/{hood}/reports"),
            Some(&admin),
            json!({"category_id": category, "location": {"lat": 51.45, "lon": -2.59}, "description": "Deep pothole"}),
        )
        .await?;
    let issue = report["issue"]["id"]
        .as_str()
        .context("no issue id")?
        .parse()?;
    Ok((admin, issue))
}

/// `count` people and their support of the issue, in three statements.
async fn load_supporters(
    db: &sqlx::PgPool,
    issue: Uuid,
    count: usize,
) -> anyhow::Result<Vec<Uuid>> {
    let mut ids: Vec<Uuid> = (0..count).map(|_| Uuid::now_v7()).collect();
    ids.sort();
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO users (id, email, display_name, password_hash, is_platform_admin, event_seq, created_at, updated_at) \
         SELECT id, id::text || '@supporters.notify-bench.example', 'Supporter', '!', false, 0, now(), now() FROM UNNEST($1::uuid[]) AS t(id)",
    )
    .bind(&ids)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO issue_supporters (issue_id, user_id, created_at) SELECT $2, id, now() FROM UNNEST($1::uuid[]) AS t(id)",
    )
    .bind(&ids)
    .bind(issue)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE issues SET supporters_count = supporters_count + $2 WHERE id = $1")
        .bind(issue)
        .bind(count as i64)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    sqlx::query("ANALYZE").execute(db).await?;
    Ok(ids)
}
