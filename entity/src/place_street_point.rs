use sea_orm::entity::prelude::*;

/// A point on a named street (about every 25 m along it), for the nearest street to a point.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "place_street_points")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub source_id: i64,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub cell_y: i32,
    pub cell_x: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
