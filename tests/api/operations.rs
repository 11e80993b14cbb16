use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn healthz_and_readyz_answer() {
    let app = spawn_app().await;
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = app.get("/readyz", None).await.expect(200);
    assert_eq!(ready["database"], "ok");
    let expected_redis = if std::env::var("TEST_REDIS_URL").is_ok() {
        "ok"
    } else {
        "not_configured"
    };
    assert_eq!(ready["redis"], expected_redis);
    // The embedded default keeps photos in the data folder (the object store's readiness is
    // tested against a real S3 server in tests/cluster/storage.rs).
    assert_eq!(ready["photo_storage"], "local");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = spawn_app().await;
    let answer = app.get("/api/v1/neighbourhoods", None).await;
    let id = answer
        .headers
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok());
}

#[tokio::test]
async fn a_generated_jwt_secret_is_stored_privately_and_reused() {
    let app = spawn_app_with(|s| s.jwt_secret = None).await;
    let path = app.settings.data_dir.join("jwt-secret");
    let secret = std::fs::read_to_string(&path).unwrap();
    assert!(secret.len() >= 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let user = app.new_user("Ivy").await;
    app.get("/api/v1/me", Some(&user.token)).await.expect(200);
}

#[tokio::test]
async fn the_front_end_is_served_with_a_fallback_for_client_routes() {
    let frontend = tempfile::tempdir().unwrap();
    std::fs::write(
        frontend.path().join("index.html"),
        "<!doctype html><title>CG</title>",
    )
    .unwrap();
    std::fs::write(frontend.path().join("app.js"), "console.log('hi')").unwrap();
    let dir = frontend.path().to_path_buf();
    let app = spawn_app_with(move |s| s.frontend_dir = dir).await;

    let index = app
        .client
        .get(app.url("/neighbourhoods/some-client-route"))
        .send()
        .await
        .unwrap();
    assert_eq!(index.status(), 200);
    assert!(index.text().await.unwrap().contains("<title>CG</title>"));
    let js = app.client.get(app.url("/app.js")).send().await.unwrap();
    assert_eq!(js.status(), 200);
    // Unknown API routes never fall back to the page.
    app.get("/api/v1/no-such-thing", None).await.expect(404);
}

#[tokio::test]
async fn the_demo_loads_a_realistic_world_once() {
    let app = spawn_app().await;
    let first = commonground::demo::load(&app.db, &app.live, &app.settings.data_dir)
        .await
        .unwrap();
    assert!(first.created);
    assert_eq!(first.accounts.len(), 14);
    assert!(
        !commonground::demo::load(&app.db, &app.live, &app.settings.data_dir)
            .await
            .unwrap()
            .created
    );

    let list = app.get("/api/v1/neighbourhoods", None).await.expect(200);
    let counts: Vec<(String, i64)> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["name"].as_str().unwrap().to_owned(),
                n["member_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("Mill Lane & Canal Side".to_owned(), 6),
            ("Orchard Estate".to_owned(), 3)
        ]
    );
    let mill_lane = list["items"][0]["id"].as_str().unwrap().to_owned();
    let issues = app
        .get(&format!("/api/v1/neighbourhoods/{mill_lane}/issues"), None)
        .await
        .expect(200);
    assert_eq!(
        issues["items"].as_array().unwrap().len(),
        1,
        "the two pothole reports pooled"
    );
    assert_eq!(issues["items"][0]["supporters_count"], 2);
    let tokens = app
        .login(
            "admin@demo.commonground.example",
            commonground::demo::DEMO_PASSWORD,
        )
        .await
        .expect(200);
    let me = app
        .get("/api/v1/me", tokens["access_token"].as_str())
        .await
        .expect(200);
    assert_eq!(me["is_platform_admin"], true);
}

/// The value of the first sample line starting with `prefix` (labels included), or 0.
fn sample(metrics: &str, prefix: &str) -> f64 {
    metrics
        .lines()
        .find(|l| l.starts_with(prefix))
        .and_then(|l| l.rsplit_once(' '))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn metrics_serve_prometheus_text_and_count_requests_by_route_pattern() {
    let app = spawn_app().await;
    let read = || async {
        let response = app.client.get(app.url("/metrics")).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(response
            .headers()
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4"));
        response.text().await.unwrap()
    };
    let route = r#"commonground_http_requests_total{method="GET",route="/api/v1/neighbourhoods/{id}",status="404"}"#;
    let before = sample(&read().await, route);
    for _ in 0..3 {
        let id = uuid::Uuid::now_v7();
        app.get(&format!("/api/v1/neighbourhoods/{id}"), None)
            .await
            .expect(404);
    }
    let text = read().await;
    assert!(
        sample(&text, route) >= before + 3.0,
        "counted by pattern, not path"
    );
    assert!(text.contains(
        r#"commonground_http_request_duration_seconds_bucket{method="GET",route="/api/v1/neighbourhoods/{id}","#
    ));
    assert!(sample(&text, r#"commonground_db_pool_connections{state="open"}"#) >= 1.0);
    for name in [
        "commonground_live_connections",
        "commonground_live_events_published_total",
        "commonground_live_events_delivered_total",
        "commonground_live_bus_lag_seconds_count",
    ] {
        assert!(text.contains(name), "{name} missing");
    }

    // Creating a neighbourhood publishes an event.
    let published = sample(&text, "commonground_live_events_published_total");
    let ana = app.new_user("Ana").await;
    app.new_neighbourhood(&ana, "Elm Street", serde_json::json!({}))
        .await;
    let after = read().await;
    assert!(sample(&after, "commonground_live_events_published_total") > published);
}

#[tokio::test]
async fn with_a_token_the_metrics_need_it() {
    let app = spawn_app_with(|s| {
        s.metrics_token = Some(secrecy::SecretString::from("scrape-secret"));
    })
    .await;
    app.get("/metrics", None).await.expect(401);
    app.get("/metrics", Some("wrong")).await.expect(401);
    let response = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("scrape-secret")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("commonground_http_requests_total"));
}

#[tokio::test]
async fn the_client_configuration_carries_the_configured_lease_warning() {
    let app = spawn_app_with(|s| s.lease_warning_hours = 5).await;
    let config = app.get("/api/v1/client-config", None).await.expect(200);
    assert_eq!(config["lease_warning_hours"], 5);
    assert!(config["map"]["tile_url"].is_string());
    assert_eq!(config["report_limits"]["answer_chars"], 1000);
    // Nothing imported, nothing to credit.
    assert_eq!(config["place_attributions"], serde_json::json!([]));
}
