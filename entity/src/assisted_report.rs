use sea_orm::entity::prelude::*;

use crate::ids::{ReportId, UserId};

/// A report a member made for a neighbour without an account: what is about the neighbour.
/// Their personal details are here only, so they can be erased on request; the row stays.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "assisted_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub report_id: ReportId,
    /// The neighbour's name as the member typed it; None once erased.
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The member who recorded that the neighbour agreed (the reporter).
    pub consent_by: Option<UserId>,
    pub consent_at: DateTimeUtc,
    /// Whether this neighbour adds one to the supporters (false for a repeat by the same
    /// member for the same name on the same issue).
    pub counts_as_supporter: bool,
    pub erased_at: Option<DateTimeUtc>,
    pub erased_by: Option<UserId>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
