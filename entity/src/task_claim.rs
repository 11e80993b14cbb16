use sea_orm::entity::prelude::*;

use crate::ids::{ClaimId, NeighbourhoodId, TaskId, UserId};

use crate::status::ClaimStatus;

/// One person's slot on a task, and the work they report on it. One row per person per task:
/// claiming again after a release reuses it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "task_claims")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: ClaimId,
    pub task_id: TaskId,
    pub neighbourhood_id: NeighbourhoodId,
    pub user_id: UserId,
    pub status: ClaimStatus,
    pub claimed_at: DateTimeUtc,
    /// When an unchecked-in claim lapses.
    pub expires_at: Option<DateTimeUtc>,
    /// When the holder was told the lease is about to lapse.
    pub warned_at: Option<DateTimeUtc>,
    pub checked_in_at: Option<DateTimeUtc>,
    pub done_at: Option<DateTimeUtc>,
    pub hours: Option<f64>,
    pub note: Option<String>,
    pub verified_by: Option<UserId>,
    pub verified_at: Option<DateTimeUtc>,
    pub rejected_reason: Option<String>,
    pub released_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
