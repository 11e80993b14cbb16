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
    let tokens = json_of(
        http.post(format!("{base}/api/v1/auth/login"))
            .json(&json!({"email": email, "password": PASSWORD})),
    )
    .await;
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    http.post(format!("{base}/api/v1/auth/refresh"))
        .json(&json!({"refresh_token": refresh}))
        .send()
        .await
        .unwrap();
    // A calendar link's secret is in its path; it must not reach the access log either.
    let link = json_of(
        http.post(format!("{base}/api/v1/me/calendar"))
            .bearer_auth(access),
    )
    .await;
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

/// Sends the request and reads its JSON answer.
async fn json_of(request: reqwest::RequestBuilder) -> serde_json::Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// Everything the process logs, as the text a log collector would receive.
#[derive(Clone, Default)]
pub(crate) struct CapturedLog(pub(crate) std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for CapturedLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn open311_api_keys_and_personal_fields_never_appear_in_the_logs() {
    let log = CapturedLog::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_env_filter("debug,sqlx=warn,sea_orm=warn,hyper=warn,reqwest=warn")
        .try_init()
        .expect("this test's process logs only here");
    let app = crate::helpers::spawn_app().await;
    let council = crate::open311::council(&app).await;
    let key = council.key.clone();
    let personal = ["Pat", "Lee", "pat.lee@example.org", "+44 117 000 0000"];

    // Everything in the form.
    let form = crate::open311::pothole(&key, "51.5");
    let filed = app
        .client
        .post(app.url("/open311/v2/requests.json"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(filed.status(), 201);
    // The key and the personal fields in the query string, as some clients send them.
    let query = serde_urlencoded::to_string([
        ("api_key", key.as_str()),
        ("first_name", "Pat"),
        ("last_name", "Lee"),
        ("email", "pat.lee@example.org"),
        ("phone", "+44 117 000 0000"),
    ])
    .unwrap();
    let form: Vec<(&str, &str)> = crate::open311::pothole(&key, "51.5002")
        .into_iter()
        .filter(|(name, _)| {
            !["api_key", "first_name", "last_name", "email", "phone"].contains(name)
        })
        .collect();
    let filed = app
        .client
        .post(app.url(&format!("/open311/v2/requests.json?{query}")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        filed.status(),
        201,
        "the key still works from the query string"
    );
    // A refused one (no service code), with the key and an e-mail address in the query string.
    let incomplete: Vec<(&str, &str)> = form
        .iter()
        .copied()
        .filter(|(name, _)| *name != "service_code")
        .collect();
    let refused = app
        .client
        .post(app.url(&format!(
            "/open311/v2/requests.json?api_key={key}&email=pat.lee%40example"
        )))
        .form(&incomplete)
        .send()
        .await
        .unwrap();
    assert!(refused.status().is_client_error());
    tokio::time::sleep(Duration::from_millis(200)).await;

    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.matches("/open311/v2/requests.json").count() >= 3,
        "the requests are logged:\n{text}"
    );
    for secret in [key.as_str(), "pat.lee", "pat.lee%40example"]
        .into_iter()
        .chain(personal.iter().map(|p| &**p))
        .chain(["%2B44", "Pat&", "=Lee"])
    {
        let leaked = match secret {
            // Short names: look for them as values, not inside other words.
            "Pat" | "Lee" => ["=Pat", "\"Pat\"", " Pat ", "=Lee", "\"Lee\"", " Lee "]
                .iter()
                .any(|v| v.contains(secret) && text.contains(v)),
            _ => text.contains(secret),
        };
        assert!(!leaked, "{secret} leaked into the log:\n{text}");
    }
}
