//! Volunteer tasks: race-free claiming, leases on a controllable clock, the verification rules,
//! the neighbourhood's hours and the calendar link.

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

use crate::helpers::{id_of, spawn_app, spawn_app_with, TestApp, TestUser};

/// A neighbourhood with its coordinator and some members.
struct Street {
    id: String,
    coordinator: TestUser,
    members: Vec<TestUser>,
}

async fn street(app: &TestApp, members: usize) -> Street {
    let coordinator = app.new_user("Cora").await;
    let id = id_of(
        &app.new_neighbourhood(&coordinator, "Elm Street", json!({}))
            .await,
    );
    let mut joined = Vec::new();
    for n in 0..members {
        let member = app.new_user(&format!("Member {n}")).await;
        app.join(&member, &id).await;
        joined.push(member);
    }
    Street {
        id,
        coordinator,
        members: joined,
    }
}

async fn new_task(app: &TestApp, s: &Street, body: Value) -> Value {
    app.post(
        &format!("/api/v1/neighbourhoods/{}/tasks", s.id),
        Some(&s.coordinator.token),
        body,
    )
    .await
    .expect(201)
}

fn litter_pick(slots: i32) -> Value {
    json!({"title": "Litter pick on the green", "description": "Bags and grabbers provided", "slots": slots, "skills": ["Outdoors"], "equipment": "Grabbers"})
}

async fn task_path(app: &TestApp, s: &Street, slots: i32) -> String {
    let id = id_of(&new_task(app, s, litter_pick(slots)).await);
    let _ = app;
    format!("/api/v1/tasks/{id}")
}

async fn notifications(app: &TestApp, user: &TestUser) -> Vec<String> {
    entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("user:{}", user.id)))
        .filter(entity::event::Column::Kind.eq("notification"))
        .order_by_asc(entity::event::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.payload["what"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn fifty_simultaneous_claims_for_three_slots_give_exactly_three() {
    let app = spawn_app().await;
    let s = street(&app, 50).await;
    let task = task_path(&app, &s, 3).await;
    let claims = s.members.iter().map(|m| {
        let path = format!("{task}/claim");
        let app = &app;
        async move { app.post_empty(&path, Some(&m.token)).await }
    });
    let answers = futures_util::future::join_all(claims).await;
    let won = answers.iter().filter(|a| a.status == 201).count();
    let conflicts = answers.iter().filter(|a| a.status == 409).count();
    assert_eq!((won, conflicts), (3, 47), "every answer is 201 or 409");
    for lost in answers.into_iter().filter(|a| a.status == 409) {
        lost.expect(409);
    }
    let detail = app.get(&task, Some(&s.coordinator.token)).await.expect(200);
    assert_eq!(detail["claimed_slots"], 3);
    assert_eq!(detail["status"], "staffed");
    assert_eq!(detail["claims"].as_array().unwrap().len(), 3);

    // Claims decided together still read as one event each, in order, on consecutive seqs.
    let claimed: Vec<(i64, Value)> = entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{}", s.id)))
        .filter(entity::event::Column::Kind.eq("task.claimed"))
        .order_by_asc(entity::event::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.seq, e.payload))
        .collect();
    assert_eq!(claimed.len(), 3);
    let slots: Vec<(Value, Value)> = claimed
        .iter()
        .map(|(_, p)| (p["claimed_slots"].clone(), p["status"].clone()))
        .collect();
    assert_eq!(
        slots,
        [
            (json!(1), json!("open")),
            (json!(2), json!("open")),
            (json!(3), json!("staffed"))
        ]
    );
    let seqs: Vec<i64> = claimed.iter().map(|(seq, _)| *seq).collect();
    assert!(
        seqs.windows(2).all(|w| w[1] > w[0]),
        "claims are numbered in order: {seqs:?}"
    );
}

#[tokio::test]
async fn the_same_person_claiming_one_task_several_times_at_once_gets_one_place() {
    let app = spawn_app().await;
    let s = street(&app, 2).await;
    let task = task_path(&app, &s, 5).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let path = format!("{task}/claim");
    let claims = [ana, ana, ana, ben].map(|m| {
        let (app, path) = (&app, &path);
        async move { app.post_empty(path, Some(&m.token)).await.status }
    });
    let mut answers = futures_util::future::join_all(claims).await;
    answers.sort_unstable();
    assert_eq!(
        answers,
        [201, 201, 409, 409],
        "one place each for Ana and Ben"
    );
    let detail = app.get(&task, Some(&s.coordinator.token)).await.expect(200);
    assert_eq!(detail["claimed_slots"], 2);
}

#[tokio::test]
async fn one_person_claiming_many_tasks_at_once_stays_within_the_limit() {
    let app = spawn_app_with(|s| s.max_open_claims = 2).await;
    let s = street(&app, 1).await;
    let ana = &s.members[0];
    let mut tasks = Vec::new();
    for _ in 0..6 {
        tasks.push(task_path(&app, &s, 3).await);
    }
    let claims = tasks.iter().map(|t| {
        let path = format!("{t}/claim");
        let app = &app;
        async move { app.post_empty(&path, Some(&ana.token)).await }
    });
    let answers = futures_util::future::join_all(claims).await;
    let won = answers.iter().filter(|a| a.status == 201).count();
    let refused = answers.iter().filter(|a| a.status == 409).count();
    assert_eq!(
        (won, refused),
        (2, 4),
        "concurrent claims on different tasks respect the open-claims limit"
    );
    let held = entity::task_claim::Entity::find()
        .filter(entity::task_claim::Column::UserId.eq(ana.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(held.len(), 2);
}

#[tokio::test]
async fn claiming_releasing_and_the_rules_around_them() {
    let app = spawn_app_with(|s| s.max_open_claims = 2).await;
    let s = street(&app, 3).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let task = task_path(&app, &s, 1).await;
    let claim = app
        .post_empty(&format!("{task}/claim"), Some(&ana.token))
        .await
        .expect(201);
    assert_eq!(claim["status"], "active");
    assert!(
        claim["expires_at"].is_string(),
        "open-ended claims are leases"
    );
    app.post_empty(&format!("{task}/claim"), Some(&ana.token))
        .await
        .expect(409);
    let full = app
        .post_empty(&format!("{task}/claim"), Some(&ben.token))
        .await
        .expect(409);
    assert!(full["detail"].as_str().unwrap().contains("taken"));

    // Releasing frees the slot and re-opens the task; the same person may claim again.
    let released = app
        .post_empty(&format!("{task}/release"), Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(
        (
            released["status"].clone(),
            released["claimed_slots"].clone()
        ),
        (json!("open"), json!(0))
    );
    app.post_empty(&format!("{task}/release"), Some(&ana.token))
        .await
        .expect(409);
    app.post_empty(&format!("{task}/claim"), Some(&ben.token))
        .await
        .expect(201);

    // At most `max_open_claims` open claims per person.
    let more: Vec<String> = [task_path(&app, &s, 5).await, task_path(&app, &s, 5).await].into();
    let third = task_path(&app, &s, 5).await;
    for t in &more {
        app.post_empty(&format!("{t}/claim"), Some(&ben.token))
            .await
            .expect(if t == &more[0] { 201 } else { 409 });
    }
    app.post_empty(&format!("{third}/claim"), Some(&ana.token))
        .await
        .expect(201);

    // Strangers, anonymous callers, and cancelled tasks.
    let stranger = app.new_user("Stranger").await;
    app.post_empty(&format!("{third}/claim"), Some(&stranger.token))
        .await
        .expect(403);
    app.post_empty(&format!("{third}/claim"), None)
        .await
        .expect(401);
    app.post(
        &format!("{third}/cancel"),
        Some(&ana.token),
        json!({"reason": "Rain"}),
    )
    .await
    .expect(403);
    app.post(
        &format!("{third}/cancel"),
        Some(&s.coordinator.token),
        json!({"reason": " "}),
    )
    .await
    .expect(422);
    let cancelled = app
        .post(
            &format!("{third}/cancel"),
            Some(&s.coordinator.token),
            json!({"reason": "Rain all weekend"}),
        )
        .await
        .expect(200);
    assert_eq!(
        (
            cancelled["status"].clone(),
            cancelled["claimed_slots"].clone()
        ),
        (json!("cancelled"), json!(0))
    );
    assert!(notifications(&app, ana)
        .await
        .contains(&"task_cancelled".to_owned()));
    app.post_empty(&format!("{third}/claim"), Some(&s.members[2].token))
        .await
        .expect(409);
}

#[tokio::test]
async fn a_private_neighbourhoods_tasks_do_not_exist_for_outsiders() {
    let app = spawn_app().await;
    let owner = app.new_user("Owner").await;
    let private = id_of(
        &app.new_neighbourhood(&owner, "Quiet Close", json!({"visibility": "private"}))
            .await,
    );
    let task = id_of(
        &app.post(
            &format!("/api/v1/neighbourhoods/{private}/tasks"),
            Some(&owner.token),
            litter_pick(2),
        )
        .await
        .expect(201),
    );
    let outsider = app.new_user("Outsider").await;
    app.post_empty(
        &format!("/api/v1/tasks/{task}/claim"),
        Some(&outsider.token),
    )
    .await
    .expect(404);
    app.get(&format!("/api/v1/tasks/{task}"), None)
        .await
        .expect(404);
    app.get(&format!("/api/v1/neighbourhoods/{private}/tasks"), None)
        .await
        .expect(404);
}

#[tokio::test]
async fn members_propose_and_coordinators_approve() {
    let app = spawn_app().await;
    let s = street(&app, 2).await;
    let proposal = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/tasks", s.id),
            Some(&s.members[0].token),
            litter_pick(4),
        )
        .await
        .expect(201);
    assert_eq!(proposal["status"], "proposed");
    let path = format!("/api/v1/tasks/{}", id_of(&proposal));
    app.post_empty(&format!("{path}/claim"), Some(&s.members[1].token))
        .await
        .expect(404);
    app.post_empty(&format!("{path}/approve"), Some(&s.members[0].token))
        .await
        .expect(403);
    let approved = app
        .post_empty(&format!("{path}/approve"), Some(&s.coordinator.token))
        .await
        .expect(200);
    assert_eq!(approved["status"], "open");
    app.post_empty(&format!("{path}/claim"), Some(&s.members[1].token))
        .await
        .expect(201);
}

#[tokio::test]
async fn bad_task_input_is_refused_field_by_field() {
    let app = spawn_app().await;
    let s = street(&app, 0).await;
    let path = format!("/api/v1/neighbourhoods/{}/tasks", s.id);
    let cases = [
        (json!({"title": "x", "slots": 2}), "title"),
        (json!({"title": "Litter pick", "slots": 0}), "slots"),
        (json!({"title": "Litter pick", "slots": 101}), "slots"),
        (json!({"title": "Litter pick"}), "slots"),
        (
            json!({"title": "Litter pick", "slots": 2, "lease_hours": 0}),
            "lease_hours",
        ),
        (
            json!({"title": "Litter pick", "slots": 2, "location": {"lat": 10.0, "lon": 10.0}}),
            "location",
        ),
        (
            json!({"title": "Litter pick", "slots": 2, "starts_at": "2026-12-05T10:00:00Z"}),
            "ends_at",
        ),
        (
            json!({"title": "Litter pick", "slots": 2, "starts_at": "2026-12-05T10:00:00Z", "ends_at": "2026-12-05T09:00:00Z"}),
            "ends_at",
        ),
        (
            json!({"title": "Litter pick", "slots": 2, "issue_id": uuid::Uuid::now_v7()}),
            "issue_id",
        ),
        (
            json!({"title": "Litter pick", "slots": 2, "skills": (0..11).map(|i| format!("skill {i}")).collect::<Vec<_>>()}),
            "skills",
        ),
    ];
    for (body, field) in cases {
        let refused = app
            .post(&path, Some(&s.coordinator.token), body.clone())
            .await
            .expect(422);
        assert!(refused["errors"][field].is_array(), "{body}: {refused}");
    }
    let list = app.get(&path, None).await.expect(200);
    assert_eq!(list["items"], json!([]));
}

#[tokio::test]
async fn checking_in_early_leaves_free_places_open_to_others() {
    let app = spawn_app().await;
    let s = street(&app, 3).await;
    let (ana, ben, cat) = (&s.members[0], &s.members[1], &s.members[2]);
    // Eight places, starting in three days; a check-in is allowed before the start.
    let starts = Utc::now() + Duration::days(3);
    let body = json!({"title": "Clear the canal path", "slots": 8, "starts_at": starts, "ends_at": starts + Duration::hours(3)});
    let task = format!("/api/v1/tasks/{}", id_of(&new_task(&app, &s, body).await));
    for m in [ana, ben] {
        app.post_empty(&format!("{task}/claim"), Some(&m.token))
            .await
            .expect(201);
    }
    app.post_empty(&format!("{task}/check-in"), Some(&ana.token))
        .await
        .expect(200);
    let detail = app.get(&task, None).await.expect(200);
    assert_eq!(
        (detail["status"].as_str(), detail["claimed_slots"].as_i64()),
        (Some("in_progress"), Some(2))
    );
    let board = format!("/api/v1/neighbourhoods/{}/tasks?status=needs_people", s.id);
    let listed = app.get(&board, None).await.expect(200);
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    // A third volunteer still takes one of the six free places.
    let claim = app
        .post_empty(&format!("{task}/claim"), Some(&cat.token))
        .await
        .expect(201);
    assert_eq!(claim["status"], "active");
    let detail = app.get(&task, None).await.expect(200);
    assert_eq!(
        (detail["status"].as_str(), detail["claimed_slots"].as_i64()),
        (Some("in_progress"), Some(3))
    );
}

#[tokio::test]
async fn work_is_reported_then_verified_by_someone_else() {
    let app = spawn_app().await;
    let s = street(&app, 3).await;
    let (ana, ben, cat) = (&s.members[0], &s.members[1], &s.members[2]);
    let task = task_path(&app, &s, 2).await;
    for m in [ana, ben] {
        app.post_empty(&format!("{task}/claim"), Some(&m.token))
            .await
            .expect(201);
    }
    // Done needs a check-in first, and sensible hours.
    app.post(
        &format!("{task}/done"),
        Some(&ana.token),
        json!({"hours": 2}),
    )
    .await
    .expect(409);
    let checked_in = app
        .post_empty(&format!("{task}/check-in"), Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(checked_in["status"], "checked_in");
    let detail = app.get(&task, None).await.expect(200);
    assert_eq!(detail["status"], "in_progress");
    for hours in [0.0, 0.1, 24.5, -1.0] {
        app.post(
            &format!("{task}/done"),
            Some(&ana.token),
            json!({"hours": hours}),
        )
        .await
        .expect(422);
    }
    let done = app
        .post(
            &format!("{task}/done"),
            Some(&ana.token),
            json!({"hours": 2.5, "note": "Filled six bags"}),
        )
        .await
        .expect(200);
    let claim = format!("/api/v1/claims/{}", id_of(&done));

    // Nobody verifies their own work; a fellow claimant may not either; another member may.
    app.post_empty(&format!("{claim}/verify"), Some(&ana.token))
        .await
        .expect(403);
    app.post_empty(&format!("{claim}/verify"), Some(&ben.token))
        .await
        .expect(403);
    let outsider = app.new_user("Outsider").await;
    app.post_empty(&format!("{claim}/verify"), Some(&outsider.token))
        .await
        .expect(403);
    let queue = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/verification-queue", s.id),
            Some(&cat.token),
        )
        .await
        .expect(200);
    assert_eq!(queue.as_array().unwrap().len(), 1);
    let as_cat = app.get(&task, Some(&cat.token)).await.expect(200);
    let as_ben = app.get(&task, Some(&ben.token)).await.expect(200);
    assert_eq!(
        (as_cat["can_verify"].clone(), as_ben["can_verify"].clone()),
        (json!(true), json!(false))
    );
    let bens_queue = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/verification-queue", s.id),
            Some(&ben.token),
        )
        .await
        .expect(200);
    assert_eq!(bens_queue, json!([]), "a fellow claimant is not offered it");

    // Rejected work goes back with a reason, is reported again, and verified.
    app.post(
        &format!("{claim}/reject"),
        Some(&cat.token),
        json!({"reason": ""}),
    )
    .await
    .expect(422);
    let rejected = app
        .post(
            &format!("{claim}/reject"),
            Some(&cat.token),
            json!({"reason": "Which bags? Add a note"}),
        )
        .await
        .expect(200);
    assert_eq!(rejected["status"], "checked_in");
    assert!(notifications(&app, ana)
        .await
        .contains(&"task_work_rejected".to_owned()));
    app.post_empty(&format!("{claim}/verify"), Some(&cat.token))
        .await
        .expect(409);
    app.post(
        &format!("{task}/done"),
        Some(&ana.token),
        json!({"hours": 2.5, "note": "Six bags by the bins"}),
    )
    .await
    .expect(200);
    let verified = app
        .post_empty(&format!("{claim}/verify"), Some(&cat.token))
        .await
        .expect(200);
    assert_eq!(verified["status"], "verified");
    app.post_empty(&format!("{claim}/verify"), Some(&s.coordinator.token))
        .await
        .expect(409);

    // Ben finishes; the coordinator verifies; the task is verified with both parts' hours.
    app.post_empty(&format!("{task}/check-in"), Some(&ben.token))
        .await
        .expect(200);
    let bens = app
        .post(
            &format!("{task}/done"),
            Some(&ben.token),
            json!({"hours": 1.25}),
        )
        .await
        .expect(200);
    assert_eq!(app.get(&task, None).await.expect(200)["status"], "done");
    app.post_empty(
        &format!("/api/v1/claims/{}/verify", id_of(&bens)),
        Some(&s.coordinator.token),
    )
    .await
    .expect(200);
    let finished = app.get(&task, None).await.expect(200);
    assert_eq!(finished["status"], "verified");
    assert_eq!(finished["verified_hours"], 3.75);
    assert!(notifications(&app, ben)
        .await
        .contains(&"task_work_verified".to_owned()));
}

#[tokio::test]
async fn leases_warn_then_lapse_on_a_controllable_clock() {
    let app = spawn_app().await;
    let s = street(&app, 2).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let mut body = litter_pick(1);
    body["lease_hours"] = json!(24);
    let task = format!("/api/v1/tasks/{}", id_of(&new_task(&app, &s, body).await));
    let claim = app
        .post_empty(&format!("{task}/claim"), Some(&ana.token))
        .await
        .expect(201);
    let expires = chrono::DateTime::parse_from_rfc3339(claim["expires_at"].as_str().unwrap())
        .unwrap()
        .to_utc();
    assert!(
        (expires - Utc::now() - Duration::hours(24))
            .num_seconds()
            .abs()
            < 60
    );

    let warning = Duration::hours(12);
    let sweep = |at| commonground::services::tasks::sweep_leases(&app.db, &app.live, at, warning);
    // Nothing to do yet; then inside the warning window, warned once only.
    assert_eq!(sweep(Utc::now()).await.unwrap(), Default::default());
    let soon = expires - Duration::hours(2);
    assert_eq!(sweep(soon).await.unwrap().warned, 1);
    assert_eq!(sweep(soon).await.unwrap().warned, 0);
    assert_eq!(notifications(&app, ana).await, ["task_lease_expiring"]);

    // Extending renews the lease and re-arms the warning.
    let extended = app
        .post_empty(&format!("{task}/extend"), Some(&ana.token))
        .await
        .expect(200);
    assert!(extended["expires_at"].as_str().unwrap() >= claim["expires_at"].as_str().unwrap());
    app.post_empty(&format!("{task}/extend"), Some(&ben.token))
        .await
        .expect(409);

    // Past the lease the claim lapses and the slot goes back.
    let later = Utc::now() + Duration::hours(25);
    let swept = sweep(later).await.unwrap();
    assert_eq!(swept.expired, 1);
    let detail = app.get(&task, Some(&ana.token)).await.expect(200);
    assert_eq!(
        (detail["status"].clone(), detail["claimed_slots"].clone()),
        (json!("open"), json!(0))
    );
    assert_eq!(detail["my_claim"]["status"], "expired");
    assert!(notifications(&app, ana)
        .await
        .contains(&"task_lease_expired".to_owned()));
    app.post_empty(&format!("{task}/claim"), Some(&ben.token))
        .await
        .expect(201);

    // A checked-in claim never lapses, and a scheduled task's claim lasts to its end.
    app.post_empty(&format!("{task}/check-in"), Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(sweep(later + Duration::days(30)).await.unwrap().expired, 0);
    let starts = Utc::now() + Duration::days(3);
    let scheduled = new_task(
        &app,
        &s,
        json!({"title": "Bulb planting", "slots": 3, "starts_at": starts, "ends_at": starts + Duration::hours(3)}),
    )
    .await;
    let held = app
        .post_empty(
            &format!("/api/v1/tasks/{}/claim", id_of(&scheduled)),
            Some(&ana.token),
        )
        .await
        .expect(201);
    let held_until =
        chrono::DateTime::parse_from_rfc3339(held["expires_at"].as_str().unwrap()).unwrap();
    // PostgreSQL keeps microseconds.
    let off = held_until.to_utc() - (starts + Duration::hours(3));
    assert!(
        off.num_milliseconds().abs() < 1,
        "held to the window's end: {held_until}"
    );
}

#[tokio::test]
async fn one_instance_at_a_time_leads_the_sweeper() {
    let app = spawn_app().await;
    let now = Utc::now();
    let ttl = Duration::seconds(90);
    let lead =
        |who: &'static str, at| commonground::jobs::try_lead(&app.db, "test-job", who, ttl, at);
    assert!(lead("a", now).await.unwrap());
    assert!(!lead("b", now).await.unwrap(), "a holds it");
    assert!(
        lead("a", now + Duration::seconds(60)).await.unwrap(),
        "a renews"
    );
    assert!(
        !lead("b", now + Duration::seconds(120)).await.unwrap(),
        "renewed until 150 s"
    );
    assert!(
        lead("b", now + Duration::seconds(200)).await.unwrap(),
        "a lapsed; b takes over"
    );
    assert!(!lead("a", now + Duration::seconds(210)).await.unwrap());
}

#[tokio::test]
async fn the_ledger_counts_verified_hours_for_the_neighbourhood_not_people() {
    let app = spawn_app().await;
    let s = street(&app, 3).await;
    let (ana, ben, cat) = (&s.members[0], &s.members[1], &s.members[2]);
    let task = task_path(&app, &s, 2).await;
    let mut verified = 0.0;
    for (m, hours) in [(ana, 2.0), (ben, 1.5)] {
        app.post_empty(&format!("{task}/claim"), Some(&m.token))
            .await
            .expect(201);
        app.post_empty(&format!("{task}/check-in"), Some(&m.token))
            .await
            .expect(200);
        let done = app
            .post(
                &format!("{task}/done"),
                Some(&m.token),
                json!({"hours": hours}),
            )
            .await
            .expect(200);
        if m.id == ana.id {
            app.post_empty(
                &format!("/api/v1/claims/{}/verify", id_of(&done)),
                Some(&cat.token),
            )
            .await
            .expect(200);
            verified += hours;
        }
    }
    let hours_path = format!("/api/v1/neighbourhoods/{}/hours", s.id);
    let ledger = app.get(&hours_path, None).await.expect(200);
    assert_eq!(
        ledger["total_hours"], verified,
        "unverified work does not count"
    );
    assert_eq!(ledger["series"].as_array().unwrap().len(), 1);
    assert_eq!(ledger["series"][0]["hours"], verified);
    assert_eq!(ledger["tasks"][0]["title"], "Litter pick on the green");
    assert!(
        !ledger.to_string().contains(&ana.id.to_string()),
        "no personal figures"
    );
    let monthly = app
        .get(&format!("{hours_path}?period=month"), None)
        .await
        .expect(200);
    assert!(monthly["series"][0]["period_start"]
        .as_str()
        .unwrap()
        .ends_with("-01"));
    app.get(&format!("{hours_path}?period=fortnight"), None)
        .await
        .expect(400);

    let people = format!("/api/v1/neighbourhoods/{}/hours/people", s.id);
    app.get(&people, Some(&ana.token)).await.expect(403);
    let listed = app
        .get(&people, Some(&s.coordinator.token))
        .await
        .expect(200);
    assert_eq!(
        listed,
        json!([{"user_id": ana.id, "display_name": "Member 0", "hours": 2.0, "tasks": 1}])
    );
    let csv = app
        .client
        .get(app.url(&format!("{people}?format=csv")))
        .bearer_auth(&s.coordinator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(
        text.contains("display_name") && text.contains("Member 0,2,1"),
        "{text}"
    );

    let mine = app
        .get("/api/v1/me/hours", Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(mine["total_hours"], 2.0);
    let bens = app
        .get("/api/v1/me/hours", Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(bens["total_hours"], 0.0);
}

#[tokio::test]
async fn the_calendar_link_serves_claimed_tasks_until_replaced_or_turned_off() {
    let app = spawn_app().await;
    let s = street(&app, 1).await;
    let ana = &s.members[0];
    let starts = Utc::now() + Duration::days(2);
    let scheduled = new_task(
        &app,
        &s,
        json!({"title": "Bulb planting", "slots": 3, "starts_at": starts, "ends_at": starts + Duration::hours(2), "address": "The green"}),
    )
    .await;
    let open_ended = task_path(&app, &s, 3).await;
    app.post_empty(
        &format!("/api/v1/tasks/{}/claim", id_of(&scheduled)),
        Some(&ana.token),
    )
    .await
    .expect(201);
    app.post_empty(&format!("{open_ended}/claim"), Some(&ana.token))
        .await
        .expect(201);
    app.post_empty("/api/v1/me/calendar", None)
        .await
        .expect(401);
    let link = app
        .post_empty("/api/v1/me/calendar", Some(&ana.token))
        .await
        .expect(201);
    let url = link["url"].as_str().unwrap().to_owned();
    let path = url
        .split_once("/api/")
        .map(|(_, p)| format!("/api/{p}"))
        .unwrap();
    let feed = app.client.get(app.url(&path)).send().await.unwrap();
    assert_eq!(feed.status(), 200);
    assert!(feed.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let ics = feed.text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert!(ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:Bulb planting"));
    assert!(ics.contains(&format!("DTSTART:{}", starts.format("%Y%m%dT%H%M%SZ"))));
    assert!(ics.contains("BEGIN:VTODO") && ics.contains("SUMMARY:Litter pick on the green"));
    assert!(ics.contains("LOCATION:The green"));

    let replaced = app
        .post_empty("/api/v1/me/calendar", Some(&ana.token))
        .await
        .expect(201);
    assert_ne!(replaced["url"], link["url"]);
    app.get(&path, None).await.expect(404);
    app.delete("/api/v1/me/calendar", Some(&ana.token))
        .await
        .expect(204);
    let new_path = replaced["url"]
        .as_str()
        .unwrap()
        .split_once("/api/")
        .map(|(_, p)| format!("/api/{p}"))
        .unwrap();
    app.get(&new_path, None).await.expect(404);
}

#[tokio::test]
async fn the_board_filters_by_state_skill_date_and_mine() {
    let app = spawn_app().await;
    let s = street(&app, 1).await;
    let ana = &s.members[0];
    let board = format!("/api/v1/neighbourhoods/{}/tasks", s.id);
    let soon = Utc::now() + Duration::days(1);
    let later = Utc::now() + Duration::days(10);
    let a = new_task(&app, &s, json!({"title": "Paint the bench", "slots": 1, "skills": ["painting"], "starts_at": later, "ends_at": later + Duration::hours(2)})).await;
    let b = new_task(&app, &s, json!({"title": "Bulb planting", "slots": 2, "skills": ["Gardening"], "starts_at": soon, "ends_at": soon + Duration::hours(2)})).await;
    let c = new_task(&app, &s, litter_pick(2)).await;
    let titles = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = app.get(&board, None).await.expect(200);
    assert_eq!(
        titles(&all),
        [
            "Bulb planting",
            "Paint the bench",
            "Litter pick on the green"
        ],
        "soonest first, open-ended last"
    );
    let paged = app.get(&format!("{board}?limit=2"), None).await.expect(200);
    let cursor = paged["next_cursor"].as_str().unwrap();
    let rest = app
        .get(&format!("{board}?limit=2&cursor={cursor}"), None)
        .await
        .expect(200);
    assert_eq!(titles(&rest), ["Litter pick on the green"]);
    assert_eq!(
        titles(
            &app.get(&format!("{board}?skill=GARDENING"), None)
                .await
                .expect(200)
        ),
        ["Bulb planting"]
    );
    let window = format!(
        "{board}?from={}&to={}",
        (soon + Duration::days(2)).to_rfc3339(),
        (later + Duration::days(1)).to_rfc3339()
    )
    .replace('+', "%2B");
    assert_eq!(
        titles(&app.get(&window, None).await.expect(200)),
        ["Paint the bench", "Litter pick on the green"]
    );
    app.post_empty(
        &format!("/api/v1/tasks/{}/claim", id_of(&a)),
        Some(&ana.token),
    )
    .await
    .expect(201);
    assert_eq!(
        titles(
            &app.get(&format!("{board}?mine=true"), Some(&ana.token))
                .await
                .expect(200)
        ),
        ["Paint the bench"]
    );
    assert_eq!(
        titles(
            &app.get(&format!("{board}?status=needs_people"), None)
                .await
                .expect(200)
        ),
        ["Bulb planting", "Litter pick on the green"],
        "a full task needs nobody"
    );
    app.get(&format!("{board}?status=asleep"), None)
        .await
        .expect(422);
    app.get(&format!("{board}?mine=true"), None)
        .await
        .expect(401);
    let _ = (b, c);
}
