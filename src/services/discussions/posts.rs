//! Posts and threads as both `discussions` and `moderation` work on them: loading one with the
//! caller's access (404 when it does not exist for them), locking a post's row, what a viewer
//! sees of a post (`PostView`), and the events and notices about one. Each capability keeps its
//! own decisions; neither imports the other's internals.

use entity::ids::{NeighbourhoodId, PostId, ThreadId, UserId};
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{post, post_flag, post_reaction, thread, user};
use sea_orm::{
    sea_query::Expr, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::i18n::Locale;
use crate::services::accounts;
use crate::{
    auth::policy::NeighbourhoodAccess,
    domain::{
        discussion::{PostStatus, SubjectType, REACTIONS},
        notification::Notice,
    },
    error::{AppError, AppResult},
    live::{
        kinds::{PostRef, ThreadState},
        NeighbourhoodEvent, NewEvent,
    },
    services::tasks,
};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReactionCount {
    pub reaction: String,
    pub count: i64,
    /// Whether the caller gave this reaction.
    pub mine: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PostView {
    #[schema(value_type = Uuid)]
    pub id: PostId,
    #[schema(value_type = Uuid)]
    pub thread_id: ThreadId,
    /// Position in the thread, from 1.
    pub seq: i64,
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<PostId>,
    #[schema(value_type = Option<Uuid>)]
    pub author_id: Option<UserId>,
    pub author_name: Option<String>,
    pub status: PostStatus,
    /// Sanitised HTML. `null` for deleted posts, and for hidden ones except to coordinators and
    /// the author.
    pub body_html: Option<String>,
    /// The Markdown source, under the same rule.
    pub body_source: Option<String>,
    /// The language the body was written in, as the writer's page was shown; none when unknown.
    pub lang: Option<Locale>,
    /// Why it was hidden (to coordinators and the author).
    pub hidden_reason: Option<String>,
    pub edited_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub reactions: Vec<ReactionCount>,
    pub flagged_by_me: bool,
    /// Open flags (coordinators only).
    pub flag_count: Option<i32>,
}

/// Who is looking: decides which bodies they see and which of their own marks are shown.
pub(crate) struct Viewer {
    pub id: Option<UserId>,
    pub moderates: bool,
}

impl Viewer {
    pub fn of(viewer: Option<&user::Model>, access: &NeighbourhoodAccess) -> Self {
        Self {
            id: viewer.map(|v| v.id),
            moderates: access.can_manage(),
        }
    }
}

/// The marks the caller left on a set of posts: their reactions and flags.
#[derive(Default)]
pub(crate) struct Marks {
    names: HashMap<UserId, String>,
    reactions: HashSet<(PostId, String)>,
    flags: HashSet<PostId>,
}

impl Marks {
    pub async fn load(
        db: &impl ConnectionTrait,
        viewer: Option<UserId>,
        posts: &[post::Model],
    ) -> AppResult<Self> {
        let ids: Vec<PostId> = posts.iter().map(|p| p.id).collect();
        let names = accounts::display_names(db, posts.iter().filter_map(|p| p.author_id)).await?;
        let (mut reactions, mut flags) = (HashSet::new(), HashSet::new());
        if let (Some(me), false) = (viewer, ids.is_empty()) {
            reactions = post_reaction::Entity::find()
                .filter(post_reaction::Column::UserId.eq(me))
                .filter(post_reaction::Column::PostId.is_in(ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|r| (r.post_id, r.reaction))
                .collect();
            flags = post_flag::Entity::find()
                .select_only()
                .column(post_flag::Column::PostId)
                .filter(post_flag::Column::UserId.eq(me))
                .filter(post_flag::Column::PostId.is_in(ids))
                .into_tuple::<PostId>()
                .all(db)
                .await?
                .into_iter()
                .collect();
        }
        Ok(Self {
            names,
            reactions,
            flags,
        })
    }
}

pub(crate) fn post_view(p: post::Model, viewer: &Viewer, marks: &Marks) -> PostView {
    let status = p.status;
    let sees_body = match status {
        PostStatus::Visible => true,
        PostStatus::Hidden => viewer.moderates || (viewer.id.is_some() && viewer.id == p.author_id),
        PostStatus::Deleted => false,
    };
    let counts: HashMap<String, i64> = serde_json::from_value(p.reactions).unwrap_or_default();
    let reactions = REACTIONS
        .iter()
        .filter_map(|r| {
            let count = counts.get(*r).copied().unwrap_or(0);
            (count > 0).then(|| ReactionCount {
                reaction: (*r).to_owned(),
                count,
                mine: marks.reactions.contains(&(p.id, (*r).to_owned())),
            })
        })
        .collect();
    PostView {
        id: p.id,
        thread_id: p.thread_id,
        seq: p.seq,
        parent_id: p.parent_id,
        author_id: p.author_id,
        author_name: p.author_id.and_then(|a| marks.names.get(&a).cloned()),
        status,
        body_html: sees_body.then_some(p.body_html),
        body_source: sees_body.then_some(p.body_source),
        lang: p
            .lang
            .as_deref()
            .and_then(Locale::from_tag)
            .filter(|_| sees_body),
        hidden_reason: p.hidden_reason.filter(|_| sees_body),
        edited_at: p.edited_at,
        created_at: p.created_at,
        reactions,
        flagged_by_me: marks.flags.contains(&p.id),
        flag_count: viewer.moderates.then_some(p.flag_count),
    }
}

/// Refuses callers who may not read discussions here (pending requests to a private
/// neighbourhood; everyone else who cannot see it got 404 already).
pub(crate) fn require_read(access: &NeighbourhoodAccess) -> AppResult<()> {
    if access.can_read_discussions() {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "Only members can read this neighbourhood's discussions.".into(),
        ))
    }
}

/// The thread and the caller's access; 404 when it does not exist for them (its neighbourhood is
/// invisible to them, or it discusses a task they may not see).
pub(crate) async fn load_thread(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: ThreadId,
) -> AppResult<(thread::Model, NeighbourhoodAccess)> {
    let found = thread::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("thread"))?;
    let access = NeighbourhoodAccess::load(db, viewer, found.neighbourhood_id)
        .await
        .map_err(|_| AppError::not_found("thread"))?;
    if let (SubjectType::Task, Some(task_id)) = (found.subject_type, found.subject_id) {
        // A thread's subject id is an issue's or a task's, as its type says.
        tasks::load_task(db, viewer, task_id.into())
            .await
            .map_err(|_| AppError::not_found("thread"))?;
    }
    require_read(&access)?;
    Ok((found, access))
}

pub(crate) async fn load_post(
    db: &impl ConnectionTrait,
    viewer: Option<&user::Model>,
    id: PostId,
) -> AppResult<(post::Model, thread::Model, NeighbourhoodAccess)> {
    let found = post::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("post"))?;
    let (t, access) = load_thread(db, viewer, found.thread_id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => AppError::not_found("post"),
            other => other,
        })?;
    Ok((found, t, access))
}

/// Re-reads a post inside a transaction after taking its row lock (a no-op update), so
/// concurrent changes to one post (flags, reactions, moderation) apply one at a time.
pub(crate) async fn lock_post(db: &impl ConnectionTrait, id: PostId) -> AppResult<post::Model> {
    post::Entity::update_many()
        .col_expr(
            post::Column::FlagCount,
            Expr::col(post::Column::FlagCount).into(),
        )
        .filter(post::Column::Id.eq(id))
        .exec(db)
        .await?;
    post::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("post"))
}

/// Where a discussion notice points: the post, its thread and neighbourhood.
pub(crate) struct PostPlace {
    pub neighbourhood_id: NeighbourhoodId,
    pub neighbourhood_name: String,
    pub thread_id: ThreadId,
    pub post_id: PostId,
    pub seq: i64,
}

impl PostPlace {
    pub(crate) fn of(access: &NeighbourhoodAccess, p: &post::Model) -> Self {
        Self {
            neighbourhood_id: access.neighbourhood.id,
            neighbourhood_name: access.neighbourhood.name.clone(),
            thread_id: p.thread_id,
            post_id: p.id,
            seq: p.seq,
        }
    }

    pub(crate) fn flagged(self, reason: String) -> Notice {
        Notice::PostFlagged {
            neighbourhood_id: self.neighbourhood_id,
            neighbourhood_name: self.neighbourhood_name,
            thread_id: self.thread_id,
            post_id: self.post_id,
            seq: self.seq,
            reason,
        }
    }

    pub(crate) fn mentioned(self, by: &str) -> Notice {
        Notice::Mentioned {
            neighbourhood_id: self.neighbourhood_id,
            neighbourhood_name: self.neighbourhood_name,
            thread_id: self.thread_id,
            post_id: self.post_id,
            seq: self.seq,
            by: by.to_owned(),
        }
    }

    pub(crate) fn reply(self, by: &str, parent_id: Option<PostId>) -> Notice {
        Notice::Reply {
            neighbourhood_id: self.neighbourhood_id,
            neighbourhood_name: self.neighbourhood_name,
            thread_id: self.thread_id,
            post_id: self.post_id,
            seq: self.seq,
            by: by.to_owned(),
            parent_id,
        }
    }

    pub(crate) fn hidden(self, reason: String, automatic: bool) -> Notice {
        Notice::PostHidden {
            neighbourhood_id: self.neighbourhood_id,
            neighbourhood_name: self.neighbourhood_name,
            thread_id: self.thread_id,
            post_id: self.post_id,
            seq: self.seq,
            reason,
            automatic,
        }
    }

    pub(crate) fn restored(self, reason: Option<String>) -> Notice {
        Notice::PostRestored {
            neighbourhood_id: self.neighbourhood_id,
            neighbourhood_name: self.neighbourhood_name,
            thread_id: self.thread_id,
            post_id: self.post_id,
            seq: self.seq,
            reason,
        }
    }
}

pub(crate) fn post_ref(p: &post::Model) -> PostRef {
    PostRef {
        thread_id: p.thread_id,
        post_id: p.id,
        seq: p.seq,
    }
}

/// An event about one post (ids only) on its neighbourhood's channel.
pub(crate) fn post_event(
    kind: fn(PostRef) -> NeighbourhoodEvent,
    p: &post::Model,
    actor: Option<UserId>,
) -> NewEvent {
    NewEvent::neighbourhood(p.neighbourhood_id, kind(post_ref(p)), actor)
}

pub(crate) fn thread_event(
    kind: fn(ThreadState) -> NeighbourhoodEvent,
    t: &thread::Model,
    actor: UserId,
) -> NewEvent {
    let state = ThreadState {
        thread_id: t.id,
        subject: t.subject_type,
        subject_id: t.subject_id,
        post_count: t.post_count,
        last_seq: t.post_seq,
        locked: t.locked,
        pinned: t.pinned,
    };
    NewEvent::neighbourhood(t.neighbourhood_id, kind(state), Some(actor))
}
