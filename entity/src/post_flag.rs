use sea_orm::entity::prelude::*;

use crate::ids::{PostId, UserId};

/// A member's flag on a post (one per person per post).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "post_flags")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub post_id: PostId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    pub reason: String,
    pub created_at: DateTimeUtc,
    /// When a coordinator decided on the post.
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
