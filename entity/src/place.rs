use sea_orm::entity::prelude::*;

use crate::status::PlaceKind;

/// A street, address, postcode or named place that people can search for (the gazetteer).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "places")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub source_id: i64,
    /// The OSM element it came from (`n123`, `w456`), when it came from one element.
    pub osm_ref: Option<String>,
    pub kind: PlaceKind,
    /// What a person reads: "3 Mill Lane, AB1 2CD", "Mill Lane", "AB1 2CD", "Kamppi".
    pub label: String,
    pub housenumber: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub name: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// The point's cell on the 0.001° grid (`domain::places::Cell`), for nearest-point look-ups.
    pub cell_y: i32,
    pub cell_x: i32,
    /// The label's words normalised (`domain::places::normalise`): what text search reads.
    pub search_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
