//! Hostile text on every route: NUL, control characters, lone carriage returns, bidi-only names,
//! very long strings, invalid UTF-8 and crafted cursors are a 4xx (problem+json, or Open311's
//! own format), never a 500; clean text is stored normalised (CRLF to LF, NFC).

use actix_web::ResponseError;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use commonground::error::AppError;
use reqwest::Method;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{json, Map, Value};

use crate::helpers::{id_of, spawn_app, TestApp, TestUser};

/// Text the policy refuses anywhere: the answer must be a 4xx problem.
const REFUSED: [(&str, &str); 5] = [
    ("NUL", "nul\u{0}byte"),
    ("bell (C0)", "bell\u{7}"),
    ("escape (C0)", "esc\u{1b}[31m"),
    ("DEL", "del\u{7f}"),
    ("NEL (C1)", "next\u{85}line"),
];

/// Text that may be accepted or refused by a route's own rules, but never with a 5xx.
fn tolerated() -> Vec<(&'static str, String)> {
    vec![
        ("lone CR", "lone\rreturn".to_owned()),
        ("CRLF", "two\r\nlines".to_owned()),
        ("bidi only", "\u{202E}\u{200B}\u{2066}".to_owned()),
        ("decomposed", "Cafe\u{301} Zażółć حي 🚲".to_owned()),
        ("very long", "x".repeat(100_000)),
    ]
}

/// URLs are bounded (the HTTP client refuses very long ones), so text in them is shorter.
fn for_url(text: &str) -> &str {
    &text[..text.len().min(4_000)]
}

/// A neighbourhood coordinated by a platform admin who is also staff of the council serving it,
/// with a member, a category, an issue, a task with a claim, a thread with a post and an API
/// key, so most routes get past authorization to the code that uses the text.
struct Scene {
    admin: TestUser,
    member: TestUser,
    /// Path segment before an `{id}` -> the id to put there.
    ids: Vec<(&'static str, String)>,
    api_key: String,
}

impl Scene {
    fn id_after(&self, segment: &str) -> String {
        self.ids
            .iter()
            .find(|(s, _)| *s == segment)
            .map_or_else(|| uuid::Uuid::now_v7().to_string(), |(_, id)| id.clone())
    }
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.new_admin().await;
    let member = app.new_user("Ben").await;
    let hood = id_of(&app.new_neighbourhood(&admin, "Elm Street", json!({})).await);
    app.join(&member, &hood).await;
    let org = app
        .serving_organisation(&admin, "Riverside Council", &admin.email, &hood)
        .await;
    let category = id_of(
        &app.post(
            &format!("/api/v1/organisations/{org}/categories"),
            Some(&admin.token),
            json!({"code": "pothole", "name": "Pothole", "group": "Streets"}),
        )
        .await
        .expect(201),
    );
    let report = app
        .post(
            &format!("/api/v1/neighbourhoods/{hood}/reports"),
            Some(&member.token),
            json!({"category_id": category, "location": {"lat": 51.5, "lon": -0.1}, "description": "Deep pothole"}),
        )
        .await
        .expect(201);
    let task = id_of(
        &app.post(
            &format!("/api/v1/neighbourhoods/{hood}/tasks"),
            Some(&admin.token),
            json!({"title": "Litter pick", "description": "Bags provided", "slots": 3}),
        )
        .await
        .expect(201),
    );
    let claim = id_of(
        &app.post_empty(&format!("/api/v1/tasks/{task}/claim"), Some(&member.token))
            .await
            .expect(201),
    );
    let thread = id_of(
        &app.post(
            &format!("/api/v1/neighbourhoods/{hood}/threads"),
            Some(&admin.token),
            json!({"title": "Street party", "body": "Who is in?"}),
        )
        .await
        .expect(201),
    );
    let post = id_of(
        &app.post(
            &format!("/api/v1/threads/{thread}/posts"),
            Some(&member.token),
            json!({"body": "Me!"}),
        )
        .await
        .expect(201),
    );
    let key = app
        .post(
            &format!("/api/v1/organisations/{org}/api-keys"),
            Some(&admin.token),
            json!({"name": "FixMyStreet"}),
        )
        .await
        .expect(201);
    let issue = report["issue"]["id"].as_str().unwrap().to_owned();
    let report_id = report["report_id"].as_str().unwrap().to_owned();
    Scene {
        ids: vec![
            ("neighbourhoods", hood.clone()),
            ("neighbourhood_id", hood),
            ("organisations", org),
            ("categories", category.clone()),
            ("category_id", category),
            ("issues", issue.clone()),
            ("issue_id", issue),
            ("reports", report_id),
            ("tasks", task),
            ("claims", claim),
            ("threads", thread),
            ("posts", post),
            ("key_id", key["id"].as_str().unwrap_or_default().to_owned()),
            ("user_id", member.id.to_string()),
        ],
        api_key: key["api_key"].as_str().unwrap().to_owned(),
        admin,
        member,
    }
}

/// One documented operation.
struct Operation {
    method: Method,
    /// The path template, e.g. `/api/v1/tasks/{id}`.
    template: String,
    /// A plausible JSON body built from the schema, when the operation takes one.
    body: Option<Value>,
    /// Names of string query parameters.
    query: Vec<String>,
    /// Names of string path parameters that are not ids (`subject`, `token`, `service_code`).
    text_path: Vec<String>,
}

fn operations(doc: &Value) -> Vec<Operation> {
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let strings_in = |place: &str| -> Vec<String> {
                params
                    .iter()
                    .filter(|p| p["in"] == place && is_text(doc, &p["schema"]))
                    .map(|p| p["name"].as_str().unwrap().to_owned())
                    .collect()
            };
            let body = op["requestBody"]["content"]["application/json"]["schema"].clone();
            ops.push(Operation {
                method: method.to_uppercase().parse().unwrap(),
                template: path.clone(),
                body: (!body.is_null()).then(|| example(doc, &body, "")),
                query: strings_in("query"),
                text_path: strings_in("path")
                    .into_iter()
                    .filter(|name| name != "format")
                    .collect(),
            });
        }
    }
    // Reads first, removals last, so the scene lasts as long as it can.
    let rank = |op: &Operation| {
        let destructive = [
            "cancel",
            "leave",
            "logout",
            "members/{user_id}",
            "staff/{user_id}",
        ]
        .iter()
        .any(|word| op.template.contains(word));
        match op.method {
            Method::GET => 0,
            Method::DELETE => 3,
            _ if destructive => 2,
            _ => 1,
        }
    };
    ops.sort_by_key(rank);
    ops
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap();
            resolve(doc, &doc["components"]["schemas"][name])
        }
        None => match schema["oneOf"].as_array() {
            Some(variants) => variants
                .iter()
                .map(|v| resolve(doc, v))
                .find(|v| v["type"] != "null")
                .unwrap_or(schema),
            None => schema,
        },
    }
}

/// The schema's type, the first that is not `null`.
fn type_of(schema: &Value) -> &str {
    match &schema["type"] {
        Value::String(t) => t,
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if schema["enum"].is_array() => "string",
        _ => "",
    }
}

fn is_text(doc: &Value, schema: &Value) -> bool {
    type_of(resolve(doc, schema)) == "string"
}

/// A plausible value for a schema; `name` is the property's name (coordinates, e-mail...).
fn example(doc: &Value, schema: &Value, name: &str) -> Value {
    let schema = resolve(doc, schema);
    if let Some(first) = schema["enum"].as_array().and_then(|values| values.first()) {
        return first.clone();
    }
    match type_of(schema) {
        "string" => match (schema["format"].as_str(), name) {
            (Some("uuid"), _) => json!(uuid::Uuid::now_v7()),
            (Some("date-time"), _) => {
                json!((chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339())
            }
            (_, "email") => json!("someone@example.org"),
            (_, "password" | "current_password") => json!(crate::helpers::PASSWORD),
            (_, "code") => json!("a_code"),
            _ => json!("Ordinary text"),
        },
        "integer" => json!(1),
        "number" => match name {
            "lat" => json!(51.5),
            "lon" => json!(-0.1),
            "radius_m" => json!(500.0),
            _ => json!(1.0),
        },
        "boolean" => json!(false),
        "array" => json!([example(doc, &schema["items"], name)]),
        "object" => {
            let mut fields = Map::new();
            for (key, property) in schema["properties"].as_object().into_iter().flatten() {
                // Free-form objects (a GeoJSON boundary) have no properties to fill; leave them out.
                let resolved = resolve(doc, property);
                if type_of(resolved) == "object" && resolved["properties"].is_null() {
                    continue;
                }
                fields.insert(key.clone(), example(doc, property, key));
            }
            Value::Object(fields)
        }
        _ => Value::Null,
    }
}

/// JSON paths (as lists of keys and indexes) of every string in `value`.
fn string_paths(value: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match value {
        Value::String(_) => out.push(prefix.clone()),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                prefix.push(json!(index));
                string_paths(item, prefix, out);
                prefix.pop();
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                prefix.push(json!(key));
                string_paths(item, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn replaced(body: &Value, path: &[Value], text: &str) -> Value {
    let mut body = body.clone();
    let mut target = &mut body;
    for step in path {
        target = match step {
            Value::Number(n) => &mut target[n.as_u64().unwrap() as usize],
            other => &mut target[other.as_str().unwrap()],
        };
    }
    *target = json!(text);
    body
}

fn encode(text: &str) -> String {
    url_escape(text.as_bytes())
}

fn url_escape(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (*b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The operation's path with ids filled from the scene and `text` (already URL-encoded) in
/// the text parameter `text_param`, if any.
fn concrete(scene: &Scene, template: &str, text_param: Option<(&str, &str)>) -> String {
    let placeholder = regex::Regex::new(r"\{([a-z_]+)\}").unwrap();
    let mut previous = "";
    let mut out = String::new();
    for segment in template.split('/').filter(|s| !s.is_empty()) {
        let filled = placeholder.replace_all(segment, |caps: &regex::Captures| {
            let name = &caps[1];
            match (name, text_param) {
                (_, Some((param, text))) if param == name => text.to_owned(),
                ("format", _) => "json".to_owned(),
                ("id", _) => scene.id_after(previous),
                ("subject", _) => "kind:post_reply".to_owned(),
                (other, _) => scene.id_after(other),
            }
        });
        out.push('/');
        out.push_str(&filled);
        previous = segment;
    }
    out
}

/// Sends the request; returns status and content type.
async fn send(
    app: &TestApp,
    token: &str,
    method: &Method,
    path: &str,
    body: Option<&Value>,
) -> (u16, String, String) {
    let mut request = app
        .client
        .request(method.clone(), app.url(path))
        .bearer_auth(token);
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (
        status,
        content_type,
        response.text().await.unwrap_or_default(),
    )
}

/// One hostile request: (what, the value's label, must be refused, method, URL, body).
type Hostile<'a> = (String, &'a str, bool, &'a Method, String, Option<Value>);

/// What each hostile value must get.
fn check(
    label: &str,
    refused: bool,
    where_: &str,
    (status, content_type, text): (u16, String, String),
) {
    let text: String = text.chars().take(300).collect();
    assert!(
        status < 500,
        "{label} in {where_} answered {status}: {text}"
    );
    if refused {
        assert!(
            (400..500).contains(&status),
            "{label} in {where_} was accepted ({status}): {text}"
        );
        if !where_.contains("/open311/") {
            assert_eq!(
                content_type, "application/problem+json",
                "{label} in {where_}"
            );
        }
    }
}

#[tokio::test]
async fn hostile_text_in_every_documented_string_is_refused_or_tolerated_never_a_500() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let doc = app.get("/api/v1/openapi.json", None).await.expect(200);
    let ops = operations(&doc);
    let values: Vec<(&str, String, bool)> = REFUSED
        .iter()
        .map(|(label, text)| (*label, (*text).to_owned(), true))
        .chain(
            tolerated()
                .into_iter()
                .map(|(label, text)| (label, text, false)),
        )
        .collect();
    let mut requests: Vec<Hostile> = Vec::new();
    for op in &ops {
        let path = concrete(&scene, &op.template, None);
        if let Some(body) = &op.body {
            let mut paths = Vec::new();
            string_paths(body, &mut Vec::new(), &mut paths);
            for field in &paths {
                let name_field = field
                    .last()
                    .and_then(Value::as_str)
                    .is_some_and(|k| ["name", "display_name", "title"].contains(&k));
                for (label, text, refused) in &values {
                    let refused = *refused || (name_field && *label == "bidi only");
                    let where_ = format!("{} {path} body {field:?}", op.method);
                    let hostile = Some(replaced(body, field, text));
                    requests.push((where_, label, refused, &op.method, path.clone(), hostile));
                }
            }
        }
        for (label, text, refused) in &values {
            let text = encode(for_url(text));
            for param in &op.query {
                let where_ = format!("{} {path} query {param}", op.method);
                let url = format!("{path}?{param}={text}");
                requests.push((where_, label, *refused, &op.method, url, op.body.clone()));
            }
            for param in &op.text_path {
                let where_ = format!("{} {} path {param}", op.method, op.template);
                let url = concrete(&scene, &op.template, Some((param, &text)));
                requests.push((where_, label, *refused, &op.method, url, op.body.clone()));
            }
        }
    }
    let mut tried = requests.len();
    for (where_, label, refused, method, url, body) in requests {
        let answer = send(&app, &scene.admin.token, method, &url, body.as_ref()).await;
        check(label, refused, &where_, answer);
    }
    tried += open311_form_fields(&app, &scene, &values).await;
    // The document has dozens of operations with text; a broken walk must not pass quietly.
    assert!(tried > 1_500, "only {tried} hostile requests were built");
    // The scene is still usable: nothing hostile was stored under the member's name.
    let me = app
        .get("/api/v1/me", Some(&scene.member.token))
        .await
        .expect(200);
    assert_eq!(me["display_name"], "Ben");
}

/// Open311's form POST (its body is not JSON, so the document does not list its fields).
async fn open311_form_fields(
    app: &TestApp,
    scene: &Scene,
    values: &[(&str, String, bool)],
) -> usize {
    let fields = [
        "api_key",
        "service_code",
        "description",
        "address_string",
        "first_name",
        "last_name",
        "email",
        "phone",
        "media_url",
        "attribute[depth]",
    ];
    let mut tried = 0;
    for field in fields {
        for (label, text, refused) in values {
            let mut form = vec![
                ("api_key", scene.api_key.clone()),
                ("service_code", "pothole".to_owned()),
                ("lat", "51.5".to_owned()),
                ("long", "-0.1".to_owned()),
                ("description", "Deep hole".to_owned()),
            ];
            form.retain(|(name, _)| *name != field);
            form.push((field, text.clone()));
            let response = app
                .client
                .post(app.url("/open311/v2/requests.xml"))
                .form(&form)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            let where_ = format!("POST /open311/v2/requests.xml form {field}");
            check(
                label,
                *refused,
                &where_,
                (status, String::new(), text.clone()),
            );
            // Whatever the answer, it is well-formed XML.
            roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{where_} {label}: {e}: {text}"));
            tried += 1;
        }
    }
    tried
}

#[tokio::test]
async fn invalid_utf8_in_query_bodies_and_paths_is_400() {
    let app = spawn_app().await;
    let user = app.new_user("Ana").await;
    app.get("/api/v1/neighbourhoods?q=%FF%FE", None)
        .await
        .expect(400);
    app.get("/api/v1/me/mutes/%C3%28", Some(&user.token))
        .await
        .expect(400);
    app.get("/api/v1/neighbourhoods?q=%00", None)
        .await
        .expect(422);
    let answer = app
        .raw(
            Method::POST,
            "/api/v1/neighbourhoods",
            Some(&user.token),
            Some("application/json"),
            b"{\"name\": \"Elm \xFF Street\", \"center\": {\"lat\": 51.5, \"lon\": -0.1}, \"radius_m\": 500}".to_vec(),
        )
        .await;
    answer.expect(400);
    // The media type in any case still reaches the policy.
    let nul = json!({"name": "Elm\u{0}", "center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500});
    app.raw(
        Method::POST,
        "/api/v1/neighbourhoods",
        Some(&user.token),
        Some("Application/JSON; charset=UTF-8"),
        nul.to_string().into_bytes(),
    )
    .await
    .expect(422);
    let list = app.get("/api/v1/neighbourhoods", None).await.expect(200);
    assert_eq!(list["items"], json!([]));
}

#[tokio::test]
async fn refused_text_names_the_field_by_its_json_path() {
    let app = spawn_app().await;
    let user = app.new_user("Ana").await;
    let place = json!({"center": {"lat": 51.5, "lon": -0.1}, "radius_m": 500});
    let with = |fields: Value| {
        let mut body = place.clone();
        body.as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        body
    };
    let cases = [
        (
            Method::POST,
            "/api/v1/neighbourhoods",
            with(json!({"name": "Elm Street", "description": "fine\u{0}not"})),
            "description",
            "NUL",
        ),
        (
            Method::POST,
            "/api/v1/neighbourhoods",
            with(json!({"name": "\u{200B}\u{202E}\u{2069}"})),
            "name",
            "visible",
        ),
        (
            Method::PATCH,
            "/api/v1/me",
            json!({"display_name": "Ana\u{1b}[2J"}),
            "display_name",
            "U+001B",
        ),
    ];
    for (method, path, body, field, says) in cases {
        let answer = app
            .call(method, path, Some(&user.token), Some(body))
            .await
            .expect(422);
        let message = answer["errors"][field][0].as_str().unwrap_or_default();
        assert!(message.contains(says), "{path} {field}: {answer}");
    }
}

#[tokio::test]
async fn crlf_and_lone_cr_are_stored_as_newlines_and_text_as_nfc() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let hood = scene.id_after("neighbourhoods");
    let category = scene.id_after("categories");
    let created = app
        .post(
            &format!("/api/v1/neighbourhoods/{hood}/reports"),
            Some(&scene.member.token),
            json!({"category_id": category, "location": {"lat": 51.5, "lon": -0.1},
                   "description": "First line\r\nsecond line\rthird: Cafe\u{301}"}),
        )
        .await
        .expect(201);
    let issue = created["issue"]["id"].as_str().unwrap();
    let stored = app
        .get(&format!("/api/v1/issues/{issue}"), Some(&scene.admin.token))
        .await
        .expect(200);
    let text = stored.to_string();
    assert!(
        text.contains("First line\\nsecond line\\nthird: Caf\u{e9}"),
        "description not normalised: {text}"
    );
    assert!(!text.contains("\\r"));
    // Names too: the decomposed and the composed spelling are one and the same.
    let renamed = app
        .patch(
            "/api/v1/me",
            Some(&scene.member.token),
            json!({"display_name": "Jose\u{301} Zażółć"}),
        )
        .await
        .expect(200);
    assert_eq!(renamed["display_name"], "Jos\u{e9} Zażółć");
    // And so is a search for it.
    let found = app
        .get(
            &format!("/api/v1/neighbourhoods?q={}", encode("Elm Stre\u{301}et")),
            None,
        )
        .await
        .expect(200);
    assert!(found["items"].is_array());
}

#[tokio::test]
async fn crafted_cursors_are_400_on_every_list() {
    let app = spawn_app().await;
    let scene = scene(&app).await;
    let hood = scene.id_after("neighbourhoods");
    let org = scene.id_after("organisations");
    let thread = scene.id_after("threads");
    let lists = [
        "/api/v1/neighbourhoods".to_owned(),
        "/api/v1/organisations".to_owned(),
        "/api/v1/me/notifications".to_owned(),
        format!("/api/v1/neighbourhoods/{hood}/issues"),
        format!("/api/v1/neighbourhoods/{hood}/tasks"),
        format!("/api/v1/neighbourhoods/{hood}/threads"),
        format!("/api/v1/neighbourhoods/{hood}/members"),
        format!("/api/v1/neighbourhoods/{hood}/moderation/log"),
        format!("/api/v1/organisations/{org}/triage"),
        format!("/api/v1/organisations/{org}/staff"),
        format!("/api/v1/threads/{thread}/posts"),
    ];
    let crafted = [
        json!(["Elm\u{0}Street", uuid::Uuid::now_v7()]),
        json!({"pinned": "yes", "at": "soon", "id": 7}),
        json!([1e300, "not-a-uuid"]),
        json!(18446744073709551615_u64),
        json!("\u{0}"),
    ];
    for list in &lists {
        // A date far outside what the database stores: refused, by the cursor or the database,
        // or (where the key is a name) simply a name sorting before every other.
        let ancient = json!(["-262143-01-01T00:00:00Z", uuid::Uuid::now_v7()]);
        let encoded = URL_SAFE_NO_PAD.encode(ancient.to_string());
        let answer = app
            .get(
                &format!("{list}?cursor={encoded}"),
                Some(&scene.admin.token),
            )
            .await;
        assert!(answer.status.as_u16() < 500, "{list}: {}", answer.body);
        for cursor in &crafted {
            let encoded = URL_SAFE_NO_PAD.encode(cursor.to_string());
            let answer = app
                .get(
                    &format!("{list}?cursor={encoded}"),
                    Some(&scene.admin.token),
                )
                .await;
            assert!(
                answer.status.is_client_error(),
                "{list} with cursor {cursor}: {} {}",
                answer.status,
                answer.body
            );
            answer.expect(400);
        }
    }
}

#[tokio::test]
async fn a_database_refusing_a_value_from_the_client_is_400_not_500() {
    let app = spawn_app().await;
    let backend = app.db.get_database_backend();
    let statements = match backend {
        DbBackend::Postgres => vec![
            // Invalid byte sequence (NUL), invalid text representation, numeric out of range.
            Statement::from_sql_and_values(backend, "SELECT $1::text", ["nul\u{0}byte".into()]),
            Statement::from_string(backend, "SELECT 'not a number'::integer"),
            Statement::from_string(backend, "SELECT 99999999999::integer"),
            Statement::from_string(
                backend,
                "SELECT '300000-01-01'::timestamptz + interval '10000000 years'",
            ),
        ],
        _ => vec![
            // SQLITE_TOOBIG.
            Statement::from_string(backend, "SELECT zeroblob(2000000000)"),
        ],
    };
    let mut refused = 0;
    for statement in statements {
        let sql = statement.sql.clone();
        let Err(err) = app.db.query_one(statement).await else {
            continue;
        };
        let error = AppError::from(err);
        assert_eq!(error.status_code().as_u16(), 400, "{sql}: {error:?}");
        refused += 1;
    }
    assert!(refused >= 1, "no statement was refused by the database");
}

/// Sends a raw HTTP/1.1 request and returns the status line's code and the whole answer.
async fn raw_http(app: &TestApp, request: String) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    (status, answer)
}

#[tokio::test]
async fn bodies_past_the_limit_are_413_whether_announced_or_chunked() {
    let app = crate::helpers::spawn_app_with(|s| s.body_limit_bytes = 4_096).await;
    let user = app.new_user("Ana").await;
    let head = |extra: &str| {
        format!(
            "POST /api/v1/neighbourhoods HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\n\
             Content-Type: application/json\r\nConnection: close\r\n{extra}\r\n",
            user.token
        )
    };
    // A Content-Length past the limit is refused before a byte of the body is read.
    let (status, answer) = raw_http(&app, head("Content-Length: 1000000\r\n") + "{}").await;
    assert_eq!(status, 413, "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    // Chunked, so nothing announces the size: the limit holds while reading.
    let chunk = format!("{{\"name\": \"{}\"}}", "x".repeat(1_000));
    let body: String = (0..10)
        .map(|_| format!("{:x}\r\n{chunk}\r\n", chunk.len()))
        .chain(["0\r\n\r\n".to_owned()])
        .collect();
    let (status, answer) = raw_http(&app, head("Transfer-Encoding: chunked\r\n") + &body).await;
    assert_eq!(status, 413, "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    let list = app.get("/api/v1/neighbourhoods", None).await.expect(200);
    assert_eq!(list["items"], json!([]));
}

#[tokio::test]
async fn emoji_arabic_polish_and_combining_marks_pass_through_unchanged() {
    let app = spawn_app().await;
    let user = app.new_user("Ana").await;
    for name in [
        "حي الزيتون",
        "Zażółć gęślą",
        "🚲 Bike Lane 🚦",
        "Q\u{323}\u{307}uarter",
    ] {
        let created = app
            .new_neighbourhood(&user, name, json!({"description": name}))
            .await;
        assert_eq!(created["name"], name);
        assert_eq!(created["description"], name);
    }
}
