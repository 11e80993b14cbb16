//! What the benchmark binaries (`src/bin/*-bench.rs`, built with `--features bench`) share:
//! the server as a child process, free ports, a fresh PostgreSQL database per run, and CPU time
//! read from `/proc` (Linux counts 100 ticks a second). Always compiled (it needs nothing the
//! service lacks), so its tests run with everyone else's.

use std::process::Child;

use anyhow::{bail, Context};
use sqlx::{Connection, PgConnection};

/// A child process (the server under test) killed and reaped when dropped, however the run ends.
pub struct ChildGuard(pub Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port on 127.0.0.1 free at the time of asking.
pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Drops and creates the database named in `url` (`postgres://.../NAME[?options]`, the name
/// letters, digits and `_`); returns `url`.
pub async fn recreate_database(url: &str) -> anyhow::Result<String> {
    let (path, options) = url.split_once('?').unwrap_or((url, ""));
    let (server, name) = path
        .rsplit_once('/')
        .filter(|(server, _)| server.contains("://") && !server.ends_with('/'))
        .context("the database URL must be postgres://.../DATABASE")?;
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        bail!("the database name must be letters, digits and _");
    }
    let options = if options.is_empty() {
        String::new()
    } else {
        format!("?{options}")
    };
    let mut conn = PgConnection::connect(&format!("{server}/postgres{options}"))
        .await
        .with_context(|| format!("cannot reach PostgreSQL at {server}"))?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .execute(&mut conn)
        .await?;
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut conn)
        .await?;
    Ok(url.to_owned())
}

/// CPU ticks (user + system) of a process, from its `/proc/{pid}/stat` line.
pub fn process_ticks(stat: &str) -> Option<f64> {
    let after_name = stat.rsplit_once(") ")?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    Some(fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?)
}

/// CPU seconds (user + system) a process has used.
pub fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    let ticks = process_ticks(&stat).context("bad /proc stat line")?;
    Ok(ticks / 100.0)
}

/// The machine's (busy, total) CPU ticks over every core, from `/proc/stat`; busy is all but
/// idle and I/O wait.
pub fn machine_ticks() -> anyhow::Result<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/stat")?;
    let line = stat.lines().next().context("empty /proc/stat")?;
    let values: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .take(8)
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let total: f64 = values.iter().sum();
    let idle = values.get(3).copied().unwrap_or(0.0) + values.get(4).copied().unwrap_or(0.0);
    Ok((total - idle, total))
}

/// The password of every account a benchmark registers.
pub const PASSWORD: &str = "bench password 123";

#[cfg(feature = "bench")]
pub use http::Api;

/// The server's HTTP API as the benchmarks call it (needs `--features bench` for reqwest).
#[cfg(feature = "bench")]
mod http {
    use std::time::Duration;

    use anyhow::{bail, Context};
    use serde_json::{json, Value};

    use super::PASSWORD;

    #[derive(Clone)]
    pub struct Api {
        pub http: reqwest::Client,
        pub base: String,
    }

    impl Api {
        /// `base` is `http://127.0.0.1:PORT`; each benchmark builds the client it measures with.
        pub fn new(http: reqwest::Client, base: impl Into<String>) -> Self {
            Self {
                http,
                base: base.into(),
            }
        }

        /// Waits up to a minute for `/readyz`.
        pub async fn wait_ready(&self) -> anyhow::Result<()> {
            for _ in 0..600 {
                if self
                    .http
                    .get(format!("{}/readyz", self.base))
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success())
                {
                    return Ok(());
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            bail!("server at {} did not become ready", self.base)
        }

        /// Sends a request; anything but the `expect`ed status is an error with the body.
        pub async fn send(
            &self,
            method: reqwest::Method,
            path: &str,
            token: Option<&str>,
            body: Option<&Value>,
            expect: u16,
        ) -> anyhow::Result<Value> {
            let mut request = self
                .http
                .request(method.clone(), format!("{}{path}", self.base));
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = request
                .send()
                .await
                .with_context(|| format!("{method} {path}"))?;
            let status = response.status().as_u16();
            let bytes = response.bytes().await?;
            if status != expect {
                bail!(
                    "{method} {path}: expected {expect}, got {status}: {}",
                    String::from_utf8_lossy(&bytes)
                );
            }
            Ok(serde_json::from_slice(&bytes).unwrap_or(Value::Null))
        }

        pub async fn get(&self, path: &str, token: Option<&str>) -> anyhow::Result<Value> {
            self.send(reqwest::Method::GET, path, token, None, 200)
                .await
        }

        /// POST expecting 201.
        pub async fn post(
            &self,
            path: &str,
            token: Option<&str>,
            body: Value,
        ) -> anyhow::Result<Value> {
            self.send(reqwest::Method::POST, path, token, Some(&body), 201)
                .await
        }

        pub async fn register(&self, email: &str, name: &str) -> anyhow::Result<()> {
            let body = json!({"email": email, "display_name": name, "password": PASSWORD});
            self.post("/api/v1/auth/register", None, body).await?;
            Ok(())
        }

        /// Signs in; returns the access token.
        pub async fn log_in(&self, email: &str) -> anyhow::Result<String> {
            let body = json!({"email": email, "password": PASSWORD});
            let tokens = self
                .send(
                    reqwest::Method::POST,
                    "/api/v1/auth/login",
                    None,
                    Some(&body),
                    200,
                )
                .await?;
            Ok(tokens["access_token"]
                .as_str()
                .context("no access token")?
                .to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_ticks_reads_user_and_system_time_after_the_name() {
        // A name with spaces and a parenthesis, as /proc allows.
        let stat = "42 (my (odd) name) S 1 42 42 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 1";
        assert_eq!(process_ticks(stat), Some(325.0));
        assert_eq!(process_ticks("42 (short) S 1"), None);
    }
}
