use sea_orm::entity::prelude::*;

use crate::ids::{CategoryId, OrganisationId};

/// A service type an organisation handles (pothole, broken streetlight, ...).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "categories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: CategoryId,
    pub organisation_id: OrganisationId,
    /// Stable short code, unique per organisation (Open311 `service_code`).
    pub code: String,
    pub name: String,
    pub description: String,
    pub group_name: String,
    /// Words people use for it, to help them find the right category.
    pub keywords: Json,
    /// Extra questions asked with a report (Open311 attributes).
    pub attributes: Json,
    /// Days the organisation aims to resolve within.
    pub target_days: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
