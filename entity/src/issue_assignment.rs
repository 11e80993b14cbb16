use sea_orm::entity::prelude::*;

use crate::ids::{IssueId, OrganisationId, UserId};

/// Who on an organisation's staff looks after an issue (the triage queue's "assign").
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "issue_assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub issue_id: IssueId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: OrganisationId,
    pub assignee_id: UserId,
    pub assigned_by: Option<UserId>,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
