use sea_orm::entity::prelude::*;

use crate::ids::{NeighbourhoodId, ThreadId, UserId};

use crate::status::SubjectType;

/// A discussion: a general thread of a neighbourhood, or the one discussion of an issue or task.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "threads")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: ThreadId,
    pub neighbourhood_id: NeighbourhoodId,
    pub subject_type: SubjectType,
    /// The issue or task a discussion belongs to.
    pub subject_id: Option<Uuid>,
    pub title: String,
    /// The language it was written in (`en`, `pl`, `ar`): the writer's page language when they
    /// wrote it. None for text written before we recorded it.
    pub lang: Option<String>,
    pub author_id: Option<UserId>,
    /// The last post number taken; bumped by every new post, which also orders writers.
    pub post_seq: i64,
    /// Posts not deleted.
    pub post_count: i64,
    pub locked: bool,
    pub pinned: bool,
    pub last_activity_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
