//! Live updates through the real WebSocket endpoint of one instance.

use std::time::Duration;

use commonground::live::{
    client::{live_url, LiveClient},
    event::{self, Channel},
    kinds::{IssueSupported, NotificationsRead},
    protocol::{ClientMessage, ServerMessage},
    NeighbourhoodEvent, NewEvent, Transaction, UserEvent,
};
use serde_json::json;
use uuid::Uuid;

use crate::helpers::{id_of, spawn_app, spawn_app_with, TestApp, TestUser};

const WAIT: Duration = Duration::from_secs(5);

async fn connect(app: &TestApp, user: &TestUser) -> LiveClient {
    LiveClient::connect(&app.address, &user.token)
        .await
        .unwrap()
}

/// Reads messages until one matches, failing after `WAIT`.
pub(crate) async fn expect_message(
    client: &mut LiveClient,
    what: &str,
    pred: impl Fn(&ServerMessage) -> bool,
) -> ServerMessage {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match client.next_within(left).await {
            Some(message) if pred(&message) => return message,
            Some(_) => continue,
            None => panic!("timed out waiting for {what}"),
        }
    }
}

/// The next `event` messages' (seq, kind), skipping presence.
async fn next_events(client: &mut LiveClient, count: usize) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    while out.len() < count {
        match client.next_within(WAIT).await {
            Some(ServerMessage::Event(e)) => out.push((e.seq, e.kind)),
            Some(ServerMessage::Presence { .. }) => continue,
            other => panic!("expected an event, got {other:?} after {out:?}"),
        }
    }
    out
}

async fn subscribed(client: &mut LiveClient, channel: &str, since: Option<i64>) -> i64 {
    client.subscribe(channel, since).await.unwrap();
    match expect_message(client, "subscribed", |m| {
        matches!(
            m,
            ServerMessage::Subscribed { .. } | ServerMessage::Error { .. }
        )
    })
    .await
    {
        ServerMessage::Subscribed { seq, .. } => seq,
        other => panic!("subscribe to {channel} failed: {other:?}"),
    }
}

#[tokio::test]
async fn a_subscriber_sees_a_new_member_join() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let mut live = connect(&app, &ana).await;
    let seq = subscribed(&mut live, &format!("neighbourhood:{id}"), None).await;
    assert_eq!(seq, 1, "neighbourhood.created is the first event");

    app.join(&ben, &id).await;
    let joined = expect_message(&mut live, "member.joined", |m| {
        matches!(m, ServerMessage::Event(_))
    })
    .await;
    let ServerMessage::Event(event) = joined else {
        unreachable!()
    };
    assert_eq!((event.seq, event.kind.as_str()), (2, "member.joined"));
    assert_eq!(event.data["display_name"], "Ben");
    assert_eq!(event.data["member_count"], 2);
    assert_eq!(event.channel, format!("neighbourhood:{id}"));
}

#[tokio::test]
async fn resuming_with_since_replays_exactly_the_missed_events_then_goes_live() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    for name in ["Ben", "Cat", "Dan"] {
        let user = app.new_user(name).await;
        app.join(&user, &id).await;
    }
    let mut live = connect(&app, &ana).await;
    let latest = subscribed(&mut live, &format!("neighbourhood:{id}"), Some(1)).await;
    assert_eq!(latest, 4);
    assert_eq!(
        next_events(&mut live, 3).await,
        [
            (2, "member.joined".to_owned()),
            (3, "member.joined".to_owned()),
            (4, "member.joined".to_owned())
        ]
    );
    let eve = app.new_user("Eve").await;
    app.join(&eve, &id).await;
    assert_eq!(
        next_events(&mut live, 1).await,
        [(5, "member.joined".to_owned())]
    );

    // The HTTP fallback serves the same log.
    let page = app
        .get(
            &format!("/api/v1/neighbourhoods/{id}/events?since=2&limit=2"),
            Some(&ana.token),
        )
        .await
        .expect(200);
    let seqs: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs, [3, 4]);
    assert_eq!(page["latest_seq"], 5);
}

#[tokio::test]
async fn coordinator_only_events_reach_members_as_placeholders() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Quiet Close", json!({"join_policy": "approval"}))
            .await,
    );
    app.invite_and_accept(&ana, &id, &ben).await;
    let channel = format!("neighbourhood:{id}");
    let mut coordinator = connect(&app, &ana).await;
    let mut member = connect(&app, &ben).await;
    subscribed(&mut coordinator, &channel, None).await;
    subscribed(&mut member, &channel, None).await;

    app.join(&cat, &id).await;
    let ServerMessage::Event(full) = expect_message(&mut coordinator, "request", |m| {
        matches!(m, ServerMessage::Event(_))
    })
    .await
    else {
        unreachable!()
    };
    let ServerMessage::Event(hidden) = expect_message(&mut member, "placeholder", |m| {
        matches!(m, ServerMessage::Event(_))
    })
    .await
    else {
        unreachable!()
    };
    assert_eq!(full.kind, "member.requested");
    assert_eq!(full.data["display_name"], "Cat");
    assert_eq!((hidden.seq, hidden.kind.as_str()), (full.seq, "restricted"));
    assert_eq!(hidden.data, json!({}));

    // Anonymous readers of the public log get the same placeholders.
    let page = app
        .get(&format!("/api/v1/neighbourhoods/{id}/events"), None)
        .await
        .expect(200);
    let last = page["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "restricted");
}

#[tokio::test]
async fn connections_without_a_valid_token_are_refused() {
    let app = spawn_app().await;
    let mut client = LiveClient::connect_unauthenticated(&format!(
        "{}?access_token=nope",
        live_url(&app.address)
    ))
    .await
    .unwrap();
    match client.next_within(WAIT).await {
        Some(ServerMessage::Error { code, .. }) => assert_eq!(code, "unauthenticated"),
        other => panic!("expected an error, got {other:?}"),
    }
    assert!(client.next_within(WAIT).await.is_none());
    assert_eq!(
        u16::from(client.closed.clone().flatten().unwrap().code),
        4001
    );
}

#[tokio::test]
async fn the_token_can_come_in_the_first_message() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let mut client = LiveClient::connect_unauthenticated(&live_url(&app.address))
        .await
        .unwrap();
    client
        .send(&ClientMessage::Auth {
            token: ana.token.clone(),
        })
        .await
        .unwrap();
    match client.next_within(WAIT).await {
        Some(ServerMessage::Ready { user_id }) => assert_eq!(user_id.into_uuid(), ana.id),
        other => panic!("expected ready, got {other:?}"),
    }
}

#[tokio::test]
async fn bad_subscriptions_get_errors_and_the_connection_stays_open() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let private = id_of(
        &app.new_neighbourhood(&ana, "Hidden", json!({"visibility": "private"}))
            .await,
    );
    let mut live = connect(&app, &ben).await;

    let cases = [
        (format!("neighbourhood:{private}"), "not_found"),
        (format!("user:{}", ana.id), "forbidden"),
        ("dashboard:whatever".to_owned(), "unknown_channel"),
    ];
    for (channel, expected) in cases {
        live.subscribe(&channel, None).await.unwrap();
        match live.next_within(WAIT).await {
            Some(ServerMessage::Error { code, .. }) => assert_eq!(code, expected, "{channel}"),
            other => panic!("expected {expected} for {channel}, got {other:?}"),
        }
    }
    live.send_text("{not json").await.unwrap();
    match live.next_within(WAIT).await {
        Some(ServerMessage::Error { code, .. }) => assert_eq!(code, "bad_message"),
        other => panic!("expected bad_message, got {other:?}"),
    }
    live.send(&ClientMessage::Ping).await.unwrap();
    assert!(matches!(
        live.next_within(WAIT).await,
        Some(ServerMessage::Pong)
    ));
}

#[tokio::test]
async fn a_member_removed_from_a_private_neighbourhood_stops_receiving_its_events() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let cat = app.new_user("Cat").await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Hidden", json!({"visibility": "private"}))
            .await,
    );
    for u in [&ben, &cat] {
        app.invite_and_accept(&ana, &id, u).await;
    }
    let channel = format!("neighbourhood:{id}");
    let mut live = connect(&app, &ben).await;
    subscribed(&mut live, &channel, None).await;

    assert_eq!(
        app.delete(
            &format!("/api/v1/neighbourhoods/{id}/members/{}", ben.id),
            Some(&ana.token)
        )
        .await
        .status,
        204
    );
    let removed = next_events(&mut live, 1).await;
    assert_eq!(removed[0].1, "member.removed");
    match expect_message(&mut live, "unsubscribed", |m| {
        matches!(m, ServerMessage::Unsubscribed { .. })
    })
    .await
    {
        ServerMessage::Unsubscribed { channel: c, .. } => assert_eq!(c, channel),
        _ => unreachable!(),
    }
    // Later private activity does not reach Ben.
    app.patch(
        &format!("/api/v1/neighbourhoods/{id}/members/{}", cat.id),
        Some(&ana.token),
        json!({"role": "coordinator"}),
    )
    .await
    .expect(200);
    while let Some(message) = live.next_within(Duration::from_millis(500)).await {
        assert!(
            !matches!(message, ServerMessage::Event(_)),
            "leaked {message:?}"
        );
    }
}

#[tokio::test]
async fn people_hear_about_decisions_on_their_own_channel() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Quiet Close", json!({"join_policy": "approval"}))
            .await,
    );
    app.join(&ben, &id).await;
    let mut live = connect(&app, &ben).await;
    assert_eq!(
        subscribed(&mut live, &format!("user:{}", ben.id), None).await,
        0
    );

    app.post_empty(
        &format!("/api/v1/neighbourhoods/{id}/members/{}/approve", ben.id),
        Some(&ana.token),
    )
    .await
    .expect(200);
    let ServerMessage::Event(note) = expect_message(&mut live, "notification", |m| {
        matches!(m, ServerMessage::Event(_))
    })
    .await
    else {
        unreachable!()
    };
    assert_eq!((note.seq, note.kind.as_str()), (1, "notification"));
    assert_eq!(note.data["what"], "membership_approved");
    assert_eq!(note.data["neighbourhood_name"], "Quiet Close");
}

#[tokio::test]
async fn a_rolled_back_change_leaves_no_event_and_no_gap() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    let uuid: uuid::Uuid = id.parse().unwrap();
    let channel = Channel::Neighbourhood(uuid.into());

    // A change that fails after taking the lock: the last coordinator may not leave.
    app.join(&ben, &id).await;
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{id}/leave"),
        Some(&ana.token),
    )
    .await
    .expect(409);
    // A transaction that writes an event and is dropped without commit.
    {
        let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
        let Channel::Neighbourhood(neighbourhood_id) = channel else {
            unreachable!("a neighbourhood's channel")
        };
        let supported = IssueSupported {
            issue_id: Uuid::nil().into(),
            supporters_count: 1,
        };
        tx.emit(NewEvent::neighbourhood(
            neighbourhood_id,
            NeighbourhoodEvent::IssueSupported(supported),
            None,
        ))
        .await
        .unwrap();
    }
    assert_eq!(event::latest_seq(&app.db, channel).await.unwrap(), 2);
    app.post_empty(
        &format!("/api/v1/neighbourhoods/{id}/leave"),
        Some(&ben.token),
    )
    .await
    .expect(204);

    let page = app
        .get(
            &format!("/api/v1/neighbourhoods/{id}/events"),
            Some(&ana.token),
        )
        .await
        .expect(200);
    let kinds: Vec<(i64, &str)> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["seq"].as_i64().unwrap(), e["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            (1, "neighbourhood.created"),
            (2, "member.joined"),
            (3, "member.left")
        ]
    );
}

#[tokio::test]
async fn resuming_from_pruned_history_answers_reset() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    app.join(&ben, &id).await;
    event::prune(&app.db, chrono::Utc::now() + chrono::Duration::seconds(1))
        .await
        .unwrap();

    let mut live = connect(&app, &ana).await;
    live.subscribe(&format!("neighbourhood:{id}"), Some(0))
        .await
        .unwrap();
    let _ = expect_message(&mut live, "subscribed", |m| {
        matches!(m, ServerMessage::Subscribed { .. })
    })
    .await;
    match expect_message(&mut live, "reset", |m| {
        !matches!(m, ServerMessage::Presence { .. })
    })
    .await
    {
        ServerMessage::Reset { seq, .. } => assert_eq!(seq, 2),
        other => panic!("expected reset, got {other:?}"),
    }
    app.get(
        &format!("/api/v1/neighbourhoods/{id}/events?since=0"),
        Some(&ana.token),
    )
    .await
    .expect(410);
    // Resuming from the present is fine.
    let page = app
        .get(
            &format!("/api/v1/neighbourhoods/{id}/events?since=2"),
            Some(&ana.token),
        )
        .await
        .expect(200);
    assert_eq!(page["items"], json!([]));
}

#[tokio::test]
async fn presence_counts_members_online() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let ben = app.new_user("Ben").await;
    let id = id_of(&app.new_neighbourhood(&ana, "Elm Street", json!({})).await);
    app.join(&ben, &id).await;
    let channel = format!("neighbourhood:{id}");
    let mut a = connect(&app, &ana).await;
    let mut b = connect(&app, &ben).await;
    subscribed(&mut a, &channel, None).await;
    subscribed(&mut b, &channel, None).await;
    expect_message(&mut a, "two online", |m| {
        matches!(m, ServerMessage::Presence { online: 2, .. })
    })
    .await;
    b.close().await;
    expect_message(&mut a, "one online", |m| {
        matches!(m, ServerMessage::Presence { online: 1, .. })
    })
    .await;
}

#[tokio::test]
async fn a_client_that_stops_reading_is_closed_as_a_slow_consumer() {
    let app = spawn_app_with(|s| s.live_queue_per_connection = 8).await;
    let ana = app.new_user("Ana").await;
    let mut live = connect(&app, &ana).await;
    subscribed(&mut live, &format!("user:{}", ana.id), None).await;
    // Flood Ana's channel with large events while her client reads nothing.
    // About 64 KiB each: a "these were read" event naming 1,700 notifications.
    let filler = NotificationsRead {
        ids: Some(vec![Uuid::nil().into(); 1_700]),
        all: false,
        unread: 0,
    };
    for _ in 0..400 {
        let mut tx = Transaction::begin(&app.db, &app.live).await.unwrap();
        let flood = UserEvent::NotificationsRead(filler.clone());
        tx.emit(NewEvent::user(ana.id.into(), flood, None))
            .await
            .unwrap();
        tx.commit(&app.live).await.unwrap();
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while live
        .next_within(deadline.saturating_duration_since(tokio::time::Instant::now()))
        .await
        .is_some()
    {}
    let frame = live.closed.clone().flatten().expect("closed by the server");
    assert_eq!(u16::from(frame.code), 4008);
}

#[tokio::test]
async fn shutting_down_closes_live_sessions_so_clients_resume_elsewhere() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let mut live = connect(&app, &ana).await;
    subscribed(&mut live, &format!("user:{}", ana.id), None).await;
    app.live.shut_down();
    assert!(live.next_within(WAIT).await.is_none());
    assert_eq!(u16::from(live.closed.clone().flatten().unwrap().code), 1001);
}
