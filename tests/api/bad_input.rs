//! Bad input on every endpoint gets a clear 4xx problem document and changes nothing.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{spawn_app, TestApp};

/// Every documented operation as (method, path with ids filled in, takes a JSON body, needs auth).
async fn operations(app: &TestApp, id: &str) -> Vec<(Method, String, bool, bool)> {
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    // Ids get `id`; other path values (a calendar link's secret) get a harmless word.
    let id_placeholder = regex::Regex::new(r"\{([a-z_]+_)?id\}").unwrap();
    let other_placeholder = regex::Regex::new(r"\{[a-z_]+\}").unwrap();
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        // Open311 answers in its specification's error format; tests/api/open311.rs covers it.
        if path.starts_with("/open311/") {
            continue;
        }
        for (method, op) in item.as_object().unwrap() {
            let with_ids = id_placeholder.replace_all(path, id);
            let concrete = other_placeholder
                .replace_all(&with_ids, "secret")
                .into_owned();
            // JSON bodies only: raw uploads (photos) have their own tests.
            let has_body = op["requestBody"]["content"]
                .get("application/json")
                .is_some();
            let needs_auth = op.get("security").is_some();
            ops.push((
                method.to_uppercase().parse().unwrap(),
                concrete,
                has_body,
                needs_auth,
            ));
        }
    }
    ops
}

async fn assert_nothing_changed(app: &TestApp) {
    let list = app.get("/api/v1/neighbourhoods", None).await.expect(200);
    assert_eq!(list["items"], json!([]));
    let orgs = app.get("/api/v1/organisations", None).await.expect(200);
    assert_eq!(orgs["items"], json!([]));
}

#[tokio::test]
async fn endpoints_that_need_sign_in_refuse_anonymous_callers() {
    let app = spawn_app().await;
    let id = uuid::Uuid::now_v7().to_string();
    for (method, path, has_body, needs_auth) in operations(&app, &id).await {
        if !needs_auth {
            continue;
        }
        let body = has_body.then(|| json!({}));
        app.call(method.clone(), &path, None, body)
            .await
            .expect(401);
    }
    assert_nothing_changed(&app).await;
}

#[tokio::test]
async fn malformed_unknown_wrong_typed_and_empty_bodies_are_400() {
    let app = spawn_app().await;
    let user = app.new_admin().await;
    let id = uuid::Uuid::now_v7().to_string();
    let bodies: [(&str, &[u8]); 4] = [
        ("malformed", b"{\"name\": "),
        ("not an object", b"[1, 2, 3]"),
        ("empty", b""),
        ("unknown field", b"{\"surprise\": true}"),
    ];
    for (method, path, has_body, _) in operations(&app, &id).await {
        if !has_body {
            continue;
        }
        for (label, body) in bodies {
            let answer = app
                .raw(
                    method.clone(),
                    &path,
                    Some(&user.token),
                    Some("application/json"),
                    body.to_vec(),
                )
                .await;
            assert_eq!(
                answer.status, 400,
                "{label} body to {method} {path}: {}",
                answer.body
            );
            answer.expect(400);
        }
    }
    // Wrong types in an otherwise valid body.
    let wrong: Value = json!({"email": 42, "display_name": ["x"], "password": true});
    app.post("/api/v1/auth/register", None, wrong)
        .await
        .expect(400);
    app.post(
        "/api/v1/neighbourhoods",
        Some(&user.token),
        json!({"name": "Elm", "center": {"lat": "north", "lon": 0}, "radius_m": 100}),
    )
    .await
    .expect(400);
    app.post("/api/v1/neighbourhoods", Some(&user.token), json!({"name": "Elm", "center": {"lat": 1.0, "lon": 0.0}, "radius_m": 100, "visibility": "secret"}))
        .await
        .expect(400);
    assert_nothing_changed(&app).await;
}

#[tokio::test]
async fn oversized_bodies_are_413_and_non_json_is_415() {
    let app = spawn_app_with_small_limit().await;
    let user = app.new_user("Ana").await;
    let big =
        json!({"name": "x".repeat(5_000), "center": {"lat": 0.0, "lon": 0.0}, "radius_m": 100})
            .to_string();
    app.raw(
        Method::POST,
        "/api/v1/neighbourhoods",
        Some(&user.token),
        Some("application/json"),
        big.into_bytes(),
    )
    .await
    .expect(413);
    app.raw(
        Method::POST,
        "/api/v1/neighbourhoods",
        Some(&user.token),
        Some("text/plain"),
        b"{}".to_vec(),
    )
    .await
    .expect(415);
    app.raw(
        Method::POST,
        "/api/v1/neighbourhoods",
        Some(&user.token),
        None,
        b"{}".to_vec(),
    )
    .await
    .expect(415);
    assert_nothing_changed(&app).await;
}

async fn spawn_app_with_small_limit() -> TestApp {
    crate::helpers::spawn_app_with(|s| s.body_limit_bytes = 4_096).await
}

#[tokio::test]
async fn bad_path_ids_are_400_on_every_endpoint_with_an_id() {
    let app = spawn_app().await;
    let user = app.new_admin().await;
    for (method, path, has_body, _) in operations(&app, "not-a-uuid").await {
        if !path.contains("not-a-uuid") {
            continue;
        }
        let body = has_body.then(|| json!({}));
        let answer = app
            .call(method.clone(), &path, Some(&user.token), body)
            .await;
        assert_eq!(answer.status, 400, "{method} {path}: {}", answer.body);
        answer.expect(400);
    }
}

#[tokio::test]
async fn bad_query_parameters_are_4xx() {
    let app = spawn_app().await;
    app.get("/api/v1/neighbourhoods?limit=abc", None)
        .await
        .expect(400);
    app.get("/api/v1/neighbourhoods?limit=0", None)
        .await
        .expect(422);
    app.get("/api/v1/neighbourhoods?limit=1000", None)
        .await
        .expect(422);
    app.get("/api/v1/neighbourhoods?cursor=garbage", None)
        .await
        .expect(400);
    app.get("/api/v1/neighbourhoods?near=somewhere", None)
        .await
        .expect(422);
    app.get("/api/v1/neighbourhoods?unknown=1", None)
        .await
        .expect(400);
    app.get(
        &format!("/api/v1/neighbourhoods?q={}", "a".repeat(101)),
        None,
    )
    .await
    .expect(422);
}

#[tokio::test]
async fn unknown_api_routes_are_404_and_wrong_methods_405_problems() {
    let app = spawn_app().await;
    app.get("/api/v1/does-not-exist", None).await.expect(404);
    // A known route with another method: 405 with `Allow` (tests/api/protocol.rs).
    app.call(Method::DELETE, "/api/v1/neighbourhoods", None, None)
        .await
        .expect(405);
    app.get("/api", None).await.expect(404);
}
