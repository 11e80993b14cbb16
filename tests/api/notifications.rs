//! The notification inbox: every notification event is stored, read state, live unread counts,
//! ownership, mutes and preferences, e-mail through a real SMTP sink.

use std::time::Duration;

use chrono::Utc;
use commonground::{
    domain::{issue::IssueStatus, notification::Notice},
    live::{client::LiveClient, protocol::ServerMessage, Transaction},
};
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{json, Value};
use uuid::Uuid;

use secrecy::SecretString;

use crate::{
    helpers::{id_of, spawn_app, spawn_app_with, TestApp, TestUser},
    issues::{report, world, HERE},
    smtp_sink::SmtpSink,
};

pub(crate) const WAIT: Duration = Duration::from_secs(10);

/// Sends a notification the way any service does: one `notify` in a transaction.
pub(crate) async fn notify(app: &TestApp, user: Uuid, notice: Notice) {
    let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
    tx.notify(user.into(), None, notice).await.unwrap();
    tx.commit(&app.live).await.unwrap();
}

/// A notice about no thread, issue or task (kind `reinstated`), told apart by `place`.
fn reinstated(place: &str) -> Notice {
    Notice::Reinstated {
        neighbourhood_id: Uuid::nil().into(),
        neighbourhood_name: place.into(),
    }
}

/// The `n` of a notice made by `reinstated(&format!("n{n}"))`.
fn marker(data: &Value) -> i64 {
    data["neighbourhood_name"].as_str().unwrap()[1..]
        .parse()
        .unwrap()
}

/// Another such notice, of another kind (`membership_approved`).
fn approved(place: &str) -> Notice {
    Notice::MembershipApproved {
        neighbourhood_id: Uuid::nil().into(),
        neighbourhood_name: place.into(),
    }
}

pub(crate) fn status_changed(issue: Uuid, status: IssueStatus, note: &str) -> Notice {
    Notice::IssueStatusChanged {
        neighbourhood_id: Uuid::nil().into(),
        neighbourhood_name: "Elm Street".into(),
        issue_id: issue.into(),
        issue_title: "Pothole, outside 3 Mill Lane".into(),
        status,
        note: note.into(),
        place: Some("outside 3 Mill Lane".into()),
    }
}

async fn inbox(app: &TestApp, user: &TestUser, query: &str) -> Value {
    app.get(
        &format!("/api/v1/me/notifications{query}"),
        Some(&user.token),
    )
    .await
    .expect(200)
}

async fn unread(app: &TestApp, user: &TestUser) -> u64 {
    app.get("/api/v1/me/notifications/unread-count", Some(&user.token))
        .await
        .expect(200)["unread"]
        .as_u64()
        .unwrap()
}

async fn listen(app: &TestApp, user: &TestUser) -> LiveClient {
    let mut live = LiveClient::connect(&app.address, &user.token)
        .await
        .unwrap();
    live.subscribed(&format!("user:{}", user.id), None)
        .await
        .unwrap();
    live
}

/// The next event on a live connection (of any kind), failing after `WAIT`.
async fn next_event(live: &mut LiveClient) -> (String, Value) {
    loop {
        match live.next_within(WAIT).await {
            Some(ServerMessage::Event(e)) => return (e.kind, e.data),
            Some(ServerMessage::Presence { .. }) => continue,
            other => panic!("expected an event, got {other:?}"),
        }
    }
}

/// `count` people who exist only in the database (no password sign-in needed), in bulk.
async fn bulk_people(app: &TestApp, count: usize) -> Vec<Uuid> {
    let now = Utc::now();
    let ids: Vec<Uuid> = (0..count).map(|_| Uuid::now_v7()).collect();
    for chunk in ids.chunks(500) {
        entity::user::Entity::insert_many(chunk.iter().map(|id| entity::user::ActiveModel {
            id: Set((*id).into()),
            email: Set(format!("{id}@bulk.example.org")),
            display_name: Set("Bulk".into()),
            password_hash: Set("!".into()),
            is_platform_admin: Set(false),
            event_seq: Set(0),
            token_generation: Set(0),
            locale: Set(None),
            time_zone: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    }
    ids
}

#[tokio::test]
async fn an_issue_status_change_reaches_every_supporters_inbox_in_bulk() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let issue_id: Uuid = issue.parse().unwrap();
    app.post_empty(
        &format!("/api/v1/issues/{issue}/support"),
        Some(&w.cat.token),
    )
    .await
    .expect(200);
    // Over a thousand more supporters, so the bulk path works in more than one chunk.
    let crowd = bulk_people(&app, 1_205).await;
    let now = Utc::now();
    for chunk in crowd.chunks(500) {
        entity::issue_supporter::Entity::insert_many(chunk.iter().map(|id| {
            entity::issue_supporter::ActiveModel {
                issue_id: Set(issue_id.into()),
                user_id: Set((*id).into()),
                created_at: Set(now),
            }
        }))
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    }
    let mut ben_live = listen(&app, &w.ben).await;

    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "Crew booked for Tuesday"}),
    )
    .await
    .expect(200);

    let (kind, data) = next_event(&mut ben_live).await;
    assert_eq!(
        (kind.as_str(), &data["what"]),
        ("notification", &json!("issue_status_changed"))
    );
    let page = inbox(&app, &w.ben, "").await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{page}");
    let mine = &items[0];
    assert_eq!(mine["what"], "issue_status_changed");
    assert_eq!(mine["subject"], format!("issue:{issue}"));
    assert_eq!(mine["neighbourhood_id"], w.id);
    assert_eq!(mine["data"]["status"], "acknowledged");
    assert!(mine["read_at"].is_null());
    assert_eq!(
        data["notification_id"], mine["id"],
        "the live event names the stored notification"
    );
    assert_eq!(unread(&app, &w.cat).await, 1);
    assert_eq!(unread(&app, &w.manager).await, 0, "only supporters hear it");

    let stored = entity::notification::Entity::find()
        .filter(entity::notification::Column::What.eq("issue_status_changed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 1_207);
    let pushed = entity::event::Entity::find()
        .filter(entity::event::Column::Kind.eq("notification"))
        .count(&app.db)
        .await
        .unwrap();
    let all_stored = entity::notification::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        pushed, all_stored,
        "every notification event is in an inbox"
    );
    let seqs: Vec<i64> = entity::user::Entity::find()
        .filter(entity::user::Column::Id.is_in(crowd.iter().copied()))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.event_seq)
        .collect();
    assert_eq!(seqs.len(), 1_205);
    assert!(seqs.iter().all(|s| *s == 1), "one event each, numbered 1");
}

#[tokio::test]
async fn a_task_cancellation_reaches_the_claimants_inboxes() {
    let app = spawn_app().await;
    let cora = app.new_user("Cora").await;
    let id = id_of(&app.new_neighbourhood(&cora, "Elm Street", json!({})).await);
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    for u in [&ana, &ben] {
        app.join(u, &id).await;
    }
    let task = id_of(
        &app.post(
            &format!("/api/v1/neighbourhoods/{id}/tasks"),
            Some(&cora.token),
            json!({"title": "Litter pick", "description": "Bags provided", "slots": 3}),
        )
        .await
        .expect(201),
    );
    for u in [&ana, &ben] {
        app.post_empty(&format!("/api/v1/tasks/{task}/claim"), Some(&u.token))
            .await
            .expect(201);
    }
    app.post(
        &format!("/api/v1/tasks/{task}/cancel"),
        Some(&cora.token),
        json!({"reason": "Rain all weekend"}),
    )
    .await
    .expect(200);
    for u in [&ana, &ben] {
        let page = inbox(&app, u, "?unread=true").await;
        let whats: Vec<&Value> = page["items"].as_array().unwrap().iter().collect();
        let cancelled = whats
            .iter()
            .find(|n| n["what"] == "task_cancelled")
            .unwrap_or_else(|| panic!("no task_cancelled in {page}"));
        assert_eq!(cancelled["subject"], format!("task:{task}"));
        assert_eq!(cancelled["data"]["reason"], "Rain all weekend");
    }
    assert_eq!(
        inbox(&app, &cora, "").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["what"] == "task_cancelled")
            .count(),
        0
    );
}

#[tokio::test]
async fn the_inbox_pages_newest_first_and_filters_unread() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    for n in 0..5 {
        notify(&app, ana.id, reinstated(&format!("n{n}"))).await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("?limit=2&cursor={c}"),
            None => "?limit=2".into(),
        };
        let page = inbox(&app, &ana, &query).await;
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|n| marker(&n["data"])));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, [4, 3, 2, 1, 0]);

    let newest = inbox(&app, &ana, "?limit=1").await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post_empty(
        &format!("/api/v1/me/notifications/{newest}/read"),
        Some(&ana.token),
    )
    .await
    .expect(200);
    let unread_ones: Vec<i64> = inbox(&app, &ana, "?unread=true").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| marker(&n["data"]))
        .collect();
    assert_eq!(unread_ones, [3, 2, 1, 0]);
    assert_eq!(
        inbox(&app, &ana, "?unread=false").await["items"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[tokio::test]
async fn marking_read_updates_the_unread_count_live() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let mut live = listen(&app, &ana).await;
    for n in 0..3 {
        notify(&app, ana.id, reinstated(&format!("n{n}"))).await;
        let (kind, data) = next_event(&mut live).await;
        assert_eq!(kind, "notification");
        assert_eq!(data["neighbourhood_name"], format!("n{n}"));
        assert!(data["notification_id"].is_string());
    }
    assert_eq!(unread(&app, &ana).await, 3);
    let first = inbox(&app, &ana, "").await["items"][2]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/me/notifications/{first}/read");
    let read = app.post_empty(&path, Some(&ana.token)).await.expect(200);
    assert!(read["read_at"].is_string());
    assert_eq!(marker(&read["data"]), 0);
    let (kind, data) = next_event(&mut live).await;
    assert_eq!(kind, "notifications.read");
    assert_eq!(data, json!({"ids": [first], "unread": 2}));
    assert_eq!(unread(&app, &ana).await, 2);
    // Reading it again changes nothing and tells nobody.
    let again = app.post_empty(&path, Some(&ana.token)).await.expect(200);
    assert_eq!(again["read_at"], read["read_at"]);

    let all = app
        .post_empty("/api/v1/me/notifications/read-all", Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(all, json!({"marked": 2, "unread": 0}));
    let (kind, data) = next_event(&mut live).await;
    assert_eq!(kind, "notifications.read");
    assert_eq!(data, json!({"all": true, "unread": 0}));
    assert_eq!(unread(&app, &ana).await, 0);
    assert_eq!(inbox(&app, &ana, "?unread=true").await["items"], json!([]));
    let nothing_left = app
        .post_empty("/api/v1/me/notifications/read-all", Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(nothing_left["marked"], 0);
}

#[tokio::test]
async fn nobody_sees_or_changes_someone_elses_notifications() {
    let app = spawn_app().await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    notify(&app, ana.id, reinstated("Elm")).await;
    let id = inbox(&app, &ana, "").await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(inbox(&app, &ben, "").await["items"], json!([]));
    assert_eq!(unread(&app, &ben).await, 0);
    app.post_empty(
        &format!("/api/v1/me/notifications/{id}/read"),
        Some(&ben.token),
    )
    .await
    .expect(404);
    app.post_empty(
        &format!("/api/v1/me/notifications/{}/read", Uuid::now_v7()),
        Some(&ana.token),
    )
    .await
    .expect(404);
    app.post_empty("/api/v1/me/notifications/read-all", Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(unread(&app, &ana).await, 1, "Ben's read-all is his own");
    app.get("/api/v1/me/notifications", None).await.expect(401);
    app.post_empty(&format!("/api/v1/me/notifications/{id}/read"), None)
        .await
        .expect(401);
    // Ben cannot listen on Ana's channel either.
    let mut ben_live = LiveClient::connect(&app.address, &ben.token).await.unwrap();
    ben_live
        .subscribe(&format!("user:{}", ana.id), None)
        .await
        .unwrap();
    loop {
        match ben_live.next_within(WAIT).await {
            Some(ServerMessage::Error { .. }) => break,
            Some(ServerMessage::Ready { .. }) => continue,
            other => panic!("expected an error, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn muted_kinds_and_subjects_are_kept_as_read_and_never_pushed() {
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
    // Cat mutes this issue; Ben mutes a kind he does not care about.
    let mute = format!("/api/v1/me/mutes/issue:{issue}");
    app.call(Method::PUT, &mute, Some(&w.cat.token), None)
        .await
        .expect(204);
    app.call(Method::PUT, &mute, Some(&w.cat.token), None)
        .await
        .expect(204);
    let prefs = app
        .call(
            Method::PUT,
            "/api/v1/me/notification-preferences",
            Some(&w.ben.token),
            Some(json!({"muted_kinds": ["reinstated", "reinstated"]})),
        )
        .await
        .expect(200);
    assert_eq!(prefs["muted_kinds"], json!(["reinstated"]));
    assert_eq!(prefs["email_mode"], "off");
    assert_eq!(prefs["email_available"], false);
    let cat_prefs = app
        .get("/api/v1/me/notification-preferences", Some(&w.cat.token))
        .await
        .expect(200);
    assert_eq!(
        cat_prefs["muted_subjects"],
        json!([format!("issue:{issue}")])
    );

    let cat_seq_before = user_seq(&app, w.cat.id).await;
    let mut ben_live = listen(&app, &w.ben).await;
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "acknowledged", "note": "On the list"}),
    )
    .await
    .expect(200);
    notify(&app, w.ben.id, reinstated("Elm")).await;
    notify(&app, w.ben.id, approved("Elm")).await;

    // Ben hears the status change and the kind he did not mute; never the muted kind.
    let (_, first) = next_event(&mut ben_live).await;
    assert_eq!(first["what"], "issue_status_changed");
    let (_, second) = next_event(&mut ben_live).await;
    assert_eq!(second["what"], "membership_approved");
    assert_eq!(unread(&app, &w.ben).await, 2);
    let kept = inbox(&app, &w.ben, "").await;
    let muted = kept["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["what"] == "reinstated")
        .unwrap()
        .clone();
    assert_eq!(muted["muted"], true);
    assert!(muted["read_at"].is_string(), "kept as read");

    // Cat's muted issue: stored as read, not pushed (his channel did not move).
    assert_eq!(user_seq(&app, w.cat.id).await, cat_seq_before);
    assert_eq!(unread(&app, &w.cat).await, 0);
    let cat_inbox = inbox(&app, &w.cat, "").await;
    assert_eq!(cat_inbox["items"][0]["what"], "issue_status_changed");
    assert_eq!(cat_inbox["items"][0]["muted"], true);

    // Unmuted, the next change reaches him again.
    app.delete(&mute, Some(&w.cat.token)).await.expect(204);
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": "in_progress", "note": "Crew on site"}),
    )
    .await
    .expect(200);
    assert_eq!(unread(&app, &w.cat).await, 1);
    assert_eq!(user_seq(&app, w.cat.id).await, cat_seq_before + 1);
}

async fn user_seq(app: &TestApp, id: Uuid) -> i64 {
    entity::user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .event_seq
}

#[tokio::test]
async fn bad_input_gets_clear_4xx_answers() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let prefs = "/api/v1/me/notification-preferences";
    for subject in ["garbage", "user:123", "issue:not-a-uuid", "kind:reinstated"] {
        app.call(
            Method::PUT,
            &format!("/api/v1/me/mutes/{subject}"),
            Some(&ana.token),
            None,
        )
        .await
        .expect(422);
    }
    app.delete("/api/v1/me/mutes/thread:nope", Some(&ana.token))
        .await
        .expect(422);
    for (body, status) in [
        (json!({"email_mode": "weekly"}), 400),
        (json!({"email_mode": 3}), 400),
        (json!({"muted_kinds": "reinstated"}), 400),
        (json!({"surprise": true}), 400),
        (json!({"muted_kinds": ["Not A Kind"]}), 422),
        // Only kinds there are: the front end once muted `mention`, which muted nothing.
        (json!({"muted_kinds": ["mention"]}), 422),
        (
            json!({"muted_kinds": (0..51).map(|n| format!("kind_{}", "x".repeat(n % 5 + 1))).chain((0..51).map(|n| format!("k{}", "a".repeat(n)))).collect::<Vec<_>>()}),
            422,
        ),
    ] {
        app.call(Method::PUT, prefs, Some(&ana.token), Some(body))
            .await
            .expect(status);
    }
    for query in [
        "?limit=0",
        "?limit=101",
        "?cursor=garbage",
        "?unread=maybe",
        "?other=1",
    ] {
        let answer = app
            .get(
                &format!("/api/v1/me/notifications{query}"),
                Some(&ana.token),
            )
            .await;
        assert!(
            answer.status.is_client_error(),
            "{query}: {}",
            answer.status
        );
    }
    app.post_empty("/api/v1/me/notifications/not-a-uuid/read", Some(&ana.token))
        .await
        .expect(400);
    // Nothing changed.
    let now = app.get(prefs, Some(&ana.token)).await.expect(200);
    assert_eq!(now["muted_kinds"], json!([]));
    assert_eq!(now["muted_subjects"], json!([]));
    assert_eq!(now["email_mode"], "off");
}

pub(crate) async fn set_email_mode(app: &TestApp, user: &TestUser, mode: &str) {
    let prefs = app
        .call(
            Method::PUT,
            "/api/v1/me/notification-preferences",
            Some(&user.token),
            Some(json!({"email_mode": mode})),
        )
        .await
        .expect(200);
    assert_eq!(prefs["email_mode"], mode);
    assert_eq!(prefs["email_available"], true);
}

#[tokio::test]
async fn immediate_mode_sends_one_email_after_commit_to_a_real_smtp_server() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.smtp_from = "Commonground <notify@cg.test>".into();
        s.public_url = Some("https://cg.test".into());
    })
    .await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    set_email_mode(&app, &ben, "immediate").await;
    let issue = Uuid::now_v7();

    // Ana (e-mail off) and Ben hear the same thing; only Ben gets an e-mail.
    let resolved = status_changed(issue, IssueStatus::Resolved, "Filled <b>today</b>");
    notify(&app, ana.id, resolved.clone()).await;
    notify(&app, ben.id, resolved).await;
    let mail = sink.wait_for(&ben.email, WAIT).await;
    assert_eq!(mail.from, "notify@cg.test");
    assert_eq!(mail.to, std::slice::from_ref(&ben.email));
    let subject = mail.header("Subject").unwrap();
    assert!(
        // Which issue, and the council's note (non-ASCII words arrive MIME-encoded).
        subject.contains("outside 3 Mill") && subject.contains("is now resolved: Filled"),
        "{subject}"
    );
    assert!(mail.data.contains("multipart/alternative"));
    assert!(mail.data.contains("text/plain") && mail.data.contains("text/html"));
    assert!(
        mail.decoded().contains("&lt;b&gt;today&lt;/b&gt;"),
        "the HTML part is escaped: {}",
        mail.data
    );
    assert!(mail
        .data
        .contains(&format!("https://cg.test/issues/{issue}")));

    // The send is recorded; a muted notification sends nothing.
    let stored = inbox(&app, &ben, "").await["items"][0]["id"]
        .as_str()
        .unwrap()
        .parse::<Uuid>()
        .unwrap();
    let mut emailed = None;
    for _ in 0..50 {
        emailed = entity::notification::Entity::find_by_id(stored)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .emailed_at;
        if emailed.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(emailed.is_some(), "emailed_at is recorded");
    app.call(
        Method::PUT,
        &format!("/api/v1/me/mutes/issue:{issue}"),
        Some(&ben.token),
        None,
    )
    .await
    .expect(204);
    notify(
        &app,
        ben.id,
        status_changed(issue, IssueStatus::Open, "Again"),
    )
    .await;
    notify(&app, ben.id, approved("Oak Lane")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let all = sink.all().await;
    assert!(
        all.iter().all(|m| m.to != std::slice::from_ref(&ana.email)),
        "Ana chose no e-mail"
    );
    let to_ben: Vec<String> = all
        .iter()
        .filter(|m| m.to == std::slice::from_ref(&ben.email))
        .filter_map(|m| m.header("Subject"))
        .collect();
    assert_eq!(to_ben.len(), 2, "{to_ben:?}");
    assert_eq!(
        to_ben[1], "Your request to join was approved (Oak Lane)",
        "{to_ben:?}"
    );
}

#[tokio::test]
async fn the_daily_digest_sends_one_message_per_person_with_their_unread_notifications() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.digest_check_secs = 1;
        s.digest_interval_secs = 0;
    })
    .await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    set_email_mode(&app, &ana, "daily_digest").await;
    // Both arrive in one transaction, so one digest covers both.
    let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
    for place in ["First Place", "Second Place"] {
        tx.notify(ana.id.into(), None, reinstated(place))
            .await
            .unwrap();
    }
    tx.notify(ben.id.into(), None, reinstated("First Place"))
        .await
        .unwrap();
    tx.commit(&app.live).await.unwrap();

    let digest = sink.wait_for(&ana.email, WAIT).await;
    assert_eq!(
        digest.header("Subject").as_deref(),
        Some("Commonground: 2 new notifications")
    );
    assert!(digest.data.contains("First Place") && digest.data.contains("Second Place"));
    assert!(digest.data.contains("Your membership was reinstated"));
    // Nothing new: the next runs send nothing more; Ben (e-mail off) never gets one.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let all = sink.all().await;
    assert_eq!(all.len(), 1, "{all:?}");
    let prefs = entity::notification_preference::Entity::find_by_id(ana.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(prefs.last_digest_at.is_some());
}

/// A fixed-offset zone where it is now between `from` and `to` o'clock (hours, local): every hour
/// of the day is somewhere between UTC-12 and UTC+14.
pub(crate) fn zone_where_the_hour_is(from: u32, to: u32) -> String {
    use chrono::Timelike;
    let utc_hour = chrono::Utc::now().hour() as i32;
    (-12..=14)
        .find_map(|offset: i32| {
            let local = (utc_hour + offset).rem_euclid(24) as u32;
            // Etc/GMT-N is N hours ahead of UTC (POSIX signs).
            (from..to).contains(&local).then(|| match offset {
                0 => "Etc/GMT".to_owned(),
                o if o > 0 => format!("Etc/GMT-{o}"),
                o => format!("Etc/GMT+{}", -o),
            })
        })
        .expect("some offset has that hour")
}

#[tokio::test]
async fn a_daily_digest_waits_for_the_morning_in_the_persons_time_zone() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.digest_check_secs = 1;
        s.digest_interval_secs = 0;
    })
    .await;
    let (night, day) = (app.new_user("Nia").await, app.new_user("Dai").await);
    // Far from the hour's edges, so the test does not straddle a change of hour.
    let (night_zone, day_zone) = (zone_where_the_hour_is(1, 5), zone_where_the_hour_is(10, 20));
    for (who, zone) in [(&night, &night_zone), (&day, &day_zone)] {
        set_email_mode(&app, who, "daily_digest").await;
        app.patch("/api/v1/me", Some(&who.token), json!({"time_zone": zone}))
            .await
            .expect(200);
    }
    let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
    for who in [&night, &day] {
        tx.notify(who.id.into(), None, reinstated("Mill Lane"))
            .await
            .unwrap();
    }
    tx.commit(&app.live).await.unwrap();

    sink.wait_for(&day.email, WAIT).await;
    // Several more runs: the one in the small hours still gets nothing.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let all = sink.all().await;
    assert!(
        all.iter().all(|m| !m.to.contains(&night.email)),
        "{night_zone}: {all:?}"
    );
}

#[tokio::test]
async fn immediate_email_its_worker_never_sent_is_sent_by_the_elected_job() {
    let sink = SmtpSink::start().await;
    // The app's own SMTP server is gone: its immediate worker fails every attempt.
    let gone = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(format!("smtp://127.0.0.1:{gone}")));
    })
    .await;
    let ben = app.new_user("Ben").await;
    set_email_mode(&app, &ben, "immediate").await;
    notify(&app, ben.id, approved("Oak Lane")).await;
    let stored = inbox(&app, &ben, "").await["items"][0]["id"]
        .as_str()
        .unwrap()
        .parse::<Uuid>()
        .unwrap();
    let mailer = commonground::services::notifications::mail::Mailer::new(
        &SecretString::from(sink.url()),
        "Commonground <notify@cg.test>",
        "https://cg.test",
    )
    .unwrap();
    let send = |at| {
        commonground::services::notifications::mail::send_missed_immediate(&app.db, &mailer, at)
    };

    // Too recent: the worker that normally sends it may still be on it.
    let now = chrono::Utc::now();
    assert_eq!(send(now).await.unwrap(), 0);
    // Ten minutes on it counts as missed, is sent once and recorded.
    let later = now + chrono::Duration::minutes(11);
    assert_eq!(send(later).await.unwrap(), 1);
    let mail = sink.wait_for(&ben.email, WAIT).await;
    assert!(mail
        .header("Subject")
        .unwrap()
        .contains("request to join was approved"));
    let row = entity::notification::Entity::find_by_id(stored)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.emailed_at.is_some());
    assert_eq!(send(later).await.unwrap(), 0, "sent once");
    // After the retry window nothing is picked up any more.
    assert_eq!(send(now + chrono::Duration::hours(2)).await.unwrap(), 0);
    assert_eq!(sink.all().await.len(), 1);
}

#[tokio::test]
async fn notifications_older_than_the_retention_are_pruned() {
    let app = spawn_app().await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    for (who, place) in [(ana.id, "First Place"), (ben.id, "Second Place")] {
        notify(&app, who, reinstated(place)).await;
    }
    let count = || entity::notification::Entity::find().count(&app.db);
    let stored = count().await.unwrap();
    assert!(stored >= 2);
    let pruned = commonground::services::notifications::prune(
        &app.db,
        Utc::now() - chrono::Duration::days(1),
    )
    .await
    .unwrap();
    assert_eq!(
        (pruned, count().await.unwrap()),
        (0, stored),
        "a day old is kept"
    );
    let pruned = commonground::services::notifications::prune(
        &app.db,
        Utc::now() + chrono::Duration::seconds(1),
    )
    .await
    .unwrap();
    assert_eq!((pruned, count().await.unwrap()), (stored, 0));
    assert_eq!(inbox(&app, &ana, "").await["items"], json!([]));
}

/// Regression: muting `mentioned` (the server's name for the kind) silences mentions end to
/// end: stored as read, never pushed, never e-mailed; other kinds and other people still hear.
#[tokio::test]
async fn muting_mentions_silences_them_end_to_end() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
    })
    .await;
    let cora = app.new_user("Cora").await;
    let (ben, cat) = (app.new_user("Ben").await, app.new_user("Cat").await);
    let elm = id_of(&app.new_neighbourhood(&cora, "Elm Street", json!({})).await);
    for member in [&ben, &cat] {
        app.invite_and_accept(&cora, &elm, member).await;
        set_email_mode(&app, member, "immediate").await;
    }
    let prefs = "/api/v1/me/notification-preferences";
    // The name the front end once used mutes nothing, so it is refused rather than kept.
    app.call(
        Method::PUT,
        prefs,
        Some(&ben.token),
        Some(json!({"muted_kinds": ["mention"]})),
    )
    .await
    .expect(422);
    let muted = app
        .call(
            Method::PUT,
            prefs,
            Some(&ben.token),
            Some(json!({"muted_kinds": ["mentioned"]})),
        )
        .await
        .expect(200);
    assert_eq!(muted["muted_kinds"], json!(["mentioned"]));

    // (Each has an unread invitation from joining.)
    let (ben_seq, ben_unread) = (user_seq(&app, ben.id).await, unread(&app, &ben).await);
    let mut cat_live = listen(&app, &cat).await;
    let thread = app
        .post(
            &format!("/api/v1/neighbourhoods/{elm}/threads"),
            Some(&cora.token),
            json!({"title": "Skip on the corner", "body": "@ben @cat can you look?"}),
        )
        .await
        .expect(201);

    // Cat, who muted nothing, hears it live and by e-mail, with a subject that says what it is.
    let (kind, data) = next_event(&mut cat_live).await;
    assert_eq!(
        (kind.as_str(), &data["what"]),
        ("notification", &json!("mentioned"))
    );
    let mail = mail_about(&sink, &cat.email, "mentioned you").await;
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Cora mentioned you in a discussion (Elm Street)")
    );
    assert!(mail
        .data
        .contains(&format!("https://cg.test/threads/{}", id_of(&thread))));

    // Ben's mention is in his inbox as read and muted; his channel did not move; no e-mail.
    let ben_inbox = inbox(&app, &ben, "").await;
    let mention = ben_inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["what"] == "mentioned")
        .unwrap_or_else(|| panic!("stored: {ben_inbox}"))
        .clone();
    assert_eq!(mention["muted"], true);
    assert!(mention["read_at"].is_string());
    assert_eq!(unread(&app, &ben).await, ben_unread);
    assert_eq!(user_seq(&app, ben.id).await, ben_seq);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        sink.all()
            .await
            .iter()
            .all(|m| m.to != std::slice::from_ref(&ben.email)
                || !m
                    .header("Subject")
                    .unwrap_or_default()
                    .contains("mentioned")),
        "no e-mail for a muted mention"
    );

    // Only mentions are muted: a reply to Ben's post still reaches him.
    let posts = format!("/api/v1/threads/{}/posts", id_of(&thread));
    let first = app
        .post(&posts, Some(&ben.token), json!({"body": "Looking now"}))
        .await
        .expect(201);
    let answer = json!({"body": "Thanks", "parent_id": id_of(&first)});
    app.post(&posts, Some(&cora.token), answer)
        .await
        .expect(201);
    let reply = mail_about(&sink, &ben.email, "replied").await;
    assert_eq!(
        reply.header("Subject").as_deref(),
        Some("Cora replied to your post (Elm Street)")
    );
    assert_eq!(unread(&app, &ben).await, ben_unread + 1);
}

/// The first message to `recipient` whose subject contains `about`, waiting for it.
async fn mail_about(sink: &SmtpSink, recipient: &str, about: &str) -> crate::smtp_sink::Received {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let found = sink.all().await.into_iter().find(|m| {
            m.to.iter().any(|t| t == recipient)
                && m.header("Subject").is_some_and(|s| s.contains(about))
        });
        if let Some(found) = found {
            return found;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no e-mail to {recipient} about {about}: {:?}",
            sink.all().await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Mutes the web app once saved as `kind:mention` (which muted nothing) become the real kind.
#[tokio::test]
async fn mentions_muted_under_the_old_name_are_muted_for_real_after_the_migration() {
    use migration::{Migrator, MigratorTrait};

    let app = spawn_app().await;
    let (ana, ben) = (app.new_user("Ana").await, app.new_user("Ben").await);
    // Step back before the fix (its `down` changes nothing), then write what the web app wrote.
    // Every migration from the fix on is stepped back (later ones came after it).
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let fix = names
        .iter()
        .position(|n| n == "m20261205_000014_mention_mutes")
        .unwrap();
    Migrator::down(&app.db, Some((names.len() - fix) as u32))
        .await
        .unwrap();
    let mute = |user_id, subject: &str| entity::notification_mute::ActiveModel {
        user_id: Set(user_id),
        subject: Set(subject.to_owned()),
        created_at: Set(Utc::now()),
    };
    entity::notification_mute::Entity::insert_many([
        mute(ana.id.into(), "kind:mention"),
        mute(ben.id.into(), "kind:mention"),
        mute(ben.id.into(), "kind:mentioned"),
    ])
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    Migrator::up(&app.db, None).await.unwrap();
    for who in [&ana, &ben] {
        let prefs = app
            .get("/api/v1/me/notification-preferences", Some(&who.token))
            .await
            .expect(200);
        assert_eq!(prefs["muted_kinds"], json!(["mentioned"]));
    }
    let left = entity::notification_mute::Entity::find()
        .filter(entity::notification_mute::Column::Subject.starts_with("kind:"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(left, 2);
}
