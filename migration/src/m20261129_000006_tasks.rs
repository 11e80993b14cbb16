//! Volunteer tasks: several people per task, claims with leases, the hours given once verified,
//! secret calendar links, and the lease row that lets one instance at a time run background jobs.

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
                    .table(Tasks::Table)
                    .col(uuid(Tasks::Id).primary_key())
                    .col(uuid(Tasks::NeighbourhoodId))
                    .col(uuid_null(Tasks::IssueId))
                    .col(string(Tasks::Title))
                    .col(text(Tasks::Description))
                    .col(double_null(Tasks::Lat))
                    .col(double_null(Tasks::Lon))
                    .col(string_null(Tasks::Address))
                    .col(timestamp_with_time_zone_null(Tasks::StartsAt))
                    .col(timestamp_with_time_zone_null(Tasks::EndsAt))
                    .col(integer(Tasks::Slots))
                    // Kept in step by the one conditional write that decides every claim.
                    .col(integer(Tasks::ClaimedSlots).default(0))
                    .col(integer(Tasks::LeaseHours))
                    .col(json(Tasks::Skills))
                    .col(text(Tasks::Accessibility))
                    .col(text(Tasks::Equipment))
                    .col(string(Tasks::Status))
                    .col(text_null(Tasks::CancelReason))
                    .col(double(Tasks::VerifiedHours).default(0.0))
                    .col(uuid_null(Tasks::CreatedBy))
                    .col(timestamp_with_time_zone(Tasks::CreatedAt))
                    .col(timestamp_with_time_zone(Tasks::UpdatedAt))
                    .foreign_key(&mut cascade(Tasks::NeighbourhoodId, "neighbourhoods"))
                    .foreign_key(&mut set_null(Tasks::IssueId, "issues"))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_tasks_neighbourhood_status",
                vec![Tasks::NeighbourhoodId, Tasks::Status],
            ),
            (
                "idx_tasks_neighbourhood_starts",
                vec![Tasks::NeighbourhoodId, Tasks::StartsAt],
            ),
            ("idx_tasks_issue", vec![Tasks::IssueId]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Tasks::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(TaskClaims::Table)
                    .col(uuid(TaskClaims::Id).primary_key())
                    .col(uuid(TaskClaims::TaskId))
                    .col(uuid(TaskClaims::NeighbourhoodId))
                    .col(uuid(TaskClaims::UserId))
                    .col(string(TaskClaims::Status))
                    .col(timestamp_with_time_zone(TaskClaims::ClaimedAt))
                    .col(timestamp_with_time_zone_null(TaskClaims::ExpiresAt))
                    .col(timestamp_with_time_zone_null(TaskClaims::WarnedAt))
                    .col(timestamp_with_time_zone_null(TaskClaims::CheckedInAt))
                    .col(timestamp_with_time_zone_null(TaskClaims::DoneAt))
                    .col(double_null(TaskClaims::Hours))
                    .col(text_null(TaskClaims::Note))
                    .col(uuid_null(TaskClaims::VerifiedBy))
                    .col(timestamp_with_time_zone_null(TaskClaims::VerifiedAt))
                    .col(text_null(TaskClaims::RejectedReason))
                    .col(timestamp_with_time_zone_null(TaskClaims::ReleasedAt))
                    .foreign_key(&mut cascade(TaskClaims::TaskId, "tasks"))
                    .foreign_key(&mut cascade(TaskClaims::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        // One claim row per person per task: a release and a new claim reuse it.
        create_unique_index(
            manager,
            "idx_task_claims_task_user",
            TaskClaims::Table,
            [TaskClaims::TaskId, TaskClaims::UserId],
        )
        .await?;
        for (name, cols) in [
            (
                "idx_task_claims_user_status",
                vec![TaskClaims::UserId, TaskClaims::Status],
            ),
            (
                "idx_task_claims_status_expires",
                vec![TaskClaims::Status, TaskClaims::ExpiresAt],
            ),
            (
                "idx_task_claims_neighbourhood_status",
                vec![TaskClaims::NeighbourhoodId, TaskClaims::Status],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(TaskClaims::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(uuid(CalendarFeeds::UserId).primary_key())
                    .col(string_uniq(CalendarFeeds::TokenHash))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .foreign_key(&mut cascade(CalendarFeeds::UserId, "users"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JobLeases::Table)
                    .col(string(JobLeases::Name).primary_key())
                    .col(string(JobLeases::Holder))
                    .col(timestamp_with_time_zone(JobLeases::ExpiresAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                JobLeases::Table.into_iden(),
                CalendarFeeds::Table.into_iden(),
                TaskClaims::Table.into_iden(),
                Tasks::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Tasks {
    Table,
    Id,
    NeighbourhoodId,
    IssueId,
    Title,
    Description,
    Lat,
    Lon,
    Address,
    StartsAt,
    EndsAt,
    Slots,
    ClaimedSlots,
    LeaseHours,
    Skills,
    Accessibility,
    Equipment,
    Status,
    CancelReason,
    VerifiedHours,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TaskClaims {
    Table,
    Id,
    TaskId,
    NeighbourhoodId,
    UserId,
    Status,
    ClaimedAt,
    ExpiresAt,
    WarnedAt,
    CheckedInAt,
    DoneAt,
    Hours,
    Note,
    VerifiedBy,
    VerifiedAt,
    RejectedReason,
    ReleasedAt,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    UserId,
    TokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum JobLeases {
    Table,
    Name,
    Holder,
    ExpiresAt,
}
