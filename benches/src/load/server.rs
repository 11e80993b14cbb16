//! The server under test: the real `commonground` binary as a child process (so its CPU time and
//! memory can be read from `/proc`) on a free port of 127.0.0.1, with a private data folder,
//! configured through its environment as an operator would configure it.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

use anyhow::{ensure, Context};
use tempfile::TempDir;
use uuid::Uuid;

use super::api::{http_client, Api};

/// The signing secret every benchmark's server uses (long enough for the server to accept it);
/// a bench that signs tokens itself uses it too.
pub const JWT_SECRET: &str = "bench-only-signing-secret-not-for-production-use";

/// The default `--server`: the release build `make bench` makes, from the repository root.
pub const DEFAULT_BINARY: &str = "target/release/commonground";

/// The rate limits on costly writes a benchmark raises out of its way.
const COSTLY_WRITE_LIMITS: [&str; 5] = [
    "COMMONGROUND_REGISTRATIONS_PER_WINDOW",
    "COMMONGROUND_REPORTS_PER_WINDOW",
    "COMMONGROUND_NEIGHBOURHOODS_PER_WINDOW",
    "COMMONGROUND_INVITATIONS_PER_WINDOW",
    "COMMONGROUND_POSTS_PER_WINDOW",
];

/// A child process killed and reaped when dropped, however the run ends.
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

/// How to run the server: its binary, port, data folder and environment.
pub struct ServerConfig {
    binary: PathBuf,
    port: u16,
    env: Vec<(String, String)>,
    // Last, so a running server is stopped before its folder goes.
    data_dir: TempDir,
}

impl ServerConfig {
    /// `binary` on a free port with a fresh temporary data folder (SQLite lives there unless a
    /// database URL is given), no front end, warnings only.
    pub fn new(binary: impl Into<PathBuf>) -> anyhow::Result<Self> {
        let data_dir = tempfile::tempdir()?;
        let port = free_port()?;
        let folder = data_dir.path().display().to_string();
        let frontend = data_dir.path().join("none").display().to_string();
        let config = Self {
            binary: binary.into(),
            port,
            env: Vec::new(),
            data_dir,
        };
        let config = config
            .env("COMMONGROUND_BIND", format!("127.0.0.1:{port}"))
            .env("COMMONGROUND_DATA_DIR", folder)
            .env("COMMONGROUND_FRONTEND_DIR", frontend)
            .env("COMMONGROUND_JWT_SECRET", JWT_SECRET)
            .env("RUST_LOG", "warn");
        // Every person of a benchmark writes from 127.0.0.1, and at rates no resident reaches:
        // the per-address and per-person limits on costly writes would measure themselves.
        Ok(COSTLY_WRITE_LIMITS
            .iter()
            .fold(config, |config, limit| config.env(limit, 1_000_000)))
    }

    /// Sets (or replaces) one environment variable of the server.
    pub fn env(mut self, key: &str, value: impl ToString) -> Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_owned(), value.to_string()));
        self
    }

    /// `DATABASE_URL` when given; SQLite in the data folder otherwise.
    pub fn database_url(self, url: Option<&str>) -> Self {
        match url {
            Some(url) => self.env("DATABASE_URL", url),
            None => self,
        }
    }

    /// `REDIS_URL` (the cross-instance bus) when given; the in-process bus otherwise.
    pub fn redis_url(self, url: Option<&str>) -> Self {
        match url {
            Some(url) => self.env("REDIS_URL", url),
            None => self,
        }
    }

    /// The server's database pool (`COMMONGROUND_DB_MAX_CONNECTIONS`).
    pub fn db_connections(self, connections: u32) -> Self {
        self.env("COMMONGROUND_DB_MAX_CONNECTIONS", connections)
    }

    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// `commonground ARGS` with this configuration; its output is dropped, its errors shown.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(&self.binary);
        command
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        command
    }

    /// Starts `commonground serve` and waits until it is ready (it migrates the database first).
    pub async fn start(self) -> anyhow::Result<Server> {
        let process = ChildGuard(
            self.command(&["serve"])
                .spawn()
                .with_context(|| format!("cannot start {}", self.binary.display()))?,
        );
        let api = Api::new(http_client()?, format!("http://127.0.0.1:{}", self.port));
        api.wait_ready().await?;
        Ok(Server {
            process,
            config: self,
            api,
        })
    }
}

/// A running server; stopped when dropped.
pub struct Server {
    process: ChildGuard,
    config: ServerConfig,
    /// Its HTTP API (one shared keep-alive client).
    pub api: Api,
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.process.0.id()
    }

    pub fn port(&self) -> u16 {
        self.config.port
    }

    pub fn config(&self) -> &ServerConfig {
        &self.config
    }

    /// Registers `email`, makes them a platform administrator with `commonground admin
    /// grant-admin` (as an operator does) and signs them in; returns their access token.
    pub async fn sign_up_admin(&self, email: &str, name: &str) -> anyhow::Result<String> {
        self.api.register(email, name).await?;
        let granted = self
            .config
            .command(&["admin", "grant-admin", "--email", email])
            .status()
            .context("commonground admin grant-admin")?;
        ensure!(granted.success(), "commonground admin grant-admin failed");
        self.api.log_in(email).await
    }

    /// An administrator (`admin_email`) creates an organisation named `name` with a service
    /// manager (`manager_email`) on its staff, the people every capability for public bodies needs.
    pub async fn set_up_organisation(
        &self,
        name: &str,
        admin_email: &str,
        manager_email: &str,
    ) -> anyhow::Result<Organisation> {
        let admin = self.sign_up_admin(admin_email, "Bench Admin").await?;
        let manager = self.api.sign_up(manager_email, "Bench Manager").await?;
        let id = self
            .api
            .create_organisation(&admin, name, manager_email)
            .await?;
        Ok(Organisation { id, admin, manager })
    }
}

/// An organisation and the access tokens of its administrator and its service manager.
pub struct Organisation {
    pub id: Uuid,
    pub admin: String,
    pub manager: String,
}
