//! Signing secrets, revoked access tokens and private files: what a stolen token or a careless
//! deployment could otherwise break.

use std::time::Duration;

use commonground::{
    config::Settings,
    live::{client::LiveClient, protocol::ServerMessage},
    startup::Application,
};
use secrecy::SecretString;
use serde_json::json;

use crate::helpers::{spawn_app, TestApp, TestUser, PASSWORD};

const WAIT: Duration = Duration::from_secs(5);

/// The HTTP API and the WebSocket handshake both refuse `token`.
async fn assert_token_refused(app: &TestApp, token: &str) {
    app.get("/api/v1/me", Some(token)).await.expect(401);
    let mut client = LiveClient::connect_unauthenticated(&format!(
        "{}?access_token={token}",
        app.url("/api/v1/live").replacen("http", "ws", 1)
    ))
    .await
    .unwrap();
    match client.next_within(WAIT).await {
        Some(ServerMessage::Error { code, .. }) => assert_eq!(code, "unauthenticated"),
        other => panic!("expected the handshake to be refused, got {other:?}"),
    }
}

/// The HTTP API and the WebSocket handshake both accept `user`'s token.
async fn assert_token_works(app: &TestApp, user: &TestUser) {
    app.get("/api/v1/me", Some(&user.token)).await.expect(200);
    LiveClient::connect(&app.address, &user.token)
        .await
        .unwrap()
        .close()
        .await;
}

async fn sign_in(app: &TestApp, user: &TestUser, password: &str) -> TestUser {
    let tokens = app.login(&user.email, password).await.expect(200);
    TestUser {
        id: user.id,
        email: user.email.clone(),
        token: tokens["access_token"].as_str().unwrap().to_owned(),
        refresh_token: tokens["refresh_token"].as_str().unwrap().to_owned(),
    }
}

#[tokio::test]
async fn an_access_token_is_refused_after_signing_out_on_http_and_websocket() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let laptop = sign_in(&app, &ana, PASSWORD).await;
    assert_token_works(&app, &ana).await;

    app.post(
        "/api/v1/auth/logout",
        None,
        json!({"refresh_token": ana.refresh_token}),
    )
    .await
    .expect(204);

    assert_token_refused(&app, &ana.token).await;
    // Every access token issued so far goes; another device's sign-in survives through its
    // own refresh token, which earns an access token that works.
    assert_token_refused(&app, &laptop.token).await;
    let refreshed = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": laptop.refresh_token}),
        )
        .await
        .expect(200);
    let laptop_again = TestUser {
        token: refreshed["access_token"].as_str().unwrap().to_owned(),
        ..laptop
    };
    assert_token_works(&app, &laptop_again).await;
    // The signed-out sign-in cannot come back, but a fresh one works.
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": ana.refresh_token}),
    )
    .await
    .expect(401);
    assert_token_works(&app, &sign_in(&app, &ana, PASSWORD).await).await;
}

#[tokio::test]
async fn an_access_token_is_refused_after_a_password_change() {
    let app = spawn_app().await;
    let ben = app.new_user("Ben").await;
    let new_password = "a brand new passphrase";
    app.patch(
        "/api/v1/me",
        Some(&ben.token),
        json!({"password": new_password, "current_password": PASSWORD}),
    )
    .await
    .expect(200);

    assert_token_refused(&app, &ben.token).await;
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": ben.refresh_token}),
    )
    .await
    .expect(401);
    app.login(&ben.email, PASSWORD).await.expect(401);
    assert_token_works(&app, &sign_in(&app, &ben, new_password).await).await;
}

#[tokio::test]
async fn a_wrong_current_password_revokes_nothing() {
    let app = spawn_app().await;
    let cat = app.new_user("Cat").await;
    app.patch(
        "/api/v1/me",
        Some(&cat.token),
        json!({"password": "a brand new passphrase", "current_password": "not my password"}),
    )
    .await
    .expect(422);
    assert_token_works(&app, &cat).await;
}

/// Settings for an embedded (SQLite) server in `data_dir`, with no configured secret.
fn embedded(data_dir: &std::path::Path) -> Settings {
    Settings {
        bind: "127.0.0.1:0".into(),
        data_dir: data_dir.to_path_buf(),
        frontend_dir: data_dir.join("no-frontend"),
        jwt_secret: None,
        database_url: None,
        redis_url: None,
        ..Settings::default()
    }
}

async fn start_error(settings: Settings) -> String {
    match Application::build(settings).await {
        Ok(_) => panic!("the server started"),
        Err(error) => format!("{error:#}"),
    }
}

#[tokio::test]
async fn an_empty_or_weak_secret_file_stops_the_start_and_says_what_to_do() {
    for (contents, why) in [
        ("", "empty"),
        ("\n", "empty"),
        ("too-short", "at least 32"),
        ("secretsecretsecretsecretsecretsecret", "repeated"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jwt-secret");
        std::fs::write(&path, contents).unwrap();
        let error = start_error(embedded(dir.path())).await;
        assert!(error.contains(&path.display().to_string()), "{error}");
        assert!(error.contains(why), "{error}");
        assert!(error.contains("Delete the file"), "{error}");
        // Nothing was created: the refusal comes before the database.
        assert!(!dir.path().join("commonground.db").exists());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), contents);
    }
}

#[tokio::test]
async fn a_weak_configured_secret_stops_the_start_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = embedded(dir.path());
    settings.jwt_secret = Some(SecretString::from("x".repeat(64)));
    let error = start_error(settings).await;
    assert!(error.contains("COMMONGROUND_JWT_SECRET"), "{error}");
    assert!(error.contains("repeated"), "{error}");
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_folder_database_secret_and_photos_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .permissions()
            .mode()
            & 0o777
    };
    for umask in [0o022, 0o000] {
        let parent = tempfile::tempdir().unwrap();
        let data = parent.path().join("data");
        // SAFETY: umask only sets the process's file-creation mask; each test is its own process.
        let previous = unsafe { libc::umask(umask) };
        let built = Application::build(embedded(&data)).await;
        let app = built.unwrap();
        app.state().files.put("photo.jpg", b"jpeg").await.unwrap();
        unsafe { libc::umask(previous) };

        assert_eq!(mode(&data), 0o700, "data folder, umask {umask:o}");
        for file in [
            "commonground.db",
            "commonground.db-wal",
            "commonground.db-shm",
            "jwt-secret",
        ] {
            assert_eq!(mode(&data.join(file)), 0o600, "{file}, umask {umask:o}");
        }
        assert_eq!(mode(&data.join("photos")), 0o700);
        assert_eq!(mode(&data.join("photos/photo.jpg")), 0o600);
    }
}
