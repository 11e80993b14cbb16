use sea_orm::entity::prelude::*;

use crate::{
    ids::{NeighbourhoodId, PostId, ThreadId, UserId},
    status::ModerationAction,
};

/// Who did what to which post, thread or member, and why (coordinators see it).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: NeighbourhoodId,
    /// None for automatic decisions.
    pub actor_id: Option<UserId>,
    pub action: ModerationAction,
    pub thread_id: Option<ThreadId>,
    pub post_id: Option<PostId>,
    pub user_id: Option<UserId>,
    pub reason: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
