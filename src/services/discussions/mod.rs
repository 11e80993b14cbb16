//! Discussions: threads in a neighbourhood and the one discussion of each issue and task, posts
//! in Markdown (rendered and sanitised by `domain::discussion`), replies, reactions, mentions,
//! edits with their earlier versions, deletion, flags and each person's read position.
//! Moderators' work (the queue, hiding, locking, the log) is in `services::discussions::moderation`; what
//! both share (loading and locking posts, what a viewer sees of one, their events) is in
//! `services::discussions::posts`. Discussions call moderation only through its public `record`.
//!
//! Posts are numbered 1, 2, ... per thread by one `UPDATE threads SET post_seq = post_seq + 1`
//! inside the posting transaction, which also orders concurrent writers of one thread; pages are
//! keyset on that number. Events carry ids and counts only, never a title or a body: a post that
//! is hidden later cannot leak through the event log.

pub mod moderation;
pub mod posts;

use entity::ids::{NeighbourhoodId, PostId, ThreadId, UserId};
use entity::status::ModerationAction;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{
    issue, membership, post, post_flag, post_reaction, post_revision, report, task, thread,
    thread_read, user,
};
use sea_orm::{
    sea_query::{Condition, Expr, Func, LikeExpr, OnConflict},
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::i18n::{Locale, RequestLocale};
use crate::services::accounts;
use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        discussion::{
            flag_counts_to_hide, handle_of, mention_handles, parse_body, parse_reaction,
            parse_reason, parse_title, render, should_auto_hide, PostStatus, SubjectType,
            REACTIONS,
        },
        membership::MembershipStatus,
    },
    error::{AppError, AppResult},
    live::{
        kinds::{PostCreated, PostFlagged, ReactionChanged},
        Live, NeighbourhoodEvent, NewEvent, Transaction,
    },
    services::{
        discussions::posts::{
            load_post, load_thread, lock_post, post_event, post_view, require_read, thread_event,
            Marks, PostPlace, PostView, Viewer,
        },
        issues,
        neighbourhoods::memberships,
        tasks,
    },
    support::{
        fields::FieldCheck,
        pagination::{decode_cursor, page_from, Page},
        sql::escape_like,
    },
};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewThread {
    /// 3 to 150 characters.
    pub title: String,
    /// The first post, in Markdown (CommonMark; raw HTML is shown as text).
    pub body: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPost {
    /// Markdown, up to 10,000 characters. `@handle` mentions members.
    pub body: String,
    /// The post this one replies to (same thread).
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<PostId>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadView {
    #[schema(value_type = Uuid)]
    pub id: ThreadId,
    #[schema(value_type = Uuid)]
    pub neighbourhood_id: NeighbourhoodId,
    pub subject: SubjectType,
    /// The issue or task for their discussions.
    pub subject_id: Option<Uuid>,
    pub title: String,
    /// The language the title was written in, as the writer's page was shown; none when unknown.
    pub lang: Option<Locale>,
    #[schema(value_type = Option<Uuid>)]
    pub author_id: Option<UserId>,
    pub author_name: Option<String>,
    /// Posts that are not deleted.
    pub post_count: i64,
    /// The newest post's number (posts are numbered from 1).
    pub last_seq: i64,
    pub locked: bool,
    pub pinned: bool,
    pub last_activity_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// The caller's read position (signed-in callers only; 0 when never opened).
    pub last_read_seq: Option<i64>,
    /// Posts after the caller's read position.
    pub unread_count: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadDetail {
    #[serde(flatten)]
    pub thread: ThreadView,
    /// Whether the caller may post here now (member in good standing; open thread).
    pub can_post: bool,
    /// Whether the caller may flag posts.
    pub can_flag: bool,
    /// Whether the caller moderates (hide, restore, lock, pin, see earlier versions).
    pub can_moderate: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionView {
    pub id: Uuid,
    pub body_source: String,
    pub body_html: String,
    pub written_at: DateTime<Utc>,
    pub replaced_at: DateTime<Utc>,
}

/// The discussion of an issue or task: absent until its first post.
#[derive(Debug, Serialize, ToSchema)]
pub struct Discussion {
    pub thread: Option<ThreadDetail>,
    /// Whether the caller may post (and so start the discussion).
    pub can_post: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Preview {
    pub html: String,
    /// The members the post would mention.
    pub mentions: Vec<MentionCandidate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MentionCandidate {
    #[schema(value_type = Uuid)]
    pub user_id: UserId,
    pub display_name: String,
    /// What to type after `@`.
    pub handle: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FlagOutcome {
    /// Open flags on the post after yours.
    pub flag_count: i32,
    /// Whether your flag made the post hidden.
    pub hidden: bool,
}

fn thread_view(t: thread::Model, names: &HashMap<UserId, String>, read: Option<i64>) -> ThreadView {
    ThreadView {
        id: t.id,
        neighbourhood_id: t.neighbourhood_id,
        subject: t.subject_type,
        subject_id: t.subject_id,
        title: t.title,
        lang: t.lang.as_deref().and_then(Locale::from_tag),
        author_id: t.author_id,
        author_name: t.author_id.and_then(|a| names.get(&a).cloned()),
        post_count: t.post_count,
        last_seq: t.post_seq,
        locked: t.locked,
        pinned: t.pinned,
        last_activity_at: t.last_activity_at,
        created_at: t.created_at,
        last_read_seq: read,
        unread_count: read.map(|r| (t.post_seq - r).max(0)),
    }
}

async fn read_positions(
    db: &impl ConnectionTrait,
    viewer: Option<UserId>,
    threads: &[ThreadId],
) -> AppResult<Option<HashMap<ThreadId, i64>>> {
    let Some(me) = viewer else {
        return Ok(None);
    };
    if threads.is_empty() {
        return Ok(Some(HashMap::new()));
    }
    Ok(Some(
        thread_read::Entity::find()
            .filter(thread_read::Column::UserId.eq(me))
            .filter(thread_read::Column::ThreadId.is_in(threads.to_vec()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.thread_id, r.last_read_seq))
            .collect(),
    ))
}

async fn thread_detail(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    access: &NeighbourhoodAccess,
    t: thread::Model,
) -> AppResult<ThreadDetail> {
    let names = accounts::display_names(db, t.author_id).await?;
    let reads = read_positions(db, viewer.map(|v| v.id), &[t.id]).await?;
    let read = reads.map(|r| r.get(&t.id).copied().unwrap_or(0));
    let can_post = may_post(access, &t);
    Ok(ThreadDetail {
        thread: thread_view(t, &names, read),
        can_post,
        can_flag: access.can_take_part_in_discussions(),
        can_moderate: access.can_manage(),
    })
}

fn may_post(access: &NeighbourhoodAccess, t: &thread::Model) -> bool {
    access.can_take_part_in_discussions() && (!t.locked || access.can_manage())
}

pub(crate) fn require_take_part(access: &NeighbourhoodAccess) -> AppResult<()> {
    if access.can_take_part_in_discussions() {
        return Ok(());
    }
    let detail = match access.membership {
        Some((_, MembershipStatus::Suspended)) => {
            "You are suspended in this neighbourhood and cannot take part until it ends."
        }
        Some((_, MembershipStatus::Pending)) => {
            "Your request to join is waiting for a coordinator; you can take part once approved."
        }
        _ => "Join the neighbourhood to take part in its discussions.",
    };
    Err(AppError::Forbidden(detail.into()))
}

/// Members of the neighbourhood mentioned by handle (active and suspended members: both read).
async fn resolve_mentions(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    handles: &[String],
) -> AppResult<HashMap<String, Vec<UserId>>> {
    if handles.is_empty() {
        return Ok(HashMap::new());
    }
    let wanted: HashSet<&str> = handles.iter().map(String::as_str).collect();
    let members: Vec<(UserId, String)> = membership::Entity::find()
        .select_only()
        .column(membership::Column::UserId)
        .column(user::Column::DisplayName)
        .inner_join(user::Entity)
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(membership::Column::Status.ne(MembershipStatus::Pending.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let mut out: HashMap<String, Vec<UserId>> = HashMap::new();
    for (id, name) in members {
        let handle = handle_of(&name);
        if wanted.contains(handle.as_str()) {
            out.entry(handle).or_default().push(id);
        }
    }
    Ok(out)
}

/// Renders a body with its mentions resolved; returns the HTML and who is mentioned.
async fn rendered(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    body: &str,
) -> AppResult<(String, HashMap<String, Vec<UserId>>)> {
    let mentions = resolve_mentions(db, neighbourhood_id, &mention_handles(body)).await?;
    let handles: HashSet<String> = mentions.keys().cloned().collect();
    Ok((render(body, &handles), mentions))
}

/// Adds a post to a thread inside `tx`: takes the next number (the thread's row lock orders
/// writers), refuses locked threads to non-moderators, renders, stores, emits `post.created`
/// and notifies the mentioned members and the parent's author.
async fn add_post(
    tx: &mut Transaction,
    access: &NeighbourhoodAccess,
    thread_id: ThreadId,
    actor: &user::Model,
    body: &str,
    parent: Option<&post::Model>,
) -> AppResult<post::Model> {
    let now = Utc::now();
    thread::Entity::update_many()
        .col_expr(
            thread::Column::PostSeq,
            Expr::col(thread::Column::PostSeq).add(1),
        )
        .col_expr(
            thread::Column::PostCount,
            Expr::col(thread::Column::PostCount).add(1),
        )
        .col_expr(thread::Column::LastActivityAt, Expr::value(now))
        .col_expr(thread::Column::UpdatedAt, Expr::value(now))
        .filter(thread::Column::Id.eq(thread_id))
        .exec(&**tx)
        .await?;
    let t = thread::Entity::find_by_id(thread_id)
        .one(&**tx)
        .await?
        .ok_or_else(|| AppError::not_found("thread"))?;
    if t.locked && !access.can_manage() {
        return Err(AppError::Conflict(
            "This thread is locked: no new posts.".into(),
        ));
    }
    let (html, mentions) = rendered(&**tx, t.neighbourhood_id, body).await?;
    let created = post::ActiveModel {
        id: Set(PostId::new()),
        thread_id: Set(t.id),
        neighbourhood_id: Set(t.neighbourhood_id),
        seq: Set(t.post_seq),
        author_id: Set(Some(actor.id)),
        parent_id: Set(parent.map(|p| p.id)),
        body_source: Set(body.to_owned()),
        body_html: Set(html),
        lang: Set(RequestLocale::of_written_text()),
        status: Set(PostStatus::Visible),
        flag_count: Set(0),
        needs_review: Set(false),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        reactions: Set(json!({})),
        edited_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&**tx)
    .await?;
    let event = NeighbourhoodEvent::PostCreated(PostCreated {
        thread_id: created.thread_id,
        post_id: created.id,
        seq: created.seq,
        parent_id: created.parent_id,
        author_id: actor.id,
        post_count: t.post_count,
    });
    tx.emit(NewEvent::neighbourhood(
        created.neighbourhood_id,
        event,
        Some(actor.id),
    ))
    .await?;
    let replied_to = parent.and_then(|p| p.author_id).filter(|a| *a != actor.id);
    // Someone who has left a private neighbourhood hears nothing more from it.
    let replied_to = match replied_to {
        Some(author) => crate::auth::policy::who_may_see(&**tx, &access.neighbourhood, &[author])
            .await?
            .into_iter()
            .next(),
        None => None,
    };
    if let Some(author) = replied_to {
        let reply = PostPlace::of(access, &created).reply(&actor.display_name, created.parent_id);
        tx.notify(author, Some(actor.id), reply).await?;
    }
    notify_mentions(
        tx,
        access,
        actor,
        &created,
        &mentions,
        replied_to,
        &HashSet::new(),
    )
    .await?;
    Ok(created)
}

/// `mentioned` notifications for everyone mentioned except the author, the person already told
/// of a reply, and those mentioned before (on edit).
async fn notify_mentions(
    tx: &mut Transaction,
    access: &NeighbourhoodAccess,
    actor: &user::Model,
    p: &post::Model,
    mentions: &HashMap<String, Vec<UserId>>,
    skip: Option<UserId>,
    already: &HashSet<UserId>,
) -> AppResult<()> {
    let mut told: HashSet<UserId> = already.clone();
    told.insert(actor.id);
    told.extend(skip);
    let mut people: Vec<UserId> = mentions.values().flatten().copied().collect();
    // A stable order keeps lock order (user rows) the same across concurrent posts.
    people.sort();
    for person in people {
        if told.insert(person) {
            let mention = PostPlace::of(access, p).mentioned(&actor.display_name);
            tx.notify(person, Some(actor.id), mention).await?;
        }
    }
    Ok(())
}

/// Starts a thread with its first post.
pub async fn create_thread<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    input: NewThread,
) -> AppResult<ThreadDetail> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    require_take_part(&access)?;
    let mut check = FieldCheck::new();
    let title = check.check("title", parse_title(&input.title));
    let body = check.check("body", parse_body(&input.body));
    check.finish()?;
    let (Some(title), Some(body)) = (title, body) else {
        return Err(AppError::invalid("body", "is required"));
    };
    let mut tx = Transaction::begin(db, live).await?;
    let t = insert_thread(
        &*tx,
        neighbourhood_id,
        SubjectType::General,
        None,
        title,
        actor,
    )
    .await?;
    tx.emit(thread_event(
        NeighbourhoodEvent::ThreadCreated,
        &t,
        actor.id,
    ))
    .await?;
    add_post(&mut tx, &access, t.id, actor, &body, None).await?;
    let t = thread::Entity::find_by_id(t.id)
        .one(&*tx)
        .await?
        .ok_or_else(|| AppError::not_found("thread"))?;
    mark_read_in(&*tx, actor.id, t.id, t.post_seq).await?;
    tx.commit(live).await?;
    thread_detail(db, Some(actor), &access, t).await
}

async fn insert_thread(
    db: &impl ConnectionTrait,
    neighbourhood_id: NeighbourhoodId,
    subject: SubjectType,
    subject_id: Option<Uuid>,
    title: String,
    actor: &user::Model,
) -> AppResult<thread::Model> {
    let now = Utc::now();
    Ok(thread::ActiveModel {
        id: Set(ThreadId::new()),
        neighbourhood_id: Set(neighbourhood_id),
        subject_type: Set(subject),
        subject_id: Set(subject_id),
        title: Set(title),
        // A discussion's title is made from its subject ("Task: …", "Issue: <category>"), not
        // written by whoever starts it: its language is not known.
        lang: Set(match subject {
            SubjectType::General => RequestLocale::of_written_text(),
            SubjectType::Issue | SubjectType::Task => None,
        }),
        author_id: Set(Some(actor.id)),
        post_seq: Set(0),
        post_count: Set(0),
        locked: Set(false),
        pinned: Set(false),
        last_activity_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

pub struct ThreadFilter {
    pub subject: Option<SubjectType>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// Pinned first, then most recent activity first.
#[derive(Serialize, Deserialize)]
struct ThreadCursor {
    pinned: bool,
    at: DateTime<Utc>,
    id: ThreadId,
}

pub async fn list_threads(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    neighbourhood_id: NeighbourhoodId,
    filter: ThreadFilter,
) -> AppResult<Page<ThreadView>> {
    let access = NeighbourhoodAccess::load(db, viewer, neighbourhood_id).await?;
    require_read(&access)?;
    let mut query =
        thread::Entity::find().filter(thread::Column::NeighbourhoodId.eq(neighbourhood_id));
    if let Some(subject) = filter.subject {
        query = query.filter(thread::Column::SubjectType.eq(subject.as_str()));
    }
    if let Some(after) = decode_cursor::<ThreadCursor>(filter.cursor.as_deref())? {
        let same_pin = Condition::all().add(thread::Column::Pinned.eq(after.pinned));
        let mut later = Condition::any()
            .add(
                same_pin
                    .clone()
                    .add(thread::Column::LastActivityAt.lt(after.at)),
            )
            .add(
                same_pin
                    .add(thread::Column::LastActivityAt.eq(after.at))
                    .add(thread::Column::Id.lt(after.id)),
            );
        if after.pinned {
            later = later.add(thread::Column::Pinned.eq(false));
        }
        query = query.filter(later);
    }
    let rows = query
        .order_by_desc(thread::Column::Pinned)
        .order_by_desc(thread::Column::LastActivityAt)
        .order_by_desc(thread::Column::Id)
        .limit(filter.limit + 1)
        .all(db)
        .await?;
    let names = accounts::display_names(db, rows.iter().filter_map(|t| t.author_id)).await?;
    let ids: Vec<ThreadId> = rows.iter().map(|t| t.id).collect();
    let reads = read_positions(db, viewer.map(|v| v.id), &ids).await?;
    Ok(page_from(
        rows,
        filter.limit,
        |t| ThreadCursor {
            pinned: t.pinned,
            at: t.last_activity_at,
            id: t.id,
        },
        |t| {
            let read = reads.as_ref().map(|r| r.get(&t.id).copied().unwrap_or(0));
            thread_view(t, &names, read)
        },
    ))
}

pub async fn get_thread(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: ThreadId,
) -> AppResult<ThreadDetail> {
    let (t, access) = load_thread(db, viewer, id).await?;
    thread_detail(db, viewer, &access, t).await
}

pub struct PostFilter {
    /// Posts after this number (the cursor of the previous page, or a read position).
    pub after_seq: Option<i64>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// A thread's posts, oldest first, keyset on the post number.
pub async fn list_posts(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    thread_id: ThreadId,
    filter: PostFilter,
) -> AppResult<Page<PostView>> {
    let (_, access) = load_thread(db, viewer, thread_id).await?;
    let after = match decode_cursor::<i64>(filter.cursor.as_deref())? {
        Some(seq) => seq,
        None => filter.after_seq.unwrap_or(0),
    };
    let rows = post::Entity::find()
        .filter(post::Column::ThreadId.eq(thread_id))
        .filter(post::Column::Seq.gt(after))
        .order_by_asc(post::Column::Seq)
        .limit(filter.limit + 1)
        .all(db)
        .await?;
    let who = Viewer::of(viewer, &access);
    let marks = Marks::load(db, who.id, &rows).await?;
    Ok(page_from(
        rows,
        filter.limit,
        |p| p.seq,
        |p| post_view(p, &who, &marks),
    ))
}

/// Replies in a thread (or starts a new branch with no parent).
pub async fn create_post<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    thread_id: ThreadId,
    input: NewPost,
) -> AppResult<PostView> {
    let (t, access) = load_thread(db, Some(actor), thread_id).await?;
    post_in(db, live, actor, &access, t.id, input).await
}

async fn post_in<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    access: &NeighbourhoodAccess,
    thread_id: ThreadId,
    input: NewPost,
) -> AppResult<PostView> {
    require_take_part(access)?;
    let body = parse_body(&input.body).map_err(|m| AppError::invalid("body", m))?;
    let parent = match input.parent_id {
        None => None,
        Some(parent_id) => {
            let parent = post::Entity::find_by_id(parent_id)
                .one(db)
                .await?
                .filter(|p| p.thread_id == thread_id)
                .ok_or_else(|| AppError::invalid("parent_id", "is not a post of this thread"))?;
            if parent.status != PostStatus::Visible {
                return Err(AppError::Conflict(
                    "That post was deleted or hidden; it cannot be replied to.".into(),
                ));
            }
            Some(parent)
        }
    };
    let mut tx = Transaction::begin(db, live).await?;
    let created = add_post(&mut tx, access, thread_id, actor, &body, parent.as_ref()).await?;
    mark_read_in(&*tx, actor.id, thread_id, created.seq).await?;
    tx.commit(live).await?;
    let who = Viewer::of(Some(actor), access);
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&created)).await?;
    Ok(post_view(created, &who, &marks))
}

/// Loads the post for a change by its author: only the author, only while they may take part,
/// never a deleted post, and not in a locked thread (moderators excepted).
async fn own_post(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    post_id: PostId,
) -> AppResult<(post::Model, thread::Model, NeighbourhoodAccess)> {
    let (p, t, access) = load_post(db, Some(actor), post_id).await?;
    if p.author_id != Some(actor.id) {
        return Err(AppError::Forbidden(
            "Only its author can edit a post.".into(),
        ));
    }
    require_take_part(&access)?;
    if p.status == PostStatus::Deleted {
        return Err(AppError::Conflict("This post was deleted.".into()));
    }
    if t.locked && !access.can_manage() {
        return Err(AppError::Conflict(
            "This thread is locked: posts cannot be changed.".into(),
        ));
    }
    Ok((p, t, access))
}

/// Edits a post: the earlier version is kept (coordinators can read it), the post is marked
/// edited, and members newly mentioned are notified.
pub async fn edit_post<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    post_id: PostId,
    body: &str,
) -> AppResult<PostView> {
    let (_, _, access) = own_post(db, actor, post_id).await?;
    let body = parse_body(body).map_err(|m| AppError::invalid("body", m))?;
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    if current.status == PostStatus::Deleted {
        return Err(AppError::Conflict("This post was deleted.".into()));
    }
    if current.body_source == body {
        tx.commit(live).await?;
        let who = Viewer::of(Some(actor), &access);
        let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&current)).await?;
        return Ok(post_view(current, &who, &marks));
    }
    let now = Utc::now();
    post_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        post_id: Set(current.id),
        body_source: Set(current.body_source.clone()),
        body_html: Set(current.body_html.clone()),
        written_at: Set(current.edited_at.unwrap_or(current.created_at)),
        replaced_at: Set(now),
    }
    .insert(&*tx)
    .await?;
    let before = resolve_mentions(
        &*tx,
        current.neighbourhood_id,
        &mention_handles(&current.body_source),
    )
    .await?;
    let (html, mentions) = rendered(&*tx, current.neighbourhood_id, &body).await?;
    let mut row: post::ActiveModel = current.into();
    row.body_source = Set(body);
    row.body_html = Set(html);
    row.lang = Set(RequestLocale::of_written_text());
    row.edited_at = Set(Some(now));
    row.updated_at = Set(now);
    let updated = row.update(&*tx).await?;
    tx.emit(post_event(
        NeighbourhoodEvent::PostEdited,
        &updated,
        Some(actor.id),
    ))
    .await?;
    let already: HashSet<UserId> = before.values().flatten().copied().collect();
    notify_mentions(&mut tx, &access, actor, &updated, &mentions, None, &already).await?;
    tx.commit(live).await?;
    let who = Viewer::of(Some(actor), &access);
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&updated)).await?;
    Ok(post_view(updated, &who, &marks))
}

/// Deletes a post (its author, or a coordinator, which is logged): the body and its earlier
/// versions are removed; the placeholder keeps its number and replies.
pub async fn delete_post<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    post_id: PostId,
) -> AppResult<PostView> {
    let (p, t, access) = load_post(db, Some(actor), post_id).await?;
    let by_author = p.author_id == Some(actor.id);
    if !(by_author || access.can_manage()) {
        return Err(AppError::Forbidden(
            "Only its author or a coordinator can delete a post.".into(),
        ));
    }
    if by_author && !access.can_manage() {
        require_take_part(&access)?;
    }
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    if current.status == PostStatus::Deleted {
        return Err(AppError::Conflict("This post was already deleted.".into()));
    }
    let now = Utc::now();
    post_revision::Entity::delete_many()
        .filter(post_revision::Column::PostId.eq(post_id))
        .exec(&*tx)
        .await?;
    let mut row: post::ActiveModel = current.into();
    row.status = Set(PostStatus::Deleted);
    row.body_source = Set(String::new());
    row.body_html = Set(String::new());
    row.needs_review = Set(false);
    row.hidden_reason = Set(None);
    row.updated_at = Set(now);
    let updated = row.update(&*tx).await?;
    thread::Entity::update_many()
        .col_expr(
            thread::Column::PostCount,
            Expr::col(thread::Column::PostCount).sub(1),
        )
        .filter(thread::Column::Id.eq(t.id))
        .exec(&*tx)
        .await?;
    if !by_author {
        moderation::record(
            &*tx,
            moderation::Entry {
                neighbourhood_id: t.neighbourhood_id,
                actor_id: Some(actor.id),
                action: ModerationAction::PostDeleted,
                thread_id: Some(t.id),
                post_id: Some(post_id),
                user_id: updated.author_id,
                reason: None,
            },
        )
        .await?;
    }
    tx.emit(post_event(
        NeighbourhoodEvent::PostDeleted,
        &updated,
        Some(actor.id),
    ))
    .await?;
    tx.commit(live).await?;
    let who = Viewer::of(Some(actor), &access);
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&updated)).await?;
    Ok(post_view(updated, &who, &marks))
}

/// Earlier versions of a post, newest first (coordinators).
pub async fn revisions(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    post_id: PostId,
) -> AppResult<Vec<RevisionView>> {
    let (_, _, access) = load_post(db, Some(actor), post_id).await?;
    access.require_manage()?;
    Ok(post_revision::Entity::find()
        .filter(post_revision::Column::PostId.eq(post_id))
        .order_by_desc(post_revision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RevisionView {
            id: r.id,
            body_source: r.body_source,
            body_html: r.body_html,
            written_at: r.written_at,
            replaced_at: r.replaced_at,
        })
        .collect())
}

/// Gives or takes back one reaction (a toggle); one of each kind per person.
pub async fn toggle_reaction<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    post_id: PostId,
    reaction: &str,
) -> AppResult<PostView> {
    let reaction = parse_reaction(reaction).ok_or_else(|| {
        AppError::invalid(
            "reaction",
            format!("must be one of {}", REACTIONS.join(" ")),
        )
    })?;
    let (_, t, access) = load_post(db, Some(actor), post_id).await?;
    require_take_part(&access)?;
    if t.locked && !access.can_manage() {
        return Err(AppError::Conflict("This thread is locked.".into()));
    }
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    if current.status != PostStatus::Visible {
        return Err(AppError::Conflict(
            "Deleted or hidden posts cannot get reactions.".into(),
        ));
    }
    let key = (post_id, actor.id, reaction.to_owned());
    let existing = post_reaction::Entity::find_by_id(key.clone())
        .one(&*tx)
        .await?;
    match existing {
        Some(_) => {
            post_reaction::Entity::delete_by_id(key).exec(&*tx).await?;
        }
        None => {
            post_reaction::ActiveModel {
                post_id: Set(post_id),
                user_id: Set(actor.id),
                reaction: Set(reaction.to_owned()),
                created_at: Set(Utc::now()),
            }
            .insert(&*tx)
            .await?;
        }
    }
    let counts: Vec<(String, i64)> = post_reaction::Entity::find()
        .select_only()
        .column(post_reaction::Column::Reaction)
        .column_as(post_reaction::Column::UserId.count(), "n")
        .filter(post_reaction::Column::PostId.eq(post_id))
        .group_by(post_reaction::Column::Reaction)
        .into_tuple()
        .all(&*tx)
        .await?;
    let counts: serde_json::Map<String, serde_json::Value> =
        counts.into_iter().map(|(r, n)| (r, json!(n))).collect();
    let mut row: post::ActiveModel = current.into();
    row.reactions = Set(serde_json::Value::Object(counts.clone()));
    let updated = row.update(&*tx).await?;
    let changed = ReactionChanged {
        thread_id: updated.thread_id,
        post_id: updated.id,
        seq: updated.seq,
        reactions: serde_json::from_value(serde_json::Value::Object(counts))
            .map_err(|e| AppError::Internal(e.into()))?,
    };
    tx.emit(NewEvent::neighbourhood(
        updated.neighbourhood_id,
        NeighbourhoodEvent::ReactionChanged(changed),
        Some(actor.id),
    ))
    .await?;
    tx.commit(live).await?;
    let who = Viewer::of(Some(actor), &access);
    let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&updated)).await?;
    Ok(post_view(updated, &who, &marks))
}

/// When flags hide a post on their own (`flags_to_hide`, `flag_min_account_age_secs`).
#[derive(Debug, Clone, Copy)]
pub struct AutoHide {
    /// Counting flags that hide a post; 0 never hides.
    pub threshold: u32,
    /// Flags count only from accounts this old that wrote before (`flag_counts_to_hide`).
    pub min_account_age: chrono::Duration,
}

/// Flags a post with a reason (one flag per person per post). When the open flags that count
/// (`domain::discussion::flag_counts_to_hide`) reach the threshold the post is hidden until a
/// coordinator decides; its author is told.
pub async fn flag<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    auto_hide: AutoHide,
    actor: &user::Model,
    post_id: PostId,
    reason: &str,
) -> AppResult<FlagOutcome> {
    let reason = parse_reason(reason).map_err(|m| AppError::invalid("reason", m))?;
    let (p, _, access) = load_post(db, Some(actor), post_id).await?;
    require_take_part(&access)?;
    if p.author_id == Some(actor.id) {
        return Err(AppError::Conflict("You cannot flag your own post.".into()));
    }
    let mut tx = Transaction::begin(db, live).await?;
    let current = lock_post(&*tx, post_id).await?;
    if current.status == PostStatus::Deleted {
        return Err(AppError::Conflict("This post was deleted.".into()));
    }
    let already = post_flag::Entity::find_by_id((post_id, actor.id))
        .one(&*tx)
        .await?;
    if already.is_some() {
        return Err(AppError::Conflict(
            "You have already flagged this post.".into(),
        ));
    }
    post_flag::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(actor.id),
        reason: Set(reason.clone()),
        created_at: Set(Utc::now()),
        resolved_at: Set(None),
    }
    .insert(&*tx)
    .await?;
    // Coordinators hear of a post once, when it first needs review; later flags on the same
    // post only add to its count (nobody can flood them by flagging), until a review clears it.
    let first_to_review = !current.needs_review;
    let flag_count = current.flag_count + 1;
    let counting = flags_counting_to_hide(&*tx, post_id, i64::from(flag_count), auto_hide).await?;
    let hide = should_auto_hide(current.status, counting, auto_hide.threshold);
    let mut row: post::ActiveModel = current.into();
    row.flag_count = Set(flag_count);
    row.needs_review = Set(true);
    if hide {
        row.status = Set(PostStatus::Hidden);
        row.hidden_reason = Set(Some(format!(
            "Hidden automatically after {flag_count} members flagged it; a coordinator will review it."
        )));
        row.hidden_by = Set(None);
    }
    let updated = row.update(&*tx).await?;
    let flagged = NeighbourhoodEvent::PostFlagged(PostFlagged {
        thread_id: updated.thread_id,
        post_id: updated.id,
        seq: updated.seq,
        flag_count,
    });
    tx.emit(NewEvent::neighbourhood(
        updated.neighbourhood_id,
        flagged,
        Some(actor.id),
    ))
    .await?;
    if first_to_review {
        let mut coordinators =
            memberships::active_coordinators(&*tx, updated.neighbourhood_id).await?;
        coordinators.retain(|c| *c != actor.id);
        let notice = PostPlace::of(&access, &updated).flagged(reason);
        tx.notify_many(&coordinators, Some(actor.id), notice)
            .await?;
    }
    if hide {
        moderation::record(
            &*tx,
            moderation::Entry {
                neighbourhood_id: updated.neighbourhood_id,
                actor_id: None,
                action: ModerationAction::PostAutoHidden,
                thread_id: Some(updated.thread_id),
                post_id: Some(updated.id),
                user_id: updated.author_id,
                reason: updated.hidden_reason.clone(),
            },
        )
        .await?;
        tx.emit(post_event(NeighbourhoodEvent::PostHidden, &updated, None))
            .await?;
        if let Some(author) = updated.author_id {
            // The reason was set just above, with the automatic hiding.
            let reason = updated.hidden_reason.clone().unwrap_or_default();
            let hidden = PostPlace::of(&access, &updated).hidden(reason, true);
            tx.notify(author, None, hidden).await?;
        }
    }
    tx.commit(live).await?;
    Ok(FlagOutcome {
        flag_count,
        hidden: hide,
    })
}

/// The post's open flags that count towards hiding it: all of them with the rule off, else those
/// from accounts old enough that wrote a post or a report.
async fn flags_counting_to_hide(
    db: &impl ConnectionTrait,
    post_id: PostId,
    open_flags: i64,
    auto_hide: AutoHide,
) -> AppResult<i64> {
    if auto_hide.min_account_age <= chrono::Duration::zero() {
        return Ok(open_flags);
    }
    let ids: Vec<UserId> = post_flag::Entity::find()
        .select_only()
        .column(post_flag::Column::UserId)
        .filter(post_flag::Column::PostId.eq(post_id))
        .filter(post_flag::Column::ResolvedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let flaggers: Vec<(UserId, DateTime<Utc>)> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::CreatedAt)
        .filter(user::Column::Id.is_in(ids.clone()))
        .into_tuple()
        .all(db)
        .await?;
    let mut writers: HashSet<UserId> = post::Entity::find()
        .select_only()
        .column(post::Column::AuthorId)
        .filter(post::Column::AuthorId.is_in(ids.clone()))
        .distinct()
        .into_tuple::<Option<UserId>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect();
    writers.extend(
        report::Entity::find()
            .select_only()
            .column(report::Column::ReporterId)
            .filter(report::Column::ReporterId.is_in(ids))
            .distinct()
            .into_tuple::<UserId>()
            .all(db)
            .await?,
    );
    let now = Utc::now();
    Ok(flaggers
        .iter()
        .filter(|(id, created_at)| {
            flag_counts_to_hide(
                *created_at,
                writers.contains(id),
                now,
                auto_hide.min_account_age,
            )
        })
        .count() as i64)
}

/// Moves the caller's read position forward (never back), up to the thread's newest post.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    thread_id: ThreadId,
    seq: i64,
) -> AppResult<ThreadView> {
    let (t, _) = load_thread(db, Some(actor), thread_id).await?;
    if seq < 0 {
        return Err(AppError::invalid("seq", "must not be negative"));
    }
    mark_read_in(db, actor.id, thread_id, seq.min(t.post_seq)).await?;
    let names = accounts::display_names(db, t.author_id).await?;
    let read = read_positions(db, Some(actor.id), &[t.id]).await?;
    let position = read.and_then(|r| r.get(&t.id).copied()).unwrap_or(0);
    Ok(thread_view(t, &names, Some(position)))
}

async fn mark_read_in(
    db: &impl ConnectionTrait,
    user_id: UserId,
    thread_id: ThreadId,
    seq: i64,
) -> AppResult<()> {
    let now = Utc::now();
    let moved = thread_read::Entity::update_many()
        .col_expr(thread_read::Column::LastReadSeq, Expr::value(seq))
        .col_expr(thread_read::Column::UpdatedAt, Expr::value(now))
        .filter(thread_read::Column::UserId.eq(user_id))
        .filter(thread_read::Column::ThreadId.eq(thread_id))
        .filter(thread_read::Column::LastReadSeq.lt(seq))
        .exec(db)
        .await?;
    if moved.rows_affected == 0 {
        // No row yet (or already further on): insert, leaving an existing row alone.
        thread_read::Entity::insert(thread_read::ActiveModel {
            user_id: Set(user_id),
            thread_id: Set(thread_id),
            last_read_seq: Set(seq),
            updated_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([thread_read::Column::UserId, thread_read::Column::ThreadId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// What a post would look like, rendered exactly as it will be stored.
pub async fn preview(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    body: &str,
) -> AppResult<Preview> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    require_read(&access)?;
    let body = parse_body(body).map_err(|m| AppError::invalid("body", m))?;
    let (html, mentions) = rendered(db, neighbourhood_id, &body).await?;
    let names = accounts::display_names(db, mentions.values().flatten().copied()).await?;
    let mut mentioned: Vec<MentionCandidate> = names
        .into_iter()
        .map(|(user_id, display_name)| MentionCandidate {
            user_id,
            handle: handle_of(&display_name),
            display_name,
        })
        .collect();
    mentioned.sort_by(|a, b| a.handle.cmp(&b.handle));
    Ok(Preview {
        html,
        mentions: mentioned,
    })
}

/// Members whose name starts with (or has a word starting with) `q`, for `@` completion.
pub async fn mention_candidates(
    db: &impl ConnectionTrait,
    actor: &user::Model,
    neighbourhood_id: NeighbourhoodId,
    q: &str,
) -> AppResult<Vec<MentionCandidate>> {
    let access = NeighbourhoodAccess::load(db, Some(actor), neighbourhood_id).await?;
    access.require_see_members()?;
    let q = q
        .trim()
        .trim_start_matches('@')
        .replace('_', " ")
        .to_lowercase();
    if q.chars().count() > crate::domain::discussion::MAX_HANDLE_CHARS {
        return Err(AppError::invalid(
            "q",
            format!(
                "must be at most {} characters",
                crate::domain::discussion::MAX_HANDLE_CHARS
            ),
        ));
    }
    let escaped = escape_like(&q);
    let lower_name = Expr::expr(Func::lower(Expr::col((
        user::Entity,
        user::Column::DisplayName,
    ))));
    let rows: Vec<(UserId, String)> = membership::Entity::find()
        .select_only()
        .column(membership::Column::UserId)
        .column(user::Column::DisplayName)
        .inner_join(user::Entity)
        .filter(membership::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(membership::Column::Status.ne(MembershipStatus::Pending.as_str()))
        .filter(
            Condition::any()
                .add(
                    lower_name
                        .clone()
                        .like(LikeExpr::new(format!("{escaped}%")).escape('\\')),
                )
                .add(lower_name.like(LikeExpr::new(format!("% {escaped}%")).escape('\\'))),
        )
        .order_by_asc(user::Column::DisplayName)
        .limit(10)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, display_name)| MentionCandidate {
            user_id,
            handle: handle_of(&display_name),
            display_name,
        })
        .collect())
}

/// The subject a discussion belongs to: its neighbourhood, title and the caller's access.
async fn load_subject(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    subject: SubjectType,
    id: Uuid,
) -> AppResult<(NeighbourhoodAccess, String)> {
    match subject {
        SubjectType::Issue => {
            let (found, access): (issue::Model, _) =
                issues::load_issue(db, viewer, id.into()).await?;
            let category: Option<String> = entity::category::Entity::find_by_id(found.category_id)
                .select_only()
                .column(entity::category::Column::Name)
                .into_tuple()
                .one(db)
                .await?;
            let title = format!("Issue: {}", category.unwrap_or_else(|| "discussion".into()));
            Ok((access, title))
        }
        SubjectType::Task => {
            let (found, access): (task::Model, _) = tasks::load_task(db, viewer, id.into()).await?;
            Ok((access, format!("Task: {}", found.title)))
        }
        SubjectType::General => Err(AppError::not_found("discussion")),
    }
}

async fn discussion_thread(
    db: &impl ConnectionTrait,
    subject: SubjectType,
    id: Uuid,
) -> AppResult<Option<thread::Model>> {
    Ok(thread::Entity::find()
        .filter(thread::Column::SubjectType.eq(subject.as_str()))
        .filter(thread::Column::SubjectId.eq(id))
        .one(db)
        .await?)
}

/// The discussion of an issue or task (none before its first post).
pub async fn discussion(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    subject: SubjectType,
    id: Uuid,
) -> AppResult<Discussion> {
    let (access, _) = load_subject(db, viewer, subject, id).await?;
    require_read(&access)?;
    match discussion_thread(db, subject, id).await? {
        Some(t) => {
            let detail = thread_detail(db, viewer, &access, t).await?;
            Ok(Discussion {
                can_post: detail.can_post,
                thread: Some(detail),
            })
        }
        None => Ok(Discussion {
            thread: None,
            can_post: access.can_take_part_in_discussions(),
        }),
    }
}

/// Posts in the discussion of an issue or task, starting it on the first post.
pub async fn post_to_discussion<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    live: &Live,
    actor: &user::Model,
    subject: SubjectType,
    id: Uuid,
    input: NewPost,
) -> AppResult<PostView> {
    let (access, title) = load_subject(db, Some(actor), subject, id).await?;
    require_take_part(&access)?;
    if let Some(t) = discussion_thread(db, subject, id).await? {
        return post_in(db, live, actor, &access, t.id, input).await;
    }
    // The first post starts the discussion, in one transaction with it.
    let body = parse_body(&input.body).map_err(|m| AppError::invalid("body", m))?;
    if input.parent_id.is_some() {
        return Err(AppError::invalid(
            "parent_id",
            "is not a post of this thread",
        ));
    }
    let title: String = title
        .chars()
        .take(crate::domain::discussion::MAX_TITLE_CHARS)
        .collect();
    let mut tx = Transaction::begin(db, live).await?;
    match insert_thread(
        &*tx,
        access.neighbourhood.id,
        subject,
        Some(id),
        title,
        actor,
    )
    .await
    {
        Ok(t) => {
            tx.emit(thread_event(
                NeighbourhoodEvent::ThreadCreated,
                &t,
                actor.id,
            ))
            .await?;
            let created = add_post(&mut tx, &access, t.id, actor, &body, None).await?;
            mark_read_in(&*tx, actor.id, t.id, created.seq).await?;
            tx.commit(live).await?;
            let who = Viewer::of(Some(actor), &access);
            let marks = Marks::load(db, Some(actor.id), std::slice::from_ref(&created)).await?;
            Ok(post_view(created, &who, &marks))
        }
        // Two first posts at once: the unique (subject_type, subject_id) index lets one start
        // the discussion; the other posts into it.
        Err(AppError::Conflict(_)) => {
            drop(tx);
            let t = discussion_thread(db, subject, id)
                .await?
                .ok_or_else(|| AppError::not_found("discussion"))?;
            post_in(db, live, actor, &access, t.id, input).await
        }
        Err(other) => Err(other),
    }
}
