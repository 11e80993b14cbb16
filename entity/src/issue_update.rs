use sea_orm::entity::prelude::*;

use crate::ids::{IssueId, UserId};

use crate::status::IssueStatus;

/// One entry of an issue's public timeline: a status change with its note.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "issue_updates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub issue_id: IssueId,
    pub actor_id: Option<UserId>,
    pub status: IssueStatus,
    pub note: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
