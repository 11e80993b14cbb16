//! Streamed issue exports: correct CSV and GeoJSON on the dashboard's fixture, and 100,000
//! issues exported by a separate server process whose memory stays bounded.

use std::{
    net::TcpListener,
    process::{Child, Command, Stdio},
    time::Duration,
};

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use secrecy::ExposeSecret;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::{
    dashboard::{category, fixture},
    helpers::{id_of, spawn_app, TestApp},
};

async fn download(
    app: &TestApp,
    path: &str,
    token: &str,
) -> (reqwest::StatusCode, String, Vec<u8>) {
    let response = app
        .client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (
        status,
        content_type,
        response.bytes().await.unwrap().to_vec(),
    )
}

#[tokio::test]
async fn the_csv_export_is_spreadsheet_safe_utf8_with_every_issue_of_the_filter() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let path = format!("/api/v1/organisations/{}/issues/export.csv", f.org);
    let (status, content_type, bytes) = download(&app, &path, &f.manager.token).await;
    assert_eq!(status, 200);
    assert_eq!(content_type, "text/csv; charset=utf-8");
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "title",
            "description",
            "category",
            "neighbourhood",
            "status",
            "created",
            "acknowledged",
            "resolved",
            "latitude",
            "longitude",
            "supporters",
            "reports",
            "url",
            "place"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    // A..G: the council's seven issues (G merged), not the water company's leak.
    assert_eq!(rows.len(), 7);
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "in id order");
    let a = rows.iter().find(|r| r[0] == f.issues[0]).unwrap();
    assert_eq!(&a[1], "POTHOLE");
    assert_eq!(
        &a[2], "'=cmd|' /C calc'!A0 and a pothole;'@SUM(1+1)\n'-2+3",
        "formulas neutralised wherever a spreadsheet could start a cell"
    );
    assert_eq!(&a[3], "POTHOLE");
    assert_eq!(&a[4], "Elm Street");
    assert_eq!(&a[5], "open");
    // The mean of its three reports' points (ben's, cat's and G's, merged in).
    let lat: f64 = a[9].parse().unwrap();
    let lon: f64 = a[10].parse().unwrap();
    assert!(
        (lat - (51.5 + 51.5001 + 51.497) / 3.0).abs() < 1e-9,
        "{lat}"
    );
    assert!((lon + 0.1).abs() < 1e-9, "{lon}");
    assert_eq!((&a[11], &a[12]), ("3", "3"));
    assert!(a[13].ends_with(&format!("/issues/{}", f.issues[0])));
    let d = rows.iter().find(|r| r[0] == f.issues[3]).unwrap();
    assert_eq!(&d[5], "resolved");
    assert!(
        !d[7].is_empty() && !d[8].is_empty(),
        "acknowledged and resolved times"
    );

    // Filters: Oak Road's open issues (F).
    let oak = format!("{path}?neighbourhood_id={}&status=open", f.oak);
    let (_, _, bytes) = download(&app, &oak, &f.manager.token).await;
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids, [f.issues[5].clone()]);

    // Staff only.
    app.get(&path, Some(&f.ben.token)).await.expect(403);
    app.get(&format!("{path}?days=0"), Some(&f.manager.token))
        .await
        .expect(422);
}

#[tokio::test]
async fn the_geojson_export_is_one_feature_collection() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let path = format!(
        "/api/v1/organisations/{}/issues/export.geojson?category_id={}",
        f.org, f.graffiti
    );
    let (status, content_type, bytes) = download(&app, &path, &f.manager.token).await;
    assert_eq!(status, 200);
    assert_eq!(content_type, "application/geo+json");
    let parsed: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(parsed["type"], "FeatureCollection");
    let features = parsed["features"].as_array().unwrap();
    // Graffiti: B and E.
    assert_eq!(features.len(), 2);
    let b = features.iter().find(|x| x["id"] == f.issues[1]).unwrap();
    assert_eq!(
        b["geometry"],
        json!({"type": "Point", "coordinates": [-0.1, 51.501]})
    );
    assert_eq!(b["properties"]["status"], "acknowledged");
    assert_eq!(b["properties"]["neighbourhood"], "Elm Street");
    let _ = (&f.pothole, &f.cat, &f.dan);
}

/// Inserts `count` issues, each with one report whose description is `description`, in a few
/// statements (a recursive row generator, so even 100,000 take seconds).
async fn bulk_issues(
    app: &TestApp,
    neighbourhood: Uuid,
    category: Uuid,
    reporter: Uuid,
    count: i64,
    description: &str,
) {
    let backend = app.db.get_database_backend();
    let now = Utc::now();
    let (new_id, ph) = match backend {
        DatabaseBackend::Postgres => ("gen_random_uuid()", "$"),
        _ => ("randomblob(16)", "?"),
    };
    let p = |n: usize| format!("{ph}{n}");
    let issues = format!(
        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count}) \
         INSERT INTO issues (id, neighbourhood_id, category_id, status, lat, lon, address, \
           reports_count, supporters_count, first_reported_at, last_reported_at, created_at, updated_at) \
         SELECT {new_id}, {}, {}, 'open', 51.5 + (n % 1000) * 0.000001, -0.1, 'No. ' || n || ' High Street', \
           1, 1, {}, {}, {}, {} FROM seq",
        p(1), p(2), p(3), p(3), p(3), p(3)
    );
    app.db
        .execute(Statement::from_sql_and_values(
            backend,
            issues,
            [neighbourhood.into(), category.into(), now.into()],
        ))
        .await
        .unwrap();
    let reports = format!(
        "INSERT INTO reports (id, issue_id, neighbourhood_id, reporter_id, category_id, description, \
           answers, show_name, created_at, source) \
         SELECT {new_id}, i.id, i.neighbourhood_id, {}, i.category_id, {}, '{{}}', false, i.created_at, 'web' \
         FROM issues i WHERE i.category_id = {}",
        p(1), p(2), p(3)
    );
    app.db
        .execute(Statement::from_sql_and_values(
            backend,
            reports,
            [reporter.into(), description.into(), category.into()],
        ))
        .await
        .unwrap();
}

/// The peak resident memory (VmHWM) of a process, in KiB.
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The real binary on the test's database, so its memory can be measured on its own.
async fn server_process(app: &TestApp) -> (Server, String) {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut command = Command::new(env!("CARGO_BIN_EXE_commonground"));
    command
        .arg("serve")
        .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
        .env("COMMONGROUND_DATA_DIR", &app.settings.data_dir)
        .env(
            "COMMONGROUND_JWT_SECRET",
            app.settings.jwt_secret.as_ref().unwrap().expose_secret(),
        )
        .env(
            "COMMONGROUND_FRONTEND_DIR",
            app.settings.data_dir.join("none"),
        )
        .env("RUST_LOG", "warn")
        .env_remove("DATABASE_URL")
        .env_remove("REDIS_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(url) = &app.settings.database_url {
        command.env("DATABASE_URL", url.expose_secret());
    }
    let server = Server(command.spawn().unwrap());
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..300 {
        if let Ok(r) = app.client.get(format!("{address}/healthz")).send().await {
            if r.status() == 200 {
                return (server, address);
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server process did not start");
}

/// Streams a download, keeping only counts: (bytes, lines, chunks).
async fn stream_counts(app: &TestApp, url: &str, token: &str) -> (usize, usize, usize) {
    let mut response = app.client.get(url).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let (mut bytes, mut lines, mut chunks) = (0, 0, 0);
    while let Some(chunk) = response.chunk().await.unwrap() {
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
        chunks += 1;
    }
    (bytes, lines, chunks)
}

#[tokio::test]
async fn exporting_100000_issues_streams_in_bounded_memory() {
    let app = spawn_app().await;
    let admin = app.new_admin().await;
    let manager = app.new_user("Manager").await;
    let ana = app.new_user("Ana").await;
    let elm = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &manager.email)
        .await;
    app.serve(&admin, &org, &elm).await;
    let pothole = category(&app, &org, &manager, "pothole", Some(14)).await;
    // About 500 bytes per issue: 100,000 issues make a CSV of about 50 MB.
    let description = "The surface has broken up across the whole lane. ".repeat(8);
    bulk_issues(
        &app,
        elm.parse().unwrap(),
        pothole.parse().unwrap(),
        ana.id,
        100_000,
        &description,
    )
    .await;

    let (server, address) = server_process(&app).await;
    let pid = server.0.id();
    let url = format!("{address}/api/v1/organisations/{org}/issues/export.csv");
    // Warm up: the same code path on a few rows (pools, buffers, lazily built state).
    let warm = stream_counts(&app, &format!("{url}?status=resolved"), &manager.token).await;
    assert_eq!(warm.1, 1, "header only");
    let before = peak_rss_kib(pid);

    let (bytes, lines, chunks) = stream_counts(&app, &url, &manager.token).await;
    let growth_kib = peak_rss_kib(pid).saturating_sub(before);
    assert_eq!(lines, 100_001, "a header and every issue");
    assert!(bytes > 45_000_000, "the export is about 50 MB: {bytes}");
    assert!(chunks >= 100, "streamed in pieces: {chunks}");
    // Holding the export (or the 100,000 rows) would grow the peak by at least its size; a
    // streamed one grows by what is in flight and the allocator keeps (25 MiB seen for this
    // 60 MB export on a busy machine), so half the export's size tells the two apart.
    assert!(
        growth_kib * 1024 < bytes as u64 / 2,
        "the server's peak memory grew by {growth_kib} KiB for a {bytes}-byte export"
    );

    // The metrics count the batches: 100 full ones and the empty last one.
    let metrics = app
        .client
        .get(format!("{address}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let batches: f64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("commonground_export_batches_total "))
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert_eq!(batches, 1.0 + 101.0, "the warm-up's batch and 101 more");
}
