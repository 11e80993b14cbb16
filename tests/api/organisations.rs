use serde_json::json;

use crate::helpers::{id_of, spawn_app};

#[tokio::test]
async fn only_platform_admins_create_organisations() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    app.post(
        "/api/v1/organisations",
        Some(&ana.token),
        json!({"name": "Riverside Council"}),
    )
    .await
    .expect(403);
    let admin = app.new_admin().await;
    let org = app
        .post(
            "/api/v1/organisations",
            Some(&admin.token),
            json!({"name": "Riverside Council"}),
        )
        .await
        .expect(201);
    assert_eq!(org["neighbourhoods"], json!([]));
    let listed = app.get("/api/v1/organisations", None).await.expect(200);
    assert_eq!(listed["items"][0]["name"], "Riverside Council");
}

#[tokio::test]
async fn staff_of_a_serving_organisation_are_service_managers_there() {
    let app = spawn_app().await;
    let admin = app.new_admin().await;
    let ana = app.new_user("Ana").await;
    let dana = app.new_user("Dana").await;
    let outsider = app.new_user("Olly").await;
    let n = app
        .new_neighbourhood(&ana, "Hidden Court", json!({"visibility": "private"}))
        .await;
    let nid = id_of(&n);
    let org = app
        .post(
            "/api/v1/organisations",
            Some(&admin.token),
            json!({"name": "Riverside Council"}),
        )
        .await
        .expect(201);
    let oid = id_of(&org);

    app.get(&format!("/api/v1/neighbourhoods/{nid}"), Some(&dana.token))
        .await
        .expect(404);
    app.post(
        &format!("/api/v1/organisations/{oid}/staff"),
        Some(&ana.token),
        json!({"email": dana.email}),
    )
    .await
    .expect(403);
    let staff = app
        .post(
            &format!("/api/v1/organisations/{oid}/staff"),
            Some(&admin.token),
            json!({"email": dana.email}),
        )
        .await
        .expect(201);
    assert_eq!(staff["display_name"], "Dana");
    app.post(
        &format!("/api/v1/organisations/{oid}/staff"),
        Some(&admin.token),
        json!({"email": dana.email}),
    )
    .await
    .expect(409);

    let link = format!("/api/v1/organisations/{oid}/neighbourhoods/{nid}");
    app.call(reqwest::Method::PUT, &link, Some(&ana.token), None)
        .await
        .expect(403);
    assert_eq!(
        app.call(reqwest::Method::PUT, &link, Some(&admin.token), None)
            .await
            .status,
        204
    );
    assert_eq!(
        app.call(reqwest::Method::PUT, &link, Some(&admin.token), None)
            .await
            .status,
        204,
        "idempotent"
    );

    let seen = app
        .get(&format!("/api/v1/neighbourhoods/{nid}"), Some(&dana.token))
        .await
        .expect(200);
    assert_eq!(seen["viewer"]["is_service_manager"], true);
    assert_eq!(seen["viewer"]["can_manage"], false);
    assert_eq!(
        seen["serving_organisations"][0]["name"],
        "Riverside Council"
    );
    app.get(
        &format!("/api/v1/neighbourhoods/{nid}/members"),
        Some(&dana.token),
    )
    .await
    .expect(200);
    let me = app.get("/api/v1/me", Some(&dana.token)).await.expect(200);
    assert_eq!(me["organisations"][0]["id"], oid.as_str());

    // The staff list is for the organisation's staff and admins only.
    app.get(
        &format!("/api/v1/organisations/{oid}/staff"),
        Some(&dana.token),
    )
    .await
    .expect(200);
    app.get(
        &format!("/api/v1/organisations/{oid}/staff"),
        Some(&outsider.token),
    )
    .await
    .expect(403);
    // A private served neighbourhood is not listed publicly on the organisation.
    let public_org = app
        .get(&format!("/api/v1/organisations/{oid}"), None)
        .await
        .expect(200);
    assert_eq!(public_org["neighbourhoods"], json!([]));

    assert_eq!(app.delete(&link, Some(&admin.token)).await.status, 204);
    app.get(&format!("/api/v1/neighbourhoods/{nid}"), Some(&dana.token))
        .await
        .expect(404);
    assert_eq!(
        app.delete(
            &format!("/api/v1/organisations/{oid}/staff/{}", dana.id),
            Some(&admin.token)
        )
        .await
        .status,
        204
    );
    app.get(
        &format!("/api/v1/organisations/{oid}/staff"),
        Some(&dana.token),
    )
    .await
    .expect(403);
}

#[tokio::test]
async fn unknown_organisations_are_404() {
    let app = spawn_app().await;
    let admin = app.new_admin().await;
    let missing = uuid::Uuid::now_v7();
    app.get(&format!("/api/v1/organisations/{missing}"), None)
        .await
        .expect(404);
    app.post(
        &format!("/api/v1/organisations/{missing}/staff"),
        Some(&admin.token),
        json!({"email": admin.email}),
    )
    .await
    .expect(404);
}
