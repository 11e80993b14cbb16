//! Notification e-mail over SMTP (lettre, tokio, rustls), only when `COMMONGROUND_SMTP_URL` is
//! set. Nothing here runs inside a request's transaction:
//! - *immediate*: `live::Transaction::commit` hands the committed notification ids of people who
//!   chose `immediate` to a bounded queue; a worker sends one message each, retrying a failed send
//!   a bounded number of times, and records `emailed_at`.
//! - *daily digest*: `jobs::spawn_digests` (one elected instance) calls `send_digests`, which
//!   sends each person due one message with their unread notifications since their last digest.
//! - *missed immediate*: the same elected job calls `send_missed_immediate`, which sends what the
//!   immediate worker never did (its process stopped between commit and send, or every attempt
//!   failed). Immediate e-mail is so at least once: a process that stops after sending but before
//!   recording `emailed_at` leads to a second copy.
//!
//! Logs name people by id, never by address, and never show the SMTP URL (it may hold a password).

use crate::i18n::Locale;
use entity::ids::{NotificationId, UserId};
use std::{sync::Arc, time::Duration as StdDuration};

use chrono::{DateTime, Duration, SubsecRound, Utc};
use entity::{notification, notification_preference, user};
use futures_util::StreamExt;
use lettre::{
    message::{
        header::{HeaderName, HeaderValue},
        Mailbox, MultiPart,
    },
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use sea_orm::{
    sea_query::Expr, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::mpsc;

use crate::{
    domain::{
        account::digest_hour_reached,
        notification::{render, EmailMode, MailBody, MailItem, Notice},
    },
    error::{AppError, AppResult},
    services::notifications::first_id_at,
};

/// Attempts per message before giving up (the inbox still has it).
const ATTEMPTS: u32 = 3;
/// Messages in flight at once from one instance.
const CONCURRENCY: usize = 4;
/// Batches of committed notifications waiting for the worker.
const QUEUE: usize = 1_024;
/// A notification unsent this long after it was stored counts as missed by the immediate worker.
const MISSED_AFTER: Duration = Duration::minutes(10);
/// How long after that the missed ones are retried (each digest check, by default every 5 min).
const RETRY_MISSED_FOR: Duration = Duration::hours(1);
/// Missed notifications sent in one check at most.
const MISSED_PER_CHECK: u64 = 500;
/// Notifications listed in one digest at most (the inbox has the rest).
const DIGEST_ITEMS: u64 = 50;
/// People sent a digest per run at most, and read per page of those due.
const DIGEST_PEOPLE: u64 = 500;
/// Pages of people due read per run at most (those still in their night are passed over).
const DIGEST_PAGES: usize = 20;

/// An SMTP connection pool and what every message shares. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    base_url: Arc<str>,
    /// The language of people whose account has none we speak (`Settings::default_locale`).
    default_locale: Locale,
    /// Wait before the second attempt; doubled for each later one.
    retry_after: StdDuration,
}

impl Mailer {
    /// `smtp://[user:pass@]host[:port][?tls=required|opportunistic]` (plain unless asked),
    /// `smtps://...` (TLS from the start).
    pub fn new(url: &SecretString, from: &str, base_url: &str) -> anyhow::Result<Self> {
        // lettre's error never repeats the URL, so the password cannot reach a log through it.
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
            .map_err(|e| anyhow::anyhow!("COMMONGROUND_SMTP_URL is not a usable SMTP URL: {e}"))?
            .timeout(Some(StdDuration::from_secs(20)))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| anyhow::anyhow!("COMMONGROUND_SMTP_FROM is not an address: {e}"))?;
        Ok(Self {
            transport,
            from,
            base_url: base_url.into(),
            default_locale: Locale::En,
            retry_after: StdDuration::from_millis(500),
        })
    }

    /// Mails to people without a language of their own go out in `locale`.
    pub fn with_default_locale(mut self, locale: Locale) -> Self {
        self.default_locale = locale;
        self
    }

    /// The language a person's e-mail is written in: their account's, else the deployment's.
    pub fn locale_of(&self, person: &user::Model) -> Locale {
        person
            .locale
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or(self.default_locale)
    }

    /// Sends one message, retrying up to `ATTEMPTS` times with backoff.
    async fn send(&self, user_id: UserId, to: &str, name: &str, body: &MailBody) -> bool {
        self.deliver(Some(user_id), to, Some(name), body).await
    }

    /// Sends one message to an address that may belong to nobody (an invitation, a notice to an
    /// account's owner) from a task of its own, so the request that caused it answers in the same
    /// time whether or not a message goes out. Logs never name the address.
    pub fn send_in_background(&self, to: String, body: MailBody) {
        let mailer = self.clone();
        tokio::spawn(async move {
            mailer.deliver(None, &to, None, &body).await;
        });
    }

    /// Sends one message to someone without an account who can end what they receive with one
    /// click (RFC 8058): `List-Unsubscribe` names `unsubscribe_url` (which answers a POST) and
    /// `List-Unsubscribe-Post` says so, so mail programs show an unsubscribe button. Retries as
    /// `send` does; logs never name the address.
    pub async fn send_unsubscribable(
        &self,
        to: &str,
        body: &MailBody,
        unsubscribe_url: &str,
    ) -> bool {
        let message = self.message(to, None, body).map(|mut message| {
            let headers = message.headers_mut();
            headers.insert_raw(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{unsubscribe_url}>"),
            ));
            headers.insert_raw(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
            message
        });
        self.send_built(None, message).await
    }

    /// The web app's address, for links in messages.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    async fn deliver(
        &self,
        user_id: Option<UserId>,
        to: &str,
        name: Option<&str>,
        body: &MailBody,
    ) -> bool {
        self.send_built(user_id, self.message(to, name, body)).await
    }

    async fn send_built(&self, user_id: Option<UserId>, message: anyhow::Result<Message>) -> bool {
        let message = match message {
            Ok(message) => message,
            Err(error) => {
                tracing::warn!(?user_id, %error, "cannot build an e-mail");
                return false;
            }
        };
        let mut wait = self.retry_after;
        for attempt in 1..=ATTEMPTS {
            match self.transport.send(message.clone()).await {
                Ok(_) => return true,
                Err(error) if attempt < ATTEMPTS => {
                    tracing::info!(?user_id, attempt, %error, "sending an e-mail failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
                Err(error) => {
                    tracing::warn!(?user_id, attempts = ATTEMPTS, %error, "giving up on an e-mail");
                }
            }
        }
        false
    }

    fn message(&self, to: &str, name: Option<&str>, body: &MailBody) -> anyhow::Result<Message> {
        let to = Mailbox::new(name.map(str::to_owned), to.parse()?);
        Ok(Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(body.subject.clone())
            .multipart(MultiPart::alternative_plain_html(
                body.text.clone(),
                body.html.clone(),
            ))?)
    }
}

/// Starts the immediate-mode worker; returns the queue `Live` hands committed ids to.
pub fn spawn_immediate(
    db: DatabaseConnection,
    mailer: Mailer,
) -> mpsc::Sender<Vec<NotificationId>> {
    let (queue, mut batches) = mpsc::channel::<Vec<NotificationId>>(QUEUE);
    tokio::spawn(async move {
        while let Some(ids) = batches.recv().await {
            if let Err(error) = send_immediate(&db, &mailer, ids).await {
                tracing::warn!(%error, "immediate notification e-mail failed");
            }
        }
    });
    queue
}

/// One message per notification that is still unmuted, unsent and whose person still wants it.
async fn send_immediate(
    db: &DatabaseConnection,
    mailer: &Mailer,
    ids: Vec<NotificationId>,
) -> AppResult<()> {
    for chunk in ids.chunks(crate::services::notifications::CHUNK) {
        let rows = notification::Entity::find()
            .filter(notification::Column::Id.is_in(chunk.iter().copied()))
            .filter(notification::Column::EmailedAt.is_null())
            .filter(notification::Column::Muted.eq(false))
            .all(db)
            .await?;
        let people = recipients(db, rows.iter().map(|n| n.user_id)).await?;
        let sends = rows.into_iter().filter_map(|n| {
            let person = people.get(&n.user_id)?;
            let (email, name) = (person.email.clone(), person.display_name.clone());
            let item = mail_item(&n)?;
            let locale = mailer.locale_of(person);
            let body = render(locale, &name, &mailer.base_url, &[item], false);
            Some(async move {
                let sent = mailer.send(n.user_id, &email, &name, &body).await;
                (n.id, sent)
            })
        });
        let sent: Vec<NotificationId> = futures_util::stream::iter(sends)
            .buffer_unordered(CONCURRENCY)
            .filter_map(|(id, ok)| async move { ok.then_some(id) })
            .collect()
            .await;
        mark_emailed(db, &sent).await?;
    }
    Ok(())
}

/// A stored notification as a message shows it; `None` (with a warning) for a row whose data
/// this code cannot read, which then goes unmailed but stays in the inbox.
fn mail_item(n: &notification::Model) -> Option<MailItem> {
    match Notice::from_stored(&n.data) {
        Some(notice) => Some(MailItem {
            notice,
            created_at: n.created_at,
        }),
        None => {
            tracing::warn!(notification_id = %n.id, what = %n.what, "cannot read a stored notification for e-mail");
            None
        }
    }
}

/// E-mail address and display name of these people, if they still want immediate e-mail.
async fn recipients(
    db: &impl ConnectionTrait,
    people: impl Iterator<Item = UserId>,
) -> AppResult<std::collections::HashMap<UserId, user::Model>> {
    let mut ids: Vec<UserId> = people.collect();
    ids.sort_unstable();
    ids.dedup();
    let wanting: Vec<UserId> = notification_preference::Entity::find()
        .select_only()
        .column(notification_preference::Column::UserId)
        .filter(notification_preference::Column::UserId.is_in(ids))
        .filter(notification_preference::Column::EmailMode.eq(EmailMode::Immediate.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(wanting))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

async fn mark_emailed(db: &impl ConnectionTrait, ids: &[NotificationId]) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    notification::Entity::update_many()
        .col_expr(notification::Column::EmailedAt, Expr::value(Utc::now()))
        .filter(notification::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}

/// Sends the immediate-mode notifications stored between `RETRY_MISSED_FOR + MISSED_AFTER` and
/// `MISSED_AFTER` ago that never went out; returns how many were found. Call on one instance.
/// The notification ids are UUIDv7, so the window is a range of the primary key.
pub async fn send_missed_immediate(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let newest = now - MISSED_AFTER;
    let immediate = sea_orm::sea_query::Query::select()
        .column(notification_preference::Column::UserId)
        .from(notification_preference::Entity)
        .and_where(notification_preference::Column::EmailMode.eq(EmailMode::Immediate.as_str()))
        .to_owned();
    let missed: Vec<NotificationId> = notification::Entity::find()
        .select_only()
        .column(notification::Column::Id)
        .filter(notification::Column::Id.gte(first_id_at(newest - RETRY_MISSED_FOR)))
        .filter(notification::Column::Id.lt(first_id_at(newest)))
        .filter(notification::Column::EmailedAt.is_null())
        .filter(notification::Column::Muted.eq(false))
        .filter(notification::Column::UserId.in_subquery(immediate))
        .order_by_asc(notification::Column::Id)
        .limit(MISSED_PER_CHECK)
        .into_tuple()
        .all(db)
        .await?;
    let found = missed.len();
    if found > 0 {
        send_immediate(db, mailer, missed).await?;
    }
    Ok(found)
}

/// What one digest run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DigestOutcome {
    pub sent: usize,
    pub failed: usize,
}

/// Sends a digest to everyone on `daily_digest` whose last one is at least `interval` old and who
/// has unread, unmuted notifications since then. Call on one instance (see `jobs`): each person's
/// turn is claimed by a conditional write first, so even an overlapping run never sends twice.
pub async fn send_digests(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
    interval: Duration,
) -> AppResult<DigestOutcome> {
    // The database keeps microseconds: compare with what it stores.
    let now = now.trunc_subsecs(6);
    let mut outcome = DigestOutcome::default();
    // Pages of people due, by id: those still in their night are passed over (not claimed), so
    // the run goes on to the next page rather than meeting the same sleepers every time.
    let mut after: Option<UserId> = None;
    for _ in 0..DIGEST_PAGES {
        let mut query = notification_preference::Entity::find()
            .filter(notification_preference::Column::EmailMode.eq(EmailMode::DailyDigest.as_str()))
            .filter(
                Condition::any()
                    .add(notification_preference::Column::LastDigestAt.is_null())
                    .add(notification_preference::Column::LastDigestAt.lte(now - interval)),
            );
        if let Some(last) = after {
            query = query.filter(notification_preference::Column::UserId.gt(last));
        }
        let due = query
            .order_by_asc(notification_preference::Column::UserId)
            .limit(DIGEST_PEOPLE)
            .all(db)
            .await?;
        let Some(last) = due.last().map(|pref| pref.user_id) else {
            break;
        };
        after = Some(last);
        let full_page = due.len() as u64 == DIGEST_PEOPLE;
        send_digest_page(db, mailer, now, due, &mut outcome).await?;
        if !full_page || outcome.sent as u64 >= DIGEST_PEOPLE {
            break;
        }
    }
    Ok(outcome)
}

/// One page of people due a digest: each is sent theirs, unless it is still night where they are.
async fn send_digest_page(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
    due: Vec<notification_preference::Model>,
    outcome: &mut DigestOutcome,
) -> AppResult<()> {
    for pref in due {
        let items = notification::Entity::find()
            .filter(notification::Column::UserId.eq(pref.user_id))
            .filter(notification::Column::ReadAt.is_null())
            .filter(notification::Column::Muted.eq(false))
            .filter(pref.last_digest_at.map_or(Condition::all(), |since| {
                Condition::all().add(notification::Column::CreatedAt.gt(since))
            }))
            .order_by_asc(notification::Column::Id)
            .limit(DIGEST_ITEMS)
            .all(db)
            .await?;
        if items.is_empty() {
            continue;
        }
        let Some(person) = user::Entity::find_by_id(pref.user_id).one(db).await? else {
            continue;
        };
        if !digest_hour_reached(now, person.time_zone.as_deref()) {
            continue;
        }
        // Claim this person's turn: only the run that moves `last_digest_at` sends.
        let mut claim = notification_preference::Entity::update_many()
            .col_expr(
                notification_preference::Column::LastDigestAt,
                Expr::value(now),
            )
            .filter(notification_preference::Column::UserId.eq(pref.user_id));
        claim = match pref.last_digest_at {
            Some(at) => claim.filter(notification_preference::Column::LastDigestAt.eq(at)),
            None => claim.filter(notification_preference::Column::LastDigestAt.is_null()),
        };
        if claim.exec(db).await?.rows_affected == 0 {
            continue;
        }
        let mail_items: Vec<MailItem> = items.iter().filter_map(mail_item).collect();
        if mail_items.is_empty() {
            continue;
        }
        let body = render(
            mailer.locale_of(&person),
            &person.display_name,
            &mailer.base_url,
            &mail_items,
            true,
        );
        if mailer
            .send(person.id, &person.email, &person.display_name, &body)
            .await
        {
            let ids: Vec<NotificationId> = items.iter().map(|n| n.id).collect();
            mark_emailed(db, &ids).await?;
            outcome.sent += 1;
        } else {
            // Give the turn back so the next run tries again.
            notification_preference::Entity::update_many()
                .col_expr(
                    notification_preference::Column::LastDigestAt,
                    Expr::value(pref.last_digest_at),
                )
                .filter(notification_preference::Column::UserId.eq(pref.user_id))
                .filter(notification_preference::Column::LastDigestAt.eq(now))
                .exec(db)
                .await
                .map_err(AppError::from)?;
            outcome.failed += 1;
        }
    }
    Ok(())
}
