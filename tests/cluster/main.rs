//! The live-delivery guarantee across processes: two real `commonground` app processes sharing
//! PostgreSQL and a Redis server the test starts itself, with faults injected mid-stream.
//! Every subscriber must receive every event of its channel exactly once, in seq order.
//!
//! Needs `TEST_DATABASE_URL` (a PostgreSQL server) and `redis-server` on the PATH; skipped with a
//! message without them, except under `CI=true`, where that is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;
mod storage;

use std::time::Duration;

use commonground::live::{
    client::LiveClient, kinds::IssueSupported, protocol::ServerMessage, Live, NeighbourhoodEvent,
    NewEvent, Transaction,
};
use harness::{Cluster, Instance, Person};
use serde_json::json;
use uuid::Uuid;

/// Collects events of one channel until `until_seq`, asserting strict order with no gap and no
/// duplicate. Presence and other messages are skipped.
async fn collect_until(
    client: &mut LiveClient,
    channel: &str,
    mut last: i64,
    until_seq: i64,
) -> i64 {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while last < until_seq {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match client.next_within(left).await {
            Some(ServerMessage::Event(e)) if e.channel == channel => {
                assert_eq!(
                    e.seq,
                    last + 1,
                    "gap or duplicate: got {} after {last}",
                    e.seq
                );
                last = e.seq;
            }
            Some(ServerMessage::Reset { .. }) => panic!("unexpected reset"),
            Some(_) => {}
            None => return last, // disconnected or timed out: the caller decides
        }
    }
    last
}

async fn subscribe(client: &mut LiveClient, channel: &str, since: Option<i64>) -> i64 {
    client.subscribe(channel, since).await.unwrap();
    loop {
        match client.next_within(Duration::from_secs(10)).await {
            Some(ServerMessage::Subscribed { seq, .. }) => return seq,
            Some(ServerMessage::Error { code, message, .. }) => {
                panic!("subscribe failed: {code} {message}")
            }
            Some(_) => continue,
            None => panic!("no answer to subscribe"),
        }
    }
}

/// Renames the neighbourhood `count` times through `instance`: one event each.
async fn write_events(
    instance: &Instance,
    coordinator: &Person,
    neighbourhood: &str,
    count: usize,
    pause: Duration,
) {
    for i in 0..count {
        instance
            .rename(coordinator, neighbourhood, &format!("Elm Street {i}"))
            .await;
        tokio::time::sleep(pause).await;
    }
}

#[tokio::test]
async fn events_committed_on_one_instance_reach_subscribers_on_the_other() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let ana = a.new_person("Ana").await;
    let ben = b.new_person("Ben").await;
    let id = a.new_neighbourhood(&ana, "Elm Street").await;
    let channel = format!("neighbourhood:{id}");

    let mut on_b = LiveClient::connect(&b.base, &ana.token).await.unwrap();
    let mut ben_on_a = LiveClient::connect(&a.base, &ben.token).await.unwrap();
    assert_eq!(subscribe(&mut on_b, &channel, Some(0)).await, 1);
    assert_eq!(collect_until(&mut on_b, &channel, 0, 1).await, 1);

    a.join(&ben, &id).await;
    assert_eq!(collect_until(&mut on_b, &channel, 1, 2).await, 2);
    subscribe(&mut ben_on_a, &channel, None).await;
    // Presence is shared through Redis: both instances count both members.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        match on_b
            .next_within(deadline.saturating_duration_since(tokio::time::Instant::now()))
            .await
        {
            Some(ServerMessage::Presence { online: 2, .. }) => break,
            Some(_) => continue,
            None => panic!("presence never reached 2 across instances"),
        }
    }
    write_events(a, &ana, &id, 5, Duration::ZERO).await;
    assert_eq!(collect_until(&mut on_b, &channel, 2, 7).await, 7);
    assert_eq!(collect_until(&mut ben_on_a, &channel, 2, 7).await, 7);
}

#[tokio::test]
async fn a_client_reconnecting_with_since_gets_exactly_what_it_missed() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let ana = a.new_person("Ana").await;
    let id = a.new_neighbourhood(&ana, "Elm Street").await;
    let channel = format!("neighbourhood:{id}");

    let mut client = LiveClient::connect(&b.base, &ana.token).await.unwrap();
    subscribe(&mut client, &channel, Some(0)).await;
    write_events(a, &ana, &id, 3, Duration::ZERO).await;
    let seen = collect_until(&mut client, &channel, 0, 4).await;
    client.close().await;

    write_events(a, &ana, &id, 4, Duration::ZERO).await; // seq 5..=8 while away
    let mut again = LiveClient::connect(&a.base, &ana.token).await.unwrap();
    assert_eq!(subscribe(&mut again, &channel, Some(seen)).await, 8);
    write_events(b, &ana, &id, 2, Duration::ZERO).await; // 9, 10 live
    assert_eq!(collect_until(&mut again, &channel, seen, 10).await, 10);
}

#[tokio::test]
async fn delivery_survives_a_redis_restart_mid_stream() {
    let Some(mut cluster) = Cluster::start().await else {
        return;
    };
    let ana = cluster.instance(0).new_person("Ana").await;
    let id = cluster
        .instance(0)
        .new_neighbourhood(&ana, "Elm Street")
        .await;
    let channel = format!("neighbourhood:{id}");
    let mut client = LiveClient::connect(&cluster.instance(1).base, &ana.token)
        .await
        .unwrap();
    subscribe(&mut client, &channel, Some(0)).await;

    write_events(
        cluster.instance(0),
        &ana,
        &id,
        10,
        Duration::from_millis(20),
    )
    .await;
    cluster.restart_redis().await;
    write_events(
        cluster.instance(0),
        &ana,
        &id,
        10,
        Duration::from_millis(20),
    )
    .await;
    // 1 creation + 20 renames, all on instance A, all seen on B exactly once and in order.
    assert_eq!(collect_until(&mut client, &channel, 0, 21).await, 21);
}

#[tokio::test]
async fn clients_of_a_killed_instance_resume_on_the_other() {
    let Some(mut cluster) = Cluster::start().await else {
        return;
    };
    let ana = cluster.instance(1).new_person("Ana").await;
    let id = cluster
        .instance(1)
        .new_neighbourhood(&ana, "Elm Street")
        .await;
    let channel = format!("neighbourhood:{id}");
    let mut client = LiveClient::connect(&cluster.instance(0).base, &ana.token)
        .await
        .unwrap();
    subscribe(&mut client, &channel, Some(0)).await;

    write_events(cluster.instance(1), &ana, &id, 5, Duration::ZERO).await;
    let seen = collect_until(&mut client, &channel, 0, 6).await;
    assert_eq!(seen, 6);
    cluster.kill(0); // SIGKILL, mid-stream
    let writer = {
        let b = cluster.instance(1).clone();
        let (ana, id) = (ana.clone(), id.clone());
        tokio::spawn(
            async move { write_events(&b, &ana, &id, 10, Duration::from_millis(10)).await },
        )
    };
    // The old connection dies; the client resumes on the survivor from what it saw.
    let after_kill = collect_until(&mut client, &channel, seen, 16).await;
    assert!(
        after_kill < 16,
        "the killed instance cannot have delivered everything"
    );
    let mut resumed = LiveClient::connect(&cluster.instance(1).base, &ana.token)
        .await
        .unwrap();
    subscribe(&mut resumed, &channel, Some(after_kill)).await;
    writer.await.unwrap();
    assert_eq!(
        collect_until(&mut resumed, &channel, after_kill, 16).await,
        16
    );
}

#[tokio::test]
async fn events_published_out_of_order_or_not_at_all_are_delivered_in_order() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let a = cluster.instance(0);
    let ana = a.new_person("Ana").await;
    let id = a.new_neighbourhood(&ana, "Elm Street").await;
    let channel = format!("neighbourhood:{id}");
    let mut client = LiveClient::connect(&a.base, &ana.token).await.unwrap();
    assert_eq!(subscribe(&mut client, &channel, None).await, 1);

    // A writer that commits but never publishes (as if it crashed right after commit): its own
    // in-process bus has no listeners.
    let db = cluster.database().await;
    let silent = Live::start(db.clone(), None, commonground::startup::live_plugins());
    let mut written = Vec::new();
    for n in 0..3 {
        let mut tx = Transaction::begin(&db, &silent).await.unwrap();
        let supported = IssueSupported {
            issue_id: Uuid::nil().into(),
            supporters_count: n,
        };
        tx.emit(NewEvent::neighbourhood(
            id.parse().unwrap(),
            NeighbourhoodEvent::IssueSupported(supported),
            None,
        ))
        .await
        .unwrap();
        written.extend(tx.events().to_vec());
        tx.commit(&silent).await.unwrap();
    }
    // Publish seq 3 first, then 2 twice; seq 4 is never published at all.
    cluster.publish(&written[1]).await;
    cluster.publish(&written[0]).await;
    cluster.publish(&written[0]).await;
    assert_eq!(collect_until(&mut client, &channel, 1, 4).await, 4);
    // Nothing more: no duplicates trail behind.
    while let Some(message) = client.next_within(Duration::from_millis(1500)).await {
        assert!(
            !matches!(message, ServerMessage::Event(_)),
            "unexpected {message:?}"
        );
    }
}

#[tokio::test]
async fn a_terminated_instance_closes_live_sessions_and_exits_promptly() {
    let Some(mut cluster) = Cluster::start().await else {
        return;
    };
    let ana = cluster.instance(0).new_person("Ana").await;
    let id = cluster
        .instance(0)
        .new_neighbourhood(&ana, "Elm Street")
        .await;
    let mut client = LiveClient::connect(&cluster.instance(0).base, &ana.token)
        .await
        .unwrap();
    subscribe(&mut client, &format!("neighbourhood:{id}"), None).await;
    let took = cluster.terminate(0);
    assert!(
        took < Duration::from_secs(10),
        "graceful stop took {took:?}"
    );
    while client.next_within(Duration::from_secs(5)).await.is_some() {}
    let frame = client
        .closed
        .clone()
        .flatten()
        .expect("a close frame, not a dropped connection");
    assert_eq!(u16::from(frame.code), 1001);
}

#[tokio::test]
async fn failed_logins_count_across_instances() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let ana = a.new_person("Ana").await;
    // The default limit is 5 failures per account; spread them over both instances.
    for n in 0..5 {
        let instance = if n % 2 == 0 { a } else { b };
        assert_eq!(
            instance.login_status(&ana.email, "not the password").await,
            401
        );
    }
    assert_eq!(
        b.login_status(&ana.email, "correct horse battery").await,
        429
    );
    assert_eq!(
        a.login_status(&ana.email, "correct horse battery").await,
        429
    );
}

#[tokio::test]
async fn claims_decided_in_batches_on_two_instances_never_over_book() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let cora = a.new_person("Cora").await;
    let street = a.new_neighbourhood(&cora, "Mill Lane").await;
    let mut volunteers = Vec::new();
    for n in 0..24 {
        let person = a.new_person(&format!("Volunteer{n}")).await;
        a.join(&person, &street).await;
        volunteers.push(person);
    }
    for round in 0..3 {
        let task = a.new_task(&cora, &street, 5).await;
        // Half the claims go to each instance, all at once: each instance batches its own, and
        // the task's row lock and conditional write decide between the two.
        let claims = volunteers.iter().enumerate().map(|(n, person)| {
            let instance = if n % 2 == 0 { a } else { b };
            let task = task.clone();
            async move { instance.claim_status(person, &task).await }
        });
        let answers = futures_util::future::join_all(claims).await;
        let won = answers.iter().filter(|s| **s == 201).count();
        let refused = answers.iter().filter(|s| **s == 409).count();
        assert_eq!((won, refused), (5, 19), "round {round}: {answers:?}");
        let detail = b.task(&cora, &task).await;
        assert_eq!(detail["claimed_slots"], 5, "round {round}");
        assert_eq!(detail["status"], "staffed", "round {round}");
        assert_eq!(
            detail["claims"].as_array().unwrap().len(),
            5,
            "round {round}"
        );
    }
}

/// Who holds the task-lease sweeper, and until when, as the database says.
async fn sweeper_lease(
    db: &sea_orm::DatabaseConnection,
) -> Vec<(String, chrono::DateTime<chrono::Utc>)> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::job_lease::Entity::find()
        .filter(entity::job_lease::Column::Name.eq("task-lease-sweeper"))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| (l.holder, l.expires_at))
        .collect()
}

#[tokio::test]
async fn one_instance_at_a_time_runs_the_sweeper_and_another_takes_over() {
    let Some(mut cluster) = Cluster::start().await else {
        return;
    };
    let db = cluster.database().await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let first = sweeper_lease(&db).await;
    assert_eq!(first.len(), 1, "one lease row: {first:?}");
    // Both instances tick every second; the holder keeps renewing and nobody else takes it.
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(1_100)).await;
        let now = sweeper_lease(&db).await;
        assert_eq!(
            now[0].0, first[0].0,
            "leadership must not flap between instances"
        );
        assert!(now[0].1 > chrono::Utc::now(), "the holder renews its lease");
    }
    // Stop one instance hard: within a lease (3 s) plus a tick, a live instance holds it.
    cluster.kill(0);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let after = sweeper_lease(&db).await;
    assert_eq!(after.len(), 1);
    assert!(
        after[0].1 > chrono::Utc::now(),
        "the surviving instance holds a live lease: {after:?}"
    );
    let held_by = after[0].0.clone();
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert_eq!(sweeper_lease(&db).await[0].0, held_by);
}

#[tokio::test]
async fn staff_removed_on_one_instance_lose_a_private_neighbourhood_on_the_other() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    let (a, b) = (cluster.instance(0), cluster.instance(1));
    let admin = a.new_person("Admin").await;
    commonground::services::accounts::grant_platform_admin(&cluster.database().await, &admin.email)
        .await
        .unwrap();
    let ana = a.new_person("Ana").await;
    let officer = a.new_person("Officer").await;
    let id = a.new_neighbourhood(&ana, "Hidden Court").await;
    let patch = json!({"visibility": "private"});
    a.call(
        reqwest::Method::PATCH,
        &format!("/api/v1/neighbourhoods/{id}"),
        Some(&ana.token),
        Some(patch),
    )
    .await;
    let org = a
        .call(
            reqwest::Method::POST,
            "/api/v1/organisations",
            Some(&admin.token),
            Some(json!({"name": "Riverside Council"})),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let staff = a
        .call(
            reqwest::Method::POST,
            &format!("/api/v1/organisations/{org}/staff"),
            Some(&admin.token),
            Some(json!({"email": officer.email})),
        )
        .await;
    let officer_id = staff["user_id"].as_str().unwrap().to_owned();
    a.call(
        reqwest::Method::PUT,
        &format!("/api/v1/organisations/{org}/neighbourhoods/{id}"),
        Some(&admin.token),
        None,
    )
    .await;
    let channel = format!("neighbourhood:{id}");
    let mut on_b = LiveClient::connect(&b.base, &officer.token).await.unwrap();
    subscribe(&mut on_b, &channel, None).await;

    a.call(
        reqwest::Method::DELETE,
        &format!("/api/v1/organisations/{org}/staff/{officer_id}"),
        Some(&admin.token),
        None,
    )
    .await;

    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match on_b.next_within(left).await {
            Some(ServerMessage::Unsubscribed { channel: ended, .. }) => {
                assert_eq!(ended, channel);
                break;
            }
            Some(_) => continue,
            None => panic!("the other instance never ended the subscription"),
        }
    }
}
