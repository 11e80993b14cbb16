//! Starts the real application on port 0 with a fresh database per test: a temporary SQLite file
//! by default, or a new PostgreSQL database when `TEST_DATABASE_URL` is set (for example
//! `postgres://postgres@127.0.0.1:5432/postgres`). Typed helpers read like the API.

use commonground::{config::Settings, startup::Application};
use reqwest::{Method, StatusCode};
use secrecy::SecretString;
use serde_json::{json, Value};
use sqlx::Connection;
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: sea_orm::DatabaseConnection,
    /// The application's live handle (to publish like a service would).
    pub live: commonground::live::Live,
    pub settings: Settings,
    /// Keeps the data folder (and SQLite file) alive for the test's duration.
    _data_dir: tempfile::TempDir,
}

/// What `TestApp::served_street` made.
pub struct ServedStreet {
    pub id: String,
    pub org: String,
    pub ana: TestUser,
    pub ben: TestUser,
    pub cat: TestUser,
    pub manager: TestUser,
}

pub struct TestUser {
    pub id: Uuid,
    pub email: String,
    pub token: String,
    pub refresh_token: String,
}

/// A response with its status and parsed JSON body (`Value::Null` when empty or not JSON).
pub struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    /// Asserts the status and that errors are problem documents.
    pub fn expect(self, status: u16) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        if status >= 400 {
            assert_eq!(
                self.content_type, "application/problem+json",
                "errors must be problem+json"
            );
            assert_eq!(self.body["status"], status);
            assert!(self.body["type"]
                .as_str()
                .is_some_and(|t| t.starts_with("https://")));
            assert!(self.body["title"].is_string() && self.body["detail"].is_string());
        }
        self.body
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = Settings {
        bind: "127.0.0.1:0".into(),
        data_dir: data_dir.path().to_path_buf(),
        jwt_secret: Some(SecretString::from(
            "a-test-signing-secret-that-is-long-enough",
        )),
        frontend_dir: data_dir.path().join("no-frontend"),
        // Every test signs in from 127.0.0.1, and with Redis the per-address count is shared by
        // all tests (and lasts across runs); tests of that limit set their own.
        login_failures_per_address: 100_000,
        // Redis is shared by every test (and every run): each app counts in its own namespace.
        rate_limit_namespace: format!("cg-test-{}", Uuid::now_v7().simple()),
        // Tests write a lot from one address; the tests of a limit set their own values.
        registrations_per_window: 100_000,
        reports_per_window: 100_000,
        open311_requests_per_window: 100_000,
        neighbourhoods_per_window: 100_000,
        invitations_per_window: 100_000,
        photos_per_window: 100_000,
        // Test accounts are minutes old; the tests of that rule set their own age.
        flag_min_account_age_secs: 0,
        ..Settings::default()
    };
    if let Ok(server_url) = std::env::var("TEST_DATABASE_URL") {
        settings.database_url = Some(SecretString::from(
            fresh_postgres_database(&server_url).await,
        ));
    }
    if let Ok(redis_url) = std::env::var("TEST_REDIS_URL") {
        settings.redis_url = Some(SecretString::from(redis_url));
    }
    customise(&mut settings);
    let app = Application::build(settings.clone())
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let db = app.state().db.clone();
    let live = app.state().live.clone();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
        db,
        live,
        settings,
        _data_dir: data_dir,
    }
}

/// Creates an empty database named for this test on the server in `server_url`.
async fn fresh_postgres_database(server_url: &str) -> String {
    let name = format!("cg_test_{}", Uuid::now_v7().simple());
    let mut conn = sqlx::PgConnection::connect(server_url)
        .await
        .expect("TEST_DATABASE_URL must point at a reachable PostgreSQL server");
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let (base, _) = server_url
        .rsplit_once('/')
        .expect("database URL has a path");
    format!("{base}/{name}")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        answer(request.send().await.expect("request sent")).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Answer {
        self.call(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Answer {
        self.call(Method::POST, path, token, Some(body)).await
    }

    /// A POST without a body (join, leave, approve...).
    pub async fn post_empty(&self, path: &str, token: Option<&str>) -> Answer {
        self.call(Method::POST, path, token, None).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: Value) -> Answer {
        self.call(Method::PATCH, path, token, Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Answer {
        self.call(Method::DELETE, path, token, None).await
    }

    pub async fn register(&self, email: &str, display_name: &str) -> Answer {
        self.post(
            "/api/v1/auth/register",
            None,
            json!({"email": email, "display_name": display_name, "password": PASSWORD}),
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> Answer {
        self.post(
            "/api/v1/auth/login",
            None,
            json!({"email": email, "password": password}),
        )
        .await
    }

    /// Registers and signs in a new person with a unique e-mail address.
    pub async fn new_user(&self, display_name: &str) -> TestUser {
        let email = format!(
            "{}-{}@example.org",
            display_name.to_lowercase().replace(' ', "."),
            Uuid::now_v7().simple()
        );
        self.register(&email, display_name).await.expect(202);
        let tokens = self.login(&email, PASSWORD).await.expect(200);
        let token = tokens["access_token"]
            .as_str()
            .expect("access token")
            .to_owned();
        let me = self.get("/api/v1/me", Some(&token)).await.expect(200);
        TestUser {
            id: me["id"]
                .as_str()
                .and_then(|id| id.parse().ok())
                .expect("user id"),
            email,
            token,
            refresh_token: tokens["refresh_token"]
                .as_str()
                .expect("refresh token")
                .to_owned(),
        }
    }

    /// A new person who is a platform admin.
    pub async fn new_admin(&self) -> TestUser {
        let admin = self.new_user("Admin").await;
        commonground::services::accounts::grant_platform_admin(&self.db, &admin.email)
            .await
            .expect("grant admin");
        admin
    }

    /// Creates a circular neighbourhood as `owner` and returns its JSON.
    pub async fn new_neighbourhood(&self, owner: &TestUser, name: &str, extra: Value) -> Value {
        let mut body = json!({
            "name": name,
            "description": "A test neighbourhood",
            "center": {"lat": 51.5, "lon": -0.1},
            "radius_m": 800.0,
        });
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                body.insert(k.clone(), v.clone());
            }
        }
        self.post("/api/v1/neighbourhoods", Some(&owner.token), body)
            .await
            .expect(201)
    }

    /// As platform admin `admin`: an organisation with `staff_email` on its staff; returns its id.
    pub async fn organisation_with_staff(
        &self,
        admin: &TestUser,
        name: &str,
        staff_email: &str,
    ) -> String {
        let org = id_of(
            &self
                .post(
                    "/api/v1/organisations",
                    Some(&admin.token),
                    json!({"name": name}),
                )
                .await
                .expect(201),
        );
        self.post(
            &format!("/api/v1/organisations/{org}/staff"),
            Some(&admin.token),
            json!({"email": staff_email}),
        )
        .await
        .expect(201);
        org
    }

    /// As platform admin `admin`: the organisation serves the neighbourhood from now on.
    pub async fn serve(&self, admin: &TestUser, org: &str, neighbourhood_id: &str) {
        let link = format!("/api/v1/organisations/{org}/neighbourhoods/{neighbourhood_id}");
        self.call(Method::PUT, &link, Some(&admin.token), None)
            .await
            .expect(204);
    }

    /// As platform admin `admin`: an organisation with `staff_email` on its staff, serving the
    /// neighbourhood; returns the organisation's id.
    pub async fn serving_organisation(
        &self,
        admin: &TestUser,
        name: &str,
        staff_email: &str,
        neighbourhood_id: &str,
    ) -> String {
        let org = self.organisation_with_staff(admin, name, staff_email).await;
        self.serve(admin, &org, neighbourhood_id).await;
        org
    }

    /// Elm Street: Ana coordinates it, Ben and Cat have joined, and Riverside Council (staff:
    /// Manager) serves it; where most tests of issues start.
    pub async fn served_street(&self) -> ServedStreet {
        let admin = self.new_admin().await;
        let ana = self.new_user("Ana").await;
        let ben = self.new_user("Ben").await;
        let cat = self.new_user("Cat").await;
        let manager = self.new_user("Manager").await;
        let id = id_of(&self.new_neighbourhood(&ana, "Elm Street", json!({})).await);
        for u in [&ben, &cat] {
            self.join(u, &id).await;
        }
        let org = self
            .serving_organisation(&admin, "Riverside Council", &manager.email, &id)
            .await;
        ServedStreet {
            id,
            org,
            ana,
            ben,
            cat,
            manager,
        }
    }

    /// As `staff` of the organisation: a new category (`body` as the API takes it); returns its id.
    pub async fn new_category(&self, staff: &TestUser, org: &str, body: Value) -> String {
        let path = format!("/api/v1/organisations/{org}/categories");
        id_of(&self.post(&path, Some(&staff.token), body).await.expect(201))
    }

    /// `user` joins (or asks to join) the neighbourhood; returns the membership.
    pub async fn join(&self, user: &TestUser, neighbourhood_id: &str) -> Value {
        let path = format!("/api/v1/neighbourhoods/{neighbourhood_id}/join");
        self.post_empty(&path, Some(&user.token)).await.expect(200)
    }

    /// `coordinator` invites an address to the neighbourhood.
    pub async fn invite(
        &self,
        coordinator: &TestUser,
        neighbourhood_id: &str,
        email: &str,
    ) -> Answer {
        let path = format!("/api/v1/neighbourhoods/{neighbourhood_id}/invitations");
        self.post(&path, Some(&coordinator.token), json!({"email": email}))
            .await
    }

    /// `user` accepts an invitation; returns the answer (the membership on success).
    pub async fn accept_invitation(&self, user: &TestUser, invitation_id: &str) -> Answer {
        let path = format!("/api/v1/me/invitations/{invitation_id}/accept");
        self.post_empty(&path, Some(&user.token)).await
    }

    /// The way into any neighbourhood, private ones included: `coordinator` invites `member`,
    /// who accepts. Returns the membership.
    pub async fn invite_and_accept(
        &self,
        coordinator: &TestUser,
        neighbourhood_id: &str,
        member: &TestUser,
    ) -> Value {
        let invitation = self
            .invite(coordinator, neighbourhood_id, &member.email)
            .await
            .expect(202);
        self.accept_invitation(member, &id_of(&invitation))
            .await
            .expect(200)
    }

    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        content_type: Option<&str>,
        body: Vec<u8>,
    ) -> Answer {
        let mut request = self.client.request(method, self.url(path)).body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        answer(request.send().await.expect("request sent")).await
    }
}

pub async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response.bytes().await.expect("body read");
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        content_type,
        headers,
        body,
    }
}

pub fn id_of(value: &Value) -> String {
    value["id"].as_str().expect("id").to_owned()
}
