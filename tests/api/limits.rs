//! Throttles that hold under concurrency (one instance and two sharing Redis), no lock-out of a
//! chosen person, limits on costly writes, client addresses behind trusted proxies, and links
//! built from the public URL only.

use reqwest::{Method, StatusCode};
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::helpers::{answer, id_of, spawn_app_with, Answer, TestApp, TestUser, PASSWORD};

/// A POST as if relayed by a proxy on 127.0.0.1 for `client` (`X-Forwarded-For`).
async fn post_from(
    app: &TestApp,
    client: &str,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> Answer {
    let mut request = app
        .client
        .post(app.url(path))
        .header("x-forwarded-for", client)
        .json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    answer(request.send().await.unwrap()).await
}

async fn login_from(app: &TestApp, client: &str, email: &str, password: &str) -> Answer {
    post_from(
        app,
        client,
        "/api/v1/auth/login",
        None,
        json!({"email": email, "password": password}),
    )
    .await
}

/// Asserts a 429 problem with a sensible `Retry-After` (seconds, within `window_secs`).
fn assert_too_many(answer: Answer, window_secs: u64) {
    let retry_after: u64 = answer
        .headers
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=window_secs).contains(&retry_after),
        "Retry-After {retry_after}"
    );
    answer.expect(429);
}

/// Fires `count` sign-in attempts at once, all with `password`; returns the statuses.
async fn concurrent_logins(
    apps: &[&TestApp],
    email: &str,
    password: &str,
    count: usize,
) -> Vec<u16> {
    let attempts = (0..count).map(|n| {
        let app = apps[n % apps.len()];
        async move { app.login(email, password).await.status.as_u16() }
    });
    futures_util::future::join_all(attempts).await
}

fn tally(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

#[tokio::test]
async fn sixty_concurrent_guesses_evaluate_at_most_the_limit() {
    let app = spawn_app_with(|s| s.login_failures_per_account_and_address = 5).await;
    let ana = app.new_user("Ana").await;

    let statuses = concurrent_logins(&[&app], &ana.email, "not the password", 60).await;

    // Exactly the limit was verified (and found wrong); every other guess was refused unseen.
    assert_eq!(tally(&statuses, 401), 5, "{statuses:?}");
    assert_eq!(tally(&statuses, 429), 55, "{statuses:?}");
    // Even the right password is refused now: it is not evaluated.
    assert_too_many(app.login(&ana.email, PASSWORD).await, 15 * 60);
}

#[tokio::test]
async fn guesses_split_over_two_instances_sharing_redis_evaluate_at_most_the_limit() {
    if std::env::var("TEST_REDIS_URL").is_err() {
        eprintln!("skipped: needs TEST_REDIS_URL (instances share limits only through Redis)");
        return;
    }
    let first = spawn_app_with(|s| s.login_failures_per_account_and_address = 5).await;
    let (database, namespace) = (
        first.settings.database_url(),
        first.settings.rate_limit_namespace.clone(),
    );
    let second = spawn_app_with(move |s| {
        s.login_failures_per_account_and_address = 5;
        s.database_url = Some(SecretString::from(database));
        s.rate_limit_namespace = namespace;
    })
    .await;
    let ana = first.new_user("Ana").await;

    let statuses = concurrent_logins(&[&first, &second], &ana.email, "not the password", 60).await;

    assert_eq!(tally(&statuses, 401), 5, "{statuses:?}");
    assert_eq!(tally(&statuses, 429), 55, "{statuses:?}");
    assert_too_many(second.login(&ana.email, PASSWORD).await, 15 * 60);
    assert_too_many(first.login(&ana.email, PASSWORD).await, 15 * 60);
}

#[tokio::test]
async fn a_strangers_failures_from_other_addresses_do_not_lock_the_owner_out() {
    let app = spawn_app_with(|s| {
        s.trusted_proxies = "127.0.0.1".parse().unwrap();
        s.login_failures_per_account_and_address = 3;
        s.login_failures_per_account = 9;
        s.login_failures_per_address = 100;
    })
    .await;
    let owner = app.new_user("Owner").await;
    let home = "198.51.100.10";
    login_from(&app, home, &owner.email, PASSWORD)
        .await
        .expect(200);

    // A stranger guesses from three addresses until each is slowed...
    for stranger in ["203.0.113.1", "203.0.113.2", "203.0.113.3"] {
        for _ in 0..3 {
            login_from(&app, stranger, &owner.email, "a wrong guess")
                .await
                .expect(401);
        }
        assert_too_many(
            login_from(&app, stranger, &owner.email, "a wrong guess").await,
            15 * 60,
        );
    }
    // ...and the account's backstop now refuses any new address.
    assert_too_many(
        login_from(&app, "203.0.113.4", &owner.email, PASSWORD).await,
        15 * 60,
    );

    // The owner still signs in from home, where they signed in before.
    login_from(&app, home, &owner.email, PASSWORD)
        .await
        .expect(200);
}

#[tokio::test]
async fn current_password_guesses_on_patch_me_are_limited_like_logins() {
    let app = spawn_app_with(|s| s.login_failures_per_account_and_address = 3).await;
    let ana = app.new_user("Ana").await;
    let change =
        |current: &str| json!({"password": "a brand new password", "current_password": current});

    let guesses =
        (0..20).map(|_| app.patch("/api/v1/me", Some(&ana.token), change("a wrong guess!")));
    let statuses: Vec<u16> = futures_util::future::join_all(guesses)
        .await
        .iter()
        .map(|a| a.status.as_u16())
        .collect();

    assert_eq!(tally(&statuses, 422), 3, "{statuses:?}");
    assert_eq!(tally(&statuses, 429), 17, "{statuses:?}");
    assert_too_many(
        app.patch("/api/v1/me", Some(&ana.token), change(PASSWORD))
            .await,
        15 * 60,
    );
    // The guesses share the sign-in counters: the guesser cannot switch to logging in.
    assert_too_many(app.login(&ana.email, PASSWORD).await, 15 * 60);
    // Changes that need no password still work.
    app.patch(
        "/api/v1/me",
        Some(&ana.token),
        json!({"display_name": "Ana B"}),
    )
    .await
    .expect(200);
}

/// Registers the `n`th person as if relayed by a proxy for `client`.
async fn register(app: &TestApp, client: &str, n: u32) -> Answer {
    let body = json!({"email": format!("person{n}@example.org"), "display_name": "P", "password": PASSWORD});
    post_from(app, client, "/api/v1/auth/register", None, body).await
}

#[tokio::test]
async fn registrations_are_limited_per_client_address_behind_trusted_proxies() {
    let app = spawn_app_with(|s| {
        s.trusted_proxies = "127.0.0.1/32".parse().unwrap();
        s.registrations_per_window = 2;
    })
    .await;
    register(&app, "198.51.100.1", 1).await.expect(202);
    // A forged left part of the chain does not make a new address.
    register(&app, "6.6.6.6, 198.51.100.1", 2).await.expect(202);
    assert_too_many(register(&app, "7.7.7.7, 198.51.100.1", 3).await, 3600);
    // Another client behind the same proxy has its own count.
    register(&app, "198.51.100.2", 4).await.expect(202);
}

#[tokio::test]
async fn forwarded_addresses_are_ignored_without_trusted_proxies() {
    let app = spawn_app_with(|s| s.registrations_per_window = 1).await;
    register(&app, "198.51.100.1", 1).await.expect(202);
    // Every request comes from 127.0.0.1 whatever it claims.
    assert_too_many(register(&app, "198.51.100.2", 2).await, 3600);
}

/// A new person in a fresh neighbourhood they coordinate.
async fn coordinator(app: &TestApp) -> (TestUser, String) {
    let cora = app.new_user("Cora").await;
    let street = id_of(&app.new_neighbourhood(&cora, "Mill Lane", json!({})).await);
    (cora, street)
}

#[tokio::test]
async fn neighbourhood_creation_past_the_limit_answers_429_and_creates_nothing() {
    let app = spawn_app_with(|s| s.neighbourhoods_per_window = 1).await;
    let (cora, _) = coordinator(&app).await;
    let second = json!({"name": "Second", "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500.0});
    assert_too_many(
        app.post("/api/v1/neighbourhoods", Some(&cora.token), second)
            .await,
        24 * 3600,
    );
    let mine = app.get("/api/v1/me", Some(&cora.token)).await.expect(200);
    assert_eq!(mine["memberships"].as_array().unwrap().len(), 1);
    // Per person: someone else may still create one.
    coordinator(&app).await;
}

#[tokio::test]
async fn invitations_past_the_limit_answer_429() {
    let app = spawn_app_with(|s| s.invitations_per_window = 1).await;
    let (cora, street) = coordinator(&app).await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    let invitations = format!("/api/v1/neighbourhoods/{street}/invitations");
    app.post(&invitations, Some(&cora.token), json!({"email": ana.email}))
        .await
        .expect(202);
    assert_too_many(
        app.post(&invitations, Some(&cora.token), json!({"email": ben.email}))
            .await,
        24 * 3600,
    );
    let mine = app
        .get("/api/v1/me/invitations", Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(mine["items"].as_array().map_or(0, Vec::len), 0, "{mine}");
}

#[tokio::test]
async fn reports_and_photos_past_their_limits_answer_429() {
    let app = spawn_app_with(|s| {
        s.reports_per_window = 1;
        s.photos_per_window = 1;
    })
    .await;
    let w = crate::issues::world(&app).await;
    let made = crate::issues::report(&app, &w, &w.ben, &w.pothole, crate::issues::HERE).await;
    let again = json!({"category_id": w.pothole, "location": {"lat": 51.5, "lon": -0.1}, "description": "Another"});
    let reports = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    assert_too_many(
        app.post(&reports, Some(&w.ben.token), again.clone()).await,
        3600,
    );
    // Per person.
    app.post(&reports, Some(&w.cat.token), again)
        .await
        .expect(201);

    let photos = format!(
        "/api/v1/reports/{}/photos",
        made["report_id"].as_str().unwrap()
    );
    let upload = || {
        app.raw(
            Method::POST,
            &photos,
            Some(&w.ben.token),
            Some("image/png"),
            crate::issues::png(16, 16),
        )
    };
    upload().await.expect(201);
    assert_too_many(upload().await, 3600);
}

/// A neighbourhood with a coordinator's post and `n` members: (neighbourhood, post, members).
async fn coordinators_post(app: &TestApp, n: usize) -> (String, String, Vec<TestUser>) {
    let (cora, street) = coordinator(app).await;
    let mut members = Vec::new();
    for i in 0..n {
        let member = app.new_user(&format!("Member{i}")).await;
        app.join(&member, &street).await;
        members.push(member);
    }
    let thread = app
        .post(
            &format!("/api/v1/neighbourhoods/{street}/threads"),
            Some(&cora.token),
            json!({"title": "Bin day moves to Friday", "body": "From next week."}),
        )
        .await
        .expect(201);
    let posts = app
        .get(&format!("/api/v1/threads/{}/posts", id_of(&thread)), None)
        .await
        .expect(200);
    (street, id_of(&posts["items"][0]), members)
}

async fn flag(app: &TestApp, post: &str, who: &TestUser) -> Value {
    app.post(
        &format!("/api/v1/posts/{post}/flags"),
        Some(&who.token),
        json!({"reason": "I do not like it"}),
    )
    .await
    .expect(201)
}

/// Makes an account look established: two days old.
async fn age(app: &TestApp, who: &TestUser) {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => "UPDATE users SET created_at = $1 WHERE id = $2",
        _ => "UPDATE users SET created_at = ? WHERE id = ?",
    };
    let two_days_ago = chrono::Utc::now() - chrono::Duration::days(2);
    app.db
        .execute(Statement::from_sql_and_values(
            backend,
            sql,
            [two_days_ago.into(), who.id.into()],
        ))
        .await
        .unwrap();
}

#[tokio::test]
async fn flags_from_young_or_silent_accounts_do_not_hide_a_coordinators_post() {
    let app = spawn_app_with(|s| {
        s.flags_to_hide = 2;
        s.flag_min_account_age_secs = 24 * 3600;
    })
    .await;
    let (_, post, members) = coordinators_post(&app, 3).await;
    // Three brand-new accounts flag: nothing is hidden, though the coordinators see the flags.
    for member in &members {
        assert_eq!(flag(&app, &post, member).await["hidden"], false);
    }

    // Established writers do hide one: two old members who wrote before, and one silent.
    let (street, post, members) = coordinators_post(&app, 3).await;
    for member in &members {
        age(&app, member).await;
    }
    for writer in &members[..2] {
        app.post(
            &format!("/api/v1/neighbourhoods/{street}/threads"),
            Some(&writer.token),
            json!({"title": "Hello", "body": "New here."}),
        )
        .await
        .expect(201);
    }
    assert_eq!(
        flag(&app, &post, &members[2]).await["hidden"],
        false,
        "silent"
    );
    assert_eq!(
        flag(&app, &post, &members[0]).await["hidden"],
        false,
        "one counts"
    );
    assert_eq!(
        flag(&app, &post, &members[1]).await["hidden"],
        true,
        "two count"
    );
}

/// A new calendar link for `who`, the request dressed by `headers`.
async fn calendar_link(
    app: &TestApp,
    who: &TestUser,
    headers: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
) -> Value {
    let request = headers(app.client.post(app.url("/api/v1/me/calendar")));
    let response = request.bearer_auth(&who.token).send().await.unwrap();
    response.json().await.unwrap()
}

#[tokio::test]
async fn links_use_the_public_url_never_the_requests_host() {
    let app = spawn_app_with(|s| s.public_url = Some("https://cg.example/".into())).await;
    let ana = app.new_user("Ana").await;
    let lying = |request: reqwest::RequestBuilder| {
        request
            .header("host", "evil.example")
            .header("x-forwarded-host", "evil.example")
            .header("forwarded", "host=evil.example;proto=http")
    };
    let calendar = calendar_link(&app, &ana, lying).await;
    assert!(
        calendar["url"]
            .as_str()
            .unwrap()
            .starts_with("https://cg.example/api/v1/calendar/"),
        "{calendar}"
    );
    let discovery = lying(app.client.get(app.url("/open311/v2/discovery.json")))
        .send()
        .await
        .unwrap();
    assert_eq!(discovery.status(), StatusCode::OK);
    let text = discovery.text().await.unwrap();
    assert!(text.contains("https://cg.example/open311/v2"), "{text}");
    assert!(!text.contains("evil.example"), "{text}");

    // What the front end prints (the leaflet's address) and the QR code drawn for it.
    let config: serde_json::Value = lying(app.client.get(app.url("/api/v1/client-config")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(config["public_url"], "https://cg.example");
    let hood = crate::helpers::id_of(
        &app.new_neighbourhood(&ana, "Lock Gates", serde_json::json!({}))
            .await,
    );
    let qr = lying(
        app.client
            .get(app.url(&format!("/api/v1/neighbourhoods/{hood}/leaflet/qr.svg"))),
    )
    .bearer_auth(&ana.token)
    .send()
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    let expected = commonground::domain::leaflet::qr_svg(&commonground::domain::leaflet::page_url(
        "https://cg.example",
        &hood,
    ))
    .unwrap();
    assert_eq!(qr, expected, "the QR code leads to the public address");
}

#[tokio::test]
async fn without_a_public_url_links_name_the_bound_address() {
    let app = spawn_app_with(|_| {}).await;
    let ana = app.new_user("Ana").await;
    let calendar = calendar_link(&app, &ana, |r| r.header("host", "evil.example")).await;
    let url = calendar["url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/api/v1/calendar/", app.address)),
        "{url}"
    );
}

/// A redis-server of this test's own (so it can be stopped without touching anyone else's).
struct PrivateRedis(std::process::Child);

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn limits_keep_holding_in_memory_when_redis_goes_away() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let Ok(child) = std::process::Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        eprintln!("skipped: no redis-server to stop");
        return;
    };
    let mut redis = PrivateRedis(child);
    let url = format!("redis://127.0.0.1:{port}");
    let client = redis::Client::open(url.as_str()).unwrap();
    let mut ready = false;
    for _ in 0..100 {
        if let Ok(mut conn) = client.get_multiplexed_async_connection().await {
            ready = redis::cmd("PING")
                .query_async::<String>(&mut conn)
                .await
                .is_ok();
            if ready {
                break;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "redis-server did not start");
    let app = spawn_app_with(|s| {
        s.redis_url = Some(SecretString::from(url));
        s.login_failures_per_account_and_address = 2;
    })
    .await;
    let ana = app.new_user("Ana").await;
    redis.0.kill().unwrap();
    redis.0.wait().unwrap();

    // Counted in this instance's memory instead: refused past the limit, not waved through.
    for _ in 0..2 {
        app.login(&ana.email, "a wrong guess").await.expect(401);
    }
    assert_too_many(app.login(&ana.email, PASSWORD).await, 15 * 60);
}
