//! Invitations: a coordinator asks someone, by e-mail address, to join a neighbourhood, and the
//! person accepts or declines. Nobody becomes a member without agreeing, and whether the address
//! belongs to an account is never told to the coordinator: the row holds the address, not a user.

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
                    .table(Invitations::Table)
                    .col(uuid(Invitations::Id).primary_key())
                    .col(uuid(Invitations::NeighbourhoodId))
                    // Normalised (trimmed, lower case), as accounts store theirs.
                    .col(string(Invitations::Email))
                    .col(uuid_null(Invitations::InvitedBy))
                    // `pending`, `accepted`, `declined`, `revoked` or `expired`.
                    .col(string(Invitations::Status))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AnsweredAt))
                    .foreign_key(&mut cascade(Invitations::NeighbourhoodId, "neighbourhoods"))
                    .foreign_key(&mut set_null(Invitations::InvitedBy, "users"))
                    .to_owned(),
            )
            .await?;
        // One pending invitation per address and neighbourhood; answered ones are history.
        // Partial indexes have the same syntax on PostgreSQL and SQLite.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_invitations_one_pending ON invitations \
                 (neighbourhood_id, email) WHERE status = 'pending'",
            )
            .await?;
        // "My invitations" looks up by address.
        create_index(
            manager,
            "idx_invitations_email",
            Invitations::Table,
            [Invitations::Email, Invitations::Status],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Invitations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    NeighbourhoodId,
    Email,
    InvitedBy,
    Status,
    CreatedAt,
    ExpiresAt,
    AnsweredAt,
}
