//! Issues and places in words (issue 15): reports given only by an address are placed by the
//! gazetteer and pool like located ones; an address it cannot place still files, marked "place
//! not found" for a coordinator to place; every surface shows the place in words; Open311
//! `address_string` requests are placed the same way, also when a jurisdiction serves several
//! neighbourhoods. The places are imported through `commonground places import`'s own path from
//! a small OSM XML file written here (OSM's format, our streets).

use std::{io::Write, sync::Arc};

use commonground::services::{issues::placing, places};
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{id_of, spawn_app, ServedStreet, TestApp, TestUser};

/// 3 Mill Lane: the neighbourhood's centre in `TestApp::new_neighbourhood` (51.5, -0.1).
const MILL_LANE_3: (f64, f64) = (51.5, -0.1);
/// 9 Far Road, about 2.2 km north: outside Elm Street's 800 m, inside Far End's.
const FAR_ROAD_9: (f64, f64) = (51.52, -0.1);

/// Mill Lane (a street with 3 and 5 on it) and Far Road (with 9), as an OpenStreetMap extract.
async fn import_streets(app: &TestApp) {
    let (ml, fr) = (MILL_LANE_3, FAR_ROAD_9);
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="commonground tests">
  <node id="1" lat="{a}" lon="-0.1015"/>
  <node id="2" lat="{a}" lon="-0.0985"/>
  <node id="3" lat="{ml0}" lon="{ml1}"><tag k="addr:housenumber" v="3"/><tag k="addr:street" v="Mill Lane"/></node>
  <node id="4" lat="{ml0}" lon="-0.0993"><tag k="addr:housenumber" v="5"/><tag k="addr:street" v="Mill Lane"/></node>
  <node id="5" lat="{b}" lon="-0.1010"/>
  <node id="6" lat="{b}" lon="-0.0990"/>
  <node id="7" lat="{fr0}" lon="{fr1}"><tag k="addr:housenumber" v="9"/><tag k="addr:street" v="Far Road"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Mill Lane"/></way>
  <way id="11"><nd ref="5"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="name" v="Far Road"/></way>
</osm>"#,
        a = ml.0 - 0.0001,
        b = fr.0 - 0.0001,
        ml0 = ml.0,
        ml1 = ml.1,
        fr0 = fr.0,
        fr1 = fr.1,
    );
    let mut file = tempfile::Builder::new().suffix(".osm").tempfile().unwrap();
    file.write_all(xml.as_bytes()).unwrap();
    places::import::import_file(
        &app.db,
        file.path(),
        "tests",
        places::OSM_ATTRIBUTION,
        Arc::new(|_| {}),
    )
    .await
    .expect("the streets import");
}

/// Elm Street (coordinator Ana, residents Ben and Cat) served by a council (staff: Manager) with
/// a streetlight category and an Open311 key; the street's fields read through (`s.ana`).
struct Street {
    street: ServedStreet,
    streetlight: String,
    key: String,
}

impl std::ops::Deref for Street {
    type Target = ServedStreet;

    fn deref(&self) -> &ServedStreet {
        &self.street
    }
}

async fn street(app: &TestApp) -> Street {
    let street = app.served_street().await;
    let (manager, org) = (&street.manager, &street.org);
    let streetlight = app
        .new_category(
            manager,
            org,
            json!({"code": "streetlight", "name": "Broken streetlight", "group": "Streets"}),
        )
        .await;
    let key = app
        .post(
            &format!("/api/v1/organisations/{org}/api-keys"),
            Some(&manager.token),
            json!({"name": "FixMyStreet"}),
        )
        .await
        .expect(201)["api_key"]
        .as_str()
        .unwrap()
        .to_owned();
    Street {
        street,
        streetlight,
        key,
    }
}

async fn report(app: &TestApp, s: &Street, who: &TestUser, place: Value) -> Value {
    let mut body = json!({"category_id": s.streetlight, "description": "The lamp is out"});
    for (k, v) in place.as_object().unwrap() {
        body[k] = v.clone();
    }
    app.post(
        &format!("/api/v1/neighbourhoods/{}/reports", s.id),
        Some(&who.token),
        body,
    )
    .await
    .expect(201)
}

fn at((lat, lon): (f64, f64)) -> Value {
    json!({"location": {"lat": lat, "lon": lon}})
}

#[tokio::test]
async fn an_address_only_report_of_a_streetlight_already_reported_pools_into_the_existing_issue() {
    let app = spawn_app().await;
    import_streets(&app).await;
    let s = street(&app).await;
    let first = report(&app, &s, &s.ben, at(MILL_LANE_3)).await;
    assert_eq!(first["pooled"], false);
    assert_eq!(first["issue"]["place"], "outside 3 Mill Lane");
    assert_eq!(first["issue"]["place_not_found"], false);

    // Cat has no GPS and no map: she types the address.
    let second = report(&app, &s, &s.cat, json!({"address": "3 mill lane"})).await;
    assert_eq!(second["pooled"], true, "{second}");
    assert_eq!(second["issue"]["id"], first["issue"]["id"]);
    assert_eq!(second["issue"]["supporters_count"], 2);
    assert_eq!(second["issue"]["place"], "outside 3 Mill Lane");
    let listed = app
        .get(&format!("/api/v1/neighbourhoods/{}/issues", s.id), None)
        .await
        .expect(200);
    assert_eq!(listed["items"].as_array().unwrap().len(), 1, "{listed}");
}

#[tokio::test]
async fn an_unplaceable_address_files_is_marked_place_not_found_and_a_coordinator_places_it() {
    let app = spawn_app().await;
    import_streets(&app).await;
    let s = street(&app).await;
    // Far Road exists, but not in Elm Street: the search is scoped to the neighbourhood's area.
    for typed in ["9 Far Road", "Nowhere Crescent 12"] {
        let filed = report(&app, &s, &s.ben, json!({"address": typed})).await;
        assert_eq!(filed["pooled"], false);
        assert_eq!(filed["issue"]["place_not_found"], true, "{filed}");
        assert_eq!(filed["issue"]["place"], Value::Null);
        assert_eq!(filed["issue"]["address"], typed);
        assert_eq!(filed["issue"]["location"], Value::Null);
    }
    let placed = report(&app, &s, &s.cat, at(MILL_LANE_3)).await;
    let (app_ref, token) = (&app, s.ana.token.clone());
    let issues = |query: &str| {
        let path = format!("/api/v1/neighbourhoods/{}/issues?{query}", s.id);
        let token = token.clone();
        async move { app_ref.get(&path, Some(&token)).await.expect(200) }
    };
    let unplaced = issues("placed=false").await;
    let unplaced = unplaced["items"].as_array().unwrap();
    assert_eq!(unplaced.len(), 2);
    assert!(unplaced.iter().all(|i| i["place_not_found"] == true));
    let located = issues("placed=true").await;
    assert_eq!(located["items"][0]["id"], placed["issue"]["id"]);
    assert_eq!(located["items"].as_array().unwrap().len(), 1);

    // Only the coordinators and service managers place it, inside the neighbourhood, once.
    let issue = unplaced[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/issues/{issue}/location");
    let put = |token: &str, point: (f64, f64)| {
        let (app, path) = (&app, &path);
        let body = json!({"location": {"lat": point.0, "lon": point.1}});
        let token = token.to_owned();
        async move { app.call(Method::PUT, path, Some(&token), Some(body)).await }
    };
    put(&s.ben.token, MILL_LANE_3).await.expect(403);
    put(&s.ana.token, FAR_ROAD_9).await.expect(422);
    let done = put(&s.manager.token, (MILL_LANE_3.0, -0.0993))
        .await
        .expect(200);
    assert_eq!(done["place"], "outside 5 Mill Lane");
    assert_eq!(done["place_not_found"], false);
    assert_eq!(done["location"]["lon"], -0.0993);
    put(&s.ana.token, MILL_LANE_3).await.expect(409);
    let page = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    assert_eq!(page["place"], "outside 5 Mill Lane");
    let events = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/events?since=0", s.id),
            Some(&s.ana.token),
        )
        .await
        .expect(200);
    let placed_events: Vec<&Value> = events["events"]
        .as_array()
        .or_else(|| events["items"].as_array())
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "issue.placed")
        .collect();
    assert_eq!(placed_events.len(), 1, "{events}");
    assert_eq!(placed_events[0]["data"]["place"], "outside 5 Mill Lane");
}

#[tokio::test]
async fn the_place_in_words_is_on_every_surface_that_shows_an_issue() {
    let app = spawn_app().await;
    import_streets(&app).await;
    let s = street(&app).await;
    let filed = report(&app, &s, &s.ben, json!({"address": "5 Mill Lane"})).await;
    let issue = filed["issue"]["id"].as_str().unwrap().to_owned();
    let words = "outside 5 Mill Lane";
    assert_eq!(filed["issue"]["place"], words);

    // Lists, the issue page, "is it one of these?", the map's GeoJSON.
    let n = &s.id;
    let list = app
        .get(&format!("/api/v1/neighbourhoods/{n}/issues"), None)
        .await
        .expect(200);
    assert_eq!(list["items"][0]["place"], words);
    let page = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    assert_eq!(page["place"], words);
    let (lat, lon) = MILL_LANE_3;
    let nearby = app
        .get(
            &format!("/api/v1/neighbourhoods/{n}/issues/nearby?lat={lat}&lon={lon}"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(nearby[0]["place"], words);
    let geojson = app
        .client
        .get(app.url(&format!("/api/v1/neighbourhoods/{n}/issues?format=geojson")))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(geojson["features"][0]["properties"]["place"], words);

    // The service manager's triage queue and dashboard.
    let org = &s.org;
    let token = Some(s.manager.token.as_str());
    let triage = app
        .get(&format!("/api/v1/organisations/{org}/triage"), token)
        .await
        .expect(200);
    assert_eq!(triage["items"][0]["place"], words, "{triage}");
    let dashboard = app
        .get(&format!("/api/v1/organisations/{org}/dashboard"), token)
        .await
        .expect(200);
    assert_eq!(dashboard["top_issues"][0]["place"], words, "{dashboard}");

    // Exports.
    let csv = app
        .client
        .get(app.url(&format!("/api/v1/organisations/{org}/issues/export.csv")))
        .bearer_auth(&s.manager.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|h| h == "place").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[column], words);
    assert!(row[1].contains(words), "the title says where: {row:?}");
    let exported = app
        .client
        .get(app.url(&format!(
            "/api/v1/organisations/{org}/issues/export.geojson"
        )))
        .bearer_auth(&s.manager.token)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(exported["features"][0]["properties"]["place"], words);

    // Open311's `address`.
    let requests = app
        .client
        .get(app.url(&format!(
            "/open311/v2/requests/{issue}.json?jurisdiction_id={org}"
        )))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(requests[0]["address"], words, "{requests}");

    // The notices every supporter gets (inbox and e-mail subject), and a merged issue's.
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        token,
        json!({"status": "acknowledged", "note": "A crew is booked"}),
    )
    .await
    .expect(200);
    let inbox = app
        .get("/api/v1/me/notifications", Some(&s.ben.token))
        .await
        .expect(200);
    let notice = &inbox["items"][0];
    assert_eq!(notice["data"]["place"], words, "{inbox}");
    assert!(
        notice["data"]["issue_title"]
            .as_str()
            .unwrap()
            .contains(words),
        "the title every e-mail and inbox line shows says where: {notice}"
    );
    let other = report(&app, &s, &s.cat, at(FAR_ROAD_NEAR_ELM)).await;
    let other_id = other["issue"]["id"].as_str().unwrap();
    assert_ne!(other_id, issue);
    app.post(
        &format!("/api/v1/issues/{other_id}/merge"),
        token,
        json!({"into": issue, "note": "Same lamp"}),
    )
    .await
    .expect(200);
    let inbox = app
        .get("/api/v1/me/notifications", Some(&s.cat.token))
        .await
        .expect(200);
    let merged = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["data"]["what"] == "issue_merged")
        .expect("Cat is told of the merge");
    assert_eq!(merged["data"]["place"], "Mill Lane", "{merged}");
}

/// On Mill Lane's line, 100 m west of number 3: no address within 50 m, the street is near.
const FAR_ROAD_NEAR_ELM: (f64, f64) = (51.5, -0.1014);

#[tokio::test]
async fn issues_reported_before_places_were_imported_get_their_words_on_relabel() {
    let app = spawn_app().await;
    let s = street(&app).await;
    let filed = report(&app, &s, &s.ben, at(MILL_LANE_3)).await;
    // Nothing imported yet: the neighbourhood's name is still a place people know.
    assert_eq!(filed["issue"]["place"], "Elm Street");
    import_streets(&app).await;
    assert_eq!(placing::relabel_all(&app.db).await.unwrap(), 1);
    let id = filed["issue"]["id"].as_str().unwrap();
    let page = app
        .get(&format!("/api/v1/issues/{id}"), None)
        .await
        .expect(200);
    assert_eq!(page["place"], "outside 3 Mill Lane");
}

async fn open311(app: &TestApp, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app
        .client
        .post(app.url("/open311/v2/requests.json"))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn open311_address_string_only_requests_are_placed_in_the_neighbourhood_that_contains_them() {
    let app = spawn_app().await;
    import_streets(&app).await;
    let s = street(&app).await;
    let admin = app.new_admin().await;
    let far_end = id_of(
        &app.new_neighbourhood(
            &s.ana,
            "Far End",
            json!({"center": {"lat": FAR_ROAD_9.0, "lon": FAR_ROAD_9.1}, "radius_m": 500.0}),
        )
        .await,
    );
    let link = format!("/api/v1/organisations/{}/neighbourhoods/{far_end}", s.org);
    app.call(Method::PUT, &link, Some(&admin.token), None)
        .await
        .expect(204);
    let request = |address: &'static str| {
        let key = s.key.clone();
        let app = &app;
        async move {
            open311(
                app,
                &[
                    ("api_key", key.as_str()),
                    ("service_code", "streetlight"),
                    ("address_string", address),
                    ("description", "Dark all night"),
                ],
            )
            .await
        }
    };
    let (status, far) = request("9 Far Road").await;
    assert_eq!(status, 201, "{far}");
    let (status, mill) = request("3 Mill Lane").await;
    assert_eq!(status, 201, "{mill}");
    for (answer, neighbourhood, words) in [
        (&far, &far_end, "outside 9 Far Road"),
        (&mill, &s.id, "outside 3 Mill Lane"),
    ] {
        let id = answer[0]["service_request_id"].as_str().unwrap();
        let issue = app
            .get(&format!("/api/v1/issues/{id}"), None)
            .await
            .expect(200);
        assert_eq!(&issue["neighbourhood_id"], neighbourhood);
        assert_eq!(issue["place"], words);
        assert_eq!(issue["place_not_found"], false);
    }
    // A member's report of the same lamp by its point pools into the Open311 request's issue.
    let pooled = report(&app, &s, &s.ben, at(MILL_LANE_3)).await;
    assert_eq!(pooled["pooled"], true);
    assert_eq!(pooled["issue"]["id"], mill[0]["service_request_id"]);

    // With several neighbourhoods, an address found in none cannot choose one: the client is
    // asked for a point, and nothing is filed.
    let (status, refused) = request("Nowhere Crescent 12").await;
    assert_eq!(status, 400, "{refused}");
    assert!(refused[0]["description"]
        .as_str()
        .unwrap()
        .contains("lat and long"));
    let all = app
        .get(&format!("/api/v1/neighbourhoods/{}/issues", s.id), None)
        .await
        .expect(200);
    assert_eq!(all["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn open311_address_string_in_a_single_neighbourhood_files_unplaced_when_not_found() {
    let app = spawn_app().await;
    import_streets(&app).await;
    let s = street(&app).await;
    let (status, filed) = open311(
        &app,
        &[
            ("api_key", s.key.as_str()),
            ("service_code", "streetlight"),
            ("address_string", "Nowhere Crescent 12"),
        ],
    )
    .await;
    assert_eq!(status, 201, "{filed}");
    let id = filed[0]["service_request_id"].as_str().unwrap();
    let issue = app
        .get(&format!("/api/v1/issues/{id}"), None)
        .await
        .expect(200);
    assert_eq!(issue["place_not_found"], true);
    assert_eq!(issue["address"], "Nowhere Crescent 12");
}
