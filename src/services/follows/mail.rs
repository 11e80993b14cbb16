//! Sending the outbox of follow updates (`issue_follow_mails`), the way notification e-mail is
//! sent: rows written in the change's transaction are handed after commit to one worker per
//! instance (`spawn_outbox`, through `Live::outbox`), and the elected job sends those left over
//! (`send_missed`: the instance stopped first, or every attempt failed). A row is deleted once its
//! message is sent, so a message goes out at least once: a process that stops between sending
//! and deleting sends it again. Logs name follows by id, never by address.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use entity::{issue_follow, issue_follow_mail};
use futures_util::StreamExt;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::{
    auth::token::JwtKeys,
    domain::follow::{follow_mail, FollowMail, FollowUpdate, Links, Locale},
    error::AppResult,
    services::{
        follows::unsubscribe_token, notifications::first_id_at, notifications::mail::Mailer,
    },
};

/// Batches of committed rows waiting for the worker.
const QUEUE: usize = 1_024;
/// Messages in flight at once from one instance.
const CONCURRENCY: usize = 4;
/// A row unsent this long after it was written counts as missed by the worker.
const MISSED_AFTER: Duration = Duration::minutes(10);
/// Rows older than this are given up on (deleted unsent).
const GIVE_UP_AFTER: Duration = Duration::days(1);
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
        let base = mailer.base_url().trim_end_matches('/').to_owned();
        let sends = rows.into_iter().filter_map(|(row, follow)| {
            let follow = follow?;
            let update: FollowUpdate = match serde_json::from_value(row.data.clone()) {
                Ok(update) => update,
                Err(error) => {
                    tracing::warn!(follow_id = %follow.id, %error, "cannot read a follow update");
                    return None;
                }
            };
            let token = match unsubscribe_token(keys, follow.id) {
                Ok(token) => token,
                Err(error) => {
                    tracing::warn!(follow_id = %follow.id, %error, "cannot sign an unsubscribe link");
                    return None;
                }
            };
            let issue = format!("{base}/issues/{}", follow.issue_id);
            // The page shows a button (a GET a mail scanner prefetches changes nothing); the
            // header's address takes the RFC 8058 one-click POST.
            let page = format!("{base}/follow/unsubscribe#token={token}");
            let one_click = format!("{base}/api/v1/follows/unsubscribe?token={token}");
            // Only our own tags are stored; anything else reads as English.
            let locale = Locale::from_tag(&follow.locale).unwrap_or(Locale::En);
            let body = follow_mail(
                locale,
                &FollowMail::Update(&update),
                &Links {
                    issue: &issue,
                    action: &page,
                },
            );
            Some(async move {
                let sent = mailer
                    .send_unsubscribable(&follow.email, &body, &one_click)
                    .await;
                (row.id, sent)
            })
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

/// Sends the rows written more than `MISSED_AFTER` ago that are still there, and gives up on
/// those older than a day; returns how many were found. Call on one instance (the elected job).
/// Row ids are UUIDv7, so "written before" is a range of the key.
pub async fn send_missed(
    db: &DatabaseConnection,
    mailer: &Mailer,
    keys: &JwtKeys,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    issue_follow_mail::Entity::delete_many()
        .filter(issue_follow_mail::Column::Id.lt(first_id_at(now - GIVE_UP_AFTER)))
        .exec(db)
        .await?;
    let missed: Vec<Uuid> = issue_follow_mail::Entity::find()
        .select_only()
        .column(issue_follow_mail::Column::Id)
        .filter(issue_follow_mail::Column::Id.lt(first_id_at(now - MISSED_AFTER)))
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
