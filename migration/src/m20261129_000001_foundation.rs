//! Accounts, organisations, neighbourhoods and memberships.

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
                    .table(Users::Table)
                    .col(uuid(Users::Id).primary_key())
                    .col(string(Users::Email).unique_key())
                    .col(string(Users::DisplayName))
                    .col(string(Users::PasswordHash))
                    .col(boolean(Users::IsPlatformAdmin).default(false))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RefreshTokens::Table)
                    .col(uuid(RefreshTokens::Id).primary_key())
                    .col(uuid(RefreshTokens::UserId))
                    .col(uuid(RefreshTokens::FamilyId))
                    .col(string(RefreshTokens::TokenHash).unique_key())
                    .col(timestamp_with_time_zone(RefreshTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(RefreshTokens::UsedAt))
                    .col(timestamp_with_time_zone_null(RefreshTokens::RevokedAt))
                    .col(timestamp_with_time_zone(RefreshTokens::CreatedAt))
                    .foreign_key(&mut cascade(RefreshTokens::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_refresh_tokens_family",
            RefreshTokens::Table,
            [RefreshTokens::FamilyId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(uuid(Organisations::Id).primary_key())
                    .col(string(Organisations::Name))
                    .col(text(Organisations::Description))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OrganisationStaff::Table)
                    .col(uuid(OrganisationStaff::OrganisationId))
                    .col(uuid(OrganisationStaff::UserId))
                    .col(timestamp_with_time_zone(OrganisationStaff::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganisationStaff::OrganisationId)
                            .col(OrganisationStaff::UserId),
                    )
                    .foreign_key(&mut cascade(
                        OrganisationStaff::OrganisationId,
                        "organisations",
                    ))
                    .foreign_key(&mut cascade(OrganisationStaff::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_organisation_staff_user",
            OrganisationStaff::Table,
            [OrganisationStaff::UserId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Neighbourhoods::Table)
                    .col(uuid(Neighbourhoods::Id).primary_key())
                    .col(string(Neighbourhoods::Name))
                    .col(text(Neighbourhoods::Description))
                    .col(string(Neighbourhoods::Visibility))
                    .col(string(Neighbourhoods::JoinPolicy))
                    .col(double(Neighbourhoods::CenterLat))
                    .col(double(Neighbourhoods::CenterLon))
                    .col(double_null(Neighbourhoods::RadiusM))
                    .col(json_null(Neighbourhoods::Boundary))
                    .col(double(Neighbourhoods::MinLat))
                    .col(double(Neighbourhoods::MaxLat))
                    .col(double(Neighbourhoods::MinLon))
                    .col(double(Neighbourhoods::MaxLon))
                    .col(big_integer(Neighbourhoods::MemberCount).default(0))
                    .col(big_integer(Neighbourhoods::EventSeq).default(0))
                    .col(uuid_null(Neighbourhoods::CreatedBy))
                    .col(timestamp_with_time_zone(Neighbourhoods::CreatedAt))
                    .col(timestamp_with_time_zone(Neighbourhoods::UpdatedAt))
                    .foreign_key(&mut set_null(Neighbourhoods::CreatedBy, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_neighbourhoods_name",
            Neighbourhoods::Table,
            [Neighbourhoods::Name, Neighbourhoods::Id],
        )
        .await?;
        create_index(
            manager,
            "idx_neighbourhoods_bbox",
            Neighbourhoods::Table,
            [Neighbourhoods::MinLat, Neighbourhoods::MaxLat],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(NeighbourhoodServices::Table)
                    .col(uuid(NeighbourhoodServices::NeighbourhoodId))
                    .col(uuid(NeighbourhoodServices::OrganisationId))
                    .col(timestamp_with_time_zone(NeighbourhoodServices::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(NeighbourhoodServices::NeighbourhoodId)
                            .col(NeighbourhoodServices::OrganisationId),
                    )
                    .foreign_key(&mut cascade(
                        NeighbourhoodServices::NeighbourhoodId,
                        "neighbourhoods",
                    ))
                    .foreign_key(&mut cascade(
                        NeighbourhoodServices::OrganisationId,
                        "organisations",
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_neighbourhood_services_org",
            NeighbourhoodServices::Table,
            [NeighbourhoodServices::OrganisationId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .col(uuid(Memberships::NeighbourhoodId))
                    .col(uuid(Memberships::UserId))
                    .col(string(Memberships::Role))
                    .col(string(Memberships::Status))
                    .col(timestamp_with_time_zone_null(Memberships::SuspendedUntil))
                    .col(text_null(Memberships::SuspensionReason))
                    .col(timestamp_with_time_zone(Memberships::JoinedAt))
                    .col(timestamp_with_time_zone(Memberships::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(Memberships::NeighbourhoodId)
                            .col(Memberships::UserId),
                    )
                    .foreign_key(&mut cascade(Memberships::NeighbourhoodId, "neighbourhoods"))
                    .foreign_key(&mut cascade(Memberships::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "idx_memberships_user",
            Memberships::Table,
            [Memberships::UserId],
        )
        .await?;
        create_index(
            manager,
            "idx_memberships_listing",
            Memberships::Table,
            [
                Memberships::NeighbourhoodId,
                Memberships::Status,
                Memberships::JoinedAt,
            ],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Memberships::Table.into_iden(),
                NeighbourhoodServices::Table.into_iden(),
                Neighbourhoods::Table.into_iden(),
                OrganisationStaff::Table.into_iden(),
                Organisations::Table.into_iden(),
                RefreshTokens::Table.into_iden(),
                Users::Table.into_iden(),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    IsPlatformAdmin,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    Id,
    UserId,
    FamilyId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    RevokedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    Description,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationStaff {
    Table,
    OrganisationId,
    UserId,
    AddedAt,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    Id,
    Name,
    Description,
    Visibility,
    JoinPolicy,
    CenterLat,
    CenterLon,
    RadiusM,
    Boundary,
    MinLat,
    MaxLat,
    MinLon,
    MaxLon,
    MemberCount,
    EventSeq,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum NeighbourhoodServices {
    Table,
    NeighbourhoodId,
    OrganisationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    NeighbourhoodId,
    UserId,
    Role,
    Status,
    SuspendedUntil,
    SuspensionReason,
    JoinedAt,
    UpdatedAt,
}
