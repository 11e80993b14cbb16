use sea_orm::entity::prelude::*;

use crate::ids::{NeighbourhoodId, PostId, ThreadId, UserId};

use crate::status::PostStatus;

/// One post of a thread, numbered from 1 within it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "posts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: PostId,
    pub thread_id: ThreadId,
    pub neighbourhood_id: NeighbourhoodId,
    pub seq: i64,
    pub author_id: Option<UserId>,
    /// The post this one replies to (same thread).
    pub parent_id: Option<PostId>,
    /// Markdown as written; emptied when the post is deleted.
    pub body_source: String,
    /// The sanitised HTML rendered from `body_source`.
    pub body_html: String,
    /// The language it was written in (`en`, `pl`, `ar`): the writer's page language when they
    /// wrote it. None for text written before we recorded it.
    pub lang: Option<String>,
    /// `visible`, `hidden` or `deleted`.
    pub status: PostStatus,
    /// Open flags (not yet decided by a coordinator).
    pub flag_count: i32,
    /// In the coordinators' queue.
    pub needs_review: bool,
    pub hidden_reason: Option<String>,
    pub hidden_by: Option<UserId>,
    /// Counts per reaction, e.g. `{"👍": 2}`.
    pub reactions: Json,
    pub edited_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
