//! Reports made by a member for a neighbour without an account: the neighbour counts as the
//! supporter, their details reach only coordinators and staff (never public views, exports,
//! Open311, live events or logs), a coordinator erases them on request, and the member is
//! reminded to pass status changes on.

use std::time::Duration;

use commonground::live::{client::LiveClient, protocol::ServerMessage};
use entity::{assisted_report, event, moderation_log, notification};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::{
    helpers::{spawn_app, spawn_app_with, TestApp, TestUser},
    issues::{world, World, HERE},
    smtp_sink::SmtpSink,
};

/// About 11 m and 22 m north of `HERE`: close enough to pool.
const NEAR: (f64, f64) = (51.5001, -0.1);
const NEARER: (f64, f64) = (51.5002, -0.1);
/// About 110 m north: a separate issue.
const AWAY: (f64, f64) = (51.501, -0.1);

const NAME: &str = "Mrs Patel";
const EMAIL: &str = "patel.neighbour@example.org";
const PHONE: &str = "+44 117 496 0000";

fn neighbour(name: &str) -> Value {
    json!({"display_name": name, "consent": true, "email": EMAIL, "phone": PHONE})
}

fn body(w: &World, at: (f64, f64), on_behalf_of: Option<Value>) -> Value {
    let mut body = json!({"category_id": w.pothole, "location": {"lat": at.0, "lon": at.1},
        "description": "Deep pothole by the bus stop"});
    if let Some(n) = on_behalf_of {
        body["on_behalf_of"] = n;
    }
    body
}

async fn file(app: &TestApp, w: &World, who: &TestUser, body: Value) -> Value {
    app.post(
        &format!("/api/v1/neighbourhoods/{}/reports", w.id),
        Some(&who.token),
        body,
    )
    .await
    .expect(201)
}

async fn report_for(app: &TestApp, w: &World, who: &TestUser, at: (f64, f64), name: &str) -> Value {
    file(app, w, who, body(w, at, Some(neighbour(name)))).await
}

fn issue_id(outcome: &Value) -> String {
    outcome["issue"]["id"].as_str().unwrap().to_owned()
}

async fn issue(app: &TestApp, id: &str, who: Option<&TestUser>) -> Value {
    app.get(
        &format!("/api/v1/issues/{id}"),
        who.map(|u| u.token.as_str()),
    )
    .await
    .expect(200)
}

/// Fails naming the place when any of the neighbour's details is in `text`.
fn assert_no_details(text: &str, place: &str) {
    for detail in ["Patel", "patel.neighbour", "117 496", "Jones"] {
        assert!(
            !text.contains(detail),
            "{detail} appears in {place}: {text}"
        );
    }
}

#[tokio::test]
async fn a_neighbour_reported_for_counts_as_one_supporter_and_the_member_not_at_all() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let first = report_for(&app, &w, &w.ben, HERE, NAME).await;
    let id = issue_id(&first);
    assert_eq!(first["pooled"], false);
    assert_eq!(first["issue"]["supporters_count"], 1, "the neighbour");
    // Ben reported for someone else: he is not among the supporters himself.
    assert_eq!(
        issue(&app, &id, Some(&w.ben)).await["supported_by_me"],
        false
    );

    // His own report of the same pothole adds him: two people affected.
    let own = file(&app, &w, &w.ben, body(&w, NEAR, None)).await;
    assert_eq!(
        (own["pooled"].clone(), issue_id(&own)),
        (json!(true), id.clone())
    );
    assert_eq!(own["issue"]["supporters_count"], 2);
    // The same neighbour again (spelt with other case and spacing) is still one neighbour.
    let again = report_for(&app, &w, &w.ben, NEARER, "  mrs   PATEL ").await;
    assert_eq!(again["issue"]["supporters_count"], 2);
    // Another neighbour, joined to the issue chosen in "is it one of these?" from further away.
    let mut chosen = body(&w, AWAY, Some(neighbour("Mr Jones")));
    chosen["issue_id"] = json!(id);
    let jones = file(&app, &w, &w.ben, chosen).await;
    assert_eq!(
        (jones["pooled"].clone(), issue_id(&jones)),
        (json!(true), id.clone())
    );
    assert_eq!(
        jones["issue"]["supporters_count"], 3,
        "two neighbours are two"
    );
    // "Affects me too" from Cat counts her with the neighbours.
    let supported = app
        .post_empty(&format!("/api/v1/issues/{id}/support"), Some(&w.cat.token))
        .await
        .expect(200);
    assert_eq!(supported["supporters_count"], 4);
    assert_eq!(supported["reports_count"], 4);

    // A neighbour on an issue merged into this one moves with their report and counts there.
    let other = report_for(&app, &w, &w.cat, AWAY, "Mr Khan").await;
    let merged = app
        .post(
            &format!("/api/v1/issues/{}/merge", issue_id(&other)),
            Some(&w.manager.token),
            json!({"into": id, "note": "The same pothole"}),
        )
        .await
        .expect(200);
    assert_eq!(merged["supporters_count"], 5);
    assert_eq!(merged["reports_count"], 5);
    let detail = issue(&app, &id, None).await;
    let assisted = detail["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["on_behalf_of_neighbour"] == true)
        .count();
    assert_eq!(assisted, 4);
}

#[tokio::test]
async fn the_neighbours_details_reach_only_coordinators_staff_and_the_member_who_typed_them() {
    let app = spawn_app().await;
    let w = world(&app).await;
    // Residents and the coordinator watch the neighbourhood live while it is reported.
    let mut watchers = Vec::new();
    for who in [&w.cat, &w.ana] {
        let mut live = LiveClient::connect(&app.address, &who.token).await.unwrap();
        // Registered before anything is reported, so both events are owed to it.
        live.subscribed(&format!("neighbourhood:{}", w.id), None)
            .await
            .unwrap();
        watchers.push(live);
    }
    let outcome = report_for(&app, &w, &w.ben, HERE, NAME).await;
    let id = issue_id(&outcome);
    assert_no_details(&outcome.to_string(), "the reporter's answer");
    app.post(
        &format!("/api/v1/issues/{id}/status"),
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "Booked"}),
    )
    .await
    .expect(200);
    for mut live in watchers {
        // Until both events arrived (however busy the machine), then whatever follows soon after:
        // no message may carry the neighbour's details.
        let mut heard = 0;
        let mut seen = Vec::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while heard < 2 && tokio::time::Instant::now() < deadline {
            let Some(message) = live.next_within(Duration::from_secs(1)).await else {
                continue;
            };
            if matches!(message, ServerMessage::Event(_)) {
                heard += 1;
            }
            let text = serde_json::to_string(&message).unwrap();
            assert_no_details(&text, "a live event");
            seen.push(text);
        }
        assert!(
            heard >= 2,
            "the report and the status change were heard: {seen:#?}"
        );
        while let Some(message) = live.next_within(Duration::from_millis(500)).await {
            assert_no_details(&serde_json::to_string(&message).unwrap(), "a live event");
        }
    }

    // The public, other residents and the member who reported.
    let public = issue(&app, &id, None).await;
    assert_eq!(public["reports"][0]["on_behalf_of_neighbour"], true);
    assert!(public["reports"][0].get("neighbour").is_none());
    assert_no_details(&public.to_string(), "the public issue");
    assert_no_details(
        &issue(&app, &id, Some(&w.cat)).await.to_string(),
        "another resident's view",
    );
    let own = issue(&app, &id, Some(&w.ben)).await;
    assert_eq!(own["reports"][0]["neighbour"]["display_name"], NAME);
    assert!(own["reports"][0]["neighbour"]["email"].is_null());
    assert!(own["reports"][0]["neighbour"]["phone"].is_null());
    // The coordinator and the serving organisation's staff see who, how to reach them, and
    // who recorded their consent.
    for who in [&w.ana, &w.manager] {
        let full = issue(&app, &id, Some(who)).await;
        let n = &full["reports"][0]["neighbour"];
        assert_eq!(
            (&n["display_name"], &n["email"], &n["phone"]),
            (&json!(NAME), &json!(EMAIL), &json!(PHONE))
        );
        assert_eq!(n["consent_by"], json!(w.ben.id));
        assert_eq!(n["consent_by_name"], "Ben");
        assert!(n["consent_at"].is_string() && n["erased_at"].is_null());
    }

    // Lists, suggestions and maps.
    let lists = [
        format!("/api/v1/neighbourhoods/{}/issues", w.id),
        format!("/api/v1/neighbourhoods/{}/issues?format=geojson", w.id),
        format!(
            "/api/v1/neighbourhoods/{}/issues/nearby?lat={}&lon={}",
            w.id, HERE.0, HERE.1
        ),
    ];
    for path in &lists {
        let answer = app.get(path, Some(&w.cat.token)).await.expect(200);
        assert_no_details(&answer.to_string(), path);
    }
    // The staff's exports.
    for format in ["csv", "geojson"] {
        let path = format!("/api/v1/organisations/{}/issues/export.{format}", w.org);
        let response = app
            .client
            .get(app.url(&path))
            .bearer_auth(&w.manager.token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let text = response.text().await.unwrap();
        assert!(text.contains(&id), "the export has the issue: {text}");
        assert_no_details(&text, &path);
    }
    // Open311, JSON and XML, the list and the one request.
    for path in [
        "/open311/v2/requests.json".to_owned(),
        "/open311/v2/requests.xml".to_owned(),
        format!("/open311/v2/requests/{id}.json"),
        format!("/open311/v2/requests/{id}.xml"),
    ] {
        let response = app.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let text = response.text().await.unwrap();
        assert!(text.contains(&id), "{path} has the issue: {text}");
        assert_no_details(&text, &path);
    }
    // The neighbourhood's stored live log (what reconnecting clients replay).
    for row in event::Entity::find().all(&app.db).await.unwrap() {
        if row.channel.starts_with("neighbourhood:") {
            assert_no_details(&row.payload.to_string(), &row.channel);
        }
    }
}

#[tokio::test]
async fn without_consent_or_with_bad_details_nothing_is_filed() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let path = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    let refused = app
        .post(
            &path,
            Some(&w.ben.token),
            body(
                &w,
                HERE,
                Some(json!({"display_name": NAME, "consent": false})),
            ),
        )
        .await
        .expect(422);
    assert!(
        refused.to_string().contains("on_behalf_of.consent"),
        "{refused}"
    );
    let bad = [
        json!({"display_name": NAME}),
        json!({"display_name": "x".repeat(81), "consent": true}),
        json!({"display_name": "Mrs\u{0}Patel", "consent": true}),
        json!({"display_name": "\u{200B}\u{202E} ", "consent": true}),
        json!({"display_name": NAME, "consent": true, "email": "not an address"}),
        json!({"display_name": NAME, "consent": true, "email": format!("{}@example.org", "a".repeat(300))}),
        json!({"display_name": NAME, "consent": true, "email": ""}),
        json!({"display_name": NAME, "consent": true, "phone": "call me"}),
        json!({"display_name": NAME, "consent": true, "phone": "1".repeat(41)}),
        json!({"display_name": NAME, "consent": true, "phone": "0117\u{0}4960000"}),
        json!({"display_name": NAME, "consent": true, "address": "3 Mill Lane"}),
        json!("Mrs Patel"),
    ];
    for on_behalf_of in bad {
        let answer = app
            .post(
                &path,
                Some(&w.ben.token),
                body(&w, HERE, Some(on_behalf_of.clone())),
            )
            .await;
        assert!(
            answer.status.is_client_error(),
            "{on_behalf_of} answered {}",
            answer.status
        );
        assert_eq!(answer.content_type, "application/problem+json");
    }
    let issues = app
        .get(&format!("/api/v1/neighbourhoods/{}/issues", w.id), None)
        .await
        .expect(200);
    assert_eq!(issues["items"], json!([]), "nothing was filed");
    assert!(assisted_report::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .is_empty());
    // Someone outside the neighbourhood cannot report for anyone either.
    let stranger = app.new_user("Stranger").await;
    app.post(
        &path,
        Some(&stranger.token),
        body(&w, HERE, Some(neighbour(NAME))),
    )
    .await
    .expect(403);
}

#[tokio::test]
async fn a_status_change_reminds_the_member_to_pass_it_on_naming_their_neighbours() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
    })
    .await;
    let w = world(&app).await;
    crate::notifications::set_email_mode(&app, &w.ben, "immediate").await;
    let id = issue_id(&report_for(&app, &w, &w.ben, HERE, NAME).await);
    report_for(&app, &w, &w.ben, NEAR, "Mr Jones").await;
    // Ben supports it himself too; Cat supports it.
    file(&app, &w, &w.ben, body(&w, NEARER, None)).await;
    app.post_empty(&format!("/api/v1/issues/{id}/support"), Some(&w.cat.token))
        .await
        .expect(200);
    app.post(
        &format!("/api/v1/issues/{id}/status"),
        Some(&w.manager.token),
        json!({"status": "in_progress", "note": "Crew on site"}),
    )
    .await
    .expect(200);

    // Ben gets one notice for the change, the reminder, naming both neighbours.
    let inbox = app
        .get("/api/v1/me/notifications", Some(&w.ben.token))
        .await
        .expect(200);
    let items = inbox["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{inbox}");
    let data = &items[0]["data"];
    assert_eq!(data["what"], "assisted_issue_status_changed");
    assert_eq!(data["neighbours"], json!([NAME, "Mr Jones"]));
    assert_eq!(data["status"], "in_progress");
    assert_eq!(data["note"], "Crew on site");
    // Cat, a supporter, gets the ordinary notice, which names nobody.
    let cats = app
        .get("/api/v1/me/notifications", Some(&w.cat.token))
        .await
        .expect(200);
    assert_eq!(cats["items"][0]["data"]["what"], "issue_status_changed");
    assert_no_details(&cats.to_string(), "Cat's inbox");
    // The e-mail says whom to pass it to.
    let mail = sink.wait_for(&w.ben.email, Duration::from_secs(10)).await;
    let subject = mail.header("Subject").unwrap();
    assert!(subject.contains("which you reported for"), "{subject}");
    assert!(mail.data.contains("pass the update on"), "{}", mail.data);
    // The neighbour's address gets one message: the link to confirm following the issue (the
    // double opt-in of anyone following by e-mail); no update reaches it until they confirm.
    let confirmation = sink.wait_for(EMAIL, Duration::from_secs(10)).await;
    assert!(
        confirmation.decoded().contains("/follow/confirm#token="),
        "{}",
        confirmation.decoded()
    );
    let to_neighbour = sink
        .all()
        .await
        .into_iter()
        .filter(|m| m.to.contains(&EMAIL.to_owned()))
        .count();
    assert_eq!(to_neighbour, 1);
}

#[tokio::test]
async fn a_coordinator_erases_the_neighbours_details_and_the_support_stays() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let outcome = report_for(&app, &w, &w.ben, HERE, NAME).await;
    let (id, report) = (
        issue_id(&outcome),
        outcome["report_id"].as_str().unwrap().to_owned(),
    );
    app.post(
        &format!("/api/v1/issues/{id}/status"),
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "Booked"}),
    )
    .await
    .expect(200);
    let inbox = app
        .get("/api/v1/me/notifications", Some(&w.ben.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"][0]["data"]["neighbours"], json!([NAME]));

    // Her address asked to follow the issue by e-mail when she was reported for.
    let follows_of_her = || async {
        entity::issue_follow::Entity::find()
            .filter(entity::issue_follow::Column::Email.eq(EMAIL))
            .count(&app.db)
            .await
            .unwrap()
    };
    assert_eq!(follows_of_her().await, 1);
    let erase = format!("/api/v1/reports/{report}/neighbour");
    app.delete(&erase, None).await.expect(401);
    // Residents (the member who reported too) and the council's staff may not; only coordinators.
    for who in [&w.cat, &w.ben, &w.manager] {
        app.delete(&erase, Some(&who.token)).await.expect(403);
    }
    app.delete(&erase, Some(&w.ana.token)).await.expect(204);
    app.delete(&erase, Some(&w.ana.token)).await.expect(204);
    assert_eq!(
        follows_of_her().await,
        0,
        "removing her details ends the follow"
    );

    let after = issue(&app, &id, Some(&w.ana)).await;
    assert_eq!(after["supporters_count"], 1, "still counted");
    let report_view = &after["reports"][0];
    assert_eq!(report_view["on_behalf_of_neighbour"], true);
    let n = &report_view["neighbour"];
    assert!(n["display_name"].is_null() && n["email"].is_null() && n["phone"].is_null());
    assert!(n["erased_at"].is_string());
    assert_eq!(n["consent_by"], json!(w.ben.id), "the consent record stays");
    // Ben's notice no longer names her, in the inbox and in his channel's log.
    let inbox = app
        .get("/api/v1/me/notifications", Some(&w.ben.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"][0]["data"]["neighbours"], json!([]));
    assert!(inbox["items"][0]["summary"]
        .as_str()
        .is_none_or(|s| !s.contains("Patel")));
    // Nowhere in the database: the row, the inboxes, the live log, the moderation log.
    let rows = assisted_report::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].display_name.clone(), rows[0].email.clone()),
        (None, None)
    );
    for n in notification::Entity::find().all(&app.db).await.unwrap() {
        assert_no_details(&n.data.to_string(), "a stored notification");
    }
    for e in event::Entity::find().all(&app.db).await.unwrap() {
        assert_no_details(&e.payload.to_string(), &e.channel);
    }
    let logged = moderation_log::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(logged.len(), 1, "one entry, however often it was asked");
    assert_no_details(&format!("{logged:?}"), "the moderation log");
    let log = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/moderation/log", w.id),
            Some(&w.ana.token),
        )
        .await
        .expect(200);
    assert_eq!(log["items"][0]["action"], "neighbour_details_erased");
    assert_eq!(log["items"][0]["user_name"], "Ben");
    // A report made for nobody has nothing to erase.
    let own = file(&app, &w, &w.ben, body(&w, NEAR, None)).await;
    app.delete(
        &format!(
            "/api/v1/reports/{}/neighbour",
            own["report_id"].as_str().unwrap()
        ),
        Some(&w.ana.token),
    )
    .await
    .expect(404);
}

/// Run on PostgreSQL too: every report pools into the one issue, and each neighbour counts once
/// however the reports interleave.
#[tokio::test]
async fn concurrent_reports_for_neighbours_pool_into_one_issue_and_count_each_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let first = report_for(&app, &w, &w.ben, HERE, "Neighbour 0").await;
    let id = issue_id(&first);
    // Ben reports for seven more neighbours while Cat reports eight times for the same one.
    let requests: Vec<(&TestUser, String)> = (1..8)
        .map(|i| (&w.ben, format!("Neighbour {i}")))
        .chain((0..8).map(|_| (&w.cat, NAME.to_owned())))
        .collect();
    let answers = futures_util::future::join_all(
        requests
            .iter()
            .map(|(who, name)| report_for(&app, &w, who, NEAR, name)),
    )
    .await;
    assert!(
        answers.iter().all(|a| issue_id(a) == id),
        "all pooled into one issue"
    );
    let after = issue(&app, &id, None).await;
    assert_eq!(after["reports_count"], 16);
    assert_eq!(
        after["supporters_count"], 9,
        "eight of Ben's neighbours and Cat's one"
    );
    let counted = assisted_report::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.counts_as_supporter)
        .count();
    assert_eq!(counted, 9);
}

#[tokio::test]
async fn the_neighbours_details_never_appear_in_the_logs() {
    let log = crate::logging::CapturedLog::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_env_filter("debug,sqlx=warn,sea_orm=warn,hyper=warn,reqwest=warn")
        .try_init()
        .expect("this test's process logs only here");
    let app = spawn_app().await;
    let w = world(&app).await;
    let outcome = report_for(&app, &w, &w.ben, HERE, NAME).await;
    // A refused one too: errors are logged with more detail.
    let path = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    app.post(
        &path,
        Some(&w.ben.token),
        body(
            &w,
            HERE,
            Some(json!({"display_name": "Mr Jones", "consent": false, "phone": "call Jones"})),
        ),
    )
    .await
    .expect(422);
    app.delete(
        &format!(
            "/api/v1/reports/{}/neighbour",
            outcome["report_id"].as_str().unwrap()
        ),
        Some(&w.ana.token),
    )
    .await
    .expect(204);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("/reports"),
        "the requests are logged:\n{text}"
    );
    assert_no_details(&text, "the log");
}
