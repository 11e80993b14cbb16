//! Starts a Redis server and app processes on free ports, sharing a fresh PostgreSQL database.

use std::{
    net::TcpListener,
    path::Path,
    process::{Child, Command, Stdio},
    time::Duration,
};

use commonground::live::{bus::REDIS_CHANNEL, Event};
use serde_json::{json, Value};
use sqlx::Connection;

const JWT_SECRET: &str = "cluster-test-secret-shared-by-every-instance";
const PASSWORD: &str = "correct horse battery";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct RedisServer {
    pub port: u16,
    child: Child,
}

impl RedisServer {
    fn start(port: u16) -> Self {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        Self { port, child }
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    async fn wait_ready(&self) {
        for _ in 0..100 {
            if let Ok(client) = redis::Client::open(self.url()) {
                if let Ok(mut conn) = client.get_multiplexed_async_connection().await {
                    if redis::cmd("PING")
                        .query_async::<String>(&mut conn)
                        .await
                        .is_ok()
                    {
                        return;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("redis-server on port {} did not start", self.port);
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// moto's S3-compatible server (`tests/support/s3-server.sh`, a pinned PyPI package in a venv
/// under `target/`) on a free port of 127.0.0.1, stopped when dropped.
pub struct S3Server {
    pub port: u16,
    child: Child,
}

/// The bucket the tests' instances keep photos in (created by `S3Server::start`).
pub const BUCKET: &str = "cg-photos";

impl S3Server {
    /// A fresh server with `BUCKET` created over HTTP; `None` (test skipped) when moto is not
    /// installed outside CI (`tests/support/s3-server.sh install`; `cargo-test.sh --postgres`
    /// does it first). Under `CI=true` a missing server is a failure.
    pub async fn start() -> Option<Self> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        if !root.join("target/moto-venv/bin/moto_server").exists() {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("CI=true: the S3 tests need moto; run tests/support/s3-server.sh install");
            }
            eprintln!("skipping: run tests/support/s3-server.sh install for the S3 tests");
            return None;
        }
        let port = free_port();
        let child = Command::new("bash")
            .arg(root.join("tests/support/s3-server.sh"))
            .arg(port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("s3-server.sh starts");
        let server = Self { port, child };
        let client = reqwest::Client::new();
        // Bounded: moto starts in a second or two; a loaded machine may take longer.
        let mut answered = false;
        for _ in 0..600 {
            if client.get(server.endpoint()).send().await.is_ok() {
                answered = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(
            answered,
            "moto_server on port {port} did not answer within 60 s"
        );
        // The bucket, made as any S3 client makes one: PUT /bucket.
        let created = client
            .put(format!("{}/{BUCKET}", server.endpoint()))
            .send()
            .await
            .unwrap();
        assert!(
            created.status().is_success(),
            "create bucket: {}",
            created.status()
        );
        Some(server)
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The settings an instance (or `storage migrate`) needs to keep photos under `prefix`:
    /// the variables a deployment sets.
    pub fn env(&self, prefix: &str) -> Vec<(String, String)> {
        [
            (
                "COMMONGROUND_STORAGE_URL",
                format!("s3://{BUCKET}/{prefix}"),
            ),
            ("AWS_ENDPOINT_URL", self.endpoint()),
            ("AWS_ACCESS_KEY_ID", "cluster-test-key".into()),
            ("AWS_SECRET_ACCESS_KEY", "cluster-test-secret".into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ALLOW_HTTP", "true".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }

    /// The store itself, as the instances see it under `prefix`.
    pub fn store(&self, prefix: &str) -> commonground::storage::FileStore {
        let endpoint = self.endpoint();
        commonground::storage::FileStore::s3_with_options(
            &format!("s3://{BUCKET}/{prefix}"),
            &[
                ("aws_endpoint", &endpoint),
                ("aws_access_key_id", "cluster-test-key"),
                ("aws_secret_access_key", "cluster-test-secret"),
                ("aws_region", "us-east-1"),
                ("aws_allow_http", "true"),
            ],
        )
        .unwrap()
    }

    /// Stops the server hard (the store becomes unreachable).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.stop();
    }
}

#[derive(Clone)]
pub struct Person {
    pub email: String,
    pub token: String,
}

#[derive(Clone)]
pub struct Instance {
    pub base: String,
    client: reqwest::Client,
}

pub struct Cluster {
    redis: RedisServer,
    /// Settings every instance gets besides the harness's own (e.g. an object store's).
    extra_env: Vec<(String, String)>,
    children: Vec<Option<Child>>,
    instances: Vec<Instance>,
    database_url: String,
    _dir: tempfile::TempDir,
}

impl Cluster {
    /// Two app processes on one fresh database and a private Redis; `None` (test skipped) when
    /// PostgreSQL or redis-server is unavailable outside CI.
    pub async fn start() -> Option<Self> {
        Self::start_with(Vec::new()).await
    }

    /// As `start`, every instance also given `env` (e.g. `S3Server::env`).
    pub async fn start_with(extra_env: Vec<(String, String)>) -> Option<Self> {
        let Some(server_url) = std::env::var("TEST_DATABASE_URL").ok() else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("CI=true: the cluster tests need TEST_DATABASE_URL (PostgreSQL)");
            }
            eprintln!("skipping: set TEST_DATABASE_URL to run the multi-process live tests");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let database_url = fresh_database(&server_url).await;
        let redis = RedisServer::start(free_port());
        redis.wait_ready().await;
        let binary = env!("CARGO_BIN_EXE_commonground");
        let status = Command::new(binary)
            .arg("migrate")
            .env("DATABASE_URL", &database_url)
            .env("COMMONGROUND_DATA_DIR", dir.path())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "migrate failed");
        let mut cluster = Self {
            redis,
            extra_env,
            children: Vec::new(),
            instances: Vec::new(),
            database_url,
            _dir: dir,
        };
        for n in 0..2 {
            let (child, instance) = cluster.spawn_instance(n).await;
            cluster.children.push(Some(child));
            cluster.instances.push(instance);
        }
        Some(cluster)
    }

    async fn spawn_instance(&self, n: usize) -> (Child, Instance) {
        let port = free_port();
        let data = self._dir.path().join(format!("instance-{n}"));
        std::fs::create_dir_all(&data).unwrap();
        let log = std::fs::File::create(data.join("server.log")).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_commonground"))
            .arg("serve")
            .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
            .env("COMMONGROUND_DATA_DIR", &data)
            .env("COMMONGROUND_JWT_SECRET", JWT_SECRET)
            .env("COMMONGROUND_FRONTEND_DIR", data.join("none"))
            .env("DATABASE_URL", &self.database_url)
            .env("REDIS_URL", self.redis.url())
            // The elected sweeper ticks every second, so leadership tests run in seconds.
            .env("COMMONGROUND_LEASE_SWEEP_SECS", "1")
            // Every person in these tests registers and writes from 127.0.0.1; the limits of
            // costly writes have tests of their own (tests/api/limits.rs).
            .env("COMMONGROUND_REGISTRATIONS_PER_WINDOW", "100000")
            .env("COMMONGROUND_REPORTS_PER_WINDOW", "100000")
            .env("COMMONGROUND_NEIGHBOURHOODS_PER_WINDOW", "100000")
            // The elected event-log pruning too.
            .env("COMMONGROUND_EVENT_PRUNE_SECS", "1")
            .env("RUST_LOG", "warn")
            .envs(self.extra_env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let instance = Instance {
            base: format!("http://127.0.0.1:{port}"),
            client: reqwest::Client::new(),
        };
        instance.wait_ready(&data).await;
        (child, instance)
    }

    /// Instance `n`'s own data folder.
    pub fn data_dir(&self, n: usize) -> std::path::PathBuf {
        self._dir.path().join(format!("instance-{n}"))
    }

    pub fn instance(&self, n: usize) -> &Instance {
        &self.instances[n]
    }

    /// SIGKILL: no graceful shutdown, connections drop mid-stream.
    pub fn kill(&mut self, n: usize) {
        if let Some(mut child) = self.children[n].take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// SIGTERM: a graceful stop; returns how long the process took to exit.
    pub fn terminate(&mut self, n: usize) -> Duration {
        let mut child = self.children[n].take().expect("instance running");
        let started = std::time::Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        child.wait().unwrap();
        started.elapsed()
    }

    /// Stops Redis hard and starts a fresh one on the same port (pub/sub messages are lost).
    pub async fn restart_redis(&mut self) {
        let port = self.redis.port;
        let _ = self.redis.child.kill();
        let _ = self.redis.child.wait();
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.redis = RedisServer::start(port);
        self.redis.wait_ready().await;
    }

    /// Publishes an event on the Redis bus by hand, as a (misbehaving) writer would.
    pub async fn publish(&self, event: &Event) {
        let client = redis::Client::open(self.redis.url()).unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let payload = serde_json::to_string(event).unwrap();
        redis::cmd("PUBLISH")
            .arg(REDIS_CHANNEL)
            .arg(payload)
            .query_async::<()>(&mut conn)
            .await
            .unwrap();
    }

    pub async fn database(&self) -> sea_orm::DatabaseConnection {
        sea_orm::Database::connect(&self.database_url)
            .await
            .unwrap()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in self.children.iter_mut().flatten() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

async fn fresh_database(server_url: &str) -> String {
    let name = format!("cg_test_{}", uuid::Uuid::now_v7().simple());
    let mut conn = sqlx::PgConnection::connect(server_url)
        .await
        .expect("PostgreSQL reachable");
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut conn)
        .await
        .unwrap();
    let (base, _) = server_url.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

impl Instance {
    async fn wait_ready(&self, data: &Path) {
        for _ in 0..200 {
            if let Ok(r) = self
                .client
                .get(format!("{}/readyz", self.base))
                .send()
                .await
            {
                if r.status().is_success() {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let log = std::fs::read_to_string(data.join("server.log")).unwrap_or_default();
        panic!("instance {} never became ready:\n{log}", self.base);
    }

    /// A request that must succeed; its JSON body (`Null` when empty).
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let mut request = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "{path}: {status} {body}");
        body
    }

    pub async fn new_person(&self, name: &str) -> Person {
        let email = format!(
            "{}-{}@example.org",
            name.to_lowercase(),
            uuid::Uuid::now_v7().simple()
        );
        let register = json!({"email": email, "display_name": name, "password": PASSWORD});
        self.call(
            reqwest::Method::POST,
            "/api/v1/auth/register",
            None,
            Some(register),
        )
        .await;
        let tokens = self
            .call(
                reqwest::Method::POST,
                "/api/v1/auth/login",
                None,
                Some(json!({"email": email, "password": PASSWORD})),
            )
            .await;
        Person {
            token: tokens["access_token"].as_str().unwrap().to_owned(),
            email,
        }
    }

    /// The status of a sign-in attempt.
    pub async fn login_status(&self, email: &str, password: &str) -> u16 {
        let body = json!({"email": email, "password": password});
        let response = self
            .client
            .post(format!("{}/api/v1/auth/login", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        response.status().as_u16()
    }

    pub async fn new_neighbourhood(&self, owner: &Person, name: &str) -> String {
        let body = json!({"name": name, "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500});
        let created = self
            .call(
                reqwest::Method::POST,
                "/api/v1/neighbourhoods",
                Some(&owner.token),
                Some(body),
            )
            .await;
        created["id"].as_str().unwrap().to_owned()
    }

    pub async fn join(&self, person: &Person, id: &str) {
        self.call(
            reqwest::Method::POST,
            &format!("/api/v1/neighbourhoods/{id}/join"),
            Some(&person.token),
            None,
        )
        .await;
    }

    /// A task in the neighbourhood with `slots` places; returns its id.
    pub async fn new_task(&self, coordinator: &Person, neighbourhood: &str, slots: i32) -> String {
        let body = json!({"title": "Sandbags for the flood", "description": "Fill and carry", "slots": slots});
        let created = self
            .call(
                reqwest::Method::POST,
                &format!("/api/v1/neighbourhoods/{neighbourhood}/tasks"),
                Some(&coordinator.token),
                Some(body),
            )
            .await;
        created["id"].as_str().unwrap().to_owned()
    }

    /// The answer's status to claiming a place on a task.
    pub async fn claim_status(&self, person: &Person, task: &str) -> u16 {
        self.client
            .post(format!("{}/api/v1/tasks/{task}/claim", self.base))
            .bearer_auth(&person.token)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    pub async fn task(&self, person: &Person, task: &str) -> Value {
        self.call(
            reqwest::Method::GET,
            &format!("/api/v1/tasks/{task}"),
            Some(&person.token),
            None,
        )
        .await
    }

    /// A request's status and body bytes, whatever the status.
    pub async fn raw(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> (u16, Vec<u8>) {
        let mut request = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/octet-stream")
                .body(body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.bytes().await.unwrap().to_vec())
    }

    pub async fn rename(&self, coordinator: &Person, id: &str, name: &str) {
        let body = json!({"name": name});
        self.call(
            reqwest::Method::PATCH,
            &format!("/api/v1/neighbourhoods/{id}"),
            Some(&coordinator.token),
            Some(body),
        )
        .await;
    }
}
