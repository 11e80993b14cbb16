//! Reports that pool into shared issues: categories (service types) per organisation, issues,
//! the reports inside them, their supporters (one row per person), and the public timeline.

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
                    .table(Categories::Table)
                    .col(uuid(Categories::Id).primary_key())
                    .col(uuid(Categories::OrganisationId))
                    .col(string(Categories::Code))
                    .col(string(Categories::Name))
                    .col(text(Categories::Description))
                    .col(string(Categories::GroupName))
                    .col(json(Categories::Keywords))
                    .col(json(Categories::Attributes))
                    .col(integer_null(Categories::TargetDays))
                    .col(timestamp_with_time_zone(Categories::CreatedAt))
                    .col(timestamp_with_time_zone(Categories::UpdatedAt))
                    .foreign_key(&mut cascade(Categories::OrganisationId, "organisations"))
                    .to_owned(),
            )
            .await?;
        create_unique_index(
            manager,
            "idx_categories_code",
            Categories::Table,
            [Categories::OrganisationId, Categories::Code],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Issues::Table)
                    .col(uuid(Issues::Id).primary_key())
                    .col(uuid(Issues::NeighbourhoodId))
                    .col(uuid(Issues::CategoryId))
                    .col(string(Issues::Status))
                    .col(text_null(Issues::StatusNote))
                    .col(uuid_null(Issues::DuplicateOf))
                    .col(double_null(Issues::Lat))
                    .col(double_null(Issues::Lon))
                    .col(text_null(Issues::Address))
                    .col(big_integer(Issues::ReportsCount).default(0))
                    .col(big_integer(Issues::SupportersCount).default(0))
                    .col(timestamp_with_time_zone(Issues::FirstReportedAt))
                    .col(timestamp_with_time_zone(Issues::LastReportedAt))
                    .col(timestamp_with_time_zone_null(Issues::AcknowledgedAt))
                    .col(timestamp_with_time_zone_null(Issues::ResolvedAt))
                    .col(timestamp_with_time_zone(Issues::CreatedAt))
                    .col(timestamp_with_time_zone(Issues::UpdatedAt))
                    .foreign_key(&mut cascade(Issues::NeighbourhoodId, "neighbourhoods"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Issues::Table, Issues::CategoryId)
                            .to(Categories::Table, Categories::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_issues_neighbourhood_status",
                vec![Issues::NeighbourhoodId, Issues::Status],
            ),
            ("idx_issues_location", vec![Issues::Lat, Issues::Lon]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Issues::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(uuid(Reports::Id).primary_key())
                    .col(uuid(Reports::IssueId))
                    .col(uuid(Reports::NeighbourhoodId))
                    .col(uuid(Reports::ReporterId))
                    .col(uuid(Reports::CategoryId))
                    .col(double_null(Reports::Lat))
                    .col(double_null(Reports::Lon))
                    .col(text_null(Reports::Address))
                    .col(text(Reports::Description))
                    .col(json(Reports::Answers))
                    .col(boolean(Reports::ShowName).default(false))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .foreign_key(&mut cascade(Reports::IssueId, "issues"))
                    .foreign_key(&mut cascade(Reports::ReporterId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_reports_issue",
            Reports::Table,
            [Reports::IssueId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(IssueSupporters::Table)
                    .col(uuid(IssueSupporters::IssueId))
                    .col(uuid(IssueSupporters::UserId))
                    .col(timestamp_with_time_zone(IssueSupporters::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(IssueSupporters::IssueId)
                            .col(IssueSupporters::UserId),
                    )
                    .foreign_key(&mut cascade(IssueSupporters::IssueId, "issues"))
                    .foreign_key(&mut cascade(IssueSupporters::UserId, "users"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(IssueUpdates::Table)
                    .col(uuid(IssueUpdates::Id).primary_key())
                    .col(uuid(IssueUpdates::IssueId))
                    .col(uuid_null(IssueUpdates::ActorId))
                    .col(string(IssueUpdates::Status))
                    .col(text(IssueUpdates::Note))
                    .col(timestamp_with_time_zone(IssueUpdates::CreatedAt))
                    .foreign_key(&mut cascade(IssueUpdates::IssueId, "issues"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_issue_updates_issue",
            IssueUpdates::Table,
            [IssueUpdates::IssueId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                IssueUpdates::Table.into_iden(),
                IssueSupporters::Table.into_iden(),
                Reports::Table.into_iden(),
                Issues::Table.into_iden(),
                Categories::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Id,
    OrganisationId,
    Code,
    Name,
    Description,
    GroupName,
    Keywords,
    Attributes,
    TargetDays,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Issues {
    Table,
    Id,
    NeighbourhoodId,
    CategoryId,
    Status,
    StatusNote,
    DuplicateOf,
    Lat,
    Lon,
    Address,
    ReportsCount,
    SupportersCount,
    FirstReportedAt,
    LastReportedAt,
    AcknowledgedAt,
    ResolvedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    IssueId,
    NeighbourhoodId,
    ReporterId,
    CategoryId,
    Lat,
    Lon,
    Address,
    Description,
    Answers,
    ShowName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IssueSupporters {
    Table,
    IssueId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum IssueUpdates {
    Table,
    Id,
    IssueId,
    ActorId,
    Status,
    Note,
    CreatedAt,
}
