//! Following an issue by e-mail without an account: double opt-in, an e-mail per change with
//! RFC 8058 one-click unsubscribe, and an address nobody can learn back (the real SMTP sink).

use std::time::Duration;

use base64::Engine;
use commonground::auth::token::JwtKeys;
use entity::{issue_follow, issue_follow_mail};
use reqwest::Method;
use sea_orm::{EntityTrait, PaginatorTrait};
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::{
    helpers::{id_of, spawn_app, spawn_app_with, TestApp},
    issues::{report, world, World, HERE},
    smtp_sink::{Received, SmtpSink},
};

const WAIT: Duration = Duration::from_secs(10);
/// How long a test waits to be sure a message is *not* coming.
const QUIET: Duration = Duration::from_millis(1_500);
/// The secret `helpers::spawn_app` signs with.
const SECRET: &[u8] = b"a-test-signing-secret-that-is-long-enough";

async fn mailing_app(sink: &SmtpSink) -> TestApp {
    spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
    })
    .await
}

/// A served street with an issue reported by Ben; returns the issue's id.
async fn issue(app: &TestApp) -> (World, String) {
    let w = world(app).await;
    let reported = report(app, &w, &w.ben, &w.pothole, HERE).await;
    let id = reported["issue"]["id"].as_str().unwrap().to_owned();
    (w, id)
}

async fn follow(app: &TestApp, issue: &str, email: &str, locale: &str) -> crate::helpers::Answer {
    app.post(
        &format!("/api/v1/issues/{issue}/follows"),
        None,
        json!({"email": email, "locale": locale}),
    )
    .await
}

async fn set_status(app: &TestApp, w: &World, issue: &str, status: &str, note: &str) {
    app.post(
        &format!("/api/v1/issues/{issue}/status"),
        Some(&w.manager.token),
        json!({"status": status, "note": note}),
    )
    .await
    .expect(200);
}

/// The decoded plain-text part of a message (quoted-printable, base64 or 7bit).
fn text_of(mail: &Received) -> String {
    let part = mail
        .data
        .split("Content-Type: text/plain")
        .nth(1)
        .expect("a plain-text part");
    let (head, body) = part.split_once("\r\n\r\n").unwrap();
    let body = body.split("\r\n--").next().unwrap();
    if head.contains("base64") {
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined)
                .unwrap(),
        )
        .unwrap()
    } else if head.contains("quoted-printable") {
        let joined = body.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'=' && i + 2 < bytes.len() {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    } else {
        body.to_owned()
    }
}

/// The token after `marker` in the message's text.
fn token_after(mail: &Received, marker: &str) -> String {
    let text = text_of(mail);
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {text}"))
        + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect()
}

/// Messages to `recipient` so far.
async fn count_to(sink: &SmtpSink, recipient: &str) -> usize {
    sink.all()
        .await
        .iter()
        .filter(|m| m.to.iter().any(|t| t == recipient))
        .count()
}

/// The `n`th message (from 1) to `recipient`, waiting for it.
async fn nth_to(sink: &SmtpSink, recipient: &str, n: usize) -> Received {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let all: Vec<Received> = sink
            .all()
            .await
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == recipient))
            .collect();
        if all.len() >= n {
            return all[n - 1].clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no message {n} to {recipient}: {all:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn confirm(app: &TestApp, token: &str) -> crate::helpers::Answer {
    app.post("/api/v1/follows/confirm", None, json!({"token": token}))
        .await
}

/// The one-click POST a mail program sends (RFC 8058), to the address in the header, on this app.
async fn one_click(app: &TestApp, header_url: &str) -> crate::helpers::Answer {
    let path = header_url
        .trim_start_matches('<')
        .trim_end_matches('>')
        .strip_prefix("https://cg.test")
        .expect("the public address");
    app.raw(
        Method::POST,
        path,
        None,
        Some("application/x-www-form-urlencoded"),
        b"List-Unsubscribe=One-Click".to_vec(),
    )
    .await
}

#[tokio::test]
async fn a_follower_confirms_hears_each_change_in_their_language_and_unsubscribes_with_one_click() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink).await;
    let (w, issue) = issue(&app).await;
    let fan = "fan@example.org";

    let accepted = follow(&app, &issue, "  Fan@Example.ORG ", "pl")
        .await
        .expect(202);
    assert!(accepted["message"].is_string());
    let confirmation = nth_to(&sink, fan, 1).await;
    let subject = confirmation.header("Subject").unwrap();
    // The subject is RFC 2047-encoded where it is not ASCII; "chcesz" is plain Polish.
    assert!(subject.contains("chcesz"), "in Polish: {subject}");
    assert!(text_of(&confirmation).contains("https://cg.test/follow/confirm#token="));
    assert!(
        confirmation.header("List-Unsubscribe").is_none(),
        "nothing to unsubscribe from yet"
    );
    // Not yet confirmed: a change sends nothing.
    set_status(&app, &w, &issue, "acknowledged", "We have seen it").await;
    tokio::time::sleep(QUIET).await;
    assert_eq!(count_to(&sink, fan).await, 1);

    let token = token_after(&confirmation, "/follow/confirm#token=");
    let confirmed = confirm(&app, &token).await.expect(200);
    assert_eq!(confirmed["issue_id"], issue.as_str());
    confirm(&app, &token).await.expect(200);

    set_status(&app, &w, &issue, "in_progress", "Crew booked for Tuesday").await;
    let update = nth_to(&sink, fan, 2).await;
    let text = text_of(&update);
    assert!(text.contains("Crew booked for Tuesday"), "{text}");
    assert!(
        text.contains("w trakcie naprawy"),
        "the status in Polish: {text}"
    );
    assert!(text.contains(&format!("https://cg.test/issues/{issue}")));
    assert!(text.contains("https://cg.test/follow/unsubscribe#token="));
    let list_unsubscribe = update.header("List-Unsubscribe").unwrap();
    assert!(
        list_unsubscribe.starts_with("<https://cg.test/api/v1/follows/unsubscribe?token="),
        "{list_unsubscribe}"
    );
    assert_eq!(
        update.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );

    // One click, without an account or a cookie; again is fine.
    assert_eq!(one_click(&app, &list_unsubscribe).await.status, 204);
    assert_eq!(one_click(&app, &list_unsubscribe).await.status, 204);
    set_status(&app, &w, &issue, "resolved", "Filled and sealed").await;
    tokio::time::sleep(QUIET).await;
    assert_eq!(count_to(&sink, fan).await, 2, "nothing after unsubscribing");
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    assert_eq!(
        issue_follow_mail::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "sent messages leave the outbox"
    );
    // The confirmation link of an ended follow no longer works.
    confirm(&app, &token).await.expect(410);
}

#[tokio::test]
async fn following_answers_the_same_for_a_new_a_pending_and_a_confirmed_address_and_mails_once() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink).await;
    let (_, issue) = issue(&app).await;
    let fan = "same@example.org";

    let new = follow(&app, &issue, fan, "en").await;
    let first = nth_to(&sink, fan, 1).await;
    let pending = follow(&app, &issue, fan, "en").await;
    confirm(&app, &token_after(&first, "/follow/confirm#token="))
        .await
        .expect(200);
    let confirmed = follow(&app, &issue, "SAME@example.org", "ar").await;
    for answer in [&pending, &confirmed] {
        assert_eq!(answer.status, new.status);
        assert_eq!(answer.body, new.body);
        assert_eq!(answer.content_type, new.content_type);
    }
    assert_eq!(new.status.as_u16(), 202);
    tokio::time::sleep(QUIET).await;
    assert_eq!(
        count_to(&sink, fan).await,
        1,
        "repeats within the cooldown and confirmed follows send nothing"
    );
    let row = issue_follow::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.locale.as_str(),
        "en",
        "a stranger cannot change a confirmed follow"
    );
}

#[tokio::test]
async fn tampered_expired_and_misused_tokens_are_refused_clearly() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink).await;
    let (_, issue) = issue(&app).await;
    follow(&app, &issue, "links@example.org", "en")
        .await
        .expect(202);
    let token = token_after(
        &nth_to(&sink, "links@example.org", 1).await,
        "/follow/confirm#token=",
    );
    let follow_id = issue_follow::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .into_uuid();
    let keys = JwtKeys::new(SECRET, 900);

    let mut tampered = token.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    confirm(&app, &tampered).await.expect(400);
    confirm(&app, "not-a-token").await.expect(400);
    confirm(&app, &"x".repeat(100_000)).await.expect(400);
    let expired = keys
        .sign_link("follow-confirm", follow_id, chrono::Duration::hours(-1))
        .unwrap();
    confirm(&app, &expired).await.expect(410);
    // Another purpose, or another key, is not a confirmation.
    let unsubscribe = keys
        .sign_link("follow-unsubscribe", follow_id, chrono::Duration::hours(1))
        .unwrap();
    confirm(&app, &unsubscribe).await.expect(400);
    let forged = JwtKeys::new(b"another-secret-entirely-different!!", 900)
        .sign_link("follow-confirm", follow_id, chrono::Duration::hours(1))
        .unwrap();
    confirm(&app, &forged).await.expect(400);
    let person = app.new_user("Ana").await;
    confirm(&app, &person.token).await.expect(400);
    // Unsubscribing needs a token of its own kind, too.
    let path = |t: &str| format!("/api/v1/follows/unsubscribe?token={t}");
    app.post_empty(&path(&token), None).await.expect(400);
    app.post_empty("/api/v1/follows/unsubscribe", None)
        .await
        .expect(400);
    app.post_empty(&path(&tampered), None).await.expect(400);
    let row = issue_follow::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        row.confirmed_at.is_none(),
        "nothing confirmed by a bad token"
    );
    // The real one still works.
    confirm(&app, &token).await.expect(200);
    app.post_empty(&path(&unsubscribe), None).await.expect(204);
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn a_private_neighbourhoods_issue_cannot_be_followed_and_answers_as_get_does() {
    let app = spawn_app().await;
    let ana = app.new_user("Ana").await;
    let id = id_of(
        &app.new_neighbourhood(&ana, "Quiet Close", json!({"visibility": "private"}))
            .await,
    );
    let admin = app.new_admin().await;
    let manager = app.new_user("Manager").await;
    let org = app
        .serving_organisation(&admin, "Council", &manager.email, &id)
        .await;
    let category = app
        .new_category(
            &manager,
            &org,
            json!({"code": "pothole", "name": "Pothole"}),
        )
        .await;
    let filed = app
        .post(
            &format!("/api/v1/neighbourhoods/{id}/reports"),
            Some(&ana.token),
            json!({"category_id": category, "location": {"lat": 51.5, "lon": -0.1}, "description": "Hole"}),
        )
        .await
        .expect(201);
    let issue = filed["issue"]["id"].as_str().unwrap();

    let seen = app
        .get(&format!("/api/v1/issues/{issue}"), None)
        .await
        .expect(404);
    let followed = follow(&app, issue, "snoop@example.org", "en")
        .await
        .expect(404);
    assert_eq!(followed, seen, "the same answer as reading it");
    let unknown = uuid::Uuid::now_v7();
    let nothing = follow(&app, &unknown.to_string(), "snoop@example.org", "en")
        .await
        .expect(404);
    assert_eq!(nothing["detail"], seen["detail"]);
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn following_is_limited_per_address_per_issue_and_per_client() {
    let app = spawn_app_with(|s| {
        s.follows_per_address_per_window = 2;
        s.follows_per_issue_per_window = 4;
        s.follows_per_client_per_window = 6;
    })
    .await;
    let w = world(&app).await;
    let one = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let two = report(&app, &w, &w.ben, &w.graffiti, HERE).await;
    let (one, two) = (
        one["issue"]["id"].as_str().unwrap().to_owned(),
        two["issue"]["id"].as_str().unwrap().to_owned(),
    );

    follow(&app, &one, "a@example.org", "en").await.expect(202);
    follow(&app, &one, "A@example.org", "en").await.expect(202);
    let refused = follow(&app, &one, "a@example.org", "en").await;
    assert!(refused.headers.contains_key("retry-after"));
    refused.expect(429);
    // Per issue: two more addresses fill issue one.
    follow(&app, &one, "b@example.org", "en").await.expect(202);
    follow(&app, &one, "c@example.org", "en").await.expect(202);
    follow(&app, &one, "d@example.org", "en").await.expect(429);
    // Per client: refused requests counted nowhere, so two more pass on issue two.
    follow(&app, &two, "e@example.org", "en").await.expect(202);
    follow(&app, &two, "f@example.org", "en").await.expect(202);
    follow(&app, &two, "g@example.org", "en").await.expect(429);
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        5
    );
}

#[tokio::test]
async fn addresses_are_checked_and_hostile_input_is_refused() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let issue = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/issues/{issue}/follows");
    for bad in ["", "not-an-address", "a b@example.org", "a@"] {
        let refused = follow(&app, &issue, bad, "en").await.expect(422);
        assert!(refused["errors"]["email"].is_array(), "{bad:?}: {refused}");
    }
    let long = format!("{}@example.org", "a".repeat(250));
    follow(&app, &issue, &long, "en").await.expect(422);
    follow(&app, &issue, "nul\u{0}@example.org", "en")
        .await
        .expect(422);
    app.post(
        &path,
        None,
        json!({"email": "x@example.org", "locale": "de"}),
    )
    .await
    .expect(400);
    app.post(&path, None, json!({"email": "x@example.org", "extra": 1}))
        .await
        .expect(400);
    let huge = json!({"email": format!("{}@example.org", "a".repeat(2_000_000))});
    app.post(&path, None, huge).await.expect(413);
    // No locale: English.
    app.post(&path, None, json!({"email": "plain@example.org"}))
        .await
        .expect(202);
    let row = issue_follow::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.email.as_str(), row.locale.as_str()),
        ("plain@example.org", "en")
    );
}

/// Everything the process logs, as a log collector would receive it.
#[derive(Clone, Default)]
struct CapturedLog(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for CapturedLog {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_address_never_appears_in_answers_events_exports_open311_or_logs() {
    let log = CapturedLog::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_env_filter("debug,sqlx=warn,sea_orm=warn,hyper=warn,reqwest=warn,h2=warn")
        .try_init()
        .expect("this test's process logs only here");
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink).await;
    let (w, issue) = issue(&app).await;
    let address = "private.person@example.org";

    let mut answers: Vec<Value> = Vec::new();
    answers.push(follow(&app, &issue, address, "en").await.expect(202));
    let token = token_after(&nth_to(&sink, address, 1).await, "/follow/confirm#token=");
    answers.push(confirm(&app, &token).await.expect(200));
    set_status(&app, &w, &issue, "in_progress", "On it").await;
    let update = nth_to(&sink, address, 2).await;
    let unsubscribe = update.header("List-Unsubscribe").unwrap();
    let unsubscribe_token = unsubscribe
        .split("token=")
        .nth(1)
        .unwrap()
        .trim_end_matches('>')
        .to_owned();

    let manager = Some(w.manager.token.as_str());
    let org = &w.org;
    for (path, token) in [
        (format!("/api/v1/issues/{issue}"), None),
        (format!("/api/v1/issues/{issue}"), manager),
        (format!("/api/v1/neighbourhoods/{}/issues", w.id), None),
        (
            format!("/api/v1/neighbourhoods/{}/events?since=0", w.id),
            None,
        ),
        (
            format!("/api/v1/neighbourhoods/{}/events?since=0", w.id),
            manager,
        ),
        (format!("/api/v1/organisations/{org}/triage"), manager),
        (format!("/api/v1/organisations/{org}/dashboard"), manager),
        ("/open311/v2/requests.json".to_owned(), None),
    ] {
        let answer = app.get(&path, token).await;
        assert!(answer.status.is_success(), "{path}: {}", answer.status);
        answers.push(answer.body);
    }
    for export in ["export.csv", "export.geojson"] {
        let text = app
            .client
            .get(app.url(&format!("/api/v1/organisations/{org}/issues/{export}")))
            .bearer_auth(&w.manager.token)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(text.contains(&issue), "the export lists the issue");
        assert!(!text.contains(address), "{export}");
    }
    let xml = app
        .client
        .get(app.url("/open311/v2/requests.xml"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!xml.contains(address));
    for answer in &answers {
        assert!(!answer.to_string().contains(address), "{answer}");
        assert!(!answer.to_string().contains("private.person"), "{answer}");
    }
    one_click(&app, &unsubscribe).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let log = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("/api/v1/follows/unsubscribe"),
        "the request is logged"
    );
    for secret in [address, token.as_str(), unsubscribe_token.as_str()] {
        assert!(!log.contains(secret), "{secret} leaked into the log");
    }
}

#[tokio::test]
async fn concurrent_follows_of_one_address_make_one_row_and_one_message() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.follows_per_address_per_window = 100;
        s.follows_per_client_per_window = 100;
    })
    .await;
    let (_, issue) = issue(&app).await;
    let answers = futures_util::future::join_all((0..20).map(|i| {
        follow(
            &app,
            &issue,
            if i % 2 == 0 {
                "race@example.org"
            } else {
                "RACE@example.org "
            },
            "en",
        )
    }))
    .await;
    for answer in answers {
        assert_eq!(answer.status.as_u16(), 202, "{}", answer.body);
    }
    nth_to(&sink, "race@example.org", 1).await;
    tokio::time::sleep(QUIET).await;
    assert_eq!(count_to(&sink, "race@example.org").await, 1);
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        1
    );
}

#[tokio::test]
async fn followers_of_a_merged_issue_are_told_and_follow_the_target_and_its_reopening() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink).await;
    let w = world(&app).await;
    let source = report(&app, &w, &w.ben, &w.pothole, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let target = report(&app, &w, &w.cat, &w.graffiti, HERE).await["issue"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let fan = "merge@example.org";
    follow(&app, &source, fan, "ar").await.expect(202);
    let token = token_after(&nth_to(&sink, fan, 1).await, "/follow/confirm#token=");
    confirm(&app, &token).await.expect(200);

    app.post(
        &format!("/api/v1/issues/{source}/merge"),
        Some(&w.manager.token),
        json!({"into": target, "note": "Same hole"}),
    )
    .await
    .expect(200);
    let merged = text_of(&nth_to(&sink, fan, 2).await);
    assert!(
        merged.contains("Same hole") && merged.contains("ضُمّت"),
        "{merged}"
    );

    set_status(&app, &w, &target, "resolved", "Filled").await;
    let resolved = nth_to(&sink, fan, 3).await;
    let text = text_of(&resolved);
    assert!(text.contains("Filled"), "{text}");
    assert!(
        text.contains(&format!("https://cg.test/issues/{target}")),
        "{text}"
    );
    // Cat (a supporter) says it is still a problem: followers hear that too.
    app.post(
        &format!("/api/v1/issues/{target}/reopen"),
        Some(&w.cat.token),
        json!({"note": "Sunk again"}),
    )
    .await
    .expect(200);
    let reopened = text_of(&nth_to(&sink, fan, 4).await);
    assert!(reopened.contains("Sunk again"), "{reopened}");
}

#[tokio::test]
async fn messages_left_unsent_by_a_stopped_instance_are_sent_by_the_retry_and_stale_follows_end() {
    use commonground::services::{follows, notifications::mail::Mailer};

    // No SMTP: the outbox is written and nothing sends it, as when an instance stops first.
    let app = spawn_app().await;
    let (w, issue) = issue(&app).await;
    follow(&app, &issue, "later@example.org", "en")
        .await
        .expect(202);
    follow(&app, &issue, "never@example.org", "en")
        .await
        .expect(202);
    let rows = issue_follow::Entity::find().all(&app.db).await.unwrap();
    let later = rows
        .iter()
        .find(|r| r.email == "later@example.org")
        .unwrap();
    let keys = JwtKeys::new(SECRET, 900);
    let token = keys
        .sign_link(
            "follow-confirm",
            later.id.into_uuid(),
            chrono::Duration::hours(1),
        )
        .unwrap();
    confirm(&app, &token).await.expect(200);
    set_status(&app, &w, &issue, "in_progress", "Crew booked").await;
    assert_eq!(
        issue_follow_mail::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );

    let sink = SmtpSink::start().await;
    let mailer = Mailer::new(
        &SecretString::from(sink.url()),
        "Commonground <n@cg.test>",
        "https://cg.test",
    )
    .unwrap();
    let now = chrono::Utc::now();
    // Too early: the worker of the instance that wrote it may still be on it.
    assert_eq!(
        follows::mail::send_missed(&app.db, &mailer, &keys, now)
            .await
            .unwrap(),
        0
    );
    let later_on = now + chrono::Duration::minutes(11);
    assert_eq!(
        follows::mail::send_missed(&app.db, &mailer, &keys, later_on)
            .await
            .unwrap(),
        1
    );
    let sent = sink.wait_for("later@example.org", WAIT).await;
    assert!(text_of(&sent).contains("Crew booked"));
    assert!(sent.header("List-Unsubscribe").is_some());
    assert_eq!(
        issue_follow_mail::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // The never-confirmed follow ends once its link can no longer be used.
    assert_eq!(follows::prune_unconfirmed(&app.db, now).await.unwrap(), 0);
    let week_on = now + chrono::Duration::days(8);
    assert_eq!(
        follows::prune_unconfirmed(&app.db, week_on).await.unwrap(),
        1
    );
    let left = issue_follow::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].email, "later@example.org");
}

/// Follows `issue` as `email` in English, `daily` or not, from `time_zone`, and confirms.
async fn follow_confirmed(
    app: &TestApp,
    sink: &SmtpSink,
    issue: &str,
    email: &str,
    frequency: &str,
    time_zone: &str,
) {
    app.post(
        &format!("/api/v1/issues/{issue}/follows"),
        None,
        json!({"email": email, "locale": "en", "frequency": frequency, "time_zone": time_zone}),
    )
    .await
    .expect(202);
    let token = token_after(&nth_to(sink, email, 1).await, "/follow/confirm#token=");
    confirm(app, &token).await.expect(200);
}

#[tokio::test]
async fn a_daily_follower_gets_the_days_changes_in_one_message_in_their_morning() {
    use crate::notifications::zone_where_the_hour_is;
    use commonground::services::follows::mail::{send_digests, send_missed};
    use commonground::services::notifications::mail::Mailer;

    let sink = SmtpSink::start().await;
    // The elected job's only run is at start-up, before anyone follows: this test runs it.
    let app = spawn_app_with(|s| {
        s.smtp_url = Some(SecretString::from(sink.url()));
        s.public_url = Some("https://cg.test".into());
        s.digest_check_secs = 3_600;
    })
    .await;
    let (w, issue) = issue(&app).await;
    let (each, day, night) = ("each@example.org", "day@example.org", "night@example.org");
    // Far from the hour's edges, so the test does not straddle a change of hour.
    let (day_zone, night_zone) = (zone_where_the_hour_is(10, 20), zone_where_the_hour_is(1, 5));
    follow_confirmed(&app, &sink, &issue, each, "immediate", "Europe/London").await;
    follow_confirmed(&app, &sink, &issue, day, "daily", &day_zone).await;
    follow_confirmed(&app, &sink, &issue, night, "daily", &night_zone).await;

    set_status(&app, &w, &issue, "acknowledged", "We have seen it").await;
    set_status(&app, &w, &issue, "in_progress", "Crew booked for Tuesday").await;
    nth_to(&sink, each, 3).await;
    tokio::time::sleep(QUIET).await;
    assert_eq!(
        count_to(&sink, day).await,
        1,
        "only the confirmation so far"
    );

    let mailer = Mailer::new(
        &SecretString::from(sink.url()),
        "Commonground <notify@cg.test>",
        "https://cg.test",
    )
    .unwrap();
    let keys = JwtKeys::new(SECRET, 900);
    let now = chrono::Utc::now();
    // The job that retries missed messages leaves a daily follower's updates waiting.
    let later = now + chrono::Duration::minutes(20);
    assert_eq!(
        send_missed(&app.db, &mailer, &keys, later).await.unwrap(),
        0
    );
    assert_eq!(count_to(&sink, day).await, 1);

    let day_interval = chrono::Duration::hours(24);
    let done = send_digests(&app.db, &mailer, &keys, now, day_interval)
        .await
        .unwrap();
    assert_eq!((done.sent, done.failed), (1, 0), "the night one waits");
    let digest = nth_to(&sink, day, 2).await;
    let text = text_of(&digest);
    let (seen, booked) = (
        text.find("We have seen it").expect(&text),
        text.find("Crew booked for Tuesday").expect(&text),
    );
    assert!(seen < booked, "oldest first: {text}");
    assert!(digest
        .header("Subject")
        .unwrap()
        .contains("2 changes today"));
    assert_eq!(
        digest.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    // Sent rows leave the outbox; the night follower's two wait for their morning.
    assert_eq!(
        issue_follow_mail::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        2
    );
    // A second run the same day sends nothing again.
    let again = send_digests(&app.db, &mailer, &keys, now, day_interval)
        .await
        .unwrap();
    assert_eq!((again.sent, again.failed), (0, 0));
    tokio::time::sleep(QUIET).await;
    assert_eq!(count_to(&sink, night).await, 1);
    assert_eq!(count_to(&sink, day).await, 2);

    // The link in the message switches to a message per change.
    let token = token_after(&digest, "/follow/unsubscribe#token=");
    let frequency = |token: &str, frequency: &str| {
        app.post(
            "/api/v1/follows/frequency",
            None,
            json!({"token": token, "frequency": frequency}),
        )
    };
    let changed = frequency(&token, "immediate").await.expect(200);
    assert_eq!(changed["frequency"], "immediate");
    set_status(&app, &w, &issue, "resolved", "Filled and sealed").await;
    let update = nth_to(&sink, day, 3).await;
    assert!(text_of(&update).contains("Filled and sealed"));
    // Only that link changes it: a bad token, another kind of link, an unknown frequency.
    frequency("not-a-token", "daily").await.expect(400);
    let confirmation = token_after(&nth_to(&sink, day, 1).await, "/follow/confirm#token=");
    frequency(&confirmation, "daily").await.expect(400);
    let unknown = frequency(&token, "weekly").await;
    assert!(unknown.status.is_client_error(), "{}", unknown.status);
    // After unsubscribing, the link has nothing left to change.
    app.post_empty(&format!("/api/v1/follows/unsubscribe?token={token}"), None)
        .await
        .expect(204);
    frequency(&token, "daily").await.expect(410);
}

#[tokio::test]
async fn a_time_zone_that_is_not_one_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (_, issue) = issue(&app).await;
    for zone in [
        "Mars/Olympus",
        "",
        "Europe/Warsaw\u{0}",
        &"A".repeat(10_000),
    ] {
        let answer = app
            .post(
                &format!("/api/v1/issues/{issue}/follows"),
                None,
                json!({"email": "tz@example.org", "frequency": "daily", "time_zone": zone}),
            )
            .await
            .expect(422);
        assert!(
            answer["errors"]["time_zone"].is_array(),
            "{zone:?}: {answer:?}"
        );
    }
    assert_eq!(
        issue_follow::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}
