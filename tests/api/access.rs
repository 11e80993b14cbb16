//! Access ends everywhere at once (live subscriptions, claims, the calendar feed, notifications),
//! suspended members write nothing, and the issue rules hold when requests race.

use std::time::Duration;

use commonground::live::{client::LiveClient, protocol::ServerMessage};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

use crate::{
    helpers::{id_of, spawn_app, TestApp, TestUser},
    issues::{report, world, World, HERE},
    live::expect_message,
};

/// A new open task in the world's neighbourhood, created by its coordinator (Ana).
async fn new_task(app: &TestApp, w: &World, title: &str) -> String {
    let task = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/tasks", w.id),
            Some(&w.ana.token),
            json!({"title": title, "slots": 3}),
        )
        .await
        .expect(201);
    format!("/api/v1/tasks/{}", id_of(&task))
}

/// The path of a fresh calendar link of `who`.
async fn calendar_path(app: &TestApp, who: &TestUser) -> String {
    let link = app
        .post_empty("/api/v1/me/calendar", Some(&who.token))
        .await
        .expect(201);
    let url = link["url"].as_str().unwrap();
    let (_, rest) = url.split_once("/api/").unwrap();
    format!("/api/{rest}")
}

async fn calendar(app: &TestApp, path: &str) -> String {
    let feed = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(feed.status(), 200);
    feed.text().await.unwrap()
}

/// Kinds of the events on a neighbourhood's log, oldest first.
async fn kinds(app: &TestApp, neighbourhood: &str) -> Vec<String> {
    use sea_orm::QueryOrder;
    entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{neighbourhood}")))
        .order_by_asc(entity::event::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

/// The `what` of every notification stored for `who`.
async fn notices(app: &TestApp, who: &TestUser) -> Vec<String> {
    entity::notification::Entity::find()
        .filter(entity::notification::Column::UserId.eq(who.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.what)
        .collect()
}

async fn make_private(app: &TestApp, w: &World) {
    app.patch(
        &format!("/api/v1/neighbourhoods/{}", w.id),
        Some(&w.ana.token),
        json!({"visibility": "private"}),
    )
    .await
    .expect(200);
}

async fn subscribed(client: &mut LiveClient, channel: &str) {
    client.subscribe(channel, None).await.unwrap();
    match expect_message(client, "subscribed", |m| {
        matches!(
            m,
            ServerMessage::Subscribed { .. } | ServerMessage::Error { .. }
        )
    })
    .await
    {
        ServerMessage::Subscribed { .. } => {}
        other => panic!("subscribe to {channel} failed: {other:?}"),
    }
}

async fn expect_unsubscribed(client: &mut LiveClient, channel: &str) {
    let message = expect_message(client, "unsubscribed", |m| {
        matches!(m, ServerMessage::Unsubscribed { .. })
    })
    .await;
    let ServerMessage::Unsubscribed { channel: ended, .. } = message else {
        unreachable!()
    };
    assert_eq!(ended, channel);
}

#[tokio::test]
async fn leaving_a_neighbourhood_releases_its_claims_and_empties_the_calendar() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let task = new_task(&app, &w, "Bulb planting").await;
    app.post_empty(&format!("{task}/claim"), Some(&w.ben.token))
        .await
        .expect(201);
    let feed = calendar_path(&app, &w.ben).await;
    assert!(calendar(&app, &feed)
        .await
        .contains("SUMMARY:Bulb planting"));

    app.post_empty(
        &format!("/api/v1/neighbourhoods/{}/leave", w.id),
        Some(&w.ben.token),
    )
    .await
    .expect(204);

    let detail = app.get(&task, Some(&w.ana.token)).await.expect(200);
    assert_eq!(detail["claimed_slots"], 0, "the slot is free again");
    let log = kinds(&app, &w.id).await;
    let released = log.iter().position(|k| k == "task.released");
    let left = log.iter().position(|k| k == "member.left");
    assert!(
        released.is_some() && left.is_some(),
        "the usual events: {log:?}"
    );
    let ics = calendar(&app, &feed).await;
    assert!(
        !ics.contains("Bulb planting"),
        "the feed no longer shows the neighbourhood's tasks: {ics}"
    );
}

#[tokio::test]
async fn a_removed_member_is_unsubscribed_and_loses_claims_at_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    make_private(&app, &w).await;
    let task = new_task(&app, &w, "Litter pick").await;
    app.post_empty(&format!("{task}/claim"), Some(&w.cat.token))
        .await
        .expect(201);
    let channel = format!("neighbourhood:{}", w.id);
    let mut live = LiveClient::connect(&app.address, &w.cat.token)
        .await
        .unwrap();
    subscribed(&mut live, &channel).await;

    app.delete(
        &format!("/api/v1/neighbourhoods/{}/members/{}", w.id, w.cat.id),
        Some(&w.ana.token),
    )
    .await
    .expect(204);

    expect_unsubscribed(&mut live, &channel).await;
    let detail = app.get(&task, Some(&w.ana.token)).await.expect(200);
    assert_eq!(detail["claimed_slots"], 0);
    // Cat may no longer see the task at all.
    app.get(&task, Some(&w.cat.token)).await.expect(404);
}

#[tokio::test]
async fn someone_who_left_a_private_neighbourhood_hears_nothing_more_of_its_issues() {
    let app = spawn_app().await;
    let w = world(&app).await;
    make_private(&app, &w).await;
    let made = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let issue = made["issue"]["id"].as_str().unwrap().to_owned();
    app.post_empty(
        &format!("/api/v1/issues/{issue}/support"),
        Some(&w.cat.token),
    )
    .await
    .expect(200);
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{}/leave", w.id),
        Some(&w.ben.token),
    )
    .await
    .expect(204);

    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "On our list"}),
    )
    .await
    .expect(200);

    assert_eq!(notices(&app, &w.cat).await, ["issue_status_changed"]);
    assert!(
        !notices(&app, &w.ben)
            .await
            .contains(&"issue_status_changed".to_owned()),
        "Ben left the private neighbourhood"
    );
}

#[tokio::test]
async fn a_suspended_member_cannot_say_still_a_problem_or_work_on_their_claims() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let task = new_task(&app, &w, "Leaf clearing").await;
    app.post_empty(&format!("{task}/claim"), Some(&w.ben.token))
        .await
        .expect(201);
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "resolved", "note": "Filled"}),
    )
    .await
    .expect(200);
    let until = chrono::Utc::now() + chrono::Duration::days(3);
    app.post(
        &format!(
            "/api/v1/neighbourhoods/{}/members/{}/suspend",
            w.id, w.ben.id
        ),
        Some(&w.ana.token),
        json!({"until": until, "reason": "Cooling off"}),
    )
    .await
    .expect(200);

    app.post(
        &format!("/api/v1/issues/{issue}/reopen"),
        Some(&w.ben.token),
        json!({"note": "Crumbled again"}),
    )
    .await
    .expect(403);
    let now = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(200);
    assert_eq!(now["status"], "resolved", "nothing changed");
    app.post_empty(&format!("{task}/check-in"), Some(&w.ben.token))
        .await
        .expect(403);
    let claim = &app.get(&task, Some(&w.ana.token)).await.expect(200)["claims"][0];
    assert_eq!(claim["status"], "active", "not checked in");
}

/// `count` copies of the same request at once; their statuses.
async fn at_once(app: &TestApp, count: usize, path: &str, token: &str, body: Value) -> Vec<u16> {
    let requests = (0..count).map(|_| {
        let body = body.clone();
        async move { app.post(path, Some(token), body).await }
    });
    futures_util::future::join_all(requests)
        .await
        .into_iter()
        .map(|a| {
            let status = a.status.as_u16();
            if status >= 400 {
                a.expect(status);
            }
            status
        })
        .collect()
}

/// Points about 66 m apart inside the neighbourhood: reports there never pool (30 m).
fn spot(n: usize) -> (f64, f64) {
    (51.4965 + 0.0006 * n as f64, -0.1)
}

async fn issue_with_supporters(app: &TestApp, w: &World, at: (f64, f64)) -> String {
    let issue = report(app, w, &w.ben, &w.pothole, at).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post_empty(
        &format!("/api/v1/issues/{issue}/support"),
        Some(&w.cat.token),
    )
    .await
    .expect(200);
    issue
}

#[tokio::test]
async fn thirty_identical_status_changes_at_once_apply_once_and_notify_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = issue_with_supporters(&app, &w, HERE).await;
    let statuses = at_once(
        &app,
        30,
        &format!("/api/v1/issues/{issue}/status"),
        &w.manager.token,
        json!({"status": "acknowledged", "note": "Seen"}),
    )
    .await;
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1);
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 29);
    let changed = kinds(&app, &w.id)
        .await
        .into_iter()
        .filter(|k| k == "issue.status_changed")
        .count();
    assert_eq!(changed, 1, "one event for the one change");
    assert_eq!(notices(&app, &w.cat).await, ["issue_status_changed"]);
    let updates = entity::issue_update::Entity::find()
        .filter(entity::issue_update::Column::IssueId.eq(issue.parse::<uuid::Uuid>().unwrap()))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(updates, 1, "one timeline entry");
}

#[tokio::test]
async fn crossed_merges_at_once_leave_exactly_one_issue_merged() {
    let app = spawn_app().await;
    let w = world(&app).await;
    for round in 0..5 {
        let a = issue_with_supporters(&app, &w, spot(2 * round)).await;
        let b = issue_with_supporters(&app, &w, spot(2 * round + 1)).await;
        let merge = |from: &str, into: &str| {
            let path = format!("/api/v1/issues/{from}/merge");
            let body = json!({"into": into, "note": "Same thing"});
            let app = &app;
            let token = w.manager.token.clone();
            async move { app.post(&path, Some(&token), body).await }
        };
        let (ab, ba) = tokio::join!(merge(&a, &b), merge(&b, &a));
        let mut statuses = [ab.status.as_u16(), ba.status.as_u16()];
        statuses.sort();
        assert_eq!(statuses, [200, 409], "exactly one merge applies");
        let a_now = app
            .get(&format!("/api/v1/issues/{a}"), None)
            .await
            .expect(200);
        let b_now = app
            .get(&format!("/api/v1/issues/{b}"), None)
            .await
            .expect(200);
        let merged: Vec<&Value> = [&a_now, &b_now]
            .into_iter()
            .filter(|i| i["status"] == "duplicate")
            .collect();
        assert_eq!(merged.len(), 1, "one of the two is merged: {a_now} {b_now}");
        let survivor = if a_now["status"] == "duplicate" {
            &b_now
        } else {
            &a_now
        };
        assert_eq!(merged[0]["duplicate_of"], survivor["id"]);
        assert_eq!(survivor["reports_count"], 2);
        assert_eq!(survivor["supporters_count"], 2);
    }
}

#[tokio::test]
async fn a_merge_racing_a_status_change_leaves_a_consistent_state() {
    let app = spawn_app().await;
    let w = world(&app).await;
    for round in 0..5 {
        let a = issue_with_supporters(&app, &w, spot(2 * round)).await;
        let b = issue_with_supporters(&app, &w, spot(2 * round + 1)).await;
        let (merge_path, status_path) = (
            format!("/api/v1/issues/{a}/merge"),
            format!("/api/v1/issues/{a}/status"),
        );
        let merge = app.post(
            &merge_path,
            Some(&w.manager.token),
            json!({"into": b, "note": "Same thing"}),
        );
        let resolve = app.post(
            &status_path,
            Some(&w.manager.token),
            json!({"status": "resolved", "note": "Filled"}),
        );
        let (merged, resolved) = tokio::join!(merge, resolve);
        assert_eq!(merged.status, 200, "a resolved issue can still be merged");
        let a_now = app
            .get(&format!("/api/v1/issues/{a}"), None)
            .await
            .expect(200);
        assert_eq!(a_now["status"], "duplicate", "merged last or merged anyway");
        assert_eq!(a_now["duplicate_of"], b.as_str());
        // The status change either landed first (and was merged along) or found it merged.
        assert!(
            [200, 409].contains(&resolved.status.as_u16()),
            "{}",
            resolved.body
        );
        let b_now = app
            .get(&format!("/api/v1/issues/{b}"), None)
            .await
            .expect(200);
        assert_eq!(b_now["reports_count"], 2);
    }
}

#[tokio::test]
async fn concurrent_photo_uploads_never_exceed_three_per_report() {
    // Room for all twelve (six decoding, six waiting): the rule under test is the count, not
    // the admission of uploads (`photos::thirty_two_simultaneous_...`).
    let app = crate::helpers::spawn_app_with(|s| s.photo_decode_concurrency = 6).await;
    let w = world(&app).await;
    let made = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let path = format!(
        "/api/v1/reports/{}/photos",
        made["report_id"].as_str().unwrap()
    );
    let mut png = std::io::Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(16, 16)
        .write_to(&mut png, image::ImageFormat::Png)
        .unwrap();
    let png = png.into_inner();
    let uploads = (0..12).map(|_| {
        let (path, png, app) = (path.clone(), png.clone(), &app);
        let token = w.ben.token.clone();
        async move {
            app.raw(
                reqwest::Method::POST,
                &path,
                Some(&token),
                Some("image/png"),
                png,
            )
            .await
        }
    });
    let answers = futures_util::future::join_all(uploads).await;
    let created = answers.iter().filter(|a| a.status == 201).count();
    assert_eq!(created, 3, "exactly the limit");
    for refused in answers.into_iter().filter(|a| a.status != 201) {
        refused.expect(409);
    }
    let stored = entity::photo::Entity::find()
        .filter(
            entity::photo::Column::ReportId.eq(made["report_id"]
                .as_str()
                .unwrap()
                .parse::<uuid::Uuid>()
                .unwrap()),
        )
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 3);
}

/// A private neighbourhood (Ana coordinates) served by an organisation with one staff member.
struct Served {
    admin: TestUser,
    staff: TestUser,
    org: String,
    neighbourhood: String,
}

async fn served_private_neighbourhood(app: &TestApp) -> Served {
    let admin = app.new_admin().await;
    let ana = app.new_user("Ana").await;
    let staff = app.new_user("Officer").await;
    let neighbourhood = id_of(
        &app.new_neighbourhood(&ana, "Hidden Court", json!({"visibility": "private"}))
            .await,
    );
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &staff.email)
        .await;
    app.serve(&admin, &org, &neighbourhood).await;
    Served {
        admin,
        staff,
        org,
        neighbourhood,
    }
}

/// A connection subscribed to `channel` as `who`.
async fn watching(app: &TestApp, who: &TestUser, channel: &str) -> LiveClient {
    let mut live = LiveClient::connect(&app.address, &who.token).await.unwrap();
    subscribed(&mut live, channel).await;
    live
}

/// Well under the dashboard's 5 s re-read: the event ended it, not the periodic backstop.
const AT_ONCE: Duration = Duration::from_secs(3);

#[tokio::test]
async fn staff_taken_off_an_organisation_lose_its_private_neighbourhood_and_dashboard_at_once() {
    let app = spawn_app().await;
    let s = served_private_neighbourhood(&app).await;
    let channel = format!("neighbourhood:{}", s.neighbourhood);
    let dashboard = format!("dashboard:{}", s.org);
    let mut neighbourhood_live = watching(&app, &s.staff, &channel).await;
    let mut dashboard_live = watching(&app, &s.staff, &dashboard).await;

    let started = std::time::Instant::now();
    app.delete(
        &format!("/api/v1/organisations/{}/staff/{}", s.org, s.staff.id),
        Some(&s.admin.token),
    )
    .await
    .expect(204);

    expect_unsubscribed(&mut neighbourhood_live, &channel).await;
    expect_unsubscribed(&mut dashboard_live, &dashboard).await;
    assert!(
        started.elapsed() < AT_ONCE,
        "ended by the event, after {:?}",
        started.elapsed()
    );
    // Subscribing again is refused: the neighbourhood no longer exists for them.
    neighbourhood_live.subscribe(&channel, None).await.unwrap();
    let refused = expect_message(&mut neighbourhood_live, "an error", |m| {
        matches!(m, ServerMessage::Error { .. })
    })
    .await;
    let ServerMessage::Error { code, .. } = refused else {
        unreachable!()
    };
    assert_eq!(code, "not_found");
}

#[tokio::test]
async fn an_organisation_that_stops_serving_a_private_neighbourhood_takes_its_staff_out_at_once() {
    let app = spawn_app().await;
    let s = served_private_neighbourhood(&app).await;
    let channel = format!("neighbourhood:{}", s.neighbourhood);
    let mut live = watching(&app, &s.staff, &channel).await;
    let mut dashboard_live = watching(&app, &s.staff, &format!("dashboard:{}", s.org)).await;

    let started = std::time::Instant::now();
    app.delete(
        &format!(
            "/api/v1/organisations/{}/neighbourhoods/{}",
            s.org, s.neighbourhood
        ),
        Some(&s.admin.token),
    )
    .await
    .expect(204);

    expect_unsubscribed(&mut live, &channel).await;
    // The open dashboard drops the neighbourhood and says its scope changed.
    let change = expect_message(
        &mut dashboard_live,
        "a scope change",
        |m| matches!(m, ServerMessage::Event(e) if e.data["scope_changed"] == true),
    )
    .await;
    let ServerMessage::Event(change) = change else {
        unreachable!()
    };
    assert!(change.data["seqs"].get(&channel).is_none());
    assert!(
        started.elapsed() < AT_ONCE,
        "ended by the event, after {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_organisation_that_starts_serving_a_private_neighbourhood_lets_its_staff_in_at_once() {
    let app = spawn_app().await;
    let admin = app.new_admin().await;
    let ana = app.new_user("Ana").await;
    let staff = app.new_user("Officer").await;
    let hidden = id_of(
        &app.new_neighbourhood(&ana, "Hidden Court", json!({"visibility": "private"}))
            .await,
    );
    let channel = format!("neighbourhood:{hidden}");
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &staff.email)
        .await;
    // The dashboard is open before the organisation serves anything.
    let mut dashboard_live = watching(&app, &staff, &format!("dashboard:{org}")).await;

    let started = std::time::Instant::now();
    app.serve(&admin, &org, &hidden).await;

    // The open dashboard follows the neighbourhood and says its scope changed...
    expect_message(
        &mut dashboard_live,
        "a scope change",
        |m| matches!(m, ServerMessage::Event(e) if e.data["scope_changed"] == true),
    )
    .await;
    // ...a subscription to it is accepted at once...
    let _neighbourhood_live = watching(&app, &staff, &channel).await;
    // ...and the dashboard hears the neighbourhood's next event.
    app.post(
        &format!("/api/v1/neighbourhoods/{hidden}/tasks"),
        Some(&ana.token),
        json!({"title": "Clear the gutter", "slots": 1}),
    )
    .await
    .expect(201);
    expect_message(
        &mut dashboard_live,
        "a change in the new neighbourhood",
        |m| matches!(m, ServerMessage::Event(e) if e.data["seqs"].get(&channel).is_some()),
    )
    .await;
    assert!(
        started.elapsed() < AT_ONCE,
        "widened by the event, after {:?}",
        started.elapsed()
    );
}
