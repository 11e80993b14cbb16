//! How the built front end is served: hashed assets precompressed and cached for a year, the page
//! revalidated with its inline app-shell style allowed by hash, source maps never served.

use std::path::Path;

use crate::helpers::{spawn_app_with, TestApp};

const ASSET: &str = "/assets/index-AbC123xy.js";
const SHELL_CSS: &str = "body{margin:0}";

/// A front-end build as `npm run build` leaves it: the page, a hashed script with its brotli and
/// gzip siblings (distinct bytes, so the test sees which was sent) and its source map, and a map
/// outside `/assets`.
fn built_frontend(dir: &Path) {
    let assets = dir.join("assets");
    std::fs::create_dir_all(&assets).unwrap();
    std::fs::create_dir_all(dir.join("vendor")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!("<!doctype html><style>{SHELL_CSS}</style><p>Loading…</p>"),
    )
    .unwrap();
    std::fs::write(assets.join("index-AbC123xy.js"), "console.log('plain')").unwrap();
    std::fs::write(assets.join("index-AbC123xy.js.br"), b"brotli bytes").unwrap();
    std::fs::write(assets.join("index-AbC123xy.js.gz"), b"gzip bytes").unwrap();
    std::fs::write(assets.join("index-AbC123xy.js.map"), "{\"sources\":[]}").unwrap();
    std::fs::write(dir.join("vendor").join("lib.js.map"), "{}").unwrap();
    std::fs::write(dir.join("vendor").join("lib.js"), "var lib").unwrap();
}

async fn app_with_frontend() -> (TestApp, tempfile::TempDir) {
    let frontend = tempfile::tempdir().unwrap();
    built_frontend(frontend.path());
    let dir = frontend.path().to_path_buf();
    (
        spawn_app_with(move |s| s.frontend_dir = dir).await,
        frontend,
    )
}

async fn get(app: &TestApp, path: &str, accept_encoding: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url(path));
    if let Some(value) = accept_encoding {
        request = request.header("accept-encoding", value);
    }
    request.send().await.unwrap()
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
}

#[tokio::test]
async fn hashed_assets_are_sent_precompressed_and_cached_for_a_year() {
    let (app, _frontend) = app_with_frontend().await;
    for (accept, encoding, body) in [
        (Some("gzip, deflate, br, zstd"), Some("br"), "brotli bytes"),
        (Some("gzip"), Some("gzip"), "gzip bytes"),
        (None, None, "console.log('plain')"),
        (Some("identity"), None, "console.log('plain')"),
    ] {
        let answer = get(&app, ASSET, accept).await;
        assert_eq!(answer.status(), 200, "{accept:?}");
        assert_eq!(
            header(&answer, "cache-control").as_deref(),
            Some("public, max-age=31536000, immutable"),
            "{accept:?}"
        );
        assert_eq!(header(&answer, "content-encoding").as_deref(), encoding);
        assert_eq!(
            header(&answer, "vary").as_deref(),
            Some("accept-encoding"),
            "{accept:?}"
        );
        assert!(
            header(&answer, "content-type")
                .unwrap()
                .contains("javascript"),
            "{accept:?}"
        );
        // The file as the build wrote it: not compressed again by the server (level 1) on the way.
        assert_eq!(answer.text().await.unwrap(), body, "{accept:?}");
    }
}

#[tokio::test]
async fn the_page_is_revalidated_and_allows_only_its_own_inline_style() {
    let (app, _frontend) = app_with_frontend().await;
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(SHELL_CSS));
    for path in ["/", "/index.html", "/neighbourhoods/some-route"] {
        let page = get(&app, path, Some("gzip, br")).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(
            header(&page, "cache-control").as_deref(),
            Some("no-cache"),
            "{path}"
        );
        let policy = header(&page, "content-security-policy").unwrap();
        assert!(
            policy.contains(&format!("style-src 'self' 'sha256-{hash}';")),
            "{path}: {policy}"
        );
        assert!(policy.contains("script-src 'self';"), "{policy}");
        assert!(!policy.contains("unsafe"), "{policy}");
        assert!(page.text().await.unwrap().contains("Loading…"), "{path}");
    }
}

#[tokio::test]
async fn source_maps_and_missing_assets_are_404_not_the_page() {
    let (app, _frontend) = app_with_frontend().await;
    for path in [
        "/assets/index-AbC123xy.js.map",
        "/vendor/lib.js.map",
        "/assets/missing-XyZ.js",
        "/assets/index-AbC123xy.js.br",
        "/assets/.hidden",
        "/assets/..%2findex.html",
        "/no-such.js.map",
    ] {
        let answer = get(&app, path, Some("gzip, br")).await;
        assert_eq!(answer.status(), 404, "{path}");
        assert_eq!(
            header(&answer, "content-type").as_deref(),
            Some("application/problem+json"),
            "{path}"
        );
        let body = answer.text().await.unwrap();
        assert!(
            !body.contains("sources") && !body.contains("Loading"),
            "{path}: {body}"
        );
    }
    // Other files of the build are still served as before.
    let lib = get(&app, "/vendor/lib.js", None).await;
    assert_eq!(lib.status(), 200);
    assert_eq!(lib.text().await.unwrap(), "var lib");
}

#[tokio::test]
async fn the_page_carries_the_deployments_default_language_and_still_revalidates() {
    let frontend = tempfile::tempdir().unwrap();
    built_frontend(frontend.path());
    std::fs::write(
        frontend.path().join("index.html"),
        format!("<!doctype html><html lang=\"en-GB\"><style>{SHELL_CSS}</style><p>Loading…</p>"),
    )
    .unwrap();
    let dir = frontend.path().to_path_buf();
    let app = spawn_app_with(move |s| {
        s.frontend_dir = dir;
        s.default_locale = commonground::i18n::Locale::Pl;
    })
    .await;
    for path in ["/", "/neighbourhoods/some-route"] {
        let page = get(&app, path, None).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(header(&page, "cache-control").as_deref(), Some("no-cache"));
        let etag = header(&page, "etag").expect("an ETag");
        let html = page.text().await.unwrap();
        assert!(
            html.contains("<html lang=\"pl\" data-default-locale=\"pl\">"),
            "{html}"
        );
        let again = app
            .client
            .get(app.url(path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
    // The English default leaves the page as built.
    let dir = frontend.path().to_path_buf();
    let english = spawn_app_with(move |s| s.frontend_dir = dir).await;
    let html = get(&english, "/", None).await.text().await.unwrap();
    assert!(html.contains("<html lang=\"en-GB\">"), "{html}");
}
