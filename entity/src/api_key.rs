use sea_orm::entity::prelude::*;

use crate::ids::{OrganisationId, UserId};

/// A key an organisation issues to an app that files Open311 service requests for it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: OrganisationId,
    pub name: String,
    /// SHA-256 (hex) of the key; the key itself is shown once, when issued.
    #[sea_orm(unique)]
    pub key_hash: String,
    pub key_prefix: String,
    /// Files requests that arrive without the e-mail of a known resident.
    pub intake_user_id: UserId,
    pub created_by: Option<UserId>,
    pub created_at: DateTimeUtc,
    pub last_used_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
