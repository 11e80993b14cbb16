//! People's language on the server: problems in the request's language with a stable `type`, the
//! account's language and time zone, the deployment's default (docs/i18n.md).

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{answer, spawn_app, spawn_app_with, TestApp};

/// A request with `Accept-Language` set.
async fn get_in(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    language: &str,
) -> crate::helpers::Answer {
    let mut request = app
        .client
        .request(Method::GET, app.url(path))
        .header("accept-language", language);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    answer(request.send().await.unwrap()).await
}

const MISSING: &str = "/api/v1/neighbourhoods/00000000-0000-0000-0000-000000000000";

#[tokio::test]
async fn a_problem_is_worded_in_the_asked_language_and_its_type_does_not_change() {
    let app = spawn_app().await;
    let english = get_in(&app, "/api/v1/me", None, "en-GB").await;
    let polish = get_in(&app, "/api/v1/me", None, "pl-PL,pl;q=0.9,en;q=0.5").await;
    let arabic = get_in(&app, "/api/v1/me", None, "ar-EG").await;
    assert_eq!(polish.headers["content-language"], "pl");
    assert_eq!(arabic.headers["content-language"], "ar");
    let (english, polish, arabic): (Value, Value, Value) =
        (english.expect(401), polish.expect(401), arabic.expect(401));
    assert_eq!(english["type"], polish["type"]);
    assert_eq!(english["type"], arabic["type"]);
    assert_eq!(english["title"], "Authentication required");
    assert_eq!(polish["title"], "Trzeba się zalogować");
    assert_eq!(arabic["title"], "يجب تسجيل الدخول");
}

#[tokio::test]
async fn field_messages_and_plurals_follow_the_language() {
    let app = spawn_app().await;
    let user = app.new_user("Ola").await;
    let mut request = app
        .client
        .request(Method::PATCH, app.url("/api/v1/me"))
        .bearer_auth(&user.token)
        .header("accept-language", "pl")
        .json(&json!({"time_zone": "Mars/Olympus_Mons"}));
    let refused = answer(request.send().await.unwrap()).await.expect(422);
    assert_eq!(refused["title"], "Niektóre pola są wypełnione źle");
    assert!(refused["errors"]["time_zone"].is_array());
    // An unknown language falls back to the deployment's default (English here).
    request = app
        .client
        .request(Method::PATCH, app.url("/api/v1/me"))
        .bearer_auth(&user.token)
        .header("accept-language", "de-DE, fr;q=0.8")
        .json(&json!({"time_zone": "Mars/Olympus_Mons"}));
    let refused = answer(request.send().await.unwrap()).await.expect(422);
    assert_eq!(refused["title"], "Your request has invalid fields");
}

#[tokio::test]
async fn the_deployment_default_answers_those_who_ask_for_nothing_we_speak() {
    let app = spawn_app_with(|s| s.default_locale = commonground::i18n::Locale::Ar).await;
    let unasked = app.get(MISSING, None).await.expect(404);
    assert_eq!(unasked["title"], "غير موجود");
    let asked = get_in(&app, MISSING, None, "pl").await.expect(404);
    assert_eq!(asked["title"], "Nie znaleziono");
}

#[tokio::test]
async fn an_account_keeps_its_language_and_time_zone() {
    let app = spawn_app().await;
    let user = app.new_user("Jan").await;
    let me = app.get("/api/v1/me", Some(&user.token)).await.expect(200);
    // Registered without asking for a language: the default.
    assert_eq!(me["locale"], "en");
    assert_eq!(me["time_zone"], Value::Null);

    let me = app
        .patch(
            "/api/v1/me",
            Some(&user.token),
            json!({"locale": "pl", "time_zone": "Europe/Warsaw"}),
        )
        .await
        .expect(200);
    assert_eq!(me["locale"], "pl");
    assert_eq!(me["time_zone"], "Europe/Warsaw");

    for bad in [
        json!({"locale": "de"}),
        json!({"locale": "pl\u{0}"}),
        json!({"time_zone": "x".repeat(5000)}),
        json!({"time_zone": "Europe/Nowhere"}),
    ] {
        let answer = app
            .patch("/api/v1/me", Some(&user.token), bad.clone())
            .await;
        assert!(answer.status.is_client_error(), "{bad}: {}", answer.status);
    }
    let me = app.get("/api/v1/me", Some(&user.token)).await.expect(200);
    assert_eq!(me["locale"], "pl", "a refused change changes nothing");
    assert_eq!(me["time_zone"], "Europe/Warsaw");
}

#[tokio::test]
async fn registering_in_a_language_keeps_it_for_the_account() {
    let app = spawn_app().await;
    let request = app
        .client
        .request(Method::POST, app.url("/api/v1/auth/register"))
        .header("accept-language", "ar")
        .json(&json!({"email": "amal@example.test", "display_name": "Amal", "password": crate::helpers::PASSWORD}));
    answer(request.send().await.unwrap()).await.expect(202);
    let tokens = app
        .login("amal@example.test", crate::helpers::PASSWORD)
        .await
        .expect(200);
    let token = tokens["access_token"].as_str().unwrap();
    let me = app.get("/api/v1/me", Some(token)).await.expect(200);
    assert_eq!(me["locale"], "ar");
}
