use sea_orm::entity::prelude::*;

use crate::ids::{CategoryId, IssueId, NeighbourhoodId};

use crate::status::IssueStatus;

/// One shared issue per real-world problem; reports and supporters pool into it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "issues")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: IssueId,
    pub neighbourhood_id: NeighbourhoodId,
    pub category_id: CategoryId,
    pub status: IssueStatus,
    /// The latest public note (the timeline keeps them all).
    pub status_note: Option<String>,
    /// For merged issues: the issue they were merged into.
    pub duplicate_of: Option<IssueId>,
    /// The mean of its reports' locations, never one reporter's exact point.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// For reports made by address instead of a map point.
    pub address: Option<String>,
    /// The place in words ("outside 3 Mill Lane", or the neighbourhood's name when nothing in
    /// the gazetteer is near), computed when the issue is placed or its point moves; None while
    /// it has no point ("place not found").
    pub place_label: Option<String>,
    pub reports_count: i64,
    /// Distinct people: reporters and "affects me too".
    pub supporters_count: i64,
    pub first_reported_at: DateTimeUtc,
    pub last_reported_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub resolved_at: Option<DateTimeUtc>,
    /// The first status change that answered the issue (acknowledged, in progress, resolved or
    /// declined); kept through reopening. For the dashboard's time to acknowledge.
    pub first_answered_at: Option<DateTimeUtc>,
    /// The first resolution; kept through reopening. For the dashboard's time to resolve.
    pub first_resolved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
