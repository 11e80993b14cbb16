use sea_orm::entity::prelude::*;

use crate::ids::{IssueId, NeighbourhoodId, TaskId, UserId};

use crate::status::TaskStatus;

/// A piece of volunteer work in a neighbourhood that needs `slots` people.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "tasks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: TaskId,
    pub neighbourhood_id: NeighbourhoodId,
    /// The shared issue this work helps with, if any.
    pub issue_id: Option<IssueId>,
    pub title: String,
    pub description: String,
    /// The language it was written in (`en`, `pl`, `ar`): the writer's page language when they
    /// wrote it. None for text written before we recorded it.
    pub lang: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub address: Option<String>,
    /// Both or neither: a scheduled task, or an open-ended one.
    pub starts_at: Option<DateTimeUtc>,
    pub ends_at: Option<DateTimeUtc>,
    pub slots: i32,
    /// Claims currently holding a slot; changed only by the conditional claim/release writes.
    pub claimed_slots: i32,
    /// How long a claim on an open-ended task lasts before it must be renewed.
    pub lease_hours: i32,
    pub skills: Json,
    pub accessibility: String,
    pub equipment: String,
    pub status: TaskStatus,
    pub cancel_reason: Option<String>,
    /// Sum of the verified claims' hours.
    pub verified_hours: f64,
    pub created_by: Option<UserId>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
