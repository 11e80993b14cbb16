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

/// Every operation has its own id: generated clients key operations by it, and utoipa's default
/// (the handler's name) repeats across resources (`list`, `create`).
#[tokio::test]
async fn every_operation_has_a_unique_id() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let mut operations_by_id: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            operations_by_id
                .entry(id.to_owned())
                .or_default()
                .push(format!("{} {path}", method.to_uppercase()));
        }
    }
    assert!(operations_by_id.len() >= 25, "too few operations found");
    let repeated: Vec<_> = operations_by_id
        .iter()
        .filter(|(_, operations)| operations.len() > 1)
        .collect();
    assert!(
        repeated.is_empty(),
        "operation ids used more than once: {repeated:?}"
    );
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

/// The typed contract the front end generates its types from: every live event kind and every
/// notification kind is described, with the names clients rely on.
#[tokio::test]
async fn the_document_describes_every_live_event_and_notification_kind() {
    use commonground::domain::notification::NotificationKind;

    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let schemas = &doc["components"]["schemas"];
    for name in [
        "LiveEvent",
        "NeighbourhoodEvent",
        "UserEvent",
        "DashboardEvent",
        "RestrictedEvent",
        "EventView",
        "ServerMessage",
        "ClientMessage",
        "Notice",
        "NotificationKind",
        "Notification",
    ] {
        assert!(schemas.get(name).is_some(), "no {name} schema");
    }
    // The event kinds, as the `kind` enums of the tagged unions list them.
    let mut kinds = BTreeSet::new();
    for union in ["NeighbourhoodEvent", "UserEvent", "DashboardEvent"] {
        for variant in schemas[union]["oneOf"].as_array().unwrap() {
            let kind = variant["properties"]["kind"]["enum"][0].as_str().unwrap();
            assert!(kinds.insert(kind.to_owned()), "{kind} twice");
        }
    }
    for kind in [
        "member.joined",
        "issue.status_changed",
        "task.claim_extended",
        "post.flagged",
        "notification",
        "notifications.read",
        "dashboard.changed",
    ] {
        assert!(kinds.contains(kind), "{kind} undocumented: {kinds:?}");
    }
    assert!(kinds.len() >= 52, "{} kinds", kinds.len());
    // Every notification kind the server has, and only those.
    let expected: Vec<&str> = NotificationKind::all().map(|k| k.as_str()).collect();
    assert_eq!(
        schemas["NotificationKind"]["enum"],
        serde_json::json!(expected)
    );
    let notice = schemas["Notice"].to_string();
    for kind in &expected {
        assert!(
            notice.contains(&format!("\"{kind}\"")),
            "Notice lacks {kind}"
        );
    }
    assert!(expected.contains(&"mentioned") && !expected.contains(&"mention"));
    // The inbox and the preferences name the kinds by that enum.
    let view = schemas["NotificationView"].to_string();
    assert!(
        view.contains("#/components/schemas/NotificationKind"),
        "{view}"
    );
    assert!(view.contains("#/components/schemas/Notification"), "{view}");
    // And the client configuration carries the lease warning.
    assert!(schemas["ClientConfig"]["properties"]
        .get("lease_warning_hours")
        .is_some());
}

/// Request strings that may have no `maxLength`, and why. Everything else a client sends as text
/// must state its bound (`src/routes/bounds.rs`), so a field added without one fails here.
const UNBOUNDED_REQUEST_STRINGS: &[(&str, &str)] = &[
    // Open311 lookups: matched by equality against stored ids, codes and dates and never stored;
    // the URL and body limits bound them, and the GeoReport v2 specification fixes their names.
    (
        "jurisdiction_id",
        "Open311 lookup key, compared, never stored",
    ),
    (
        "service_request_id",
        "Open311 comma-separated id list, compared, never stored",
    ),
    (
        "/open311/v2/requests.{format} service_code",
        "Open311 comma-separated code list",
    ),
    (
        "/open311/v2/requests.{format} status",
        "Open311 comma-separated status list",
    ),
    (
        "start_date",
        "Open311 date, parsed (400 when it is not one)",
    ),
    ("end_date", "Open311 date, parsed (400 when it is not one)"),
    (
        "/open311/v2/requests/{id}.{format} id",
        "Open311 id, parsed (404 when unknown)",
    ),
    (
        "/open311/v2/tokens/{token}.{format} token",
        "Open311 token, parsed (404 when unknown)",
    ),
];

fn is_excepted(path: &str, name: &str) -> bool {
    UNBOUNDED_REQUEST_STRINGS
        .iter()
        .any(|(target, _)| *target == name || *target == format!("{path} {name}"))
}

/// Every string a request can carry, as `(where, schema)`: parameters, and body properties at any
/// depth (through `$ref`s, arrays and nullable unions).
fn request_strings(doc: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    fn resolve<'a>(
        doc: &'a serde_json::Value,
        schema: &'a serde_json::Value,
    ) -> &'a serde_json::Value {
        match schema["$ref"].as_str() {
            Some(reference) => {
                let name = reference.rsplit('/').next().unwrap();
                &doc["components"]["schemas"][name]
            }
            None => schema,
        }
    }
    fn walk(
        doc: &serde_json::Value,
        schema: &serde_json::Value,
        at: &str,
        depth: usize,
        out: &mut Vec<(String, serde_json::Value)>,
    ) {
        assert!(depth < 12, "schema nesting too deep at {at}");
        let schema = resolve(doc, schema);
        for key in ["oneOf", "anyOf", "allOf"] {
            for branch in schema[key].as_array().into_iter().flatten() {
                walk(doc, branch, at, depth + 1, out);
            }
        }
        let types: Vec<&str> = match &schema["type"] {
            serde_json::Value::String(t) => vec![t.as_str()],
            serde_json::Value::Array(ts) => ts.iter().filter_map(|t| t.as_str()).collect(),
            _ => vec![],
        };
        if types.contains(&"string") {
            out.push((at.to_owned(), schema.clone()));
        }
        if types.contains(&"array") {
            walk(doc, &schema["items"], &format!("{at}[]"), depth + 1, out);
        }
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            walk(doc, property, &format!("{at}.{name}"), depth + 1, out);
        }
    }
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                let name = parameter["name"].as_str().unwrap();
                if is_excepted(path, name) {
                    continue;
                }
                walk(
                    doc,
                    &parameter["schema"],
                    &format!("{method} {path} {name}"),
                    0,
                    &mut out,
                );
            }
            for (media, content) in operation["requestBody"]["content"]
                .as_object()
                .into_iter()
                .flatten()
            {
                let mut found = Vec::new();
                let at = format!("{method} {path} body ({media})");
                walk(doc, &content["schema"], &at, 0, &mut found);
                out.extend(found.into_iter().filter(|(at, _)| {
                    let property = at.rsplit('.').next().unwrap_or_default();
                    !is_excepted(path, property)
                }));
            }
        }
    }
    out
}

#[tokio::test]
async fn every_request_string_states_its_maximum_length() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let strings = request_strings(&doc);
    assert!(
        strings.len() >= 80,
        "found only {} request strings",
        strings.len()
    );
    let unbounded: Vec<_> = strings
        .iter()
        .filter(|(_, schema)| {
            let is_choice = schema["enum"].is_array();
            let is_fixed_format = matches!(
                schema["format"].as_str(),
                Some("uuid" | "date-time" | "date" | "binary")
            );
            schema["maxLength"].as_u64().is_none() && !is_choice && !is_fixed_format
        })
        .map(|(at, _)| at.as_str())
        .collect();
    assert!(
        unbounded.is_empty(),
        "request strings without maxLength (bound them in src/routes/bounds.rs, or list a \
         justified exception here): {unbounded:#?}"
    );
}

#[tokio::test]
async fn the_documented_bounds_are_the_ones_the_server_enforces() {
    let app = spawn_app().await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let schemas = &doc["components"]["schemas"];
    let register = &schemas["RegisterRequest"]["properties"];
    let max_name = register["display_name"]["maxLength"].as_u64().unwrap() as usize;
    assert_eq!(register["email"]["format"], "email");
    let min_password = register["password"]["minLength"].as_u64().unwrap() as usize;

    // One past the documented bound is refused; at the bound it is accepted.
    let too_long = serde_json::json!({
        "email": "bounds@example.org",
        "display_name": "n".repeat(max_name + 1),
        "password": "p".repeat(min_password),
    });
    let refused = app.post("/api/v1/auth/register", None, too_long).await;
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    assert!(refused.body["errors"]["display_name"].is_array());
    let at_bound = serde_json::json!({
        "email": "bounds@example.org",
        "display_name": "n".repeat(max_name),
        "password": "p".repeat(min_password),
    });
    app.post("/api/v1/auth/register", None, at_bound)
        .await
        .expect(202);

    let limit = doc["paths"]["/api/v1/neighbourhoods"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "limit")
        .unwrap()["schema"]
        .clone();
    let max_limit = limit["maximum"].as_u64().unwrap();
    assert_eq!(limit["minimum"], 1);
    app.get(&format!("/api/v1/neighbourhoods?limit={max_limit}"), None)
        .await
        .expect(200);
    let over = app
        .get(
            &format!("/api/v1/neighbourhoods?limit={}", max_limit + 1),
            None,
        )
        .await;
    assert_eq!(over.status, 422);

    let cursor = doc["paths"]["/api/v1/neighbourhoods"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "cursor")
        .unwrap()["schema"]["maxLength"]
        .as_u64()
        .unwrap() as usize;
    let long_cursor = app
        .get(
            &format!("/api/v1/neighbourhoods?cursor={}", "A".repeat(cursor + 1)),
            None,
        )
        .await;
    assert_eq!(long_cursor.status, 400);

    let reaction = &schemas["ReactionRequest"]["properties"]["reaction"]["enum"];
    assert!(reaction.as_array().unwrap().iter().any(|r| r == "👍"));
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
