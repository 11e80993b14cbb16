//! Photos attached to reports: re-encoded without metadata, with a thumbnail; the files live in
//! the storage backend, the rows say where.

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
                    .table(Photos::Table)
                    .col(uuid(Photos::Id).primary_key())
                    .col(uuid(Photos::ReportId))
                    .col(uuid(Photos::IssueId))
                    .col(string(Photos::ContentType))
                    .col(integer(Photos::Width))
                    .col(integer(Photos::Height))
                    .col(big_integer(Photos::Bytes))
                    .col(timestamp_with_time_zone(Photos::CreatedAt))
                    .foreign_key(&mut cascade(Photos::ReportId, "reports"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_photos_issue",
            Photos::Table,
            [Photos::IssueId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Photos::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Photos {
    Table,
    Id,
    ReportId,
    IssueId,
    ContentType,
    Width,
    Height,
    Bytes,
    CreatedAt,
}
