use serde_json::json;

use crate::helpers::{id_of, spawn_app, TestApp, TestUser};

async fn neighbourhood(app: &TestApp, owner: &TestUser, policy: &str) -> String {
    id_of(
        &app.new_neighbourhood(owner, "Canal Side", json!({"join_policy": policy}))
            .await,
    )
}

async fn member_count(app: &TestApp, id: &str) -> i64 {
    app.get(&format!("/api/v1/neighbourhoods/{id}"), None)
        .await
        .expect(200)["member_count"]
        .as_i64()
        .unwrap()
}

async fn member_names(app: &TestApp, id: &str, token: &str, status: &str) -> Vec<String> {
    let page = app
        .get(
            &format!("/api/v1/neighbourhoods/{id}/members?status={status}"),
            Some(token),
        )
        .await
        .expect(200);
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["display_name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn joining_an_open_neighbourhood_is_immediate() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = neighbourhood(&app, &ana, "open").await;
    let joined = app.join(&ben, &id).await;
    assert_eq!(joined["status"], "active");
    assert_eq!(joined["role"], "member");
    assert_eq!(member_count(&app, &id).await, 2);
    assert_eq!(
        member_names(&app, &id, &ben.token, "active").await,
        ["Ana", "Ben"]
    );
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{id}/join"),
        Some(&ben.token),
    )
    .await
    .expect(409);
}

#[tokio::test]
async fn approval_neighbourhoods_hold_requests_for_a_coordinator() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let id = neighbourhood(&app, &ana, "approval").await;
    let base = format!("/api/v1/neighbourhoods/{id}");

    let pending = app
        .post_empty(&format!("{base}/join"), Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(pending["status"], "pending");
    assert_eq!(member_count(&app, &id).await, 1);
    let seen = app.get(&base, Some(&ben.token)).await.expect(200);
    assert_eq!(seen["viewer"]["membership"]["status"], "pending");
    // Pending people cannot see members, and only coordinators see the queue.
    app.get(&format!("{base}/members"), Some(&ben.token))
        .await
        .expect(403);
    app.post_empty(&format!("{base}/join"), Some(&cat.token))
        .await
        .expect(200);
    assert_eq!(
        member_names(&app, &id, &ana.token, "pending").await,
        ["Ben", "Cat"]
    );

    app.post_empty(
        &format!("{base}/members/{}/approve", ben.id),
        Some(&cat.token),
    )
    .await
    .expect(403);
    let approved = app
        .post_empty(
            &format!("{base}/members/{}/approve", ben.id),
            Some(&ana.token),
        )
        .await
        .expect(200);
    assert_eq!(approved["status"], "active");
    app.post_empty(
        &format!("{base}/members/{}/approve", ben.id),
        Some(&ana.token),
    )
    .await
    .expect(409);
    assert_eq!(member_count(&app, &id).await, 2);
    app.get(&format!("{base}/members?status=pending"), Some(&ben.token))
        .await
        .expect(403);

    // Rejecting a request removes it without touching the count.
    assert_eq!(
        app.delete(&format!("{base}/members/{}", cat.id), Some(&ana.token))
            .await
            .status,
        204
    );
    assert_eq!(
        member_names(&app, &id, &ana.token, "pending").await,
        Vec::<String>::new()
    );
    assert_eq!(member_count(&app, &id).await, 2);
}

#[tokio::test]
async fn the_last_coordinator_cannot_leave_while_others_remain() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = neighbourhood(&app, &ana, "open").await;
    let base = format!("/api/v1/neighbourhoods/{id}");
    app.post_empty(&format!("{base}/join"), Some(&ben.token))
        .await
        .expect(200);

    app.post_empty(&format!("{base}/leave"), Some(&ana.token))
        .await
        .expect(409);
    app.patch(
        &format!("{base}/members/{}", ana.id),
        Some(&ana.token),
        json!({"role": "member"}),
    )
    .await
    .expect(409);
    app.patch(
        &format!("{base}/members/{}", ben.id),
        Some(&ben.token),
        json!({"role": "coordinator"}),
    )
    .await
    .expect(403);

    let promoted = app
        .patch(
            &format!("{base}/members/{}", ben.id),
            Some(&ana.token),
            json!({"role": "coordinator"}),
        )
        .await
        .expect(200);
    assert_eq!(promoted["role"], "coordinator");
    assert_eq!(
        app.post_empty(&format!("{base}/leave"), Some(&ana.token))
            .await
            .status,
        204
    );
    assert_eq!(member_count(&app, &id).await, 1);
    app.post_empty(&format!("{base}/leave"), Some(&ana.token))
        .await
        .expect(404);
}

#[tokio::test]
async fn coordinators_suspend_and_reinstate_members() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = neighbourhood(&app, &ana, "open").await;
    let base = format!("/api/v1/neighbourhoods/{id}");
    app.post_empty(&format!("{base}/join"), Some(&ben.token))
        .await
        .expect(200);
    let until = (chrono::Utc::now() + chrono::Duration::days(7)).to_rfc3339();
    let past = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();

    app.post(
        &format!("{base}/members/{}/suspend", ben.id),
        Some(&ana.token),
        json!({"until": past, "reason": "spam"}),
    )
    .await
    .expect(422);
    app.post(
        &format!("{base}/members/{}/suspend", ben.id),
        Some(&ana.token),
        json!({"until": until, "reason": ""}),
    )
    .await
    .expect(422);
    app.post(
        &format!("{base}/members/{}/suspend", ana.id),
        Some(&ben.token),
        json!({"until": until, "reason": "coup"}),
    )
    .await
    .expect(403);

    let suspended = app
        .post(
            &format!("{base}/members/{}/suspend", ben.id),
            Some(&ana.token),
            json!({"until": until, "reason": "Repeated spam"}),
        )
        .await
        .expect(200);
    assert_eq!(suspended["status"], "suspended");
    assert_eq!(
        member_names(&app, &id, &ana.token, "suspended").await,
        ["Ben"]
    );
    assert_eq!(member_names(&app, &id, &ana.token, "active").await, ["Ana"]);
    // Suspended members still belong (and still count) but cannot manage.
    assert_eq!(member_count(&app, &id).await, 2);
    let ben_view = app.get(&base, Some(&ben.token)).await.expect(200);
    assert_eq!(ben_view["viewer"]["membership"]["status"], "suspended");

    let back = app
        .post_empty(
            &format!("{base}/members/{}/reinstate", ben.id),
            Some(&ana.token),
        )
        .await
        .expect(200);
    assert_eq!(back["status"], "active");
    app.post_empty(
        &format!("{base}/members/{}/reinstate", ben.id),
        Some(&ana.token),
    )
    .await
    .expect(409);
}

#[tokio::test]
async fn coordinators_remove_members_but_not_coordinators() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let id = neighbourhood(&app, &ana, "open").await;
    let base = format!("/api/v1/neighbourhoods/{id}");
    for u in [&ben, &cat] {
        app.post_empty(&format!("{base}/join"), Some(&u.token))
            .await
            .expect(200);
    }
    app.delete(&format!("{base}/members/{}", cat.id), Some(&ben.token))
        .await
        .expect(403);
    assert_eq!(
        app.delete(&format!("{base}/members/{}", cat.id), Some(&ana.token))
            .await
            .status,
        204
    );
    assert_eq!(member_count(&app, &id).await, 2);
    app.delete(&format!("{base}/members/{}", cat.id), Some(&ana.token))
        .await
        .expect(404);

    app.patch(
        &format!("{base}/members/{}", ben.id),
        Some(&ana.token),
        json!({"role": "coordinator"}),
    )
    .await
    .expect(200);
    app.delete(&format!("{base}/members/{}", ben.id), Some(&ana.token))
        .await
        .expect(409);
    app.delete(&format!("{base}/members/{}", ana.id), Some(&ana.token))
        .await
        .expect(409);
}

#[tokio::test]
async fn simultaneous_joins_keep_the_member_count_exact() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let id = neighbourhood(&app, &ana, "open").await;
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(app.new_user(&format!("Joiner {i}")).await);
    }
    let path = format!("/api/v1/neighbourhoods/{id}/join");
    let joins = people.iter().map(|p| app.post_empty(&path, Some(&p.token)));
    let answers = futures_util::future::join_all(joins).await;
    assert!(answers.iter().all(|a| a.status == 200));
    assert_eq!(member_count(&app, &id).await, 9);
}
