//! Open311 GeoReport v2: API keys that organisations issue to the apps that file service
//! requests for them, and what such a request carries beyond a member's report.

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
                    .table(ApiKeys::Table)
                    .col(uuid(ApiKeys::Id).primary_key())
                    .col(uuid(ApiKeys::OrganisationId))
                    .col(string(ApiKeys::Name))
                    // SHA-256 of the key: keys are long random strings, so a fast hash suffices.
                    .col(string_uniq(ApiKeys::KeyHash))
                    // The first characters, so managers can tell keys apart without the secret.
                    .col(string(ApiKeys::KeyPrefix))
                    // The account that files requests arriving without a known resident's e-mail.
                    .col(uuid(ApiKeys::IntakeUserId))
                    .col(uuid_null(ApiKeys::CreatedBy))
                    .col(timestamp_with_time_zone(ApiKeys::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiKeys::RevokedAt))
                    .foreign_key(&mut cascade(ApiKeys::OrganisationId, "organisations"))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiKeys::Table, ApiKeys::IntakeUserId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_api_keys_organisation",
            ApiKeys::Table,
            [ApiKeys::OrganisationId],
        )
        .await?;

        // SQLite adds one column per ALTER TABLE.
        for column in [
            string(Reports::Source).default("web").to_owned(),
            uuid_null(Reports::ApiKeyId).to_owned(),
            string_null(Reports::ContactName).to_owned(),
            string_null(Reports::ContactEmail).to_owned(),
            string_null(Reports::ContactPhone).to_owned(),
            string_null(Reports::MediaUrl).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Reports::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        // Open311 lists an organisation's requests by category and date.
        create_index(
            manager,
            "idx_issues_category_first_reported",
            Issues::Table,
            [Issues::CategoryId, Issues::FirstReportedAt],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_issues_category_first_reported")
                    .table(Issues::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Reports::MediaUrl,
            Reports::ContactPhone,
            Reports::ContactEmail,
            Reports::ContactName,
            Reports::ApiKeyId,
            Reports::Source,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Reports::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(ApiKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    Id,
    OrganisationId,
    Name,
    KeyHash,
    KeyPrefix,
    IntakeUserId,
    CreatedBy,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Source,
    ApiKeyId,
    ContactName,
    ContactEmail,
    ContactPhone,
    MediaUrl,
}

#[derive(DeriveIden)]
enum Issues {
    Table,
    CategoryId,
    FirstReportedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
