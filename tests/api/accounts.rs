use serde_json::json;

use crate::helpers::{spawn_app, spawn_app_with, PASSWORD};

#[tokio::test]
async fn registering_answers_without_an_id_and_the_account_signs_in() {
    let app = spawn_app().await;
    let body = app.register("  Ana@Example.ORG ", "Ana").await.expect(202);
    assert!(
        body.get("id").is_none(),
        "no account id in the answer: {body}"
    );
    let tokens = app.login("ana@example.org", PASSWORD).await.expect(200);
    let me = app
        .get("/api/v1/me", tokens["access_token"].as_str())
        .await
        .expect(200);
    assert_eq!(me["email"], "ana@example.org");
    assert_eq!(me["display_name"], "Ana");
    assert_eq!(me["is_platform_admin"], false);
    assert!(me.get("password_hash").is_none());
    let id: uuid::Uuid = me["id"].as_str().unwrap().parse().unwrap();
    assert_eq!(id.get_version_num(), 7, "ids are time-ordered UUIDv7");
}

#[tokio::test]
async fn emails_are_unique_regardless_of_case() {
    let app = spawn_app().await;
    app.register("ana@example.org", "Ana").await.expect(202);
    app.register("ANA@example.org", "Another Ana")
        .await
        .expect(202);
    let tokens = app.login("ana@example.org", PASSWORD).await.expect(200);
    let me = app
        .get("/api/v1/me", tokens["access_token"].as_str())
        .await
        .expect(200);
    assert_eq!(
        me["display_name"], "Ana",
        "the second registration changed nothing"
    );
}

#[tokio::test]
async fn registration_lists_every_invalid_field_and_creates_nothing() {
    let app = spawn_app().await;
    let body = app
        .post(
            "/api/v1/auth/register",
            None,
            json!({"email": "not-an-email", "display_name": " ", "password": "short"}),
        )
        .await
        .expect(422);
    let errors = body["errors"].as_object().unwrap();
    for field in ["email", "display_name", "password"] {
        assert!(
            errors.contains_key(field),
            "missing error for {field}: {body}"
        );
    }
    app.login("not-an-email", "short").await.expect(401);
}

#[tokio::test]
async fn signing_in_gives_tokens_that_open_me() {
    let app = spawn_app().await;
    let user = app.new_user("Ben").await;
    let me = app.get("/api/v1/me", Some(&user.token)).await.expect(200);
    assert_eq!(me["email"], user.email.as_str());
    assert_eq!(me["memberships"], json!([]));
    assert_eq!(me["organisations"], json!([]));

    let tokens = app.login(&user.email, PASSWORD).await.expect(200);
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 900);
}

#[tokio::test]
async fn a_wrong_password_or_unknown_account_is_401() {
    let app = spawn_app().await;
    let user = app.new_user("Cleo").await;
    let wrong = app.login(&user.email, "not the password").await.expect(401);
    let unknown = app.login("nobody@example.org", PASSWORD).await.expect(401);
    assert_eq!(
        wrong["detail"], unknown["detail"],
        "answers must not reveal which accounts exist"
    );
}

#[tokio::test]
async fn me_without_a_valid_token_is_401() {
    let app = spawn_app().await;
    app.get("/api/v1/me", None).await.expect(401);
    app.get("/api/v1/me", Some("not.a.jwt")).await.expect(401);
    let answer = app
        .get("/api/v1/me", Some("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
        .await;
    assert_eq!(answer.headers.get("www-authenticate").unwrap(), "Bearer");
    answer.expect(401);
}

#[tokio::test]
async fn repeated_failed_logins_are_slowed_with_retry_after() {
    let app = spawn_app_with(|s| s.login_failures_per_account_and_address = 3).await;
    let user = app.new_user("Dev").await;
    for _ in 0..3 {
        app.login(&user.email, "wrong password!").await.expect(401);
    }
    let throttled = app.login(&user.email, PASSWORD).await;
    let retry_after: u64 = throttled
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0 && retry_after <= 15 * 60);
    throttled.expect(429);
}

#[tokio::test]
async fn refresh_rotates_the_refresh_token() {
    let app = spawn_app().await;
    let user = app.new_user("Eve").await;
    let first = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": user.refresh_token}),
        )
        .await
        .expect(200);
    let rotated = first["refresh_token"].as_str().unwrap();
    assert_ne!(rotated, user.refresh_token);
    app.get("/api/v1/me", Some(first["access_token"].as_str().unwrap()))
        .await
        .expect(200);
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": rotated}),
    )
    .await
    .expect(200);
}

#[tokio::test]
async fn reusing_a_spent_refresh_token_revokes_the_whole_family() {
    let app = spawn_app().await;
    let user = app.new_user("Fay").await;
    let rotated = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": user.refresh_token}),
        )
        .await
        .expect(200);
    // Someone replays the spent token: refused, and the legitimate newer token dies with it.
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": user.refresh_token}),
    )
    .await
    .expect(401);
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": rotated["refresh_token"]}),
    )
    .await
    .expect(401);
}

#[tokio::test]
async fn logout_revokes_the_refresh_token() {
    let app = spawn_app().await;
    let user = app.new_user("Gus").await;
    let answer = app
        .post(
            "/api/v1/auth/logout",
            None,
            json!({"refresh_token": user.refresh_token}),
        )
        .await;
    assert_eq!(answer.status, 204);
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": user.refresh_token}),
    )
    .await
    .expect(401);
    // Unknown tokens are accepted silently: logout is idempotent.
    assert_eq!(
        app.post(
            "/api/v1/auth/logout",
            None,
            json!({"refresh_token": "nope"})
        )
        .await
        .status,
        204
    );
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_other_sessions() {
    let app = spawn_app().await;
    let user = app.new_user("Hal").await;
    let body = app
        .patch(
            "/api/v1/me",
            Some(&user.token),
            json!({"password": "a brand new password"}),
        )
        .await
        .expect(422);
    assert!(body["errors"]["current_password"].is_array());
    app.patch(
        "/api/v1/me",
        Some(&user.token),
        json!({"password": "a brand new password", "current_password": "wrong one!!"}),
    )
    .await
    .expect(422);

    let me = app
        .patch(
            "/api/v1/me",
            Some(&user.token),
            json!({"display_name": "Hal B.", "password": "a brand new password", "current_password": PASSWORD}),
        )
        .await
        .expect(200);
    assert_eq!(me["display_name"], "Hal B.");
    app.login(&user.email, PASSWORD).await.expect(401);
    app.login(&user.email, "a brand new password")
        .await
        .expect(200);
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": user.refresh_token}),
    )
    .await
    .expect(401);
}
