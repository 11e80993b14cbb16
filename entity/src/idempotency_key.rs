use sea_orm::entity::prelude::*;

use crate::ids::UserId;

/// The first answer to a write named by an `Idempotency-Key` (see `services::idempotency`).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "idempotency_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    pub fingerprint: String,
    pub created_at: DateTimeUtc,
    pub locked_at: DateTimeUtc,
    pub response_status: Option<i32>,
    pub response_body: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
