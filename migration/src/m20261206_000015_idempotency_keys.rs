//! Idempotency keys: a client that may send the same write twice (a phone that lost its
//! connection after sending, an offline queue flushed on reconnect) names the write with an
//! `Idempotency-Key`; the first answer is kept here for 24 hours and given again to a repeat,
//! so the write happens once. In the database rather than Redis so it holds across instances
//! and restarts, and because the reservation must be as durable as the write it guards.

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
                    .table(IdempotencyKeys::Table)
                    .col(uuid(IdempotencyKeys::UserId))
                    .col(string_len(IdempotencyKeys::Key, 255))
                    // SHA-256 (hex) of the request it was first used for: a different request
                    // under the same key is refused, not answered with another's result.
                    .col(string_len(IdempotencyKeys::Fingerprint, 64))
                    .col(timestamp_with_time_zone(IdempotencyKeys::CreatedAt))
                    // When the request holding the key started; a holder that died is replaced
                    // after a lease (see `services::idempotency`).
                    .col(timestamp_with_time_zone(IdempotencyKeys::LockedAt))
                    // Both null while the first request is still being handled.
                    .col(integer_null(IdempotencyKeys::ResponseStatus))
                    .col(text_null(IdempotencyKeys::ResponseBody))
                    .primary_key(
                        Index::create()
                            .col(IdempotencyKeys::UserId)
                            .col(IdempotencyKeys::Key),
                    )
                    .foreign_key(&mut cascade(IdempotencyKeys::UserId, "users"))
                    .to_owned(),
            )
            .await?;
        // Pruning deletes by age.
        create_index(
            manager,
            "idx_idempotency_keys_created_at",
            IdempotencyKeys::Table,
            [IdempotencyKeys::CreatedAt],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdempotencyKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum IdempotencyKeys {
    Table,
    UserId,
    Key,
    Fingerprint,
    CreatedAt,
    LockedAt,
    ResponseStatus,
    ResponseBody,
}
