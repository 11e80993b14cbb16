//! Discussions and moderation: threads, posts, replies, mentions, reactions, edits, deletion,
//! flags and the auto-hide rule, the coordinators' tools, the permission matrix, rate limits,
//! the discussions of issues and tasks, and that hidden content never leaks through events.

use std::time::Duration;

use commonground::live::{client::LiveClient, protocol::ServerMessage};
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

use crate::helpers::{id_of, spawn_app, spawn_app_with, TestApp, TestUser};

/// A public neighbourhood with its coordinator (Cora), members, a suspended member (Sam), a
/// service manager (Max) and a stranger (Stan), who is signed in but not a member.
struct Street {
    id: String,
    cora: TestUser,
    members: Vec<TestUser>,
    sam: TestUser,
    max: TestUser,
    stan: TestUser,
}

async fn street(app: &TestApp, members: &[&str], extra: Value) -> Street {
    let admin = app.new_admin().await;
    let cora = app.new_user("Cora").await;
    let id = id_of(&app.new_neighbourhood(&cora, "Elm Street", extra).await);
    let mut joined = Vec::new();
    for name in members {
        let member = app.new_user(name).await;
        add_member(app, &cora, &id, &member).await;
        joined.push(member);
    }
    let sam = app.new_user("Sam").await;
    add_member(app, &cora, &id, &sam).await;
    app.post(
        &format!("/api/v1/neighbourhoods/{id}/members/{}/suspend", sam.id),
        Some(&cora.token),
        json!({"until": chrono::Utc::now() + chrono::Duration::days(7), "reason": "Shouting"}),
    )
    .await
    .expect(200);
    let max = app.new_user("Max").await;
    let org = app
        .organisation_with_staff(&admin, "Riverside Council", &max.email)
        .await;
    app.serve(&admin, &org, &id).await;
    let stan = app.new_user("Stan").await;
    Street {
        id,
        cora,
        members: joined,
        sam,
        max,
        stan,
    }
}

/// Invites and accepts, which works for public and private neighbourhoods alike.
async fn add_member(app: &TestApp, coordinator: &TestUser, id: &str, member: &TestUser) {
    app.invite_and_accept(coordinator, id, member).await;
}

async fn new_thread(app: &TestApp, s: &Street, who: &TestUser, title: &str, body: &str) -> Value {
    app.post(
        &format!("/api/v1/neighbourhoods/{}/threads", s.id),
        Some(&who.token),
        json!({"title": title, "body": body}),
    )
    .await
    .expect(201)
}

async fn post(app: &TestApp, thread: &str, who: &TestUser, body: Value) -> Value {
    app.post(
        &format!("/api/v1/threads/{thread}/posts"),
        Some(&who.token),
        body,
    )
    .await
    .expect(201)
}

async fn all_posts(app: &TestApp, thread: &str, who: Option<&TestUser>) -> Vec<Value> {
    let page = app
        .get(
            &format!("/api/v1/threads/{thread}/posts?limit=100"),
            who.map(|u| u.token.as_str()),
        )
        .await
        .expect(200);
    page["items"].as_array().unwrap().clone()
}

/// The discussion notifications stored for a person: (what, data).
async fn notifications(app: &TestApp, user: &TestUser) -> Vec<(String, Value)> {
    entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("user:{}", user.id)))
        .filter(entity::event::Column::Kind.eq("notification"))
        .order_by_asc(entity::event::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| {
            (
                e.payload["what"].as_str().unwrap_or_default().to_owned(),
                e.payload,
            )
        })
        .filter(|(what, _)| {
            ["mentioned", "reply", "post_hidden", "post_restored"].contains(&what.as_str())
        })
        .collect()
}

fn whats(list: &[(String, Value)]) -> Vec<&str> {
    list.iter().map(|(w, _)| w.as_str()).collect()
}

#[tokio::test]
async fn threads_list_by_activity_with_unread_counts_and_posts_page_by_cursor() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let first = new_thread(&app, &s, ana, "Bins on Elm Street", "Who collects *these*?").await;
    assert_eq!(first["post_count"], 1);
    assert_eq!(
        first["unread_count"], 0,
        "the author has read their own post"
    );
    assert_eq!(first["can_post"], true);
    let second = new_thread(&app, &s, ben, "Street party", "In June?").await;
    let (first_id, second_id) = (id_of(&first), id_of(&second));

    // Activity in the first thread moves it to the top.
    for n in 0..5 {
        post(&app, &first_id, ben, json!({"body": format!("Reply {n}")})).await;
    }
    let list = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/threads", s.id),
            Some(&ana.token),
        )
        .await
        .expect(200);
    let items = list["items"].as_array().unwrap();
    assert_eq!(items[0]["id"], first_id.as_str());
    assert_eq!(items[0]["post_count"], 6);
    assert_eq!(items[0]["unread_count"], 5, "five posts since Ana's own");
    assert_eq!(items[1]["id"], second_id.as_str());
    assert_eq!(items[1]["unread_count"], 1, "never opened");
    assert!(items[0]["author_name"] == "Ana");
    // Anonymous readers of a public neighbourhood see the list without read markers.
    let anonymous = app
        .get(&format!("/api/v1/neighbourhoods/{}/threads", s.id), None)
        .await
        .expect(200);
    assert!(anonymous["items"][0]["unread_count"].is_null());

    // Thread pages: one at a time, keyset on the post number, no gaps or repeats.
    let mut seqs = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/threads/{first_id}/posts?limit=2&cursor={c}"),
            None => format!("/api/v1/threads/{first_id}/posts?limit=2"),
        };
        let page = app.get(&path, None).await.expect(200);
        for p in page["items"].as_array().unwrap() {
            seqs.push(p["seq"].as_i64().unwrap());
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seqs, vec![1, 2, 3, 4, 5, 6]);
    let after = app
        .get(
            &format!("/api/v1/threads/{first_id}/posts?after_seq=4"),
            None,
        )
        .await
        .expect(200);
    assert_eq!(after["items"].as_array().unwrap().len(), 2);
    app.get(
        &format!("/api/v1/threads/{first_id}/posts?cursor=nonsense"),
        None,
    )
    .await
    .expect(400);

    // Reading moves the marker forward only.
    let read = app
        .call(
            Method::PUT,
            &format!("/api/v1/threads/{first_id}/read"),
            Some(&ana.token),
            Some(json!({"seq": 6})),
        )
        .await
        .expect(200);
    assert_eq!(read["unread_count"], 0);
    let back = app
        .call(
            Method::PUT,
            &format!("/api/v1/threads/{first_id}/read"),
            Some(&ana.token),
            Some(json!({"seq": 2})),
        )
        .await
        .expect(200);
    assert_eq!(back["last_read_seq"], 6);

    // Thread list pages too.
    let one = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/threads?limit=1", s.id),
            None,
        )
        .await
        .expect(200);
    let next = one["next_cursor"].as_str().unwrap();
    let two = app
        .get(
            &format!(
                "/api/v1/neighbourhoods/{}/threads?limit=1&cursor={next}",
                s.id
            ),
            None,
        )
        .await
        .expect(200);
    assert_eq!(two["items"][0]["id"], second_id.as_str());
    assert!(two["next_cursor"].is_null());
}

#[tokio::test]
async fn posts_are_rendered_from_markdown_and_raw_html_never_survives() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana"], json!({})).await;
    let ana = &s.members[0];
    let body = "**Hello** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> [site](https://example.org)";
    let thread = new_thread(&app, &s, ana, "Safe HTML", body).await;
    let posts = all_posts(&app, &id_of(&thread), None).await;
    let html = posts[0]["body_html"].as_str().unwrap();
    assert!(html.contains("<strong>Hello</strong>"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert!(
        html.contains(r#"<a href="https://example.org" rel="nofollow ugc noopener">site</a>"#),
        "{html}"
    );
    assert_eq!(posts[0]["body_source"], body, "the source is kept");

    let preview = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/preview", s.id),
            Some(&ana.token),
            json!({"body": "Hi @cora <b>x</b>"}),
        )
        .await
        .expect(200);
    assert_eq!(
        preview["html"],
        "<p>Hi <span class=\"mention\">@cora</span> &lt;b&gt;x&lt;/b&gt;</p>\n"
    );
    assert_eq!(preview["mentions"][0]["user_id"], s.cora.id.to_string());

    // Invalid input: empty bodies, short titles, unknown reactions.
    app.post(
        &format!("/api/v1/neighbourhoods/{}/threads", s.id),
        Some(&ana.token),
        json!({"title": "x", "body": "  "}),
    )
    .await
    .expect(422);
}

#[tokio::test]
async fn mentions_and_replies_notify_the_right_people_once() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana Smith", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let candidates = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/mentions?q=ana", s.id),
            Some(&ben.token),
        )
        .await
        .expect(200);
    assert_eq!(candidates[0]["handle"], "ana_smith");
    assert_eq!(candidates[0]["display_name"], "Ana Smith");
    let by_surname = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/mentions?q=smi", s.id),
            Some(&ben.token),
        )
        .await
        .expect(200);
    assert_eq!(by_surname.as_array().unwrap().len(), 1);

    // Ben mentions Ana (and Stan, who is no member, and himself): only Ana is told.
    let thread = new_thread(
        &app,
        &s,
        ben,
        "Skip on the corner",
        "@Ana_Smith can you look? cc @stan @ben `@cora`",
    )
    .await;
    let thread_id = id_of(&thread);
    let ana_heard = notifications(&app, ana).await;
    assert_eq!(whats(&ana_heard), vec!["mentioned"]);
    let data = &ana_heard[0].1;
    assert_eq!(data["thread_id"], thread_id.as_str());
    assert_eq!(data["neighbourhood_id"], s.id.as_str());
    assert_eq!(data["by"], "Ben");
    assert!(data["post_id"].is_string());
    assert!(notifications(&app, &s.stan).await.is_empty());
    assert!(
        notifications(&app, &s.cora)
            .await
            .iter()
            .all(|(w, _)| w != "mentioned"),
        "code is not a mention"
    );
    assert!(whats(&notifications(&app, ben).await)
        .iter()
        .all(|w| *w != "mentioned"));
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    assert!(first["body_html"]
        .as_str()
        .unwrap()
        .contains(r#"<span class="mention">@Ana_Smith</span>"#));

    // Ana replies to Ben, mentioning him too: Ben hears once, as a reply.
    let reply = post(
        &app,
        &thread_id,
        ana,
        json!({"body": "On it @ben", "parent_id": id_of(&first)}),
    )
    .await;
    assert_eq!(reply["parent_id"], id_of(&first).as_str());
    let ben_heard = notifications(&app, ben).await;
    assert_eq!(whats(&ben_heard), vec!["reply"]);
    assert_eq!(ben_heard[0].1["post_id"], id_of(&reply).as_str());
    // Replying to yourself tells nobody.
    post(
        &app,
        &thread_id,
        ana,
        json!({"body": "Also", "parent_id": id_of(&reply)}),
    )
    .await;
    assert_eq!(notifications(&app, ana).await.len(), 1);

    // An edit that adds a mention tells only the newly mentioned.
    let edited = app
        .patch(
            &format!("/api/v1/posts/{}", id_of(&reply)),
            Some(&ana.token),
            json!({"body": "On it @ben, with @cora"}),
        )
        .await
        .expect(200);
    assert!(edited["edited_at"].is_string());
    let cora_heard = notifications(&app, &s.cora).await;
    assert_eq!(cora_heard.last().unwrap().0, "mentioned");
    assert_eq!(whats(&notifications(&app, ben).await), vec!["reply"]);

    // Replies must point into the same thread.
    let other = new_thread(&app, &s, ana, "Another thread", "Hello").await;
    app.post(
        &format!("/api/v1/threads/{}/posts", id_of(&other)),
        Some(&ben.token),
        json!({"body": "x", "parent_id": id_of(&first)}),
    )
    .await
    .expect(422);
}

#[tokio::test]
async fn edits_keep_earlier_versions_for_coordinators_and_deletes_leave_a_placeholder() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let thread = new_thread(&app, &s, ana, "Versions", "First words").await;
    let thread_id = id_of(&thread);
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    let path = format!("/api/v1/posts/{}", id_of(&first));
    app.patch(&path, Some(&ana.token), json!({"body": "Second words"}))
        .await
        .expect(200);
    app.patch(&path, Some(&ana.token), json!({"body": "Third words"}))
        .await
        .expect(200);
    // Only the author edits.
    app.patch(&path, Some(&ben.token), json!({"body": "Hijack"}))
        .await
        .expect(403);
    app.patch(&path, Some(&s.cora.token), json!({"body": "Hijack"}))
        .await
        .expect(403);
    let revisions = app
        .get(&format!("{path}/revisions"), Some(&s.cora.token))
        .await
        .expect(200);
    let sources: Vec<&str> = revisions
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["body_source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, vec!["Second words", "First words"]);
    app.get(&format!("{path}/revisions"), Some(&ana.token))
        .await
        .expect(403);

    // A reply, then the parent is deleted: its place and the reply stay.
    let reply = post(
        &app,
        &thread_id,
        ben,
        json!({"body": "Reply", "parent_id": id_of(&first)}),
    )
    .await;
    let deleted = app.delete(&path, Some(&ana.token)).await.expect(200);
    assert_eq!(deleted["status"], "deleted");
    assert!(deleted["body_html"].is_null());
    app.delete(&path, Some(&ana.token)).await.expect(409);
    let posts = all_posts(&app, &thread_id, Some(ben)).await;
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0]["status"], "deleted");
    assert!(posts[0]["body_source"].is_null());
    assert_eq!(posts[1]["parent_id"], id_of(&first).as_str());
    let t = app
        .get(&format!("/api/v1/threads/{thread_id}"), None)
        .await
        .expect(200);
    assert_eq!(
        (t["post_count"].clone(), t["last_seq"].clone()),
        (json!(1), json!(2))
    );
    let stored = entity::post::Entity::find_by_id(id_of(&first).parse::<uuid::Uuid>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.body_source, "",
        "the body is removed, not just hidden"
    );
    let revisions = app
        .get(&format!("{path}/revisions"), Some(&s.cora.token))
        .await
        .expect(200);
    assert_eq!(revisions, json!([]));
    // Replying to a deleted post is refused; a coordinator may delete anyone's post (logged).
    app.post(
        &format!("/api/v1/threads/{thread_id}/posts"),
        Some(&ben.token),
        json!({"body": "x", "parent_id": id_of(&first)}),
    )
    .await
    .expect(409);
    app.delete(
        &format!("/api/v1/posts/{}", id_of(&reply)),
        Some(&ana.token),
    )
    .await
    .expect(403);
    app.delete(
        &format!("/api/v1/posts/{}", id_of(&reply)),
        Some(&s.cora.token),
    )
    .await
    .expect(200);
    let log = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/moderation/log", s.id),
            Some(&s.cora.token),
        )
        .await
        .expect(200);
    assert_eq!(log["items"][0]["action"], "post_deleted");
    assert_eq!(log["items"][0]["user_id"], ben.id.to_string());
}

#[tokio::test]
async fn reactions_toggle_one_of_each_per_person() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let thread = new_thread(&app, &s, ana, "Reactions", "React to me").await;
    let first = all_posts(&app, &id_of(&thread), None).await[0].clone();
    let path = format!("/api/v1/posts/{}/reactions", id_of(&first));
    let after = app
        .post(&path, Some(&ana.token), json!({"reaction": "👍"}))
        .await
        .expect(200);
    assert_eq!(
        after["reactions"],
        json!([{"reaction": "👍", "count": 1, "mine": true}])
    );
    app.post(&path, Some(&ben.token), json!({"reaction": "👍"}))
        .await
        .expect(200);
    let both = app
        .post(&path, Some(&ben.token), json!({"reaction": "❤"}))
        .await
        .expect(200);
    assert_eq!(
        both["reactions"],
        json!([{"reaction": "👍", "count": 2, "mine": true}, {"reaction": "❤️", "count": 1, "mine": true}])
    );
    // Toggling takes it back.
    let back = app
        .post(&path, Some(&ben.token), json!({"reaction": "👍"}))
        .await
        .expect(200);
    assert_eq!(
        back["reactions"][0],
        json!({"reaction": "👍", "count": 1, "mine": false})
    );
    app.post(&path, Some(&ben.token), json!({"reaction": "💩"}))
        .await
        .expect(422);
    // Readers see counts; `mine` is per person.
    let seen = all_posts(&app, &id_of(&thread), Some(ana)).await;
    assert_eq!(seen[0]["reactions"][0]["mine"], true);
    assert_eq!(seen[0]["reactions"][1]["mine"], false);
}

/// The `post_flagged` notices pushed to a person (muted ones are stored but never pushed).
async fn flag_notices(app: &TestApp, user: &TestUser) -> Vec<Value> {
    entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("user:{}", user.id)))
        .filter(entity::event::Column::Kind.eq("notification"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.payload)
        .filter(|p| p["what"] == "post_flagged")
        .collect()
}

#[tokio::test]
async fn coordinators_are_told_once_per_flagged_post_not_the_flagger_and_mutes_hold() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben", "Cat", "Dan", "Eve"], json!({})).await;
    let (ana, ben, cat, dan, eve) = (
        &s.members[0],
        &s.members[1],
        &s.members[2],
        &s.members[3],
        &s.members[4],
    );
    for c in [dan, eve] {
        app.patch(
            &format!("/api/v1/neighbourhoods/{}/members/{}", s.id, c.id),
            Some(&s.cora.token),
            json!({"role": "coordinator"}),
        )
        .await
        .expect(200);
    }
    app.call(
        Method::PUT,
        "/api/v1/me/notification-preferences",
        Some(&eve.token),
        Some(json!({"muted_kinds": ["post_flagged"]})),
    )
    .await
    .expect(200);
    let thread_id = id_of(&new_thread(&app, &s, ana, "Flags", "Buy my stuff").await);
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    let flags = format!("/api/v1/posts/{}/flags", id_of(&first));

    // Dan, a coordinator, flags it: Cora hears, Dan (the flagger) does not.
    app.post(&flags, Some(&dan.token), json!({"reason": "Spam"}))
        .await
        .expect(201);
    let told = flag_notices(&app, &s.cora).await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0]["post_id"], id_of(&first).as_str());
    assert_eq!(told[0]["reason"], "Spam");
    assert!(flag_notices(&app, dan).await.is_empty());
    // Eve muted the kind: kept in her inbox as read, never pushed.
    assert!(flag_notices(&app, eve).await.is_empty());
    let inbox = app
        .get("/api/v1/me/notifications", Some(&eve.token))
        .await
        .expect(200);
    let kept: Vec<&Value> = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["what"] == "post_flagged")
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["muted"], true);
    // Members are not told; more flags on the same post tell nobody again.
    for m in [ben, cat] {
        app.post(&flags, Some(&m.token), json!({"reason": "Spam"}))
            .await
            .expect(201);
        assert!(flag_notices(&app, m).await.is_empty());
    }
    assert_eq!(flag_notices(&app, &s.cora).await.len(), 1);
    assert_eq!(flag_notices(&app, dan).await.len(), 0);
}

#[tokio::test]
async fn enough_distinct_flags_hide_a_post_until_a_coordinator_decides() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben", "Cat", "Dan"], json!({})).await;
    let (ana, ben, cat, dan) = (&s.members[0], &s.members[1], &s.members[2], &s.members[3]);
    let thread = new_thread(&app, &s, ana, "Flags", "Something rude").await;
    let thread_id = id_of(&thread);
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    let flags = format!("/api/v1/posts/{}/flags", id_of(&first));
    let one = app
        .post(&flags, Some(&ben.token), json!({"reason": "Rude"}))
        .await
        .expect(201);
    assert_eq!(
        (one["flag_count"].clone(), one["hidden"].clone()),
        (json!(1), json!(false))
    );
    // One flag per person; no flagging your own post; a reason is required.
    app.post(&flags, Some(&ben.token), json!({"reason": "Again"}))
        .await
        .expect(409);
    app.post(&flags, Some(&ana.token), json!({"reason": "Me"}))
        .await
        .expect(409);
    app.post(&flags, Some(&cat.token), json!({"reason": " "}))
        .await
        .expect(422);
    app.post(&flags, Some(&cat.token), json!({"reason": "Rude"}))
        .await
        .expect(201);
    let third = app
        .post(&flags, Some(&dan.token), json!({"reason": "Very rude"}))
        .await
        .expect(201);
    assert_eq!(
        (third["flag_count"].clone(), third["hidden"].clone()),
        (json!(3), json!(true))
    );

    // Hidden: a placeholder for members and strangers; the body for the author and coordinators.
    let as_ben = all_posts(&app, &thread_id, Some(ben)).await;
    assert_eq!(as_ben[0]["status"], "hidden");
    assert!(as_ben[0]["body_html"].is_null() && as_ben[0]["body_source"].is_null());
    assert!(all_posts(&app, &thread_id, None).await[0]["body_html"].is_null());
    assert!(all_posts(&app, &thread_id, Some(ana)).await[0]["body_html"].is_string());
    let as_cora = all_posts(&app, &thread_id, Some(&s.cora)).await;
    assert!(as_cora[0]["body_html"].is_string());
    assert_eq!(as_cora[0]["flag_count"], 3);
    assert!(as_ben[0]["flag_count"].is_null());
    let told = notifications(&app, ana).await;
    assert_eq!(told.last().unwrap().0, "post_hidden");
    assert_eq!(told.last().unwrap().1["automatic"], true);

    // The queue shows it with the reasons; restoring clears the flags and tells the author.
    let queue_path = format!("/api/v1/neighbourhoods/{}/moderation/queue", s.id);
    let queue = app.get(&queue_path, Some(&s.cora.token)).await.expect(200);
    assert_eq!(queue["items"][0]["post"]["id"], id_of(&first).as_str());
    assert_eq!(queue["items"][0]["thread_title"], "Flags");
    let reasons: Vec<&str> = queue["items"][0]["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, vec!["Rude", "Rude", "Very rude"]);
    let restored = app
        .post(
            &format!("/api/v1/posts/{}/restore", id_of(&first)),
            Some(&s.cora.token),
            json!({"reason": "Robust, not rude"}),
        )
        .await
        .expect(200);
    assert_eq!(restored["status"], "visible");
    assert_eq!(restored["flag_count"], 0);
    let queue = app.get(&queue_path, Some(&s.cora.token)).await.expect(200);
    assert_eq!(queue["items"], json!([]));
    assert_eq!(
        notifications(&app, ana).await.last().unwrap().0,
        "post_restored"
    );
    assert!(all_posts(&app, &thread_id, Some(ben)).await[0]["body_html"].is_string());

    // A coordinator hides a post directly with a reason; the log has every decision.
    let second = post(&app, &thread_id, ben, json!({"body": "Spam spam"})).await;
    let hidden = app
        .post(
            &format!("/api/v1/posts/{}/hide", id_of(&second)),
            Some(&s.cora.token),
            json!({"reason": "Advertising"}),
        )
        .await
        .expect(200);
    assert_eq!(hidden["status"], "hidden");
    assert_eq!(hidden["hidden_reason"], "Advertising");
    app.post(
        &format!("/api/v1/posts/{}/hide", id_of(&second)),
        Some(&s.cora.token),
        json!({"reason": "Again"}),
    )
    .await
    .expect(409);
    let hidden_told = notifications(&app, ben).await;
    assert_eq!(hidden_told.last().unwrap().0, "post_hidden");
    assert_eq!(hidden_told.last().unwrap().1["reason"], "Advertising");
    let log = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/moderation/log", s.id),
            Some(&s.cora.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        vec![
            "post_hidden",
            "post_restored",
            "post_auto_hidden",
            "member_suspended"
        ]
    );
    let auto = &log["items"][2];
    assert!(
        auto["actor_id"].is_null(),
        "automatic decisions have no actor"
    );
    assert_eq!(log["items"][0]["actor_name"], "Cora");
    assert_eq!(log["items"][0]["reason"], "Advertising");
    assert_eq!(log["items"][3]["user_name"], "Sam");
}

#[tokio::test]
async fn the_hiding_threshold_is_a_setting() {
    let app = spawn_app_with(|s| s.flags_to_hide = 1).await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let thread = new_thread(&app, &s, &s.members[0], "One flag", "Rude").await;
    let first = all_posts(&app, &id_of(&thread), None).await[0].clone();
    let outcome = app
        .post(
            &format!("/api/v1/posts/{}/flags", id_of(&first)),
            Some(&s.members[1].token),
            json!({"reason": "Rude"}),
        )
        .await
        .expect(201);
    assert_eq!(outcome["hidden"], true);
}

/// Every action, for every kind of person: the status each one gets.
#[tokio::test]
async fn the_permission_matrix_holds_for_every_action() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let thread = new_thread(&app, &s, ana, "Matrix", "Ana's post").await;
    let thread_id = id_of(&thread);
    let anas_post = id_of(&all_posts(&app, &thread_id, None).await[0]);
    let threads = format!("/api/v1/neighbourhoods/{}/threads", s.id);
    let posts = format!("/api/v1/threads/{thread_id}/posts");

    // (who, create thread, post, react, flag Ana's post, queue, log, lock, hide, revisions)
    let people: [(&str, &TestUser, [u16; 9]); 6] = [
        ("member", ben, [201, 201, 200, 201, 403, 403, 403, 403, 403]),
        (
            "coordinator",
            &s.cora,
            [201, 201, 200, 201, 200, 200, 200, 200, 200],
        ),
        (
            "manager",
            &s.max,
            [201, 201, 200, 201, 403, 403, 403, 403, 403],
        ),
        (
            "stranger",
            &s.stan,
            [403, 403, 403, 403, 403, 403, 403, 403, 403],
        ),
        (
            "suspended",
            &s.sam,
            [403, 403, 403, 403, 403, 403, 403, 403, 403],
        ),
        ("author", ana, [201, 201, 200, 409, 403, 403, 403, 403, 403]),
    ];
    for (label, who, expected) in people {
        let t = Some(who.token.as_str());
        let got = [
            app.post(
                &threads,
                t,
                json!({"title": format!("By {label}"), "body": "Hi"}),
            )
            .await
            .status
            .as_u16(),
            app.post(&posts, t, json!({"body": "Hi"}))
                .await
                .status
                .as_u16(),
            app.post(
                &format!("/api/v1/posts/{anas_post}/reactions"),
                t,
                json!({"reaction": "🎉"}),
            )
            .await
            .status
            .as_u16(),
            app.post(
                &format!("/api/v1/posts/{anas_post}/flags"),
                t,
                json!({"reason": "Test"}),
            )
            .await
            .status
            .as_u16(),
            app.get(
                &format!("/api/v1/neighbourhoods/{}/moderation/queue", s.id),
                t,
            )
            .await
            .status
            .as_u16(),
            app.get(
                &format!("/api/v1/neighbourhoods/{}/moderation/log", s.id),
                t,
            )
            .await
            .status
            .as_u16(),
            app.patch(
                &format!("/api/v1/threads/{thread_id}"),
                t,
                json!({"pinned": true}),
            )
            .await
            .status
            .as_u16(),
            app.post(&format!("/api/v1/posts/{anas_post}/restore"), t, json!({}))
                .await
                .status
                .as_u16(),
            app.get(&format!("/api/v1/posts/{anas_post}/revisions"), t)
                .await
                .status
                .as_u16(),
        ];
        assert_eq!(got, expected, "{label}");
    }
    // Reading a public neighbourhood's threads: everyone, signed in or not.
    for token in [
        None,
        Some(s.stan.token.as_str()),
        Some(s.sam.token.as_str()),
    ] {
        app.get(&threads, token).await.expect(200);
        app.get(&posts, token).await.expect(200);
    }
    // Anonymous callers cannot write.
    app.post(&posts, None, json!({"body": "Hi"}))
        .await
        .expect(401);
    // Editing and deleting someone else's post.
    for who in [ben, &s.max, &s.stan] {
        app.patch(
            &format!("/api/v1/posts/{anas_post}"),
            Some(&who.token),
            json!({"body": "x"}),
        )
        .await
        .expect(403);
        app.delete(&format!("/api/v1/posts/{anas_post}"), Some(&who.token))
            .await
            .expect(403);
    }
}

#[tokio::test]
async fn private_neighbourhoods_keep_their_threads_to_members() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana"], json!({"visibility": "private"})).await;
    let ana = &s.members[0];
    let thread = new_thread(&app, &s, ana, "Private talk", "Members only").await;
    let thread_id = id_of(&thread);
    let threads = format!("/api/v1/neighbourhoods/{}/threads", s.id);
    // Strangers and anonymous callers do not learn it exists.
    app.get(&threads, None).await.expect(404);
    app.get(&threads, Some(&s.stan.token)).await.expect(404);
    app.get(&format!("/api/v1/threads/{thread_id}"), Some(&s.stan.token))
        .await
        .expect(404);
    app.post(
        &format!("/api/v1/threads/{thread_id}/posts"),
        Some(&s.stan.token),
        json!({"body": "Let me in"}),
    )
    .await
    .expect(404);
    // Members (suspended ones too) and the serving organisation's staff read.
    for who in [ana, &s.sam, &s.max] {
        app.get(&threads, Some(&who.token)).await.expect(200);
    }
    // A pending request does not read.
    let pat = app.new_user("Pat").await;
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{}/join", s.id),
        Some(&pat.token),
    )
    .await;
    let answer = app.get(&threads, Some(&pat.token)).await;
    assert!(
        answer.status == 403 || answer.status == 404,
        "{}",
        answer.status
    );
}

#[tokio::test]
async fn locked_threads_take_no_posts_and_pinned_threads_come_first() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let old = new_thread(&app, &s, ana, "Old news", "x").await;
    let _newer = new_thread(&app, &s, ben, "Newer", "y").await;
    let path = format!("/api/v1/threads/{}", id_of(&old));
    // Locking needs a reason.
    app.patch(&path, Some(&s.cora.token), json!({"locked": true}))
        .await
        .expect(422);
    let changed = app
        .patch(
            &path,
            Some(&s.cora.token),
            json!({"locked": true, "pinned": true, "reason": "Heated"}),
        )
        .await
        .expect(200);
    assert_eq!(
        (changed["locked"].clone(), changed["pinned"].clone()),
        (json!(true), json!(true))
    );
    let refused = app
        .post(
            &format!("{path}/posts"),
            Some(&ben.token),
            json!({"body": "But"}),
        )
        .await
        .expect(409);
    assert!(refused["detail"].as_str().unwrap().contains("locked"));
    let as_ben = app.get(&path, Some(&ben.token)).await.expect(200);
    assert_eq!(as_ben["can_post"], false);
    // Coordinators may still post.
    post(&app, &id_of(&old), &s.cora, json!({"body": "Closing note"})).await;
    let list = app
        .get(&format!("/api/v1/neighbourhoods/{}/threads", s.id), None)
        .await
        .expect(200);
    assert_eq!(list["items"][0]["id"], id_of(&old).as_str(), "pinned first");
    // A second page after a pinned thread continues with the unpinned ones.
    let first_page = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/threads?limit=1", s.id),
            None,
        )
        .await
        .expect(200);
    let next = first_page["next_cursor"].as_str().unwrap();
    let second_page = app
        .get(
            &format!(
                "/api/v1/neighbourhoods/{}/threads?limit=1&cursor={next}",
                s.id
            ),
            None,
        )
        .await
        .expect(200);
    assert_eq!(second_page["items"][0]["title"], "Newer");
    let unlocked = app
        .patch(&path, Some(&s.cora.token), json!({"locked": false}))
        .await
        .expect(200);
    assert_eq!(unlocked["locked"], false);
    post(&app, &id_of(&old), ben, json!({"body": "Now I can"})).await;
    let log = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/moderation/log", s.id),
            Some(&s.cora.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..3],
        &["thread_unlocked", "thread_pinned", "thread_locked"]
    );
}

#[tokio::test]
async fn issues_and_tasks_get_one_discussion_started_by_the_first_post() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let task = app
        .post(
            &format!("/api/v1/neighbourhoods/{}/tasks", s.id),
            Some(&s.cora.token),
            json!({"title": "Litter pick", "slots": 3}),
        )
        .await
        .expect(201);
    let path = format!("/api/v1/tasks/{}/discussion", id_of(&task));
    let empty = app.get(&path, None).await.expect(200);
    assert!(empty["thread"].is_null());
    assert_eq!(empty["can_post"], false, "anonymous");
    assert_eq!(
        app.get(&path, Some(&ana.token)).await.expect(200)["can_post"],
        true
    );
    // Two first posts at once still make one discussion.
    let (a, b) = tokio::join!(
        app.post(&path, Some(&ana.token), json!({"body": "I'll bring bags"})),
        app.post(
            &path,
            Some(&ben.token),
            json!({"body": "I'll bring gloves"})
        ),
    );
    a.expect(201);
    b.expect(201);
    let found = app.get(&path, Some(&ana.token)).await.expect(200);
    assert_eq!(found["thread"]["title"], "Task: Litter pick");
    assert_eq!(found["thread"]["subject"], "task");
    assert_eq!(found["thread"]["post_count"], 2);
    let listed = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/threads?subject=task", s.id),
            None,
        )
        .await
        .expect(200);
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    app.post(&path, Some(&s.stan.token), json!({"body": "Hi"}))
        .await
        .expect(403);
    app.get(
        &format!("/api/v1/tasks/{}/discussion", uuid::Uuid::now_v7()),
        None,
    )
    .await
    .expect(404);
    app.get(
        &format!("/api/v1/issues/{}/discussion", uuid::Uuid::now_v7()),
        None,
    )
    .await
    .expect(404);
}

#[tokio::test]
async fn posting_and_flagging_are_rate_limited_per_person() {
    let app = spawn_app_with(|s| {
        s.posts_per_window = 3;
        s.flags_per_window = 1;
    })
    .await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let (ana, ben) = (&s.members[0], &s.members[1]);
    let thread = new_thread(&app, &s, ana, "Limits", "One").await;
    let thread_id = id_of(&thread);
    post(&app, &thread_id, ana, json!({"body": "Two"})).await;
    post(&app, &thread_id, ana, json!({"body": "Three"})).await;
    let refused = app
        .post(
            &format!("/api/v1/threads/{thread_id}/posts"),
            Some(&ana.token),
            json!({"body": "Four"}),
        )
        .await;
    let retry_after: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    refused.expect(429);
    // Per person: Ben still posts.
    let bens = post(&app, &thread_id, ben, json!({"body": "Mine"})).await;
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    app.post(
        &format!("/api/v1/posts/{}/flags", id_of(&first)),
        Some(&ben.token),
        json!({"reason": "x"}),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/posts/{}/flags", id_of(&bens)),
        Some(&ben.token),
        json!({"reason": "x"}),
    )
    .await
    .expect(429);
    assert_eq!(all_posts(&app, &thread_id, None).await.len(), 4);
}

/// Hidden and deleted bodies, and titles, never travel in an event: not in the stored log, not
/// over HTTP, not over the WebSocket, to anyone.
#[tokio::test]
async fn hidden_content_never_leaks_through_events() {
    let app = spawn_app_with(|s| s.flags_to_hide = 2).await;
    let s = street(&app, &["Ana", "Ben", "Cat"], json!({})).await;
    let (ana, ben, cat) = (&s.members[0], &s.members[1], &s.members[2]);
    // A stranger watches the public channel live.
    let mut live = LiveClient::connect(&app.address, &s.stan.token)
        .await
        .unwrap();
    live.subscribe(&format!("neighbourhood:{}", s.id), None)
        .await
        .unwrap();
    loop {
        match live.next_within(Duration::from_secs(5)).await {
            Some(ServerMessage::Subscribed { .. }) => break,
            Some(_) => continue,
            None => panic!("not subscribed"),
        }
    }
    let secret = "SECRET-ADDRESS-42";
    let thread = new_thread(&app, &s, ana, "Quiet title", &format!("Body with {secret}")).await;
    let thread_id = id_of(&thread);
    let first = all_posts(&app, &thread_id, None).await[0].clone();
    app.patch(
        &format!("/api/v1/posts/{}", id_of(&first)),
        Some(&ana.token),
        json!({"body": format!("Edited, still {secret}")}),
    )
    .await
    .expect(200);
    for who in [ben, cat] {
        app.post(
            &format!("/api/v1/posts/{}/flags", id_of(&first)),
            Some(&who.token),
            json!({"reason": format!("Doxxing {secret}")}),
        )
        .await
        .expect(201);
    }
    let reply = post(
        &app,
        &thread_id,
        ben,
        json!({"body": format!("Quoting {secret}")}),
    )
    .await;
    app.delete(
        &format!("/api/v1/posts/{}", id_of(&reply)),
        Some(&ben.token),
    )
    .await
    .expect(200);

    // The stored log of the neighbourhood's channel.
    let stored = entity::event::Entity::find()
        .filter(entity::event::Column::Channel.eq(format!("neighbourhood:{}", s.id)))
        .all(&app.db)
        .await
        .unwrap();
    let kinds: Vec<&str> = stored.iter().map(|e| e.kind.as_str()).collect();
    for kind in [
        "thread.created",
        "post.created",
        "post.edited",
        "post.flagged",
        "post.hidden",
        "post.deleted",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    for e in &stored {
        let text = e.payload.to_string();
        assert!(
            !text.contains(secret),
            "{} carries the body: {text}",
            e.kind
        );
        assert!(
            !text.contains("Quiet title"),
            "{} carries the title: {text}",
            e.kind
        );
    }
    let flagged = stored.iter().find(|e| e.kind == "post.flagged").unwrap();
    assert_eq!(flagged.audience, 2, "flags are for coordinators only");
    // Over HTTP, a stranger sees ids only, and the flag events as restricted placeholders.
    let events = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/events?since=0&limit=500", s.id),
            Some(&s.stan.token),
        )
        .await
        .expect(200);
    assert!(!events.to_string().contains(secret));
    let restricted = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "restricted")
        .count();
    assert!(restricted >= 2, "the two flags are placeholders");
    // Live: the same, as it happens.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    let mut live_kinds = Vec::new();
    while !live_kinds.contains(&"post.deleted".to_owned()) {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match live.next_within(left).await {
            Some(ServerMessage::Event(e)) => {
                assert!(!e.data.to_string().contains(secret));
                live_kinds.push(e.kind);
            }
            Some(_) => continue,
            None => panic!("timed out; saw {live_kinds:?}"),
        }
    }
    assert!(live_kinds.contains(&"post.hidden".to_owned()));
    assert!(
        !live_kinds.contains(&"post.flagged".to_owned()),
        "restricted for strangers"
    );
    // Notifications carry no body either.
    for (what, data) in notifications(&app, ana).await {
        assert!(!data.to_string().contains(secret), "{what}");
    }
}

#[tokio::test]
async fn suspensions_and_removals_are_kept_in_the_moderation_log() {
    let app = spawn_app().await;
    let s = street(&app, &["Ana", "Ben"], json!({})).await;
    let ben = &s.members[1];
    app.delete(
        &format!(
            "/api/v1/neighbourhoods/{}/members/{}?reason=Repeated%20abuse",
            s.id, ben.id
        ),
        Some(&s.cora.token),
    )
    .await
    .expect(204);
    app.post_empty(
        &format!(
            "/api/v1/neighbourhoods/{}/members/{}/reinstate",
            s.id, s.sam.id
        ),
        Some(&s.cora.token),
    )
    .await
    .expect(200);
    let log = app
        .get(
            &format!("/api/v1/neighbourhoods/{}/moderation/log", s.id),
            Some(&s.cora.token),
        )
        .await
        .expect(200);
    let lines: Vec<(String, Value)> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["reason"].clone(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            ("member_reinstated".to_owned(), Value::Null),
            ("member_removed".to_owned(), json!("Repeated abuse")),
            ("member_suspended".to_owned(), json!("Shouting")),
        ]
    );
    // Once reinstated, Sam may post again; removed Ben may not.
    let thread = new_thread(&app, &s, &s.sam, "Back again", "Sorry").await;
    app.post(
        &format!("/api/v1/threads/{}/posts", id_of(&thread)),
        Some(&ben.token),
        json!({"body": "Hi"}),
    )
    .await
    .expect(403);
}
