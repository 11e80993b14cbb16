use sea_orm::entity::prelude::*;

use crate::{
    ids::{CategoryId, IssueId, NeighbourhoodId, ReportId, UserId},
    status::ReportSource,
};

/// One person's report, inside a shared issue.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: ReportId,
    pub issue_id: IssueId,
    pub neighbourhood_id: NeighbourhoodId,
    pub reporter_id: UserId,
    pub category_id: CategoryId,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub address: Option<String>,
    /// Plain text, up to 4000 characters.
    pub description: String,
    /// The language it was written in (`en`, `pl`, `ar`): the writer's page language when they
    /// wrote it. None for text written before we recorded it.
    pub lang: Option<String>,
    /// Answers to the category's questions, by attribute code.
    pub answers: Json,
    /// Whether the reporter's name may be shown publicly (off by default).
    pub show_name: bool,
    pub created_at: DateTimeUtc,
    pub source: ReportSource,
    /// The Open311 key that filed it.
    pub api_key_id: Option<Uuid>,
    /// Contact details given with an Open311 request; only managers and coordinators see them.
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// A link to media given with an Open311 request (we do not fetch it).
    pub media_url: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
