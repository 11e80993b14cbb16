use sea_orm::entity::prelude::*;

use crate::ids::{NeighbourhoodId, UserId};

use crate::status::{MembershipStatus, Role};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: NeighbourhoodId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: UserId,
    pub role: Role,
    pub status: MembershipStatus,
    pub suspended_until: Option<DateTimeUtc>,
    pub suspension_reason: Option<String>,
    pub joined_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
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
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::UserId",
        to = "super::user::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Neighbourhood.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
