//! The server's HTTP API as the benchmarks call it: a keep-alive client, requests that expect one
//! status, and people registered and signed in the way a resident does.

use std::time::Duration;

use anyhow::{bail, Context};
use reqwest::Method;
use serde_json::{json, Value};
use uuid::Uuid;

/// The password of every account a benchmark registers (bulk-loaded people share its hash).
pub const PASSWORD: &str = "bench password 123";

/// A client for one person or one load generator: its own keep-alive connections, Nagle off,
/// a minute before a request counts as failed.
pub fn http_client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .tcp_nodelay(true)
        .timeout(Duration::from_secs(60))
        .build()?)
}

#[derive(Clone)]
pub struct Api {
    pub http: reqwest::Client,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Api {
    pub fn new(http: reqwest::Client, base: impl Into<String>) -> Self {
        Self {
            http,
            base: base.into(),
        }
    }

    /// The same server through a client of its own (so its own keep-alive connection).
    pub fn with_own_client(&self) -> anyhow::Result<Self> {
        Ok(Self::new(http_client()?, self.base.clone()))
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

    /// Sends a request; anything but the `expect`ed status is an error with the body. The answer
    /// as JSON (`null` when it has none).
    pub async fn send(
        &self,
        method: Method,
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

    /// GET expecting 200.
    pub async fn get(&self, path: &str, token: Option<&str>) -> anyhow::Result<Value> {
        self.send(Method::GET, path, token, None, 200).await
    }

    /// POST expecting 201.
    pub async fn post(
        &self,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> anyhow::Result<Value> {
        self.send(Method::POST, path, token, Some(&body), 201).await
    }

    /// POST expecting 200 (actions on something that exists: status changes, joining).
    pub async fn act(
        &self,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        self.send(Method::POST, path, token, body.as_ref(), 200)
            .await
    }

    /// PUT without a body, expecting 204 (linking two things).
    pub async fn put(&self, path: &str, token: Option<&str>) -> anyhow::Result<()> {
        self.send(Method::PUT, path, token, None, 204).await?;
        Ok(())
    }

    pub async fn register(&self, email: &str, name: &str) -> anyhow::Result<()> {
        let body = json!({"email": email, "display_name": name, "password": PASSWORD});
        // 202 whether or not the address was new, so registering tells nobody who has an account.
        self.send(
            Method::POST,
            "/api/v1/auth/register",
            None,
            Some(&body),
            202,
        )
        .await?;
        Ok(())
    }

    /// Signs in; returns the access token.
    pub async fn log_in(&self, email: &str) -> anyhow::Result<String> {
        let body = json!({"email": email, "password": PASSWORD});
        let tokens = self.act("/api/v1/auth/login", None, Some(body)).await?;
        Ok(tokens["access_token"]
            .as_str()
            .context("no access token")?
            .to_owned())
    }

    /// Registers and signs in; returns the access token.
    pub async fn sign_up(&self, email: &str, name: &str) -> anyhow::Result<String> {
        self.register(email, name).await?;
        self.log_in(email).await
    }

    /// Signs everyone in at once; their tokens in the same order.
    pub async fn log_in_all(&self, emails: &[String]) -> anyhow::Result<Vec<String>> {
        let mut tasks = Vec::new();
        for email in emails {
            let (api, email) = (self.clone(), email.clone());
            tasks.push(tokio::spawn(async move { api.log_in(&email).await }));
        }
        let mut tokens = Vec::with_capacity(tasks.len());
        for task in tasks {
            tokens.push(task.await??);
        }
        Ok(tokens)
    }

    /// Creates an organisation as a platform administrator and makes `staff` (an e-mail) its
    /// staff; returns its id.
    pub async fn create_organisation(
        &self,
        admin: &str,
        name: &str,
        staff: &str,
    ) -> anyhow::Result<Uuid> {
        let org = id_of(
            &self
                .post("/api/v1/organisations", Some(admin), json!({"name": name}))
                .await?,
        )?;
        self.post(
            &format!("/api/v1/organisations/{org}/staff"),
            Some(admin),
            json!({"email": staff}),
        )
        .await?;
        Ok(org)
    }

    /// Creates a neighbourhood (`body` as the API takes it) and, with `served_by`, puts it in
    /// that organisation's service area; returns its id.
    pub async fn create_neighbourhood(
        &self,
        token: &str,
        body: Value,
        served_by: Option<Uuid>,
    ) -> anyhow::Result<Uuid> {
        let id = id_of(
            &self
                .post("/api/v1/neighbourhoods", Some(token), body)
                .await?,
        )?;
        if let Some(org) = served_by {
            self.put(
                &format!("/api/v1/organisations/{org}/neighbourhoods/{id}"),
                Some(token),
            )
            .await?;
        }
        Ok(id)
    }
}

/// The `id` of a created resource.
pub fn id_of(value: &Value) -> anyhow::Result<Uuid> {
    value["id"]
        .as_str()
        .context("no id")?
        .parse()
        .context("id is not a UUID")
}
