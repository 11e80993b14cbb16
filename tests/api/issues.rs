//! Reports pooling into shared issues, and the status feedback loop.

use std::time::Duration;

use commonground::{
    domain::issue::IssueStatus,
    live::{client::LiveClient, protocol::ServerMessage},
};
use entity::issue;
use sea_orm::{sea_query::Expr, ColumnTrait, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

use crate::helpers::{spawn_app, ServedStreet, TestApp, TestUser};

/// A served neighbourhood with a coordinator, two residents, a council manager and two
/// categories; the street's fields read through (`world.ana`).
pub(crate) struct World {
    pub street: ServedStreet,
    pub pothole: String,
    pub graffiti: String,
}

impl std::ops::Deref for World {
    type Target = ServedStreet;

    fn deref(&self) -> &ServedStreet {
        &self.street
    }
}

pub(crate) const HERE: (f64, f64) = (51.5, -0.1);
/// About 11 m north.
const NEAR: (f64, f64) = (51.5001, -0.1);
/// About 110 m north.
const FURTHER: (f64, f64) = (51.501, -0.1);

pub(crate) async fn world(app: &TestApp) -> World {
    let street = app.served_street().await;
    let (manager, org) = (&street.manager, &street.org);
    let category = |code: &str, name: &str| json!({"code": code, "name": name, "group": "Streets", "keywords": ["road"], "target_days": 14});
    let pothole = app
        .new_category(manager, org, category("pothole", "Pothole"))
        .await;
    let graffiti = app
        .new_category(manager, org, category("graffiti", "Graffiti"))
        .await;
    World {
        street,
        pothole,
        graffiti,
    }
}

pub(crate) async fn report(
    app: &TestApp,
    world: &World,
    who: &TestUser,
    category: &str,
    at: (f64, f64),
) -> Value {
    let body = json!({"category_id": category, "location": {"lat": at.0, "lon": at.1}, "description": "Deep pothole by the bus stop"});
    app.post(
        &format!("/api/v1/neighbourhoods/{}/reports", world.id),
        Some(&who.token),
        body,
    )
    .await
    .expect(201)
}

#[tokio::test]
async fn two_neighbours_reporting_the_same_pothole_share_one_issue() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let first = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    assert_eq!(first["pooled"], false);
    let second = report(&app, &w, &w.cat, &w.pothole, NEAR).await;
    assert_eq!(second["pooled"], true);
    assert_eq!(second["issue"]["id"], first["issue"]["id"]);
    assert_eq!(second["issue"]["reports_count"], 2);
    assert_eq!(second["issue"]["supporters_count"], 2);
    assert_eq!(second["issue"]["category"]["code"], "pothole");
    let lat = second["issue"]["location"]["lat"].as_f64().unwrap();
    assert!(
        (lat - 51.50005).abs() < 1e-9,
        "the location is the mean of the reports: {lat}"
    );

    // Ben reporting again adds a report but not a second supporter.
    let again = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    assert_eq!(
        (
            again["issue"]["reports_count"].as_i64(),
            again["issue"]["supporters_count"].as_i64()
        ),
        (Some(3), Some(2))
    );
}

#[tokio::test]
async fn another_category_or_a_further_point_starts_a_new_issue() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let pothole = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let graffiti = report(&app, &w, &w.cat, &w.graffiti, HERE).await;
    let further = report(&app, &w, &w.cat, &w.pothole, FURTHER).await;
    assert_eq!(graffiti["pooled"], false);
    assert_eq!(further["pooled"], false);
    assert_ne!(graffiti["issue"]["id"], pothole["issue"]["id"]);
    assert_ne!(further["issue"]["id"], pothole["issue"]["id"]);
    let list = app
        .get(&format!("/api/v1/neighbourhoods/{}/issues", w.id), None)
        .await
        .expect(200);
    assert_eq!(list["items"].as_array().unwrap().len(), 3);

    // Choosing an issue from the suggestions joins it even beyond the automatic radius.
    let body = json!({"category_id": w.pothole, "location": {"lat": FURTHER.0, "lon": FURTHER.1}, "description": "Same one", "issue_id": pothole["issue"]["id"]});
    let chosen = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/reports", w.id),
            Some(&w.ana.token),
            body,
        )
        .await
        .expect(201);
    assert_eq!(
        (chosen["pooled"].clone(), chosen["issue"]["id"].clone()),
        (json!(true), pothole["issue"]["id"].clone())
    );
}

#[tokio::test]
async fn nearby_offers_open_issues_of_the_same_category_first() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let graffiti = report(&app, &w, &w.ben, &w.graffiti, HERE).await;
    let pothole = report(&app, &w, &w.cat, &w.pothole, FURTHER).await;
    let found = app
        .get(
            &format!(
                "/api/v1/neighbourhoods/{}/issues/nearby?lat={}&lon={}&category={}",
                w.id, HERE.0, HERE.1, w.pothole
            ),
            None,
        )
        .await
        .expect(200);
    let ids: Vec<&Value> = found.as_array().unwrap().iter().map(|i| &i["id"]).collect();
    assert_eq!(ids, [&pothole["issue"]["id"], &graffiti["issue"]["id"]]);
    let distance = found[0]["distance_m"].as_f64().unwrap();
    assert!((100.0..125.0).contains(&distance), "{distance}");
    app.get(
        &format!("/api/v1/neighbourhoods/{}/issues/nearby?lat=95&lon=0", w.id),
        None,
    )
    .await
    .expect(422);
}

#[tokio::test]
async fn nearby_answers_at_most_twenty_suggestions_nearest_first() {
    let app = spawn_app().await;
    let w = world(&app).await;
    // 25 separate issues on a 5 x 5 grid 50 m apart (beyond the 30 m pooling radius), all within
    // 150 m of the centre.
    let (dlat, dlon) = (
        50.0 / 111_320.0,
        50.0 / (111_320.0 * HERE.0.to_radians().cos()),
    );
    for i in -2..=2 {
        for j in -2..=2 {
            let at = (HERE.0 + f64::from(i) * dlat, HERE.1 + f64::from(j) * dlon);
            let made = report(&app, &w, &w.ben, &w.pothole, at).await;
            assert_eq!(made["pooled"], false);
        }
    }
    let found = app
        .get(
            &format!(
                "/api/v1/neighbourhoods/{}/issues/nearby?lat={}&lon={}&category={}",
                w.id, HERE.0, HERE.1, w.pothole
            ),
            None,
        )
        .await
        .expect(200);
    let distances: Vec<f64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["distance_m"].as_f64().unwrap())
        .collect();
    assert_eq!(distances.len(), 20, "{distances:?}");
    assert!(distances.windows(2).all(|d| d[0] <= d[1]), "{distances:?}");
    // The five left out are the farthest: four corners (141 m) and one at 112 m.
    assert_eq!(distances[0], 0.0);
    assert!(distances[19] < 120.0, "{distances:?}");
}

#[tokio::test]
async fn bad_reports_are_refused_and_create_nothing() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let outsider = app.new_user("Olly").await;
    let path = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    let valid = |category: &str, lat: f64| json!({"category_id": category, "location": {"lat": lat, "lon": -0.1}, "description": "Broken"});
    app.post(&path, Some(&outsider.token), valid(&w.pothole, 51.5))
        .await
        .expect(403);
    app.post(&path, None, valid(&w.pothole, 51.5))
        .await
        .expect(401);
    let unknown = app
        .post(
            &path,
            Some(&w.ben.token),
            valid(&uuid::Uuid::now_v7().to_string(), 51.5),
        )
        .await
        .expect(422);
    assert!(unknown["errors"]["category_id"].is_array());
    let outside = app
        .post(&path, Some(&w.ben.token), valid(&w.pothole, 51.6))
        .await
        .expect(422);
    assert!(outside["errors"]["location"].is_array());
    let nowhere = json!({"category_id": w.pothole, "description": "Somewhere"});
    app.post(&path, Some(&w.ben.token), nowhere)
        .await
        .expect(422);
    let long = json!({"category_id": w.pothole, "location": {"lat": 51.5, "lon": -0.1}, "description": "x".repeat(4001)});
    app.post(&path, Some(&w.ben.token), long).await.expect(422);
    let list = app
        .get(&format!("/api/v1/neighbourhoods/{}/issues", w.id), None)
        .await
        .expect(200);
    assert_eq!(list["items"], json!([]));
}

/// A stored status this code does not know is an error when the row is read, not a silent
/// "open": the column is a typed active enum.
#[tokio::test]
async fn an_unknown_stored_status_is_an_error_not_a_default() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let id = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .parse::<uuid::Uuid>()
        .unwrap();
    let stored = issue::Entity::find_by_id(id).one(&app.db).await.unwrap();
    assert_eq!(stored.map(|i| i.status), Some(IssueStatus::Open));

    issue::Entity::update_many()
        .col_expr(issue::Column::Status, Expr::value("mended"))
        .filter(issue::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
    match issue::Entity::find_by_id(id).one(&app.db).await {
        Err(DbErr::Type(message)) => assert!(message.contains("mended"), "{message}"),
        other => panic!("an unknown status must not read as a status: {other:?}"),
    }
    // The API does not present the issue as if it had some other status.
    app.get(&format!("/api/v1/issues/{id}"), None)
        .await
        .expect(500);
}

#[tokio::test]
async fn affects_me_too_counts_each_person_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/issues/{issue}/support");
    assert_eq!(
        app.post_empty(&path, Some(&w.cat.token)).await.expect(200)["supporters_count"],
        2
    );
    assert_eq!(
        app.post_empty(&path, Some(&w.cat.token)).await.expect(200)["supporters_count"],
        2
    );
    assert_eq!(
        app.post_empty(&path, Some(&w.ben.token)).await.expect(200)["supporters_count"],
        2
    );
    let outsider = app.new_user("Olly").await;
    app.post_empty(&path, Some(&outsider.token))
        .await
        .expect(403);
    let detail = app
        .get(&format!("/api/v1/issues/{issue}"), Some(&w.cat.token))
        .await
        .expect(200);
    assert_eq!(detail["supported_by_me"], true);
}

#[tokio::test]
async fn status_changes_need_a_note_follow_the_workflow_and_tell_every_supporter() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post_empty(
        &format!("/api/v1/issues/{issue}/support"),
        Some(&w.cat.token),
    )
    .await
    .expect(200);
    let mut ben_live = LiveClient::connect(&app.address, &w.ben.token)
        .await
        .unwrap();
    ben_live
        .subscribe(&format!("user:{}", w.ben.id), None)
        .await
        .unwrap();
    assert!(matches!(
        ben_live.next_within(Duration::from_secs(5)).await,
        Some(ServerMessage::Subscribed { .. })
    ));

    let path = format!("/api/v1/issues/{issue}/status");
    app.post(
        &path,
        Some(&w.cat.token),
        json!({"status": "acknowledged", "note": "I saw it"}),
    )
    .await
    .expect(403);
    app.post(
        &path,
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "  "}),
    )
    .await
    .expect(422);
    app.post(
        &path,
        Some(&w.manager.token),
        json!({"status": "duplicate", "note": "no"}),
    )
    .await
    .expect(409);
    let acknowledged = app
        .post(
            &path,
            Some(&w.manager.token),
            json!({"status": "acknowledged", "note": "Crew booked for Tuesday"}),
        )
        .await
        .expect(200);
    assert_eq!(acknowledged["status"], "acknowledged");
    assert!(acknowledged["acknowledged_at"].is_string());
    let resolved = app
        .post(
            &path,
            Some(&w.ana.token),
            json!({"status": "resolved", "note": "Filled on Tuesday"}),
        )
        .await
        .expect(200);
    assert_eq!(resolved["impact_score"], 0.0);

    // Ben hears both changes on his own channel.
    let mut heard = Vec::new();
    while heard.len() < 2 {
        match ben_live.next_within(Duration::from_secs(5)).await {
            Some(ServerMessage::Event(e)) => {
                heard.push(e.data["status"].as_str().unwrap_or_default().to_owned())
            }
            Some(_) => continue,
            None => panic!("notifications did not arrive: {heard:?}"),
        }
    }
    assert_eq!(heard, ["acknowledged", "resolved"]);
    // Each says which issue changed and what the council said.
    let inbox = app
        .get("/api/v1/me/notifications", Some(&w.ben.token))
        .await
        .expect(200);
    let newest = &inbox["items"][0];
    assert_eq!(newest["data"]["issue_title"], "Pothole");
    assert_eq!(newest["data"]["note"], "Filled on Tuesday");
    // A change to the status it has is refused in words, not wire names.
    let again = app
        .post(
            &path,
            Some(&w.manager.token),
            json!({"status": "resolved", "note": "again"}),
        )
        .await
        .expect(409);
    assert_eq!(again["detail"], "This issue is already resolved.");
    let detail = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    let notes: Vec<&str> = detail["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["note"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["Crew booked for Tuesday", "Filled on Tuesday"]);
}

#[tokio::test]
async fn reporter_names_are_private_unless_they_choose_otherwise() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = json!({"category_id": w.pothole, "location": {"lat": NEAR.0, "lon": NEAR.1}, "description": "Me too", "show_name": true});
    app.post(
        &format!("/api/v1/neighbourhoods/{}/reports", w.id),
        Some(&w.cat.token),
        body,
    )
    .await
    .expect(201);

    let public = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    let names: Vec<Value> = public["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reporter_name"].clone())
        .collect();
    assert_eq!(names, [json!(null), json!("Cat")]);
    let staff = app
        .get(&format!("/api/v1/issues/{issue}"), Some(&w.manager.token))
        .await
        .expect(200);
    assert_eq!(staff["reports"][0]["reporter_name"], "Ben");
}

#[tokio::test]
async fn a_supporter_can_say_still_a_problem_after_resolution() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let reopen = format!("/api/v1/issues/{issue}/reopen");
    app.post(&reopen, Some(&w.ben.token), json!({}))
        .await
        .expect(409);
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "resolved", "note": "Filled"}),
    )
    .await
    .expect(200);
    app.post(&reopen, Some(&w.cat.token), json!({}))
        .await
        .expect(403);
    let mut manager_live = LiveClient::connect(&app.address, &w.manager.token)
        .await
        .unwrap();
    manager_live
        .subscribe(&format!("user:{}", w.manager.id), None)
        .await
        .unwrap();
    assert!(matches!(
        manager_live.next_within(Duration::from_secs(5)).await,
        Some(ServerMessage::Subscribed { .. })
    ));

    let reopened = app
        .post(
            &reopen,
            Some(&w.ben.token),
            json!({"note": "Crumbled again after the rain"}),
        )
        .await
        .expect(200);
    assert_eq!(reopened["status"], "open");
    assert_eq!(reopened["resolved_at"], json!(null));
    match manager_live.next_within(Duration::from_secs(5)).await {
        Some(ServerMessage::Event(e)) => assert_eq!(e.data["what"], "issue_reopened"),
        other => panic!("the manager was not told: {other:?}"),
    }
}

#[tokio::test]
async fn merging_moves_reports_and_counts_each_supporter_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let target = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let source = report(&app, &w, &w.cat, &w.pothole, FURTHER).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Ben supports both: after the merge he still counts once.
    app.post_empty(
        &format!("/api/v1/issues/{source}/support"),
        Some(&w.ben.token),
    )
    .await
    .expect(200);
    let path = format!("/api/v1/issues/{source}/merge");
    app.post(
        &path,
        Some(&w.cat.token),
        json!({"into": target, "note": "Same hole"}),
    )
    .await
    .expect(403);
    app.post(
        &path,
        Some(&w.manager.token),
        json!({"into": source, "note": "Same hole"}),
    )
    .await
    .expect(422);
    let merged = app
        .post(
            &path,
            Some(&w.manager.token),
            json!({"into": target, "note": "Same hole, reported twice"}),
        )
        .await
        .expect(200);
    assert_eq!(merged["id"], target.as_str());
    assert_eq!(
        (
            merged["reports_count"].as_i64(),
            merged["supporters_count"].as_i64()
        ),
        (Some(2), Some(2))
    );

    // The old link still works and points on.
    let old = app
        .get(&format!("/api/v1/issues/{source}"), None)
        .await
        .expect(200);
    assert_eq!(old["status"], "duplicate");
    assert_eq!(old["duplicate_of"], target.as_str());
    app.post(
        &path,
        Some(&w.manager.token),
        json!({"into": target, "note": "again"}),
    )
    .await
    .expect(409);
}

#[tokio::test]
async fn lists_filter_sort_and_export_geojson() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let lonely = report(&app, &w, &w.ben, &w.graffiti, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let popular = report(&app, &w, &w.ben, &w.pothole, FURTHER).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for u in [&w.cat, &w.ana] {
        app.post_empty(
            &format!("/api/v1/issues/{}/support", popular),
            Some(&u.token),
        )
        .await
        .expect(200);
    }
    let base = format!("/api/v1/neighbourhoods/{}/issues", w.id);
    let ids = |page: &Value| -> Vec<Value> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].clone())
            .collect()
    };

    let newest = app.get(&base, None).await.expect(200);
    assert_eq!(ids(&newest), [popular.as_str(), lonely.as_str()]);
    let by_impact = app
        .get(&format!("{base}?sort=impact"), None)
        .await
        .expect(200);
    assert_eq!(ids(&by_impact), [popular.as_str(), lonely.as_str()]);
    let oldest = app
        .get(&format!("{base}?sort=oldest_unresolved&limit=1"), None)
        .await
        .expect(200);
    assert_eq!(ids(&oldest), [lonely.as_str()]);
    let cursor = oldest["next_cursor"].as_str().unwrap();
    let next = app
        .get(
            &format!("{base}?sort=oldest_unresolved&limit=1&cursor={cursor}"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(ids(&next), [popular.as_str()]);

    let in_box = app
        .get(&format!("{base}?bbox=-0.11,51.4995,-0.09,51.5005"), None)
        .await
        .expect(200);
    assert_eq!(ids(&in_box), [lonely.as_str()]);
    let by_category = app
        .get(&format!("{base}?category={}", w.pothole), None)
        .await
        .expect(200);
    assert_eq!(ids(&by_category), [popular.as_str()]);
    let by_text = app
        .get(&format!("{base}?q=BUS%20STOP"), None)
        .await
        .expect(200);
    assert_eq!(ids(&by_text).len(), 2);
    let no_text = app
        .get(&format!("{base}?q=lamppost"), None)
        .await
        .expect(200);
    assert_eq!(ids(&no_text).len(), 0);
    app.get(&format!("{base}?bbox=1,2,3"), None)
        .await
        .expect(422);
    app.get(&format!("{base}?sort=loudest"), None)
        .await
        .expect(400);

    let geojson = app.get(&format!("{base}?format=geojson"), None).await;
    assert_eq!(geojson.content_type, "application/geo+json");
    let collection = geojson.expect(200);
    assert_eq!(collection["type"], "FeatureCollection");
    assert_eq!(collection["features"].as_array().unwrap().len(), 2);
    assert_eq!(collection["features"][0]["geometry"]["type"], "Point");
    assert_eq!(
        collection["features"][0]["properties"]["supporters_count"],
        3
    );
}

#[tokio::test]
async fn categories_ask_questions_and_reports_must_answer_them() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let questions = json!([
        {"code": "depth", "datatype": "number", "required": true, "description": "How deep, in cm?"},
        {"code": "lane", "datatype": "singlevaluelist", "description": "Where?", "values": [{"key": "road", "name": "Road"}, {"key": "cycle", "name": "Cycle lane"}]}
    ]);
    let path = format!("/api/v1/categories/{}", w.pothole);
    app.patch(&path, Some(&w.ben.token), json!({"attributes": questions}))
        .await
        .expect(403);
    let bad = json!([{"code": "lane", "datatype": "singlevaluelist", "description": "Where?"}]);
    app.patch(&path, Some(&w.manager.token), json!({"attributes": bad}))
        .await
        .expect(422);
    // Creating checks the questions exactly as editing does.
    let organisation = app
        .get(&format!("/api/v1/neighbourhoods/{}/categories", w.id), None)
        .await
        .expect(200)[0]["organisation_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let refused = app
        .post(
            &format!("/api/v1/organisations/{organisation}/categories"),
            Some(&w.manager.token),
            json!({"code": "bins", "name": "Bins", "attributes": bad}),
        )
        .await
        .expect(422);
    assert!(refused["errors"]["attributes"].is_array());
    let updated = app
        .patch(
            &path,
            Some(&w.manager.token),
            json!({"attributes": questions, "target_days": null}),
        )
        .await
        .expect(200);
    assert_eq!(updated["attributes"].as_array().unwrap().len(), 2);
    assert_eq!(updated["target_days"], json!(null));

    let reports = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    let with = |answers: Value| json!({"category_id": w.pothole, "location": {"lat": HERE.0, "lon": HERE.1}, "description": "Hole", "answers": answers});
    let missing = app
        .post(&reports, Some(&w.ben.token), with(json!({"lane": "road"})))
        .await
        .expect(422);
    assert_eq!(missing["errors"]["answers.depth"][0], "is required");
    app.post(
        &reports,
        Some(&w.ben.token),
        with(json!({"depth": 5, "lane": "pavement"})),
    )
    .await
    .expect(422);
    let filed = app
        .post(
            &reports,
            Some(&w.ben.token),
            with(json!({"depth": 5, "lane": "cycle"})),
        )
        .await
        .expect(201);
    // The issue's page shows the answers in words: the question, and the choice's name.
    let issue = filed["issue"]["id"].as_str().unwrap();
    let detail = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    let answers: Vec<(&str, &str)> = detail["reports"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["question"].as_str().unwrap(),
                a["answer"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(answers.len(), 2, "{answers:?}");
    assert!(answers.iter().any(|(_, answer)| *answer == "5"));
    assert!(
        answers.iter().any(|(_, answer)| *answer == "Cycle lane"),
        "{answers:?}"
    );
}

pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(width, height)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[tokio::test]
async fn reporters_add_up_to_three_clean_photos_that_neighbours_can_see() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let made = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let (report_id, issue) = (
        made["report_id"].as_str().unwrap().to_owned(),
        made["issue"]["id"].as_str().unwrap().to_owned(),
    );
    let path = format!("/api/v1/reports/{report_id}/photos");
    let upload = |who: &TestUser, bytes: Vec<u8>, content_type: &str| {
        let token = who.token.clone();
        let content_type = content_type.to_owned();
        let path = path.clone();
        let app = &app;
        async move {
            app.raw(
                reqwest::Method::POST,
                &path,
                Some(&token),
                Some(&content_type),
                bytes,
            )
            .await
        }
    };

    // The limits the report form is given are the ones enforced here.
    let limits = app.get("/api/v1/client-config", None).await.expect(200)["report_limits"].clone();
    let most_photos = limits["photos_per_report"].as_u64().unwrap();
    let most_bytes = limits["photo_bytes"].as_u64().unwrap() as usize;
    assert_eq!((most_photos, most_bytes), (3, 8 * 1024 * 1024));

    upload(&w.cat, png(64, 64), "image/png").await.expect(403);
    upload(&w.ben, b"<svg onload=alert(1)>".to_vec(), "image/png")
        .await
        .expect(422);
    upload(&w.ben, vec![0; most_bytes + 1], "image/jpeg")
        .await
        .expect(413);
    // The declared type does not matter; the content does.
    let photo = upload(&w.ben, png(800, 600), "text/plain")
        .await
        .expect(201);
    for _ in 1..most_photos {
        upload(&w.ben, png(10, 10), "image/png").await.expect(201);
    }
    upload(&w.ben, png(10, 10), "image/png").await.expect(409);

    let full = app
        .client
        .get(app.url(photo["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(full.status(), 200);
    assert_eq!(full.headers()["content-type"], "image/jpeg");
    let bytes = full.bytes().await.unwrap();
    assert_eq!(
        image::guess_format(&bytes).unwrap(),
        image::ImageFormat::Jpeg
    );
    let thumb = app
        .client
        .get(app.url(photo["thumbnail_url"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(image::load_from_memory(&thumb).unwrap().width(), 320);
    let detail = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    assert_eq!(detail["photos"].as_array().unwrap().len(), 3);
}
