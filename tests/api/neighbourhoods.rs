use serde_json::json;

use crate::helpers::{id_of, spawn_app};

#[tokio::test]
async fn creating_a_neighbourhood_makes_the_creator_its_coordinator() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let n = app.new_neighbourhood(&ana, "Elm Street", json!({})).await;
    assert_eq!(n["name"], "Elm Street");
    assert_eq!(n["visibility"], "public");
    assert_eq!(n["join_policy"], "open");
    assert_eq!(n["member_count"], 1);
    assert_eq!(n["radius_m"], 800.0);
    assert_eq!(
        n["viewer"]["membership"],
        json!({"role": "coordinator", "status": "active"})
    );
    assert_eq!(n["viewer"]["can_manage"], true);

    let me = app.get("/api/v1/me", Some(&ana.token)).await.expect(200);
    assert_eq!(me["memberships"][0]["neighbourhood_name"], "Elm Street");
    assert_eq!(me["memberships"][0]["role"], "coordinator");
}

#[tokio::test]
async fn a_polygon_neighbourhood_is_centred_on_its_centroid() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let boundary = json!({"type": "Polygon", "coordinates": [[[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.51], [-0.1, 51.5]]]});
    let n = app
        .post(
            "/api/v1/neighbourhoods",
            Some(&ana.token),
            json!({"name": "The Square", "boundary": boundary}),
        )
        .await
        .expect(201);
    assert!((n["center"]["lat"].as_f64().unwrap() - 51.505).abs() < 1e-9);
    assert!((n["center"]["lon"].as_f64().unwrap() + 0.095).abs() < 1e-9);
    assert_eq!(n["radius_m"], json!(null));
    assert_eq!(n["boundary"], boundary);
}

#[tokio::test]
async fn invalid_areas_are_rejected_per_field() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let cases = [
        (json!({"name": "No Area"}), "center"),
        (
            json!({"name": "Tiny", "center": {"lat": 51.5, "lon": 0.0}, "radius_m": 5.0}),
            "radius_m",
        ),
        (
            json!({"name": "Off Earth", "center": {"lat": 95.0, "lon": 0.0}, "radius_m": 500.0}),
            "center",
        ),
        (
            json!({"name": "Line", "boundary": {"type": "LineString", "coordinates": [[0.0, 0.0], [1.0, 1.0]]}}),
            "boundary",
        ),
        (
            json!({"name": "x", "center": {"lat": 51.5, "lon": 0.0}, "radius_m": 500.0}),
            "name",
        ),
    ];
    for (body, field) in cases {
        let problem = app
            .post("/api/v1/neighbourhoods", Some(&ana.token), body.clone())
            .await
            .expect(422);
        assert!(
            problem["errors"][field].is_array(),
            "{body} should fail on {field}: {problem}"
        );
    }
    let list = app.get("/api/v1/neighbourhoods", None).await.expect(200);
    assert_eq!(list["items"], json!([]), "nothing was created");
}

#[tokio::test]
async fn signing_in_is_needed_to_create() {
    let app = spawn_app().await;
    app.post(
        "/api/v1/neighbourhoods",
        None,
        json!({"name": "Elm", "center": {"lat": 0.0, "lon": 0.0}, "radius_m": 100.0}),
    )
    .await
    .expect(401);
}

#[tokio::test]
async fn the_directory_searches_names_case_insensitively_and_pages_with_a_cursor() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    for name in ["Oak Road", "Oakfield Park", "Old Oak Common", "Birch Close"] {
        app.new_neighbourhood(&ana, name, json!({})).await;
    }
    let first = app
        .get("/api/v1/neighbourhoods?q=OAK&limit=2", None)
        .await
        .expect(200);
    let names: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Oak Road", "Oakfield Park"]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = app
        .get(
            &format!("/api/v1/neighbourhoods?q=oak&limit=2&cursor={cursor}"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(second["items"][0]["name"], "Old Oak Common");
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["next_cursor"], json!(null));

    // Wildcards in the query are literal.
    let none = app
        .get("/api/v1/neighbourhoods?q=%25", None)
        .await
        .expect(200);
    assert_eq!(none["items"], json!([]));
}

#[tokio::test]
async fn near_sorts_by_distance_and_leaves_out_far_places() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    // Westminster, Greenwich (~9 km east), Oxford (~80 km away).
    app.new_neighbourhood(
        &ana,
        "Greenwich",
        json!({"center": {"lat": 51.4826, "lon": -0.0077}}),
    )
    .await;
    app.new_neighbourhood(
        &ana,
        "Westminster",
        json!({"center": {"lat": 51.4975, "lon": -0.1357}}),
    )
    .await;
    app.new_neighbourhood(
        &ana,
        "Oxford",
        json!({"center": {"lat": 51.752, "lon": -1.2577}}),
    )
    .await;

    let page = app
        .get("/api/v1/neighbourhoods?near=51.5007,-0.1246", None)
        .await
        .expect(200);
    let items = page["items"].as_array().unwrap();
    let names: Vec<&str> = items.iter().map(|n| n["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Westminster", "Greenwich"]);
    let d0 = items[0]["distance_m"].as_f64().unwrap();
    let d1 = items[1]["distance_m"].as_f64().unwrap();
    assert!(d0 < 1_500.0 && d1 > 7_000.0 && d1 < 11_000.0, "{d0} {d1}");

    let paged = app
        .get("/api/v1/neighbourhoods?near=51.5007,-0.1246&limit=1", None)
        .await
        .expect(200);
    let cursor = paged["next_cursor"].as_str().unwrap();
    let next = app
        .get(
            &format!("/api/v1/neighbourhoods?near=51.5007,-0.1246&limit=1&cursor={cursor}"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(next["items"][0]["name"], "Greenwich");

    app.get("/api/v1/neighbourhoods?near=200,0", None)
        .await
        .expect(422);
}

/// The directory's "which neighbourhoods cover Lock Road?": `covers=lat,lon` keeps those whose
/// circle or drawn boundary contains the point (exactly, not by bounding box), under the list's
/// own visibility rules, by name or with `near` by distance, and pages.
#[tokio::test]
async fn covers_finds_the_neighbourhoods_whose_area_contains_a_point() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    // All around 51.5, -0.1 (TestApp's default centre).
    app.new_neighbourhood(&ana, "Borough", json!({"radius_m": 3000.0}))
        .await;
    app.new_neighbourhood(&ana, "Corner", json!({"radius_m": 300.0}))
        .await;
    app.new_neighbourhood(
        &ana,
        "Drawn Triangle",
        json!({"center": null, "radius_m": null, "boundary": {"type": "Polygon", "coordinates": [[
            [-0.105, 51.503], [-0.095, 51.503], [-0.105, 51.507], [-0.105, 51.503]
        ]]}}),
    )
    .await;
    app.new_neighbourhood(
        &ana,
        "Far End",
        json!({"center": {"lat": 51.53, "lon": -0.1}, "radius_m": 500.0}),
    )
    .await;
    app.new_neighbourhood(&ana, "Secret Close", json!({"visibility": "private"}))
        .await;
    let names = |page: &serde_json::Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["name"].as_str().unwrap().to_owned())
            .collect()
    };

    // 450 m north of the centre: inside Borough's 3 km and the triangle, outside Corner's 300 m.
    let public = app
        .get("/api/v1/neighbourhoods?covers=51.504,-0.101", None)
        .await
        .expect(200);
    assert_eq!(names(&public), ["Borough", "Drawn Triangle"]);
    // The private one is found only by its members, as in the list without `covers`.
    let member = app
        .get(
            "/api/v1/neighbourhoods?covers=51.504,-0.101",
            Some(&ana.token),
        )
        .await
        .expect(200);
    assert_eq!(
        names(&member),
        ["Borough", "Drawn Triangle", "Secret Close"]
    );

    // Inside the triangle's bounding box but outside the triangle: only Borough.
    let outside = app
        .get("/api/v1/neighbourhoods?covers=51.506,-0.096", None)
        .await
        .expect(200);
    assert_eq!(names(&outside), ["Borough"]);
    let far = app
        // 3.3 km north: beyond Borough's 3 km.
        .get("/api/v1/neighbourhoods?covers=51.53,-0.1", None)
        .await
        .expect(200);
    assert_eq!(names(&far), ["Far End"]);
    let nowhere = app
        .get("/api/v1/neighbourhoods?covers=60.17,24.94", None)
        .await
        .expect(200);
    assert_eq!(names(&nowhere), Vec::<String>::new());

    // With a name, and nearest first with `near`.
    let named = app
        .get("/api/v1/neighbourhoods?covers=51.504,-0.101&q=tri", None)
        .await
        .expect(200);
    assert_eq!(names(&named), ["Drawn Triangle"]);
    let nearest = app
        .get(
            "/api/v1/neighbourhoods?covers=51.5001,-0.1&near=51.5001,-0.1",
            None,
        )
        .await
        .expect(200);
    assert_eq!(names(&nearest), ["Borough", "Corner"]);
    assert!(nearest["items"][0]["distance_m"].as_f64().unwrap() < 20.0);

    // Pages like the list.
    let first = app
        .get("/api/v1/neighbourhoods?covers=51.504,-0.101&limit=1", None)
        .await
        .expect(200);
    assert_eq!(names(&first), ["Borough"]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = app
        .get(
            &format!("/api/v1/neighbourhoods?covers=51.504,-0.101&limit=1&cursor={cursor}"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(names(&second), ["Drawn Triangle"]);
    assert!(second["next_cursor"].is_null());
}

#[tokio::test]
async fn a_bad_covers_point_is_a_422_problem() {
    let app = spawn_app().await;
    let long = format!("51.5,{}", "0".repeat(300));
    for bad in [
        "",
        "north",
        "51.5",
        "200,0",
        "51.5,-190",
        "51.5,-0.1,3",
        "NaN,0",
        &long,
    ] {
        let answer = app
            .get(&format!("/api/v1/neighbourhoods?covers={bad}"), None)
            .await;
        // `expect` also checks it is a problem document.
        let problem = answer.expect(422);
        assert!(
            problem["errors"].to_string().contains("covers"),
            "{bad}: {problem}"
        );
    }
}

#[tokio::test]
async fn private_neighbourhoods_are_invisible_to_outsiders() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let n = app
        .new_neighbourhood(&ana, "Secret Garden", json!({"visibility": "private"}))
        .await;
    let id = id_of(&n);

    app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(&ben.token))
        .await
        .expect(404);
    app.get(&format!("/api/v1/neighbourhoods/{id}"), None)
        .await
        .expect(404);
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{id}/join"),
        Some(&ben.token),
    )
    .await
    .expect(404);
    app.get(
        &format!("/api/v1/neighbourhoods/{id}/members"),
        Some(&ben.token),
    )
    .await
    .expect(404);
    let listed = app
        .get("/api/v1/neighbourhoods?q=secret", Some(&ben.token))
        .await
        .expect(200);
    assert_eq!(listed["items"], json!([]));

    let own = app
        .get("/api/v1/neighbourhoods?q=secret", Some(&ana.token))
        .await
        .expect(200);
    assert_eq!(own["items"][0]["id"], id.as_str());
    app.get(&format!("/api/v1/neighbourhoods/{id}"), Some(&ana.token))
        .await
        .expect(200);
}

#[tokio::test]
async fn only_coordinators_edit_a_neighbourhood() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let path = format!("/api/v1/neighbourhoods/{id}");
    app.post_empty(&format!("{path}/join"), Some(&ben.token))
        .await
        .expect(200);

    app.patch(&path, Some(&ben.token), json!({"name": "Ben's Street"}))
        .await
        .expect(403);
    app.patch(&path, None, json!({"name": "Anon Street"}))
        .await
        .expect(401);
    app.patch(&path, Some(&ana.token), json!({"name": "x"}))
        .await
        .expect(422);
    let updated = app
        .patch(
            &path,
            Some(&ana.token),
            json!({"name": "Elm Street North", "join_policy": "approval"}),
        )
        .await
        .expect(200);
    assert_eq!(updated["name"], "Elm Street North");
    assert_eq!(updated["join_policy"], "approval");
    let fetched = app.get(&path, None).await.expect(200);
    assert_eq!(fetched["name"], "Elm Street North");
    assert_eq!(fetched["viewer"]["membership"], json!(null));
}

#[tokio::test]
async fn unknown_neighbourhoods_are_404() {
    let app = spawn_app().await;
    app.get(
        &format!("/api/v1/neighbourhoods/{}", uuid::Uuid::now_v7()),
        None,
    )
    .await
    .expect(404);
}

#[tokio::test]
async fn the_leaflet_qr_code_is_for_the_people_who_run_the_neighbourhood() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let admin = app.new_admin().await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Quiet Close", json!({"visibility": "private"}))
            .await,
    );
    app.invite_and_accept(&ana, &id, &ben).await;
    let path = format!("/api/v1/neighbourhoods/{id}/leaflet/qr.svg");

    let svg_for = |token: &str| app.client.get(app.url(&path)).bearer_auth(token).send();
    for token in [&ana.token, &admin.token] {
        let response = svg_for(token).await.expect("sent");
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(headers["content-type"], "image/svg+xml");
        assert!(headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'"));
        let svg = response.text().await.unwrap();
        assert!(
            svg.contains("<svg") && svg.contains("#000000"),
            "{svg:.120}"
        );
        // The code is the one for this neighbourhood's page on this site.
        let expected = commonground::domain::leaflet::qr_svg(
            &commonground::domain::leaflet::page_url(&app.address, &id),
        )
        .unwrap();
        assert_eq!(svg, expected);
    }

    // A member who does not run it, an outsider of a private neighbourhood, nobody signed in.
    app.get(&path, Some(&ben.token)).await.expect(403);
    app.get(&path, Some(&cat.token)).await.expect(404);
    app.get(&path, None).await.expect(401);
    app.get(
        &format!(
            "/api/v1/neighbourhoods/{}/leaflet/qr.svg",
            uuid::Uuid::now_v7()
        ),
        Some(&ana.token),
    )
    .await
    .expect(404);
}
