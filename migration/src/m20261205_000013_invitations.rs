//! Invitations: a coordinator asks someone, by e-mail address, to join a neighbourhood, and the
//! person accepts or declines. Nobody becomes a member without agreeing, and whether the address
//! belongs to an account is never told to the coordinator: the row holds the address, not a user.

use sea_orm_migration::{prelude::*, schema::*};

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
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::NeighbourhoodId)
                            .to(Neighbourhoods::Table, Neighbourhoods::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::InvitedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
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
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_email")
                    .table(Invitations::Table)
                    .col(Invitations::Email)
                    .col(Invitations::Status)
                    .to_owned(),
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

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
