//! Text people write is marked with the language of the page they wrote it in, so readers of
//! another language still get it read with the right voice (docs/i18n.md, "Content people write").

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{answer, id_of, Answer, TestApp, TestUser};
use crate::issues::{world, HERE};

/// A request as a page in `language` sends it (`None`: no `Accept-Language` at all).
async fn call_in(
    app: &TestApp,
    method: Method,
    path: &str,
    who: &TestUser,
    body: Option<Value>,
    language: Option<&str>,
) -> Answer {
    let mut request = app
        .client
        .request(method, app.url(path))
        .bearer_auth(&who.token);
    if let Some(language) = language {
        request = request.header("accept-language", language);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    answer(request.send().await.unwrap()).await
}

#[tokio::test]
async fn posts_and_threads_keep_the_language_they_were_written_in() {
    let app = crate::helpers::spawn_app().await;
    let w = world(&app).await;
    let threads = format!("/api/v1/neighbourhoods/{}/threads", w.id);
    let body = json!({"title": "Dziura w jezdni", "body": "Kto jeszcze ją widział?"});
    let thread = call_in(
        &app,
        Method::POST,
        &threads,
        &w.ben,
        Some(body),
        Some("pl-PL,pl;q=0.9"),
    )
    .await
    .expect(201);
    let posts = format!("/api/v1/threads/{}/posts", id_of(&thread));
    let reply = json!({"body": "I saw it too"});
    call_in(&app, Method::POST, &posts, &w.cat, Some(reply), None)
        .await
        .expect(201);

    // Read by someone whose page is English.
    let listed = call_in(&app, Method::GET, &threads, &w.ana, None, Some("en"))
        .await
        .expect(200);
    assert_eq!(listed["items"][0]["lang"], "pl");
    let read = call_in(&app, Method::GET, &posts, &w.ana, None, Some("en"))
        .await
        .expect(200);
    let items = read["items"].as_array().unwrap();
    assert_eq!(items[0]["lang"], "pl", "written on a Polish page");
    assert_eq!(
        items[1]["lang"], "en",
        "no header: the deployment's default"
    );

    // Rewritten from an Arabic page, the post is now in Arabic.
    let edit = format!("/api/v1/posts/{}", id_of(&items[0]));
    let edited = call_in(
        &app,
        Method::PATCH,
        &edit,
        &w.ben,
        Some(json!({"body": "رأيتها أيضا"})),
        Some("ar"),
    )
    .await
    .expect(200);
    assert_eq!(edited["lang"], "ar");
    // A deleted post shows no text, and so no language either.
    let deleted = call_in(&app, Method::DELETE, &edit, &w.ben, None, None)
        .await
        .expect(200);
    assert!(deleted["body_html"].is_null(), "{deleted}");
    assert!(deleted["lang"].is_null(), "{deleted}");
}

#[tokio::test]
async fn a_report_keeps_the_language_it_was_written_in() {
    let app = crate::helpers::spawn_app().await;
    let w = world(&app).await;
    let reports = format!("/api/v1/neighbourhoods/{}/reports", w.id);
    let report = |description: &str| json!({"category_id": w.pothole, "location": {"lat": HERE.0, "lon": HERE.1}, "description": description});
    let first = call_in(
        &app,
        Method::POST,
        &reports,
        &w.ben,
        Some(report("Głęboka dziura przy przystanku")),
        Some("pl"),
    )
    .await
    .expect(201);
    call_in(
        &app,
        Method::POST,
        &reports,
        &w.cat,
        Some(report("Deep pothole by the bus stop")),
        None,
    )
    .await
    .expect(201);
    let issue = format!("/api/v1/issues/{}", id_of(&first["issue"]));
    let detail = call_in(&app, Method::GET, &issue, &w.ana, None, Some("en-GB"))
        .await
        .expect(200);
    let langs: Vec<(&str, &str)> = detail["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["description"].as_str().unwrap(),
                r["lang"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(langs.len(), 2, "{detail}");
    assert!(
        langs.contains(&("Głęboka dziura przy przystanku", "pl")),
        "{langs:?}"
    );
    assert!(
        langs.contains(&("Deep pothole by the bus stop", "en")),
        "{langs:?}"
    );
}

#[tokio::test]
async fn a_task_takes_the_language_of_whoever_rewrites_its_words() {
    let app = crate::helpers::spawn_app().await;
    let w = world(&app).await;
    let tasks = format!("/api/v1/neighbourhoods/{}/tasks", w.id);
    let body = json!({"title": "Sprzątanie skweru", "description": "Worki na miejscu", "slots": 3});
    let task = call_in(&app, Method::POST, &tasks, &w.ana, Some(body), Some("pl"))
        .await
        .expect(201);
    assert_eq!(task["lang"], "pl");
    let path = format!("/api/v1/tasks/{}", id_of(&task));
    // Changing only the number of places leaves the words, and their language, alone.
    let slots = call_in(
        &app,
        Method::PATCH,
        &path,
        &w.ana,
        Some(json!({"slots": 4})),
        Some("en"),
    )
    .await
    .expect(200);
    assert_eq!(slots["lang"], "pl");
    let listed = call_in(&app, Method::GET, &tasks, &w.ben, None, Some("en"))
        .await
        .expect(200);
    assert_eq!(listed["items"][0]["lang"], "pl", "{listed}");
    let retitled = json!({"title": "Litter pick on the green"});
    let retitled = call_in(
        &app,
        Method::PATCH,
        &path,
        &w.ana,
        Some(retitled),
        Some("en"),
    )
    .await
    .expect(200);
    assert_eq!(retitled["lang"], "en");
    // A discussion's title is made from its subject, not written by anyone: no language.
    let discussion = format!("{path}/discussion");
    call_in(
        &app,
        Method::POST,
        &discussion,
        &w.ben,
        Some(json!({"body": "Będę"})),
        Some("pl"),
    )
    .await
    .expect(201);
    let started = call_in(&app, Method::GET, &discussion, &w.ben, None, Some("pl"))
        .await
        .expect(200);
    assert!(started["thread"]["lang"].is_null(), "{started}");
}
