//! The service manager's dashboard and triage queue: who on an organisation's staff an issue is
//! assigned to (one row per issue and organisation, so several organisations serving one
//! neighbourhood keep their own), and indexes for the dashboard's period and timeline queries.

use sea_orm_migration::{prelude::*, schema::*};

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
                    .foreign_key(
                        ForeignKey::create()
                            .from(IssueAssignments::Table, IssueAssignments::IssueId)
                            .to(Issues::Table, Issues::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_issue_assignments_assignee")
                    .table(IssueAssignments::Table)
                    .col(IssueAssignments::OrganisationId)
                    .col(IssueAssignments::AssigneeId)
                    .to_owned(),
            )
            .await?;
        // New today / this week, pooling over a period and the trend select issues by when they
        // were first reported, per neighbourhood.
        manager
            .create_index(
                Index::create()
                    .name("idx_issues_neighbourhood_first_reported")
                    .table(Issues::Table)
                    .col(Issues::NeighbourhoodId)
                    .col(Issues::FirstReportedAt)
                    .to_owned(),
            )
            .await?;
        // Resolutions per day for the trend.
        manager
            .create_index(
                Index::create()
                    .name("idx_issue_updates_status_created")
                    .table(IssueUpdates::Table)
                    .col(IssueUpdates::Status)
                    .col(IssueUpdates::CreatedAt)
                    .to_owned(),
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
    Id,
    NeighbourhoodId,
    FirstReportedAt,
}

#[derive(DeriveIden)]
enum IssueUpdates {
    Table,
    Status,
    CreatedAt,
}
