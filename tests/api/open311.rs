//! Open311 GeoReport v2 at `/open311/v2/`: every endpoint in JSON and XML, API keys issued and
//! revoked by an organisation's managers, pooling like any report, and the specification's errors.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{id_of, spawn_app, spawn_app_with, TestApp, TestUser};

/// A public neighbourhood (and a private one) served by a council with two categories.
pub(crate) struct Council {
    org: String,
    neighbourhood: String,
    private_neighbourhood: String,
    manager: TestUser,
    resident: TestUser,
    pub(crate) key: String,
}

pub(crate) async fn council(app: &TestApp) -> Council {
    let admin = app.new_admin().await;
    let manager = app.new_user("Manager").await;
    let resident = app.new_user("Rosa").await;
    let neighbourhood = id_of(
        &app.new_neighbourhood(&resident, "Elm Street", json!({}))
            .await,
    );
    let private_neighbourhood = id_of(
        &app.new_neighbourhood(
            &resident,
            "Quiet Close",
            json!({"visibility": "private", "center": {"lat": 52.5, "lon": -1.1}}),
        )
        .await,
    );
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &manager.email)
        .await;
    for n in [&neighbourhood, &private_neighbourhood] {
        app.serve(&admin, &org, n).await;
    }
    let categories = format!("/api/v1/organisations/{org}/categories");
    app.post(
        &categories,
        Some(&manager.token),
        json!({
            "code": "pothole", "name": "Pothole", "description": "Holes in the road",
            "group": "Streets", "keywords": ["road", "hole"], "target_days": 14,
            "attributes": [
                {"code": "depth", "datatype": "number", "required": true, "description": "How deep (cm)?", "order": 2},
                {"code": "where", "datatype": "singlevaluelist", "description": "Where is it?", "order": 1,
                 "datatype_description": "Pick one", "values": [{"key": "road", "name": "Road"}, {"key": "cycle", "name": "Cycle lane"}]},
                {"code": "hazards", "datatype": "multivaluelist", "description": "Hazards", "order": 3,
                 "values": [{"key": "water", "name": "Standing water"}, {"key": "glass", "name": "Glass"}]}
            ]
        }),
    )
    .await
    .expect(201);
    app.post(
        &categories,
        Some(&manager.token),
        json!({"code": "graffiti", "name": "Graffiti", "group": "Cleanliness"}),
    )
    .await
    .expect(201);
    let issued = app
        .post(
            &format!("/api/v1/organisations/{org}/api-keys"),
            Some(&manager.token),
            json!({"name": "FixMyStreet"}),
        )
        .await
        .expect(201);
    Council {
        org,
        neighbourhood,
        private_neighbourhood,
        manager,
        resident,
        key: issued["api_key"].as_str().unwrap().to_owned(),
    }
}

struct Reply {
    status: u16,
    content_type: String,
    retry_after: Option<String>,
    text: String,
}

impl Reply {
    fn json(&self) -> Value {
        assert!(
            self.content_type.starts_with("application/json"),
            "{}",
            self.content_type
        );
        serde_json::from_str(&self.text).unwrap()
    }

    fn xml(&self) -> roxmltree::Document<'_> {
        assert!(
            self.content_type.starts_with("text/xml"),
            "{}",
            self.content_type
        );
        roxmltree::Document::parse(&self.text).unwrap()
    }

    /// The specification's error list, in whichever format was asked for.
    fn error_codes_and_descriptions(&self) -> Vec<(u16, String)> {
        if self.content_type.starts_with("text/xml") {
            let doc = self.xml();
            assert_eq!(doc.root_element().tag_name().name(), "errors");
            doc.root_element()
                .children()
                .filter(|n| n.has_tag_name("error"))
                .map(|e| (child(e, "code").parse().unwrap(), child(e, "description")))
                .collect()
        } else {
            self.json()
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["code"].as_u64().unwrap() as u16,
                        e["description"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        }
    }

    /// Asserts an error answer in the specification's format with this status.
    fn expect_error(&self, status: u16) -> String {
        assert_eq!(self.status, status, "{}", self.text);
        let errors = self.error_codes_and_descriptions();
        assert!(!errors.is_empty());
        assert!(errors
            .iter()
            .all(|(code, d)| *code == status && !d.is_empty()));
        errors[0].1.clone()
    }
}

fn child(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    node.children()
        .find(|n| n.has_tag_name(name))
        .unwrap_or_else(|| panic!("<{name}> missing"))
        .text()
        .unwrap_or_default()
        .to_owned()
}

async fn get(app: &TestApp, path: &str) -> Reply {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    reply(response).await
}

async fn post_form(app: &TestApp, format: &str, form: &[(&str, &str)]) -> Reply {
    let response = app
        .client
        .post(app.url(&format!("/open311/v2/requests.{format}")))
        .form(form)
        .send()
        .await
        .unwrap();
    reply(response).await
}

async fn reply(response: reqwest::Response) -> Reply {
    Reply {
        status: response.status().as_u16(),
        content_type: response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
        retry_after: response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        text: response.text().await.unwrap(),
    }
}

pub(crate) type Form<'a> = Vec<(&'a str, &'a str)>;

/// A valid pothole request near the neighbourhood's centre.
pub(crate) fn pothole<'a>(key: &'a str, lat: &'a str) -> Form<'a> {
    vec![
        ("api_key", key),
        ("service_code", "pothole"),
        ("lat", lat),
        ("long", "-0.1"),
        ("attribute[depth]", "12"),
        ("attribute[where]", "road"),
        ("attribute[hazards][]", "water"),
        ("attribute[hazards][]", "glass"),
        ("description", "Deep hole by the bus stop"),
        ("first_name", "Pat"),
        ("last_name", "Lee"),
        ("email", "pat.lee@example.org"),
        ("phone", "+44 117 000 0000"),
    ]
}

/// A pothole request at another point.
fn pothole_at<'a>(key: &'a str, lat: &'a str, long: &'a str) -> Form<'a> {
    let mut form = pothole(key, lat);
    for field in form.iter_mut().filter(|(k, _)| *k == "long") {
        field.1 = long;
    }
    form
}

async fn count_issues(app: &TestApp, neighbourhood: &str) -> usize {
    app.get(
        &format!("/api/v1/neighbourhoods/{neighbourhood}/issues"),
        None,
    )
    .await
    .expect(200)["items"]
        .as_array()
        .unwrap()
        .len()
}

#[tokio::test]
async fn discovery_names_the_endpoint_and_both_formats() {
    let app = spawn_app().await;
    let json = get(&app, "/open311/v2/discovery.json").await.json();
    let endpoint = &json["endpoints"][0];
    assert_eq!(
        endpoint["specification"],
        "http://wiki.open311.org/GeoReport_v2"
    );
    assert!(endpoint["url"].as_str().unwrap().ends_with("/open311/v2"));
    assert_eq!(endpoint["formats"], json!(["text/xml", "application/json"]));
    let xml = get(&app, "/open311/v2/discovery.xml").await;
    let doc = xml.xml();
    assert_eq!(doc.root_element().tag_name().name(), "discovery");
    let formats: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("format"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(formats, ["text/xml", "application/json"]);
    get(&app, "/open311/v2/discovery.csv")
        .await
        .expect_error(404);
}

#[tokio::test]
async fn services_list_the_councils_categories_in_both_formats() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let services = get(&app, "/open311/v2/services.json").await.json();
    let codes: Vec<&str> = services
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["service_code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["graffiti", "pothole"], "by group, then name");
    let pothole = &services[1];
    assert_eq!(pothole["service_name"], "Pothole");
    assert_eq!(pothole["metadata"], true);
    assert_eq!(pothole["type"], "realtime");
    assert_eq!(pothole["keywords"], "road, hole");
    assert_eq!(pothole["group"], "Streets");
    assert_eq!(services[0]["metadata"], false);

    let with_jurisdiction = get(
        &app,
        &format!("/open311/v2/services.xml?jurisdiction_id={}", c.org),
    )
    .await;
    let doc = with_jurisdiction.xml();
    let xml_services: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("service"))
        .collect();
    assert_eq!(xml_services.len(), 2);
    assert_eq!(child(xml_services[1], "service_code"), "pothole");
    assert_eq!(child(xml_services[1], "metadata"), "true");

    // An empty jurisdiction_id is the same as none; an unknown one is a 404 in either format.
    assert_eq!(
        get(&app, "/open311/v2/services.json?jurisdiction_id=")
            .await
            .json(),
        services
    );
    let unknown = format!(
        "/open311/v2/services.xml?jurisdiction_id={}",
        uuid::Uuid::now_v7()
    );
    get(&app, &unknown).await.expect_error(404);
    get(&app, "/open311/v2/services.json?jurisdiction_id=nope")
        .await
        .expect_error(404);

    // With a second organisation the endpoint serves several jurisdictions: one must be named.
    let admin = app.new_admin().await;
    app.post(
        "/api/v1/organisations",
        Some(&admin.token),
        json!({"name": "Housing Trust"}),
    )
    .await
    .expect(201);
    let ambiguous = get(&app, "/open311/v2/services.json").await;
    assert!(ambiguous.expect_error(400).contains("jurisdiction_id"));
}

#[tokio::test]
async fn a_service_definition_lists_its_questions_in_order() {
    let app = spawn_app().await;
    council(&app).await;
    let definition = get(&app, "/open311/v2/services/pothole.json").await.json();
    assert_eq!(definition["service_code"], "pothole");
    let attributes = definition["attributes"].as_array().unwrap();
    let codes: Vec<&str> = attributes
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["where", "depth", "hazards"]);
    assert_eq!(
        attributes[0],
        json!({
            "variable": true, "code": "where", "datatype": "singlevaluelist", "required": false,
            "datatype_description": "Pick one", "order": 1, "description": "Where is it?",
            "values": [{"key": "road", "name": "Road"}, {"key": "cycle", "name": "Cycle lane"}]
        })
    );
    assert_eq!(attributes[1]["required"], true);

    let xml = get(&app, "/open311/v2/services/pothole.xml").await;
    let doc = xml.xml();
    assert_eq!(doc.root_element().tag_name().name(), "service_definition");
    let first = doc
        .descendants()
        .find(|n| n.has_tag_name("attribute"))
        .unwrap();
    assert_eq!(child(first, "variable"), "true");
    assert_eq!(child(first, "datatype"), "singlevaluelist");
    let keys: Vec<String> = first
        .descendants()
        .filter(|n| n.has_tag_name("value"))
        .map(|v| child(v, "key"))
        .collect();
    assert_eq!(keys, ["road", "cycle"]);
    get(&app, "/open311/v2/services/streetlight.json")
        .await
        .expect_error(404);
    get(&app, "/open311/v2/services/streetlight.xml")
        .await
        .expect_error(404);
}

#[tokio::test]
async fn managers_issue_list_and_revoke_keys_and_nobody_else_can() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let keys = format!("/api/v1/organisations/{}/api-keys", c.org);
    app.post(&keys, Some(&c.resident.token), json!({"name": "Mine"}))
        .await
        .expect(403);
    app.get(&keys, Some(&c.resident.token)).await.expect(403);
    app.post(&keys, None, json!({"name": "Mine"}))
        .await
        .expect(401);
    app.post(&keys, Some(&c.manager.token), json!({"name": "x"}))
        .await
        .expect(422);

    let listed = app.get(&keys, Some(&c.manager.token)).await.expect(200);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["name"], "FixMyStreet");
    assert!(
        listed[0].get("api_key").is_none(),
        "the key is shown only once"
    );
    assert!(c.key.starts_with(listed[0]["prefix"].as_str().unwrap()));

    // The key works until revoked, then is refused with 403.
    let filed = post_form(&app, "json", &pothole(&c.key, "51.5")).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    let key_id = listed[0]["id"].as_str().unwrap();
    app.delete(&format!("{keys}/{key_id}"), Some(&c.resident.token))
        .await
        .expect(403);
    let revoked = app
        .delete(&format!("{keys}/{key_id}"), Some(&c.manager.token))
        .await
        .expect(200);
    assert!(revoked["revoked_at"].is_string());
    let refused = post_form(&app, "xml", &pothole(&c.key, "51.5")).await;
    assert!(refused.expect_error(403).contains("api_key"));
    app.delete(
        &format!("{keys}/{}", uuid::Uuid::now_v7()),
        Some(&c.manager.token),
    )
    .await
    .expect(404);
}

#[tokio::test]
async fn requests_pool_like_reports_and_keep_contacts_for_staff_only() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let first = post_form(&app, "json", &pothole(&c.key, "51.5")).await;
    assert_eq!(first.status, 201, "{}", first.text);
    let first = first.json();
    let id = first[0]["service_request_id"].as_str().unwrap().to_owned();
    assert!(first[0]["token"].is_string());
    assert_eq!(first[0]["service_notice"], "");

    // About 11 m away: the same problem, pooled into the same request.
    let mut second_form = pothole(&c.key, "51.5001");
    second_form.retain(|(k, _)| !matches!(*k, "email" | "first_name" | "last_name" | "phone"));
    let second = post_form(&app, "xml", &second_form).await;
    assert_eq!(second.status, 201, "{}", second.text);
    let doc = second.xml();
    assert_eq!(doc.root_element().tag_name().name(), "service_requests");
    let request = doc
        .descendants()
        .find(|n| n.has_tag_name("request"))
        .unwrap();
    assert_eq!(child(request, "service_request_id"), id);
    assert!(child(request, "service_notice").contains("already reported"));

    // A resident's own report nearby joins the same issue too.
    let member_report = json!({"category_id": null, "location": {"lat": 51.50005, "lon": -0.1}, "description": "Same hole", "answers": {"depth": 5}});
    let categories = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/categories", c.neighbourhood),
            None,
        )
        .await
        .expect(200);
    let pothole_id = categories
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "pothole")
        .unwrap()["id"]
        .clone();
    let mut member_report = member_report;
    member_report["category_id"] = pothole_id;
    let joined = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/reports", c.neighbourhood),
            Some(&c.resident.token),
            member_report,
        )
        .await
        .expect(201);
    assert_eq!(joined["issue"]["id"], id.as_str());
    assert_eq!(joined["issue"]["reports_count"], 3);

    // Staff see the contact details an app passed on; the public sees neither them nor names.
    let issue_path = format!("/api/v1/issues/{id}");
    let public = app.get(&issue_path, None).await.expect(200);
    let open311_report = &public["reports"][0];
    assert_eq!(open311_report["source"], "open311");
    assert!(open311_report.get("contact").is_none());
    assert!(open311_report["reporter_name"].is_null());
    let staff = app
        .get(&issue_path, Some(&c.manager.token))
        .await
        .expect(200);
    assert_eq!(
        staff["reports"][0]["contact"],
        json!({"name": "Pat Lee", "email": "pat.lee@example.org", "phone": "+44 117 000 0000"})
    );
    assert_eq!(staff["reports"][2]["source"], "web");

    // Address only works when the jurisdiction serves one place... this one serves two.
    let address_only = [
        ("api_key", c.key.as_str()),
        ("service_code", "graffiti"),
        ("address_string", "12 Elm Street"),
    ];
    let ambiguous = post_form(&app, "json", &address_only).await;
    assert!(ambiguous.expect_error(400).contains("lat"));
}

#[tokio::test]
async fn a_request_with_a_residents_email_is_filed_by_the_intake_account_not_in_their_name() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let mut form = pothole(&c.key, "51.5");
    form.retain(|(k, _)| *k != "email");
    let resident_email = c.resident.email.to_uppercase();
    form.push(("email", &resident_email));
    let filed = post_form(&app, "json", &form).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    let id = filed.json()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Anyone can type anyone's address: it does not make Rosa a supporter or tell her anything.
    let seen = app
        .get(&format!("/api/v1/issues/{id}"), Some(&c.resident.token))
        .await
        .expect(200);
    assert_eq!(seen["supported_by_me"], false);
    assert_eq!(seen["supporters_count"], 1, "the intake account");
    let public = app
        .get(&format!("/api/v1/issues/{id}"), None)
        .await
        .expect(200);
    assert!(public["reports"][0].get("contact").is_none());
    assert!(public["reports"][0]["reporter_name"].is_null());
    // Staff still have the contact details to answer.
    let staff = app
        .get(&format!("/api/v1/issues/{id}"), Some(&c.manager.token))
        .await
        .expect(200);
    assert_eq!(
        staff["reports"][0]["contact"]["email"],
        resident_email.to_lowercase()
    );
    assert!(staff["reports"][0]["reporter_name"]
        .as_str()
        .is_some_and(|n| n.starts_with("Open311:")));
    // Nor do Open311's own answers or the public export carry it.
    let listed = get(&app, &format!("/open311/v2/requests/{id}.json")).await;
    assert!(
        !listed
            .text
            .to_lowercase()
            .contains(&resident_email.to_lowercase()),
        "{}",
        listed.text
    );
    let exported = app
        .client
        .get(app.url(&format!(
            "/api/v1/organisations/{}/issues/export.csv",
            c.org
        )))
        .bearer_auth(&c.manager.token)
        .send()
        .await
        .unwrap();
    assert_eq!(exported.status(), 200);
    let exported = exported.text().await.unwrap();
    assert!(exported.contains(&id), "the export lists the request");
    assert!(!exported
        .to_lowercase()
        .contains(&resident_email.to_lowercase()));
}

#[tokio::test]
async fn a_key_cannot_file_into_a_private_neighbourhood_its_organisation_does_not_serve() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let outsider = app.new_user("Olive").await;
    // A private neighbourhood far from anything the council serves.
    app.new_neighbourhood(
        &outsider,
        "Gated Mews",
        json!({"visibility": "private", "center": {"lat": 53.5, "lon": -2.1}}),
    )
    .await;
    let inside_private = post_form(&app, "json", &pothole_at(&c.key, "53.5", "-2.1")).await;
    let nowhere = post_form(&app, "json", &pothole_at(&c.key, "54.5", "-3.1")).await;
    // The same answer as for a point nobody serves: the private neighbourhood does not leak.
    assert_eq!(inside_private.status, 400, "{}", inside_private.text);
    assert_eq!(inside_private.text, nowhere.text);
    use sea_orm::{EntityTrait, PaginatorTrait};
    let filed: u64 = entity::report::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(filed, 0, "nothing was filed");
}

#[tokio::test]
async fn bad_requests_get_the_specifications_errors_and_change_nothing() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let other_org = uuid::Uuid::now_v7().to_string();
    let without = |drop: &[&str]| {
        let mut form = pothole(&c.key, "51.5");
        form.retain(|(k, _)| !drop.contains(k));
        form
    };
    let with = |key: &'static str, value: &'static str| {
        let mut form = pothole(&c.key, "51.5");
        form.retain(|(k, _)| *k != key);
        form.push((key, value));
        form
    };
    // (form, status, what the description mentions)
    let cases: Vec<(Form, u16, &str)> = vec![
        (without(&["api_key"]), 403, "api_key"),
        (with("api_key", "cg311_not-a-real-key"), 403, "api_key"),
        (with("api_key", ""), 403, "api_key"),
        (without(&["service_code"]), 400, "service_code"),
        (with("service_code", "streetlight"), 400, "service_code"),
        (without(&["lat", "long", "address_string"]), 400, "location"),
        (without(&["long"]), 400, "long"),
        (with("lat", "north"), 400, "lat"),
        (with("lat", "95"), 400, "lat"),
        (with("lat", "51.6"), 400, "outside"),
        (without(&["attribute[depth]"]), 400, "depth"),
        (with("attribute[where]", "pavement"), 400, "where"),
        (with("attribute[colour]", "red"), 400, "colour"),
        (with("attribute[depth]", "deep"), 400, "depth"),
        (with("email", "not-an-email"), 400, "email"),
        (with("media_url", "javascript:alert(1)"), 400, "media_url"),
        (with("jurisdiction_id", "nope"), 404, "jurisdiction_id"),
    ];
    for (form, status, mentions) in &cases {
        for format in ["json", "xml"] {
            let answer = post_form(&app, format, form).await;
            let description = answer.expect_error(*status);
            assert!(
                description.to_lowercase().contains(mentions),
                "{format} {form:?}: {description:?} should mention {mentions}"
            );
        }
    }
    let mismatched = format!("jurisdiction_id={other_org}");
    assert_eq!(
        app.client
            .post(app.url(&format!("/open311/v2/requests.json?{mismatched}")))
            .form(&pothole(&c.key, "51.5"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let not_a_form = app
        .raw(
            Method::POST,
            "/open311/v2/requests.json",
            None,
            Some("application/json"),
            br#"{"api_key":"x"}"#.to_vec(),
        )
        .await;
    assert_eq!(not_a_form.status, 400);
    assert_eq!(count_issues(&app, &c.neighbourhood).await, 0);
}

#[tokio::test]
async fn requests_past_a_keys_limit_get_429_in_the_specifications_format() {
    let app = spawn_app_with(|s| s.open311_requests_per_window = 2).await;
    let c = council(&app).await;
    file(&app, &c, "51.5", "pothole").await;
    file(&app, &c, "51.5001", "pothole").await;
    for format in ["json", "xml"] {
        let refused = post_form(&app, format, &pothole(&c.key, "51.5002")).await;
        let description = refused.expect_error(429);
        assert!(description.contains("try again"), "{description}");
        let retry_after: u64 = refused.retry_after.as_deref().unwrap().parse().unwrap();
        assert!((1..=3600).contains(&retry_after), "{retry_after}");
    }
    // Another key of the same council has its own count.
    let other = app
        .post(
            &format!("/api/v1/organisations/{}/api-keys", c.org),
            Some(&c.manager.token),
            json!({"name": "Another app"}),
        )
        .await
        .expect(201);
    let form = pothole(other["api_key"].as_str().unwrap(), "51.5003");
    assert_eq!(post_form(&app, "json", &form).await.status, 201);
}

async fn file(app: &TestApp, c: &Council, lat: &str, code: &str) -> String {
    let mut form = pothole(&c.key, lat);
    if code != "pothole" {
        form.retain(|(k, _)| !k.starts_with("attribute"));
        form.retain(|(k, _)| *k != "service_code");
        form.push(("service_code", code));
    }
    let filed = post_form(app, "json", &form).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    filed.json()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["service_request_id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn requests_search_by_id_service_status_and_dates() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let pothole = file(&app, &c, "51.5", "pothole").await;
    let graffiti = file(&app, &c, "51.502", "graffiti").await;
    let resolved = file(&app, &c, "51.498", "pothole").await;
    app.post(
        &format!("/api/v1/issues/{resolved}/status"),
        Some(&c.manager.token),
        json!({"status": "resolved", "note": "Filled on Tuesday"}),
    )
    .await
    .expect(200);
    // A private neighbourhood's issues are never published.
    let admin_view = app
        .get(
            &format!(
                "/api/v1/neighbourhoods/{}/categories",
                c.private_neighbourhood
            ),
            Some(&c.resident.token),
        )
        .await
        .expect(200);
    let graffiti_category = admin_view
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "graffiti")
        .unwrap()["id"]
        .clone();
    let hidden = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/reports", c.private_neighbourhood),
            Some(&c.resident.token),
            json!({"category_id": graffiti_category, "location": {"lat": 52.5, "lon": -1.1}, "description": "Tag on the wall"}),
        )
        .await
        .expect(201)["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let all = get(&app, "/open311/v2/requests.json").await.json();
    assert_eq!(
        ids(&all),
        [resolved.clone(), graffiti.clone(), pothole.clone()]
    );
    let first = &all[0];
    assert_eq!(first["status"], "closed");
    assert_eq!(first["status_notes"], "Filled on Tuesday");
    assert_eq!(first["service_code"], "pothole");
    assert_eq!(first["service_name"], "Pothole");
    assert_eq!(first["agency_responsible"], "Riverside Council");
    assert_eq!(first["description"], "Deep hole by the bus stop");
    assert_eq!(first["lat"], 51.498);
    assert_eq!(first["long"], -0.1);
    assert!(
        first["expected_datetime"].is_null(),
        "closed requests expect nothing"
    );
    let open = &all[2];
    for field in [
        "requested_datetime",
        "updated_datetime",
        "expected_datetime",
    ] {
        let at = open[field].as_str().unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(at).is_ok() && at.ends_with("+00:00"),
            "{field} carries a timezone: {at}"
        );
    }

    let by = |query: &str| {
        let path = format!("/open311/v2/requests.json?{query}");
        let app = &app;
        async move { ids(&get(app, &path).await.json()) }
    };
    assert_eq!(by("status=open").await, [graffiti.clone(), pothole.clone()]);
    assert_eq!(by("status=closed").await, std::slice::from_ref(&resolved));
    assert_eq!(by("status=open,closed").await.len(), 3);
    assert_eq!(
        by("service_code=graffiti").await,
        std::slice::from_ref(&graffiti)
    );
    assert_eq!(
        by("service_code=graffiti,pothole&status=closed").await,
        std::slice::from_ref(&resolved)
    );
    // Ids override every other filter; the private issue stays unknown.
    assert_eq!(
        by(&format!(
            "service_request_id={pothole},{hidden},nonsense&status=closed&service_code=graffiti"
        ))
        .await,
        std::slice::from_ref(&pothole)
    );
    // Empty parameters behave exactly like absent ones.
    assert_eq!(
        by("status=&service_code=&start_date=&end_date=&service_request_id=").await,
        ids(&all)
    );
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d");
    let last_week = (chrono::Utc::now() - chrono::Duration::days(7)).format("%Y-%m-%d");
    assert_eq!(
        by(&format!("start_date={tomorrow}")).await,
        Vec::<String>::new()
    );
    assert_eq!(by(&format!("start_date={last_week}")).await.len(), 3);
    assert_eq!(
        by("end_date=2020-01-01T00:00:00Z").await,
        Vec::<String>::new()
    );
    get(
        &app,
        "/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
    )
    .await
    .expect_error(400);
    get(&app, "/open311/v2/requests.xml?start_date=last+tuesday")
        .await
        .expect_error(400);
    get(&app, "/open311/v2/requests.json?status=pending")
        .await
        .expect_error(400);

    // The XML says the same as the JSON.
    let xml = get(&app, "/open311/v2/requests.xml").await;
    let doc = xml.xml();
    let requests: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("request"))
        .collect();
    assert_eq!(
        requests
            .iter()
            .map(|r| child(*r, "service_request_id"))
            .collect::<Vec<_>>(),
        ids(&all)
    );
    assert_eq!(child(requests[0], "status"), "closed");
    assert_eq!(child(requests[0], "long"), "-0.1");
    assert_eq!(child(requests[0], "media_url"), "");
}

#[tokio::test]
async fn one_request_and_tokens_resolve_in_both_formats() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let filed = post_form(&app, "json", &pothole(&c.key, "51.5"))
        .await
        .json();
    let id = filed[0]["service_request_id"].as_str().unwrap();
    let token = filed[0]["token"].as_str().unwrap();

    let one = get(&app, &format!("/open311/v2/requests/{id}.json"))
        .await
        .json();
    assert_eq!(ids(&one), [id]);
    assert_eq!(one[0]["status"], "open");
    let xml = get(&app, &format!("/open311/v2/requests/{id}.xml")).await;
    assert_eq!(
        xml.xml()
            .descendants()
            .filter(|n| n.has_tag_name("request"))
            .count(),
        1
    );
    get(
        &app,
        &format!("/open311/v2/requests/{}.json", uuid::Uuid::now_v7()),
    )
    .await
    .expect_error(404);
    get(&app, "/open311/v2/requests/not-an-id.xml")
        .await
        .expect_error(404);

    let resolved = get(&app, &format!("/open311/v2/tokens/{token}.json"))
        .await
        .json();
    assert_eq!(
        resolved,
        json!([{"service_request_id": id, "token": token}])
    );
    let xml = get(&app, &format!("/open311/v2/tokens/{token}.xml")).await;
    let request = xml
        .xml()
        .descendants()
        .find(|n| n.has_tag_name("request"))
        .map(|r| (child(r, "service_request_id"), child(r, "token")))
        .unwrap();
    assert_eq!(request, (id.to_owned(), token.to_owned()));
    get(
        &app,
        &format!("/open311/v2/tokens/{}.json", uuid::Uuid::now_v7()),
    )
    .await
    .expect_error(404);

    // After a merge the old request still answers, closed, and points to the one to follow.
    let other = file(&app, &c, "51.503", "pothole").await;
    app.post(
        &format!("/api/v1/issues/{id}/merge"),
        Some(&c.manager.token),
        json!({"into": other, "note": "Same hole"}),
    )
    .await
    .expect(200);
    let merged = get(&app, &format!("/open311/v2/requests/{id}.json"))
        .await
        .json();
    assert_eq!(merged[0]["status"], "closed");
    assert!(merged[0]["status_notes"].as_str().unwrap().contains(&other));
    let followed = get(&app, &format!("/open311/v2/tokens/{token}.json"))
        .await
        .json();
    assert_eq!(followed[0]["service_request_id"], other.as_str());
}

#[tokio::test]
async fn form_posts_with_crlf_line_breaks_are_accepted_and_stored_with_newlines() {
    let app = spawn_app().await;
    let c = council(&app).await;
    let mut form = pothole(&c.key, "51.5");
    form.retain(|(k, _)| *k != "description");
    form.push((
        "description",
        "Deep hole\r\nby the bus stop\r\n\r\nCafe\u{301} side",
    ));
    let filed = post_form(&app, "xml", &form).await;
    assert_eq!(filed.status, 201, "{}", filed.text);
    let id = child(
        filed.xml().root_element().first_element_child().unwrap(),
        "service_request_id",
    );
    let read = get(&app, &format!("/open311/v2/requests/{id}.json"))
        .await
        .json();
    assert_eq!(
        read[0]["description"],
        "Deep hole\nby the bus stop\n\nCaf\u{e9} side"
    );
}

#[tokio::test]
async fn the_xml_feed_stays_well_formed_with_control_characters_in_stored_data() {
    use sea_orm::{sea_query::Expr, EntityTrait};
    let app = spawn_app().await;
    let c = council(&app).await;
    let id = file(&app, &c, "51.5", "pothole").await;
    // Data stored before the text policy existed, written past it.
    let hostile = "bell\u{7} escape\u{1b}[31m vertical\u{b}tab form\u{c}feed \u{FFFE}end";
    entity::report::Entity::update_many()
        .col_expr(entity::report::Column::Description, Expr::value(hostile))
        .exec(&app.db)
        .await
        .unwrap();
    entity::issue::Entity::update_many()
        .col_expr(entity::issue::Column::Address, Expr::value(hostile))
        .col_expr(entity::issue::Column::StatusNote, Expr::value(hostile))
        .exec(&app.db)
        .await
        .unwrap();
    for path in [
        "/open311/v2/requests.xml".to_owned(),
        format!("/open311/v2/requests/{id}.xml"),
    ] {
        let reply = get(&app, &path).await;
        assert_eq!(reply.status, 200, "{path}: {}", reply.text);
        let doc = reply.xml();
        let request = doc
            .descendants()
            .find(|n| n.has_tag_name("request"))
            .unwrap();
        for field in ["description", "address", "status_notes"] {
            assert_eq!(
                child(request, field),
                "bell escape[31m verticaltab formfeed end",
                "{path} {field}"
            );
        }
    }
    // JSON carries any character escaped, so it keeps the stored text as it is.
    let json = get(&app, &format!("/open311/v2/requests/{id}.json"))
        .await
        .json();
    assert_eq!(json[0]["description"], hostile);
}

/// A POST of `body` as it is, with this content type.
async fn post_raw(app: &TestApp, format: &str, content_type: &str, body: String) -> Reply {
    let response = app
        .client
        .post(app.url(&format!("/open311/v2/requests.{format}")))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    reply(response).await
}

#[tokio::test]
async fn bodies_over_the_limit_are_413_in_the_specifications_format() {
    let app = crate::helpers::spawn_app_with(|s| s.body_limit_bytes = 4_096).await;
    let c = council(&app).await;
    let long = "x".repeat(5_000);
    for format in ["json", "xml"] {
        let mut form = pothole(&c.key, "51.5");
        form.push(("description", &long));
        post_form(&app, format, &form).await.expect_error(413);
        // Not a form at all, and still too big: the limit is checked first, in the same format.
        post_raw(&app, format, "text/plain", long.clone())
            .await
            .expect_error(413);
    }
    assert_eq!(count_issues(&app, &c.neighbourhood).await, 0);
}

#[tokio::test]
async fn malformed_and_hostile_forms_are_400_in_the_specifications_format() {
    let app = spawn_app().await;
    let c = council(&app).await;
    for format in ["json", "xml"] {
        for body in [
            format!(
                "api_key={}&service_code=pothole&lat=51.5&long=-0.1&description=%FF%FE",
                c.key
            ),
            format!(
                "api_key={}&service_code=pot%00hole&lat=51.5&long=-0.1&description=x",
                c.key
            ),
            format!(
                "api_key={}&service_code=pothole&lat=51.5&long=-0.1&description=bell%07",
                c.key
            ),
        ] {
            post_raw(&app, format, "application/x-www-form-urlencoded", body)
                .await
                .expect_error(400);
        }
        get(&app, &format!("/open311/v2/services/pot%00hole.{format}"))
            .await
            .expect_error(400);
        get(
            &app,
            &format!("/open311/v2/requests.{format}?service_code=%1B"),
        )
        .await
        .expect_error(400);
    }
    assert_eq!(count_issues(&app, &c.neighbourhood).await, 0);
}
