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
    let first = commonground::demo::load(&app.db, &app.live).await.unwrap();
    assert!(first.created);
    assert_eq!(first.accounts.len(), 14);
    assert!(
        !commonground::demo::load(&app.db, &app.live)
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
