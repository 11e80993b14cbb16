//! The OpenAPI document must describe exactly the routes the server has.

use std::collections::BTreeSet;

use crate::helpers::spawn_app;

/// `(METHOD, path)` for every actix route macro in `src/routes`.
fn routes_in_source() -> BTreeSet<(String, String)> {
    let pattern = regex::Regex::new(r#"#\[(get|post|put|patch|delete)\("([^"]+)"\)\]"#).unwrap();
    let mut routes = BTreeSet::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/routes")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for capture in pattern.captures_iter(&source) {
            routes.insert((capture[1].to_uppercase(), capture[2].to_owned()));
        }
    }
    routes
}

#[tokio::test]
async fn every_route_is_in_the_openapi_document_and_every_documented_route_exists() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.to_uppercase(), path.clone()));
        }
    }
    let in_source = routes_in_source();
    assert!(
        in_source.len() >= 25,
        "found only {} routes in source",
        in_source.len()
    );
    let undocumented: Vec<_> = in_source.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from the OpenAPI document: {undocumented:?}"
    );

    // Every documented operation is actually routed: it never answers "there is no such route".
    let some_id = uuid::Uuid::now_v7().to_string();
    let placeholder = regex::Regex::new(r"\{[a-z_]+\}").unwrap();
    for (method, path) in &documented {
        let concrete = placeholder.replace_all(path, some_id.as_str());
        let answer = app
            .call(method.parse().unwrap(), &concrete, None, None)
            .await;
        let detail = answer.body["detail"].as_str().unwrap_or_default();
        assert!(
            !detail.starts_with("There is no"),
            "{method} {path} is documented but not routed"
        );
    }
}

#[tokio::test]
async fn the_interactive_docs_page_points_at_the_document() {
    let app = spawn_app().await;
    let page = app.client.get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("/api/v1/openapi.json"));
}

#[tokio::test]
async fn every_schema_reference_resolves() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let text = doc.to_string();
    let reference = regex::Regex::new(r"#/components/schemas/([A-Za-z0-9_.]+)").unwrap();
    let dangling: BTreeSet<_> = reference
        .captures_iter(&text)
        .map(|c| c[1].to_owned())
        .filter(|name| !schemas.contains_key(name))
        .collect();
    assert!(dangling.is_empty(), "dangling $refs: {dangling:?}");
}

#[tokio::test]
async fn errors_are_declared_as_problem_documents_with_the_statuses_each_operation_can_answer() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let responses = operation["responses"].as_object().unwrap();
            let declares = |status: &str| responses.contains_key(status);
            for (status, response) in responses {
                if status.as_str() < "400" {
                    continue;
                }
                let media: Vec<_> = response["content"]
                    .as_object()
                    .map(|c| c.keys().cloned().collect())
                    .unwrap_or_default();
                if path.starts_with("/open311/") {
                    assert_eq!(
                        media,
                        ["application/json", "text/xml"],
                        "{method} {path} {status}"
                    );
                } else {
                    assert_eq!(
                        media,
                        ["application/problem+json"],
                        "{method} {path} {status}"
                    );
                }
            }
            if path.starts_with("/api/v1/") {
                assert!(declares("401"), "{method} {path} lacks 401");
            }
            if path.contains('{') {
                assert!(declares("404"), "{method} {path} lacks 404");
            }
            if operation.get("requestBody").is_some() {
                for status in ["400", "413", "415", "422"] {
                    assert!(declares(status), "{method} {path} lacks {status}");
                }
            }
            if method != "get" && path.starts_with("/api/v1/") {
                assert!(declares("429"), "{method} {path} lacks 429");
                let retry_after = &responses["429"]["headers"]["Retry-After"];
                assert!(
                    retry_after.is_object(),
                    "{method} {path}: 429 without Retry-After"
                );
            }
        }
    }
}

/// The front end generates its types offline from `commonground openapi`: that must print exactly
/// the document the running server serves, problem answers included, and nothing else.
#[tokio::test]
async fn the_openapi_subcommand_prints_the_served_document() {
    let app = spawn_app().await;
    let served = app.get("/api/v1/openapi.json", None).await.expect(200);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_commonground"))
        .arg("openapi")
        // Whatever the environment says about logging, stdout holds only the document.
        .env("RUST_LOG", "debug")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(printed, served);
    assert!(printed["paths"]["/api/v1/issues/{id}"]["get"]["responses"]["404"].is_object());
}
