//! Sending the outbox of follow updates (`issue_follow_mails`), the way notification e-mail is
//! sent: rows of followers who want a message per change are handed after commit to one worker
//! per instance (`spawn_outbox`, through `Live::outbox`), and the elected job sends those left
//! over (`send_missed`: the instance stopped first, or every attempt failed). Rows of followers
//! who want one message a day wait for the same job's `send_digests`, which sends each its day's
//! changes in one message once it is morning where they are. A row is deleted once its message
//! is sent, so a message goes out at least once: a process that stops between sending and
//! deleting sends it again. Logs name follows by id, never by address.

use std::sync::Arc;

use chrono::{DateTime, Duration, SubsecRound, Utc};
use entity::{ids::FollowId, issue_follow, issue_follow_mail};
use futures_util::StreamExt;
use sea_orm::{
    sea_query::{Expr, Query},
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::{
    auth::token::JwtKeys,
    domain::{
        account::digest_hour_reached,
        follow::{follow_mail, FollowFrequency, FollowMail, FollowUpdate, Links, Locale},
    },
    error::AppResult,
    services::{
        follows::unsubscribe_token,
        notifications::first_id_at,
        notifications::mail::{DigestOutcome, Mailer},
    },
};

/// Batches of committed rows waiting for the worker.
const QUEUE: usize = 1_024;
/// Messages in flight at once from one instance.
const CONCURRENCY: usize = 4;
/// A row unsent this long after it was written counts as missed by the worker.
const MISSED_AFTER: Duration = Duration::minutes(10);
/// Rows of a message per change older than this are given up on (deleted unsent).
const GIVE_UP_AFTER: Duration = Duration::days(1);
/// Rows waiting for a daily message are given up on later: the message goes once a day, in the
/// follower's morning, and a failed one is tried again at the next check.
const GIVE_UP_DAILY_AFTER: Duration = Duration::days(3);
/// Changes listed in one daily message at most (the issue's page has them all).
const DIGEST_ITEMS: u64 = 50;
/// Followers sent a daily message per run at most, and read per page of those due.
const DIGEST_FOLLOWS: u64 = 500;
/// Pages of followers due read per run at most (those still in their night are passed over).
const DIGEST_PAGES: usize = 20;
/// Missed rows handled in one check at most.
const MISSED_PER_CHECK: u64 = 500;

/// Starts this instance's outbox worker; returns the queue `Live` hands committed rows to.
pub fn spawn_outbox(
    db: DatabaseConnection,
    mailer: Mailer,
    keys: Arc<JwtKeys>,
) -> mpsc::Sender<Vec<Uuid>> {
    let (queue, mut batches) = mpsc::channel::<Vec<Uuid>>(QUEUE);
    tokio::spawn(async move {
        while let Some(ids) = batches.recv().await {
            if let Err(error) = send(&db, &mailer, &keys, ids).await {
                tracing::warn!(%error, "follow e-mail failed");
            }
        }
    });
    queue
}

/// Sends the message of each row still there (an unsubscribe deletes them) and deletes the
/// rows sent.
async fn send(
    db: &DatabaseConnection,
    mailer: &Mailer,
    keys: &JwtKeys,
    ids: Vec<Uuid>,
) -> AppResult<()> {
    for chunk in ids.chunks(crate::services::notifications::CHUNK) {
        let rows = issue_follow_mail::Entity::find()
            .filter(issue_follow_mail::Column::Id.is_in(chunk.iter().copied()))
            .find_also_related(issue_follow::Entity)
            .all(db)
            .await?;
        let sends = rows.into_iter().filter_map(|(row, follow)| {
            let follow = follow?;
            let update: FollowUpdate = read_update(&follow, &row)?;
            let message = Message::of(mailer, keys, &follow, &FollowMail::Update(&update))?;
            Some(async move { (row.id, message.send(mailer, &follow.email).await) })
        });
        let sent: Vec<Uuid> = futures_util::stream::iter(sends)
            .buffer_unordered(CONCURRENCY)
            .filter_map(|(id, ok)| async move { ok.then_some(id) })
            .collect()
            .await;
        if !sent.is_empty() {
            issue_follow_mail::Entity::delete_many()
                .filter(issue_follow_mail::Column::Id.is_in(sent))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

/// One follower's message, worded in their language with their signed links.
struct Message {
    body: crate::domain::notification::MailBody,
    one_click: String,
}

impl Message {
    /// `None` (logged) when the unsubscribe link cannot be signed: nothing goes without one.
    fn of(
        mailer: &Mailer,
        keys: &JwtKeys,
        follow: &issue_follow::Model,
        mail: &FollowMail<'_>,
    ) -> Option<Message> {
        let token = match unsubscribe_token(keys, follow.id) {
            Ok(token) => token,
            Err(error) => {
                tracing::warn!(follow_id = %follow.id, %error, "cannot sign an unsubscribe link");
                return None;
            }
        };
        let base = mailer.base_url().trim_end_matches('/');
        let issue = format!("{base}/issues/{}", follow.issue_id);
        // The page shows a button (a GET a mail scanner prefetches changes nothing); the
        // header's address takes the RFC 8058 one-click POST.
        let page = format!("{base}/follow/unsubscribe#token={token}");
        let one_click = format!("{base}/api/v1/follows/unsubscribe?token={token}");
        // Only our own tags are stored; anything else reads as English.
        let locale = Locale::from_tag(&follow.locale).unwrap_or(Locale::En);
        let links = Links {
            issue: &issue,
            action: &page,
        };
        Some(Message {
            body: follow_mail(locale, mail, &links),
            one_click,
        })
    }

    async fn send(&self, mailer: &Mailer, to: &str) -> bool {
        mailer
            .send_unsubscribable(to, &self.body, &self.one_click)
            .await
    }
}

/// The update an outbox row stores; `None` (logged) for one this version cannot read.
fn read_update(
    follow: &issue_follow::Model,
    row: &issue_follow_mail::Model,
) -> Option<FollowUpdate> {
    serde_json::from_value(row.data.clone())
        .inspect_err(|error| {
            tracing::warn!(follow_id = %follow.id, %error, "cannot read a follow update");
        })
        .ok()
}

/// The follows that want one message a day, as a subquery of their ids.
fn daily_follows() -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(issue_follow::Column::Id)
        .from(issue_follow::Entity)
        .and_where(issue_follow::Column::Frequency.eq(FollowFrequency::Daily.as_str()))
        .to_owned()
}

/// Sends the rows of a message per change written more than `MISSED_AFTER` ago that are still
/// there (a daily follower's rows wait for their message), and gives up on those older than a day
/// (three, waiting for a daily message); returns how many were found. Call on one instance (the
/// elected job). Row ids are UUIDv7, so "written before" is a range of the key.
pub async fn send_missed(
    db: &DatabaseConnection,
    mailer: &Mailer,
    keys: &JwtKeys,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    issue_follow_mail::Entity::delete_many()
        .filter(
            Condition::any()
                .add(issue_follow_mail::Column::Id.lt(first_id_at(now - GIVE_UP_DAILY_AFTER)))
                .add(
                    Condition::all()
                        .add(issue_follow_mail::Column::Id.lt(first_id_at(now - GIVE_UP_AFTER)))
                        .add(issue_follow_mail::Column::FollowId.not_in_subquery(daily_follows())),
                ),
        )
        .exec(db)
        .await?;
    let missed: Vec<Uuid> = issue_follow_mail::Entity::find()
        .select_only()
        .column(issue_follow_mail::Column::Id)
        .filter(issue_follow_mail::Column::Id.lt(first_id_at(now - MISSED_AFTER)))
        .filter(issue_follow_mail::Column::FollowId.not_in_subquery(daily_follows()))
        .order_by_asc(issue_follow_mail::Column::Id)
        .limit(MISSED_PER_CHECK)
        .into_tuple()
        .all(db)
        .await?;
    let found = missed.len();
    if found > 0 {
        send(db, mailer, keys, missed).await?;
    }
    Ok(found)
}

/// Sends each follower on `daily` whose last daily message is at least `interval` old, who has
/// updates waiting and for whom it is morning, one message with those updates (oldest first).
/// Call on one instance (the elected job): each follower's turn is claimed by a conditional write
/// first, so even an overlapping run never sends twice.
pub async fn send_digests(
    db: &DatabaseConnection,
    mailer: &Mailer,
    keys: &JwtKeys,
    now: DateTime<Utc>,
    interval: Duration,
) -> AppResult<DigestOutcome> {
    // The database keeps microseconds: compare with what it stores.
    let now = now.trunc_subsecs(6);
    let mut outcome = DigestOutcome::default();
    let waiting = Query::select()
        .column(issue_follow_mail::Column::FollowId)
        .from(issue_follow_mail::Entity)
        .to_owned();
    // Pages by id, as for people's digests: those still in their night are passed over.
    let mut after: Option<FollowId> = None;
    for _ in 0..DIGEST_PAGES {
        let mut query = issue_follow::Entity::find()
            .filter(issue_follow::Column::Frequency.eq(FollowFrequency::Daily.as_str()))
            .filter(issue_follow::Column::ConfirmedAt.is_not_null())
            .filter(
                Condition::any()
                    .add(issue_follow::Column::LastDigestAt.is_null())
                    .add(issue_follow::Column::LastDigestAt.lte(now - interval)),
            )
            .filter(issue_follow::Column::Id.in_subquery(waiting.clone()));
        if let Some(last) = after {
            query = query.filter(issue_follow::Column::Id.gt(last));
        }
        let due = query
            .order_by_asc(issue_follow::Column::Id)
            .limit(DIGEST_FOLLOWS)
            .all(db)
            .await?;
        let Some(last) = due.last().map(|follow| follow.id) else {
            break;
        };
        after = Some(last);
        let full_page = due.len() as u64 == DIGEST_FOLLOWS;
        for follow in due {
            if digest_hour_reached(now, follow.time_zone.as_deref()) {
                send_digest(db, mailer, keys, now, follow, &mut outcome).await?;
            }
        }
        if !full_page || outcome.sent as u64 >= DIGEST_FOLLOWS {
            break;
        }
    }
    Ok(outcome)
}

/// One follower's daily message: claim the turn, send what waits, delete what was sent (or give
/// the turn back when sending failed, for the next check to try again).
async fn send_digest(
    db: &DatabaseConnection,
    mailer: &Mailer,
    keys: &JwtKeys,
    now: DateTime<Utc>,
    follow: issue_follow::Model,
    outcome: &mut DigestOutcome,
) -> AppResult<()> {
    let turn = |claimed: Option<DateTime<Utc>>| match claimed {
        Some(at) => issue_follow::Column::LastDigestAt.eq(at),
        None => issue_follow::Column::LastDigestAt.is_null(),
    };
    let claimed = issue_follow::Entity::update_many()
        .col_expr(issue_follow::Column::LastDigestAt, Expr::value(now))
        .filter(issue_follow::Column::Id.eq(follow.id))
        .filter(turn(follow.last_digest_at))
        .exec(db)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(());
    }
    let rows = issue_follow_mail::Entity::find()
        .filter(issue_follow_mail::Column::FollowId.eq(follow.id))
        .order_by_asc(issue_follow_mail::Column::Id)
        .limit(DIGEST_ITEMS)
        .all(db)
        .await?;
    let updates: Vec<FollowUpdate> = rows
        .iter()
        .filter_map(|row| read_update(&follow, row))
        .collect();
    let sent = match updates.is_empty() {
        // Nothing readable: the rows go, and so does the turn.
        true => true,
        false => match Message::of(mailer, keys, &follow, &FollowMail::Digest(&updates)) {
            Some(message) => message.send(mailer, &follow.email).await,
            None => false,
        },
    };
    if sent {
        issue_follow_mail::Entity::delete_many()
            .filter(issue_follow_mail::Column::Id.is_in(rows.iter().map(|row| row.id)))
            .exec(db)
            .await?;
        outcome.sent += usize::from(!updates.is_empty());
    } else {
        issue_follow::Entity::update_many()
            .col_expr(
                issue_follow::Column::LastDigestAt,
                Expr::value(follow.last_digest_at),
            )
            .filter(issue_follow::Column::Id.eq(follow.id))
            .filter(turn(Some(now)))
            .exec(db)
            .await?;
        outcome.failed += 1;
    }
    Ok(())
}
