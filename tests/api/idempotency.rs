//! `Idempotency-Key` on report creation and photo upload: a request sent twice (a phone that lost
//! its connection after sending, the offline queue flushed on reconnect) writes once and answers
//! the same both times, even when the copies race.

use chrono::{Duration, Utc};
use commonground::services::idempotency;
use entity::{idempotency_key, photo, report};
use futures_util::future::join_all;
use image::ImageFormat;
use reqwest::{header::HeaderValue, Method};
use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::{
    helpers::{answer, id_of, spawn_app, Answer, TestApp, TestUser},
    issues::{world, World, HERE},
    photos::encoded,
};

fn report_body(w: &World, description: &str) -> Value {
    json!({"category_id": w.pothole, "location": {"lat": HERE.0, "lon": HERE.1}, "description": description})
}

/// POSTs a report with `key` as its `Idempotency-Key` header (raw bytes, so bad keys can be sent).
async fn report_with_key(
    app: &TestApp,
    w: &World,
    who: &TestUser,
    key: Option<HeaderValue>,
    body: &Value,
) -> Answer {
    let mut request = app
        .client
        .post(app.url(&format!("/api/v1/neighbourhoods/{}/reports", w.id)))
        .bearer_auth(&who.token)
        .json(body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    answer(request.send().await.unwrap()).await
}

fn key(text: &str) -> Option<HeaderValue> {
    Some(HeaderValue::from_str(text).unwrap())
}

async fn reports_by(app: &TestApp, who: &TestUser) -> u64 {
    report::Entity::find()
        .filter(report::Column::ReporterId.eq(who.id))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_same_key_twice_files_one_report_and_answers_the_same() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let body = report_body(&w, "Deep pothole by the bus stop");
    let k = Uuid::now_v7().to_string();
    let first = report_with_key(&app, &w, &w.ben, key(&k), &body).await;
    assert!(first.headers.get("idempotency-replayed").is_none());
    let first = first.expect(201);
    let second = report_with_key(&app, &w, &w.ben, key(&k), &body).await;
    assert_eq!(
        second.headers.get("idempotency-replayed").unwrap(),
        "true",
        "a repeat says it is one"
    );
    assert_eq!(second.content_type, "application/json");
    assert_eq!(
        second.expect(201),
        first,
        "the repeat answers the first answer"
    );
    assert_eq!(reports_by(&app, &w.ben).await, 1);
    // The same request with other spacing and field order is the same request.
    let reordered = serde_json::to_string(&body).unwrap().replace(',', " ,\n ");
    let third = app
        .client
        .post(app.url(&format!("/api/v1/neighbourhoods/{}/reports", w.id)))
        .bearer_auth(&w.ben.token)
        .header("Idempotency-Key", &k)
        .header("content-type", "application/json")
        .body(reordered)
        .send()
        .await
        .unwrap();
    assert_eq!(answer(third).await.expect(201), first);
    assert_eq!(reports_by(&app, &w.ben).await, 1);
}

#[tokio::test]
async fn racing_copies_of_one_request_file_one_report() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let body = report_body(&w, "Pothole, sent from a shaky connection");
    let k = Uuid::now_v7().to_string();
    let copies = join_all((0..8).map(|_| report_with_key(&app, &w, &w.ben, key(&k), &body))).await;
    let bodies: Vec<Value> = copies.into_iter().map(|a| a.expect(201)).collect();
    assert!(
        bodies.iter().all(|b| *b == bodies[0]),
        "every copy answers the same report: {bodies:?}"
    );
    assert_eq!(reports_by(&app, &w.ben).await, 1);
    let issue = app
        .get(
            &format!(
                "/api/v1/issues/{}",
                bodies[0]["issue"]["id"].as_str().unwrap()
            ),
            Some(&w.ben.token),
        )
        .await
        .expect(200);
    assert_eq!(issue["reports_count"], 1);
}

#[tokio::test]
async fn a_key_reused_for_another_request_is_refused() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let k = "my-report-1";
    report_with_key(&app, &w, &w.ben, key(k), &report_body(&w, "First"))
        .await
        .expect(201);
    let other = report_with_key(&app, &w, &w.ben, key(k), &report_body(&w, "Second"))
        .await
        .expect(422);
    assert!(other["errors"]["Idempotency-Key"].is_array(), "{other}");
    assert_eq!(reports_by(&app, &w.ben).await, 1);
}

#[tokio::test]
async fn keys_belong_to_one_person() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let k = "shared-looking-key";
    let body = report_body(&w, "Pothole");
    let ben = report_with_key(&app, &w, &w.ben, key(k), &body)
        .await
        .expect(201);
    let cat = report_with_key(&app, &w, &w.cat, key(k), &body)
        .await
        .expect(201);
    assert_ne!(
        ben["report_id"], cat["report_id"],
        "another person's key is their own"
    );
    assert_eq!(reports_by(&app, &w.ben).await, 1);
    assert_eq!(reports_by(&app, &w.cat).await, 1);
}

#[tokio::test]
async fn without_a_key_every_request_files_a_report() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let body = report_body(&w, "Pothole");
    let first = report_with_key(&app, &w, &w.ben, None, &body)
        .await
        .expect(201);
    let second = report_with_key(&app, &w, &w.ben, None, &body)
        .await
        .expect(201);
    assert_ne!(first["report_id"], second["report_id"]);
    assert_eq!(reports_by(&app, &w.ben).await, 2);
}

#[tokio::test]
async fn malformed_keys_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let body = report_body(&w, "Pothole");
    let bad = [
        HeaderValue::from_static(""),
        HeaderValue::from_str(&"k".repeat(256)).unwrap(),
        HeaderValue::from_str(&"k".repeat(100_000)).unwrap(),
        HeaderValue::from_static("two words"),
        HeaderValue::from_bytes(b"caf\xc3\xa9").unwrap(),
        HeaderValue::from_bytes(b"tab\there").unwrap(),
    ];
    for value in bad {
        let shown = format!("{value:?}");
        let refused = report_with_key(&app, &w, &w.ben, Some(value), &body).await;
        // A 100 kB header is refused by the HTTP layer itself (431), the rest by the check.
        let status = refused.status.as_u16();
        assert!(status == 400 || status == 431, "{shown}: {status}");
        if status == 400 {
            refused.expect(400);
        }
    }
    // Two keys at once are refused too.
    let both = app
        .client
        .post(app.url(&format!("/api/v1/neighbourhoods/{}/reports", w.id)))
        .bearer_auth(&w.ben.token)
        .header("Idempotency-Key", "a")
        .header("Idempotency-Key", "b")
        .json(&body)
        .send()
        .await
        .unwrap();
    answer(both).await.expect(400);
    assert_eq!(reports_by(&app, &w.ben).await, 0);
    assert_eq!(
        idempotency_key::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_failed_request_leaves_its_key_free() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let k = "retry-me";
    report_with_key(&app, &w, &w.ben, key(k), &report_body(&w, ""))
        .await
        .expect(422);
    // Nothing was filed under the key, so it may name the corrected request.
    report_with_key(&app, &w, &w.ben, key(k), &report_body(&w, "Pothole"))
        .await
        .expect(201);
    assert_eq!(reports_by(&app, &w.ben).await, 1);
}

#[tokio::test]
async fn keys_are_forgotten_after_a_day_and_pruned() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let k = "yesterday";
    let body = report_body(&w, "Pothole");
    report_with_key(&app, &w, &w.ben, key(k), &body)
        .await
        .expect(201);
    idempotency_key::Entity::update_many()
        .col_expr(
            idempotency_key::Column::CreatedAt,
            Expr::value(Utc::now() - Duration::hours(25)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    report_with_key(&app, &w, &w.ben, key(k), &body)
        .await
        .expect(201);
    assert_eq!(
        reports_by(&app, &w.ben).await,
        2,
        "a day-old key names nothing"
    );
    report_with_key(&app, &w, &w.cat, key("today"), &body)
        .await
        .expect(201);
    let pruned = idempotency::prune(&app.db, Utc::now() - Duration::hours(24))
        .await
        .unwrap();
    assert_eq!(pruned, 0, "both keys are fresh");
    let pruned = idempotency::prune(&app.db, Utc::now() + Duration::seconds(1))
        .await
        .unwrap();
    assert_eq!(pruned, 2);
}

#[tokio::test]
async fn the_same_photo_sent_twice_with_one_key_is_added_once() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let filed = report_with_key(&app, &w, &w.ben, None, &report_body(&w, "Pothole"))
        .await
        .expect(201);
    let report_id = filed["report_id"].as_str().unwrap().to_owned();
    let send = |k: &'static str, bytes: Vec<u8>| {
        let request = app
            .client
            .request(
                Method::POST,
                app.url(&format!("/api/v1/reports/{report_id}/photos")),
            )
            .bearer_auth(&w.ben.token)
            .header("content-type", "application/octet-stream")
            .header("Idempotency-Key", k)
            .body(bytes);
        async move { answer(request.send().await.unwrap()).await }
    };
    let png = encoded(ImageFormat::Png);
    let copies = join_all((0..3).map(|_| send("photo-1", png.clone()))).await;
    let bodies: Vec<Value> = copies.into_iter().map(|a| a.expect(201)).collect();
    assert!(bodies.iter().all(|b| *b == bodies[0]), "{bodies:?}");
    let photos = photo::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(photos, 1);
    // Another image under the same key is another request.
    send("photo-1", encoded(ImageFormat::Jpeg))
        .await
        .expect(422);
    let second = send("photo-2", encoded(ImageFormat::Jpeg))
        .await
        .expect(201);
    assert_ne!(id_of(&second), id_of(&bodies[0]));
    assert_eq!(photo::Entity::find().count(&app.db).await.unwrap(), 2);
}
