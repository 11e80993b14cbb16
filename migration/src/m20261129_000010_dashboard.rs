//! The service manager's dashboard and triage queue: who on an organisation's staff an issue is
//! assigned to (one row per issue and organisation, so several organisations serving one
//! neighbourhood keep their own), and indexes for the dashboard's period and timeline queries.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IssueAssignments::Table)
                    .col(uuid(IssueAssignments::IssueId))
                    .col(uuid(IssueAssignments::OrganisationId))
                    .col(uuid(IssueAssignments::AssigneeId))
                    .col(uuid_null(IssueAssignments::AssignedBy))
                    .col(timestamp_with_time_zone(IssueAssignments::AssignedAt))
                    .primary_key(
                        Index::create()
                            .col(IssueAssignments::IssueId)
                            .col(IssueAssignments::OrganisationId),
                    )
                    .foreign_key(&mut cascade(IssueAssignments::IssueId, "issues"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_issue_assignments_assignee",
            IssueAssignments::Table,
            [
                IssueAssignments::OrganisationId,
                IssueAssignments::AssigneeId,
            ],
        )
        .await?;
        // New today / this week, pooling over a period and the trend select issues by when they
        // were first reported, per neighbourhood.
        create_index(
            manager,
            "idx_issues_neighbourhood_first_reported",
            Issues::Table,
            [Issues::NeighbourhoodId, Issues::FirstReportedAt],
        )
        .await?;
        // Resolutions per day for the trend.
        create_index(
            manager,
            "idx_issue_updates_status_created",
            IssueUpdates::Table,
            [IssueUpdates::Status, IssueUpdates::CreatedAt],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            (
                "idx_issue_updates_status_created",
                IssueUpdates::Table.into_iden(),
            ),
            (
                "idx_issues_neighbourhood_first_reported",
                Issues::Table.into_iden(),
            ),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(IssueAssignments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum IssueAssignments {
    Table,
    IssueId,
    OrganisationId,
    AssigneeId,
    AssignedBy,
    AssignedAt,
}

#[derive(DeriveIden)]
enum Issues {
    Table,
    NeighbourhoodId,
    FirstReportedAt,
}

#[derive(DeriveIden)]
enum IssueUpdates {
    Table,
    Status,
    CreatedAt,
}
