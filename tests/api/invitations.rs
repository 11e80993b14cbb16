//! Invitations: nobody is added to a neighbourhood without agreeing, and neither inviting nor
//! registering tells anyone whether an address has an account.

use std::time::Duration;

use chrono::Utc;
use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::{
    helpers::{id_of, spawn_app, spawn_app_with, Answer, TestApp, TestUser, PASSWORD},
    smtp_sink::SmtpSink,
};

const WAIT: Duration = Duration::from_secs(10);

async fn private_neighbourhood(app: &TestApp, owner: &TestUser, name: &str) -> String {
    id_of(
        &app.new_neighbourhood(owner, name, json!({"visibility": "private"}))
            .await,
    )
}

/// The answer with what must differ between two invitations taken out.
fn shape(mut body: Value) -> Value {
    for key in ["id", "email", "created_at", "expires_at"] {
        body.as_object_mut().unwrap().remove(key);
    }
    body
}

async fn events_of(app: &TestApp, viewer: &TestUser, id: &str) -> Vec<String> {
    let page = app
        .get(
            &format!("/api/v1/neighbourhoods/{id}/events?since=0&limit=500"),
            Some(&viewer.token),
        )
        .await
        .expect(200);
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn decline(app: &TestApp, user: &TestUser, invitation: &str) -> Answer {
    let path = format!("/api/v1/me/invitations/{invitation}/decline");
    app.post_empty(&path, Some(&user.token)).await
}

async fn revoke(app: &TestApp, who: &TestUser, id: &str, invitation: &str) -> Answer {
    let path = format!("/api/v1/neighbourhoods/{id}/invitations/{invitation}");
    app.delete(&path, Some(&who.token)).await
}

/// The member count as `viewer` sees it (404 when they may not see the neighbourhood).
async fn member_count(app: &TestApp, viewer: &TestUser, id: &str) -> Value {
    let path = format!("/api/v1/neighbourhoods/{id}");
    app.get(&path, Some(&viewer.token)).await.expect(200)["member_count"].clone()
}

async fn my_invitations(app: &TestApp, user: &TestUser) -> Vec<Value> {
    app.get("/api/v1/me/invitations", Some(&user.token))
        .await
        .expect(200)["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn pending_ids(app: &TestApp, coordinator: &TestUser, id: &str) -> Vec<String> {
    app.get(
        &format!("/api/v1/neighbourhoods/{id}/invitations"),
        Some(&coordinator.token),
    )
    .await
    .expect(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect()
}

#[tokio::test]
async fn inviting_answers_the_same_for_an_account_an_unknown_address_and_a_member() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let mel = app.new_user("Mel").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    app.join(&mel, &id).await;

    let account = app.invite(&ana, &id, &ben.email).await;
    let unknown = app.invite(&ana, &id, "nobody@example.org").await;
    let member = app.invite(&ana, &id, &mel.email).await;
    for answer in [&account, &unknown, &member] {
        assert_eq!(answer.status.as_u16(), 202);
        assert_eq!(answer.content_type, "application/json");
    }
    let (account, unknown, member) = (account.body, unknown.body, member.body);
    assert_eq!(shape(account.clone()), shape(unknown.clone()));
    assert_eq!(shape(account.clone()), shape(member.clone()));
    assert_eq!(account["status"], "pending");
    assert_eq!(account["email"], ben.email.as_str());
    let mut keys: Vec<&String> = account.as_object().unwrap().keys().collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "created_at",
            "email",
            "expires_at",
            "id",
            "neighbourhood_id",
            "status"
        ],
        "no account id or name: {account}"
    );
    // Asking again answers the same pending invitation.
    let again = app
        .invite(&ana, &id, &ben.email.to_uppercase())
        .await
        .expect(202);
    assert_eq!(again["id"], account["id"]);
    // Only the account holder who is not yet a member hears about it.
    let inbox = app
        .get("/api/v1/me/notifications", Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1, "{inbox}");
    assert_eq!(inbox["items"][0]["what"], "invitation_received");
    assert_eq!(
        inbox["items"][0]["data"]["neighbourhood_name"],
        "Elm Street"
    );
    let mel_inbox = app
        .get("/api/v1/me/notifications", Some(&mel.token))
        .await
        .expect(200);
    assert_eq!(mel_inbox["items"], json!([]), "a member is not contacted");
    assert!(my_invitations(&app, &mel).await.is_empty());
    // An invalid address is a 422 and creates nothing.
    app.invite(&ana, &id, "not an address").await.expect(422);
    assert_eq!(pending_ids(&app, &ana, &id).await.len(), 3);
}

#[tokio::test]
async fn accepting_an_invitation_makes_an_active_member_with_its_events() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let base = format!("/api/v1/neighbourhoods/{id}");
    let invitation = app.invite(&ana, &id, &ben.email).await.expect(202);

    // The private neighbourhood stays hidden; only its name shows in the invitation.
    app.get(&base, Some(&ben.token)).await.expect(404);
    let mine = my_invitations(&app, &ben).await;
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["id"], invitation["id"]);
    assert_eq!(mine[0]["neighbourhood_name"], "Hidden Court");
    assert_eq!(mine[0]["neighbourhood_id"], id.as_str());

    let member = app
        .accept_invitation(&ben, &id_of(&invitation))
        .await
        .expect(200);
    assert_eq!(member["status"], "active");
    assert_eq!(member["role"], "member");
    assert_eq!(member_count(&app, &ben, &id).await, 2);
    let kinds = events_of(&app, &ana, &id).await;
    assert_eq!(
        kinds.iter().filter(|k| *k == "member.joined").count(),
        1,
        "{kinds:?}"
    );
    assert!(kinds.contains(&"invitation.created".to_owned()));
    assert!(my_invitations(&app, &ben).await.is_empty());
    assert!(pending_ids(&app, &ana, &id).await.is_empty());
    // Answered once.
    app.accept_invitation(&ben, &id_of(&invitation))
        .await
        .expect(409);
}

#[tokio::test]
async fn an_invitation_approves_a_waiting_request_to_join() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Quiet Close", json!({"join_policy": "approval"}))
            .await,
    );
    assert_eq!(app.join(&ben, &id).await["status"], "pending");
    let invitation = app.invite(&ana, &id, &ben.email).await.expect(202);
    let member = app
        .accept_invitation(&ben, &id_of(&invitation))
        .await
        .expect(200);
    assert_eq!(member["status"], "active");
    assert_eq!(member_count(&app, &ben, &id).await, 2);
}

#[tokio::test]
async fn declining_and_revoking_end_an_invitation_without_a_membership() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let to_ben = id_of(&app.invite(&ana, &id, &ben.email).await.expect(202));
    let to_cat = id_of(&app.invite(&ana, &id, &cat.email).await.expect(202));

    decline(&app, &ben, &to_ben).await.expect(204);
    app.accept_invitation(&ben, &to_ben).await.expect(409);
    assert!(my_invitations(&app, &ben).await.is_empty());

    revoke(&app, &ana, &id, &to_cat).await.expect(204);
    assert!(my_invitations(&app, &cat).await.is_empty());
    app.accept_invitation(&cat, &to_cat).await.expect(409);
    revoke(&app, &ana, &id, &to_cat).await.expect(409);

    assert!(pending_ids(&app, &ana, &id).await.is_empty());
    for person in [&ben, &cat] {
        app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(&person.token))
            .await
            .expect(404);
    }
    let kinds = events_of(&app, &ana, &id).await;
    assert!(
        kinds.contains(&"invitation.declined".to_owned()),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&"invitation.revoked".to_owned()),
        "{kinds:?}"
    );
    assert!(!kinds.contains(&"member.joined".to_owned()));
}

#[tokio::test]
async fn only_coordinators_and_admins_may_invite_list_and_revoke() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let mel = app.new_user("Mel").await;
    let stranger = app.new_user("Sam").await;
    let admin = app.new_admin().await;
    let public = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let private = private_neighbourhood(&app, &ana, "Hidden Court").await;
    app.join(&mel, &public).await;

    app.invite(&mel, &public, "x@example.org").await.expect(403);
    app.invite(&stranger, &public, "x@example.org")
        .await
        .expect(403);
    app.invite(&stranger, &private, "x@example.org")
        .await
        .expect(404);
    app.get(
        &format!("/api/v1/neighbourhoods/{public}/invitations"),
        Some(&mel.token),
    )
    .await
    .expect(403);
    let anonymous = app
        .post(
            &format!("/api/v1/neighbourhoods/{public}/invitations"),
            None,
            json!({"email": "x@example.org"}),
        )
        .await;
    anonymous.expect(401);

    let by_admin = app
        .invite(&admin, &private, "x@example.org")
        .await
        .expect(202);
    revoke(&app, &mel, &private, &id_of(&by_admin))
        .await
        .expect(404);
    // An invitation is revoked only through its own neighbourhood.
    revoke(&app, &ana, &public, &id_of(&by_admin))
        .await
        .expect(404);
    assert_eq!(pending_ids(&app, &ana, &private).await, [id_of(&by_admin)]);
}

#[tokio::test]
async fn a_stranger_cannot_accept_or_decline_someone_elses_invitation() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let eve = app.new_user("Eve").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let invitation = id_of(&app.invite(&ana, &id, &ben.email).await.expect(202));

    app.accept_invitation(&eve, &invitation).await.expect(404);
    decline(&app, &eve, &invitation).await.expect(404);
    app.accept_invitation(&ana, &invitation).await.expect(404);
    assert!(my_invitations(&app, &eve).await.is_empty());
    app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(&eve.token))
        .await
        .expect(404);
    assert_eq!(
        pending_ids(&app, &ana, &id).await,
        std::slice::from_ref(&invitation)
    );
    app.accept_invitation(&ben, &invitation).await.expect(200);
}

#[tokio::test]
async fn an_expired_invitation_cannot_be_accepted_and_gives_way_to_a_new_one() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let old = id_of(&app.invite(&ana, &id, &ben.email).await.expect(202));
    entity::invitation::Entity::update_many()
        .col_expr(
            entity::invitation::Column::ExpiresAt,
            Expr::value(Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(entity::invitation::Column::Id.eq(old.parse::<uuid::Uuid>().unwrap()))
        .exec(&app.db)
        .await
        .unwrap();

    app.accept_invitation(&ben, &old).await.expect(410);
    assert!(my_invitations(&app, &ben).await.is_empty());
    assert!(pending_ids(&app, &ana, &id).await.is_empty());
    app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(&ben.token))
        .await
        .expect(404);

    let new = id_of(&app.invite(&ana, &id, &ben.email).await.expect(202));
    assert_ne!(new, old);
    app.accept_invitation(&ben, &old).await.expect(410);
    app.accept_invitation(&ben, &new).await.expect(200);
}

#[tokio::test]
async fn someone_who_registers_later_sees_their_invitation() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let email = format!("later-{}@example.org", uuid::Uuid::now_v7().simple());
    let invitation = app.invite(&ana, &id, &email).await.expect(202);

    app.register(&email, "Lou").await.expect(202);
    let tokens = app.login(&email, PASSWORD).await.expect(200);
    let token = tokens["access_token"].as_str().unwrap();
    let mine = app
        .get("/api/v1/me/invitations", Some(token))
        .await
        .expect(200);
    assert_eq!(mine["items"][0]["id"], invitation["id"]);
    app.post_empty(
        &format!("/api/v1/me/invitations/{}/accept", id_of(&invitation)),
        Some(token),
    )
    .await
    .expect(200);
    app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(token))
        .await
        .expect(200);
}

#[tokio::test]
async fn concurrent_accepts_of_one_invitation_make_one_membership() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = private_neighbourhood(&app, &ana, "Hidden Court").await;
    let invitation = id_of(&app.invite(&ana, &id, &ben.email).await.expect(202));

    let answers =
        futures_util::future::join_all((0..20).map(|_| app.accept_invitation(&ben, &invitation)))
            .await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status.as_u16()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 409),
        "the others are told it was answered: {statuses:?}"
    );
    assert_eq!(member_count(&app, &ben, &id).await, 2);
    let kinds = events_of(&app, &ana, &id).await;
    assert_eq!(kinds.iter().filter(|k| *k == "member.joined").count(), 1);
}

#[tokio::test]
async fn invitations_are_limited_per_person() {
    let app = spawn_app_with(|s| {
        s.invitations_per_window = 3;
        s.invitation_window_secs = 3600;
    })
    .await;
    let ana = app.new_user("Ana").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    for i in 0..3 {
        app.invite(&ana, &id, &format!("p{i}@example.org"))
            .await
            .expect(202);
    }
    let refused = app.invite(&ana, &id, "p9@example.org").await;
    assert!(refused.headers.contains_key("retry-after"));
    refused.expect(429);
    assert_eq!(pending_ids(&app, &ana, &id).await.len(), 3);
    // Per person: another coordinator may still invite.
    let cora = app.new_admin().await;
    app.invite(&cora, &id, "p9@example.org").await.expect(202);
}

#[tokio::test]
async fn an_invitation_emails_the_address_whether_or_not_it_has_an_account_but_not_a_member() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
    })
    .await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let mel = app.new_user("Mel").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    app.join(&mel, &id).await;
    let stranger = format!("stranger-{}@example.org", uuid::Uuid::now_v7().simple());

    app.invite(&ana, &id, &mel.email).await.expect(202);
    app.invite(&ana, &id, &ben.email).await.expect(202);
    app.invite(&ana, &id, &stranger).await.expect(202);
    let to_ben = sink.wait_for(&ben.email, WAIT).await;
    let to_stranger = sink.wait_for(&stranger, WAIT).await;
    for mail in [&to_ben, &to_stranger] {
        let subject = mail.header("Subject").unwrap();
        assert!(subject.contains("Elm Street"), "{subject}");
        assert!(mail.data.contains("https://cg.test/invitations"));
        assert!(
            !mail.data.contains("Ana"),
            "the inviter is not named: {}",
            mail.data
        );
    }
    // Both messages say the same (their bodies but for the MIME boundaries).
    let body = |data: &str| -> Vec<String> {
        let (_, body) = data.split_once("\r\n\r\n").unwrap();
        body.lines()
            .filter(|l| !l.starts_with("--"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(body(&to_ben.data), body(&to_stranger.data));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        sink.all().await.iter().all(|m| !m.to.contains(&mel.email)),
        "a member is not contacted"
    );
}

#[tokio::test]
async fn registering_with_a_taken_address_answers_like_a_new_one_and_tells_the_owner() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
    })
    .await;
    let ana = app.new_user("Ana").await;
    let fresh = format!("fresh-{}@example.org", uuid::Uuid::now_v7().simple());

    let new = app.register(&fresh, "Fred").await;
    let taken = app.register(&ana.email.to_uppercase(), "Mallory").await;
    assert_eq!(new.status, taken.status);
    assert_eq!(new.status.as_u16(), 202);
    assert_eq!(new.content_type, taken.content_type);
    assert_eq!(new.body, taken.body);
    let mut new_headers: Vec<&str> = new.headers.keys().map(|k| k.as_str()).collect();
    let mut taken_headers: Vec<&str> = taken.headers.keys().map(|k| k.as_str()).collect();
    new_headers.sort_unstable();
    taken_headers.sort_unstable();
    assert_eq!(new_headers, taken_headers);

    let mail = sink.wait_for(&ana.email, WAIT).await;
    assert!(
        mail.data.contains("No new account was made"),
        "{}",
        mail.data
    );
    assert!(mail.data.contains("https://cg.test/signin"));
    // Repeating it cannot flood the owner's mailbox: a few notices per window, the same answer.
    for _ in 0..4 {
        let again = app.register(&ana.email, "Mallory").await;
        assert_eq!(again.body, new.body);
    }
    // The taken address's account is unchanged; the new one signs in.
    app.login(&ana.email, PASSWORD).await.expect(200);
    let me = app.get("/api/v1/me", Some(&ana.token)).await.expect(200);
    assert_eq!(me["display_name"], "Ana");
    app.login(&fresh, PASSWORD).await.expect(200);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let to_ana = sink
        .all()
        .await
        .iter()
        .filter(|m| m.to.contains(&ana.email))
        .count();
    assert_eq!(to_ana, 3, "the default is 3 notices per account per day");
    assert!(
        sink.all().await.iter().all(|m| !m.to.contains(&fresh)),
        "a new account gets no such notice"
    );
}

#[tokio::test]
async fn registering_a_taken_address_takes_about_as_long_as_a_new_one() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let timed = |email: String| {
        let app = &app;
        async move {
            let started = std::time::Instant::now();
            app.register(&email, "Someone").await.expect(202);
            started.elapsed()
        }
    };
    let (mut new, mut taken) = (Vec::new(), Vec::new());
    for i in 0..5 {
        new.push(
            timed(format!(
                "new-{i}-{}@example.org",
                uuid::Uuid::now_v7().simple()
            ))
            .await,
        );
        taken.push(timed(ana.email.clone()).await);
    }
    new.sort_unstable();
    taken.sort_unstable();
    let (new, taken) = (new[2], taken[2]);
    // Both hash the password, which is most of the time; skipping it for a taken address would
    // make that answer several times faster.
    assert!(
        taken * 10 >= new * 4,
        "a taken address answered in {taken:?}, a new one in {new:?} (medians of 5)"
    );
}
