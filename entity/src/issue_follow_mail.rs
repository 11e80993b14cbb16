use sea_orm::entity::prelude::*;

use crate::ids::FollowId;

/// A message a change of an issue owes one confirmed follower, written in the change's
/// transaction and deleted once sent (or given up on).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "issue_follow_mails")]
pub struct Model {
    /// UUIDv7: the outbox is read oldest first, and "older than" is a range of the key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub follow_id: FollowId,
    /// What the message tells, as the main crate's `domain::follow::FollowUpdate`.
    pub data: Json,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::issue_follow::Entity",
        from = "Column::FollowId",
        to = "super::issue_follow::Column::Id",
        on_delete = "Cascade"
    )]
    Follow,
}

impl ActiveModelBehavior for ActiveModel {}

impl Related<super::issue_follow::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Follow.def()
    }
}
