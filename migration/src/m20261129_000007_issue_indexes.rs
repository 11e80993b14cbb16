//! Indexes for issues at scale (`make bench-issues`, docs/benchmarks.md): every list and location
//! query of the service filters by neighbourhood first, so each index starts with it. They replace
//! rather than add where they can, since every pooled report moves its issue's location and so
//! updates every index on `issues`.
//!
//! - `(neighbourhood_id, created_at DESC, id DESC)`: the newest-first list (the default) reads
//!   one page in index order, starting at the cursor, instead of sorting the neighbourhood.
//! - `(neighbourhood_id, status, category_id)` replaces `(neighbourhood_id, status)`: the impact
//!   and oldest-unresolved lists filtered by category.
//! - `(neighbourhood_id, lat, lon)` replaces `(lat, lon)`: nearby suggestions, pooling and the
//!   map's bounding box.

use sea_orm_migration::prelude::*;

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Issues {
    Table,
    NeighbourhoodId,
    Status,
    CategoryId,
    Lat,
    Lon,
    CreatedAt,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_issues_neighbourhood_newest")
                    .table(Issues::Table)
                    .col(Issues::NeighbourhoodId)
                    .col((Issues::CreatedAt, IndexOrder::Desc))
                    .col((Issues::Id, IndexOrder::Desc))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_issues_neighbourhood_status_category",
            Issues::Table,
            [Issues::NeighbourhoodId, Issues::Status, Issues::CategoryId],
        )
        .await?;
        create_index(
            manager,
            "idx_issues_neighbourhood_location",
            Issues::Table,
            [Issues::NeighbourhoodId, Issues::Lat, Issues::Lon],
        )
        .await?;
        for old in ["idx_issues_neighbourhood_status", "idx_issues_location"] {
            manager
                .drop_index(Index::drop().name(old).table(Issues::Table).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_index(
            manager,
            "idx_issues_neighbourhood_status",
            Issues::Table,
            [Issues::NeighbourhoodId, Issues::Status],
        )
        .await?;
        create_index(
            manager,
            "idx_issues_location",
            Issues::Table,
            [Issues::Lat, Issues::Lon],
        )
        .await?;
        for new in [
            "idx_issues_neighbourhood_newest",
            "idx_issues_neighbourhood_status_category",
            "idx_issues_neighbourhood_location",
        ] {
            manager
                .drop_index(Index::drop().name(new).table(Issues::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
