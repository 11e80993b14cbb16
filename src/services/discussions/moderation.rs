//! Moderation: the coordinators' queue of flagged and hidden posts, their decisions (hide,
//! restore), locking and pinning threads, and the moderation log that records who did what and
//! why. Suspending and removing members stays in `services::neighbourhoods::memberships`, which writes its
//! entries into the same log.

use entity::ids::{NeighbourhoodId, PostId, ThreadId, UserId};
use entity::status::ModerationAction;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{moderation_log, post, post_flag, thread, user};
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Deserialize;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::services::accounts;
use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::discussion::{parse_reason, PostStatus},
    error::{AppError, AppResult},
    live::{kinds::ThreadState, Live, NeighbourhoodEvent, Transaction},
    services::{
        discussions,
        discussions::posts::{
            load_post, load_thread, lock_post, post_event, post_view, thread_event, Marks,
            PostPlace, PostView, Viewer,
        },
    },
    support::pagination::{decode_cursor, page_from, Page},
};

/// Makes a thread event of one kind from the thread's state.
type ThreadEventKind = fn(ThreadState) -> NeighbourhoodEvent;

/// One line of the moderation log, as written.
pub struct Entry {
    pub neighbourhood_id: NeighbourhoodId,
    /// None for automatic decisions.
    pub actor_id: Option<UserId>,
    pub action: ModerationAction,
    pub thread_id: Option<ThreadId>,
    pub post_id: Option<PostId>,
    /// The member the action concerns (a post's author, a suspended member).
    pub user_id: Option<UserId>,
    pub reason: Option<String>,
}

/// Writes a log entry; call inside the transaction that makes the change.
pub async fn record(db: &impl ConnectionTrait, entry: Entry) -> AppResult<()> {
    moderation_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        neighbourhood_id: Set(entry.neighbourhood_id),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action),
        thread_id: Set(entry.thread_id),
        post_id: Set(entry.post_id),
        user_id: Set(entry.user_id),
        reason: Set(entry.reason),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LogEntry {
    pub id: Uuid,
    /// `post_hidden`, `post_auto_hidden`, `post_restored`, `flags_dismissed`, `post_deleted`,
    /// `thread_locked`, `thread_unlocked`, `thread_pinned`, `thread_unpinned`,
    /// `member_suspended`, `member_reinstated`, `member_removed`, `neighbour_details_erased`.
    #[schema(value_type = String)]
    pub action: ModerationAction,
    /// None for automatic decisions.
    #[schema(value_type = Option<Uuid>)]
    pub actor_id: Option<UserId>,
    pub actor_name: Option<String>,
    #[schema(value_type = Option<Uuid>)]
    pub thread_id: Option<ThreadId>,
    #[schema(value_type = Option<Uuid>)]
    pub post_id: Option<PostId>,
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<UserId>,
    pub user_name: Option<String>,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FlagView {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: Option<String>,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueuedPost {
    pub post: PostView,
    pub thread_title: String,
    /// Open flags, oldest first.
    pub flags: Vec<FlagView>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThreadChange {
    pub locked: Option<bool>,
    pub pinned: Option<bool>,
    /// Why (kept in the moderation log); required to lock.
    pub reason: Option<String>,
}

fn optional_reason(reason: Option<&str>) -> AppResult<Option<String>> {
    match reason.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(r) => parse_reason(r)
            .map(Some)
            .map_err(|m| AppError::invalid("reason", m)),
    }
}

/// Flagged or hidden posts waiting for a decision, newest first.
pub async fn queue(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    cursor: Option<String>,
    limit: u64,
) -> AppResult<Page<QueuedPost>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let mut query = post::Entity::find()
        .filter(post::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(post::Column::NeedsReview.eq(true));
    if let Some(after) = decode_cursor::<Uuid>(cursor.as_deref())? {
        query = query.filter(post::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(post::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    let shown = &rows[..rows.len().min(limit as usize)];
    let ids: Vec<PostId> = shown.iter().map(|p| p.id).collect();
    let flags = post_flag::Entity::find()
        .filter(post_flag::Column::PostId.is_in(ids))
        .filter(post_flag::Column::ResolvedAt.is_null())
        .order_by_asc(post_flag::Column::CreatedAt)
        .all(db)
        .await?;
    let flagger_names = accounts::display_names(db, flags.iter().map(|f| f.user_id)).await?;
    let mut flags_by_post: HashMap<PostId, Vec<FlagView>> = HashMap::new();
    for f in flags {
        flags_by_post.entry(f.post_id).or_default().push(FlagView {
            user_id: f.user_id,
            display_name: flagger_names.get(&f.user_id).cloned(),
            reason: f.reason,
            created_at: f.created_at,
        });
    }
    let titles: HashMap<ThreadId, String> = thread::Entity::find()
        .select_only()
        .column(thread::Column::Id)
        .column(thread::Column::Title)
        .filter(thread::Column::Id.is_in(shown.iter().map(|p| p.thread_id)))
        .into_tuple::<(ThreadId, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let who = Viewer::of(Some(actor), &access);
    let marks = Marks::load(db, Some(actor.id), shown).await?;
    Ok(page_from(
        rows,
        limit,
        |p| p.id,
        |p| QueuedPost {
            thread_title: titles.get(&p.thread_id).cloned().unwrap_or_default(),
            flags: flags_by_post.remove(&p.id).unwrap_or_default(),
            post: post_view(p, &who, &marks),
        },
    ))
}

/// Marks the post's open flags as decided and takes it out of the queue.
async fn resolve_flags(db: &impl ConnectionTrait, post_id: PostId) -> AppResult<()> {
    post_flag::Entity::update_many()
        .col_expr(post_flag::Column::ResolvedAt, Expr::value(Utc::now()))
        .filter(post_flag::Column::PostId.eq(post_id))
        .filter(post_flag::Column::ResolvedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Hides a post (coordinators), or confirms an automatic hiding; the reason is logged and told
/// to the author.
pub async fn hide_post<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    post_id: PostId,
    reason: &str,
) -> AppResult<PostView> {
    let reason = parse_reason(reason).map_err(|m| AppError::invalid("reason", m))?;
    let (_, _, access) = load_post(db, Some(actor), post_id).await?;
    access.require_manage()?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    let status = current.status;
    match status {
        PostStatus::Deleted => {
            return Err(AppError::Conflict("This post was deleted.".into()));
        }
        PostStatus::Hidden if !current.needs_review => {
            return Err(AppError::Conflict("This post is already hidden.".into()));
        }
        _ => {}
    }
    resolve_flags(&*tx, post_id).await?;
    let mut row: post::ActiveModel = current.into();
    row.status = Set(PostStatus::Hidden);
    row.hidden_reason = Set(Some(reason.clone()));
    row.hidden_by = Set(Some(actor.id));
    row.needs_review = Set(false);
    row.flag_count = Set(0);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&*tx).await?;
    record(
        &*tx,
        Entry {
            neighbourhood_id: updated.neighbourhood_id,
            actor_id: Some(actor.id),
            action: ModerationAction::PostHidden,
            thread_id: Some(updated.thread_id),
            post_id: Some(updated.id),
            user_id: updated.author_id,
            reason: Some(reason.clone()),
        },
    )
    .await?;
    let kind = if status == PostStatus::Visible {
        NeighbourhoodEvent::PostHidden
    } else {
        NeighbourhoodEvent::PostReviewed
    };
    tx.emit(post_event(kind, &updated, Some(actor.id))).await?;
    if let Some(author) = updated.author_id.filter(|a| *a != actor.id) {
        let hidden = PostPlace::of(&access, &updated).hidden(reason.clone(), false);
        tx.notify(author, Some(actor.id), hidden).await?;
    }
    tx.commit(live).await?;
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&updated)).await?;
    Ok(post_view(
        updated,
        &Viewer::of(Some(actor), &access),
        &marks,
    ))
}

/// Restores a hidden post, or dismisses the flags on a visible one (coordinators).
pub async fn restore_post<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    post_id: PostId,
    reason: Option<&str>,
) -> AppResult<PostView> {
    let reason = optional_reason(reason)?;
    let (_, _, access) = load_post(db, Some(actor), post_id).await?;
    access.require_manage()?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    let status = current.status;
    match status {
        PostStatus::Deleted => {
            return Err(AppError::Conflict("This post was deleted.".into()));
        }
        PostStatus::Visible if !current.needs_review => {
            return Err(AppError::Conflict(
                "This post is visible and has no open flags.".into(),
            ));
        }
        _ => {}
    }
    resolve_flags(&*tx, post_id).await?;
    let mut row: post::ActiveModel = current.into();
    row.status = Set(PostStatus::Visible);
    row.hidden_reason = Set(None);
    row.hidden_by = Set(None);
    row.needs_review = Set(false);
    row.flag_count = Set(0);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&*tx).await?;
    let restored = status == PostStatus::Hidden;
    record(
        &*tx,
        Entry {
            neighbourhood_id: updated.neighbourhood_id,
            actor_id: Some(actor.id),
            action: if restored {
                ModerationAction::PostRestored
            } else {
                ModerationAction::FlagsDismissed
            },
            thread_id: Some(updated.thread_id),
            post_id: Some(updated.id),
            user_id: updated.author_id,
            reason: reason.clone(),
        },
    )
    .await?;
    if restored {
        tx.emit(post_event(
            NeighbourhoodEvent::PostRestored,
            &updated,
            Some(actor.id),
        ))
        .await?;
        if let Some(author) = updated.author_id.filter(|a| *a != actor.id) {
            let restored = PostPlace::of(&access, &updated).restored(reason.clone());
            tx.notify(author, Some(actor.id), restored).await?;
        }
    } else {
        tx.emit(post_event(
            NeighbourhoodEvent::PostReviewed,
            &updated,
            Some(actor.id),
        ))
        .await?;
    }
    tx.commit(live).await?;
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&updated)).await?;
    Ok(post_view(
        updated,
        &Viewer::of(Some(actor), &access),
        &marks,
    ))
}

/// Locks, unlocks, pins or unpins a thread (coordinators); each change is logged.
pub async fn change_thread<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    thread_id: ThreadId,
    change: ThreadChange,
) -> AppResult<discussions::ThreadDetail> {
    let reason = optional_reason(change.reason.as_deref())?;
    let (_, access) = load_thread(db, Some(actor), thread_id).await?;
    access.require_manage()?;
    if change.locked == Some(true) && reason.is_none() {
        return Err(AppError::invalid("reason", "say why the thread is locked"));
    }
    let mut tx = Transaction::begin(db, live).await?;
    let mut current = thread::Entity::find_by_id(thread_id)
        .one(&*tx)
        .await?
        .ok_or_else(|| AppError::not_found("thread"))?;
    // (moderation log action, event kind)
    let mut changes: Vec<(ModerationAction, ThreadEventKind)> = Vec::new();
    if let Some(locked) = change.locked.filter(|l| *l != current.locked) {
        changes.push(if locked {
            (
                ModerationAction::ThreadLocked,
                NeighbourhoodEvent::ThreadLocked,
            )
        } else {
            (
                ModerationAction::ThreadUnlocked,
                NeighbourhoodEvent::ThreadUnlocked,
            )
        });
    }
    if let Some(pinned) = change.pinned.filter(|p| *p != current.pinned) {
        changes.push(if pinned {
            (
                ModerationAction::ThreadPinned,
                NeighbourhoodEvent::ThreadPinned,
            )
        } else {
            (
                ModerationAction::ThreadUnpinned,
                NeighbourhoodEvent::ThreadUnpinned,
            )
        });
    }
    if !changes.is_empty() {
        let mut row: thread::ActiveModel = current.into();
        if let Some(locked) = change.locked {
            row.locked = Set(locked);
        }
        if let Some(pinned) = change.pinned {
            row.pinned = Set(pinned);
        }
        row.updated_at = Set(Utc::now());
        current = row.update(&*tx).await?;
        for (action, kind) in changes {
            record(
                &*tx,
                Entry {
                    neighbourhood_id: current.neighbourhood_id,
                    actor_id: Some(actor.id),
                    action,
                    thread_id: Some(current.id),
                    post_id: None,
                    user_id: None,
                    reason: reason.clone(),
                },
            )
            .await?;
            tx.emit(thread_event(kind, &current, actor.id)).await?;
        }
    }
    tx.commit(live).await?;
    discussions::get_thread(db, Some(actor), thread_id).await
}

/// The moderation log, newest first (coordinators).
pub async fn log(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    cursor: Option<String>,
    limit: u64,
) -> AppResult<Page<LogEntry>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_manage()?;
    let mut query = moderation_log::Entity::find()
        .filter(moderation_log::Column::NeighbourhoodId.eq(neighbourhood_id));
    if let Some(after) = decode_cursor::<Uuid>(cursor.as_deref())? {
        query = query.filter(moderation_log::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(moderation_log::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    let names = accounts::display_names(
        db,
        rows.iter().flat_map(|r| [r.actor_id, r.user_id]).flatten(),
    )
    .await?;
    Ok(page_from(
        rows,
        limit,
        |r| r.id,
        |r| LogEntry {
            id: r.id,
            actor_name: r.actor_id.and_then(|a| names.get(&a).cloned()),
            user_name: r.user_id.and_then(|u| names.get(&u).cloned()),
            action: r.action,
            actor_id: r.actor_id,
            thread_id: r.thread_id,
            post_id: r.post_id,
            user_id: r.user_id,
            reason: r.reason,
            created_at: r.created_at,
        },
    ))
}
