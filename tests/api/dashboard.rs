//! The service manager's dashboard on a known fixture: every figure checked against a value
//! worked out by hand from the fixture below (on SQLite, and on PostgreSQL with
//! `TEST_DATABASE_URL`).

use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveTime, SubsecRound, Utc};
use commonground::live::{
    client::LiveClient, kinds::IssueSupported, protocol::ServerMessage, NeighbourhoodEvent,
    NewEvent, Transaction,
};
use entity::{issue, issue_update, task, task_claim};
use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{id_of, spawn_app, TestApp, TestUser};

const HOUR: i64 = 3600;

/// Two served neighbourhoods, the council's two categories, and a water company that also
/// serves Elm Street with a category of its own (its issues are not the council's).
pub struct Fixture {
    pub org: String,
    pub elm: String,
    pub oak: String,
    pub pothole: String,
    pub graffiti: String,
    pub manager: TestUser,
    pub ana: TestUser,
    pub ben: TestUser,
    pub cat: TestUser,
    pub dan: TestUser,
    /// Issues A..G of the fixture (G is merged into A).
    pub issues: Vec<String>,
    pub now: DateTime<Utc>,
    /// When A..F were first reported.
    pub first: Vec<DateTime<Utc>>,
}

async fn report(
    app: &TestApp,
    neighbourhood: &str,
    who: &TestUser,
    category: &str,
    at: (f64, f64),
) -> String {
    let body = json!({"category_id": category, "location": {"lat": at.0, "lon": at.1}, "description": "=cmd|' /C calc'!A0 and a pothole;@SUM(1+1)\n-2+3"});
    let answer = app
        .post(
            &format!("/api/v1/neighbourhoods/{neighbourhood}/reports"),
            Some(&who.token),
            body,
        )
        .await
        .expect(201);
    answer["issue"]["id"].as_str().unwrap().to_owned()
}

async fn set_status(app: &TestApp, manager: &TestUser, issue: &str, status: &str) {
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&manager.token),
        json!({"status": status, "note": format!("Now {status}")}),
    )
    .await
    .expect(200);
}

async fn set_first_reported(app: &TestApp, issue: &str, at: DateTime<Utc>) {
    let id: Uuid = issue.parse().unwrap();
    issue::Entity::update_many()
        .col_expr(issue::Column::FirstReportedAt, Expr::value(at))
        .col_expr(issue::Column::CreatedAt, Expr::value(at))
        .filter(issue::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

async fn set_update_time(app: &TestApp, issue: &str, status: &str, at: DateTime<Utc>) {
    let id: Uuid = issue.parse().unwrap();
    let changed = issue_update::Entity::update_many()
        .col_expr(issue_update::Column::CreatedAt, Expr::value(at))
        .filter(issue_update::Column::IssueId.eq(id))
        .filter(issue_update::Column::Status.eq(status))
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(changed.rows_affected, 1);
    // The issue keeps when it was first answered and first resolved; backdating its timeline
    // moves those too, as if the changes had happened then.
    let timeline = issue_update::Entity::find()
        .filter(issue_update::Column::IssueId.eq(id))
        .all(&app.db)
        .await
        .unwrap();
    let first = |keep: &dyn Fn(&str) -> bool| {
        timeline
            .iter()
            .filter(|u| keep(u.status.as_str()))
            .map(|u| u.created_at)
            .min()
    };
    let answered = first(&|s| ["acknowledged", "in_progress", "resolved", "declined"].contains(&s));
    let resolved = first(&|s| s == "resolved");
    issue::Entity::update_many()
        .col_expr(issue::Column::FirstAnsweredAt, Expr::value(answered))
        .col_expr(issue::Column::FirstResolvedAt, Expr::value(resolved))
        .filter(issue::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

pub async fn category(
    app: &TestApp,
    org: &str,
    staff: &TestUser,
    code: &str,
    target: Option<i32>,
) -> String {
    id_of(
        &app.post(
            &format!("/api/v1/organisations/{org}/categories"),
            Some(&staff.token),
            json!({"code": code, "name": code.to_uppercase(), "group": "Streets", "keywords": [], "target_days": target}),
        )
        .await
        .expect(201),
    )
}

/// The fixture (times relative to now):
///
/// | issue | where, category | first reported | history (hours after first report) | now |
/// |---|---|---|---|---|
/// | A | Elm, pothole (14 d) | −20 d | ben + cat's pooled report, dan supports, G merged in | open |
/// | B | Elm, graffiti (7 d) | −10 d | acknowledged +1 h | acknowledged |
/// | C | Oak, pothole | −5 d | in progress +2 h | in progress |
/// | D | Elm, pothole | −4 d | acknowledged +6 h, resolved +24 h | resolved |
/// | E | Oak, graffiti | −3 d | resolved +48 h | resolved |
/// | F | Oak, pothole | today | — | open |
/// | G | Elm, pothole | −2 d | merged into A | duplicate |
/// | W | Elm, the water company's leak | now | — | open (not the council's) |
pub async fn fixture(app: &TestApp) -> Fixture {
    let admin = app.new_admin().await;
    let manager = app.new_user("Manager").await;
    let water_manager = app.new_user("Water").await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let dan = app.new_user("Dan").await;
    let elm = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let oak = id_of(
        &app.new_neighbourhood(
            &ana,
            "Oak Road",
            json!({"center": {"lat": 51.6, "lon": -0.2}}),
        )
        .await,
    );
    for u in [&ben, &cat, &dan] {
        app.join(u, &elm).await;
    }
    app.join(&dan, &oak).await;
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &manager.email)
        .await;
    app.serve(&admin, &org, &elm).await;
    app.serve(&admin, &org, &oak).await;
    let water = app
        .organisation_with_staff(&admin, "Water Co", &water_manager.email)
        .await;
    app.serve(&admin, &water, &elm).await;
    let pothole = category(app, &org, &manager, "pothole", Some(14)).await;
    let graffiti = category(app, &org, &manager, "graffiti", Some(7)).await;
    let leak = category(app, &water, &water_manager, "leak", None).await;

    let a = report(app, &elm, &ben, &pothole, (51.5, -0.1)).await;
    assert_eq!(report(app, &elm, &cat, &pothole, (51.5001, -0.1)).await, a);
    app.post_empty(&format!("/api/v1/issues/{a}/support"), Some(&dan.token))
        .await
        .expect(200);
    let b = report(app, &elm, &ben, &graffiti, (51.501, -0.1)).await;
    let c = report(app, &oak, &ana, &pothole, (51.6, -0.2)).await;
    let d = report(app, &elm, &cat, &pothole, (51.503, -0.1)).await;
    let e = report(app, &oak, &ana, &graffiti, (51.6015, -0.2)).await;
    let f = report(app, &oak, &dan, &pothole, (51.603, -0.2)).await;
    let g = report(app, &elm, &dan, &pothole, (51.497, -0.1)).await;
    report(app, &elm, &ben, &leak, (51.5, -0.1)).await;

    set_status(app, &manager, &b, "acknowledged").await;
    set_status(app, &manager, &c, "in_progress").await;
    set_status(app, &manager, &d, "acknowledged").await;
    set_status(app, &manager, &d, "resolved").await;
    set_status(app, &manager, &e, "resolved").await;
    app.post(
        &format!("/api/v1/issues/{g}/merge"),
        Some(&manager.token),
        json!({"into": a, "note": "Same hole"}),
    )
    .await
    .expect(200);

    let now = Utc::now();
    let today = now.date_naive().and_time(NaiveTime::MIN).and_utc();
    let days = |n: i64| now - chrono::Duration::days(n);
    let first = vec![
        days(20),
        days(10),
        days(5),
        days(4),
        days(3),
        today + (now - today) / 2,
    ];
    for (issue, at) in [&a, &b, &c, &d, &e, &f].into_iter().zip(&first) {
        set_first_reported(app, issue, *at).await;
    }
    set_first_reported(app, &g, days(2)).await;
    let after = |i: usize, hours: i64| first[i] + chrono::Duration::hours(hours);
    set_update_time(app, &b, "acknowledged", after(1, 1)).await;
    set_update_time(app, &c, "in_progress", after(2, 2)).await;
    set_update_time(app, &d, "acknowledged", after(3, 6)).await;
    set_update_time(app, &d, "resolved", after(3, 24)).await;
    set_update_time(app, &e, "resolved", after(4, 48)).await;

    // Tasks in Elm Street: one open, one staffed, one done; 2.5 verified hours this week and 4
    // verified a month ago.
    let mut tasks = Vec::new();
    for title in ["Fill sandbags", "Paint over graffiti", "Litter pick"] {
        let task = app
            .post(
                &format!("/api/v1/neighbourhoods/{elm}/tasks"),
                Some(&ana.token),
                json!({"title": title, "description": "Help wanted", "slots": 3}),
            )
            .await
            .expect(201);
        tasks.push(id_of(&task));
    }
    for (task, who) in [(&tasks[2], &ben), (&tasks[2], &cat)] {
        app.post_empty(&format!("/api/v1/tasks/{task}/claim"), Some(&who.token))
            .await
            .expect(201);
    }
    for (id, status) in [(&tasks[1], "staffed"), (&tasks[2], "verified")] {
        task::Entity::update_many()
            .col_expr(task::Column::Status, Expr::value(status))
            .filter(task::Column::Id.eq(id.parse::<Uuid>().unwrap()))
            .exec(&app.db)
            .await
            .unwrap();
    }
    for (who, hours, at) in [(&ben, 2.5, now), (&cat, 4.0, days(30))] {
        task_claim::Entity::update_many()
            .col_expr(task_claim::Column::Status, Expr::value("verified"))
            .col_expr(task_claim::Column::Hours, Expr::value(hours))
            .col_expr(task_claim::Column::VerifiedAt, Expr::value(at))
            .filter(task_claim::Column::UserId.eq(who.id))
            .exec(&app.db)
            .await
            .unwrap();
    }

    Fixture {
        org,
        elm,
        oak,
        pothole,
        graffiti,
        manager,
        ana,
        ben,
        cat,
        dan,
        issues: vec![a, b, c, d, e, f, g],
        now,
        first,
    }
}

async fn dashboard(app: &TestApp, f: &Fixture, query: &str) -> Value {
    app.get(
        &format!("/api/v1/organisations/{}/dashboard{query}", f.org),
        Some(&f.manager.token),
    )
    .await
    .expect(200)
}

fn close(value: &Value, expected: f64) {
    let got = value.as_f64().unwrap_or(f64::NAN);
    assert!(
        (got - expected).abs() < 1.0,
        "expected about {expected}, got {value}"
    );
}

#[tokio::test]
async fn the_dashboard_figures_match_the_hand_computed_fixture() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let d = dashboard(&app, &f, "").await;

    assert_eq!(d["neighbourhoods"].as_array().unwrap().len(), 2);
    assert_eq!(
        d["categories"].as_array().unwrap().len(),
        2,
        "not the water company's"
    );
    // Open: A, F open; B acknowledged; C in progress. W is the water company's.
    assert_eq!(
        d["open"],
        json!({"open": 2, "acknowledged": 1, "in_progress": 1, "total": 4})
    );
    let by_category = |code: &str| {
        d["open_by_category"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["category"]["code"] == code)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        by_category("pothole")["open"],
        json!({"open": 2, "acknowledged": 0, "in_progress": 1, "total": 3})
    );
    assert_eq!(by_category("graffiti")["open"]["acknowledged"], 1);
    // Past target: A (20 d > 14 d) and B (10 d > 7 d); C (5 d) and F are not.
    assert_eq!(by_category("pothole")["past_target"], 1);
    assert_eq!(by_category("graffiti")["past_target"], 1);
    assert_eq!(d["past_target"], 2);

    // New today: F. This week: those of A..F reported since Monday 00:00 UTC.
    assert_eq!(d["new_today"], 1);
    let today = f.now.date_naive();
    let monday = (today - chrono::Duration::days(today.weekday().num_days_from_monday() as i64))
        .and_time(NaiveTime::MIN)
        .and_utc();
    let this_week = f.first.iter().filter(|t| **t >= monday).count();
    assert_eq!(d["new_this_week"], this_week);

    // First answers: B 1 h, C 2 h, D 6 h, E 48 h (resolving answers too).
    // Median (2 + 6) / 2 = 4 h; p90 at rank 2.7: 6 + 0.7 × 42 = 35.4 h.
    assert_eq!(d["time_to_acknowledge"]["count"], 4);
    close(
        &d["time_to_acknowledge"]["median_seconds"],
        4.0 * HOUR as f64,
    );
    close(&d["time_to_acknowledge"]["p90_seconds"], 35.4 * HOUR as f64);
    // Resolved: D 24 h, E 48 h. Median 36 h; p90 24 + 0.9 × 24 = 45.6 h.
    assert_eq!(d["time_to_resolve"]["count"], 2);
    close(&d["time_to_resolve"]["median_seconds"], 36.0 * HOUR as f64);
    close(&d["time_to_resolve"]["p90_seconds"], 45.6 * HOUR as f64);

    // Pooling over 30 days: A..F (G is a merged duplicate): 6 issues, A has 3 reports (ben,
    // cat, and G's), the others 1 each: 8 reports; supporters 3 + 5 = 8; 2 reports saved.
    assert_eq!(
        d["pooling"],
        json!({"issues": 6, "reports": 8, "supporters": 8, "duplicate_work_saved": 2})
    );

    // Impact: A 10·ln 4 + 0.2·20 + 5 + 0.5·6 = 25.86; B 10·ln 2 + 2 + 5 + 1.5 = 15.43;
    // C 6.93 + 1 = 7.93; F 6.93.
    let top: Vec<&str> = d["top_issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let i = &f.issues;
    assert_eq!(top, [&i[0], &i[1], &i[2], &i[5]]);
    close(&d["top_issues"][0]["impact_score"], 25.86);

    assert_eq!(
        d["tasks"],
        json!({"open": 1, "staffed": 1, "done": 1, "verified_hours_this_week": 2.5})
    );
    assert_eq!(d["members_online"], 0);

    // Trend: 30 days ending today; created A..F, resolved D (−3 d) and E (−1 d).
    let trend = d["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 30);
    assert_eq!(trend[29]["date"], today.to_string());
    assert_eq!(trend[29]["created"], 1);
    let sum = |key: &str| trend.iter().map(|t| t[key].as_i64().unwrap()).sum::<i64>();
    assert_eq!((sum("created"), sum("resolved")), (6, 2));
    let yesterday = (f.now - chrono::Duration::days(1)).date_naive().to_string();
    let day = trend.iter().find(|t| t["date"] == yesterday).unwrap();
    assert_eq!(day["resolved"], 1);

    // Map: the 4 open issues, as GeoJSON points.
    assert_eq!(d["map"]["type"], "FeatureCollection");
    let features = d["map"]["features"].as_array().unwrap();
    assert_eq!(features.len(), 4);
    assert_eq!(features[0]["geometry"]["type"], "Point");
    assert_eq!(d["map"]["truncated"], false);
    let seqs = d["seqs"].as_object().unwrap();
    assert!(seqs[&format!("neighbourhood:{}", f.elm)].as_i64().unwrap() > 10);
}

#[tokio::test]
async fn the_dashboard_filters_by_neighbourhood_category_and_period() {
    let app = spawn_app().await;
    let f = fixture(&app).await;

    // Oak Road: C in progress, F open; E resolved there (48 h); Elm's tasks are not Oak's.
    let oak = dashboard(&app, &f, &format!("?neighbourhood_id={}", f.oak)).await;
    assert_eq!(oak["open"]["total"], 2);
    assert_eq!(oak["open"]["in_progress"], 1);
    assert_eq!(oak["time_to_resolve"]["count"], 1);
    close(
        &oak["time_to_resolve"]["median_seconds"],
        48.0 * HOUR as f64,
    );
    assert_eq!(oak["tasks"]["open"], 0);
    assert_eq!(oak["neighbourhoods"][0]["name"], "Oak Road");

    // Graffiti: B acknowledged (past its 7 days), E resolved.
    let graffiti = dashboard(&app, &f, &format!("?category_id={}", f.graffiti)).await;
    assert_eq!(graffiti["open"]["total"], 1);
    assert_eq!(graffiti["past_target"], 1);
    assert_eq!(graffiti["pooling"]["issues"], 2);

    // Last 7 days: C, D, E, F reported (4 issues, 4 reports); answers C 2 h, D 6 h, E 48 h.
    let week = dashboard(&app, &f, "?days=7").await;
    assert_eq!(
        week["pooling"],
        json!({"issues": 4, "reports": 4, "supporters": 4, "duplicate_work_saved": 0})
    );
    assert_eq!(week["time_to_acknowledge"]["count"], 3);
    close(
        &week["time_to_acknowledge"]["median_seconds"],
        6.0 * HOUR as f64,
    );
    assert_eq!(week["period"]["days"], 7);
    let _ = (&f.pothole, &f.elm);

    // A category without a target: nothing is ever past it. One issue of it, in Elm Street.
    let bins = category(&app, &f.org, &f.manager, "bins", None).await;
    report(&app, &f.elm, &f.ben, &bins, (51.502, -0.1)).await;
    let no_target = dashboard(&app, &f, &format!("?category_id={bins}")).await;
    assert_eq!(no_target["open"]["total"], 1);
    assert_eq!(no_target["past_target"], 0);
    assert_eq!(no_target["top_issues"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn only_the_organisations_staff_see_its_dashboard() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let path = format!("/api/v1/organisations/{}/dashboard", f.org);
    // A coordinator of a served neighbourhood is not the organisation's staff.
    app.get(&path, Some(&f.ana.token)).await.expect(403);
    app.get(&path, None).await.expect(401);
    let unknown = format!("/api/v1/organisations/{}/dashboard", Uuid::now_v7());
    app.get(&unknown, Some(&f.manager.token)).await.expect(404);
    let elsewhere = format!("{path}?neighbourhood_id={}", Uuid::now_v7());
    app.get(&elsewhere, Some(&f.manager.token))
        .await
        .expect(404);
    let not_ours = format!("{path}?category_id={}", Uuid::now_v7());
    app.get(&not_ours, Some(&f.manager.token)).await.expect(404);
    app.get(&format!("{path}?days=0"), Some(&f.manager.token))
        .await
        .expect(422);
    app.get(&format!("{path}?colour=red"), Some(&f.manager.token))
        .await
        .expect(400);
}

#[tokio::test]
async fn members_online_counts_connected_members_of_the_served_neighbourhoods() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let mut ben = LiveClient::connect(&app.address, &f.ben.token)
        .await
        .unwrap();
    ben.subscribe(&format!("neighbourhood:{}", f.elm), None)
        .await
        .unwrap();
    let mut dan = LiveClient::connect(&app.address, &f.dan.token)
        .await
        .unwrap();
    for id in [&f.elm, &f.oak] {
        dan.subscribe(&format!("neighbourhood:{id}"), None)
            .await
            .unwrap();
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let online = dashboard(&app, &f, "").await["members_online"].clone();
        if online == 2 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "members online stayed {online}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Oak Road alone: only Dan.
    let oak = dashboard(&app, &f, &format!("?neighbourhood_id={}", f.oak)).await;
    assert_eq!(oak["members_online"], 1);
    let _ = &f.cat;
}

/// Reads messages until a `dashboard.changed` arrives, or `wait` passes.
async fn next_change(
    live: &mut LiveClient,
    wait: Duration,
) -> Option<commonground::live::event::EventView> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match live.next_within(left).await? {
            ServerMessage::Event(e) if e.kind == "dashboard.changed" => return Some(e),
            _ => continue,
        }
    }
}

async fn subscribe_dashboard(
    app: &TestApp,
    who: &TestUser,
    org: &str,
) -> (LiveClient, ServerMessage) {
    let mut live = LiveClient::connect(&app.address, &who.token).await.unwrap();
    live.subscribe(&format!("dashboard:{org}"), None)
        .await
        .unwrap();
    loop {
        match live.next_within(Duration::from_secs(5)).await.unwrap() {
            m @ (ServerMessage::Subscribed { .. } | ServerMessage::Error { .. }) => {
                return (live, m)
            }
            _ => continue,
        }
    }
}

#[tokio::test]
async fn an_open_dashboard_hears_of_a_new_report_and_refetches_it() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (mut live, answer) = subscribe_dashboard(&app, &f.manager, &f.org).await;
    assert!(
        matches!(answer, ServerMessage::Subscribed { .. }),
        "{answer:?}"
    );
    let before = dashboard(&app, &f, "").await;
    let elm = format!("neighbourhood:{}", f.elm);
    let seen = before["seqs"][&elm].as_i64().unwrap();

    let started = std::time::Instant::now();
    report(&app, &f.elm, &f.cat, &f.pothole, (51.4985, -0.1)).await;
    let change = next_change(&mut live, Duration::from_secs(5))
        .await
        .expect("a change");
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(change.channel, format!("dashboard:{}", f.org));
    assert!(change.data["seqs"][&elm].as_i64().unwrap() > seen);
    // The client refetches: the new issue is counted once.
    let after = dashboard(&app, &f, "").await;
    assert_eq!(
        after["new_today"],
        before["new_today"].as_i64().unwrap() + 1
    );
    assert_eq!(after["seqs"][&elm], change.data["seqs"][&elm]);
}

#[tokio::test]
async fn a_burst_of_events_reaches_the_dashboard_as_a_few_coalesced_updates() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (mut live, _) = subscribe_dashboard(&app, &f.manager, &f.org).await;
    let elm: Uuid = f.elm.parse().unwrap();
    let oak: Uuid = f.oak.parse().unwrap();
    // 300 events over about a second, in both neighbourhoods.
    let started = std::time::Instant::now();
    let mut last = (0, 0);
    for round in 0..10 {
        let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
        for n in 0..30 {
            let id = if n % 3 == 0 { oak } else { elm };
            let supported = IssueSupported {
                issue_id: Uuid::nil().into(),
                supporters_count: round,
            };
            tx.emit(NewEvent::neighbourhood(
                id.into(),
                NeighbourhoodEvent::IssueSupported(supported),
                None,
            ))
            .await
            .unwrap();
        }
        for event in tx.events() {
            if event.channel == format!("neighbourhood:{elm}") {
                last.0 = event.seq;
            } else {
                last.1 = event.seq;
            }
        }
        tx.commit(&app.live).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut updates = Vec::new();
    while let Some(change) = next_change(&mut live, Duration::from_millis(1500)).await {
        updates.push(change);
    }
    let span = started.elapsed();
    assert!(!updates.is_empty());
    // At most one update per 400 ms (plus the first), however many events.
    let bound = (span.as_millis() / 400) as usize + 1;
    assert!(
        updates.len() <= bound,
        "{} updates in {span:?} for 300 events",
        updates.len()
    );
    let seqs: Vec<i64> = updates.iter().map(|u| u.seq).collect();
    assert_eq!(
        seqs,
        (1..=updates.len() as i64).collect::<Vec<_>>(),
        "numbered in order"
    );
    let newest = &updates.last().unwrap().data["seqs"];
    assert_eq!(newest[format!("neighbourhood:{elm}")], last.0);
    assert_eq!(newest[format!("neighbourhood:{oak}")], last.1);
    let events: i64 = updates
        .iter()
        .map(|u| u.data["events"].as_i64().unwrap())
        .sum();
    assert_eq!(events, 300, "every event is accounted for once");
}

#[tokio::test]
async fn only_staff_may_subscribe_to_a_dashboard() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (_, answer) = subscribe_dashboard(&app, &f.ana, &f.org).await;
    assert!(
        matches!(&answer, ServerMessage::Error { code, .. } if code == "forbidden"),
        "{answer:?}"
    );
    let (_, answer) = subscribe_dashboard(&app, &f.manager, &Uuid::now_v7().to_string()).await;
    assert!(
        matches!(&answer, ServerMessage::Error { code, .. } if code == "not_found"),
        "{answer:?}"
    );
    let (_, answer) = subscribe_dashboard(&app, &f.manager, "not-an-id").await;
    assert!(
        matches!(&answer, ServerMessage::Error { code, .. } if code == "unknown_channel"),
        "{answer:?}"
    );
}

async fn first_answers(
    app: &TestApp,
    issue: &str,
) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    let found = issue::Entity::find_by_id(issue.parse::<Uuid>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // PostgreSQL keeps microseconds.
    let micros = |t: Option<DateTime<Utc>>| t.map(|t| t.trunc_subsecs(6));
    (
        micros(found.first_answered_at),
        micros(found.first_resolved_at),
    )
}

#[tokio::test]
async fn an_issue_keeps_its_first_answer_and_resolution_through_reopening() {
    use migration::MigratorTrait;
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (b, d) = (&f.issues[1], &f.issues[3]);
    let at = |issue: usize, hours: i64| {
        Some((f.first[issue] + chrono::Duration::hours(hours)).trunc_subsecs(6))
    };
    let after = |hours: i64| at(3, hours);
    assert_eq!(first_answers(&app, d).await, (after(6), after(24)));
    assert_eq!(first_answers(&app, b).await, (at(1, 1), None));

    // Cat, who reported D, says it is still a problem; the council resolves it again.
    app.post(
        &format!("/api/v1/issues/{d}/reopen"),
        Some(&f.cat.token),
        json!({"note": "Back again"}),
    )
    .await
    .expect(200);
    set_status(&app, &f.manager, d, "resolved").await;
    assert_eq!(
        first_answers(&app, d).await,
        (after(6), after(24)),
        "reopening and resolving again keep the first answer and resolution"
    );

    // Migration 000011 fills both in from the timeline: undone and redone (with every migration
    // after it), it gives the same.
    let names: Vec<String> = migration::Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let first_answers_at = names
        .iter()
        .position(|n| n == "m20261129_000011_first_answers")
        .unwrap();
    migration::Migrator::down(&app.db, Some((names.len() - first_answers_at) as u32))
        .await
        .unwrap();
    migration::Migrator::up(&app.db, None).await.unwrap();
    assert_eq!(first_answers(&app, d).await, (after(6), after(24)));
    assert_eq!(first_answers(&app, b).await, (at(1, 1), None));
}

/// Waits for a `dashboard.changed` whose seqs satisfy `wanted` (presence changes and other
/// neighbourhoods' events may come first).
async fn change_where(
    live: &mut LiveClient,
    wait: Duration,
    wanted: impl Fn(&Value) -> bool,
) -> Option<commonground::live::event::EventView> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let change = next_change(live, left).await?;
        if wanted(&change.data["seqs"]) {
            return Some(change);
        }
    }
}

#[tokio::test]
async fn a_dashboard_follows_neighbourhoods_the_organisation_starts_and_stops_serving() {
    use commonground::live::dashboard::FOLLOW_EVERY;
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (mut live, _) = subscribe_dashboard(&app, &f.manager, &f.org).await;
    let admin = app.new_admin().await;
    let ash = id_of(&app.new_neighbourhood(&f.ana, "Ash Grove", json!({})).await);
    let ash_channel = format!("neighbourhood:{ash}");
    app.serve(&admin, &f.org, &ash).await;
    let wait = FOLLOW_EVERY + Duration::from_secs(3);

    // Within one re-read of what the organisation serves, the dashboard follows Ash Grove: a
    // report there reaches it.
    let followed = change_where(&mut live, wait, |seqs| seqs.get(&ash_channel).is_some()).await;
    assert!(
        followed.is_some(),
        "the dashboard follows the new neighbourhood"
    );
    report(&app, &ash, &f.ana, &f.pothole, (51.5, -0.1)).await;
    let before = followed.unwrap().data["seqs"][&ash_channel]
        .as_i64()
        .unwrap();
    let heard = change_where(&mut live, Duration::from_secs(5), |seqs| {
        seqs[&ash_channel].as_i64().is_some_and(|seq| seq > before)
    })
    .await;
    assert!(
        heard.is_some(),
        "a report in Ash Grove reaches the dashboard"
    );

    // No longer served: its channel leaves the dashboard's seqs.
    let link = format!("/api/v1/organisations/{}/neighbourhoods/{ash}", f.org);
    let answer = app
        .call(reqwest::Method::DELETE, &link, Some(&admin.token), None)
        .await;
    assert_eq!(answer.status.as_u16(), 204);
    let dropped = change_where(&mut live, wait, |seqs| seqs.get(&ash_channel).is_none()).await;
    assert!(dropped.is_some(), "the dashboard stops following it");
}
