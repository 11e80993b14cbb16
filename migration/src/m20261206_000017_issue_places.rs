//! The place in words of every issue (issue 15): `issues.place_label` ("outside 3 Mill Lane"),
//! computed from the gazetteer when the issue is placed or its point moves, and kept, so lists,
//! exports, Open311 and notifications read it without a look-up per row. NULL while the issue
//! has no point (its address could not be placed) or before `commonground places relabel` has
//! filled issues made before this column existed.
//!
//! An index on `(neighbourhood_id, lat)` is not needed for the "place not found" filter: it
//! reads `lat IS NULL` among one neighbourhood's issues, which the existing
//! `(neighbourhood_id, created_at)` index already narrows.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Issues {
    Table,
    PlaceLabel,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Issues::Table)
                    .add_column(ColumnDef::new(Issues::PlaceLabel).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Issues::Table)
                    .drop_column(Issues::PlaceLabel)
                    .to_owned(),
            )
            .await
    }
}
