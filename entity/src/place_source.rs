use sea_orm::entity::prelude::*;

/// One imported extract of places (`commonground places import`): re-importing a source
/// replaces its rows, and its attribution is shown wherever its places are.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "place_sources")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// What the operator called it (by default the file's name): the key of a re-import.
    #[sea_orm(unique)]
    pub name: String,
    /// What the data's licence asks to be shown with it ("© OpenStreetMap contributors").
    pub attribution: String,
    pub imported_at: DateTimeUtc,
    pub place_count: i64,
    pub street_point_count: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
