//! When each issue was first answered and first resolved, kept on the issue itself. The
//! dashboard's response times are over the issues first answered (or first resolved) in a period;
//! reading those two columns through an index replaces finding each issue's first such entry in
//! its timeline, the slowest part of the summary at 100,000 issues (`docs/benchmarks.md`).
//! Existing issues are filled from their timelines.
//!
//! Also a partial index of the open issues by neighbourhood, newest first: the dashboard's map,
//! open counts and impact ranking read only open issues, a third of the table.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Fills both columns of every issue from its timeline, in one set-based pass (a first answer is
/// any status change but reopening and merging). Public for the dashboard benchmark, which
/// bulk-loads issues and timelines behind the service's back.
pub const FILL_FIRST_ANSWERS: &str = "UPDATE issues SET \
    first_answered_at = firsts.answered, first_resolved_at = firsts.resolved \
  FROM (SELECT issue_id, \
      MIN(CASE WHEN status IN ('acknowledged', 'in_progress', 'resolved', 'declined') \
        THEN created_at END) AS answered, \
      MIN(CASE WHEN status = 'resolved' THEN created_at END) AS resolved \
    FROM issue_updates GROUP BY issue_id) AS firsts \
  WHERE firsts.issue_id = issues.id";

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
            .execute_unprepared(FILL_FIRST_ANSWERS)
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
        // Partial indexes have the same syntax on PostgreSQL and SQLite.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX idx_issues_open_newest ON issues (neighbourhood_id, first_reported_at) \
                 WHERE status IN ('open', 'acknowledged', 'in_progress')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_issues_open_newest",
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
