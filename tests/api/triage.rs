//! The triage queue: the organisation's issues by impact, filters, and bulk actions that reuse
//! the single-issue rules.

use serde_json::{json, Value};

use crate::{
    dashboard::fixture,
    helpers::{TestApp, TestUser},
};

async fn queue(app: &TestApp, who: &TestUser, org: &str, query: &str) -> Value {
    app.get(
        &format!("/api/v1/organisations/{org}/triage{query}"),
        Some(&who.token),
    )
    .await
    .expect(200)
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_queue_lists_open_issues_by_impact_with_filters_and_pages() {
    let app = crate::helpers::spawn_app().await;
    let f = fixture(&app).await;
    let i = &f.issues;
    // Impact: A 25.86, B 15.43, C 7.93, F 6.93 (see the dashboard fixture).
    let page = queue(&app, &f.manager, &f.org, "").await;
    assert_eq!(
        ids(&page),
        [i[0].as_str(), i[1].as_str(), i[2].as_str(), i[5].as_str()]
    );
    assert_eq!(page["items"][0]["neighbourhood_name"], "Elm Street");
    assert_eq!(page["items"][0]["assignee"], Value::Null);

    let first = queue(&app, &f.manager, &f.org, "?limit=3").await;
    assert_eq!(ids(&first).len(), 3);
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest = queue(
        &app,
        &f.manager,
        &f.org,
        &format!("?limit=3&cursor={cursor}"),
    )
    .await;
    assert_eq!(ids(&rest), [i[5].as_str()]);
    assert_eq!(rest["next_cursor"], Value::Null);

    let newest = queue(&app, &f.manager, &f.org, "?sort=newest").await;
    assert_eq!(
        ids(&newest),
        [i[5].as_str(), i[2].as_str(), i[1].as_str(), i[0].as_str()]
    );
    let oak = queue(
        &app,
        &f.manager,
        &f.org,
        &format!("?neighbourhood_id={}", f.oak),
    )
    .await;
    assert_eq!(ids(&oak), [i[2].as_str(), i[5].as_str()]);
    let resolved = queue(&app, &f.manager, &f.org, "?status=resolved&sort=oldest").await;
    assert_eq!(ids(&resolved), [i[3].as_str(), i[4].as_str()]);

    let path = format!("/api/v1/organisations/{}/triage", f.org);
    app.get(&path, Some(&f.ana.token)).await.expect(403);
    app.get(&format!("{path}?assignee=someone"), Some(&f.manager.token))
        .await
        .expect(422);
}

#[tokio::test]
async fn bulk_actions_apply_to_each_issue_and_report_each_outcome() {
    let app = crate::helpers::spawn_app().await;
    let f = fixture(&app).await;
    let i = &f.issues;
    let path = format!("/api/v1/organisations/{}/triage/bulk", f.org);
    let bulk = |body: Value| {
        let app = &app;
        let path = path.clone();
        let token = f.manager.token.clone();
        async move { app.post(&path, Some(&token), body).await.expect(200) }
    };

    // Acknowledge A and F (open) and B (already acknowledged: 409) and an unknown id (404).
    let unknown = uuid::Uuid::now_v7().to_string();
    let outcomes =
        bulk(json!({"issue_ids": [i[0], i[5], i[1], unknown], "action": "acknowledge"})).await;
    let statuses: Vec<i64> = outcomes
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["status"].as_i64().unwrap())
        .collect();
    assert_eq!(statuses, [200, 200, 409, 404]);
    let a = app
        .get(&format!("/api/v1/issues/{}", i[0]), None)
        .await
        .expect(200);
    assert_eq!(a["status"], "acknowledged");
    assert_eq!(
        a["status_note"],
        "Thank you: we have seen this and will look into it."
    );

    // One public note for every issue of a status change; supporters are told.
    let outcomes = bulk(json!({"issue_ids": [i[0], i[2]], "action": "set_status", "status": "resolved", "note": "Filled on Tuesday"})).await;
    assert!(outcomes
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == 200));
    let c = app
        .get(&format!("/api/v1/issues/{}", i[2]), None)
        .await
        .expect(200);
    assert_eq!(
        (c["status"].as_str(), c["status_note"].as_str()),
        (Some("resolved"), Some("Filled on Tuesday"))
    );

    // Assign to a staff member; filter by assignee; a non-staff assignee is refused.
    let outcomes =
        bulk(json!({"issue_ids": [i[1], i[5]], "action": "assign", "assignee_id": f.manager.id}))
            .await;
    assert!(outcomes
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == 200));
    let mine = queue(&app, &f.manager, &f.org, "?assignee=me").await;
    assert_eq!(ids(&mine), [i[1].as_str(), i[5].as_str()]);
    assert_eq!(mine["items"][0]["assignee"]["display_name"], "Manager");
    let nobody = queue(&app, &f.manager, &f.org, "?assignee=none").await;
    assert!(!ids(&nobody).contains(&i[1]));
    app.post(
        &path,
        Some(&f.manager.token),
        json!({"issue_ids": [i[1]], "action": "assign", "assignee_id": f.ben.id}),
    )
    .await
    .expect(422);
    bulk(json!({"issue_ids": [i[1]], "action": "assign", "assignee_id": null})).await;
    let mine = queue(&app, &f.manager, &f.org, "?assignee=me").await;
    assert_eq!(ids(&mine), [i[5].as_str()]);

    // Merge a duplicate into another issue of its neighbourhood (F into C, both in Oak Road).
    let outcomes =
        bulk(json!({"issue_ids": [i[5]], "action": "merge", "into": i[2], "note": "Same hole"}))
            .await;
    assert_eq!(outcomes[0]["status"], 200);
    let merged = app
        .get(&format!("/api/v1/issues/{}", i[5]), None)
        .await
        .expect(200);
    assert_eq!(merged["status"], "duplicate");
    assert_eq!(merged["duplicate_of"], i[2].as_str());

    // Rules: a note is required, at most 100 issues, staff only.
    let no_note =
        bulk(json!({"issue_ids": [i[1]], "action": "set_status", "status": "resolved"})).await;
    assert_eq!(no_note[0]["status"], 422);
    let many: Vec<String> = (0..101).map(|_| uuid::Uuid::now_v7().to_string()).collect();
    app.post(
        &path,
        Some(&f.manager.token),
        json!({"issue_ids": many, "action": "acknowledge"}),
    )
    .await
    .expect(422);
    app.post(
        &path,
        Some(&f.ana.token),
        json!({"issue_ids": [i[1]], "action": "acknowledge"}),
    )
    .await
    .expect(403);
    let _ = (&f.cat, &f.dan, &f.elm, &f.pothole, &f.graffiti);
}
