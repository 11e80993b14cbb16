use sea_orm::entity::prelude::*;

use crate::ids::{NeighbourhoodId, UserId};

use crate::status::{JoinPolicy, Visibility};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "neighbourhoods")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: NeighbourhoodId,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub join_policy: JoinPolicy,
    pub center_lat: f64,
    pub center_lon: f64,
    /// Set for circular neighbourhoods; `None` when `boundary` holds a polygon.
    pub radius_m: Option<f64>,
    /// A GeoJSON Polygon geometry, when the neighbourhood was drawn rather than given a radius.
    pub boundary: Option<Json>,
    /// Bounding box of the area, so "near" and "contains" queries can pre-filter in SQL.
    pub min_lat: f64,
    pub max_lat: f64,
    pub min_lon: f64,
    pub max_lon: f64,
    /// Active and suspended members (pending requests are not members yet).
    pub member_count: i64,
    /// Last event sequence number taken for this neighbourhood (the live event log's counter).
    pub event_seq: i64,
    pub created_by: Option<UserId>,
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
