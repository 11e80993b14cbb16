//! Secrets never reach the logs: the real binary, its real log output.

use std::{
    process::{Command, Stdio},
    time::Duration,
};

use commonground::live::client::LiveClient;
use serde_json::json;

use crate::helpers::PASSWORD;

#[tokio::test]
async fn tokens_and_passwords_never_appear_in_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log_path = dir.path().join("server.log");
    let mut server = Command::new(env!("CARGO_BIN_EXE_commonground"))
        .arg("serve")
        .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
        .env("COMMONGROUND_DATA_DIR", dir.path())
        .env("COMMONGROUND_FRONTEND_DIR", dir.path().join("none"))
        .env("COMMONGROUND_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .env_remove("DATABASE_URL")
        .env_remove("REDIS_URL")
        .stdout(std::fs::File::create(&log_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    for _ in 0..100 {
        if http.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let email = "logged@example.org";
    http.post(format!("{base}/api/v1/auth/register"))
        .json(&json!({"email": email, "display_name": "Logan", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let tokens: serde_json::Value = http
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    http.post(format!("{base}/api/v1/auth/refresh"))
        .json(&json!({"refresh_token": refresh}))
        .send()
        .await
        .unwrap();
    // A calendar link's secret is in its path; it must not reach the access log either.
    let link: serde_json::Value = http
        .post(format!("{base}/api/v1/me/calendar"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let calendar_url = link["url"].as_str().unwrap().to_owned();
    let calendar_secret = calendar_url
        .rsplit('/')
        .next()
        .and_then(|last| last.strip_suffix(".ics"))
        .unwrap()
        .to_owned();
    let feed = http.get(&calendar_url).send().await.unwrap();
    assert_eq!(feed.status(), 200);
    let live = LiveClient::connect(&base, access).await.unwrap();
    live.close().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _ = server.kill();
    let _ = server.wait();

    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(
        log.contains("/api/v1/live"),
        "the live request is logged:\n{log}"
    );
    assert!(
        log.contains("/api/v1/calendar/hidden.ics"),
        "the calendar request is logged"
    );
    for secret in [access, refresh, PASSWORD, calendar_secret.as_str()] {
        assert!(!log.contains(secret), "a secret leaked into the log");
    }
}
