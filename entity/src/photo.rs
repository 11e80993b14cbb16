use sea_orm::entity::prelude::*;

use crate::ids::{IssueId, PhotoId, ReportId};

/// A photo of a report, stored re-encoded (no EXIF or GPS metadata) with a thumbnail.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "photos")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: PhotoId,
    pub report_id: ReportId,
    /// Kept in step when issues are merged, so an issue's photos are one query.
    pub issue_id: IssueId,
    /// Of the stored (re-encoded) image.
    pub content_type: String,
    pub width: i32,
    pub height: i32,
    pub bytes: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
