use sea_orm::entity::prelude::*;

use crate::ids::UserId;

/// One entry of the live event log (see `docs/live-protocol.md`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    /// `neighbourhood:{id}` or `user:{id}`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub channel: String,
    /// Per channel, from 1, without gaps.
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    pub kind: String,
    pub actor_id: Option<UserId>,
    /// What the event is about, e.g. `user:{id}`.
    pub subject: String,
    pub payload: Json,
    /// Who may see the payload: 0 everyone, 1 members, 2 coordinators.
    pub audience: i16,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
