use sea_orm::entity::prelude::*;

use crate::ids::{InvitationId, NeighbourhoodId, UserId};

use crate::status::InvitationStatus;

/// An invitation to join a neighbourhood, addressed to an e-mail address (not to an account, so
/// the coordinator never learns whether one exists).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: InvitationId,
    pub neighbourhood_id: NeighbourhoodId,
    /// Normalised (trimmed, lower case).
    pub email: String,
    pub invited_by: Option<UserId>,
    /// `pending`, `accepted`, `declined`, `revoked` or `expired`.
    pub status: InvitationStatus,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::neighbourhood::Entity",
        from = "Column::NeighbourhoodId",
        to = "super::neighbourhood::Column::Id",
        on_delete = "Cascade"
    )]
    Neighbourhood,
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Neighbourhood.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
