//! Exact protocol answers: 405 with `Allow`, the security policy headers, `robots.txt`.

use reqwest::Method;

use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn a_known_route_asked_with_another_method_answers_405_with_allow() {
    let app = spawn_app().await;
    let issue = "/api/v1/issues/0190a8c0-0000-7000-8000-000000000000";
    for (method, path, allow) in [
        (Method::DELETE, "/api/v1/auth/login", "POST"),
        (Method::PUT, "/api/v1/me", "GET, PATCH"),
        (Method::POST, issue, "GET"),
        (Method::PATCH, "/open311/v2/requests.json", "GET, POST"),
        (Method::DELETE, "/api/v1/live", "GET"),
        (Method::POST, "/robots.txt", "GET"),
    ] {
        let answer = app.call(method.clone(), path, None, None).await;
        let allowed = answer.headers["allow"].to_str().unwrap().to_owned();
        let body = answer.expect(405);
        assert_eq!(allowed, allow, "{method} {path}");
        assert!(body["detail"].as_str().unwrap().contains(allow));
    }
    // Unknown addresses are still 404.
    app.call(Method::DELETE, "/api/v1/no-such-thing", None, None)
        .await
        .expect(404);
}

#[tokio::test]
async fn the_app_and_the_docs_page_carry_a_strict_content_security_policy() {
    let frontend = tempfile::tempdir().unwrap();
    std::fs::write(frontend.path().join("index.html"), "<!doctype html>").unwrap();
    let dir = frontend.path().to_path_buf();
    let app = spawn_app_with(move |s| {
        s.frontend_dir = dir;
        s.map_tile_url = "https://tiles.example.net/{z}/{x}/{y}.png".into();
    })
    .await;
    let csp = |response: &reqwest::Response| {
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned()
    };
    let page = app.client.get(app.url("/issues/1")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let policy = csp(&page);
    assert!(policy.contains("default-src 'self'"), "{policy}");
    assert!(policy.contains("script-src 'self';"), "{policy}");
    assert!(policy.contains("https://tiles.example.net"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe"), "{policy}");

    let docs = app.client.get(app.url("/api/docs")).send().await.unwrap();
    let policy = csp(&docs);
    let html = docs.text().await.unwrap();
    assert!(policy.contains("script-src 'self' 'sha256-"), "{policy}");
    assert!(!policy.contains("unsafe-eval") && !policy.contains("script-src *"));
    // The one inline script is the one the hash allows.
    let script = html
        .split("<script>")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script));
    assert!(policy.contains(&format!("'sha256-{hash}'")), "{policy}");
}

#[tokio::test]
async fn robots_txt_is_text_that_keeps_crawlers_out_of_the_api() {
    let frontend = tempfile::tempdir().unwrap();
    std::fs::write(frontend.path().join("index.html"), "<!doctype html>").unwrap();
    let dir = frontend.path().to_path_buf();
    let app = spawn_app_with(move |s| s.frontend_dir = dir).await;
    let robots = app.client.get(app.url("/robots.txt")).send().await.unwrap();
    assert_eq!(robots.status(), 200);
    assert_eq!(
        robots.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    let text = robots.text().await.unwrap();
    assert!(text.starts_with("User-agent: *\n"));
    assert!(text.contains("Disallow: /api/\n") && !text.contains("<html"));
}

#[tokio::test]
async fn the_service_worker_and_manifest_are_served_for_installing_and_always_revalidated() {
    let frontend = tempfile::tempdir().unwrap();
    std::fs::write(frontend.path().join("index.html"), "<!doctype html>").unwrap();
    std::fs::write(
        frontend.path().join("sw.js"),
        "self.addEventListener('fetch', () => {});",
    )
    .unwrap();
    std::fs::write(
        frontend.path().join("manifest.webmanifest"),
        r#"{"name":"Commonground"}"#,
    )
    .unwrap();
    let dir = frontend.path().to_path_buf();
    let app = spawn_app_with(move |s| s.frontend_dir = dir).await;
    for (path, content_type, start) in [
        (
            "/sw.js",
            "text/javascript; charset=utf-8",
            "self.addEventListener",
        ),
        (
            "/manifest.webmanifest",
            "application/manifest+json",
            "{\"name\"",
        ),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert!(response.text().await.unwrap().starts_with(start), "{path}");
    }
}

#[tokio::test]
async fn without_a_built_front_end_the_service_worker_is_a_problem_not_the_app_shell() {
    let app = spawn_app().await;
    let answer = app.get("/sw.js", None).await.expect(404);
    assert!(answer["detail"].as_str().unwrap().contains("sw.js"));
}
