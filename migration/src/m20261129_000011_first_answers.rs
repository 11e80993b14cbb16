//! When each issue was first answered and first resolved, kept on the issue itself. The
//! dashboard's response times are over the issues first answered (or first resolved) in a period;
//! reading those two columns through an index replaces finding each issue's first such entry in
//! its timeline, the slowest part of the summary at 100,000 issues (`docs/benchmarks.md`).
//! Existing issues are filled from their timelines.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A first answer: any status change but reopening and merging (`services::dashboard`).
const ANSWERS: &str = "'acknowledged', 'in_progress', 'resolved', 'declined'";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [Issues::FirstAnsweredAt, Issues::FirstResolvedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Issues::Table)
                        .add_column(timestamp_with_time_zone_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE issues SET \
                   first_answered_at = (SELECT MIN(u.created_at) FROM issue_updates u \
                     WHERE u.issue_id = issues.id AND u.status IN ({ANSWERS})), \
                   first_resolved_at = (SELECT MIN(u.created_at) FROM issue_updates u \
                     WHERE u.issue_id = issues.id AND u.status = 'resolved')"
            ))
            .await?;
        for (name, column) in [
            (
                "idx_issues_neighbourhood_first_answered",
                Issues::FirstAnsweredAt,
            ),
            (
                "idx_issues_neighbourhood_first_resolved",
                Issues::FirstResolvedAt,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Issues::Table)
                        .col(Issues::NeighbourhoodId)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_issues_neighbourhood_first_answered",
            "idx_issues_neighbourhood_first_resolved",
        ] {
            manager
                .drop_index(Index::drop().name(name).table(Issues::Table).to_owned())
                .await?;
        }
        for column in [Issues::FirstAnsweredAt, Issues::FirstResolvedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Issues::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Issues {
    Table,
    NeighbourhoodId,
    FirstAnsweredAt,
    FirstResolvedAt,
}
