//! The notification inbox: every `notification` event on a person's channel is stored here in the
//! same transaction (`store`, called by `live::Transaction` for every such event, and in bulk by
//! `Transaction::notify_many`, through `Inbox`, the `live::plugins::Inbox` registered at
//! start-up), then read, marked read and muted over `/api/v1/me/...`.
//!
//! Muting keeps the record but not the interruption: a muted notification is stored already read
//! (flagged `muted`) and is neither pushed live nor e-mailed. The inbox stays a complete history
//! (what happened to the things I follow), and unmuting later loses nothing.

pub mod mail;

use entity::ids::{NeighbourhoodId, NotificationId, UserId};
use std::collections::HashSet;

use chrono::{DateTime, Utc};
use entity::{notification, notification_mute, notification_preference};
use sea_orm::{
    sea_query::{Expr, OnConflict, Query, SimpleExpr},
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    domain::notification::{
        kind_key, parse_kind, EmailMode, MuteSubject, Notice, NotificationKind, MAX_MUTED_KINDS,
    },
    error::{AppError, AppResult},
    live::{
        event::stored_parts,
        kinds::{Notification, NotificationsRead},
        plugins::{self, StoredNotice},
        Live, NewEvent, Transaction, UserEvent,
    },
    support::pagination::{decode_cursor, page_from, parse_limit, Page},
};

/// Rows per multi-row statement: well under PostgreSQL's 65,535 and SQLite's 32,766 bound
/// parameters even for the widest row.
pub(crate) const CHUNK: usize = 1_000;

/// The inbox as the live core's unit of work sees it (`live::plugins::Inbox`): `store`.
pub struct Inbox;

impl plugins::Inbox for Inbox {
    fn store<'a>(
        &'a self,
        txn: &'a sea_orm::DatabaseTransaction,
        actor_id: Option<UserId>,
        items: Vec<(UserId, Notice)>,
    ) -> futures_util::future::BoxFuture<'a, AppResult<Vec<StoredNotice>>> {
        Box::pin(store(txn, actor_id, items))
    }
}

/// Stores notices for `(recipient, notice)` pairs in a few statements, whatever their number:
/// one look-up of mutes and one of e-mail preferences per chunk of recipients, and multi-row
/// INSERTs. A notice is muted by its kind (`kind:{what}`) or its subject.
pub(crate) async fn store(
    db: &impl ConnectionTrait,
    actor_id: Option<UserId>,
    items: Vec<(UserId, Notice)>,
) -> AppResult<Vec<StoredNotice>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let now = Utc::now();
    let described: Vec<(UserId, Notice, String, Option<String>)> = items
        .into_iter()
        .map(|(user_id, notice)| {
            let what = kind_key(notice.kind());
            let subject = notice.mute_subject().map(|s| s.to_string());
            (user_id, notice, what, subject)
        })
        .collect();
    let mut keys: HashSet<String> = HashSet::new();
    for (_, _, what, subject) in &described {
        keys.insert(what.clone());
        if let Some(subject) = subject {
            keys.insert(subject.clone());
        }
    }
    let mut users: Vec<UserId> = described.iter().map(|(u, ..)| *u).collect();
    users.sort_unstable();
    users.dedup();
    let mut mutes: HashSet<(UserId, String)> = HashSet::new();
    let mut immediate: HashSet<UserId> = HashSet::new();
    let keys: Vec<String> = keys.into_iter().collect();
    for chunk in users.chunks(CHUNK) {
        let found: Vec<(UserId, String)> = notification_mute::Entity::find()
            .select_only()
            .column(notification_mute::Column::UserId)
            .column(notification_mute::Column::Subject)
            .filter(notification_mute::Column::Subject.is_in(keys.iter().cloned()))
            .filter(notification_mute::Column::UserId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        mutes.extend(found);
        let wanting: Vec<UserId> = notification_preference::Entity::find()
            .select_only()
            .column(notification_preference::Column::UserId)
            .filter(notification_preference::Column::EmailMode.eq(EmailMode::Immediate.as_str()))
            .filter(notification_preference::Column::UserId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        immediate.extend(wanting);
    }

    let mut stored = Vec::with_capacity(described.len());
    let mut rows: Vec<Vec<sea_orm::Value>> = Vec::with_capacity(described.len());
    for (user_id, notice, what, subject) in described {
        let muted = mutes.contains(&(user_id, what))
            || subject
                .as_ref()
                .is_some_and(|s| mutes.contains(&(user_id, s.clone())));
        let id = NotificationId::new();
        let one = StoredNotice {
            user_id,
            id,
            notice,
            muted,
            email_now: !muted && immediate.contains(&user_id),
        };
        // The inbox keeps the data the live event carries.
        let (_, data) = stored_parts(&one.event())?;
        rows.push(vec![
            id.into(),
            user_id.into(),
            one.notice.kind().as_str().into(),
            data.into(),
            Some(one.notice.neighbourhood_id()).into(),
            subject.into(),
            actor_id.into(),
            muted.into(),
            (if muted { Some(now) } else { None }).into(),
            now.into(),
        ]);
        stored.push(one);
    }
    for chunk in rows.chunks(CHUNK) {
        let mut insert = Query::insert();
        insert.into_table(notification::Entity).columns([
            notification::Column::Id,
            notification::Column::UserId,
            notification::Column::What,
            notification::Column::Data,
            notification::Column::NeighbourhoodId,
            notification::Column::Subject,
            notification::Column::ActorId,
            notification::Column::Muted,
            notification::Column::ReadAt,
            notification::Column::CreatedAt,
        ]);
        for row in chunk {
            insert
                .values(row.iter().cloned().map(SimpleExpr::from))
                .map_err(|e| AppError::Internal(e.into()))?;
        }
        db.execute(db.get_database_backend().build(&insert)).await?;
    }
    Ok(stored)
}

/// One notification in the inbox.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationView {
    #[schema(value_type = Uuid)]
    pub id: NotificationId,
    /// The kind, e.g. `issue_status_changed` (a `Notice`'s `what`).
    #[schema(value_type = NotificationKind)]
    pub what: String,
    /// What the live event carried: the notice (with `what`) and `notification_id`.
    #[schema(value_type = Notification)]
    pub data: Value,
    #[schema(value_type = Option<Uuid>)]
    pub neighbourhood_id: Option<NeighbourhoodId>,
    /// `thread:{id}`, `issue:{id}` or `task:{id}` when it is about one (what a mute matches).
    pub subject: Option<String>,
    #[schema(value_type = Option<Uuid>)]
    pub actor_id: Option<UserId>,
    /// Arrived while muted: stored already read, never pushed or e-mailed.
    pub muted: bool,
    pub read_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<notification::Model> for NotificationView {
    fn from(m: notification::Model) -> Self {
        Self {
            id: m.id,
            what: m.what,
            data: m.data,
            neighbourhood_id: m.neighbourhood_id,
            subject: m.subject,
            actor_id: m.actor_id,
            muted: m.muted,
            read_at: m.read_at,
            created_at: m.created_at,
        }
    }
}

/// A person's inbox, newest first; only unread ones with `unread_only`.
pub async fn list(
    db: &impl ConnectionTrait,
    user_id: UserId,
    unread_only: bool,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> AppResult<Page<NotificationView>> {
    let limit = parse_limit(limit)?;
    let after: Option<NotificationId> = decode_cursor(cursor)?;
    let mut query = notification::Entity::find().filter(notification::Column::UserId.eq(user_id));
    if unread_only {
        query = query.filter(notification::Column::ReadAt.is_null());
    }
    if let Some(after) = after {
        query = query.filter(notification::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(notification::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    Ok(page_from(rows, limit, |n| n.id, NotificationView::from))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnreadCount {
    pub unread: u64,
}

pub async fn unread_count(db: &impl ConnectionTrait, user_id: UserId) -> AppResult<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks one of the caller's notifications read; other tabs hear `notifications.read`.
/// Someone else's notification is 404, the same as one that does not exist.
pub async fn mark_read<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user_id: UserId,
    id: NotificationId,
) -> AppResult<NotificationView> {
    let mut tx = Transaction::begin(db, live).await?;
    let now = Utc::now();
    let changed = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(now))
        .filter(notification::Column::Id.eq(id))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(&*tx)
        .await?
        .rows_affected;
    let found = notification::Entity::find_by_id(id)
        .filter(notification::Column::UserId.eq(user_id))
        .one(&*tx)
        .await?
        .ok_or_else(|| AppError::not_found(crate::msg!("not-found-notification")))?;
    if changed > 0 {
        let unread = unread_count(&*tx, user_id).await?;
        let read = NotificationsRead {
            ids: Some(vec![id]),
            all: false,
            unread,
        };
        tx.emit(read_event(user_id, read)).await?;
    }
    tx.commit(live).await?;
    Ok(found.into())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReadAll {
    /// How many were unread and are now read.
    pub marked: u64,
    pub unread: u64,
}

/// Marks all of the caller's notifications read.
pub async fn mark_all_read<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    user_id: UserId,
) -> AppResult<ReadAll> {
    let mut tx = Transaction::begin(db, live).await?;
    let marked = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(&*tx)
        .await?
        .rows_affected;
    if marked > 0 {
        let read = NotificationsRead {
            ids: None,
            all: true,
            unread: 0,
        };
        tx.emit(read_event(user_id, read)).await?;
    }
    tx.commit(live).await?;
    Ok(ReadAll { marked, unread: 0 })
}

fn read_event(user_id: UserId, read: NotificationsRead) -> NewEvent {
    NewEvent::user(user_id, UserEvent::NotificationsRead(read), Some(user_id))
}

/// What a person receives, and what they muted.
#[derive(Debug, Serialize, ToSchema)]
pub struct Preferences {
    /// Kinds (`what` values) that are stored as read and never pushed or e-mailed.
    pub muted_kinds: Vec<NotificationKind>,
    /// Muted threads, issues and tasks (`thread:{id}`, `issue:{id}`, `task:{id}`).
    pub muted_subjects: Vec<String>,
    pub email_mode: EmailMode,
    /// Whether this server sends e-mail at all (SMTP configured).
    pub email_available: bool,
}

/// A change of preferences; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreferencesUpdate {
    /// Replaces the muted kinds (unknown kinds are refused).
    #[schema(value_type = Option<Vec<NotificationKind>>)]
    pub muted_kinds: Option<Vec<String>>,
    pub email_mode: Option<EmailMode>,
}

pub async fn preferences(
    db: &impl ConnectionTrait,
    user_id: UserId,
    email_available: bool,
) -> AppResult<Preferences> {
    let email_mode = notification_preference::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(|p| p.email_mode)
        .unwrap_or_default();
    let mut muted_kinds = Vec::new();
    let mut muted_subjects = Vec::new();
    for mute in notification_mute::Entity::find()
        .filter(notification_mute::Column::UserId.eq(user_id))
        .order_by_asc(notification_mute::Column::Subject)
        .all(db)
        .await?
    {
        match mute.subject.strip_prefix("kind:") {
            // A mute of a kind that no longer exists mutes nothing: leave it out.
            Some(kind) => muted_kinds.extend(parse_kind(kind).ok()),
            None => muted_subjects.push(mute.subject),
        }
    }
    Ok(Preferences {
        muted_kinds,
        muted_subjects,
        email_mode,
        email_available,
    })
}

pub async fn update_preferences<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    user_id: UserId,
    update: PreferencesUpdate,
    email_available: bool,
) -> AppResult<Preferences> {
    let kinds = match update.muted_kinds {
        None => None,
        Some(kinds) => {
            if kinds.len() > MAX_MUTED_KINDS {
                return Err(AppError::invalid(
                    "muted_kinds",
                    crate::msg!("notification-at-most-max-kinds", max = MAX_MUTED_KINDS),
                ));
            }
            let mut parsed = kinds
                .iter()
                .map(|k| parse_kind(k.trim()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|m| AppError::invalid("muted_kinds", m))?;
            parsed.sort();
            parsed.dedup();
            Some(parsed)
        }
    };
    let now = Utc::now();
    let txn = db.begin().await?;
    if let Some(kinds) = kinds {
        notification_mute::Entity::delete_many()
            .filter(notification_mute::Column::UserId.eq(user_id))
            .filter(notification_mute::Column::Subject.starts_with("kind:"))
            .exec(&txn)
            .await?;
        if !kinds.is_empty() {
            notification_mute::Entity::insert_many(kinds.iter().map(|k| {
                notification_mute::ActiveModel {
                    user_id: Set(user_id),
                    subject: Set(kind_key(*k)),
                    created_at: Set(now),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
    }
    if let Some(mode) = update.email_mode {
        let current = notification_preference::Entity::find_by_id(user_id)
            .one(&txn)
            .await?;
        // A digest covers what arrives after it was chosen, not the whole history.
        let last_digest_at = match &current {
            Some(p) if p.email_mode == mode => p.last_digest_at,
            _ => Some(now),
        };
        notification_preference::Entity::insert(notification_preference::ActiveModel {
            user_id: Set(user_id),
            email_mode: Set(mode),
            last_digest_at: Set(last_digest_at),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(notification_preference::Column::UserId)
                .update_columns([
                    notification_preference::Column::EmailMode,
                    notification_preference::Column::LastDigestAt,
                    notification_preference::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    preferences(db, user_id, email_available).await
}

fn parse_subject(raw: &str) -> AppResult<String> {
    MuteSubject::parse(raw)
        .map(|s| s.to_string())
        .map_err(|m| AppError::invalid("subject", m))
}

/// Mutes a thread, issue or task (repeating changes nothing).
pub async fn mute(db: &impl ConnectionTrait, user_id: UserId, subject: &str) -> AppResult<()> {
    let subject = parse_subject(subject)?;
    notification_mute::Entity::insert(notification_mute::ActiveModel {
        user_id: Set(user_id),
        subject: Set(subject),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            notification_mute::Column::UserId,
            notification_mute::Column::Subject,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Unmutes it (unmuting something not muted changes nothing).
pub async fn unmute(db: &impl ConnectionTrait, user_id: UserId, subject: &str) -> AppResult<()> {
    let subject = parse_subject(subject)?;
    notification_mute::Entity::delete_many()
        .filter(notification_mute::Column::UserId.eq(user_id))
        .filter(notification_mute::Column::Subject.eq(subject))
        .exec(db)
        .await?;
    Ok(())
}

/// Rows deleted by one pruning statement, so no single statement holds locks for long.
const PRUNE_BATCH: u64 = 10_000;

/// Deletes inbox notifications stored before `older_than`, in batches; returns how many. Ids are
/// UUIDv7, so "before" is a range of the primary key.
pub async fn prune(db: &impl ConnectionTrait, older_than: DateTime<Utc>) -> AppResult<u64> {
    let cutoff = first_id_at(older_than);
    let mut pruned = 0;
    loop {
        let batch = sea_orm::sea_query::Query::select()
            .column(notification::Column::Id)
            .from(notification::Entity)
            .and_where(notification::Column::Id.lt(cutoff))
            .limit(PRUNE_BATCH)
            .to_owned();
        let deleted = notification::Entity::delete_many()
            .filter(notification::Column::Id.in_subquery(batch))
            .exec(db)
            .await?
            .rows_affected;
        pruned += deleted;
        if deleted < PRUNE_BATCH {
            return Ok(pruned);
        }
    }
}

/// The smallest UUIDv7 of the millisecond `at`: ids below it were made before.
pub(crate) fn first_id_at(at: DateTime<Utc>) -> Uuid {
    let millis = u64::try_from(at.timestamp_millis()).unwrap_or(0);
    let mut bytes = [0u8; 16];
    bytes[..6].copy_from_slice(&millis.to_be_bytes()[2..]);
    bytes[6] = 0x70; // version 7
    bytes[8] = 0x80; // RFC 4122 variant
    Uuid::from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    fn v7_at(at: DateTime<Utc>) -> Uuid {
        let ts = uuid::Timestamp::from_unix(
            uuid::NoContext,
            at.timestamp() as u64,
            at.timestamp_subsec_nanos(),
        );
        Uuid::new_v7(ts)
    }

    #[test]
    fn the_first_id_of_a_millisecond_bounds_the_ids_made_around_it() {
        let at = DateTime::parse_from_rfc3339("2026-11-29T10:00:00.500Z")
            .unwrap()
            .to_utc();
        let floor = first_id_at(at);
        assert_eq!(floor.get_version_num(), 7);
        assert!(v7_at(at) >= floor, "made in that millisecond");
        assert!(v7_at(at + Duration::milliseconds(1)) > floor);
        assert!(v7_at(at - Duration::milliseconds(1)) < floor);
        assert!(first_id_at(at - Duration::minutes(10)) < floor);
    }
}
