use sea_orm::entity::prelude::*;

use crate::ids::UserId;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: UserId,
    /// Normalised (trimmed, lower-case) so uniqueness is case-insensitive on every database.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// Argon2id PHC string; never serialised anywhere.
    pub password_hash: String,
    pub is_platform_admin: bool,
    /// Last sequence number of this user's notification channel (`user:{id}`).
    pub event_seq: i64,
    /// Access tokens carry the generation they were issued under; sign-out and a password change
    /// bump it, so every earlier access token is refused (`auth::extract::user_for_token`).
    pub token_generation: i64,
    /// The language they chose (`en`, `pl`, `ar`); none: as their browser asks.
    pub locale: Option<String>,
    /// The IANA time zone their device reported ("Europe/Warsaw"), for e-mails and digests.
    pub time_zone: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::membership::Entity")]
    Membership,
}

impl Related<super::membership::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Membership.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
