//! Assisted reports (issue 17, item 5): a member reports for a neighbour who has no account.
//! The report stays the member's (`reports.reporter_id`); this table, one row per such report,
//! holds what is about the neighbour. Their personal details (name, e-mail, phone) live only
//! here, in nullable columns, so a coordinator can erase them on request while the row keeps the
//! fact that the report was made for someone, who recorded their consent and when, and whether
//! the neighbour counts as one of the supporters.

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
                    .table(AssistedReports::Table)
                    .col(uuid(AssistedReports::ReportId).primary_key())
                    // NULL once erased on request.
                    .col(string_null(AssistedReports::DisplayName))
                    .col(string_null(AssistedReports::Email))
                    .col(string_null(AssistedReports::Phone))
                    // The member who recorded that the neighbour agreed (the reporter), and when.
                    .col(uuid_null(AssistedReports::ConsentBy))
                    .col(timestamp_with_time_zone(AssistedReports::ConsentAt))
                    // False for a second report by the same member for the same neighbour on
                    // the same issue: each neighbour is one supporter.
                    .col(boolean(AssistedReports::CountsAsSupporter))
                    .col(timestamp_with_time_zone_null(AssistedReports::ErasedAt))
                    .col(uuid_null(AssistedReports::ErasedBy))
                    .foreign_key(&mut cascade(AssistedReports::ReportId, "reports"))
                    .foreign_key(&mut set_null(AssistedReports::ConsentBy, "users"))
                    .foreign_key(&mut set_null(AssistedReports::ErasedBy, "users"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AssistedReports::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AssistedReports {
    Table,
    ReportId,
    DisplayName,
    Email,
    Phone,
    ConsentBy,
    ConsentAt,
    CountsAsSupporter,
    ErasedAt,
    ErasedBy,
}
